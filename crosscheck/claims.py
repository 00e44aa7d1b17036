"""Turn a source's mentions into claims: sentence, line, subject, attribute, masked context."""
from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence

from .context import attribute_of, subject_of
from .model import Claim, Mention, Source
from .text import Locator

_MASKS = {"date": "<date>", "figure": "<figure>", "entity": "<entity>"}


def build_claims(source: Source, mentions: Sequence[Mention]) -> list[Claim]:
    """Place each mention in its sentence and say what it is about."""
    locator = Locator(source.text)
    sentences = _Sentences(source.text, mentions)
    claims = []
    for mention in mentions:
        quote_start, quote_end = locator.sentence(mention.start, mention.end)
        sentence, context = sentences.get(quote_start, quote_end)
        offset, end = mention.start - quote_start, mention.end - quote_start
        previous = _previous(source.text, locator, quote_start)
        claims.append(Claim(
            source=source.id,
            kind=mention.kind,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            value=mention.value,
            # Interned: a corpus names a few subjects and attributes in hundreds of thousands of claims.
            subject=sys.intern(mention.subject or subject_of(sentence, offset, end, previous)),
            attribute=sys.intern(mention.attribute or attribute_of(sentence, offset, end, mention.kind)),
            quote=sentence,
            quote_start=quote_start,
            line=locator.line(mention.start),
            context=context,
            group=f"{source.id}:{mention.group}" if mention.group >= 0 else "",
        ))
    return claims


class _Sentences:
    """Each sentence of a source and its masked form, made once and shared by its claims.

    A sentence holds several values; one string per sentence, not per claim, keeps the
    claims of a large corpus in memory.
    """

    def __init__(self, text: str, mentions: Sequence[Mention]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.made: dict[tuple[int, int], tuple[str, str]] = {}

    def get(self, start: int, end: int) -> tuple[str, str]:
        """Return the sentence at [start, end) and its masked form."""
        if (start, end) not in self.made:
            sentence = self.text[start:end]
            first, last = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
            inside = self.mentions[first:last]
            self.made[start, end] = sentence, masked(sentence, start, inside)
        return self.made[start, end]


def _previous(text: str, locator: Locator, sentence_start: int) -> str:
    """Return the sentence before the one at `sentence_start`, if in the same paragraph."""
    if sentence_start == 0:
        return ""
    start, end = locator.sentence(sentence_start - 1, sentence_start - 1)
    return "" if "\n\n" in text[start:sentence_start] or start >= sentence_start else text[start:end]


def masked(sentence: str, sentence_start: int, mentions: Sequence[Mention]) -> str:
    """Return the sentence with every value mention in it replaced by a placeholder."""
    pieces, cursor = [], 0
    sentence_end = sentence_start + len(sentence)
    for mention in sorted(mentions, key=lambda m: m.start):
        start, end = mention.start - sentence_start, mention.end - sentence_start
        if mention.start < sentence_start or mention.end > sentence_end or start < cursor:
            continue
        pieces += [sentence[cursor:start], _MASKS[mention.kind]]
        cursor = end
    pieces.append(sentence[cursor:])
    return "".join(pieces)
