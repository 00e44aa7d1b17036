"""Figure values compared as intervals, with tolerances for rounding and hedges."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional, Tuple

from ..config import Config
from ..model import FigureValue


def _interval(value: FigureValue, config: Config) -> Tuple[Optional[Decimal], Optional[Decimal]]:
    tolerance = config.hedge_tolerance if value.bound == "approx" else config.figure_tolerance
    slack = Decimal(str(tolerance))
    low = None if value.low is None else value.low - abs(value.low) * slack
    high = None if value.high is None else value.high + abs(value.high) * slack
    return low, high


def same(a: FigureValue, b: FigureValue, config: Config) -> bool:
    if a.bound != b.bound or a.unit != b.unit:
        return False
    tolerance = Decimal(str(config.figure_tolerance))
    return _close(a.low, b.low, tolerance) and _close(a.high, b.high, tolerance)


def _close(x: Optional[Decimal], y: Optional[Decimal], tolerance: Decimal) -> bool:
    if x is None or y is None:
        return x is y
    return abs(x - y) <= max(abs(x), abs(y)) * tolerance


def consistent(a: FigureValue, b: FigureValue, config: Config) -> bool:
    """Both can be true once bounds, hedges and rounding are allowed for."""
    if a.unit != b.unit:
        return False
    (a_low, a_high), (b_low, b_high) = _interval(a, config), _interval(b, config)
    return (a_low is None or b_high is None or a_low <= b_high) and (
        b_low is None or a_high is None or b_low <= a_high)


def explain(a: FigureValue, b: FigureValue) -> str:
    x, y = a.low if a.low is not None else a.high, b.low if b.low is not None else b.high
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return ""
    return f" ({abs(x - y) / max(abs(x), abs(y)):.0%} apart)"
