"""Durations and offsets that carry claims: "twelve days later", "after three days".

They become figure mentions with a time unit (day, week, month, year), so that two
sources giving the same interval between two events are found to agree. A duration counts
only when it places an event ("later", "after", "within", "for"); "ten years old" and
"three years ago" (a date, see relative_dates) are not durations here.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..model import FigureValue, Mention, Source
from ..numbers import UNITS, parse_number
from .anchored import alternation, lowered, matches, word_occurrences

_WORD = "|".join(sorted((w for w in UNITS if w not in ("a", "an")), key=len, reverse=True))
_AMOUNT = rf"(?:\d+|(?:{_WORD})(?:[-\s](?:{_WORD}))*|an?|a\s+few|several|a\s+couple\s+of)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_PATTERN = re.compile(
    rf"""\b(?:
        (?P<lead>after|within|for)\s+(?P<lead_amount>{_AMOUNT}\s+)?(?P<lead_unit>{_UNIT})
      | (?P<amount>{_AMOUNT}\s+)?(?P<unit>{_UNIT})\s+(?P<tail>later|after|earlier|before|afterwards?)
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
_VAGUE = {"a few", "several"}  # at least two, how many more is not said

# Every match holds one time noun; before it stand at most a lead word and amount words,
# matched backwards on the reversed text (longest first, and no word ends another, so the
# run is never cut short; `alternation` shares their prefixes).
_TIME_NOUNS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
_LEAD_WORDS = [*UNITS, "few", "several", "couple", "of", "after", "within", "for"]
_REVERSED_LEAD = re.compile(
    r"(?:[-\s]+(?:\d+|" + alternation(word[::-1] for word in _LEAD_WORDS) + "))*", re.IGNORECASE)


def extract(source: Source) -> list[Mention]:
    """Find durations and offsets in a source's text."""
    mentions = []
    for match in candidates(source.text):
        amount = match["lead_amount"] or match["amount"]
        unit = (match["lead_unit"] or match["unit"]).lower()
        if match["tail"] and not amount:
            continue  # "days later" alone is a phrase, not a stated interval
        value = duration(amount, unit)
        if value is not None:
            mentions.append(Mention("figure", match.start(), match.end(), match[0], value))
    return mentions


def candidates(text: str):
    """Yield the matches of the duration pattern, trying it only before the time nouns."""
    lower = lowered(text)
    if lower is None:
        return _PATTERN.finditer(text)
    return matches(_PATTERN, text, word_occurrences(lower, _TIME_NOUNS), _REVERSED_LEAD)


def duration(amount: str | None, unit: str) -> FigureValue | None:
    """Return the figure for "twelve days", "two decades" or "weeks" (at least two weeks)."""
    unit = unit.rstrip("s")
    scale = Decimal(10) if unit == "decade" else Decimal(1)
    unit = "year" if unit == "decade" else unit
    words = re.sub(r"\s+", " ", (amount or "").strip().lower())
    if not words or words in _VAGUE:
        return FigureValue(Decimal(2) * scale, None, "ge", unit)
    if words == "a couple of":
        return FigureValue(Decimal(2) * scale, Decimal(2) * scale, "approx", unit)
    number = parse_number(words)
    if number is None:
        return None
    return FigureValue(number * scale, number * scale, "eq", unit)
