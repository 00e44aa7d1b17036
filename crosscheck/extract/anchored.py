"""Run a pattern only near the anchors every one of its matches must contain.

A pattern tried at every position of a text costs a regex attempt per character; most of
the text holds no figure. When each match must contain an anchor (a digit, a number word,
a time noun) found by a cheap scan, and can start only a known stretch of lead words before
it, trying the pattern in that stretch alone finds exactly the matches `finditer` finds.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, Sequence

# Characters that `re.IGNORECASE` matches to an ASCII letter but `str.lower` does not turn
# into one ("ſ" is an "s", "ı" an "i"), or that lower case into two characters ("İ").
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def lowered(text: str) -> Optional[str]:
    """Return `text` in lower case with the same offsets, or None if case folding would shift them."""
    lower = text.lower()
    if len(lower) != len(text) or any(char in text for char in _ODD_CASE):
        return None
    return lower

# `\d` is any Unicode decimal digit, but all of them beyond 0-9 lie above U+065F and outside
# the punctuation and currency signs (U+2000-U+20CF), so a text holding no such character
# has ASCII digits only, which `re` skips to much faster.
_RARE_CHARACTER = re.compile("[^\x00-\u065f\u2000-\u20cf]")
_ASCII_DIGITS = re.compile(r"[0-9]\d*")
_DIGITS = re.compile(r"\d+")


def digit_runs(text: str) -> list[int]:
    """Return the start offsets of the runs of decimal digits in `text`."""
    other_digits = any(char.isdecimal() for char in _RARE_CHARACTER.findall(text))
    return [match.start() for match in (_DIGITS if other_digits else _ASCII_DIGITS).finditer(text)]


def word_starts(text: str, lower: str, words: Iterable[str]) -> list[int]:
    """Return the offsets where a word of `text` starts with one of `words` (found in `lower`)."""
    found = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            # the same test as the regex word boundary: `\w` is alphanumeric or "_"
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                found.append(at)
            at = lower.find(word, at + 1)
    return found


def matches(pattern: re.Pattern, text: str, anchors: Sequence[int],
            lead: Optional[re.Pattern] = None) -> Iterator[re.Match]:
    """Yield the matches of `pattern` in `text`, as `finditer` would, trying only near anchors.

    `anchors` are sorted offsets, one inside every match; `lead` matches, on the reversed text
    from an anchor, at least the lead words a match may start with before it. The pattern must
    not match the empty string.
    """
    reversed_text = text[::-1] if lead else ""
    done = 0  # matches end here or later; starts before it have been tried
    for anchor in anchors:
        if anchor < done:
            continue
        first = len(text) - lead.match(reversed_text, len(text) - anchor).end() if lead else anchor
        for start in range(max(done, first), anchor + 1):
            match = pattern.match(text, start)
            if match:
                yield match
                done = match.end()
                break
