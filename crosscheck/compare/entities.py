"""Entity details (expansions, spellings, roles) compared as normalised text."""
from __future__ import annotations

from rapidfuzz import fuzz

from ..model import EntityValue

SPELLING = 85  # a ratio at or above this between different texts is a spelling variant


def same(a: EntityValue, b: EntityValue, config=None) -> bool:
    return a.normalized == b.normalized


def consistent(a: EntityValue, b: EntityValue, config=None) -> bool:
    return same(a, b)


def explain(a: EntityValue, b: EntityValue) -> str:
    if fuzz.ratio(a.normalized, b.normalized) >= SPELLING:
        return ", a spelling discrepancy"
    return ""
