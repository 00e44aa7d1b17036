"""The regular expressions that find date candidates in running text.

Month and weekday names must be capitalised: "may" the modal verb and "march" the verb are
never candidates. A bare year or bare month is only a candidate here; whether it stands in
date position ("in 2013", "a July blog post") is decided by the extractor.
"""
from __future__ import annotations

import re

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
    r"|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d))(?![A-Za-z])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# Not a year: part of a bigger number ("2,023", "2023.5"), a percentage, or a size ("2048B").
YEAR = r"(?<![\d$€£.,/])(?<![A-Za-z]-)(?:1[7-9]\d\d|20\d\d)(?![\d%]|[.,/]\d|[A-Za-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
PART = r"(?:(?i:early|mid|late)[\s-]+|(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+)"
SEASON = r"(?i:spring|summer|autumn|fall|winter)"
ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
NUMBER = r"(?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"

# One date, as it can appear alone or as an item of a list or range.
ITEM = rf"""\b(?:
    (?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?
  | (?:{WEEKDAY},?\s+)?(?i:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?
  | {PART}?{SEASON}\s+(?:of\s+)?{YEAR}
  | (?i:mid-?(?:summer|winter))(?:\s+(?:of\s+)?{YEAR})?
  | {ORDINAL}\s+(?i:quarter|half)\s+(?:of\s+)?{YEAR}
  | [QH][1-4]\s+{YEAR}
  | {PART}?{MONTH}(?:,?\s+(?:of\s+)?{YEAR})?
  | {PART}?(?:1[89]|20)\d0s\b
  | {PART}?{YEAR}(?:[-–]\d\d(?![\d%]))?
)"""
SEPARATOR = r"(?:\s*[-–—/]\s*|,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|into|&)\s+)"
DAY_RANGE = rf"{MONTH}\s+{DAY}\s*(?:[-–]|\s(?:to|through)\s)\s*(?:{MONTH}\s+)?{DAY},?\s+{YEAR}"
NUMERIC = r"(?<![\d.])(?:\d{4}-\d\d-\d\d(?:T[\d:+-]+)?|\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?![\d/])"
RELATIVE = rf"""(?:
    (?i:(?:last|this|next|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter))
  | (?i:(?:earlier|later)\s+this\s+(?:year|month))
  | \b(?i:yesterday|tomorrow)
  | \b{NUMBER}\s+(?i:years?|months?|weeks?|days?)\s+ago
  | (?:(?i:last|next|this|on)\s+)?{WEEKDAY}(?!,?\s+(?:{MONTH}|{DAY}\s))
)"""

# Every candidate starts a word; the lookahead lets the engine skip other positions fast.
CANDIDATE = re.compile(
    rf"""
    \b(?=[\dA-Za-z])(?:
    (?P<day_range>{DAY_RANGE})
    | (?P<numeric>{NUMERIC})
    | (?P<lead>\b(?i:between|from)\s+)?(?P<items>{ITEM}(?:{SEPARATOR}{ITEM})*)
    | (?P<relative>{RELATIVE})
    )""",
    re.VERBOSE,
)
ITEM_PATTERN = re.compile(ITEM, re.VERBOSE)
