"""Date extraction and comparison, on real sentences (tests/data/dates_table.py)."""

import datetime as dt
import re

import hypothesis
import hypothesis.strategies as st
import pytest

from crosscheck.compare import compare
from crosscheck.compare import dates as compare_dates
from crosscheck.extract import date_patterns, dates, holidays
from crosscheck.load import load_sources
from crosscheck.model import Claim, DateValue, Source
from crosscheck.serialize import mention_to_dict, value_to_dict
from tests.conftest import REPO
from tests.data.dates_table import rows


def found(sentence, published=None):
    """Return (text, start, end, granularity) per date mention, as the table writes them."""
    anchor = dt.date.fromisoformat(published) if published else None
    source = Source(id="t", path="t", text=sentence, published=anchor)
    return [_row(m.text, m.value) for m in dates.extract(source)]


def _row(text, value):
    if value is None:
        return (text, None, None, None)
    iso = value_to_dict(value)
    if value.fiscal:  # a fiscal period names itself at both ends: its calendar days are not known
        return (text, iso["fiscal"], iso["fiscal"], iso["granularity"])
    return (text, iso["start"], iso["end"], iso["granularity"])


def _params():
    for origin, sentence, published, expected, known_failure in rows():
        marks = [pytest.mark.xfail(strict=True, reason=known_failure)] if known_failure else []
        yield pytest.param(sentence, published, expected, id=f"{origin}:{sentence[:40]}", marks=marks)


@pytest.mark.parametrize("sentence, published, expected", list(_params()))
def test_table(sentence, published, expected):
    assert found(sentence, published) == expected, sentence


def test_table_is_large_and_has_negatives():
    table = list(rows())
    assert len(table) >= 120
    assert sum(1 for row in table if not row[3]) >= 30


def test_offsets_point_into_the_text():
    text = "By the time Llama 3 models were released in April and July 2024, Llama had caught up."
    for mention in dates.extract(Source(id="t", path="t", text=text)):
        assert text[mention.start : mention.end] == mention.text


def test_a_list_shares_one_group_and_single_dates_have_none():
    # fortune-2024-11-19
    text = (
        "By the time Llama 3 models were released in April and July 2024, Llama had caught up. In 2013, FAIR."
    )
    mentions = dates.extract(Source(id="t", path="t", text=text))
    assert [m.text for m in mentions] == ["April", "July 2024", "2013"]
    assert mentions[0].group == mentions[1].group >= 0
    assert mentions[2].group == -1


def test_before_opens_the_start():
    # docs.python.org-style phrasing; the contract's own example
    value = dates.extract(Source(id="t", path="t", text="Support was dropped before 2015."))[0].value
    assert value == DateValue(None, dt.date(2014, 12, 31), "year")


def test_winter_runs_into_the_next_year():
    value = dates.extract(Source(id="t", path="t", text="It shipped in the winter of 2023."))[0].value
    assert (value.start, value.end) == (dt.date(2023, 12, 1), dt.date(2024, 2, 29))


def _claim(source, value, text):
    return Claim(
        source=source,
        kind="date",
        start=0,
        end=len(text),
        text=text,
        value=value,
        subject="Llama 3",
        attribute="release",
        quote=text,
        quote_start=0,
        line=1,
    )


def _month(year, month):
    return dates.intervals.month(year, month)


def test_a_date_inside_a_wider_one_is_compatible():
    # fortune: "July 18, 2023"; egoistai: "July 2023"
    day = DateValue(dt.date(2023, 7, 18), dt.date(2023, 7, 18), "day")
    verdict, _ = compare(
        [_claim("fortune", day, "July 18, 2023"), _claim("egoistai", _month(2023, 7), "July 2023")]
    )
    assert verdict == "compatible"


def test_overlapping_ranges_are_compatible():
    # fortune: "exiting 2025 into 2026"; translated: "in 2026"
    both = DateValue(dt.date(2025, 1, 1), dt.date(2026, 12, 31), "year")
    year = DateValue(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "year")
    assert compare_dates.consistent(both, year)
    assert not compare_dates.same(both, year)


def test_a_list_against_a_subset_is_a_conflict_naming_the_extra_date():
    # fortune: "in April and July 2024"; egoistai: "Llama 3 (April 2024)"
    claims = [
        _claim("fortune", _month(2024, 4), "April"),
        _claim("fortune", _month(2024, 7), "July 2024"),
        _claim("egoistai", _month(2024, 4), "April 2024"),
    ]
    verdict, reason = compare(claims)
    assert verdict == "conflict"
    assert "July 2024" in reason


def test_disjoint_dates_conflict_and_say_which_is_earlier():
    reason = compare_dates.explain(_month(2024, 4), _month(2024, 7))
    assert "later" in reason
    assert not compare_dates.consistent(_month(2024, 4), _month(2024, 7))


def test_the_anchored_search_finds_what_a_full_scan_finds():
    # Every table sentence and every sample article: the fast search must not lose a candidate.
    texts = [row[1] for row in rows()] + [source.text for source in load_sources([str(REPO / "sources")])]
    for text in texts:
        full = [match.span() for match in date_patterns.CANDIDATE.finditer(text)]
        assert [match.span() for match in date_patterns.candidates(text)] == full, text[:80]


def test_the_anchors_of_a_text_with_its_blank_lines_nulled_are_those_of_its_lower_case():
    # dates hands the search the text before its blank lines became NULs, whose lower case
    # the other extractors share: the candidates found must be the same.
    texts = [row[1] for row in rows()] + [source.text for source in load_sources([str(REPO / "sources")])]
    texts += ["Llama 3\n\nApril 2024 and last year\n \t\nnext week, february 15"]
    for text in texts:
        apart = dates._paragraphs_apart(text)
        assert [m.span() for m in date_patterns.candidates(apart, text)] == [
            m.span() for m in date_patterns.candidates(apart)], text[:80]


def test_a_text_that_says_neither_fiscal_nor_fy_has_no_fiscal_date():
    texts = [row[1] for row in rows()] + [source.text for source in load_sources([str(REPO / "sources")])]
    assert not dates._says_fiscal("Revenue rose 5% in the second quarter of 2024, the company said.")
    assert dates._says_fiscal("Microsoft's FISCAL 2024 began in July 2023.")
    assert dates._says_fiscal("In fy 2016, the budget grew.")
    for text in texts:
        if not dates._says_fiscal(text):  # the checks this skips would find nothing
            assert not dates.fiscal.periods(text), text[:80]
            spans = [match.span() for match in date_patterns.CANDIDATE.finditer(text)]
            assert not [span for span in spans if dates._fiscal(text, *span)], text[:80]


_TOKENS = ["between", "from", "the", "of", "end", "early", "mid-", "late", "third", "last", "this", "past",
           "twelve", "on", "March", "march", "May", "may", "Sept.", "Monday", "summer", "winter", "quarter",
           "year", "days", "ago", "tomorrow", "and", "to", "2023", "1999", "15th", "3", "30", "2024-11-19",
           "Q3", "1990s", "GPT-4", "$40", "70B", "Llama", ",", ".", "/", "-", "\n"]


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_TOKENS), max_size=14), st.lists(st.sampled_from([" ", "  ", ""])))
def test_the_anchored_search_agrees_with_a_full_scan_on_any_mix_of_date_words(tokens, gaps):
    text = _mix(tokens, gaps)
    full = [match.span() for match in date_patterns.CANDIDATE.finditer(text)]
    assert [match.span() for match in date_patterns.candidates(text)] == full, text


def _mix(tokens, gaps):
    return "".join(token + (gaps[i] if i < len(gaps) else " ") for i, token in enumerate(tokens))


# The candidate pattern as it was before DIGIT_START checked the digits a candidate starts with
# and FIRST_WORDS its words.
_UNCHECKED = re.compile(r"\b(?=[\dA-Za-z])" + date_patterns.BODY, re.VERBOSE)
_NUMBERS = ["1", "4", "12", "31", "405", "2", "10", "2023", "1990", "20231", "Q3", "H1", "the 3", "March 3",
            "march 3", "sept 5", "x5", "٣12"]
# What may follow a number: the start of a date, or of none ("34B parameters", "1, according").
_AFTER_NUMBERS = [" weeks ago", " Weeks ago", " years ago", " day ago", " months ago", " of March", " of march",
                  " March", " jan", " Mar. 3", " sept", " dec", ", 2023", " 2023", "st of May", "nd quarter", "rd half",
                  "TH QUARTER", "/3/2015", "/31/74", "-3-15", "-24", "s", "B parameters", ", according",
                  " was", "%", ".5", ":30", " and"]


def _same_matches(text):
    unchecked = _same_candidates(text)
    # and the search near anchors, which leaves out the digits no candidate can start with
    assert [match.span() for match in date_patterns.candidates(text)] == [span for span, _ in unchecked], text


def _same_candidates(text):
    unchecked = [(match.span(), match.groupdict()) for match in _UNCHECKED.finditer(text)]
    assert [(match.span(), match.groupdict()) for match in date_patterns.CANDIDATE.finditer(text)] == unchecked, text
    return unchecked


def test_the_digit_check_loses_no_candidate_in_the_table_or_the_articles():
    for text in [row[1] for row in rows()] + [source.text for source in load_sources([str(REPO / "sources")])]:
        _same_matches(text)


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_AFTER_NUMBERS),
                                    st.sampled_from(_TOKENS)), max_size=6))
@hypothesis.example([("4", "TH QUARTER", "and"), ("12", " Weeks ago", "-"), ("3", " of march", "2023")])
@hypothesis.example([("march 3", ", 2023", "and"), ("march 3", " 2023", "-"), ("Q3", " 2023", "of"), ("٣12", " years ago", "")])
def test_the_digit_check_loses_no_candidate_on_any_mix_of_numbers_and_date_words(triples):
    _same_matches(" ".join(number + after + " " + word for number, after, word in triples))


# The first words of every branch, in other cases, spelled with letters that case folding
# reads as ASCII ("ſ" as "s", the Kelvin sign as "k"), and words sharing their first letters.
_FIRST_WORDS = ["The", "THE", "between", "From", "early", "Mid", "mid-", "midsummer", "Midwinter", "late",
                "end", "beginning", "Start", "middle", "of", "Spring", "SUMMER", "ſummer", "fall", "Autumn",
                "first", "Fourth", "twenty-first", "Twenty", "thirty-first", "last", "This", "NEXT", "coming",
                "Earlier", "later", "past", "on", "yesterday", "Tomorrow", "a", "An", "one", "Twelve", "Q3",
                "q3", "H1", "h2", "Monday", "tuesday", "FRIDAY", "Sept.", "sept", "MAY", "march", "Dec",
                "decade", "Valentine’s", "Day", "New", "Year's", "eve", "Christmas", "xmas", "MLK",
                "Martin", "Luther", "King", "Jr.", "labour", "Black", "friday", "Good", "Easter",
                "\u212aing", "months", "weeks", "year", "ago", "quarter", "half", "and", "2023", "15th", "3"]


def test_the_first_word_check_loses_no_candidate_of_two_date_words_and_a_year():
    for first in _FIRST_WORDS:
        for second in _FIRST_WORDS:
            _same_candidates(f"{first} {second} 2023, {first}-{second}")


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_FIRST_WORDS), max_size=10), st.lists(st.sampled_from([" ", ", ", ""])))
@hypothesis.example(["Mid", "ſummer", "2023"], [" "])
@hypothesis.example(["the", "first", "half", "of", "2023"], [" "])
@hypothesis.example(["The", "past", "year", "the", "end", "of", "2023"], [" "])
@hypothesis.example(["Twelve", "weeks", "ago", "on", "FRIDAY", "fall", "2023", "An", "year", "ago"], [" "])
def test_the_first_word_check_loses_no_candidate_on_any_mix_of_date_words(tokens, gaps):
    _same_candidates(_mix(tokens, gaps))


# The keywords are found by `str.find` in the lowered text, so a headline's capitals are read as
# the full scan's `(?i:...)` reads them; a text whose lowering would move offsets or miss a fold
# ("ſ") is scanned whole.
@pytest.mark.parametrize("text", [
    "Mid ſummer 2023 ",
    "Sales rose LAST YEAR, he said.",
    "THE PAST WEEK was quiet.",
    "Sales rose Last Year, he said.",
    "in the THIRD QUARTER of 2024",
])
def test_the_anchored_search_finds_a_keyword_in_any_case(text):
    full = [match.span() for match in date_patterns.CANDIDATE.finditer(text)]
    assert full and [match.span() for match in date_patterns.candidates(text)] == full, text


# Holiday schedules: firsthorizon.com (2023), fccdepot.org (2025), bcld.org (2026),
# moogfcu.com (2025): the days each names for its holiday closings.
@pytest.mark.parametrize("name, year, day", [
    ("Memorial Day", 2023, "2023-05-29"),
    ("Labor Day", 2023, "2023-09-04"),
    ("Thanksgiving Day", 2023, "2023-11-23"),
    ("Martin Luther King, Jr. Day", 2023, "2023-01-16"),
    ("Good Friday", 2025, "2025-04-18"),
    ("Thanksgiving Day", 2025, "2025-11-27"),
    ("Christmas Eve", 2025, "2025-12-24"),
    ("New Year’s Day", 2026, "2026-01-01"),
    ("Martin Luther King Jr. Day", 2026, "2026-01-19"),
    ("Memorial Day", 2026, "2026-05-25"),
    ("Labor Day", 2026, "2026-09-07"),
    ("Thanksgiving", 2026, "2026-11-26"),
])
def test_holiday_days_match_published_schedules(name, year, day):
    assert holidays.day_in(name, year) == dt.date.fromisoformat(day), name


@pytest.mark.parametrize("text, published, expected", [
    # duckling's corpus: the same holiday a year apart, resolved from 2013-02-12
    ("It closed last Thanksgiving.", "2013-02-12", "2012-11-22"),
    ("It opens next Thanksgiving.", "2013-02-12", "2013-11-28"),
    ("It opened on Easter.", "2013-02-12", "2012-04-08"),
    ("It will open on Easter.", "2013-02-12", "2013-03-31"),
    ("It opened on Halloween 2013.", "2013-02-12", "2013-10-31"),
])
def test_a_holiday_resolves_against_the_publication_date(text, published, expected):
    mentions = dates.extract(Source(id="t", path="t", text=text, published=dt.date.fromisoformat(published)))
    assert [m.value.start for m in mentions] == [dt.date.fromisoformat(expected)], text


@pytest.mark.parametrize("text, expected", [
    ("10/31/74", "1974-10-31"),  # duckling's corpus; the POSIX %y century
    ("3-3-15", "2015-03-03"),
    ("2/30/21", None),  # no such day
])
def test_a_two_digit_year_takes_the_posix_century(text, expected):
    value = dates.short_year(text)
    assert (value.start.isoformat() if value else None) == expected, text


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.text(alphabet="ab_1 \n\t.é", max_size=14))
def test_the_word_before_a_date_read_backwards_is_the_one_a_forward_search_finds(before):
    # _open_ended reads "since " before "since 2023" on the reversed text, as one try
    forward = re.search(r"\b([A-Za-z]+)\s+$", before)
    backward = dates._SPACES_AND_WORD.match(before[::-1])
    assert (forward and (forward[1], len(forward[0]))) == (
        backward and (backward[1][::-1], len(backward[0]))), repr(before)


@pytest.mark.parametrize("sentence, published, said", [
    # PAC train, breitbart-news 2021-08-25
    ("I am committing to pass the bipartisan infrastructure bill by September 27", "2021-08-25",
     "resolved forward from the publication date 2021-08-25 because of 'by'"),
    # PAC train, washington-times 2021-06-06: the "will" of the next clause is not the day's
    ("Energy Secretary Jennifer Granholm said Sunday the administration will push", "2021-06-06",
     "resolved back from the publication date 2021-06-06 because of 'said'"),
    # PAC train, washington-times 2019-06-23
    ("The U.S. launched a sweeping cyberattack against the Iranian military last week", "2019-06-23",
     "resolved from the publication date 2019-06-23 by 'last week'"),
    # PAC train, washington-times 2016-02-23: no word either way, and the coming one is a week off
    ("Vermont and Virginia , which also host March 1 contests .", "2016-02-23",
     "resolved forward from the publication date 2016-02-23 as the coming one is within three months, "
     "the last one most of a year back, and no word points back"),
])
def test_extract_says_how_a_relative_date_was_resolved(sentence, published, said):
    source = Source(id="s", path="s.md", text=sentence, published=dt.date.fromisoformat(published))
    (mention,) = dates.extract(source)
    assert mention_to_dict(source, mention)["resolved"] == said


def test_a_date_with_its_year_says_nothing_of_resolution():
    source = Source(id="s", path="s.md", text="On July 18, 2023, Meta released Llama 2.",
                    published=dt.date(2024, 11, 19))
    (mention,) = dates.extract(source)
    assert mention.resolution is None and "resolved" not in mention_to_dict(source, mention)
