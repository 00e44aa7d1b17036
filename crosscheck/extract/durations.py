"""Durations, offsets and ages that carry claims: "twelve days later", "for 90 minutes", "a 45-year-old".

They become figure mentions with a time unit (second to year, as stated), so that two
sources giving the same interval between two events, or the same age, are found to agree. A
duration counts only when it places an event ("later", "after", "within", "for"); an age
when it is written as one ("16 years old", "aged 64", "turns 82"). "Three years ago" is a
date (see relative_dates).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import List, NamedTuple, Optional

from ..model import FigureValue, Mention, Source
from ..numbers import UNITS, parse_number
from .anchored import WORD_CHARACTERS, Words, alternation, lowered, matches, occurrences, word_occurrences

_WORD = "|".join(sorted((w for w in UNITS if w not in ("a", "an")), key=len, reverse=True))
_AMOUNT = rf"(?:\d+|(?:{_WORD})(?:[-\s](?:{_WORD}))*|an?|a\s+few|several|a\s+couple\s+of)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_PATTERN = re.compile(
    rf"""\b(?:
        (?P<lead>after|within|for)\s+(?P<lead_amount>{_AMOUNT}\s+)?(?P<lead_unit>{_UNIT})
      | (?P<amount>{_AMOUNT}\s+)?(?P<unit>{_UNIT})\s+(?P<tail>later|after|earlier|before|afterwards?)
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
_VAGUE = {"a few", "several"}  # at least two, how many more is not said

# Every match holds one time noun; before it stand at most a lead word and amount words,
# matched backwards on the reversed text (longest first, and no word ends another, so the
# run is never cut short; `alternation` shares their prefixes).
_TIME_NOUNS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
_LEAD_WORDS = [*UNITS, "few", "several", "couple", "of", "after", "within", "for"]
_REVERSED_LEAD = re.compile(
    r"(?:[-\s]+(?:\d+|" + alternation(word[::-1] for word in _LEAD_WORDS) + "))*", re.IGNORECASE)


# Ages, in years as stated: "a 45-year-old", "16 years old", "aged 64", "turns 82". Not the end of a
# range ("between 6 and 17 years old"), nor a number turned into another unit ("turned 2 percent").
_AGE = re.compile(r"(?<![\d.,])(?<!and )(?<!to )(?P<age>\d{1,3})[- ]years?[- ]old\b"
                  r"|\b(?:aged|turn(?:s|ed|ing)?)\s+(?P<age_after>\d{1,3})\b(?![.,]\d|\s*(?:%|percent|points?|"
                  r"degrees|times|million|billion|years|months|weeks|days|hours|minutes|of|to|in)\b)"
                  # "at the age of 80", "to age 21", "raised the age to 21", "died at 80"
                  r"|\b(?:(?:at|to)\s+)?the\s+age\s+of\s+(?P<age_of>\d{1,3})\b(?![.,]\d)"
                  r"|\b(?:at|to)\s+age\s+(?P<age_at>\d{1,3})\b(?![.,]\d)"
                  r"|\bage\s+(?:limit\s+)?to\s+(?P<age_to>\d{1,3})\b(?![.,]\d|\s*(?:%|percent))"
                  r"|\b(?:died|dies|retired|retires)\s+at\s+(?P<age_died>\d{1,3})\b"
                  r"(?![.,:]\d|\s*(?:%|percent|mph|degrees|years|[ap]\.?m\b|o[’']clock))")
# Every age holds one of these words; `_AGE` is tried only from a few characters before each,
# where a scan of the whole text cost six times the rest of this extractor. The whole words
# "age", "died", "retired" are found as words, "age" being inside many others ("page").
_AGE_WORDS = ("year", "aged", "turn")
_AGE_WHOLE_WORDS = ("age", "died", "dies", "retire")
_AGE_GROUPS = ("age", "age_after", "age_of", "age_at", "age_to", "age_died")


def ages(text: str, anchors: Optional[Anchors] = None) -> list[Mention]:
    """Find the ages a text states, as figures in years."""
    anchors = anchors or find_anchors(text)
    if anchors.age is None:
        found = list(_AGE.finditer(text))
    else:
        found, done = [], 0
        for at in anchors.age:
            match = _AGE.search(text, max(done, at - 7), at + 30)
            if match and match.start() <= at < match.end():
                found.append(match)
                done = match.end()
    mentions = []
    for match in found:
        years = Decimal(next(match[group] for group in _AGE_GROUPS if match[group]))
        mentions.append(Mention("figure", match.start(), match.end(), match[0],
                                FigureValue(years, years, "eq", "year"), attribute="age"))
    return mentions


def extract(source: Source) -> list[Mention]:
    """Find durations, offsets and ages in a source's text."""
    anchors = find_anchors(source.text)
    mentions = ages(source.text, anchors)
    for match in candidates(source.text, anchors):
        amount = match["lead_amount"] or match["amount"]
        unit = (match["lead_unit"] or match["unit"]).lower()
        if match["tail"] and not amount:
            continue  # "days later" alone is a phrase, not a stated interval
        value = duration(amount, unit)
        if value is not None:
            mentions.append(Mention("figure", match.start(), match.end(), match[0], value))
    taken = [(mention.start, mention.end) for mention in mentions]
    for match in stated(source.text, anchors):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            value = total(match[0])
            if value is not None:
                mentions.append(Mention("figure", match.start(), match.end(), match[0], value))
    return sorted(mentions, key=lambda mention: mention.start)


# An amount of time stated with its number wherever it stands: "90 minutes", "1.5 hours",
# "six weeks of pregnancy", "an hour and 45 minutes", "half an hour". Not an age ("16 years
# old"), nor a date ("three years ago", "two weeks from now"); a bare "a day" or "an hour" is
# no amount ("$15 an hour", "once a day"), only in a sum or with a half. Units in lower case:
# "60 Minutes" is a programme.
_BARE_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)(?![\w-])"
_NUMBER = rf"(?:\d+(?:\.\d+)?|(?i:{_WORD})(?:[-\s](?i:{_WORD}))*)"
_HALF = r"\s+and\s+(?:an?\s+)?half"
_ONE_PART = (rf"(?:(?:{_NUMBER}|(?i:an?))(?:{_HALF})?[\s-]+{_BARE_UNIT}(?:{_HALF})?"
             rf"|(?i:half)(?:\s+an?)?[\s-]+{_BARE_UNIT})")
_STATED = re.compile(
    rf"(?<![\w.,$€£-])(?:{_ONE_PART})(?:(?:,\s*|\s+and\s+|\s+)(?:{_ONE_PART}))*"
    r"(?!\s*[-\s]old\b|\s+ago\b|\s+from\s+now\b|\s+hence\b|\s+(?:later|earlier|before|after)\b"
    # "its fiscal 2024 second quarter": the ordinal of a quarter or half, not 2,024 seconds
    r"|(?<=second)[\s-]+(?i:quarter|half)\b)")
_PART = re.compile(rf"(?P<amount>{_NUMBER}|(?i:an?|half(?:\s+an?)?))(?P<half>{_HALF})?[\s-]+"
                   rf"(?P<unit>{_BARE_UNIT})(?P<half_after>{_HALF})?")
_STATED_NOUNS = ("second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year", "decade")
_LEAD = re.compile(r"(?:[-\s,]+(?:\d+(?:\.\d+)?|" + alternation(
    word[::-1] for word in [*UNITS, "and", "half", *(f"{noun}s" for noun in _STATED_NOUNS), *_STATED_NOUNS])
    + r"))*", re.IGNORECASE)
_UNIT_NAMES = {"sec": "second", "min": "minute", "hr": "hour", "decade": "year"}
# Each unit in seconds, a month as 30 days; within a sum of years and months a year is 12 months.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2592000,
            "year": 31536000}


def stated(text: str, anchors: Optional[Anchors] = None):
    """Yield the matches of the stated-amount pattern, tried only before the time nouns."""
    anchors = anchors or find_anchors(text)
    if anchors.stated is None:
        return _STATED.finditer(text)
    return matches(_STATED, text, anchors.stated, _LEAD)


def total(phrase: str) -> FigureValue | None:
    """Return the figure of one amount of time or a sum of them, in the smallest unit stated."""
    parts = []
    for part in _PART.finditer(phrase):
        amount = part["amount"].lower()
        unit = part["unit"].lower().rstrip("s")
        unit = _UNIT_NAMES.get(unit, unit)
        number = Decimal("0.5") if amount.startswith("half") else parse_number(amount)
        if number is None:
            return None
        number = number * (10 if part["unit"].lower().startswith("decade") else 1)
        parts.append((number + (Decimal("0.5") if part["half"] or part["half_after"] else 0), unit,
                      amount in ("a", "an") and not (part["half"] or part["half_after"])))
    if not parts or len(parts) == 1 and parts[0][2]:
        return None
    smallest = min((unit for _, unit, _ in parts), key=_SECONDS.get)
    if {unit for _, unit, _ in parts} <= {"year", "month"}:
        amount = sum(number * (12 if unit == "year" and smallest == "month" else 1)
                     for number, unit, _ in parts)
    else:
        amount = sum(number * _SECONDS[unit] for number, unit, _ in parts) / _SECONDS[smallest]
    if amount != amount.to_integral_value() and smallest != "second":  # "1.5 hours": 90 minutes
        smaller = {"minute": "second", "hour": "minute", "day": "hour", "week": "day", "month": "day",
                   "year": "month"}[smallest]
        factor = {"month": 30, "year": 12}.get(smallest) or _SECONDS[smallest] // _SECONDS[smaller]
        amount, smallest = amount * factor, smaller
    amount = Decimal(int(amount)) if amount == amount.to_integral_value() else amount.normalize()
    return FigureValue(amount, amount, "eq", smallest)


def candidates(text: str, anchors: Optional[Anchors] = None):
    """Yield the matches of the duration pattern, trying it only before the time nouns."""
    anchors = anchors or find_anchors(text)
    if anchors.time is None:
        return _PATTERN.finditer(text)
    return matches(_PATTERN, text, anchors.time, _REVERSED_LEAD)


class Anchors(NamedTuple):
    """Sorted offsets each search above is tried at (None: lowering moves offsets, scan it all)."""

    time: Optional[List[int]]  # word starts of _TIME_NOUNS
    stated: Optional[List[int]]  # word starts of _STATED_NOUNS
    age: Optional[List[int]]  # _AGE_WORDS anywhere, _AGE_WHOLE_WORDS at word starts


def plain_anchors(text: str) -> Anchors:
    """Return the anchors as their definitions say, a scan of the text per word (the specification)."""
    lower = lowered(text)
    if lower is None:
        return Anchors(None, None, None)
    return Anchors(sorted(set(word_occurrences(lower, _TIME_NOUNS))),
                   sorted(set(word_occurrences(lower, _STATED_NOUNS))),
                   sorted(set(occurrences(lower, _AGE_WORDS) + word_occurrences(lower, _AGE_WHOLE_WORDS))))


# The three searches' 26 words are found as 13 prefixes: each word found once, the longer
# words inside the hits of their prefixes ("second" among "sec", "aged" among "age", "died"
# and "dies" among "die"). A scan of a 5 kB text costs about as much as reading its
# durations; the 26 scans took half this extractor's time on a generated news corpus, and
# `Words` finds the 13 prefixes in 8 scans, each skipping to a rare letter.
_SCANNED = ("sec", "min", "hour", "hr", "day", "week", "month", "year", "decade", "age", "turn", "die",
            "retire")
_STATED_SCANNED = _SCANNED[:9]
_SCANNED_WORDS = Words(_SCANNED)


def find_anchors(text: str) -> Anchors:
    """Return what `plain_anchors` returns, scanning the text once per word prefix."""
    lower = lowered(text)
    if lower is None:
        return Anchors(None, None, None)
    hits = _SCANNED_WORDS.positions(lower)
    starts = {word: [at for at in found if at == 0 or lower[at - 1] not in WORD_CHARACTERS]
              for word, found in hits.items()}
    stated = sorted(at for word in _STATED_SCANNED for at in starts[word])
    time = [at for at in stated if lower.startswith(_TIME_NOUNS, at)]
    age = hits["year"] + hits["turn"] + [at for at in hits["age"] if lower.startswith("aged", at)]
    age += starts["age"] + starts["retire"]
    age += [at for at in starts["die"] if lower.startswith(("died", "dies"), at)]
    return Anchors(time, stated, sorted(set(age)))


def duration(amount: str | None, unit: str) -> FigureValue | None:
    """Return the figure for "twelve days", "two decades" or "several weeks" (at least two weeks)."""
    unit = unit.rstrip("s")
    scale = Decimal(10) if unit == "decade" else Decimal(1)
    unit = "year" if unit == "decade" else unit
    words = re.sub(r"\s+", " ", (amount or "").strip().lower())
    if not words:
        # "for months", "for years": a manner of speaking more than a count ("for months" of
        # six weeks is no contradiction), so no figure; "several months" does count them.
        return None
    if words in _VAGUE:
        return FigureValue(Decimal(2) * scale, None, "ge", unit)
    if words == "a couple of":
        return FigureValue(Decimal(2) * scale, Decimal(2) * scale, "approx", unit)
    number = parse_number(words)
    if number is None:
        return None
    return FigureValue(number * scale, number * scale, "eq", unit)
