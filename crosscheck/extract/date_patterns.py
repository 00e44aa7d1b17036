"""The regular expressions that find date candidates in running text.

Month and weekday names are capitalised, except a lower-case month attached to a year or an
ordinal day ("march 3rd 2015", "the 1st of march") and a lower-case weekday after "next",
"last", "this" or "on", so that "may" the modal verb and "march" the verb are never
candidates. A bare year or bare month is only a candidate here; whether it
stands in date position ("in 2013", "a July blog post") is decided by the extractor.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..vocabulary import MONTH_ABBREVIATIONS, MONTHS, SEASONS, WEEKDAYS, titled
from . import holidays
from .anchored import Words, alternation, lowered, matches
from .intervals import DAY_WORDS

_FULL_MONTHS = "|".join(titled(MONTHS))
_ABBREVIATED = "|".join(titled(MONTH_ABBREVIATIONS))
# Without its full stop an abbreviation is a month only before a day, and "Mar" never (a verb).
_BARE_ABBREVIATED = "|".join(titled(name for name in MONTH_ABBREVIATIONS if name != "mar"))
MONTH = rf"(?:{_FULL_MONTHS}|(?:{_ABBREVIATED})\.|(?:{_BARE_ABBREVIATED})(?=\s+\d))(?![A-Za-z])"
LOWER_MONTH = rf"(?:{'|'.join(MONTHS)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)(?![A-Za-z])"
# Full month names in lower case that are no English word ("may", "march" are verbs): a date
# before or after a day ("february 15", "15th february", "4 of july").
SAFE_LOWER_MONTHS = tuple(name for name in MONTHS if name not in ("may", "march"))
SAFE_LOWER_MONTH = rf"(?:{'|'.join(SAFE_LOWER_MONTHS)})(?![A-Za-z])"
WEEKDAY = rf"(?:{'|'.join(titled(WEEKDAYS))})\b"
LOWER_WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})\b"
# Not a year: part of a bigger number ("2,023", "2023.5"), a percentage, a size ("2048B"), or
# a name's number ("GPT-2024"), though "mid-2023" is one.
YEAR = r"(?<![\d$€£.,/])(?:(?<=[Mm]id-)|(?<![A-Za-z]-))(?:1[7-9]\d\d|20\d\d)(?![\d%]|[.,/]\d|[A-Za-z])"
# A comma before a year or after a weekday, as written ("May 23, 2021") or tokenised ("May 23 , 2021").
COMMA = r"(?:\s?,)?\s+"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\d:])"
# "March first", "the Fourth of July"; not "April fourth-quarter" nor "May first quarter".
WORD_DAY = (r"(?i:" + "|".join(sorted((w.replace("-", "[-\\s]") for w in DAY_WORDS), key=len, reverse=True))
            + r")(?![\w-]|\s+(?i:quarter|half|qtr)\b)")
QUARTER = r"(?i:quarter|qtr)"
PART = r"(?:(?i:early|mid|late)[\s-]+|(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+)"
SEASON = r"(?i:spring|summer|autumn|fall|winter)"
ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
NUMBER_WORDS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
NUMBER = rf"(?:\d+|(?i:{'|'.join(NUMBER_WORDS)}))"

# One date, as it can appear alone or as an item of a list or range.
ITEM = rf"""\b(?:
    (?:{WEEKDAY}{COMMA})?{MONTH}\s+(?:{DAY}|{WORD_DAY}|(?i:the)\s+{ORDINAL_DAY})(?:{COMMA}{YEAR})?
  | (?:{WEEKDAY}{COMMA})?(?i:the\s+)?(?:{DAY}\s+(?:of\s+)?|{WORD_DAY}\s+of\s+){MONTH}(?:{COMMA}{YEAR})?
  | {PART}?{SEASON}\s+(?:of\s+)?{YEAR}
  | (?i:mid-?(?:summer|winter))(?:\s+(?:of\s+)?{YEAR})?
  | {LOWER_MONTH}\s+(?:{DAY}{COMMA}{YEAR}|{ORDINAL_DAY})
  | (?i:the\s+)?(?:{DAY}\s+(?:of\s+)?{LOWER_MONTH}{COMMA}{YEAR}|{ORDINAL_DAY}\s+of\s+{LOWER_MONTH})
  | {LOWER_MONTH}\s+{YEAR}
  | {SAFE_LOWER_MONTH}\s+(?:{DAY}|the\s+{ORDINAL_DAY})
  | (?i:the\s+)?{DAY}\s+(?:of\s+)?{SAFE_LOWER_MONTH}
  | {ORDINAL}\s+(?:{QUARTER}|(?i:half))\s+(?:of\s+)?{YEAR}
  | (?<![Ff]iscal\s)(?<![Ff]iscal-){ORDINAL}[\s-]{QUARTER}(?![\w-]|\s+of\b)
  | [QH][1-4]\s+{YEAR}
  | {PART}?{MONTH}(?:{COMMA}(?:of\s+)?{YEAR})?
  | {PART}?(?:1[89]|20)\d0s\b
  | {PART}?{YEAR}(?:[-–]\d\d(?![\d%]))?
)"""
SEPARATOR = r"(?:\s*[-–—/]\s*|,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|into|&)\s+)"
DAY_RANGE = rf"{MONTH}\s+{DAY}\s*(?:[-–]|\s(?:to|through)\s)\s*(?:{MONTH}\s+)?{DAY}{COMMA}{YEAR}"
# ISO ("2024-11-19", "2015-3-3"), US order with slashes or dots ("11/19/2024", "10.31.1974"), a
# month and year ("2/2013"), and a day, month abbreviation and year ("31-Oct-74", "31/Oct/1974").
_ABBREVIATION = "(?i:" + "|".join(name[:3] for name in MONTHS) + ")"
NUMERIC = (r"(?<![\d.])(?:\d{4}-\d{1,2}-\d{1,2}(?:T[\d:+-]+)?|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
           r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\.\d)|(?:1[0-2]|0?[1-9])/(?:19|20)\d\d"
           rf"|(?:3[01]|[12]\d|0?[1-9])(?P<day_month>[-/]){_ABBREVIATION}(?P=day_month)(?:\d{{4}}|\d\d))(?![\d/])")
# US order with a two-digit year, "10/31/74" or "3-3-15": a plausible month and day, one separator.
SHORT_YEAR = (r"(?<![\d.,/-])(?:1[0-2]|0?[1-9])(?P<separator>[/-])(?:3[01]|[12]\d|0?[1-9])"
              r"(?P=separator)\d\d(?![\d/-]|\.\d)")
HOLIDAY = (rf"(?:(?P<holiday_shift>(?i:last|this|next))\s+)?(?P<holiday>{holidays.NAME})"
           rf"(?:,?\s+(?:of\s+)?(?P<holiday_year>{YEAR}))?")
_UNITS_AGO = r"(?i:years?|months?|weeks?|days?)\s+ago"
RELATIVE = rf"""(?:
    (?i:(?:last|this|next|coming)\s+(?:year|yr|month|week|quarter|qtr|spring|summer|autumn|fall|winter))\b
  | (?i:(?:earlier|later)\s+this\s+(?:year|month|week))
  | (?i:the\s+past\s+(?:year|month|week))\b
  | \b(?i:yesterday|tomorrow)
  | \b{NUMBER}\s+{_UNITS_AGO}
  | (?:(?i:last|next|this|on)\s+)?(?:{WEEKDAY}|{LOWER_WEEKDAY})(?!{COMMA}(?:{MONTH}|{DAY}\s))
  | (?i:last|next|this|on)\s+{LOWER_WEEKDAY}
  | (?i:on\s+(?:the\s+)?){ORDINAL_DAY}(?=\s*(?:[.,;:!?)]|$)|\s+(?i:at|and|or|to|through|when|before|after)\b)
)"""

# What follows the digits a candidate starts with: a year's four, the "/" or "-" of a numeric
# date, an ordinal's "st", "nd", "rd", "th", or a month, "of" or a time unit ("5 March", "5 of
# March", "5 years ago"). Most numbers start no date ("34B parameters", "1, according"): this
# check fails them at once, where trying every branch of the pattern costs 20 times as much.
_AFTER_DIGITS = (r"(?:[-/snrtSNRT]|\s+(?i:of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                 r"|year|month|week|day))")
DIGIT_START = rf"\d{{4}}(?!\d)|\d+{_AFTER_DIGITS}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
BODY = rf"""(?:
    (?P<day_range>{DAY_RANGE})
    | (?P<numeric>{NUMERIC})
    | (?P<short_year>{SHORT_YEAR})
    | {HOLIDAY}
    | (?P<lead>\b(?i:between|from)\s+)?(?P<items>{ITEM}(?:{SEPARATOR}{ITEM})*)
    | (?P<relative>{RELATIVE})
    )"""
# The words a candidate can start with, read off the branches of BODY, or their first letters
# ("mid" for "mid-2023" and "midsummer", "sep" for "September" and "Sept."). A try at a word
# starting otherwise ("months", "weeks", "debate") fails on this one check, not on every
# branch of BODY in turn.
FIRST_WORDS = ("between", "from", "end", "beginning", "start", "middle", "early", "mid", "late",
               "last", "this", "next", "coming", "earlier", "later", "past", "yesterday", "tomorrow",
               "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4", *WEEKDAYS,
               *(name[:3] for name in MONTHS), *(word.split("-")[0] for word in DAY_WORDS),
               *holidays.LEAD_WORDS, *(name.lower() for name in holidays.CAPITALISED))
# Common words that start a candidate only before what BODY has after them: "the 5th", "the
# end of", "the past year", not "the year"; "summer 2023", not "summer."; "on Monday"; "a year
# ago". Mostly they stand before an anchor as lead words, and would pass at every one.
_AFTER_THE = ("end", "beginning", "start", "middle", "past", *(word.split("-")[0] for word in DAY_WORDS))
FIRST_PHRASES = (rf"the\s+(?:\d|{alternation(_AFTER_THE)})",
                 rf"{alternation(SEASONS)}\s+(?:of\s+)?\d",
                 rf"on\s+{alternation(WEEKDAYS)}",
                 r"on\s+(?:the\s+)?\d",
                 rf"{alternation(NUMBER_WORDS)}\s+{_UNITS_AGO}")
# Every candidate starts a word, with an ASCII letter or a digit; the lookahead lets the engine
# skip other positions fast.
_START = rf"(?=[A-Za-z])(?i:{'|'.join(FIRST_PHRASES)}|{alternation(FIRST_WORDS)})|{DIGIT_START}"
CANDIDATE = re.compile(rf"\b(?={_START}){BODY}", re.VERBOSE)
ITEM_PATTERN = re.compile(ITEM, re.VERBOSE)

# Every candidate holds an anchor: a digit, a capitalised month or weekday, or a word of
# the relative and seasonal phrases. Digits and capitals are found by one regex of plain
# literals (so `re` skips to their first characters in C), keywords by `str.find` in the lowered text;
# the full candidate pattern then runs only at the lead words just before each anchor.
# "day" is in every lower-case weekday ("next tuesday") and in "yesterday" (the lead pattern
# reads back to the word's start), "Day" in most holidays ("Memorial Day"); the holidays
# without it are anchored by their capitalised names, as news writes them.
_KEYWORDS = ("year", "yr", "month", "week", "ago", "quarter", "qtr", "spring", "summer", "autumn",
             "fall", "winter", "tomorrow", "day")
# Those starting with "q", a letter rare in text, cost the regex next to nothing: finding them
# there saves a scan of the whole text for each.
_Q_KEYWORDS = ("quarter", "qtr")
_FOUND_KEYWORDS = tuple(word for word in _KEYWORDS if word not in _Q_KEYWORDS)
# A run of digits is an anchor only if a candidate can start with it (DIGIT_START) or hold it
# as its first anchor: inside a word ("Q3 2024") or before a year ("march 3, 2015", whose
# lower-case month is no anchor). Most numbers are neither, and each anchor costs a try of the
# lead and candidate patterns. Written for the text after the run's first digit, so that `re`
# still skips to digits in C.
_DIGIT_ANCHOR = (r"(?<![0-9][0-9])(?:(?<=[^\W0-9][0-9])"
                 rf"|(?=\d{{3}}(?!\d)|\d*{_AFTER_DIGITS}|\d*\s?,?\s+\d{{4}}|\d?\.\d{{1,2}}\.\d{{4}}))")
_CAPITALISED = re.compile("|".join((
    *(digit + _DIGIT_ANCHOR for digit in "0123456789"),
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    *(word for q in _Q_KEYWORDS for word in (q, q.title(), q.upper())), *holidays.CAPITALISED)))
# Words that may stand between a candidate's start and its first anchor ("between the end
# of", "earlier this", "twelve", "the past"), matched backwards on the reversed text because
# `re` cannot look behind by a variable width.
LEAD_WORDS = ("between", "from", "the", "of", "end", "beginning", "start", "middle", "early",
              "mid", "late", "first", "second", "third", "fourth", "last", "this", "next",
              "coming", "earlier", "later", "past", "on", "a", "an", "one", "two", "three", "four",
              "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              *(part for word in DAY_WORDS for part in word.split("-")),
              *holidays.LEAD_WORDS,
              *(month for name in MONTHS for month in (name, name[:3], "sept")))
# One branch per shared prefix (`alternation`): a flat one cost a try of each of 130 words per anchor.
_REVERSED_LEAD = re.compile(
    r"\w*(?:[\s,.-]+(?:" + alternation(word[::-1] for word in LEAD_WORDS) + r")\b)*", re.IGNORECASE)


_LOWER_WORDS = Words((*SAFE_LOWER_MONTHS, *_FOUND_KEYWORDS))


def anchors(text: str, lower: str) -> list[int]:
    """Return the sorted start offsets of every anchor in `text`, whose lower case is `lower`."""
    found = list(map(re.Match.start, _CAPITALISED.finditer(text)))  # map: no bytecode run per anchor
    words = _LOWER_WORDS.positions(lower)
    # Month names in lower case ("february 15"); capitalised ones are anchors already.
    found += [at for month in SAFE_LOWER_MONTHS for at in words[month] if text[at].islower()]
    # Keywords in the lowered text: "last year", "Last Year" and a headline's "LAST YEAR" alike.
    found += [at for word in _FOUND_KEYWORDS for at in words[word]]
    return sorted(found)


def candidates(text: str, unspaced: Optional[str] = None) -> Iterator[re.Match]:
    """Yield the matches of CANDIDATE in `text`, as `finditer` would, trying only near anchors.

    `unspaced` is the text as it was before spaces in it were turned into NULs, if they were:
    no anchor holds a space, so its lower case, which the other extractors lower too, serves.
    """
    lower = lowered(unspaced or text)
    if lower is None:  # lowering would move offsets ("İ") or miss a fold ("ſ"): scan it all
        return CANDIDATE.finditer(text)
    return matches(CANDIDATE, text, anchors(text, lower), _REVERSED_LEAD)
