"""Read one date item ("late 2022", "Nov. 1", "the summer of 2023") into an interval.

An item may lack its year ("April" in "April and July 2024", or "in January"): it then takes
the year the list gives, or is resolved against the publication date, or stays unresolved.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..model import DateValue
from . import intervals
from .date_patterns import COMMA, DAY, MONTH, ORDINAL, PART, QUARTER, SEASON, WEEKDAY, WORD_DAY, YEAR

_P = rf"(?:(?P<part>{PART}))?"
_SHAPES = [re.compile(shape, re.IGNORECASE) for shape in (
    rf"(?:(?P<weekday>{WEEKDAY}){COMMA})?(?P<month>{MONTH})\s+(?:the\s+)?(?P<day>{DAY}|{WORD_DAY})"
    rf"(?:{COMMA}(?P<year>{YEAR}))?",
    rf"(?:(?P<weekday>{WEEKDAY}){COMMA})?(?:the\s+)?(?:(?P<day>{DAY})\s+(?:of\s+)?|(?P<word_day>{WORD_DAY})\s+of\s+)"
    rf"(?P<month>{MONTH})(?:{COMMA}(?P<year>{YEAR}))?",
    rf"{_P}(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})",
    rf"mid-?(?P<midseason>summer|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
    rf"(?P<ordinal>{ORDINAL})\s+(?P<period>{QUARTER}|half)\s+(?:of\s+)?(?P<year>{YEAR})",
    rf"(?P<ordinal>{ORDINAL})[\s-](?P<period>{QUARTER})",
    rf"(?P<ordinal>[QH][1-4])\s+(?P<year>{YEAR})",
    rf"{_P}(?P<month>{MONTH})(?:{COMMA}(?:of\s+)?(?P<year>{YEAR}))?",
    rf"{_P}(?P<decade>(?:1[89]|20)\d0)s",
    rf"{_P}(?P<year>{YEAR})(?:[-–](?P<to_year>\d\d))?",
)]
_PART_WORDS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid",
               "middle": "mid", "late": "late", "end": "late"}


@dataclass(frozen=True)
class Item:
    """The fields one date item states; None where it is silent."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str = ""  # early, mid or late
    season: str = ""
    midseason: str = ""
    quarter: int = 0
    half: int = 0
    decade: int | None = None
    to_year: int | None = None  # "2023-24"
    weekday: int | None = None  # 0 (Monday) to 6, when named with the day: "Saturday, May 22"

    @cached_property  # asked of every candidate; items are cached and reused
    def weak(self) -> bool:
        """A bare year or month, a date only in date position ("in 2013", not "2013 people")."""
        bare_year = self.year is not None and self.month is None and not (
            self.part or self.season or self.quarter or self.half or self.to_year)
        bare_month = self.month is not None and self.day is None and self.year is None and not self.part
        return bare_year or bare_month

    @property
    def needs_year(self) -> bool:
        return self.year is None and self.decade is None


@lru_cache(maxsize=4096)
def read(text: str) -> Item | None:
    """Return the fields of a date item, or None if the text is not one."""
    text = text.strip()
    for shape in _SHAPES:
        match = shape.fullmatch(text)
        if match:
            return _item(match.groupdict())
    return None


def _item(fields: dict) -> Item:
    year = int(fields["year"]) if fields.get("year") else None
    words = re.findall(r"[a-z]+", (fields.get("part") or "").lower())
    part = next((_PART_WORDS[word] for word in words if word in _PART_WORDS), "")
    ordinal = (fields.get("ordinal") or "").lower()
    period = (fields.get("period") or ("half" if ordinal.startswith("h") else "quarter")).lower()
    period = "quarter" if period == "qtr" else period
    day = fields.get("day") or fields.get("word_day")
    index = intervals.ORDINALS.get(ordinal, 0)
    to_year = fields.get("to_year")
    month = intervals.month_number(fields["month"]) if fields.get("month") else None
    if to_year and year and int(to_year) <= year % 100:  # "2014-10" is no span back: ISO's October 2014
        month, to_year = int(to_year), None
    return Item(
        year=year,
        month=month,
        day=intervals.day_number(day) if day else None,
        part=part,
        season=(fields.get("season") or "").lower(),
        midseason=(fields.get("midseason") or "").lower(),
        quarter=index if period == "quarter" else 0,
        half=index if period == "half" else 0,
        decade=int(fields["decade"]) if fields.get("decade") else None,
        to_year=year // 100 * 100 + int(to_year) if to_year and year else None,
        weekday=intervals.weekday_number(fields["weekday"]) if fields.get("weekday") else None,
    )


@lru_cache(maxsize=4096)
def interval(item: Item, year: int | None) -> DateValue | None:
    """Return the interval an item names in `year` (its own year if it states one)."""
    year = item.year or year
    if item.decade is not None:
        return _with_part(item, intervals.decade(item.decade))
    if year is None:
        return None
    try:
        return _interval(item, year)
    except ValueError:  # "February 30"
        return None


def _interval(item: Item, year: int) -> DateValue:
    if item.day is not None:
        return intervals.day(dt.date(year, item.month, item.day))
    if item.month is not None:
        return _with_part(item, intervals.month(year, item.month))
    if item.season:
        return intervals.season(item.season, year)
    if item.midseason:  # the middle month of the season
        return intervals.months(year, intervals.SEASONS[item.midseason] + 1, 1, "part")
    if item.quarter:
        return intervals.quarter(item.quarter, year)
    if item.half:
        return intervals.half(item.half, year)
    if item.to_year:
        return intervals.span(intervals.year(year), intervals.year(item.to_year))
    return _with_part(item, intervals.year(year))


def _with_part(item: Item, whole: DateValue) -> DateValue:
    return intervals.part(item.part, whole) if item.part else whole
