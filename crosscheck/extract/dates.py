"""Date mentions: dates, months, years, seasons, parts, ranges, lists and relative dates.

One compiled pattern finds candidates (`date_patterns`), tried only just before anchors
(digits, month names, a few keywords) so that most of the text is skipped; each is read by rules
(`date_items`, `intervals`), numeric forms too (dateparser only for one with a time). A bare
year or month counts only in date position. Dates relative to the document resolve against
`Source.published`, and keep `value=None` when it is unknown.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from typing import Optional, Tuple

from ..model import DateValue, Mention, Resolution, Source
from . import changes, date_items, fiscal, holidays, intervals, tense
from .anchored import lowered
from .date_patterns import ITEM_PATTERN, candidates
from .relative_dates import relative

# (start, end, value, how a date relative to the document was placed); typing's forms: a
# runtime alias on Python 3.9
Found = Tuple[int, int, Optional[DateValue], Optional[Resolution]]

# Words after which a bare year or month is a date: "in 2013", "since March".
_PREPOSITIONS = {"in", "since", "during", "until", "till", "by", "before", "after", "through",
                 "throughout", "from", "into", "circa", "of", "early", "late", "mid", "fiscal", "year",
                 "both"}
# Words after which it is a date only if no counted noun follows: "the 2023 leak", not "the 2023 votes".
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "for", "last", "next", "this"}
# Events news dates by their year are no count: "the 2020 elections", "the 2012 Olympics".
_COUNTED = re.compile(r"\s+(?!(?:elections|midterms|primaries|caucuses|olympics|games|playoffs|protests|riots"
                      r"|attacks|floods|wildfires|fires|talks|negotiations|hearings|debates)\b)"
                      r"(?:[a-z]+s|people|men|women|children|staff)\b")
_WORD_BEFORE = re.compile(r"\W*(s[’'])?([A-Za-z]+)?")  # the word before a date, reversed
_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
_OPEN = {"since", "after", "before", "by", "until", "till"}
# The spaces and word before a date, matched on the reversed text: one try, where searching
# forwards for r"\b([A-Za-z]+)\s+$" tries every start.
_SPACES_AND_WORD = re.compile(r"\s+([A-Za-z]+)(?!\w)")
_PASSIVE_BEFORE = re.compile(r"[a-z]ed\s*\Z")
_DATELINE_WORDS = re.compile(r"(?i)\b(?:published|updated|posted|on)\b|\W")
_NUMBERS = re.compile(r"\d+")
_MONTH_NAMES = re.compile(r"[A-Z][a-z]+\.?")
_RANGE_WORDS = {"-", "–", "—", "/", "to", "through", "until", "into"}


def extract(source: Source, datelines: bool = False) -> list[Mention]:
    """Find date mentions in a source's text (a day alone on its line only if `datelines`)."""
    text, anchor = source.text, source.published
    mentions: list[Mention] = []
    lists = itertools.count()
    stated_year = None  # with no publication date, the year of the last date read before
    may_be_fiscal = _says_fiscal(text)
    periods = fiscal.periods(text) if may_be_fiscal else []
    fiscal_spans = [(start, end) for start, end, _ in periods]
    for match in candidates(_paragraphs_apart(text), text):
        changed = False  # "moved the deadline from March 31 to April 15": two dates, not one list
        if match["day_range"]:
            found = _day_range(match)
        elif match["numeric"]:
            value = parse_numeric(match["numeric"])
            found = [(match.start(), match.end(), value, None)] if value else []
        elif match["short_year"]:
            value = short_year(match["short_year"])
            found = [(match.start(), match.end(), value, None)] if value else []
        elif match["holiday"]:
            found = _holiday(text, match, anchor)
        elif match["items"]:
            changed = changes.of_date(text, match)
            found = _items(text, match, anchor, stated_year, changed)
        else:
            found = relative(text, match, anchor)
        if not datelines and _is_dateline(text, match, found):
            continue  # the publication date (see load.dateline), not a claim about anything
        if may_be_fiscal:
            found = [item for item in found
                     if not _fiscal(text, item[0], item[1]) and not _within(item, fiscal_spans)]
        if anchor is None:
            # an open-ended date ("since Dec. 21") has one end: its year is that end's
            stated_year = next(((value.end or value.start).year for _, _, value, _ in reversed(found)
                                if value is not None and value.granularity in ("day", "month")
                                and (value.end or value.start)), stated_year)
        group = next(lists) if len(found) > 1 and not changed else -1
        roles = changes.ROLES if changed and len(found) == 2 else ("",) * len(found)
        mentions.extend(Mention("date", start, end, text[start:end], value, group=group, resolution=how,
                                role=role) for (start, end, value, how), role in zip(found, roles))
    if periods:
        mentions += [Mention("date", start, end, text[start:end], value) for start, end, value in periods]
        mentions.sort(key=lambda mention: (mention.start, mention.end))
    return mentions


def _within(item: Found, spans: list[tuple[int, int]]) -> bool:
    """Tell whether a date found overlaps a fiscal period (its "second quarter", its "2024")."""
    return any(start < item[1] and item[0] < end for start, end in spans)


# "fiscal 2024", "the administration's fiscal year 2018 budget", "FY 2016", "fiscal Q3 2023",
# "its fiscal 2024 second quarter", "the 2023 fiscal year": a fiscal period is no calendar one
# (the U.S. government's fiscal 2018 began in October 2017, Microsoft's in July), and which
# calendar it follows is rarely said. Read as calendar dates they would contradict the calendar
# dates of the same events: `fiscal` reads them as fiscal periods, and no calendar date is read
# in them (nor in a form it leaves unread, "the 2024-25 fiscal year").
_FISCAL_BEFORE = re.compile(r"(?i)\b(?:fiscal(?:[\s-]+years?)?|FY)[\s-]*(?:'?\d{2,4}[\s-]+)?\Z")
_FISCAL_AFTER = re.compile(r"[\s-]+fiscal\b", re.IGNORECASE)


def _fiscal(text: str, start: int, end: int) -> bool:
    return bool(_FISCAL_BEFORE.search(text, max(0, start - 24), start) or _FISCAL_AFTER.match(text, end))


# Both patterns above, and every fiscal period, hold "fiscal" or "FY" in some case; most texts hold neither.
_FISCAL_WORD = re.compile("f(?=iscal|y)")


def _says_fiscal(text: str) -> bool:
    """Tell whether the text may state a fiscal period, or `_fiscal` hold for any of its dates."""
    lower = lowered(text)  # None where case folding is odd: then say yes
    return lower is None or _FISCAL_WORD.search(lower) is not None


# A blank line, to its last line break: a date never spans one ("Llama 3\n\nApril 2024" is
# a model's name, then a month).
_BLANK_LINE = re.compile(r"\n[ \t\r]*(?=\n)")


def _paragraphs_apart(text: str) -> str:
    """Return the text with each blank line's characters turned into NULs, which no date
    pattern's space matches, so that no candidate spans two paragraphs; offsets stay the same."""
    if "\n" not in text:
        return text
    return _BLANK_LINE.sub(lambda blank: "\0" * len(blank[0]), text)


def _holiday(text: str, match: re.Match, anchor: dt.date | None) -> list[Found]:
    """Read a holiday; a bare one ("on Thanksgiving") points the way its clause does."""
    way = tense.direction(text, match.start(), match.end())
    found = holidays.read(text, match, anchor, way.forward, _year_after(text, match.end(), anchor))
    resolution = None
    if anchor is not None and not match["holiday_year"]:
        resolution = (Resolution(anchor, "stated", match["holiday_shift"].lower()) if match["holiday_shift"]
                      else Resolution(anchor, "forward" if way.forward else "back", way.cue))
    return [(start, end, value, resolution) for start, end, value in found]


def _is_dateline(text: str, match: re.Match, found: list[Found]) -> bool:
    """Tell whether a single day stands alone on its line, as a dateline does."""
    if len(found) != 1 or found[0][2] is None or found[0][2].start != found[0][2].end:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if len(line) > len(match[0]) + 40:  # too long to be a dateline; spares the cleaning below
        return False
    return not _DATELINE_WORDS.sub("", line.replace(match[0], ""))


def _day_range(match: re.Match) -> list[Found]:
    """Read "July 13-15, 2024" or "July 30 - August 2, 2024" as one range."""
    numbers = _NUMBERS.findall(match[0])
    months = _MONTH_NAMES.findall(match[0])
    year = int(numbers[-1])
    try:
        first = dt.date(year, intervals.month_number(months[0]), int(numbers[0]))
        last = dt.date(year, intervals.month_number(months[-1]), int(numbers[1]))
    except ValueError:
        return []
    return [(match.start(), match.end(), DateValue(first, last, "day"), None)]


def _items(text: str, match: re.Match, anchor: dt.date | None, stated_year: int | None = None,
           changed: bool = False) -> list[Found]:
    """Read a date, or a list or range of dates, found by the candidate pattern; with no
    anchor, a date without its year takes `stated_year`, the year of the last date before it
    ("July 12th, 2014 ... July 13th", as release notes write). A `changed` date's "from X to
    Y" (`changes.of_date`) is read as its two dates."""
    read = _read_items(match["items"])
    if read is None:
        return []
    base = match.start("items")
    spans = [(base + start, base + end) for start, end in read[0]]
    items = read[1]
    separator = text[spans[0][1]:spans[1][0]].strip(" ,").lower() if len(spans) == 2 else ""
    is_range = len(items) == 2 and (bool(match["lead"]) or separator in _RANGE_WORDS)
    if not _is_date(text, match, items, is_range):
        return []
    is_range = is_range and not changed
    values, resolution = _values(text, match, items, anchor, stated_year)
    if is_range:
        value = None if None in values else intervals.span(values[0], values[1])
        return [(match.start(), match.end(), value, resolution)]
    if len(items) == 1:
        return [(*_open_ended(text, spans[0], values[0]), resolution)]
    return [(start, end, value, resolution) for (start, end), value in zip(spans, values)]


@lru_cache(maxsize=4096)
def _read_items(phrase: str) -> tuple[list[tuple[int, int]], list[date_items.Item]] | None:
    """Return the offsets and fields of each date item in a phrase, None if one is unreadable."""
    spans = [match.span() for match in ITEM_PATTERN.finditer(phrase)]
    items = [date_items.read(phrase[start:end]) for start, end in spans]
    return (spans, items) if items and None not in items else None


def _is_date(text: str, match: re.Match, items, is_range: bool) -> bool:
    """Tell a date from a number or a word that only looks like one."""
    if match["lead"] or not all(item.weak for item in items):
        return True
    end = match.end()
    counted = items[0].month is None and bool(_COUNTED.match(text, end))
    if is_range:
        return not counted
    before = text[max(0, match.start() - 30):match.start()]
    word = _WORD_BEFORE.match(before[::-1])  # reversed: `re` cannot search backwards
    previous = (word[2] or "")[::-1].lower()
    if before.endswith("(") and text.startswith(")", end):
        return True
    if previous in _PREPOSITIONS:
        return True
    return (previous in _DETERMINERS or bool(word[1]) or text.startswith(("’s", "'s"), end)) and not counted


def _values(text: str, match: re.Match, items, anchor: dt.date | None, stated_year: int | None = None):
    """Give each item its interval; a missing year comes from another item, the words after
    ("Nov. 30 last year") or the anchor, in the direction the clause points. Return the
    intervals and how the anchor placed them (None if it did not)."""
    values, resolution = [], None
    for index, item in enumerate(items):
        year = item.year
        if year is None and len(items) > 1:  # the next item's year first: "April and July 2024"
            year = next((later.year for later in items[index:] if later.year), None) or next(
                (earlier.year for earlier in reversed(items[:index]) if earlier.year), None)
        if item.needs_year and year is None and anchor is None and item.month is not None:
            year = stated_year
        if item.needs_year and year is None:
            year = _year_after(text, match.end(), anchor)
            if year is None and anchor is not None and item.weekday is not None:
                year = _year_of_weekday(item, anchor)  # "Saturday, May 22" is so in one year near the anchor
                resolution = Resolution(anchor, "stated", intervals.WEEKDAYS[item.weekday].title())
            if year is None and anchor is not None:
                way = tense.direction(text, match.start(), match.end())
                year = _anchored_year(item, anchor, way.forward)
                if not way.cue and _soon(item, anchor) and not tense.past_nearby(text, *match.span()):
                    way, year = tense.Direction(True, ""), _anchored_year(item, anchor, True)
                resolution = Resolution(anchor, "forward" if way.forward else "back", way.cue)
        values.append(date_items.interval(item, year))
    return values, resolution


def _year_after(text: str, end: int, anchor: dt.date | None) -> int | None:
    """Return the year that "last year", "this year" or "next year" right after a date names."""
    words = _YEAR_AFTER.match(text, end)
    if words is None or anchor is None:
        return None
    return anchor.year + {"last": -1, "this": 0, "next": 1}[words[1].lower()]


def _anchored_year(item, anchor: dt.date | None, future: bool) -> int | None:
    """Return the year that makes the item the latest starting on or before the anchor, or
    (if `future`) the first ending on or after it: "by June" in June is this June."""
    if anchor is None:
        return None
    this_year = date_items.interval(item, anchor.year)
    if this_year is None:
        return None
    if future:
        return anchor.year if this_year.end >= anchor else anchor.year + 1
    return anchor.year if this_year.start <= anchor else anchor.year - 1


def _year_of_weekday(item, anchor: dt.date) -> int | None:
    """Return the year near the anchor in which the item's day falls on the weekday it names."""
    fitting = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        value = date_items.interval(item, year)
        if value is not None and value.start.weekday() == item.weekday:
            fitting.append((abs((value.start - anchor).days), year))
    return min(fitting)[1] if fitting else None


# News writes the year of a date further off than a season; a yearless date with no verb of the
# past in its clause, whose coming one is this close, is the coming one: "the March 1 contests"
# on Feb. 23 (but "In January, Zuckerberg moved FAIR" in November is the January before).
_SOON = dt.timedelta(days=92)


def _soon(item, anchor: dt.date) -> bool:
    """Tell whether the item's next occurrence after the anchor starts within a few weeks."""
    coming = date_items.interval(item, _anchored_year(item, anchor, True))
    return coming is not None and anchor < coming.start <= anchor + _SOON


def _open_ended(text: str, span: tuple[int, int], value: DateValue | None) -> tuple:
    """Widen "since 2023" or "before 2015" to include the word and open that side."""
    start, end = span
    if value is None:
        return start, end, value
    before = _SPACES_AND_WORD.match(text[max(0, start - 12):start][::-1])
    word = before[1][::-1].lower() if before else ""
    if word not in _OPEN:
        return start, end, value
    word_start = start - len(before[0])
    if word == "by" and _PASSIVE_BEFORE.search(text, max(0, word_start - 20), word_start):
        return start, end, value  # "prompted by December's massacre" says who, not until when
    return word_start, end, intervals.open_ended(word, value)


def short_year(text: str) -> DateValue | None:
    """Read "10/31/74" or "3-3-15" (month, day, year); the year's century as POSIX `%y` picks it."""
    month, day, year = (int(number) for number in re.split(r"[/-]", text))
    try:
        return intervals.day(dt.date((1900 if year >= 69 else 2000) + year, month, day))
    except ValueError:  # "2/30/21"
        return None


# The two shapes of the NUMERIC pattern without a time, read by hand as dateparser reads them
# (DATE_ORDER "MDY"), since it costs a millisecond a call and values vary too much to cache.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MDY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/]([A-Za-z]{3})[-/](\d{4}|\d\d)")


def parse_numeric(text: str) -> DateValue | None:
    """Read a numeric date ("2024-11-19", "11/19/2024"); None if it is not a day."""
    iso = _ISO.fullmatch(text)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]))
    mdy = _MDY.fullmatch(text)
    if mdy:  # a zero month is no date; dateparser would fill it from the day it runs
        return _day(int(mdy[3]), int(mdy[1]), int(mdy[2]))
    month_year = _MONTH_YEAR.fullmatch(text)
    if month_year:
        return intervals.month(int(month_year[2]), int(month_year[1]))
    day_month_year = _DAY_MONTH_YEAR.fullmatch(text)
    if day_month_year:  # a two-digit year's century as POSIX `%y` picks it, as `short_year` does
        year = int(day_month_year[3])
        year = year if year > 99 else (1900 if year >= 69 else 2000) + year
        return _day(year, intervals.month_number(day_month_year[2]), int(day_month_year[1]))
    return _read_by_dateparser(text)


def _day(year: int, month: int, day: int) -> DateValue | None:
    # A "month" above 12 is the day: dateparser then swaps the two ("19/11/2024", "2024-13-01").
    if month > 12:
        month, day = day, month
    try:
        return intervals.day(dt.date(year, month, day))
    except ValueError:  # "2/30/2024", "0000-01-01"
        return None


@lru_cache(maxsize=4096)
def _read_by_dateparser(text: str) -> DateValue | None:
    """Read a numeric date with dateparser; needed only with a time ("2014-10-15T16:12:20+00:00")."""
    data = _numeric_parser().get_date_data(text)
    if data.date_obj is None or data.period != "day":
        return None
    return intervals.day(data.date_obj.date())


@lru_cache(maxsize=1)
def _numeric_parser():
    from dateparser.date import (
        DateDataParser,  # slow to import; only dates with a time need it
    )

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": "MDY", "PREFER_DATES_FROM": "past"})
