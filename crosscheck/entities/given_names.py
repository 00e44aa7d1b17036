"""Given names that stand for one person: nicknames and transliterations.

"Bill" and "William", "Chuck" and "Charles" are one name (the `nicknames` package: a curated
list of English given names and their nicknames); "Sergey" and "Sergei" are one Russian name
transliterated two ways (folded here by the few letter pairs that standard systems
disagree on). Either is the same person written another way, not a misspelling; two given
names a letter or two apart otherwise ("Shweta" / "Schweta") are one name misspelt.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

MISSPELT = 80.0  # given names this close (rapidfuzz ratio) are one name misspelt
# Letter pairs transliteration systems write either way: Sergey/Sergei, Aleksandr/Alexandr,
# Yevgeny/Evgeny (the leading y dropped), Mikhail/Mihail, Fyodor/Fedor.
_FOLDS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"ks", "x"), (r"^y(?=e)", ""), (r"y", "i"), (r"kh", "h"), (r"ph", "f"), (r"yo", "e"),
    (r"(.)\1", r"\1"), (r"j", "i"),
)]


def transliterated(name: str) -> str:
    """Fold a given name by the letters transliterations disagree on: "sergey" -> "sergei"."""
    folded = name.lower()
    for pattern, repl in _FOLDS:
        folded = pattern.sub(repl, folded)
    return folded


def variants(a: str, b: str) -> bool:
    """Tell whether two given names are one name: equal, a nickname of it, or transliterated."""
    a, b = a.lower(), b.lower()
    if a == b or transliterated(a) == transliterated(b):
        return True
    return bool(_forms(a) & _forms(b))


def same_person(a: str, b: str) -> bool:
    """Tell whether two given names can name one person: variants, or one misspelt as the other."""
    return variants(a, b) or fuzz.ratio(a.lower(), b.lower()) >= MISSPELT


def forms(name: str) -> frozenset:
    """Return a name (lower case) with its nicknames and the names it is a nickname of."""
    return _forms(name.lower())


@lru_cache(maxsize=4096)
def _forms(name: str) -> frozenset:
    namer = _namer()
    return frozenset({name} | namer.nicknames_of(name) | namer.canonicals_of(name))


@lru_cache(maxsize=1)
def _namer():
    # Loaded on first use (0.4 s): only when two sources give one surname two given names.
    from nicknames import NickNamer

    return NickNamer()
