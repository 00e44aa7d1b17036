"""Which way a weekday points when its clause's future verb comes after it, on real news phrases.

Each row: (phrase, published, date text, resolved day, direction, cue). The phrases are short
quotes of real two-outlet news stories; the day is the one a careful reader takes from them.
"""
import datetime as dt

import pytest

from crosscheck.extract import dates
from crosscheck.model import Source

ROWS = [
    # The date opens its clause; the clause's verb, after the subject, is the future.
    ("On Wednesday , his colleagues will likely elect the boyish wonk", "2015-10-26",
     "On Wednesday", "2015-10-28", "forward", "will", ""),
    ("“ It is our intention that Friday will be business as usual . ”", "2012-10-29",
     "Friday", "2012-11-02", "forward", "will", ""),
    # The publication day itself is the coming Sunday.
    ("On Sunday , Clinton will take her turnout machine to New Hampshire", "2014-11-02",
     "On Sunday", "2014-11-02", "forward", "will", ""),
    # The date belongs to the saying; the "will" to what was said.
    ("Los Angeles County announced Thursday that face masks will be required indoors", "2021-07-21",
     "Thursday", "2021-07-15", "back", "announced", ""),
    ("House Majority Leader Steny Hoyer said late Thursday that the House will convene", "2021-10-08",
     "Thursday", "2021-10-07", "back", "said", ""),
    ("But on Monday, Pompeo said in his statement: “In international climate discussions, we will continue",
     "2019-11-04", "on Monday", "2019-11-04", "back", "", ""),
    # The clause's verb is the past; "plans to" is its object, not its verb.
    ("On Friday, he scrapped plans to travel to his home in Wilmington", "2021-08-20",
     "On Friday", "2021-08-20", "back", "", ""),
    # The date qualifies a noun: the announcement was made; the will is of its effect.
    ("Friday 's announcement will help the government decide basic rates", "2014-02-22",
     "Friday", "2014-02-21", "back", "", ""),
    ("they believe Thursday ’s testimony will be another unfortunate episode", "2015-10-18",
     "Thursday", "2015-10-22", "forward", "will",
     "a weekday that qualifies a noun is read back, whatever the verb after the noun"),
]


def _params():
    for phrase, published, text, day, way, cue, known_failure in ROWS:
        marks = [pytest.mark.xfail(strict=True, reason=known_failure)] if known_failure else []
        yield pytest.param(phrase, published, text, day, way, cue, id=phrase[:40], marks=marks)


@pytest.mark.parametrize("phrase, published, text, day, way, cue", list(_params()))
def test_direction_from_the_verb_after_the_date(phrase, published, text, day, way, cue):
    source = Source(id="t", path="t", text=phrase, published=dt.date.fromisoformat(published))
    [mention] = [m for m in dates.extract(source) if m.text == text]
    assert (mention.value.start.isoformat(), mention.value.end.isoformat()) == (day, day), phrase
    assert (mention.resolution.direction, mention.resolution.cue) == (way, cue), phrase
