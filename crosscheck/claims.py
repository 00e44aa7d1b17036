"""Turn a source's mentions into claims: sentence, line, subject, attribute, masked context."""
from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple, Optional

from .context import LowerCase, Sentence
from .errors import describe_exception
from .model import Claim, Mention, Source
from .telling import anchors
from .text import Locator

_MASKS = {"date": "<date>", "figure": "<figure>", "entity": "<entity>"}
_START = attrgetter("start")


def build_claims(source: Source, mentions: Sequence[Mention],
                 errors: Optional[list[str]] = None) -> list[Claim]:
    """Place each mention in its sentence and say what it is about.

    With an `errors` list, a mention whose claim cannot be built is skipped and the reason
    appended there (its line and the exception); without one, the exception is raised.
    """
    locator = Locator(source.text)
    quotes = _Quotes(source.text, mentions, locator)
    fields = []
    for mention in mentions:
        try:
            fields.append(_fields(source, mention, locator, quotes))
        except Exception as error:
            if errors is None:
                raise
            errors.append(f"the claim of {mention.text[:60]!r} on line {locator.line(mention.start)} "
                          f"could not be built, so it was skipped (a crosscheck bug): "
                          f"{describe_exception(error)}")
    told = anchors([((source.id, made["quote_start"]), made["kind"], made["value"]) for made in fields])
    return [Claim(**made, anchors=anchored) for made, anchored in zip(fields, told)]


def _fields(source: Source, mention: Mention, locator: Locator, quotes: "_Quotes") -> dict:
    """Return the fields of a mention's claim but its anchors, which depend on the other claims."""
    quote_start, quote_end = locator.sentence(mention.start, mention.end)
    line = locator.line(mention.start)
    quote = quotes.get(quote_start, quote_end)
    offset, end = mention.start - quote_start, mention.end - quote_start
    shown, shown_start = _capped(quote.sentence.text, offset, end)
    return {
        "source": source.id,
        "kind": mention.kind,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "value": mention.value,
        # Interned: a corpus names a few subjects and attributes in hundreds of thousands of claims.
        "subject": sys.intern(mention.subject or quote.sentence.subject(offset, end, quote.previous)),
        "attribute": sys.intern(mention.attribute or quote.sentence.attribute(offset, end, mention.kind)),
        "quote": shown,
        "quote_start": quote_start + shown_start,
        "line": _file_line(source, line),
        "context": quote.context,
        "group": f"{source.id}:{mention.group}" if mention.group >= 0 else "",
        "names": quote.sentence.clause_names(offset, end),
        "location": _place(source, line),
        "resolution": mention.resolution,
        "state": mention.state,
        "role": mention.role,
    }


# Characters. A real sentence is under this (the sample articles' longest is 359); a longer
# one (a flattened table, up to text.MAX_SENTENCE) is quoted around its value, so that a
# report holds a bounded quote per claim.
MAX_QUOTE = 400


def _capped(sentence: str, start: int, end: int) -> tuple[str, int]:
    """Return the quote of the value at [start, end) of `sentence`, and its offset in it."""
    if len(sentence) <= MAX_QUOTE or end - start >= MAX_QUOTE:
        return sentence, 0
    left = max(0, min(start - (MAX_QUOTE - (end - start)) // 2, len(sentence) - MAX_QUOTE))
    right = left + MAX_QUOTE
    # Whole words: move each side in to the nearest space outside the value, when there is one.
    space = sentence.find(" ", left, start)
    left = space + 1 if left > 0 and space >= 0 else left
    space = sentence.rfind(" ", end, right)
    right = space if right < len(sentence) and space >= 0 else right
    return sentence[left:right], left


def _file_line(source: Source, line: int) -> int:
    """Return the file's line for a line of the text crosscheck read (the same for text files)."""
    return source.lines[line - 1] if 0 < line <= len(source.lines) else line


def _place(source: Source, line: int) -> str:
    return source.places[line - 1] if 0 < line <= len(source.places) else ""


class _Quote(NamedTuple):
    sentence: Sentence
    context: str  # the sentence with its values masked
    previous: Optional[Sentence]  # the sentence before it in its paragraph, if any


class _Quotes:
    """Each sentence of a source, its masked form and the one before it, made once for its claims.

    A sentence holds several values: what depends only on the sentence (its names, cuts and
    attribute words, and one string, not one per claim, in memory) is worked out once.
    """

    def __init__(self, text: str, mentions: Sequence[Mention], locator: Locator):
        self.text = text
        self.locator = locator
        self.mentions = sorted(mentions, key=_START)
        self.starts = [m.start for m in self.mentions]
        self.made: dict[tuple[int, int], _Quote] = {}
        self.sentences: dict[tuple[int, int], Sentence] = {}
        self.lowercase = LowerCase(text)

    def get(self, start: int, end: int) -> _Quote:
        """Return the sentence at [start, end), its masked form and the sentence before it."""
        made = self.made.get((start, end))
        if made is None:
            first, last = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
            sentence = self._sentence(start, end)
            previous = _previous(self.text, self.locator, start)
            context = masked(sentence.text, start, self.mentions[first:last])
            made = _Quote(sentence, context, self._sentence(*previous) if previous else None)
            self.made[start, end] = made
        return made

    def _sentence(self, start: int, end: int) -> Sentence:
        # Shared by a sentence's own claims and the next sentence's, which may point back to it.
        if (start, end) not in self.sentences:
            self.sentences[start, end] = Sentence(self.text[start:end], self.lowercase)
        return self.sentences[start, end]


def _previous(text: str, locator: Locator, sentence_start: int) -> Optional[tuple[int, int]]:
    """Return the span of the sentence before the one at `sentence_start`, if in the same paragraph."""
    if sentence_start == 0:
        return None
    start, end = locator.sentence(sentence_start - 1, sentence_start - 1)
    if "\n\n" in text[start:sentence_start] or start >= sentence_start or start == end:
        return None
    return start, end


def masked(sentence: str, sentence_start: int, mentions: Sequence[Mention]) -> str:
    """Return the sentence with every value mention in it replaced by a placeholder.

    `mentions` come in the order of their start, as `_Quotes` keeps them.
    """
    pieces, cursor = [], 0
    sentence_end = sentence_start + len(sentence)
    for mention in mentions:
        start, end = mention.start - sentence_start, mention.end - sentence_start
        if mention.start < sentence_start or mention.end > sentence_end or start < cursor:
            continue
        if not mention.masked:
            continue
        pieces += [sentence[cursor:start], _MASKS[mention.kind]]
        cursor = end
    pieces.append(sentence[cursor:])
    return "".join(pieces)
