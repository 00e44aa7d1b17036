"""Figure values compared as intervals, allowing for rounding, hedges and open bounds.

A figure is compared at the precision it is written: a count under a thousand ("12 stores")
is exact; a rounded figure ("13.7 billion", "61%") may stand for anything within half its
last digit; an explicit bound ("up to $5 billion", "more than 90%") is exact on its bounded
side; a hedge ("about 61%") keeps its tolerance. Two widened intervals that only touch (12
read as up to 12.5, 13 as from 12.5) do not overlap: the two figures differ.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional, Tuple

from ..config import Config
from ..model import FigureValue

Interval = Tuple[Optional[Decimal], Optional[Decimal]]


def same(a: FigureValue, b: FigureValue, config: Config) -> bool:
    """Tell two figures that state the same value: same unit and bound, equal within tolerance."""
    if a.bound != b.bound or a.unit != b.unit:
        return False
    tolerance = Decimal(str(config.figure_tolerance))
    return _close(a.low, b.low, tolerance) and _close(a.high, b.high, tolerance)


def consistent(a: FigureValue, b: FigureValue, config: Config) -> bool:
    """Tell two figures that can both be true once bounds, hedges and rounding are allowed for."""
    if a.unit != b.unit:
        return False
    wide_a, wide_b = _widened(a, config), _widened(b, config)
    if _gap(wide_a, wide_b) != 0:
        return False
    return not _touching(wide_a, wide_b) or _gap((a.low, a.high), (b.low, b.high)) == 0


def explain(a: FigureValue, b: FigureValue) -> str:
    """Say how far apart two conflicting figures are, relative to the larger one."""
    if a.unit != b.unit:
        return f" (different units: {a.unit} and {b.unit})"
    gap = _gap((a.low, a.high), (b.low, b.high))
    size = max(abs(x) for x in (a.low, a.high, b.low, b.high, Decimal(0)) if x is not None)
    if not gap or not size:
        return ""
    share = gap / size
    return f" ({share:.1%} apart)" if share < Decimal("0.01") else f" ({share:.0%} apart)"


def rounding(number: Decimal, unit: str = "") -> Decimal:
    """Return half a unit of the last digit a figure states: 13.7 billion -> 0.05 billion, 3.50 -> 0.005.

    A whole count under a thousand ("12 stores", "18 states") is exact: 0.
    """
    if unit and _counted(unit) and abs(number) < 1000 and number == number.to_integral_value():
        return Decimal(0)
    scale = Decimal(1)
    while abs(number) >= scale * 1000 and scale < Decimal(10) ** 12:
        scale *= 1000  # read the number as written: "13.7 billion", "600 million", "61%"
    # Not normalised: a figure that keeps the zeros it was written with ("3.50") states them.
    exponent = (number / scale).as_tuple().exponent
    unit = Decimal(10) ** exponent if isinstance(exponent, int) and exponent < 0 else Decimal(1)
    return unit * scale / 2


def written_rounding(decimals: int) -> Decimal:
    """Return half a unit of the last place written after a decimal point: "3.50" (2) -> 0.005,
    "13.70 billion" (-7) -> 5,000,000."""
    return Decimal(1).scaleb(-decimals) / 2


def _widened(value: FigureValue, config: Config) -> Interval:
    # 3.50 equals 3.5 (and hashes alike) but states hundredths: the digits written are part of the key.
    return _widened_as_written(value, _exponent(value.low), _exponent(value.high), value.decimals, config)


def _exponent(number: Optional[Decimal]):
    return None if number is None else number.as_tuple().exponent


@lru_cache(maxsize=65536)  # a figure is compared with each of its partners: widened once
def _widened_as_written(value: FigureValue, low_exponent, high_exponent, decimals: Optional[int],
                        config: Config) -> Interval:
    relative = config.hedge_tolerance if value.bound == "approx" else config.figure_tolerance
    slack = Decimal(str(relative))

    def widen(x: Optional[Decimal], sign: int, bounded: bool) -> Optional[Decimal]:
        if x is None or bounded:  # "up to $5 billion" is at most $5 billion, not $5.5 billion
            return x
        # The places written after a decimal point, when the reader kept them ("$3.50"), say
        # how the figure was rounded; otherwise the digits of the value itself do.
        step = rounding(x, value.unit) if decimals is None else written_rounding(decimals)
        return x + sign * max(abs(x) * slack, step)

    return (widen(value.low, -1, value.bound in _LOWER_BOUNDS),
            widen(value.high, 1, value.bound in _UPPER_BOUNDS))


_LOWER_BOUNDS = ("gt", "ge")  # the low side is stated exactly
_UPPER_BOUNDS = ("lt", "le")


def _counted(unit: str) -> bool:
    """Tell a counted noun ("store", "state") from a percentage or a currency (ISO 4217 code)."""
    return unit != "%" and not (len(unit) == 3 and unit.isupper())


def _touching(a: Interval, b: Interval) -> bool:
    """Tell whether two intervals share one end and nothing else."""
    (a_low, a_high), (b_low, b_high) = a, b
    return (a_high is not None and a_high == b_low) or (b_high is not None and b_high == a_low)


def _gap(a: Interval, b: Interval) -> Decimal:
    """Return the distance between two intervals (None is an open side), 0 if they overlap."""
    (a_low, a_high), (b_low, b_high) = a, b
    if a_high is not None and b_low is not None and a_high < b_low:
        return b_low - a_high
    if b_high is not None and a_low is not None and b_high < a_low:
        return a_low - b_high
    return Decimal(0)


def _close(x: Optional[Decimal], y: Optional[Decimal], tolerance: Decimal) -> bool:
    if x is None or y is None:
        return x is y
    return abs(x - y) <= max(abs(x), abs(y)) * tolerance
