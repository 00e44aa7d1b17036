"""Canonical forms of entity names, by small rules a reviewer can check.

"Meta Platforms" and "Meta's" are "meta"; "the first Llama" is "llama 1"; "LLaMA" and
"Llama" fold to one key. People are keyed by surname, so "Zuckerberg" and "Mark
Zuckerberg" meet; `merge_keys` then joins keys one or two letters apart.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

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


def unaccented(text: str) -> str:
    """Drop accents: "Timothée" -> "Timothee"."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


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


# Small words an acronym skips ("HHS": Health and Human Services) and names put in the middle.
_MINOR = frozenset({"of", "and", "for", "the", "on", "in", "to", "a", "an", "&"})
_COUNTRY = frozenset({"us", "u s", "united states"})


# Names repeat across a corpus ("White House" in most political stories): each is keyed once.
@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Return the key of a proper name: one for the ways news writes one name.

    "the U.S. Labor Department" and "Department of Labor" are "labor department";
    "Speaker of the House" is "house speaker"; "America’s" is "america".
    """
    from ..vocabulary import ORGANISATION_HEADS  # the vocabulary module imports nothing of ours

    words = organisation(name).split()
    if len(words) > 2 and words[0] == "us":  # "the U.S. Centers for Disease Control"
        words = words[1:]
    if len(words) >= 3 and words[0] in ORGANISATION_HEADS and words[1] in ("of", "for"):
        tail = words[3:] if words[2] == "the" else words[2:]
        if tail and "of" not in tail and "for" not in tail:  # "Head of X" is "X Head"
            words = tail + words[:1]
    return " ".join(words)


@lru_cache(maxsize=8192)
def initials(name: str) -> frozenset:
    """Return the acronyms a name may be written as: "Department of Justice" -> {"DJ", "DOJ"}."""
    words = [w for w in re.split(r"[\s-]+", _ARTICLE.sub("", bare(name))) if w and w[0].isalpha()]
    if words and fold(words[0]) in _COUNTRY:
        words = words[1:]
    forms = [words]
    if len(words) > 2 and words[1].lower() in ("of", "for"):  # "HHS": Department of Health and Human Services
        forms.append(words[2:])
    if "and" in words[:-1]:  # "CDC": Centers for Disease Control and Prevention
        forms.append(words[:len(words) - 1 - words[::-1].index("and")])
    found = set()
    for form in forms:
        found.add("".join(w[0] for w in form).upper())
        found.add("".join(w[0] for w in form if w.lower() not in _MINOR).upper())
    return frozenset(letters for letters in found if len(letters) >= 2)


def merge_names(keys: Iterable[str]) -> dict[str, str]:
    """Map each name key to the one key of the name it is a form of, when there is one.

    A shorter form joins the one longer name that ends in it or keeps its first and last
    words ("kaiser family foundation" in "henry j kaiser family foundation"; "elijah cummings"
    in "elijah e cummings"); a person's name (a known given name and a surname) one letter off
    another, in a word of five letters or more, is that name misspelt ("mitch mcconnel").
    Anything else stays itself.
    """
    unique = sorted({key for key in keys if " " in key})
    mapping = {key: key for key in unique}
    for key, longer in _longer_forms(unique).items():
        if len(longer) == 1:
            mapping[key] = longer.pop()
    for key in unique:  # a longer form of a longer form
        while mapping[mapping[key]] != mapping[key]:
            mapping[key] = mapping[mapping[key]]
    for a, b in _misspelt(sorted(set(mapping.values()))):
        mapping.update({key: a for key, to in mapping.items() if to == b})
    return mapping


def _longer_forms_of_all(unique: list[str]) -> dict[str, set[str]]:
    """Return the longer keys each key is a shorter form of: the plain rule, all keys of one last word."""
    by_last: dict[str, list[list[str]]] = {}
    for key in unique:
        words = key.split()
        by_last.setdefault(words[-1], []).append(words)
    return {key: {" ".join(other) for other in by_last[key.split()[-1]]
                  if len(other) > len(key.split()) and _shorter_form(key.split(), other)} for key in unique}


def _longer_forms(unique: list[str]) -> dict[str, set[str]]:
    """Return what `_longer_forms_of_all` returns, trying only the keys a shorter form can be of.

    A longer form ends in the shorter one's words or has its first and last words: keys are
    filed under each ending of two or more words and under their first and last words, and
    each key is tried against those two files alone. Trying all keys of one last word was
    quadratic in the names of a corpus, which end in few words ("... technologies"; issue 17).
    """
    by_ending: dict[tuple[str, ...], list[list[str]]] = {}
    by_ends: dict[tuple[str, str], list[list[str]]] = {}
    for key in unique:
        words = key.split()
        for start in range(1, len(words) - 1):
            by_ending.setdefault(tuple(words[start:]), []).append(words)
        by_ends.setdefault((words[0], words[-1]), []).append(words)
    longer_forms = {}
    for key in unique:
        words = key.split()
        candidates = by_ending.get(tuple(words), []) + by_ends[words[0], words[-1]]
        longer_forms[key] = {" ".join(other) for other in candidates
                             if len(other) > len(words) and _shorter_form(words, other)}
    return longer_forms


def _shorter_form(words: list[str], other: list[str]) -> bool:
    if other[-len(words):] == words:
        return True
    if words[0] != other[0]:
        return False
    rest = iter(other[1:-1])
    return all(word in rest for word in words[1:-1])  # the words in order, some left out


def _misspelt(keys: list[str], pairs_of: Callable[[list[str]], list[tuple[int, int]]] | None = None
              ) -> list[tuple[str, str]]:
    """Return pairs of keys that are one name misspelt: every word the same but one, one letter off.

    `pairs_of` gives the pairs of a bucket's words to try, in order: `_one_edit_apart`, or
    `_all_pairs`, the plain rule it is tested equal to.
    """
    pairs_of = pairs_of or _one_edit_apart
    buckets: dict[tuple, list[str]] = {}
    for key in keys:
        words = key.split()
        for i in range(len(words)):
            buckets.setdefault((len(words), i, *words[:i], *words[i + 1:]), []).append(key)
    pairs = []
    for (_, i, *_), members in buckets.items():
        if len(members) < 2:  # most: no pair to try
            continue
        for n, m in pairs_of([key.split()[i] for key in members]):
            a, b = members[n], members[m]
            if _one_word_misspelt(a.split()[i], b.split()[i], given=i == 0) and _person(a, b, i):
                pairs.append((a, b))
    return pairs


def _all_pairs(words: list[str]) -> list[tuple[int, int]]:
    """Return every pair (n, m) of positions in `words`, n < m, in order."""
    return [(n, m) for n in range(len(words)) for m in range(n + 1, len(words))]


def _one_edit_apart(words: list[str]) -> list[tuple[int, int]]:
    """Return the pairs of `_all_pairs` whose words may be one edit apart, in the same order.

    Two words one edit apart (OSA distance 1: a letter changed, added, dropped, or two swapped)
    are equal once one letter is dropped from each, or from the longer: so only words filed
    under one of those shortened forms are paired. All pairs was quadratic in the names that
    share a given name or a surname (issue 17); a word has as many shortened forms as letters.
    """
    filed: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        for form in {word, *(word[:at] + word[at + 1:] for at in range(len(word)))}:
            filed.setdefault(form, []).append(n)
    pairs = {(n, m) for filed_together in filed.values()
             for k, n in enumerate(filed_together) for m in filed_together[k + 1:]}
    return sorted(pairs)


def _person(a: str, b: str, i: int) -> bool:
    """Tell whether two names are a person's given name and surname, the given name known.

    Names of things are ordinary words, and ordinary words one letter apart are often two
    words ("accelerate" / "accelerated"); the names of people are where misspellings are
    told apart from them with confidence.
    """
    from .given_names import forms

    words_a, words_b = a.split(), b.split()
    if not 2 <= len(words_a) <= 3:
        return False
    return all(len(forms(words[0])) > 1 for words in (words_a, words_b))


def _one_word_misspelt(a: str, b: str, given: bool) -> bool:
    from rapidfuzz.distance import OSA

    from .given_names import variants

    if min(len(a), len(b)) < 5 or not a.isalpha() or not b.isalpha():
        return False
    if a.rstrip("s") == b.rstrip("s"):  # a plural: "Senate Republican" / "Senate Republicans"
        return False
    # A given name written two ways (Sergey / Sergei) is one name, not a misspelling.
    return OSA.distance(a, b) == 1 and not (given and variants(a, b))
