"""Geometry of the HTML review's timeline: one row per date finding, on one axis of days.

Positions are percentages of the plot's width, so the page can lay the rows out at any width.
A mark's grade tells how precise its date is: a day or a week is drawn sharp, a month plainly,
anything wider (a quarter, a year, a decade) as a faint span, so the vaguest claim never looks
like the culprit.
"""
from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional

SHARP = ("day", "week")
PLAIN = ("month",)


def timeline(findings: List[Dict]) -> Optional[Dict]:
    """Lay out the date findings (already in page order) with both ends known; None when there is none."""
    rows = [(index, [c for c in f["claims"] if _is_interval(c["value"])])
            for index, f in enumerate(findings) if f["kind"] == "date"]
    rows = [(index, claims) for index, claims in rows if claims]
    if not rows:
        return None
    days = [_day(c["value"][end]) for _, claims in rows for c in claims for end in ("start", "end")]
    low, high = dt.date(min(days).year, 1, 1), dt.date(max(days).year, 12, 31)
    span = (high - low).days + 1

    def x(day: dt.date) -> float:
        return round((day - low).days / span * 100, 3)

    return {"ticks": _ticks(low, high, x),
            "rows": [{"f": index, "marks": sorted((_mark(c, x) for c in claims), key=_drawing_order)}
                     for index, claims in rows]}


def _mark(claim: Dict, x) -> Dict:
    start, end = _day(claim["value"]["start"]), _day(claim["value"]["end"])
    left, right = x(start), x(end + dt.timedelta(days=1))
    grain = claim["value"]["granularity"]
    grade = "sharp" if grain in SHARP else "plain" if grain in PLAIN else "vague"
    return {"x": left, "w": round(right - left, 3), "grade": grade,
            "label": f"{claim['source']}: {claim['display']}"}


def _drawing_order(mark: Dict):
    """Wide vague spans first, so the precise marks are drawn over them."""
    return -mark["w"], mark["x"]


def _ticks(low: dt.date, high: dt.date, x) -> List[Dict]:
    """A line at each year's start, thinned to at most a dozen labels."""
    years = range(low.year, high.year + 1)
    step = next(s for s in (1, 2, 5, 10, 25, 50, 100, 1000) if len(years) / s <= 12)
    return [{"x": x(dt.date(year, 1, 1)), "label": str(year)}
            for year in years if (year - low.year) % step == 0]


def _is_interval(value: Optional[Dict]) -> bool:
    return bool(value) and "granularity" in value and bool(value["start"]) and bool(value["end"])


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)
