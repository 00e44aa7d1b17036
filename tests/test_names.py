"""Proper names (`extract.names`): what is read as a name, a title, and how two sources' names compare.

Each row is a short phrase of a real news story (the outlet in the comment), the name or
title read from it and, for pairs, the verdict an editor would give.
"""
from __future__ import annotations

from dataclasses import replace

import hypothesis
import hypothesis.strategies as st
import pytest
from rapidfuzz.distance import OSA

from crosscheck import pipeline
from crosscheck.config import Config
from crosscheck.entities import canonical
from crosscheck.entities.canonical import merge_names, name_key
from crosscheck.extract import entities, names
from crosscheck.extract.people import us_state
from crosscheck.load import load_sources
from crosscheck.model import Source
from crosscheck.vocabulary import US_STATES
from tests.conftest import REPO


def _read(text: str) -> set[tuple[str, str]]:
    """Return (attribute, text) of the names and titles read in a sentence."""
    found = entities.extract(Source(id="s", path="s.txt", text=text))
    return {(m.attribute, m.text) for m in found
            if m.attribute in ("name", "name spelling") or m.attribute.startswith("title: ")}


NAME, PERSON = "name", "name spelling"

READ = [
    # cnn, on abolishing the agency: "and" inside an agency's name
    ("calls from some to abolish the Immigration and Customs Enforcement agency",
     {(NAME, "Immigration and Customs Enforcement")}),
    # washington-times: "of" after a word that heads an organisation
    ("according to the Henry J. Kaiser Family Foundation .", {(NAME, "Henry J. Kaiser Family Foundation")}),
    ("the Department of Health and Human Services from funding family - planning projects",
     {(NAME, "Department of Health and Human Services")}),
    # new-york-daily-news
    ("a radical course revision by the Centers for Disease Control and Prevention .",
     {(NAME, "Centers for Disease Control and Prevention")}),
    # fox-news: a case name
    ("overturn the landmark abortion ruling Roe v. Wade .", {(NAME, "Roe v. Wade")}),
    # politico
    ("earlier statements suggesting Hurricane Sandy may delay the closely watched report",
     {(NAME, "Hurricane Sandy")}),
    # salon: a person's name after a sentence's start
    ("Having deposed RINO squish John Boehner , the radicals", {(PERSON, "John Boehner")}),
    # cnn / washington-times: a title is the role, not part of the name
    ("officials , including Taoiseach Leo Varadkar .",
     {(PERSON, "Leo Varadkar"), ("title: taoiseach", "Taoiseach Leo Varadkar")}),
    ("met with Ireland ’s Minister for Foreign Affairs Simon Coveney at the airport",
     {(PERSON, "Simon Coveney"), ("title: foreign affairs minister", "Minister for Foreign Affairs Simon Coveney")}),
    ("Speaker of the House Nancy Pelosi, D-Calif., conduct a news conference",
     {(PERSON, "Nancy Pelosi"), ("title: house speaker", "Speaker of the House Nancy Pelosi")}),
    ("as they assemble President Biden’s $3.5 trillion package", {("title: president", "President Biden")}),
    # new-york-times: a title before a name after a comma
    ("said the spokesman , Nick Merrill .", {(PERSON, "Nick Merrill")}),
    # "of" after a surname: the state is a name of its own, never part of the person's
    ("Democratic Rep. Ted Lieu of California , a frequent Trump critic",
     {(PERSON, "Ted Lieu"), ("title: democratic rep", "Democratic Rep. Ted Lieu")}),
    # left out: an honorific states no role; months, weekdays and photo credits are no names
    ("Mr. Pence ’s chief of staff , Marc Short , dismissed the criticism", {(PERSON, "Marc Short")}),
    ("On Monday President Trump said", {("title: president", "President Trump")}),
    ("Jessica Estepa USA TODAY President Donald Trump", {(PERSON, "Donald Trump"),
                                                         ("title: president", "President Donald Trump")}),
    # vox: an adverb opening the sentence is no given name
    ("Obviously Perry's use of sexual assault victims", set()),
    # two names joined by "and" stay two
    ("turned away by Catholic Charities and Bethany Christian Services because",
     {(NAME, "Catholic Charities"), (NAME, "Bethany Christian Services")}),
    # cbn
    ("Lori Windham, senior counsel at the Becket Fund for Religious Liberty, said",
     {(PERSON, "Lori Windham"), (NAME, "Becket Fund for Religious Liberty")}),
    pytest.param("Republicans on the committee brought in Huma Abedin , a top Clinton aide",
                 {(PERSON, "Huma Abedin")},
                 marks=pytest.mark.xfail(strict=True, reason="'Huma' is not in the nickname list's given names, so "
                                                             "the name is claimed as an organisation's")),
    pytest.param("their fair share , ” Mr. Buttigieg told CBS ’ “ Face the Nation . ”", {(NAME, "Face the Nation")},
                 marks=pytest.mark.xfail(strict=True, reason="'the' joins a name only after of/for/on")),
]


@pytest.mark.parametrize("sentence, expected", READ)
def test_names_read(sentence, expected):
    assert _read(sentence) == expected


def test_a_run_read_once_and_moved_gives_the_claims_read_where_it_stands():
    # extract.names reads each distinct run of capitalised words once, at offset 0, and moves
    # its claims to each place the run stands: the same claims as reading it there.
    texts = [getattr(row, "values", row)[0] for row in READ]
    texts += [source.text for source in load_sources([str(REPO / "sources")])]
    runs = [run for text in texts for run in names._RUN.finditer(text)]
    assert len(runs) > 100
    for run in runs:
        moved = [replace(mention, start=mention.start + run.start(), end=mention.end + run.start())
                 for mention in names._named_in_run(run.group())]
        assert moved == names._named(run.group(), run.start()), run.group()


KEYS = [
    ("the Labor Department", "Department of Labor"),
    ("the U.S. Labor Department", "the Department of Labor"),
    ("House Speaker", "Speaker of the House"),
    ("the US Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention"),
]


@pytest.mark.parametrize("a, b", KEYS)
def test_one_name_written_two_ways_has_one_key(a, b):
    assert name_key(a) == name_key(b)


def test_a_shorter_form_joins_the_one_longer_name_and_a_misspelt_person_is_merged_only_with_a_given_name():
    merged = merge_names(["kaiser family foundation", "henry j kaiser family foundation", "mitch mcconnell",
                          "mitch mcconnel", "accelerate innovation", "accelerated innovation",
                          "southern district", "northern district", "senate republican", "senate republicans"])
    assert merged["kaiser family foundation"] == "henry j kaiser family foundation"
    assert merged["mitch mcconnell"] == merged["mitch mcconnel"]
    for a, b in [("accelerate innovation", "accelerated innovation"), ("southern district", "northern district"),
                 ("senate republican", "senate republicans")]:
        assert merged[a] != merged[b], (a, b)


def _name_keys() -> list[str]:
    """Return the keys of the names read in the table's sentences and the sample articles, and of the merge test's."""
    texts = [getattr(row, "values", row)[0] for row in READ]
    texts += [source.text for source in load_sources([str(REPO / "sources")])]
    read = {name_key(m.text) for text in texts for m in names.extract(Source(id="s", path="s.txt", text=text))}
    merged = ["kaiser family foundation", "henry j kaiser family foundation", "mitch mcconnell", "mitch mcconnel",
              "accelerate innovation", "accelerated innovation", "senate republican", "senate republicans",
              "elijah cummings", "elijah e cummings", "mitch mcconnnell", "mtich mcconnell", "mitch mconnell"]
    return sorted({key for key in read | set(merged) if " " in key})


def test_longer_forms_and_misspelt_names_found_by_filing_are_those_all_pairs_find():
    keys = _name_keys()
    assert len(keys) > 100
    assert canonical._longer_forms(keys) == canonical._longer_forms_of_all(keys)
    assert canonical._misspelt(keys) == canonical._misspelt(keys, canonical._all_pairs)
    assert ("mitch mcconnel", "mitch mcconnell") in canonical._misspelt(keys)  # the test can fail


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.text("abcé", min_size=0, max_size=7), max_size=12))
def test_words_one_edit_apart_are_among_the_pairs_filed_together(words):
    one_edit = [(n, m) for n, m in canonical._all_pairs(words) if OSA.distance(words[n], words[m]) == 1]
    assert [pair for pair in canonical._one_edit_apart(words) if pair in one_edit] == one_edit


def _check(tmp_path, a: str, b: str):
    (tmp_path / "one.txt").write_text(a + "\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(b + "\n", encoding="utf-8")
    return pipeline.check([str(tmp_path)], Config(jobs=1))


def _verdicts(result, text_a: str, text_b: str) -> set[str]:
    return {f.verdict for f in result.findings
            if any(c.source == "one" and c.text == text_a for c in f.claims)
            and any(c.source == "two" and c.text == text_b for c in f.claims)}


PAIRS = [
    # vox / washington-times
    ("wrote a team from the Kaiser Family Foundation in a November 2018 analysis",
     "according to the Henry J. Kaiser Family Foundation .",
     "Kaiser Family Foundation", "Henry J. Kaiser Family Foundation", "compatible"),
    # politico / townhall
    ("said Gary Steinberg , spokesman for the Labor Department .",
     "I 'm blown away that the Department of Labor is considering",
     "Labor Department", "Department of Labor", "agreement"),
    # fox-news / salon
    ("The stars may be aligning for Paul Ryan to clinch the speakership",
     "Paul Ryan is ready to step into the maelstrom .", "Paul Ryan", "Paul Ryan", "agreement"),
    # fox-news / washington-post
    ("he plans to have a set of proposals on President Obama 's desk by Tuesday .",
     "the policy recommendations he makes to President Obama .", "President Obama", "President Obama", "agreement"),
    # washington-times / yahoo-news: "Speaker of the House" is "House Speaker"
    ("Senate Majority Leader Charles E. Schumer, House Speaker Nancy Pelosi and the Democratic chairmen",
     "Speaker of the House Nancy Pelosi, D-Calif., conduct a news conference",
     "House Speaker Nancy Pelosi", "Speaker of the House Nancy Pelosi", "agreement"),
]


@pytest.mark.parametrize("a, b, text_a, text_b, verdict", PAIRS)
def test_one_name_in_two_sources(tmp_path, a, b, text_a, text_b, verdict):
    result = _check(tmp_path, a, b)
    assert _verdicts(result, text_a, text_b) == {verdict}
    assert not [f for f in result.findings if f.verdict == "conflict"]


DIFFERENT = [
    # two titles of one man are two facts, not a contradiction (breitbart / cnn)
    ("GOP Senate Leader Mitch McConnell said", "Senate Majority Leader Mitch McConnell said"),
    # two names one letter apart that are ordinary words
    ("under the Southern District of New York", "under the Northern District of New York"),
    # a state after a name is no person
    ("Sen. Lindsey Graham of South Carolina said", "Sen. Lindsey Graham , South Carolina Republican , said"),
]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_no_name_conflict_between_different_names(tmp_path, a, b):
    assert not [f for f in _check(tmp_path, a, b).findings if f.verdict == "conflict"]


def test_a_misspelt_surname_is_a_spelling_conflict(tmp_path):
    result = _check(tmp_path, "Senate Majority Leader Mitch McConnell said on Tuesday",
                    "Senate Majority Leader Mitch McConnel said on Tuesday")
    found = [f for f in result.findings if f.verdict == "conflict"]
    assert len(found) == 1 and "spelling" in found[0].reason


def _details(text: str) -> set[tuple[str, str, str]]:
    """Return (subject, attribute, value) of the parties and roles read in a sentence."""
    found = entities.extract(Source(id="s", path="s.txt", text=text))
    return {(m.subject, m.attribute, m.value.normalized) for m in found
            if m.attribute == "party" or m.attribute.startswith("role: ")}


DETAILS = [
    # new-york-times / washington-times: a party label after a name, either way round
    ("the committee ’s chairman , Representative Trey Gowdy , Republican of South Carolina , said",
     {("Gowdy", "party", "republican")}),
    ("Chairman Trey Gowdy , South Carolina Republican , made the", {("Gowdy", "party", "republican")}),
    ("Rep. Trey Gowdy ( R - S.C. ) said", {("Gowdy", "party", "republican")}),
    ("Speaker of the House Nancy Pelosi, D-Calif., conduct a news conference", {("Pelosi", "party", "democrat")}),
    # cnn: the party before the title
    ("Democratic Rep. Ted Lieu of California , a frequent Trump critic", {("Lieu", "party", "democrat")}),
    # a photo credit, a sentence's end and a party label before a title are no organisation of the role
    ("Jessica Estepa USA TODAY President Donald Trump said Trump would", set()),
    ("giving birth to their second son in Los Angeles. Rep. Cori Bush (D-Mo.) recounted how Bush",
     {("Bush", "party", "democrat")}),
]


@pytest.mark.parametrize("sentence, expected", DETAILS)
def test_party_labels_and_roles(sentence, expected):
    assert _details(sentence) == expected


def _states(text: str) -> set[tuple[str, str, str]]:
    """Return (subject, party, state) of the party labels read in a sentence."""
    found = entities.extract(Source(id="s", path="s.txt", text=text))
    return {(m.subject, m.value.normalized, m.state) for m in found if m.attribute == "party"}


STATES = [
    # a postal code, an AP abbreviation (tokenised text spaces its dots) and a name, one postal code
    # cnbc / huffpost: one person, her state written two ways
    ("U.S. House Speaker Nancy Pelosi (D-CA) arrives for a House", {("Pelosi", "democrat", "CA")}),
    ("House Speaker Nancy Pelosi ( D - Calif. ) lambasted the president", {("Pelosi", "democrat", "CA")}),
    ("Speaker of the House Nancy Pelosi, D-Calif., conduct a news conference", {("Pelosi", "democrat", "CA")}),
    # politico, townhall: abbreviations of two parts, a dot spaced off
    ("counteroffer from Sen. Shelley Moore Capito ( R - W.Va . ) , which", {("Capito", "republican", "WV")}),
    ("Senate Appropriations Chairman Richard Shelby ( R - Ala . ) , who met", {("Shelby", "republican", "AL")}),
    ("Rep. Trey Gowdy ( R - S.C. ) said", {("Gowdy", "republican", "SC")}),
    ("giving birth to their second son in Los Angeles. Rep. Cori Bush (D-Mo.) recounted how Bush",
     {("Bush", "democrat", "MO")}),
    # cnn, nbc-news-online: the label between commas, a name spelt out and an independent
    ("Former Senate Majority Leader Trent Lott, R-Mississippi, was in the Capitol",
     {("Lott", "republican", "MS")}),
    ("Sen . Ted Cruz , R - Texas , one of the leaders", {("Cruz", "republican", "TX")}),
    ("championed by Sen. Bernie Sanders, I-Vt., to add dental", {("Sanders", "independent", "VT")}),
    # washington-times / new-york-times: the state before the party, or after "of"
    ("Rep. Ron Kind , Wisconsin Democrat , said Wednesday", {("Kind", "democrat", "WI")}),
    ("Chairman Trey Gowdy , South Carolina Republican , made the", {("Gowdy", "republican", "SC")}),
    ("said Representative Pete Olson , Republican of Texas . “ That", {("Olson", "republican", "TX")}),
    ("the committee ’s chairman , Representative Trey Gowdy , Republican of South Carolina , said",
     {("Gowdy", "republican", "SC")}),
    # washington-times: a county, not a state, before the party: the party alone
    ("House Majority Leader Mike Turzai , Allegheny Republican , boasted the measure",
     {("Turzai", "republican", "")}),
    # cnn: the party before the title, the state after the name
    pytest.param("Democratic Rep. Ted Lieu of California , a frequent Trump critic", {("Lieu", "democrat", "CA")},
                 marks=pytest.mark.xfail(strict=True, reason="a party before the title: the state after "
                                         "the name is not read")),
]


@pytest.mark.parametrize("sentence, expected", STATES)
def test_the_state_of_a_party_label_is_kept_as_its_postal_code(sentence, expected):
    assert _states(sentence) == expected


def test_every_state_is_read_as_its_postal_code_whichever_way_it_is_written():
    for code, spelt in US_STATES.items():
        for written in (code, *spelt):
            assert us_state(written) == code, written
            assert us_state(" . ".join(written.split("."))) == code, written  # "W . Va ." as tokenised
