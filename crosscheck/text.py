"""Sentences and lines of a source's text, as character spans."""
from __future__ import annotations

import bisect
import re
from typing import List, Tuple

# A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and an
# upper-case letter, digit or quote, or at a line break. Abbreviations such as "Nov." or
# "U.S." are followed by more sentence, so they are re-joined below.
# It opens with one character class so that re skips straight to the next . ! ? or line
# break instead of trying both alternatives at every character (3x faster).
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)""")
_ABBREVIATION = re.compile(
    r"""(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|
    Inc|Corp|Co|Ltd|No|vs|etc|Calif|Mass|Wash|Gov|Sen|Rep|Gen|approx|est|Fig)
    |\b[A-Z](?:\.[A-Z])*)\.$""",
    re.VERBOSE,
)


def sentence_spans(text: str) -> List[Tuple[int, int]]:
    """Return (start, end) of each sentence, whitespace trimmed."""
    spans = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        mark = boundary.group().rstrip()  # the punctuation and closing quotes; "" at a line break
        before = text[max(start, boundary.start() - 12): boundary.start() + 1]
        if not mark or not _ABBREVIATION.search(before):
            spans.append((start, boundary.start() + len(mark)))
            start = boundary.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in (_trim(text, start, end) for start, end in spans) if a < b]


def _trim(text: str, start: int, end: int) -> Tuple[int, int]:
    """Return [start, end) without the whitespace at either end; empty if it is all whitespace."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


class Locator:
    """Map character offsets to 1-based lines and to the sentence around them."""

    def __init__(self, text: str):
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        self._sentences = sentence_spans(text)
        self._sentence_starts = [start for start, _ in self._sentences]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset)

    def sentence(self, start: int, end: int) -> Tuple[int, int]:
        """Return the span of the sentence containing [start, end) (widened if it straddles)."""
        if not self._sentences:
            return start, end
        first = max(bisect.bisect_right(self._sentence_starts, start) - 1, 0)
        last = max(bisect.bisect_right(self._sentence_starts, max(end - 1, start)) - 1, first)
        return min(self._sentences[first][0], start), max(self._sentences[last][1], end)
