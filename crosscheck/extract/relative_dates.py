"""Dates relative to the document: "last year", "Wednesday", "three years ago", "this summer".

They resolve against the source's publication date (the anchor); with no anchor they are
still reported, with no value, so nothing is compared against a guess.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import DateValue
from ..numbers import parse_number
from . import intervals

_SHIFT = {"last": -1, "this": 0, "next": 1, "coming": 1}
_FUTURE = re.compile(r"\b(?:will|next|coming|upcoming|scheduled)\b", re.IGNORECASE)
# A capitalised word before a weekday makes it a name: "Black Friday", "Ash Wednesday".
# "the world of tomorrow", "the technology of yesterday": an age, not a day.
_FIGURATIVE = re.compile(r"\bof\s+\Z", re.IGNORECASE)
_NAMED_DAY = re.compile(r"\b(?!On\b|By\b|Since\b|Until\b|Last\b|Next\b|This\b)[A-Z][a-z]+\s+$")


def future_marked(text: str, start: int) -> bool:
    """Tell whether the words just before `start` put a date in the future ("will", "next")."""
    before = text[max(0, start - 250):start]  # a long sentence may name its verb far ahead
    sentence = re.split(r"[.!?]\s+(?=[A-Z“\"])", before)[-1]  # not after "Sept. 30"
    return bool(_FUTURE.search(sentence))


def relative(text: str, match: re.Match, anchor: dt.date | None) -> list[tuple[int, int, DateValue | None]]:
    """Resolve one relative phrase; [] when it is not a date after all."""
    phrase = match["relative"]
    words = phrase.lower().split()
    named = _NAMED_DAY.search(text[max(0, match.start() - 20):match.start()])
    if words[-1] in intervals.WEEKDAYS and named:
        return []
    start = match.start()
    if words[-1] in ("yesterday", "tomorrow") and _FIGURATIVE.search(text, max(0, start - 4), start):
        return []
    if anchor is None:
        return [(match.start(), match.end(), None)]
    try:
        value = _resolve(words, anchor, future_marked(text, match.start()))
    except (ValueError, OverflowError):  # before year 1 or after 9999: no date to give
        return [(match.start(), match.end(), None)]
    return [(match.start(), match.end(), value)] if value else []


def _resolve(words: list[str], anchor: dt.date, future: bool) -> DateValue | None:
    if words[-1] in intervals.WEEKDAYS:
        weekday = intervals.weekday_number(words[-1])
        if words[0] == "last":
            return intervals.recent_weekday(weekday, anchor - dt.timedelta(days=1))
        return intervals.recent_weekday(weekday, anchor, future or words[0] == "next")
    if words[-1] in ("yesterday", "tomorrow"):
        return intervals.day(anchor + dt.timedelta(days=-1 if words[-1] == "yesterday" else 1))
    if words[-1] == "ago":
        return _ago(" ".join(words[:-2]), words[-2].rstrip("s"), anchor)
    if words[1] == "past":
        return _past(words[-1], anchor)
    if words[0] in ("earlier", "later"):
        return _rest_of(words[0], words[-1], anchor)
    return _shifted(_SHIFT[words[0]], words[-1], anchor)


def _shifted(shift: int, unit: str, anchor: dt.date) -> DateValue:
    """Return last/this/next year, month, week or season around the anchor."""
    if unit == "year":
        return intervals.year(anchor.year + shift)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return intervals.month(index // 12, index % 12 + 1)
    if unit == "week":
        return intervals.week_of(anchor + dt.timedelta(weeks=shift))
    if unit in ("quarter", "qtr"):
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return intervals.quarter(index % 4 + 1, index // 4)
    current = intervals.season(unit, anchor.year)
    if unit == "winter" and anchor.month <= 2:  # January's "this winter" began the December before
        current = intervals.season(unit, anchor.year - 1)
    if shift < 0 and current.end >= anchor:  # "last summer" is over; this one is not yet
        current = intervals.season(unit, current.start.year - 1)
    if shift > 0:
        current = intervals.season(unit, current.start.year + 1)
    return current


def _past(unit: str, anchor: dt.date) -> DateValue:
    """Return "the past year", "month" or "week": the span of that length ending at the anchor."""
    if unit == "week":
        return DateValue(anchor - dt.timedelta(days=7), anchor, "week")
    months = 12 if unit == "year" else 1
    index = anchor.year * 12 + anchor.month - 1 - months
    start = dt.date(index // 12, index % 12 + 1, 1)
    return DateValue(start.replace(day=min(anchor.day, intervals.month(start.year, start.month).end.day)),
                     anchor, unit)


def _ago(amount: str, unit: str, anchor: dt.date) -> DateValue | None:
    number = parse_number(amount)
    if number is None:
        return None
    count = int(number)
    if unit == "year":
        return intervals.year(anchor.year - count)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - count
        return intervals.month(index // 12, index % 12 + 1)
    if unit == "week":
        return intervals.week_of(anchor - dt.timedelta(weeks=count))
    return intervals.day(anchor - dt.timedelta(days=count))


def _rest_of(which: str, unit: str, anchor: dt.date) -> DateValue:
    """Return "earlier this year" (start of the year to the anchor) or "later this month"."""
    whole = intervals.year(anchor.year) if unit == "year" else _shifted(0, "month", anchor)
    if which == "earlier":
        return DateValue(whole.start, anchor, "part")
    return DateValue(anchor, whole.end, "part")
