"""Values written for people: in reasons, terminal and HTML reports."""
from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal
from typing import Optional

from .model import DateValue, EntityValue, FigureValue, Value
from .numbers import vague_words
from .units import SYMBOLS, plural
from .vocabulary import MONTHS

_BOUND_WORDS = {"gt": "over ", "ge": "at least ", "lt": "under ", "le": "up to ", "approx": "about "}
_SCALES = [(Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]


def describe(subject: str, attribute: str, fallback: str = "") -> str:
    """Return what a finding is about: "Llama 3 / release", or `fallback` when nothing is known."""
    return " / ".join(part for part in (subject, attribute) if part) or fallback


def show(value: Value) -> str:
    """Return a short human form of a normalised value."""
    if isinstance(value, DateValue):
        return show_date(value)
    if isinstance(value, FigureValue):
        return show_figure(value)
    if isinstance(value, EntityValue):
        return value.text
    return "(unresolved)"


def show_date(value: DateValue) -> str:
    """Return a date interval as a reader writes it: "July 2023", "late 2022", "2019-2021", "since 2023"."""
    start, end, grain = value.start, value.end, value.granularity
    if value.fiscal:  # "FY2024-Q2": its days are those of no known calendar
        return value.fiscal
    if start is None and end is None:
        return "any time"
    if start is None:
        return f"through {_endpoint(end, grain, last=True)}"
    if end is None:
        return f"since {_endpoint(start, grain, last=False)}"
    named = _named(start, end, grain)
    if named:
        return named
    for unit in ([grain] if grain in _UNITS and grain != "day" else []) + ["year", "month"]:
        if _UNITS[unit](start)[0] == start and _UNITS[unit](end)[1] == end:
            return _join(_LABELS[unit](start), _LABELS[unit](end))
    return _day_range(start, end)


def _month(date: dt.date) -> str:
    """The month's English name, whatever the process's locale (strftime's %B follows it)."""
    return MONTHS[date.month - 1].capitalize()


def _month_end(date: dt.date) -> dt.date:
    return date.replace(day=calendar.monthrange(date.year, date.month)[1])


def _months(date: dt.date, size: int) -> tuple[dt.date, dt.date]:
    """Return the block of `size` months (a quarter, a half) holding `date`."""
    first = date.replace(month=(date.month - 1) // size * size + 1, day=1)
    return first, _month_end(first.replace(month=first.month + size - 1))


# The calendar unit of each granularity that holds a date, and how a reader names it.
_UNITS = {
    "day": lambda d: (d, d),
    "week": lambda d: (d - dt.timedelta(days=d.weekday()), d + dt.timedelta(days=6 - d.weekday())),
    "month": lambda d: (d.replace(day=1), _month_end(d)),
    "quarter": lambda d: _months(d, 3),
    "half": lambda d: _months(d, 6),
    "year": lambda d: (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)),
    "decade": lambda d: (dt.date(d.year // 10 * 10, 1, 1), dt.date(d.year // 10 * 10 + 9, 12, 31)),
}
_LABELS = {
    "day": lambda d: f"{_month(d)} {d.day}, {d.year}",
    "week": lambda d: f"the week of {_LABELS['day'](_UNITS['week'](d)[0])}",
    "month": lambda d: f"{_month(d)} {d.year}",
    "quarter": lambda d: f"Q{(d.month - 1) // 3 + 1} {d.year}",
    "half": lambda d: f"H{(d.month - 1) // 6 + 1} {d.year}",
    "year": lambda d: str(d.year),
    "decade": lambda d: f"{d.year // 10 * 10}s",
}
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_PARTS = ("early", "mid", "late")


def _named(start: dt.date, end: dt.date, grain: str) -> Optional[str]:
    """Name an interval that is exactly one unit: a day, a month, a season, a part, a year."""
    if grain in _UNITS and _UNITS[grain](start) == (start, end):
        return _LABELS[grain](start)
    if grain == "season" and start.day == 1 and start.month in _SEASONS and _three_months(start, end):
        if start.month == 12:
            return f"winter {start.year}-{(start.year + 1) % 100:02d}"
        return f"{_SEASONS[start.month]} {start.year}"
    if grain == "part":
        return _part(start, end)
    return None


def _three_months(start: dt.date, end: dt.date) -> bool:
    index = start.year * 12 + start.month + 1
    return end == _month_end(dt.date(index // 12, index % 12 + 1, 1))


def _part(start: dt.date, end: dt.date) -> Optional[str]:
    """Name early, mid or late of a month, a year or a decade; None for any other span."""
    year_parts = [(dt.date(start.year, first, 1), _month_end(dt.date(start.year, first + 3, 1)))
                  for first in (1, 5, 9)]
    month_parts = [(start.replace(day=first), start.replace(day=last)) for first, last in ((1, 10), (11, 20))]
    month_parts.append((start.replace(day=21), _month_end(start)))
    decade = start.year // 10 * 10
    decade_parts = [(dt.date(decade + first, 1, 1), dt.date(decade + last, 12, 31)) for first, last in
                    ((0, 3), (3, 6), (6, 9))]
    for parts, name in ((year_parts, str(start.year)), (month_parts, f"{_month(start)} {start.year}"),
                        (decade_parts, f"{decade}s")):
        if (start, end) in parts:
            word = _PARTS[parts.index((start, end))]
            return f"{word}{'-' if word == 'mid' else ' '}{name}"
    if start.month == end.month and start.year == end.year and start.day == 1 and end == _month_end(start):
        return _LABELS["month"](start)  # midsummer is July
    return None


def _endpoint(date: dt.date, grain: str, last: bool) -> str:
    """Name the open interval's known end: its whole unit when it starts or ends one, else the day."""
    bounds = _UNITS.get(grain, _UNITS["day"])(date)
    return _LABELS[grain](date) if grain in _UNITS and bounds[last] == date else _LABELS["day"](date)


def _join(first: str, last: str) -> str:
    """Write a range of two labels: "2019-2021", "December 2024 - January 2025"."""
    if first == last:
        return first
    return f"{first}-{last}" if " " not in first + last else f"{first} - {last}"


def _day_range(start: dt.date, end: dt.date) -> str:
    """Write a range of days as briefly as it stays clear: "July 13-15, 2024"."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{_month(start)} {start.day}-{end.day}, {start.year}"
    if start.year == end.year:
        return f"{_month(start)} {start.day} - {_month(end)} {end.day}, {start.year}"
    return f"{_LABELS['day'](start)} - {_LABELS['day'](end)}"


def show_figure(value: FigureValue) -> str:
    """Write a figure as a reader would: "over $13.7 billion", "thousands of developers"."""
    vague = vague_words(value.low, value.high) if value.bound == "range" else None
    if vague:  # read from "thousands of developers": its made-up ends would mislead
        counted = value.unit.islower() and value.unit not in SYMBOLS
        return f"{vague} of {plural(value.unit) if counted else value.unit}"
    places = value.decimals
    if value.bound == "range":
        low = _amount(value.low, value.unit, places) if value.unit == "USD" else number(value.low, places)
        return f"{low}-{_amount(value.high, value.unit, places)}"
    stated = value.low if value.low is not None else value.high
    return _BOUND_WORDS.get(value.bound, "") + _amount(stated, value.unit, places)


def _amount(value: Optional[Decimal], unit: str, decimals: Optional[int] = None) -> str:
    """Write a number with its unit: "$40 billion", "61%", "600 million times", "8 GB"."""
    amount = number(value, decimals)
    if unit == "USD":
        return f"${amount}"
    if unit == "%":
        return f"{amount}%"
    if unit.islower() and unit.isalpha() and unit not in SYMBOLS and value != 1:
        return f"{amount} {plural(unit)}"  # a counted noun: "600 million times"
    return f"{amount} {unit}"


def number(value: Optional[Decimal], decimals: Optional[int] = None) -> str:
    """Write a number, in millions or more as a scale word; with the places written after its
    decimal point when `decimals` gives them ("$3.50", "$13.70 billion", see FigureValue)."""
    if value is None:
        return "?"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_as_written(value / scale, decimals, len(str(scale)) - 1):f} {word}"
    written = _as_written(value, decimals, 0)
    return f"{written:,f}" if written == written.to_integral_value() and decimals is None else f"{written:f}"


def _as_written(value: Decimal, decimals: Optional[int], shift: int) -> Decimal:
    # `value` counts units of 10**shift: its places are the written ones less the shift.
    places = None if decimals is None else decimals + shift
    if places is None or places <= 0:
        return value.normalize()
    return value.quantize(Decimal(1).scaleb(-places))
