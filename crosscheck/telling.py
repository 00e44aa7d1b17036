"""Which values tell, by being given at all, that two sources speak of one thing."""
from __future__ import annotations

import sys
from collections.abc import Sequence

from .model import DateValue, FigureValue


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


def anchors(claims: Sequence[tuple[tuple[str, int], str, object]]) -> list[tuple[str, ...]]:
    """Return, for each claim, the telling figures its sentence gives besides its own.

    Two sentences that share one ("a cut of 1.9 percent for 2015" / "by 1.9 percent in 2015")
    are one statement reworded, whatever else differs. Found in the claims stage, where every
    value of a sentence is at hand, so that alignment of one kind of claim needs no other.
    Each claim is given as (sentence, kind, value): its sentence is its (source, quote_start),
    read before the claim is made, so that a claim is made once, with its anchors.
    """
    told: dict[tuple[str, int], set[str]] = {}
    written: dict[int, str] = {}  # the repr of each telling figure, by its claim's place in `claims`
    for n, (sentence, kind, value) in enumerate(claims):
        # Figures only: a weekday or a date is shared by many statements of one story.
        if kind == "figure" and specific(value):
            written[n] = sys.intern(repr(value))
            told.setdefault(sentence, set()).add(written[n])
    # The claims of one sentence mostly hold the same anchors: one tuple for each distinct set,
    # as a corpus keeps its claims in memory until the report is written.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
    found = []
    for n, (sentence, _, value) in enumerate(claims):
        given = told.get(sentence)  # most sentences give no telling figure: no repr to make
        own = (written[n] if n in written else repr(value)) if given else ""
        others = tuple(sorted(given - {own})) if given else ()
        found.append(shared.setdefault(others, others))
    return found


def _currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()  # an ISO 4217 code
