"""Which values tell, by being given at all, that two sources speak of one thing."""
from __future__ import annotations

import sys
from collections.abc import Sequence

from .model import Claim, DateValue, FigureValue


def specific(value) -> bool:
    """Tell whether two sources giving this value is itself evidence they speak of one thing.

    A day is; a month or a year is not (a story names several). A figure is when it is
    precise and not a small count ("two rivals"): "$1.7 trillion", "18 states", "7.8%"; and so
    is a bound on such a figure, "more than 18,000 people" (as rare a phrase as "18,000 people").
    """
    if isinstance(value, DateValue):
        return value.granularity in ("day", "week") and value.start is not None
    if isinstance(value, FigureValue):
        if value.bound in ("eq", "approx"):
            if value.low is None or value.high is None:
                return False
            stated = value.low
        elif value.bound in _BOUNDS:
            stated = value.low if value.high is None else value.high if value.low is None else None
            if stated is None:
                return False
        else:
            return False
        return abs(stated) >= 10 or stated != stated.to_integral_value() or _currency(value.unit)
    return False


_BOUNDS = ("gt", "ge", "lt", "le")  # one side stated: "more than 18,000", "up to $5 billion"


def anchors(claims: Sequence[Claim]) -> list[tuple[str, ...]]:
    """Return, for each claim, the telling figures its sentence gives besides its own.

    Two sentences that share one ("a cut of 1.9 percent for 2015" / "by 1.9 percent in 2015")
    are one statement reworded, whatever else differs. Found in the claims stage, where every
    value of a sentence is at hand, so that alignment of one kind of claim needs no other.
    """
    told: dict[tuple[str, int], set[str]] = {}
    values = [repr(claim.value) for claim in claims]
    for claim, value in zip(claims, values):
        # Figures only: a weekday or a date is shared by many statements of one story.
        if claim.kind == "figure" and specific(claim.value):
            told.setdefault((claim.source, claim.quote_start), set()).add(sys.intern(value))
    # The claims of one sentence mostly hold the same anchors: one tuple for each distinct set,
    # as a corpus keeps its claims in memory until the report is written.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    return [shared.setdefault(found, found) for found in
            (tuple(sorted(told.get((claim.source, claim.quote_start), set()) - {value}))
             for claim, value in zip(claims, values))]


def _currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()  # an ISO 4217 code
