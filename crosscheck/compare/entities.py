"""Entity details (expansions, spellings, roles) compared as folded text.

Two details agree when they fold to the same text ("LeCun" / "Lecun"). They are consistent
when the words of one are all in the other ("Haas School of Business" within "University of
California at Berkeley's Haas School of Business"), accents aside ("Timothée" / "Timothee":
the same name typed without them). Anything else conflicts; when the two are only a letter
or two apart, the reason calls it a spelling discrepancy.
"""
from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from ..model import EntityValue

SPELLING = 85  # a ratio at or above this between different texts is a spelling variant


def same(a: EntityValue, b: EntityValue, config=None) -> bool:
    """Tell whether two details are the same once case and punctuation are folded."""
    return a.normalized == b.normalized


def consistent(a: EntityValue, b: EntityValue, config=None) -> bool:
    """Tell whether one detail is a shorter form of the other, word for word."""
    words_a, words_b = set(unaccented(a.normalized).split()), set(unaccented(b.normalized).split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def explain(a: EntityValue, b: EntityValue) -> str:
    """Call two different texts a letter or two apart a spelling discrepancy."""
    if not same(a, b) and fuzz.ratio(a.normalized, b.normalized) >= SPELLING:
        return ", a spelling discrepancy"
    return ""


def unaccented(text: str) -> str:
    """Drop accents: "Timothée" -> "Timothee"."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
