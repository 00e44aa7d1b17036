"""Sentences and lines of a source's text, as character spans."""
from __future__ import annotations

import bisect
import re
from itertools import groupby, repeat
from typing import List, Tuple

# Words whose full stop is followed by more sentence ("Nov. 19", "Meta Platforms Inc. said").
_ABBREVIATIONS = ("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof St Sr Jr Inc Corp Co "
                  "Ltd No vs etc Calif Mass Wash Gov Sen Rep Gen approx est Fig").split()
# A look-behind must have one width, so the words are tried in groups of one length, each as
# written ("Sen.") and as tokenised text spaces it ("Sen ."). An initial ("U.S.", "J. R. R.") is
# a capital letter that starts a word: its last letter is.
_ABBREVIATED_FORMS = sorted({form for word in _ABBREVIATIONS for form in (word + ".", word + " .")}, key=len)
_ABBREVIATED = "|".join(
    [rf"(?<=\b(?:{'|'.join(re.escape(form) for form in forms)}))"
     for _, forms in groupby(_ABBREVIATED_FORMS, key=len)]
    + [r"(?<=\b[A-Z]\.)", r"(?<=\b[A-Z] \.)"])
# A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and an
# upper-case letter, digit or quote, or at a line break. After an abbreviation the match is
# still made, so that its space is not read as a line break, and group 1 marks it as no end.
# Tokenised text spaces a closing curly quote or bracket off its stop ("said . ” He") and an
# opening quote off its word (". “ Today"); a straight quote spaced after a stop may as well
# open the next sentence, and is left to it.
# The pattern opens with one character class so that re skips straight to the next . ! ? or
# line break instead of trying both alternatives at every character (3x faster).
_BOUNDARY = re.compile(rf"""[.!?\n](?:(?<=[.!?])(?:(?:{_ABBREVIATED})())?"""
                       r"""(?:["'”’)\]]|\s[”’)\]])*\s+(?=(?:["'“‘(\[]\s?)?[A-Z0-9])|(?<=\n)\n*)""")
_TRIMMED = re.compile(r"\S(?:.*\S)?", re.DOTALL)  # a span without the whitespace at either end
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


# Characters: a long real sentence is a few hundred. A table or a PDF text layer flattened
# into one line is a "sentence" of megabytes; reading a subject or an attribute is linear in
# the sentence for each of its values, so such a run is cut into pieces of at most this.
MAX_SENTENCE = 1000
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def sentence_spans(text: str) -> List[Tuple[int, int]]:
    """Return (start, end) of each sentence, whitespace trimmed, none over MAX_SENTENCE."""
    # A sentence runs from one boundary's end to the next's; trimming drops the boundary's
    # space. Both steps are whole-text calls into re, with no Python work per sentence but
    # the list: this is done for every sentence of every document.
    ends = [m.end() for m in _BOUNDARY.finditer(text) if m.lastindex is None]
    starts = [0] + ends
    ends.append(len(text))
    spans = [m.span() for m in map(_TRIMMED.search, repeat(text), starts, ends) if m]
    if any(end - start > MAX_SENTENCE for start, end in spans):
        return [piece for span in spans for piece in _bounded(text, *span)]
    return spans


def _bounded(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """Cut an over-long sentence into pieces of at most MAX_SENTENCE, at a space when there is one."""
    pieces = []
    while end - start > MAX_SENTENCE:
        space = _LAST_SPACE.match(text, start, start + MAX_SENTENCE)
        cut = space.end() if space and space.end() > start + MAX_SENTENCE // 2 else start + MAX_SENTENCE
        piece = _TRIMMED.search(text, start, cut)
        if piece:
            pieces.append(piece.span())
        start = cut
    piece = _TRIMMED.search(text, start, end)
    return pieces + [piece.span()] if piece else pieces


class Locator:
    """Map character offsets to 1-based lines and to the sentence around them."""

    def __init__(self, text: str):
        self.text = text
        # Without a carriage return a line is read by counting line feeds on from the offset
        # asked last (claims ask in order), cheaper than listing every line's start.
        self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)] if "\r" in text else None
        self._counted, self._lines = 0, 1  # line feeds counted up to `_counted`; the line there
        self._sentences = sentence_spans(text)
        self._sentence_starts = [start for start, _ in self._sentences]

    def line(self, offset: int) -> int:
        """Return the 1-based line of the character at `offset`."""
        if self._line_starts is not None:
            return bisect.bisect_right(self._line_starts, offset)
        if offset < self._counted:  # asked out of order: count again from the start
            self._counted, self._lines = 0, 1
        self._lines += self.text.count("\n", self._counted, offset)
        self._counted = offset
        return self._lines

    def sentence(self, start: int, end: int) -> Tuple[int, int]:
        """Return the span of the sentence containing [start, end) (widened if it straddles)."""
        if not self._sentences:
            return start, end
        first = bisect.bisect_right(self._sentence_starts, start) - 1
        if first >= 0 and end <= self._sentences[first][1]:  # most values: inside one sentence
            return self._sentences[first]
        first = max(first, 0)
        last = max(bisect.bisect_right(self._sentence_starts, max(end - 1, start)) - 1, first)
        return min(self._sentences[first][0], start), max(self._sentences[last][1], end)
