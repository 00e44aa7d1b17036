"""Fiscal periods (issue 13): read as fiscal periods, compared only with fiscal periods."""
import datetime as dt

import pytest

from crosscheck import pipeline
from crosscheck.compare import dates as rules
from crosscheck.config import Config
from crosscheck.display import show
from crosscheck.extract import dates
from crosscheck.model import Source
from crosscheck.serialize import value_to_dict


def fiscal(sentence: str, published: str = "2024-05-02"):
    """Return (text, fiscal label, granularity) of each fiscal period a sentence states."""
    source = Source(id="t", path="t", text=sentence, published=dt.date.fromisoformat(published))
    return [(m.text, m.value.fiscal, m.value.granularity) for m in dates.extract(source) if m.value.fiscal]


ROWS = [
    # PAC train, stories outside the gold check half
    ("as proposed in the Administration’s Fiscal Year 2018 budget.", [("Fiscal Year 2018", "FY2018", "year")]),
    ("such as welfare reform included in the FY 2016 budget resolution", [("FY 2016", "FY2016", "year")]),
    # earnings reports (macrumors, tech.hindustantimes.com, 1886magazine, finanznachrichten.de)
    ("Apple reported revenue of $90.8 billion for its fiscal 2024 second quarter",
     [("fiscal 2024 second quarter", "FY2024-Q2", "quarter")]),
    ("its earnings results for the third quarter of the 2023 fiscal year on Thursday, August 3.",
     [("third quarter of the 2023 fiscal year", "FY2023-Q3", "quarter")]),
    ("Apple announced its financial results for the third quarter of fiscal year 2023",
     [("third quarter of fiscal year 2023", "FY2023-Q3", "quarter")]),
    ("revenues of $8.59 billion for fiscal year 2023.", [("fiscal year 2023", "FY2023", "year")]),
    # the forms earnings releases write
    ("Nvidia reported fiscal Q3 2023 revenue of $5.93 billion", [("fiscal Q3 2023", "FY2023-Q3", "quarter")]),
    ("Q1 FY2024 results beat estimates", [("Q1 FY2024", "FY2024-Q1", "quarter")]),
    ("the company raised its FY24 guidance", [("FY24", "FY2024", "year")]),
    # "Q1" with its fiscal year from the same sentence or the one before (issue 13)
    ("Nvidia posted record revenue for fiscal 2024. In Q1, data center sales tripled.",
     [("fiscal 2024", "FY2024", "year"), ("Q1", "FY2024-Q1", "quarter")]),
    ("Microsoft expects first-quarter profit for fiscal 2025 to rise",
     [("first-quarter", "FY2025-Q1", "quarter"), ("fiscal 2025", "FY2025", "year")]),
    # no fiscal period
    ("Some Republicans, frustrated with the “fiscal cliff” deal that Mr. McConnell negotiated", []),
    ("limited government, fiscal responsibility, and valuing life", []),
    ("its budget for the upcoming fiscal year to Congress", []),
    ("India's budget for the 2024-25 fiscal year", []),  # which year names it differs by country
    ("fiscal first-quarter profit rose", []),  # no year stated anywhere near
]


@pytest.mark.parametrize("sentence, expected", ROWS)
def test_fiscal_periods_are_read_as_written(sentence, expected):
    assert fiscal(sentence) == expected, sentence


@pytest.mark.parametrize("sentence, text, start", [
    ("revenue in the first quarter of 2024 rose", "first quarter of 2024", "2024-01-01"),
    ("Apple Reports Record Revenue and Growth in Q3 2023.", "Q3 2023", "2023-07-01"),
    ("In the first quarter, sales fell.", "first quarter", "2024-01-01"),  # no fiscal year around it
])
def test_a_calendar_quarter_stays_a_calendar_quarter(sentence, text, start):
    source = Source(id="t", path="t", text=sentence, published=dt.date(2024, 5, 2))
    found = [(m.text, m.value.start.isoformat(), m.value.fiscal) for m in dates.extract(source)]
    assert found == [(text, start, "")], sentence


def test_a_fiscal_period_is_reported_by_its_name_with_no_calendar_days():
    value = dates.extract(Source(id="t", path="t", text="for its fiscal 2024 second quarter"))[0].value
    assert value_to_dict(value) == {"start": None, "end": None, "granularity": "quarter", "fiscal": "FY2024-Q2"}
    assert show(value) == "FY2024-Q2" and value.unit == "fiscal"


def _value(sentence):
    return next(m.value for m in dates.extract(Source(id="t", path="t", text=sentence)) if m.value.fiscal)


@pytest.mark.parametrize("one, other, same, consistent", [
    ("for fiscal year 2023.", "for fiscal 2023", True, True),
    ("for fiscal year 2023.", "the third quarter of fiscal 2023", False, True),
    ("the third quarter of fiscal 2023", "its fiscal 2023 second quarter", False, False),
    ("the FY 2016 budget resolution", "the fiscal year 2018 budget", False, False),
])
def test_fiscal_periods_compare_with_each_other(one, other, same, consistent):
    a, b = _value(one), _value(other)
    assert rules.same(a, b) is same and rules.consistent(a, b) is consistent, (one, other)


def _check(tmp_path, a: str, b: str):
    (tmp_path / "one.txt").write_text(a + "\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(b + "\n", encoding="utf-8")
    return pipeline.check([str(tmp_path)], Config(jobs=1))


def _dated(result):
    return [(f.verdict, sorted(c.text for c in f.claims)) for f in result.findings if f.kind == "date"]


def test_two_outlets_naming_one_fiscal_year_agree(tmp_path):
    # PAC train, a story outside the gold check half: both outlets quote the budget
    result = _check(tmp_path, "welfare reform as proposed in the Administration’s Fiscal Year 2018 budget.",
                    "welfare reform as proposed in the administration’s fiscal year 2018 budget.")
    assert _dated(result) == [("agreement", ["Fiscal Year 2018", "fiscal year 2018"])]


def test_a_fiscal_year_never_meets_the_calendar_year_of_its_name(tmp_path):
    # fiscal 2018 began in October 2017: the calendar 2018 of the other source is neither the same nor another
    result = _check(tmp_path, "welfare reform as proposed in the administration’s fiscal year 2018 budget.",
                    "welfare reform as proposed in the administration’s 2018 budget.")
    assert _dated(result) == []
