"""Numeric dates ("2024-11-19", "11/19/2024") are read by hand exactly as dateparser reads them.

dateparser read them all before; it costs a millisecond a call, so the two shapes without a
time are now read with `int()`. Each row states the day, and dateparser must still agree.
"""
import hypothesis
import hypothesis.strategies as st
import pytest

from crosscheck.extract import dates
from crosscheck.model import Source

ROWS = [
    # facebook/duckling Duckling/Time/EN/Corpus.hs
    ("10/31/1974", "1974-10-31"),
    ("2015-03-03", "2015-03-03"),
    ("3/3/2015", "2015-03-03"),
    ("2015-03-28", "2015-03-28"),  # from "2015-03-28 17:00:00/2015-03-29 21:00:00"
    # scrapinghub/dateparser tests/test_search.py
    ("9/3/2017", "2017-09-03"),
    ("2014-10-15T16:12:20+00:00", "2014-10-15"),
    ("2014-12-12T12:33:39-08:00", "2014-12-12"),
    # shapes at the edges of dateparser's reading (DATE_ORDER "MDY")
    ("19/11/2024", "2024-11-19"),  # a first number above 12 is the day
    ("2024-13-01", "2024-01-13"),  # so is an ISO "month" above 12
    ("02/03/2024", "2024-02-03"),
    ("2/29/2024", "2024-02-29"),
    ("2/29/2023", None),  # not a leap year
    ("2023-29-02", None),
    ("13/13/2024", None),
    ("0/3/2024", None),
    ("2024-00-10", None),
    ("0000-01-01", None),  # no year 0
    ("2024-11-19T1", None),  # an unreadable time spoils the date for dateparser
]


def _day(value):
    return value.start.isoformat() if value else None


@pytest.mark.parametrize("text, expected", ROWS)
def test_a_numeric_date_reads_as_dateparser_reads_it(text, expected):
    assert _day(dates.parse_numeric(text)) == expected, text
    assert _day(dates._read_by_dateparser(text)) == expected, text


@pytest.mark.parametrize("sentence, expected", [
    # python/cpython Doc/whatsnew, peps.python.org/619 (the dates table's python-docs rows)
    ("Python 3.12.0 final is due out in two weeks: 2023-10-02.", "2023-10-02"),
    ("Python 3.10 reaches end-of-life on 2026-10-04.", "2026-10-04"),
])
def test_a_numeric_date_in_a_sentence_is_one_day(sentence, expected):
    mentions = dates.extract(Source(id="t", path="t", text=sentence))
    assert [(m.value.start.isoformat(), m.value.granularity) for m in mentions] == [(expected, "day")], sentence


_NUMBER = st.one_of(st.integers(0, 40), st.sampled_from([59, 69, 99]))


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(st.sampled_from([1, 999, 1900, 1999, 2000, 2023, 2024, 2100]), _NUMBER, _NUMBER,
                  st.booleans())
def test_any_iso_or_us_date_reads_as_dateparser_reads_it(year, first, second, padded):
    iso = f"{year:04d}-{first:02d}-{second:02d}"
    us = f"{first:02d}/{second:02d}/{year}" if padded else f"{first}/{second}/{year}"
    for text in (iso, us) if 1900 <= year < 2100 else (iso,):  # NUMERIC's years for the US shape
        if "/" in text and 0 in (first, second):
            continue  # a zero month: see the test below
        assert dates.parse_numeric(text) == dates._read_by_dateparser(text), text


@pytest.mark.parametrize("text", ["00/13/2024", "13/00/2024", "0/5/2023"])
def test_a_zero_month_is_no_date(text):
    # dateparser reads "00/13/2024" as the 13th of the current month: a report would change with
    # the day it runs. crosscheck's output must not, so a zero month reads as no date.
    assert dates.parse_numeric(text) is None
