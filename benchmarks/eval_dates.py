"""Measure date extraction: precision and recall on the sentence table, and peers' cases.

    python -m benchmarks.eval_dates [--external FOLDER [--verbose]] [--speed SOURCES]

Table: a found mention counts as exact when its text and value equal an expected one, and
value-only when its value does (wherever the span starts). --external takes the folder of
peers' suites (duckling_en/, dateparser_search_en/) and scores the cases in scope (see
`duckling_in_scope` and `dateparser_in_scope`); each miss is put in a category (see
`duckling_miss` and `dateparser_miss`), printed one by one with --verbose; beside each score,
`dateparser.search_dates` run on the same cases, and last the row of dates of the
per-category comparison (both sides scored by one rule: `date_row`). --speed times
extraction over the folder's sources copied 40 times with shifted years and rotated month
names (best of 3 runs).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import time

from crosscheck.extract import dates, intervals
from crosscheck.load import load_sources
from crosscheck.model import Source
from crosscheck.numbers import UNITS
from tests.data.dates_table import rows

from . import peer_categories

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_MONTH_NAME = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b")
_GRAINS = {"Day": "day", "Month": "month", "Year": "year", "Quarter": "quarter"}


def mentions(text: str, published=None, datelines: bool = False):
    """Return the date mentions in a text, anchored at `published` (a date or None)."""
    return dates.extract(Source(id="eval", path="eval", text=text, published=published), datelines)


def table_scores() -> dict:
    """Return counts and precision/recall over the sentence table, exact and value-only."""
    counts = {"expected": 0, "found": 0, "exact": 0, "value": 0}
    for _, sentence, published, expected, _ in rows():
        anchor = dt.date.fromisoformat(published) if published else None
        got = [_as_row(m) for m in mentions(sentence, anchor)]
        counts["expected"] += len(expected)
        counts["found"] += len(got)
        counts["exact"] += len(_matched(got, expected, lambda row: row))
        counts["value"] += len(_matched(got, expected, lambda row: row[1:]))
    return counts


def _as_row(mention):
    value = mention.value
    if value is None:
        return (mention.text, None, None, None)
    if value.fiscal:  # a fiscal period names itself at both ends, as the table writes it
        return (mention.text, value.fiscal, value.fiscal, value.granularity)
    iso = [day.isoformat() if day else None for day in (value.start, value.end)]
    return (mention.text, iso[0], iso[1], value.granularity)


def _matched(got, expected, key):
    remaining = [key(tuple(row)) for row in expected]
    hits = []
    for row in got:
        if key(row) in remaining:
            remaining.remove(key(row))
            hits.append(row)
    return hits


def duckling_in_scope(case: dict) -> bool:
    """Keep whole-date cases a news text states: a day, month, quarter or year, no clock time.

    Each case is a whole input, so a day is read even alone on its line, where `extract`
    would take it for a dateline.
    """
    expected = case.get("expected") or {}
    return (case.get("expect_match") and expected.get("kind") == "instant"
            and expected.get("grain") in _GRAINS and re.match(r"\d{4}-", expected.get("value", ""))
            and not re.search(r"\d:\d|\b(?:am|pm)\b", case["text"], re.IGNORECASE))


def peer_dates(text: str, anchor: dt.date | None) -> list[dt.date]:
    """Return the days `dateparser.search.search_dates` finds in a text, relative to `anchor`."""
    from dateparser.search import search_dates  # slow to import; only the peers' columns need it

    settings = {"RELATIVE_BASE": dt.datetime.combine(anchor, dt.time())} if anchor else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    return [value.date() for _, value in found]


def _peer_right(days: list[dt.date], start: dt.date, grain: str) -> bool:
    """Tell whether a peer's day names the expected date: the day itself, or a day in its month or year."""
    if grain == "day":
        return start in days
    if grain == "year":
        return any(day.year == start.year for day in days)
    return any((day.year, day.month) == (start.year, start.month) for day in days)


def duckling_scores(folder: str, verbose: bool = False) -> dict:
    """Return in-scope, correct and missed-by-category counts on duckling's Time corpus, and
    false alarms on its negatives; `peer_` counts are dateparser's on the same cases."""
    counts = {"in_scope": 0, "correct": 0, "negatives": 0, "false_alarms": 0, "peer_correct": 0,
              "peer_false_alarms": 0}
    misses = dict.fromkeys(MISS_CATEGORIES, 0)
    for case in _cases(folder, "duckling_en", "Time.jsonl"):
        anchor = dt.date.fromisoformat(case["reference_time"][:10]) if case.get("reference_time") else None
        if case.get("section") == "negativeCorpus":
            counts["negatives"] += 1
            counts["false_alarms"] += bool(mentions(case["text"], anchor))
            counts["peer_false_alarms"] += bool(peer_dates(case["text"], anchor))
        elif duckling_in_scope(case):
            counts["in_scope"] += 1
            start = dt.date.fromisoformat(case["expected"]["value"][:10])
            grain = _GRAINS[case["expected"]["grain"]]
            counts["peer_correct"] += _peer_right(peer_dates(case["text"], anchor), start, grain)
            found = mentions(case["text"], anchor, datelines=True)
            if any(m.value and m.value.start == start and m.value.granularity == grain for m in found):
                counts["correct"] += 1
                continue
            category = duckling_miss(case["text"], start, grain, found)
            misses[category] += 1
            if verbose:
                print(f"  duckling miss ({category}): {case['text']!r} -> {start} {grain}; "
                      f"found {[(m.text, _shown(m.value)) for m in found]}")
    counts["misses"] = misses
    return counts


# Why an in-scope duckling case is missed, in the order they are tested.
MISS_CATEGORIES = ("convention", "named day", "arithmetic", "wrong value", "missed form")
# Words a date phrase may hold besides names of days: anything else names a holiday or a
# named day ("thanksgiving", "Eid al-Fitr", "the ides of march").
_DATE_WORDS = set(
    [m.lower() for m in _MONTHS] + [m[:3].lower() for m in _MONTHS] + ["sept"]
    + [w for d in intervals.WEEKDAYS for w in (d, d[:3], d[:4])]
    + list(UNITS) + list(intervals.ORDINALS) + ["fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    + "the of in on at to from now hence ago back after before upcoming current previous coming "
      "next last this day days week weeks month months year years quarter quarters qtr yr "
      "today tomorrow yesterday time closest around st nd rd th q".split())
# Offsets from today or another date, and days counted within a month: beyond the dates a
# text states ("3 fridays from now", "the day after tomorrow", "first tuesday of october").
_ARITHMETIC = re.compile(
    r"\b(?:from\s+now|hence|ago|back|after\s+next|upcoming|in\s+(?:a|an|one|\d+)\s|closest|today"
    r"|this\s+time|current|previous|day\s+(?:after|before|of)|(?:of|in)\s+(?:the\s+)?(?:this|next|last)"
    r"|\w+\s+(?:of|in)\s+(?:the\s+)?(?:month|week)|(?:first|second|third|last|\d\w*)\s+\w+\s+(?:of|in)\s)",
    re.IGNORECASE)


def duckling_miss(text: str, start: dt.date, grain: str, found) -> str:
    """Return the category of a missed duckling case (one of MISS_CATEGORIES).

    "convention": we resolve a date without its year (or a weekday, a holiday) backwards
    from the reference, as the contract asks of news text, and duckling forwards: its answer
    is ours one year later (a week for a weekday; the same holiday the next year).
    """
    for mention in found:
        value = mention.value
        whole = mention.text.strip(" .") == text.strip(" .")
        if value and value.granularity == grain and (start == _year_later(value.start) or whole and (
                start == value.start + dt.timedelta(days=7) or start.year == value.start.year + 1)):
            return "convention"
    if set(re.findall(r"[a-z]+", text.lower())) - _DATE_WORDS:
        return "named day"
    if _ARITHMETIC.search(text):
        return "arithmetic"
    if any(m.text.strip(" .") == text.strip(" .") for m in found):
        return "wrong value"
    return "missed form"


def _year_later(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return None


def _shown(value):
    return None if value is None else (str(value.start), str(value.end), value.granularity)


def _cases(folder: str, suite: str, name: str) -> list[dict]:
    with open(os.path.join(folder, suite, name), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def dateparser_in_scope(case: dict) -> bool:
    """Keep English (ASCII) texts whose expected dates are given as fixed datetimes."""
    expected = case.get("expected") or []
    return bool(expected) and case["text"].isascii() and all("$datetime" in e["value"] for e in expected)


def dateparser_scores(folder: str, verbose: bool = False) -> dict:
    """Return in-scope, found and missed-by-reason counts of dateparser's search cases (date part only)."""
    counts = {"in_scope": 0, "found": 0, "peer_found": 0}
    misses: dict[str, int] = {}
    for case in filter(dateparser_in_scope, _cases(folder, "dateparser_search_en", "search_cases_en.jsonl")):
        base = ((case.get("settings") or {}).get("RELATIVE_BASE") or {}).get("$datetime")
        anchor = dt.date.fromisoformat(base[:10]) if base else None
        found = mentions(case["text"], anchor, datelines=True)
        peer = peer_dates(case["text"], anchor)
        for item in case["expected"]:
            counts["in_scope"] += 1
            day = dt.date.fromisoformat(item["value"]["$datetime"][:10])
            counts["peer_found"] += day in peer
            if any(m.value and m.value.start == day for m in found):
                counts["found"] += 1
                continue
            reason = dateparser_miss(item["matched_text"], day, found)
            misses[reason] = misses.get(reason, 0) + 1
            if verbose:
                print(f"  dateparser miss ({reason}): {item['matched_text']!r} -> {day} in "
                      f"{case['text'][:60]!r}; found {[(m.text, _shown(m.value)) for m in found]}")
    counts["misses"] = misses
    return counts


def dateparser_miss(matched: str, day: dt.date, found) -> str:
    """Return why dateparser's date is not among ours."""
    same_text = [m for m in found if matched.lower() in m.text.lower()]
    if any(m.value and _year_later(m.value.start) == day for m in same_text):
        return "convention"  # yearless, resolved backwards from the relative base
    if any(m.value and m.value.start < day and m.value.end == day for m in same_text):
        return "end of a range"
    if any(m.value is None for m in same_text):
        return "no year and no anchor"
    if not matched.isascii() or not re.search(r"\d", matched) and not _DATE_WORDS.issuperset(
            re.findall(r"[a-z]+", matched.lower())):
        return "other language or clock phrase"
    return "missed form"


def varied_corpus(folder: str, copies: int = 40) -> list[Source]:
    """Return the sources of `folder` copied `copies` times, each copy with other years and months.

    Shifting every year and rotating every month name keeps the candidate spans varied, so
    caches do not flatter the figure as they would on the same text repeated.
    """
    sources = load_sources([folder])
    corpus = []
    for copy in range(copies):
        def shift_year(match, copy=copy):
            return str(1950 + (int(match[0]) - 1950 + copy * 7) % 75)

        def rotate_month(match, copy=copy):
            return _MONTHS[(_MONTHS.index(match[0]) + copy) % 12]

        for source in sources:
            text = _YEAR.sub(shift_year, source.text)
            text = _MONTH_NAME.sub(rotate_month, text)
            corpus.append(Source(id=f"{source.id}-{copy}", path=source.path, text=text,
                                 published=source.published))
    return corpus


def speed(folder: str, runs: int = 3) -> tuple[float, float]:
    """Return the corpus size in MB and the best MB/s of `runs` date extractions over it.

    The best run, in CPU seconds of this process, is reported because other processes on a
    shared machine only ever slow a run down, and slow its clock more than its CPU time.
    """
    corpus = varied_corpus(folder)
    size = sum(len(source.text.encode("utf-8")) for source in corpus) / 1e6
    timings = []
    for _ in range(runs):
        began = time.process_time()
        for source in corpus:
            dates.extract(source)
        timings.append(time.process_time() - began)
    return size, size / min(timings)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "n/a"


def _period(start: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the period a peer's case names."""
    value = {"day": lambda: intervals.day(start), "month": lambda: intervals.month(start.year, start.month),
             "quarter": lambda: intervals.quarter((start.month - 1) // 3 + 1, start.year),
             "year": lambda: intervals.year(start.year)}[grain]()
    return value.start, value.end


def _periods(text: str, start: dt.date, grain: str) -> list[tuple[dt.date, dt.date]]:
    """Return the periods a case's date may be read as, by one convention for both sides.

    The case's own, and where the text states no year the same date a year earlier (a week
    earlier for a weekday; within a week of it for a named day, as "Black Friday" moves): news
    resolves a yearless date back from the publication day, dateparser by its own setting,
    duckling forwards; none of the three is wrong on a text that does not say which.
    """
    first, last = _period(start, grain)
    periods = [(first, last)]
    if _YEAR_WRITTEN.search(text):
        return periods
    earlier = _year_later(first.replace(day=28) if (first.month, first.day) == (2, 29) else first)
    earlier = earlier.replace(year=earlier.year - 2) if earlier else None
    if earlier is not None:
        periods.append(_period(earlier, grain))
        if grain == "day" and not re.search(r"\d", text):
            week = dt.timedelta(days=7)
            periods.append((earlier - week, earlier + week))
    if re.search(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)", text):
        week = dt.timedelta(days=7)
        periods.append((first - week, last - week))
    return periods


# A year the text states: its digits, or counted from now ("next year", "in a year").
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d|\b\d\d$|\b(?:last|next|this|current|a|one|two|three|four|five|six"
                           r"|\d+)\s+(?:years?|yrs?)\b", re.IGNORECASE)


def _within(periods, first: dt.date, last: dt.date, grain: str) -> bool:
    """Tell whether a value read (first to last day) names the case's date: inside one of its
    periods, and the very day where the case wants a day (a range of days states both ends)."""
    for start, end in periods:
        if grain != "day" and start <= first <= last <= end:
            return True
        inside = start <= first <= end and (first == last or start == end)
        if grain == "day" and (inside or start == end == last):
            return True
    return False


def date_row(folder: str, verbose: bool = False) -> peer_categories.Row:
    """Score duckling's and dateparser's date cases for crosscheck and dateparser.search_dates
    by one rule (see `_periods` and `_within`); false values on duckling's negatives."""
    row = peer_categories.Row("dates")
    cases = []
    for case in _cases(folder, "duckling_en", "Time.jsonl"):
        anchor = dt.date.fromisoformat(case["reference_time"][:10]) if case.get("reference_time") else None
        if case.get("section") == "negativeCorpus":
            row.negatives += 1
            row.our_false += bool(mentions(case["text"], anchor))
            row.peer_false += bool(peer_dates(case["text"], anchor))
        elif duckling_in_scope(case):
            expected = case["expected"]
            cases.append((case["text"], case["text"], anchor, dt.date.fromisoformat(expected["value"][:10]),
                          _GRAINS[expected["grain"]]))
    for case in filter(dateparser_in_scope, _cases(folder, "dateparser_search_en", "search_cases_en.jsonl")):
        base = ((case.get("settings") or {}).get("RELATIVE_BASE") or {}).get("$datetime")
        anchor = dt.date.fromisoformat(base[:10]) if base else None
        for item in case["expected"]:
            day = dt.date.fromisoformat(item["value"]["$datetime"][:10])
            cases.append((case["text"], item["matched_text"], anchor, day, "day"))
    for text, matched, anchor, start, grain in cases:
        periods = _periods(matched, start, grain)
        found = mentions(text, anchor, datelines=True)
        ours = any(m.value and m.value.start and m.value.end
                   and _within(periods, m.value.start, m.value.end, grain) for m in found)
        peers = any(_within(periods, day, day, grain) for day in peer_dates(text, anchor))
        row.cases, row.ours, row.peers = row.cases + 1, row.ours + ours, row.peers + peers
        if verbose and not ours:
            read = [(m.text, _shown(m.value)) for m in found]
            print(f"  dates miss: {matched!r} -> {start} {grain}; found {read}"
                  f"{'  (dateparser right)' * peers}")
    return row


def _print_peers(folder: str, verbose: bool) -> None:
    duck = duckling_scores(folder, verbose)
    conventional = duck["correct"] + duck["misses"]["convention"]
    print(f"duckling Time in scope: accuracy {_ratio(duck['correct'], duck['in_scope'])}; "
          f"under our convention {_ratio(conventional, duck['in_scope'])}; "
          f"negatives with a false date {_ratio(duck['false_alarms'], duck['negatives'])}")
    peer = _ratio(duck["peer_correct"], duck["in_scope"])
    print(f"  dateparser.search_dates on the same cases: accuracy {peer}; "
          f"negatives with a false date {_ratio(duck['peer_false_alarms'], duck['negatives'])}")
    print("  misses by category: " + ", ".join(f"{k} {v}" for k, v in duck["misses"].items()))
    search = dateparser_scores(folder, verbose)
    print(f"dateparser search in scope: dates found {_ratio(search['found'], search['in_scope'])}; "
          f"dateparser.search_dates itself {_ratio(search['peer_found'], search['in_scope'])}")
    print("  misses by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(search["misses"].items())))
    peer_categories.print_rows([date_row(folder, verbose)], "dateparser.search_dates")


def main() -> None:
    """Print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--external", help="folder of peers' suites (duckling_en/, dateparser_search_en/)")
    parser.add_argument("--speed", help="folder of sources to time extraction on")
    parser.add_argument("--verbose", action="store_true", help="print every missed peer case and why")
    args = parser.parse_args()
    table = table_scores()
    for kind in ("exact", "value"):
        print(f"table {kind:5}: precision {_ratio(table[kind], table['found'])}, "
              f"recall {_ratio(table[kind], table['expected'])}")
    if args.external:
        _print_peers(args.external, args.verbose)
    if args.speed:
        size, rate = speed(args.speed)
        print(f"speed: {rate:.1f} MB/s of CPU time (date extraction, one process, "
              f"{size:.1f} MB of varied text)")


if __name__ == "__main__":
    main()
