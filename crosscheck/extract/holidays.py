"""Holidays news text dates things by: "Thanksgiving 2014", "on Christmas Eve", "last Easter".

Each name is a fixed day or a rule over the year (US dates, the ones English-language news
mostly means). A holiday with a year, a modifier ("last", "this", "next") or a word that
makes it a day ("Christmas Day") is always a date; a bare name only after a word that
puts it in date position ("on", "before", "since"), so "a Christmas tree" is not one. A
capitalised word before the name makes it another holiday ("Canadian Thanksgiving"),
which is left alone. "Independence Day" is not read: news of many countries names its own
by it ("his ninth Independence Day speech from the Red Fort"); "the Fourth of July" is a
date item. Names are found as news writes them, capitalised; in lower case only those with
a weekday or "day" in them ("black friday", "labor day").
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from dateutil.easter import easter

from ..model import DateValue
from . import intervals


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday: str, nth: int, shift: int = 0) -> Callable[[int], dt.date]:
    number = intervals.weekday_number(weekday)
    return lambda year: intervals.nth_weekday(year, month, number, nth) + dt.timedelta(days=shift)


def _easter(shift: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=shift)


# Lower-case name (spaces and apostrophes folded, see `_key`) -> the day in a given year.
DAYS: dict[str, Callable[[int], dt.date]] = {
    "new years day": _fixed(1, 1), "new years eve": _fixed(12, 31),
    "valentines day": _fixed(2, 14),
    "halloween": _fixed(10, 31), "christmas eve": _fixed(12, 24),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "xmas": _fixed(12, 25),
    "martin luther king jr day": _nth(1, "monday", 3), "mlk day": _nth(1, "monday", 3),
    "memorial day": _nth(5, "monday", -1), "labor day": _nth(9, "monday", 1),
    "labour day": _nth(9, "monday", 1), "thanksgiving": _nth(11, "thursday", 4),
    "thanksgiving day": _nth(11, "thursday", 4), "black friday": _nth(11, "thursday", 4, 1),
    "cyber monday": _nth(11, "thursday", 4, 4), "easter": _easter(0),
    "easter sunday": _easter(0), "easter monday": _easter(1), "good friday": _easter(-2),
    "palm sunday": _easter(-7),
}
_APOSTROPHE = "['’]?"
NAME = (r"(?i:new\s+year" + _APOSTROPHE + r"s\s+(?:day|eve)|valentine" + _APOSTROPHE + r"s\s+day"
        r"|halloween|christmas(?:\s+(?:eve|day))?|xmas"
        r"|martin\s+luther\s+king,?\s+jr\.?,?\s+day|mlk\s+day|memorial\s+day|labou?r\s+day"
        r"|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday"
        r"|easter(?:\s+(?:sunday|monday))?|good\s+friday|palm\s+sunday)(?![\w-])")
# The names without "Day", "day", "Year" or a capitalised weekday in them: the date
# extractor looks for holidays where these stand.
CAPITALISED = ("Halloween", "Christmas", "Xmas", "Thanksgiving", "Easter")
# The words of a name before its anchor ("Black" of "Black Friday", "Valentine’s" of
# "Valentine’s Day"), so that the match can start at the name.
LEAD_WORDS = ("new", "year's", "year’s", "years", "valentine's", "valentine’s", "valentines",
              "martin", "luther", "king", "jr", "mlk", "memorial", "labor", "labour", "black",
              "cyber", "easter", "good", "palm",
              # lower-case names before the year or "day" that anchors them ("thanksgiving 2014")
              "thanksgiving", "christmas", "halloween", "xmas")
# Words after which a bare holiday name is a date.
_BEFORE = {"on", "before", "after", "since", "by", "until", "till", "over", "around", "during",
           "through", "ahead", "past", "at"}
_FUNCTION_WORDS = ("On", "By", "Since", "Until", "After", "Before", "Over", "During", "Around",
                   "Through", "At", "The", "In", "For", "From", "Of", "And", "Or", "But")
_QUALIFIED = re.compile(r"\b(?!(?:" + "|".join(_FUNCTION_WORDS) + r")\b)[A-Z][a-z]+\s+\Z")
# The same names, other calendars or countries, in lower case too: "orthodox easter".
_OTHER_CALENDAR = {"orthodox", "chinese", "lunar", "jewish", "islamic", "hindu", "persian", "parsi",
                   "canadian", "korean", "vietnamese", "tamil", "coptic"}
_SHIFT = {"last": -1, "this": 0, "next": 1}
# A name before these is a treaty's: "the Good Friday Agreement".
_NOT_A_DAY_AFTER = re.compile(r"\s+(?:[Aa]greements?|[Aa]ccords?)\b")


def _key(name: str) -> str:
    return " ".join(re.sub(r"['’.,]", "", name.lower()).split())


def day_in(name: str, year: int) -> dt.date:
    """Return the day a holiday falls on in a year."""
    return DAYS[_key(name)](year)


def read(text: str, match: re.Match, anchor: dt.date | None, future: bool, year_after: int | None = None):
    """Return [(start, end, value)] for a holiday the candidate pattern found; [] if it is a name.

    `year_after` is the year words after it name ("Thanksgiving last year").
    """
    name, shift = match["holiday"], match["holiday_shift"]
    year = int(match["holiday_year"]) if match["holiday_year"] else year_after
    if _is_another(text, match.start(), name) or _NOT_A_DAY_AFTER.match(text, match.end()):
        return []
    previous = _previous_word(text, match.start())
    if not (year or shift or _key(name).endswith(("day", "eve", "sunday", "monday", "friday"))
            or previous in _BEFORE):
        return []
    if year:
        return [(match.start(), match.end(), intervals.day(day_in(name, year)))]
    if anchor is None:
        return [(match.start(), match.end(), None)]
    return [(match.start(), match.end(), resolve(name, shift, anchor, future))]


def resolve(name: str, shift: str | None, anchor: dt.date, future: bool) -> DateValue:
    """Return the holiday nearest the anchor that "last", "this", "next" or the tense picks."""
    this_year = day_in(name, anchor.year)
    if shift:
        step = _SHIFT[shift.lower()]
        if step < 0 and this_year >= anchor or step > 0 and this_year <= anchor:
            return intervals.day(day_in(name, anchor.year + step))
        return intervals.day(this_year)
    if future:
        return intervals.day(this_year if this_year > anchor else day_in(name, anchor.year + 1))
    return intervals.day(this_year if this_year <= anchor else day_in(name, anchor.year - 1))


def _is_another(text: str, start: int, name: str) -> bool:
    """Tell whether the words before a name make it another country's or calendar's holiday."""
    before = text[max(0, start - 20):start]
    return _previous_word(text, start) in _OTHER_CALENDAR or bool(_QUALIFIED.search(before))


def _previous_word(text: str, start: int) -> str:
    word = re.search(r"([A-Za-z]+)\W*\Z", text[max(0, start - 15):start])
    return word[1].lower() if word else ""
