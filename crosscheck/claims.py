"""Turn a source's mentions into claims: sentence, line, subject, attribute, masked context."""
from __future__ import annotations

from collections.abc import Sequence

from .context import attribute_of, subject_of
from .model import Claim, Mention, Source
from .text import Locator

_MASKS = {"date": "<date>", "figure": "<figure>", "entity": "<entity>"}


def build_claims(source: Source, mentions: Sequence[Mention]) -> list[Claim]:
    """Place each mention in its sentence and say what it is about."""
    locator = Locator(source.text)
    claims = []
    for mention in mentions:
        quote_start, quote_end = locator.sentence(mention.start, mention.end)
        sentence = source.text[quote_start:quote_end]
        offset, end = mention.start - quote_start, mention.end - quote_start
        previous = _previous(source.text, locator, quote_start)
        claims.append(Claim(
            source=source.id,
            kind=mention.kind,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            value=mention.value,
            subject=mention.subject or subject_of(sentence, offset, end, previous),
            attribute=mention.attribute or attribute_of(sentence, offset, end, mention.kind),
            quote=sentence,
            quote_start=quote_start,
            line=locator.line(mention.start),
            context=masked(sentence, quote_start, mentions),
            group=f"{source.id}:{mention.group}" if mention.group >= 0 else "",
        ))
    return claims


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
