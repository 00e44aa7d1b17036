"""A change of date, "moved the date from X to Y", is two dates; a plain "from X to Y" a range.

Table of short news phrases (the change ones as news reports reschedulings, the ranges from the
PAC train stories): the values read, and whether the two dates stay one written list.
"""

import datetime as dt

import pytest

from crosscheck.extract import dates
from crosscheck.model import Source
from crosscheck.pipeline import check
from crosscheck.serialize import claim_to_dict
from tests.test_dates import found

CHANGES = [
    # news: an enrollment date moved a month
    ("moved the open-enrollment date from October 15 to November 15", "2017-09-01",
     [("October 15", "2016-10-15", "2016-10-15", "day"), ("November 15", "2016-11-15", "2016-11-15", "day")]),
    ("pushed back the deadline from March 31 to April 15, 2020", None,
     [("March 31", "2020-03-31", "2020-03-31", "day"), ("April 15, 2020", "2020-04-15", "2020-04-15", "day")]),
    ("pushed the deadline back from March 31 to April 15, 2020", None,
     [("March 31", "2020-03-31", "2020-03-31", "day"), ("April 15, 2020", "2020-04-15", "2020-04-15", "day")]),
    ("The vote was postponed from September 2020 to June 2021", None,
     [("September 2020", "2020-09-01", "2020-09-30", "month"), ("June 2021", "2021-06-01", "2021-06-30", "month")]),
    ("the deadline was extended from 2020 to 2022", None,
     [("2020", "2020-01-01", "2020-12-31", "year"), ("2022", "2022-01-01", "2022-12-31", "year")]),
    ("an extension of the deadline from March 31 to April 15, 2020", None,
     [("March 31", "2020-03-31", "2020-03-31", "day"), ("April 15, 2020", "2020-04-15", "2020-04-15", "day")]),
    ("rescheduled the hearing from March 3 to March 10, 2021", None,
     [("March 3", "2021-03-03", "2021-03-03", "day"), ("March 10, 2021", "2021-03-10", "2021-03-10", "day")]),
    # PAC train, cnn-online-news: a long object, years naming the event and a dash before "from"
    ("decision to postpone the 2014 opening date for 2015 enrollment in Obamacare – from October 15 to November 15",
     "2014-09-01", [("2014", "2014-01-01", "2014-12-31", "year"), ("2015", "2015-01-01", "2015-12-31", "year"),
                    ("October 15", "2014-10-15", "2014-10-15", "day"),
                    ("November 15", "2014-11-15", "2014-11-15", "day")]),
]
# Weekdays were two dates already; the change word keeps them so (no role: not a "from X to Y"
# of the date items).
WEEKDAYS = [
    ("The vote was delayed from Friday to Monday.", "2019-05-01",
     [("Friday", "2019-04-26", "2019-04-26", "day"), ("Monday", "2019-04-29", "2019-04-29", "day")]),
]

RANGES = [
    ("From October 15 to November 15 people can enroll", "2017-09-01",
     [("From October 15 to November 15", "2017-10-15", "2017-11-15", "day")]),
    ("The festival runs from May 1 to May 31", "2017-04-01",
     [("from May 1 to May 31", "2017-05-01", "2017-05-31", "day")]),
    # PAC train, los-angeles-times: no change word
    ("we surveyed a nationally representative sample of 939 adults in the U.S. from July 11 to July 14 .",
     "2021-07-20", [("from July 11 to July 14", "2021-07-11", "2021-07-14", "day")]),
    # PAC train, new-york-times-news: a count over a period
    ("They averaged 11 a year from 1990 to 2017", None,
     [("from 1990 to 2017", "1990-01-01", "2017-12-31", "year")]),
    # a change word that governs something else: an amount, a destination, a span's reach
    ("cut emissions by 20% from 2005 to 2020", None, [("from 2005 to 2020", "2005-01-01", "2020-12-31", "year")]),
    ("cut jobs from 2008 to 2010", None, [("from 2008 to 2010", "2008-01-01", "2010-12-31", "year")]),
    ("moved 2,000 troops from 2008 to 2010", None, [("from 2008 to 2010", "2008-01-01", "2010-12-31", "year")]),
    ("He moved to Boston, where he worked from 2010 to 2015", None,
     [("from 2010 to 2015", "2010-01-01", "2015-12-31", "year")]),
    ("a drought that extended from 2010 to 2015", None, [("from 2010 to 2015", "2010-01-01", "2015-12-31", "year")]),
    # a change word in another clause
    ("The company moved in 2009, and from 2010 to 2015 it grew", None,
     [("2009", "2009-01-01", "2009-12-31", "year"), ("from 2010 to 2015", "2010-01-01", "2015-12-31", "year")]),
]


@pytest.mark.parametrize("sentence, published, expected", CHANGES + WEEKDAYS + RANGES, ids=lambda v: str(v)[:40])
def test_from_to_is_a_change_after_a_change_word_else_a_range(sentence, published, expected):
    assert found(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", CHANGES, ids=lambda v: str(v)[:40])
def test_the_old_and_new_dates_are_no_written_list_and_say_which_is_which(sentence, published, expected):
    anchor = dt.date.fromisoformat(published) if published else None
    mentions = dates.extract(Source(id="t", path="t", text=sentence, published=anchor))
    assert [mention.group for mention in mentions] == [-1] * len(expected)
    assert [(mention.text, mention.role) for mention in mentions if mention.role] == [
        (expected[-2][0], "was"), (expected[-1][0], "now")]


@pytest.mark.parametrize("sentence, published, expected", RANGES, ids=lambda v: str(v)[:40])
def test_a_range_has_no_role(sentence, published, expected):
    mentions = dates.extract(Source(id="t", path="t", text=sentence, published=None))
    assert [mention.role for mention in mentions] == [""] * len(expected)


def test_an_outlet_stating_the_new_date_agrees_with_the_change(corpus):
    folder = corpus({
        "a.txt": "The agency moved the open-enrollment deadline from October 15, 2017 to November 15, 2017.\n",
        "b.txt": "The new open-enrollment deadline is November 15, 2017, the agency said.\n",
    })
    report = check([folder])
    dated = [finding for finding in report.findings if finding.kind == "date"]
    assert [(finding.verdict, sorted((claim.text, claim.role) for claim in finding.claims))
            for finding in dated] == [("agreement", [("November 15, 2017", ""), ("November 15, 2017", "now")])]
    (claim,) = [claim for claim in dated[0].claims if claim.role]
    assert claim_to_dict(claim)["role"] == "now"
