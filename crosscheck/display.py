"""Values written for people: in reasons, terminal and HTML reports."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from .model import DateValue, EntityValue, FigureValue, Value

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
        return f"{number(value.low)}-{number(value.high)} {value.unit}"
    stated = value.low if value.low is not None else value.high
    amount = number(stated)
    if value.unit in ("USD",):
        text = f"${amount}"
    elif value.unit == "%":
        text = f"{amount}%"
    else:
        text = f"{amount} {value.unit}"
    return _BOUND_WORDS.get(value.bound, "") + text


def number(value: Optional[Decimal]) -> str:
    if value is None:
        return "?"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{(value / scale).normalize():f} {word}"
    return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value.normalize():f}"
