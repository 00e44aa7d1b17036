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
     "and various AI communities."), []),  # "within weeks": a manner of speaking, no count
    # translated-llama-comeback
    (("Twelve days after Meta shut down Galactica, OpenAI released ChatGPT, which caused a whirlwind "
     "around the world."), [("Twelve days after", D(12), D(12), "eq", "day")]),
    ("Unexpectedly, the model was leaked a few weeks later.",
     [("a few weeks later", D(2), None, "ge", "week")]),
    # dx.plos.org/10.1371/journal.pntd.0008758 abstract
    (("The peak of the search volume was 20 days earlier than the issuance of the massive official "
     "warning about the epidemic."), [("20 days earlier", D(20), D(20), "eq", "day")]),
    # PAC train (stories outside the gold check half): hours and minutes
    ("Senate Republicans met for 90 minutes Thursday evening", [("for 90 minutes", D(90), D(90), "eq", "minute")]),
    ("he knelt on Floyd’s neck for nine minutes during an arrest last May",
     [("for nine minutes", D(9), D(9), "eq", "minute")]),
    ("The president deleted the tweet after several hours", [("after several hours", D(2), None, "ge", "hour")]),
    # PAC train (stories outside the gold check half): ages, in years as stated
    ("In an interview with “60 Minutes,” the 29-year-old suggested applying this margin",
     [("29-year-old", D(29), D(29), "eq", "year")]),
    ("he went after a 16 year old girl yesterday", [("16 year old", D(16), D(16), "eq", "year")]),
    # ages stated with "age" (PAC train stories outside the gold check half; issue 13's quote)
    ("was killed by a car bomb in 2004 in Iraq at the age of 27 .",
     [("at the age of 27", D(27), D(27), "eq", "year")]),
    ("law that automatically registers Americans to vote at age 18 ,", [("at age 18", D(18), D(18), "eq", "year")]),
    ("raised the age to 21", [("age to 21", D(21), D(21), "eq", "year")]),
    # the end of a range of ages is no age
    ("and $250 for each child between 6 and 17 years old", []),
    # an amount of time stated with its number, wherever it stands (issue 13)
    ("Erik Meijer, who spent eight years at Meta leading a team focused on machine learning.",
     [("eight years", D(8), D(8), "eq", "year")]),
    # PAC train (stories outside the gold check half, and the issue's own quotes)
    ("bans abortion after six weeks of pregnancy", [("after six weeks", D(6), D(6), "eq", "week")]),
    ("would cost $32.6 trillion over its first 10 years", [("10 years", D(10), D(10), "eq", "year")]),
    ("the hearing lasted an hour and 45 minutes", [("an hour and 45 minutes", D(105), D(105), "eq", "minute")]),
    ("a wait of 1.5 hours", [("1.5 hours", D(90), D(90), "eq", "minute")]),
    # negatives: a date in the past, a rate, a programme's name, a bare "a day"
    ("But these were the days before the public was fully aware of LLMs’ tendency to hallucinate.", []),
    ("workers earning $15 an hour", []),
    ("In an interview with “60 Minutes,” he said", []),
    ("three years ago", []),
    # the ordinal of a fiscal quarter (an earnings release): no 2,024 seconds
    ("Apple reported revenue of $90.8 billion for its fiscal 2024 second quarter", []),
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


@pytest.mark.xfail(strict=True, reason="a hedge between 'for' and the amount is not read")
def test_a_hedged_duration():
    # PAC train (stories outside the gold check half)
    sentence = "Derek Chauvin pressed his knee into Floyd's neck for more than nine minutes"
    mentions = durations.extract(Source(id="t", path="t", text=sentence))
    assert [(m.text, m.value.low, m.value.bound) for m in mentions] == [("for more than nine minutes", D(9), "gt")]
