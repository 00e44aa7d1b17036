"""Values written for people: in reasons, terminal and HTML reports."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from .model import DateValue, EntityValue, FigureValue, Value
from .units import plural

_BOUND_WORDS = {"gt": "over ", "ge": "at least ", "lt": "under ", "le": "up to ", "approx": "about "}
_SCALES = [(Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]


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
    start, end = value.start, value.end
    if start is None or end is None:
        return f"before {end.isoformat()}" if end else f"since {start.isoformat()}" if start else "?"
    if value.granularity == "day" and start == end:
        return f"{start:%B} {start.day}, {start.year}"
    if value.granularity == "month" and (start.year, start.month) == (end.year, end.month):
        return f"{start:%B %Y}"
    if value.granularity == "year" and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}..{end.isoformat()}"


def show_figure(value: FigureValue) -> str:
    if value.bound == "range":
        low = _amount(value.low, value.unit) if value.unit == "USD" else number(value.low)
        return f"{low}-{_amount(value.high, value.unit)}"
    stated = value.low if value.low is not None else value.high
    return _BOUND_WORDS.get(value.bound, "") + _amount(stated, value.unit)


def _amount(value: Optional[Decimal], unit: str) -> str:
    """Write a number with its unit: "$40 billion", "61%", "600 million times", "8 GB"."""
    amount = number(value)
    if unit == "USD":
        return f"${amount}"
    if unit == "%":
        return f"{amount}%"
    if unit.islower() and unit.isalpha() and value != 1:
        return f"{amount} {plural(unit)}"  # a counted noun: "600 million times"
    return f"{amount} {unit}"


def number(value: Optional[Decimal]) -> str:
    if value is None:
        return "?"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{(value / scale).normalize():f} {word}"
    return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value.normalize():f}"
