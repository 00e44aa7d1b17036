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
    close = _close_keys(long_keys, ratio)
    for key in long_keys:
        mapping[key] = min(mapping[k] for k in close[key] + [key])
    return mapping


ROWS_AT_ONCE = 1024  # keys scored against their candidates in one rapidfuzz call: bounds memory


def _close_keys(keys: list[str], ratio: float) -> dict[str, list[str]]:
    """Return, for each key, the keys whose ratio with it is `ratio` or more (itself included).

    A key is scored only against keys of a length that can reach the ratio: the indel
    distance of two strings is at least their difference in length, so the ratio,
    100 * (1 - distance / (a + b)), is at most 100 * (1 - |a - b| / (a + b)). Scoring
    block by block keeps memory linear in the number of keys instead of quadratic.
    """
    by_length: dict[int, list[str]] = {}
    for key in keys:
        by_length.setdefault(len(key), []).append(key)
    close: dict[str, list[str]] = {key: [] for key in keys}
    for length, rows in by_length.items():
        columns = [key for other, group in by_length.items() if _may_reach(length, other, ratio)
                   for key in group]
        for start in range(0, len(rows), ROWS_AT_ONCE):
            block = rows[start:start + ROWS_AT_ONCE]
            scores = process.cdist(block, columns, scorer=fuzz.ratio, score_cutoff=ratio)
            for key, row in zip(block, scores):
                close[key] = [columns[j] for j in row.nonzero()[0]]
    return close


def _may_reach(length: int, other: int, ratio: float) -> bool:
    # A point of margin: a candidate too many costs one score, one too few a missed merge.
    return 100.0 * (1 - abs(length - other) / (length + other)) >= ratio - 1
