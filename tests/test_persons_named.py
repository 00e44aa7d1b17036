"""A person's full name read as a person in one source and as a generic name in another (issue 12).

`extract.names` reads a name as a person only when it knows the given name, `extract.people`
only on cues; the same full name must still meet itself across sources, and compare its spellings.
"""
from __future__ import annotations

import pytest

from crosscheck import pipeline
from crosscheck.config import Config


def _check(tmp_path, a: str, b: str):
    (tmp_path / "one.txt").write_text(a + "\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(b + "\n", encoding="utf-8")
    return pipeline.check([str(tmp_path)], Config(jobs=1))


def _reading(result, source: str, text: str) -> str:
    """Return the attribute of the entity claim written `text` in `source`."""
    return next(c.attribute for c in result.claims if c.kind == "entity" and c.source == source and c.text == text)


def _holding(result, text_a: str, text_b: str):
    return [f for f in result.findings
            if any(c.source == "one" and c.text == text_a for c in f.claims)
            and any(c.source == "two" and c.text == text_b for c in f.claims)]


# (one, two, name in one, name in two, verdict): one reads a generic name, two a person.
PAIRS = [
    (  # tune STORY_90 (huffpost / newsmax)
        "Trump's apparent fondness for Saudi Arabia has drawn the ire of many lawmakers, particularly"
        " after last year's killing of Jamal Khashoggi, a columnist for The Washington Post.",
        "Many lawmakers also criticized the president for not condemning Saudi Arabia for the killing of"
        " Jamal Khashoggi, a Saudi who lived in the United States and had written critically about the kingdom."
        " Khashoggi went into the Saudi consulate in Istanbul last October and never came out.",
        "Jamal Khashoggi", "Jamal Khashoggi", "agreement"),
    (  # tune STORY_87 (huffpost / washington post)
        "Republicans on the committee brought in Huma Abedin, a top Clinton aide, on Friday.",
        "Clinton's top aide, Huma Abedin, a prequel to this week's appearance by the former secretary of state."
        " Abedin remained tight-lipped, brushing past reporters during occasional breaks from the interview.",
        "Huma Abedin", "Huma Abedin", "agreement"),
    (  # tests/gold/mistral-7b (centerconsulting / ibm): the accent dropped, the same name
        "On September 27, 2023, the French lab Mistral AI - founded earlier that year by Arthur Mensch,"
        " Guillaume Lample, and Timothee Lacroix - released Mistral 7B, its first model.",
        "Mistral AI was cofounded in April 2023 by Arthur Mensch, formerly of Google DeepMind, alongside"
        " Guillaume Lample and Timothée Lacroix, formerly of Meta AI. At Meta, Lacroix and Lample were among"
        " the researchers behind the original LLaMa models.",
        "Timothee Lacroix", "Timothée Lacroix", "compatible"),
]


@pytest.mark.parametrize("one, two, name_one, name_two, verdict", PAIRS, ids=[p[2] for p in PAIRS])
def test_a_generic_name_that_is_a_person_elsewhere_aligns_with_the_person(tmp_path, one, two, name_one,
                                                                          name_two, verdict):
    result = _check(tmp_path, one, two)
    # The two readings differ: without this, the test would not test the join.
    assert (_reading(result, "one", name_one), _reading(result, "two", name_two)) == ("name", "name spelling")
    found = _holding(result, name_one, name_two)
    assert [f.verdict for f in found] == [verdict], result.findings


def test_a_name_that_is_a_person_nowhere_stays_a_generic_name(tmp_path):
    # "Saudi Arabia" is a person in neither source (tune STORY_90): it stays a generic name.
    result = _check(tmp_path, PAIRS[0][0], PAIRS[0][1])
    found = _holding(result, "Saudi Arabia", "Saudi Arabia")
    assert [(f.verdict, f.attribute) for f in found] == [("agreement", "name")], result.findings


# (one, two, name): a cue read the name as a person in two (tune STORY_4, rest STORY_10,
# STORY_46, STORY_92), the name itself says it is none: an organisation's word, "the" before
# it, a last word that is an English word.
NOT_PEOPLE = [
    ("Planned Parenthood and the city and state of New York challenged the ruling in court.",
     "Planned Parenthood says it sees about 41 percent of patients who get family planning services under"
     " Title X. But Planned Parenthood and other groups say that the rule will leave low-income patients"
     " without access to health care they need.",
     "Planned Parenthood"),
    ("New Hampshire has just repealed capital punishment, the last of the New England states to do so.",
     "New Hampshire, which hasn't executed anyone in 80 years and has only one inmate on death row, has"
     " became the latest US state to abolish the death penalty. \"Now it's up to us to stop this practice,\""
     " said New Hampshire state senator Melanie Levesque.",
     "New Hampshire"),
    ("Today, the Treasury Department finally released its much-promised analysis of its tax plan.",
     "The Treasury Department said Monday that the Senate-approved tax reform plan would pay for itself and"
     " more, actually boosting revenue by $300 billion over 10 years.",
     "Treasury Department"),
    ("The numbers in both the analysis of the Clean Power Plan and its likely successor, the Affordable Clean"
     " Energy rule, are derived from an intricate three-part model.",
     "The Trump administration officially rolled out its replacement for the Clean Power Plan, former"
     " President Barack Obama's signature initiative to combat climate change.",
     "Clean Power Plan"),
]


@pytest.mark.parametrize("one, two, name", NOT_PEOPLE, ids=[n for _, _, n in NOT_PEOPLE])
def test_a_name_misread_as_a_person_does_not_draw_the_generic_name_in(tmp_path, one, two, name):
    result = _check(tmp_path, one, two)
    assert (_reading(result, "one", name), _reading(result, "two", name)) == ("name", "name spelling")
    assert not _holding(result, name, name), result.findings
