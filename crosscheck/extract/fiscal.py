"""Fiscal periods: "fiscal 2024", "FY 2016", "its fiscal 2024 second quarter", "Q1" of a fiscal year.

A fiscal year is no calendar year: the U.S. government's fiscal 2018 began in October 2017,
Microsoft's in July, and which calendar a company follows is rarely said. So a fiscal period
is read as its own kind of date (`DateValue.fiscal`, such as "FY2024-Q2"), laid out in a
fiscal calendar whose year is the one it is named for; alignment blocks it apart from
calendar dates (its `unit`), so it is compared only with fiscal periods and never contradicts
a calendar date. A quarter or half written without a year ("Q1", "the first quarter") takes
the fiscal year stated in its sentence or the one before; without one it stays a calendar
quarter (see `dates`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Optional, Tuple

from ..model import DateValue
from ..text import sentence_spans
from ..vocabulary import PERIOD_ORDINALS
from . import intervals

Period = Tuple[int, int, DateValue]

# "fiscal 2024", "fiscal year 2018", "fiscal-year 2018", "fiscal '16", "FY 2016", "FY2016",
# "FY16", "FY'16", "the 2023 fiscal year". Not a span of two years ("fiscal year 2023-24",
# "the 2024-25 fiscal year"): which one names it differs by country, and it is left unread.
_NOT_A_SPAN = r"(?![\d%]|[-–/]\d)"
_FISCAL_YEAR = (rf"(?:\b(?i:fiscal)(?:[\s-]+(?i:year))?[\s-]+(?P<year>(?:19|20)\d\d|'\d\d){_NOT_A_SPAN}"
                rf"|\bFY[\s-]?(?P<fy>(?:19|20)\d\d|'?\d\d){_NOT_A_SPAN}"
                rf"|(?<![\d/–-])\b(?P<year_first>(?:19|20)\d\d)[\s-]+(?i:fiscal)[\s-]+(?i:year)\b)")
# "Q2", "second quarter", "2nd-quarter", "H1", "first half".
_PART = (r"(?:\b(?P<q>Q[1-4])\b|\b(?P<h>H[12])\b"
         r"|\b(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?P<kind>(?i:quarter|half))\b)")


def _prefixed(pattern: str, prefix: str) -> str:
    """Return `pattern` with its group names prefixed, so that it can stand in several branches."""
    return pattern.replace("(?P<", "(?P<" + prefix)


# The part and its year in either order ("fiscal 2024 second quarter", "Q3 of fiscal 2023",
# "the first quarter of the 2023 fiscal year"), "fiscal" before a part ("fiscal Q3 2023",
# "fiscal third-quarter profit"), or a fiscal year alone. Each branch's groups carry its prefix.
_BRANCHES = {"year_part": "a_", "part_year": "b_", "fiscal_part": "c_", "alone": "d_"}
_PERIOD = re.compile(
    rf"(?P<year_part>{_prefixed(_FISCAL_YEAR, 'a_')}[\s,]+{_prefixed(_PART, 'a_')})"
    rf"|(?P<part_year>{_prefixed(_PART, 'b_')}(?:\s+of)?(?:\s+the)?[\s,]+{_prefixed(_FISCAL_YEAR, 'b_')})"
    rf"|(?P<fiscal_part>\b(?i:fiscal)[\s-]+{_prefixed(_PART, 'c_')}"
    rf"(?:,?\s+(?:of\s+)?(?P<c_calendar>(?:19|20)\d\d){_NOT_A_SPAN})?)"
    rf"|(?P<alone>{_prefixed(_FISCAL_YEAR, 'd_')})")
# A quarter or half with no year of its own, and none right before or after it ("Q1 2024",
# "the first quarter of 2024", "2024 first-quarter results" are calendar quarters).
_BARE_PART = re.compile(rf"(?<!\d\d\s)(?<!\d\d-){_PART}(?!,?\s+(?:of\s+)?(?:19|20)\d\d|[\s-]+\d)")



def periods(text: str) -> List[Period]:
    """Return (start, end, value) of each fiscal period the text states, in text order."""
    if "iscal" not in text and "ISCAL" not in text and "FY" not in text:  # most texts: three scans, no more
        return []
    stated, yearless = [], []  # "fiscal third quarter" has no year: it is read as a bare part is
    for match in _PERIOD.finditer(text):
        prefix = next(prefix for branch, prefix in _BRANCHES.items() if match[branch])
        part = _part(match, prefix) if prefix != "d_" else None
        year = _year(match, prefix)
        if year is None:
            yearless.append((match, part))
        elif part is not None or prefix == "d_":
            stated.append((match.start(), match.end(), fiscal_period(year, part)))
    if not stated:
        return []
    taken = [(start, end) for start, end, _ in stated] + [match.span() for match, _ in yearless]
    bare = [(match, _part(match, "")) for match in _BARE_PART.finditer(text)
            if not match["kind"] or match["kind"].lower() == "quarter"]  # "the first half" of anything
    bare = [(match, part) for match, part in bare
            if not any(start < match.end() and match.start() < end for start, end in taken)]
    found = stated + _in_context(text, stated, yearless + bare)
    return sorted(found, key=lambda period: period[:2])


def _year(match: re.Match, prefix: str) -> Optional[int]:
    for name in ("year", "fy", "year_first", "calendar"):
        written = match.groupdict().get(prefix + name)
        if written:
            digits = written.lstrip("'")
            number = int(digits)
            # two digits: the century as POSIX `%y` picks it, as dates' short years do
            return number if len(digits) == 4 else (1900 if number >= 69 else 2000) + number
    return None


def _part(match: re.Match, prefix: str) -> Optional[Tuple[str, int]]:
    """Return ("Q" or "H", its number) of the part a match names."""
    if match[prefix + "q"]:
        return "Q", int(match[prefix + "q"][1])
    if match[prefix + "h"]:
        return "H", int(match[prefix + "h"][1])
    kind = "Q" if match[prefix + "kind"].lower() == "quarter" else "H"
    number = PERIOD_ORDINALS[match[prefix + "ordinal"].lower()]
    return (kind, number) if kind == "Q" or number <= 2 else None


def fiscal_period(year: int, part: Optional[Tuple[str, int]] = None) -> DateValue:
    """Return the value of fiscal year `year`, or of its quarter or half ("Q", 2): "FY2024-Q2"."""
    if part is None:
        return replace(intervals.year(year), fiscal=f"FY{year}")
    kind, number = part
    value = intervals.quarter(number, year) if kind == "Q" else intervals.half(number, year)
    return replace(value, fiscal=f"FY{year}-{kind}{number}")


def _in_context(text: str, stated: List[Period], parts) -> List[Period]:
    """Read each quarter without a year as one of the fiscal year stated in its sentence (the
    nearest) or, failing that, the last one stated in the sentence before."""
    if not parts:
        return []
    sentences = sentence_spans(text)
    years = [(start, value) for start, _, value in stated]
    found = []
    for match, part in parts:
        year = _context_year(match.start(), sentences, years)
        if year is not None and part is not None:
            found.append((match.start(), match.end(), fiscal_period(year, part)))
    return found


def _context_year(at: int, sentences: List[Tuple[int, int]],
                  years: List[Tuple[int, DateValue]]) -> Optional[int]:
    index = next((i for i, (start, end) in enumerate(sentences) if start <= at < end), None)
    if index is None:
        return None
    start, end = sentences[index]
    here = [(abs(where - at), value) for where, value in years if start <= where < end]
    if here:
        return min(here, key=lambda pair: pair[0])[1].start.year
    if index == 0:
        return None
    before_start, before_end = sentences[index - 1]
    before = [value for where, value in years if before_start <= where < before_end]
    return before[-1].start.year if before else None
