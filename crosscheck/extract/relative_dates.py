"""Dates relative to the document: "last year", "Wednesday", "three years ago", "this summer".

They resolve against the source's publication date (the anchor); with no anchor they are
still reported, with no value, so nothing is compared against a guess.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import DateValue, Resolution
from ..numbers import parse_number
from . import intervals, tense

_SHIFT = {"last": -1, "this": 0, "next": 1, "coming": 1}
# A capitalised word before a weekday makes it a name: "Black Friday", "Ash Wednesday".
# "the world of tomorrow", "the technology of yesterday": an age, not a day.
_FIGURATIVE = re.compile(r"\bof\s+\Z", re.IGNORECASE)
# A weekday that is part of a name, not a day: "Black Friday" is a holiday (read there), the
# others name no day in particular or one of another calendar.
_NAMED_DAYS = re.compile(r"(?:\b(?:Black|Cyber|Super|Good|Holy|Maundy|Ash|Easter|Palm|Bloody|Fat|Shrove"
                         r"|Giving|Small\s+Business|Mad|Manic|Casual|Throwback|Fun|Trinity|Low|Whit)"
                         r"|\bJoe|\bGirl|\bMan|\bRobinson|\bWednesday\s+Addams)\s+\Z", re.IGNORECASE)
# A weekday before a capitalised word is part of a title: "Friday Night Lights", "Monday Night Football".
_NAME_AFTER = re.compile(r"\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z]|['’]s\s+Child\b")


def relative(text: str, match: re.Match, anchor: dt.date | None) -> list[tuple]:
    """Resolve one relative phrase; [] when it is not a date after all.

    Each found item is (start, end, value, resolution): how the phrase was placed.
    """
    phrase = match["relative"]
    words = ["year" if word == "yr" else word for word in phrase.lower().split()]  # "last yr"
    start = match.start()
    if words[-1] in intervals.WEEKDAYS and (_NAMED_DAYS.search(text, max(0, start - 20), start)
                                            or _NAME_AFTER.match(text, match.end())):
        return []
    if words[-1] in ("yesterday", "tomorrow") and _FIGURATIVE.search(text, max(0, start - 4), start):
        return []
    if anchor is None:
        return [(match.start(), match.end(), None, None)]
    try:
        return _placed(text, match, words, anchor)
    except (ValueError, OverflowError):  # before year 1 or after 9999: no date to give
        return [(match.start(), match.end(), None, None)]


def _placed(text: str, match: re.Match, words: list[str], anchor: dt.date) -> list[tuple]:
    """Resolve a relative phrase against the anchor, in the direction its clause points."""
    phrase = match["relative"]
    if words[-1][:1].isdigit():  # "on the 15th": that day of the month the clause points to
        way = tense.direction(text, match.start(), match.end())
        if not way.cue and not tense.past_nearby(text, match.start(), match.end()):
            way = tense.Direction(True, "")  # the coming one, as a yearless month-day this close is
        value = _day_of_month(intervals.day_number(words[-1]), anchor, way.forward)
        resolution = Resolution(anchor, "forward" if way.forward else "back", way.cue)
        return [(match.start(), match.end(), value, resolution)] if value else []
    if words[-1] in intervals.WEEKDAYS and words[0] not in ("last", "next"):
        way = tense.direction(text, match.start(), match.end())
        if words[0] == "this" and not way.cue:  # "this Friday" is the coming one unless a verb says otherwise
            way = tense.Direction(True, "this")
        resolution = Resolution(anchor, "forward" if way.forward else "back", way.cue)
        value = _weekday(intervals.weekday_number(words[-1]), anchor, way.forward)
    else:
        resolution = Resolution(anchor, "stated", phrase.lower())
        value = _resolve(words, anchor)
    return [(match.start(), match.end(), value, resolution)] if value else []


def _weekday(weekday: int, anchor: dt.date, forward: bool) -> DateValue:
    """Return the weekday nearest the anchor, on or before it, or on or after it if `forward`.

    The publication day itself is a candidate both ways: "what Obama will unveil on Friday" in
    an article dated that Friday is that Friday.
    """
    if forward:
        return intervals.day(anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7))
    return intervals.recent_weekday(weekday, anchor)


def _day_of_month(day: int, anchor: dt.date, forward: bool) -> DateValue | None:
    """Return the day of the month nearest the anchor, on or before it, or on or after it if
    `forward`, skipping months too short for it ("on the 31st")."""
    step = 1 if forward else -1
    index = anchor.year * 12 + anchor.month - 1
    for _ in range(3):
        try:
            candidate = dt.date(index // 12, index % 12 + 1, day)
        except ValueError:
            candidate = None
        if candidate and (candidate >= anchor if forward else candidate <= anchor):
            return intervals.day(candidate)
        index += step
    return None


def _resolve(words: list[str], anchor: dt.date) -> DateValue | None:
    if words[-1] in intervals.WEEKDAYS:
        weekday = intervals.weekday_number(words[-1])
        if words[0] == "last":
            return intervals.recent_weekday(weekday, anchor - dt.timedelta(days=1))
        return intervals.recent_weekday(weekday, anchor, True)  # "next Friday": after the anchor
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
    if unit == "week":  # news weeks run Sunday to Saturday: Sunday's "last week" is the one just ended
        return intervals.news_week_of(anchor + dt.timedelta(weeks=shift))
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
    """Return "earlier this year" (start of the year to the anchor) or "later this month" or "week"."""
    whole = intervals.year(anchor.year) if unit == "year" else _shifted(0, unit, anchor)
    if which == "earlier":
        return DateValue(whole.start, anchor, "part")
    return DateValue(anchor, whole.end, "part")
