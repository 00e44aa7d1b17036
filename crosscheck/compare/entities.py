"""Entity details (expansions, spellings, roles) compared as folded text.

Two details agree when they fold to the same text ("LeCun" / "Lecun"). They are consistent
when the words of one are all in the other ("Haas School of Business" within "University of
California at Berkeley's Haas School of Business"), accents aside ("Timothée" / "Timothee":
the same name typed without them). Anything else conflicts; when the two are only a letter
or two apart, the reason calls it a spelling discrepancy.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from ..entities.canonical import unaccented
from ..model import EntityValue

SPELLING = 85  # a ratio at or above this between different texts is a spelling variant


def same(a: EntityValue, b: EntityValue, config=None) -> bool:
    """Tell whether two details are the same once case and punctuation are folded."""
    return a.normalized == b.normalized


def consistent(a: EntityValue, b: EntityValue, config=None) -> bool:
    """Tell whether one detail is a shorter form of the other, word for word, or one name written two ways.

    "Sergey Lavrov" / "Sergei Lavrov" (a transliteration) and "Chuck Schumer" / "Charles
    Schumer" (a nickname) are one person's name, not a misspelling.
    """
    words_a, words_b = _words(a.normalized), _words(b.normalized)
    set_a, set_b = frozenset(words_a), frozenset(words_b)
    if words_a and words_b and (set_a <= set_b or set_b <= set_a):
        return True
    return _one_name(list(words_a), list(words_b))


@lru_cache(maxsize=65536)  # a detail is tested against each distinct partner: folded once
def _words(normalized: str) -> tuple:
    return tuple(unaccented(normalized).split())


def _one_name(words_a: list[str], words_b: list[str]) -> bool:
    if len(words_a) != len(words_b) or len(words_a) < 2 or words_a[1:] != words_b[1:]:
        return False
    from ..entities.given_names import variants  # a nickname list, loaded only when needed

    return variants(words_a[0], words_b[0])


def explain(a: EntityValue, b: EntityValue) -> str:
    """Call two different texts a letter or two apart a spelling discrepancy."""
    if not same(a, b) and fuzz.ratio(a.normalized, b.normalized) >= SPELLING:
        return ", a spelling discrepancy"
    return ""
