"""Run a pattern only near the anchors every one of its matches must contain.

A pattern tried at every position of a text costs a regex attempt per character; most of
the text holds no figure. When each match must contain an anchor (a digit, a number word,
a time noun) found by a cheap scan, and can start only a known stretch of lead words before
it, trying the pattern in that stretch alone finds exactly the matches `finditer` finds.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

# Characters that `re.IGNORECASE` matches to an ASCII letter but `str.lower` does not turn
# into one ("ſ" is an "s", "ı" an "i"), or that lower case into two characters ("İ").
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


# Dates, durations, figures and people each lower the same source text in turn: the last one is kept.
@lru_cache(maxsize=1)
def lowered(text: str) -> Optional[str]:
    """Return `text` in lower case with the same offsets, or None if case folding would shift them."""
    lower = text.lower()
    if len(lower) != len(text) or any(char in text for char in _ODD_CASE):
        return None
    return lower


# What is read leftwards from a point (lead words, hedges, titles) is matched on the reversed
# text, since `re` cannot look behind by a variable width; every extractor reverses the same
# source text in turn: the last one is kept.
@lru_cache(maxsize=1)
def backwards(text: str) -> str:
    """Return `text` reversed."""
    return text[::-1]


# `\d` is any Unicode decimal digit, but all of them beyond 0-9 lie above U+065F and outside
# the punctuation and currency signs (U+2000-U+20CF), so a text holding no such character
# has ASCII digits only, which `re` skips to much faster.
_RARE_CHARACTER = re.compile("[^\x00-\u065f\u2000-\u20cf]")
_ASCII_DIGITS = re.compile(r"[0-9]\d*")
_DIGITS = re.compile(r"\d+")


def digit_runs(text: str) -> list[int]:
    """Return the start offsets of the runs of decimal digits in `text`."""
    # An ASCII text (Python knows it without reading it) needs no search for other digits.
    other_digits = not text.isascii() and any(char.isdecimal() for char in _RARE_CHARACTER.findall(text))
    # map: no bytecode run per digit run
    return list(map(re.Match.start, (_DIGITS if other_digits else _ASCII_DIGITS).finditer(text)))


def alternation(words: Iterable[str]) -> str:
    """Return a regex for `words` that shares their prefixes and prefers the longest."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    # A flat alternation of 600 words costs `re` a try of each; branching once per shared
    # prefix costs one. The optional group is greedy, so longer words are tried first.
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return group
    return (group if len(branches) > 1 else "(?:" + group + ")") + "?"


def word_search(words: Iterable[str]) -> re.Pattern:
    """Compile the search `word_starts` runs for words starting with one of `words` (lower case)."""
    # Any character but an ASCII word character may stand before a word start: a few more
    # places than `\b` allows ("éone"), which the full pattern then rejects, and none fewer.
    return re.compile("[^a-z0-9_]" + alternation(words))


def word_starts(lower: str, search: re.Pattern) -> list[int]:
    """Return the offsets where a word of the lower-case text starts as `search` (from `word_search`) asks."""
    # The space put before the text lets a word start at offset 0 and shifts every match
    # start onto the word's first letter.
    return [match.start() for match in search.finditer(" " + lower)]


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Return the start offsets of every occurrence of each of `words` in `text`, unsorted."""
    # `str.find` skips to a literal faster than `re`, which tries each position in turn when
    # the words start with common letters.
    found = []
    find = text.find
    for word in words:
        at = find(word)
        while at >= 0:
            found.append(at)
            at = find(word, at + 1)
    return found


# Lower-case letters from the rarest in English text to the commonest.
_RARE_FIRST = "zqxjkvbpygfwmucldrhsnioate"


class Words:
    """Find what `occurrences` finds, scanning once per rare letter instead of once per word.

    `str.find` of a short word such as "day" or "hr" reads the text at 1.5-3 ns a character;
    `re` skips to a pattern's leading literal character at under 1 ns. So each word is found
    at its rarest letter (the "y" of "day"), the rest checked around it in the same pattern,
    and words sharing that letter share a pattern ("year", "yr" and "day" one scan for "y").
    """

    def __init__(self, words: Iterable[str]):
        self.words = tuple(dict.fromkeys(words))
        self.scans = [_scan(letter, group) for letter, group in _pivot_groups(self.words)]

    def positions(self, lower: str) -> dict:
        """Return each word's start offsets in `lower`, ascending, as `occurrences(lower, (word,))` would."""
        found: dict = {word: [] for word in self.words}
        for pattern, group in self.scans:
            if len(group) == 1:
                word, pivot = group[0]
                found[word] = [at - pivot for at in map(re.Match.start, pattern.finditer(lower))]
            else:  # each word's branch ends in an empty group: `lastindex` tells which matched
                for match in pattern.finditer(lower):
                    word, pivot = group[match.lastindex - 1]
                    found[word].append(match.start() - pivot)
        return found


def _rarity(letter: str) -> int:
    return _RARE_FIRST.find(letter) if letter in _RARE_FIRST else len(_RARE_FIRST)


def _pivot_groups(words: Sequence[str]) -> list[tuple[str, list[tuple[str, int]]]]:
    """Return (letter, [(word, offset of that letter in it)]) groups, each word at its rarest
    letter; two words that could stand at once on one letter of a text go to different groups,
    since a pattern reports one match at each letter."""
    groups: list[tuple[str, list[tuple[str, int]]]] = []
    for word in words:
        pivot = min(range(len(word)), key=lambda i: _rarity(word[i]))
        fits = (group for letter, group in groups if letter == word[pivot]
                and not any(_may_overlap(word, pivot, *other) for other in group))
        group = next(fits, None)
        if group is None:
            groups.append((word[pivot], [(word, pivot)]))
        else:
            group.append((word, pivot))
    return groups


def _may_overlap(word: str, pivot: int, other: str, other_pivot: int) -> bool:
    """Tell whether both words can stand in a text at once with their pivots on one character."""
    shift = other_pivot - pivot  # `other` starts this many characters before `word`
    return all(word[i] == other[i + shift] for i in range(len(word)) if 0 <= i + shift < len(other))


def _scan(letter: str, group: list[tuple[str, int]]) -> tuple[re.Pattern, list[tuple[str, int]]]:
    """Compile the pattern that finds the group's words at their shared letter."""
    # The letter leads, so that `re` skips to it; the rest of each word is looked for around it.
    branches = [(f"(?<={re.escape(word[:pivot + 1])})" if pivot else "")
                + (f"(?={re.escape(word[pivot + 1:])})" if pivot + 1 < len(word) else "")
                + ("()" if len(group) > 1 else "") for word, pivot in group]
    return re.compile(re.escape(letter) + "(?:" + "|".join(branches) + ")"), group


WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def word_occurrences(lower: str, words: Iterable[str]) -> list[int]:
    """Return the sorted offsets where one of `words` starts as `word_starts` would find it, by `str.find`."""
    # For a handful of words, a find per word costs less than `word_search`, whose leading
    # negated class `re` must try at every position.
    return sorted(at for at in occurrences(lower, words) if at == 0 or lower[at - 1] not in WORD_CHARACTERS)


def matches(pattern: re.Pattern, text: str, anchors: Sequence[int],
            lead: Optional[re.Pattern] = None) -> Iterator[re.Match]:
    """Yield the matches of `pattern` in `text`, as `finditer` would, trying only near anchors.

    `anchors` are sorted offsets, one inside every match; `lead` matches, on the reversed text
    from an anchor, at least the lead words a match may start with before it. The pattern must
    not match the empty string.
    """
    reversed_text = backwards(text) if lead else ""
    size = len(text)
    done = 0  # matches end here or later; starts before it have been tried
    for anchor in anchors:
        if anchor < done:
            continue
        start = size - lead.match(reversed_text, size - anchor).end() if lead else anchor
        start = start if start > done else done
        while start <= anchor:
            match = pattern.match(text, start)
            if match:
                yield match
                done = match.end()
                break
            start += 1
