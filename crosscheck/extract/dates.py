"""Date mentions: absolute dates, months, years, and lists of them, as day intervals.

A first pass covering the common news forms; see tests/test_dates.py for what it handles.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import List, Optional

from ..model import DateValue, Mention, Source

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:19|20)\d\d"

_PATTERN = re.compile(
    rf"""
    (?P<list>{_MONTH}(?:,\s+{_MONTH})*,?\s+and\s+{_MONTH}\s+(?P<list_year>{_YEAR}))
    | (?P<day>{_MONTH}\s+(?P<d>\d{{1,2}}),\s+(?P<d_year>{_YEAR}))\b
    | (?P<month>{_MONTH}\s+(?P<m_year>{_YEAR}))\b
    | \b(?:[Ii]n|[Ss]ince|[Bb]y|of|until|during)\s+(?P<year>{_YEAR})\b(?![-.]\d)
    """,
    re.VERBOSE,
)


def extract(source: Source) -> List[Mention]:
    """Find date mentions in a source's text."""
    mentions: List[Mention] = []
    for number, match in enumerate(_PATTERN.finditer(source.text)):
        if match["list"]:
            mentions.extend(_list(match, number))
        elif match["day"]:
            day = _day(match["day"].split()[0], int(match["d"]), int(match["d_year"]))
            if day:
                mentions.append(_mention(match, "day", DateValue(day, day, "day")))
        elif match["month"]:
            year = int(match["m_year"])
            mentions.append(_mention(match, "month", month_interval(match["month"].split()[0], year)))
        elif match["year"]:
            year = int(match["year"])
            value = DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
            mentions.append(_mention(match, "year", value))
    return mentions


def _mention(match: re.Match, group: str, value: DateValue) -> Mention:
    return Mention("date", match.start(group), match.end(group), match[group], value)


def _list(match: re.Match, number: int) -> List[Mention]:
    year = int(match["list_year"])
    found = []
    for month in re.finditer(_MONTH, match["list"]):
        start = match.start("list") + month.start()
        end = match.end("list") if month.end() == match.end("list") - len(match["list_year"]) - 1 else start + len(month[0])
        text = match.string[start:end]
        found.append(Mention("date", start, end, text, month_interval(month[0], year), group=number))
    return found


def month_interval(month: str, year: int) -> DateValue:
    index = MONTHS.index(month.lower()) + 1
    last = calendar.monthrange(year, index)[1]
    return DateValue(dt.date(year, index, 1), dt.date(year, index, last), "month")


def _day(month: str, day: int, year: int) -> Optional[dt.date]:
    try:
        return dt.date(year, MONTHS.index(month.lower()) + 1, day)
    except ValueError:
        return None
