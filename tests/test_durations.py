"""Durations that carry claims ("twelve days later"), as figures with a time unit."""
from decimal import Decimal

import pytest

from crosscheck.extract import durations
from crosscheck.model import Source

D = Decimal
CASES = [
    # fortune-2024-11-19
    ("Twelve days later, OpenAI released ChatGPT, which quickly went viral around the world.",
     [("Twelve days later", D(12), D(12), "eq", "day")]),
    ("After three days of intense criticism, Meta researchers shut down Galactica.",
     [("After three days", D(3), D(3), "eq", "day")]),
    (("At 40, two decades after he cofounded Facebook, he appears to be enjoying what many are calling "
     "his “Zuckaissance”."), [("two decades after", D(20), D(20), "eq", "year")]),
    (("Despite these restrictions, the full model leaked online within weeks, spreading across 4chan "
     "and various AI communities."), [("within weeks", D(2), None, "ge", "week")]),
    # translated-llama-comeback
    (("Twelve days after Meta shut down Galactica, OpenAI released ChatGPT, which caused a whirlwind "
     "around the world."), [("Twelve days after", D(12), D(12), "eq", "day")]),
    ("Unexpectedly, the model was leaked a few weeks later.",
     [("a few weeks later", D(2), None, "ge", "week")]),
    # dx.plos.org/10.1371/journal.pntd.0008758 abstract
    (("The peak of the search volume was 20 days earlier than the issuance of the massive official "
     "warning about the epidemic."), [("20 days earlier", D(20), D(20), "eq", "day")]),
    # negatives: an age, a date in the past, a bare period of time
    ("Erik Meijer, who spent eight years at Meta leading a team focused on machine learning.", []),
    ("But these were the days before the public was fully aware of LLMs’ tendency to hallucinate.", []),
    ("The 230 companies in our retail group reported a year-over-year jump in net income.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_durations(sentence, expected):
    mentions = durations.extract(Source(id="t", path="t", text=sentence))
    got = [(m.text, m.value.low, m.value.high, m.value.bound, m.value.unit) for m in mentions]
    assert got == expected, sentence
    assert all(m.kind == "figure" and sentence[m.start:m.end] == m.text for m in mentions), sentence


def test_the_two_twelve_days_have_the_same_value():
    fortune = durations.extract(Source(id="a", path="a", text=CASES[0][0]))[0].value
    translated = durations.extract(Source(id="b", path="b", text=CASES[4][0]))[0].value
    assert fortune == translated
