"""Canonical forms of entity names, by small rules a reviewer can check.

"Meta Platforms" and "Meta's" are "meta"; "the first Llama" is "llama 1"; "LLaMA" and
"Llama" fold to one key. People are keyed by surname, so "Zuckerberg" and "Mark
Zuckerberg" meet; `merge_keys` then joins keys one or two letters apart.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

# Legal and corporate designators that do not change which company is meant.
_DESIGNATORS = re.compile(
    r"(?:\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|gmbh"
    r"|group|holdings|platforms|technologies))+\.?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_NTH = re.compile(r"^(?:the\s+)?(" + "|".join(_ORDINALS) + r")\s+(.+?)(?:\s+models?)?$", re.IGNORECASE)
SPELLING_RATIO = 85.0  # keys this close (rapidfuzz ratio, 0-100) are one name misspelt


_PUNCTUATION = re.compile(r"[^\w\s.]|(?<!\d)\.|\.(?!\d)")  # keeps the dot of "3.1"
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Return text with case, punctuation and spacing folded, for comparisons."""
    text = text.replace("’", "'").replace("-", " ")
    return _SPACES.sub(" ", _PUNCTUATION.sub("", text)).strip().casefold()


def bare(name: str) -> str:
    """Strip a possessive and a leading article: "Meta’s" -> "Meta"."""
    return _ARTICLE.sub("", _POSSESSIVE.sub("", name.strip()))


def organisation(name: str) -> str:
    """Return the key of an organisation or product name."""
    name = _DESIGNATORS.sub("", bare(name))
    ordinal = _NTH.match(name)
    if ordinal:  # "the first Llama" is the name with version 1
        name = f"{ordinal.group(2)} {_ORDINALS[ordinal.group(1).lower()]}"
    return fold(name)


def person(name: str) -> str:
    """Return the key of a person's name: the folded surname."""
    words = fold(bare(name)).split()
    return words[-1] if words else ""


def merge_keys(keys: Iterable[str], ratio: float = SPELLING_RATIO) -> dict[str, str]:
    """Map each key to a representative of the keys spelled within `ratio` of it.

    Only keys of five letters or more are merged: short names differ by one letter too
    often ("Ek", "Eck") to call it a misspelling.
    """
    unique = sorted(set(keys))
    mapping = {key: key for key in unique}
    long_keys = [key for key in unique if len(key) >= 5]
    if len(long_keys) < 2:
        return mapping
    scores = process.cdist(long_keys, list(long_keys), scorer=fuzz.ratio, score_cutoff=ratio)
    for i, key in enumerate(long_keys):
        close = [long_keys[j] for j in scores[i].nonzero()[0]]
        mapping[key] = min(mapping[k] for k in close + [key])
    return mapping
