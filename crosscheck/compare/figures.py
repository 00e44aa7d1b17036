"""Figure values compared as intervals, with a tolerance for rounding and hedges."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional, Tuple

from ..model import FigureValue

# Relative tolerances: rounding of an exact figure, and the spread a hedge ("about") allows.
ROUNDING = Decimal("0.005")
HEDGE = Decimal("0.10")


def _interval(value: FigureValue) -> Tuple[Optional[Decimal], Optional[Decimal]]:
    slack = HEDGE if value.bound == "approx" else ROUNDING
    low = None if value.low is None else value.low - abs(value.low) * slack
    high = None if value.high is None else value.high + abs(value.high) * slack
    return low, high


def same(a: FigureValue, b: FigureValue) -> bool:
    if a.bound != b.bound or a.unit != b.unit:
        return False
    return _close(a.low, b.low) and _close(a.high, b.high)


def _close(x: Optional[Decimal], y: Optional[Decimal]) -> bool:
    if x is None or y is None:
        return x is y
    return abs(x - y) <= max(abs(x), abs(y)) * ROUNDING


def consistent(a: FigureValue, b: FigureValue) -> bool:
    """Both can be true once bounds, hedges and rounding are allowed for."""
    if a.unit != b.unit:
        return False
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return (a_low is None or b_high is None or a_low <= b_high) and (
        b_low is None or a_high is None or b_low <= a_high)


def explain(a: FigureValue, b: FigureValue) -> str:
    x, y = a.low if a.low is not None else a.high, b.low if b.low is not None else b.high
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return ""
    return f" ({abs(x - y) / max(abs(x), abs(y)):.0%} apart)"
