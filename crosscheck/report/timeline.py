"""Geometry of the HTML review's timeline: date claims per source, on one axis of days."""
from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional

LABEL_WIDTH = 190  # room for a source's name left of the axis
PLOT_WIDTH = 760
ROW_HEIGHT = 34
AXIS_HEIGHT = 28
MIN_MARK = 7  # a single day is still a visible mark
_LAYER = {"plain": 0, "agreement": 1, "compatible": 2, "conflict": 3}


def timeline(data: Dict, doms: Dict[str, str], verdicts: Dict[tuple, Dict]) -> Optional[Dict]:
    """Lay out every date claim with both ends known; None when there is none."""
    dated = [c for c in data["claims"] if _is_interval(c["value"])]
    if not dated:
        return None
    low = dt.date(min(_day(c["value"]["start"]) for c in dated).year, 1, 1)
    high = dt.date(max(_day(c["value"]["end"]) for c in dated).year, 12, 31)
    span = (high - low).days + 1

    def x(day: dt.date) -> float:
        return round(LABEL_WIDTH + (day - low).days / span * PLOT_WIDTH, 1)

    rows = []
    for index, source in enumerate(data["sources"]):
        mine = [c for c in dated if c["source"] == source["id"]]
        marks = [_mark(c, x, verdicts.get(_key(c), {})) for c in mine]
        # Drawn last is on top: conflicts over the rest, and a day over the year around it.
        marks.sort(key=lambda m: (_LAYER[m["verdict"]], -m["width"], m["x"]))
        rows.append({"label": source["id"], "dom": doms[source["id"]],
                     "y": AXIS_HEIGHT + index * ROW_HEIGHT, "marks": marks})
    return {"width": LABEL_WIDTH + PLOT_WIDTH + 20, "height": AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 8,
            "plot_left": LABEL_WIDTH, "plot_right": LABEL_WIDTH + PLOT_WIDTH,
            "ticks": _ticks(low, high, x), "rows": rows, "row_height": ROW_HEIGHT}


def _mark(claim: Dict, x, finding: Dict) -> Dict:
    start, end = _day(claim["value"]["start"]), _day(claim["value"]["end"])
    left, right = x(start), x(end + dt.timedelta(days=1))
    width = max(right - left, MIN_MARK)
    left = round(min(left, (left + right - width) / 2), 1)
    return {"x": left, "width": round(width, 1), "point": right - left < MIN_MARK,
            "verdict": finding.get("verdict", "plain"), "finding": finding.get("id", ""),
            "label": f"{claim['source']}, line {claim['line']}: {claim['display']}",
            "quote": " ".join(claim["quote"].split())}


def _ticks(low: dt.date, high: dt.date, x) -> List[Dict]:
    """A line at each year's start; with one tick a year, the label sits mid-year."""
    years = range(low.year, high.year + 1)
    step = next(s for s in (1, 2, 5, 10, 25, 50, 100, 1000) if len(years) / s <= 14)
    return [{"x": x(dt.date(year, 1, 1)),
             "label_x": x(dt.date(year, 7, 2)) if step == 1 else x(dt.date(year, 1, 1)),
             "label": str(year)}
            for year in years if (year - low.year) % step == 0]


def _is_interval(value: Optional[Dict]) -> bool:
    return bool(value) and "granularity" in value and bool(value["start"]) and bool(value["end"])


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _key(claim: Dict) -> tuple:
    return claim["source"], claim["start"], claim["end"]
