"""Calendar intervals as DateValues: years, months, seasons, parts, quarters, and relative days.

Pure functions over numbers and dates; the date extractor decides which one a phrase means.
"""
from __future__ import annotations

import calendar
import datetime as dt

from ..model import DateValue
from ..vocabulary import MONTHS, SEASONS, WEEKDAYS, month_number, weekday_number  # noqa: F401 (re-exported)
from ..vocabulary import ORDINAL_WORDS as DAY_WORDS
from ..vocabulary import PERIOD_ORDINALS as ORDINALS  # noqa: F401 (re-exported)


def day_number(text: str) -> int:
    """Return the day of the month "15", "15th", "fifteenth" or "twenty first" names."""
    digits = text.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return DAY_WORDS[" ".join(text.lower().split()).replace(" ", "-")]


def day(date: dt.date) -> DateValue:
    return DateValue(date, date, "day")


def year(number: int) -> DateValue:
    return DateValue(dt.date(number, 1, 1), dt.date(number, 12, 31), "year")


def month(number: int, month_index: int) -> DateValue:
    return DateValue(dt.date(number, month_index, 1), _month_end(number, month_index), "month")


def months(number: int, first: int, count: int, granularity: str) -> DateValue:
    """Return `count` months from month `first` of year `number` (may run into the next year)."""
    start = dt.date(number, first, 1)
    last_index = first + count - 2
    end = _month_end(number + last_index // 12, last_index % 12 + 1)
    return DateValue(start, end, granularity)


def season(name: str, number: int) -> DateValue:
    """Return a season of a year; the winter of YYYY runs from December YYYY to February."""
    return months(number, SEASONS[name.lower()], 3, "season")


def quarter(index: int, number: int) -> DateValue:
    return months(number, 3 * index - 2, 3, "quarter")


def half(index: int, number: int) -> DateValue:
    return months(number, 6 * index - 5, 6, "half")


def decade(first_year: int) -> DateValue:
    return DateValue(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def part(which: str, whole: DateValue) -> DateValue:
    """Return the early, mid or late part of a year, month or decade."""
    start, end = whole.start, whole.end
    if whole.granularity == "month":
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[which]
        return DateValue(start.replace(day=bounds[0]), start.replace(day=bounds[1]), "part")
    if whole.granularity == "decade":
        first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[which]
        return DateValue(dt.date(start.year + first, 1, 1), dt.date(start.year + last, 12, 31), "part")
    first = {"early": 1, "mid": 5, "late": 9}[which]  # four months each, as the contract says
    return months(start.year, first, 4, "part")


def span(first: DateValue, last: DateValue) -> DateValue:
    """Return the range from the start of `first` to the end of `last`."""
    return DateValue(first.start, last.end, first.granularity)


def open_ended(word: str, value: DateValue) -> DateValue | None:
    """Return the open interval "since/after/before/by/until" a date gives, None for other words."""
    word = word.lower()
    if word in ("since", "from"):
        return DateValue(value.start, None, value.granularity)
    if word == "after":
        return DateValue(value.end + dt.timedelta(days=1), None, value.granularity)
    if word == "before":
        return DateValue(None, value.start - dt.timedelta(days=1), value.granularity)
    if word in ("by", "until", "till"):
        return DateValue(None, value.end, value.granularity)
    return None


def recent_weekday(weekday: int, anchor: dt.date, future: bool = False) -> DateValue:
    """Return the latest such weekday on or before `anchor` (the next one after it if `future`)."""
    if future:
        return day(anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1))
    return day(anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7))


def nth_weekday(number: int, month_index: int, weekday: int, nth: int) -> dt.date:
    """Return the nth such weekday of a month (nth=-1: the last), as holidays are set."""
    if nth < 0:
        last = _month_end(number, month_index)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(number, month_index, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def week_of(date: dt.date) -> DateValue:
    monday = date - dt.timedelta(days=date.weekday())
    return DateValue(monday, monday + dt.timedelta(days=6), "week")


def news_week_of(date: dt.date) -> DateValue:
    """Return the week, Sunday to Saturday as US news counts it, that holds `date`."""
    sunday = date - dt.timedelta(days=(date.weekday() + 1) % 7)
    return DateValue(sunday, sunday + dt.timedelta(days=6), "week")


def _month_end(number: int, month_index: int) -> dt.date:
    return dt.date(number, month_index, calendar.monthrange(number, month_index)[1])
