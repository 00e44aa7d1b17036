"""Date values compared as day intervals."""
from __future__ import annotations

import datetime as dt

from ..model import DateValue

_EARLIEST, _LATEST = dt.date.min, dt.date.max


def _ends(value: DateValue):
    return value.start or _EARLIEST, value.end or _LATEST


def same(a: DateValue, b: DateValue, config=None) -> bool:
    return _ends(a) == _ends(b)


def consistent(a: DateValue, b: DateValue, config=None) -> bool:
    """Both can be true: the intervals overlap (one inside the other, or sharing days)."""
    (a_start, a_end), (b_start, b_end) = _ends(a), _ends(b)
    return a_start <= b_end and b_start <= a_end


def explain(a: DateValue, b: DateValue) -> str:
    (a_start, _), (b_start, _) = _ends(a), _ends(b)
    return ", an earlier date" if b_start < a_start else ", a later date"
