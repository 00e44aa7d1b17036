"""Durations and offsets that carry claims: "twelve days later", "after three days".

They become figure mentions with a time unit (day, week, month, year), so that two
sources giving the same interval between two events are found to agree.
"""
from __future__ import annotations

from typing import List

from ..model import Mention, Source


def extract(source: Source) -> List[Mention]:
    """Find durations and offsets in a source's text."""
    return []
