"""Alignment on small corpora of real sentences: what must align, and the false friends."""
from __future__ import annotations

import datetime as dt
import functools
import random
from decimal import Decimal
from pathlib import Path

import hypothesis
import hypothesis.strategies as st
import numpy as np
import pytest
import yaml
from rapidfuzz import fuzz

from benchmarks.eval_alignment import evaluate
from crosscheck import pipeline
from crosscheck.align import WINDOW, align, any_told_apart, related, scored_pairs, told_apart
from crosscheck.align.keys import _tails
from crosscheck.align.keys import keys_of as _keys
from crosscheck.align.scoring import Table as _Table
from crosscheck.align.scoring import _related_matrix
from crosscheck.claims import build_claims
from crosscheck.config import Config
from crosscheck.context import clause, undivided
from crosscheck.entities.canonical import SPELLING_RATIO, _close_keys
from crosscheck.findings import make_findings
from crosscheck.load import load_sources
from crosscheck.model import Claim, DateValue, FigureValue, Mention, Source


def _month(year: int, month: int) -> DateValue:
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _day(year: int, month: int, day: int) -> DateValue:
    return DateValue(dt.date(year, month, day), dt.date(year, month, day), "day")


def _year(year: int) -> DateValue:
    return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _figure(amount: str, unit: str, bound: str = "eq") -> FigureValue:
    return FigureValue(Decimal(amount), Decimal(amount), bound, unit)


def _claim(source: str, sentence: str, text: str, value, kind: str = "") -> Claim:
    """Build the claim the pipeline would make of `text` in `sentence`, whatever the extractors do."""
    kind = kind or ("date" if isinstance(value, DateValue) else "figure")
    start = sentence.index(text)
    mention = Mention(kind, start, start + len(text), text, value)
    return build_claims(Source(id=source, path=f"{source}.txt", text=sentence), [mention])[0]


def _aligned(a: Claim, b: Claim) -> bool:
    return any({0, 1} <= set(group.members) for group in align([a, b]))


SAME_THING = [
    ("Llama 2 release",
     ("egoistai", "• Llama 2 (July 2023): This was the game-changer.", "July 2023", _month(2023, 7)),
     ("translated", ("Meta originally planned to require relevant websites to remove leaked models, but then "
      "Zuckerberg announced on July 18, 2023 that Llama 2 would be free for research and commercial use."),
      "July 18, 2023", _day(2023, 7, 18))),
    ("Llama 3 release",
     ("egoistai", "• Llama 3 (April 2024): The latest iteration significantly raised the bar.",
      "April 2024", _month(2024, 4)),
     ("translated", ("The speed and accuracy of the Llama 3 model, released in 2024, is on par with the "
      "strongest models from OpenAI and Anthropic."), "2024", _year(2024))),
    ("Galactica release",
     ("fortune", ("In November 2022, FAIR released a demo of an LLM chatbot, trained on scientific texts, "
      "called Galactica."), "November 2022", _month(2022, 11)),
     ("translated", ("An academic robot named Galactica was launched in November 2022, but the robot often "
      "gave wrong answers, shocking many scholars."), "November 2022", _month(2022, 11))),
    ("the rebrand",
     ("egoistai", "The rebrand from Facebook to Meta in October 2021 was a declaration of war on the present.",
      "October 2021", _month(2021, 10)),
     ("translated", ("I still remember that in October 2021, Facebook announced that it would change its "
      "name to Meta."), "October 2021", _month(2021, 10))),
    ("Llama downloads",
     ("fortune", ("And outside its walls, Llama models have been downloaded over 600 million times on sites "
      "like open-source AI community Hugging Face."), "over 600 million times", _figure("6E8", "time", "gt")),
     ("translated", ("According to Fortune, the model has been downloaded more than 600 million times on "
      "websites such as the open source AI community Hugging Face."), "more than 600 million times",
      _figure("6E8", "time", "gt"))),
    ("licence limit",
     ("fortune", "It also restricted usage by companies with more than 700 million monthly active users.",
      "700 million", _figure("7E8", "user", "gt")),
     ("nbcnews", ("Those who seek to use it in products with more than 700 million monthly active users must "
      "request licenses from Meta."), "700 million", _figure("7E8", "user", "gt"))),
    ("capital expenditure 2024",
     ("fortune", ("Meta announced that it projects capital expenditures for 2024 to reach as high as "
      "$40 billion."), "$40 billion", _figure("4E10", "USD", "le")),
     ("translated", ("Meta estimates that capital expenditures in 2024 will be as high as 40 billion US "
      "dollars."), "40 billion US dollars", _figure("4E10", "USD", "le"))),
]

FALSE_FRIENDS = [
    ("two events in one month",
     ("a", "In June 2023, two U.S. senators wrote a letter to Zuckerberg, criticizing Llama’s release.",
      "June 2023", _month(2023, 6)),
     ("b", ("At an internal all-hands meeting in June 2023, Zuckerberg shared his vision for Meta’s "
      "AI-powered future."), "June 2023", _month(2023, 6))),
    ("a 2022 and a 2023 loss",
     ("a", "In 2022 alone, the division lost over $13.7 billion.", "$13.7 billion", _figure("1.37E10", "USD")),
     ("b", "In 2023, it lost another $16.1 billion.", "$16.1 billion", _figure("1.61E10", "USD"))),
    ("Llama 3 and Llama 3.1",
     ("a", "• Llama 3 (April 2024): The latest iteration significantly raised the bar.",
      "April 2024", _month(2024, 4)),
     ("b", "Databricks released Meta’s Llama 3.1 models on its platform in July 2024.",
      "July 2024", _month(2024, 7))),
    ("Llama 2 and Llama 4",
     ("a", "Llama 2 came in various sizes (7B, 13B, 70B parameters).", "70B", _figure("7E10", "parameter")),
     ("b", "Llama 4 is expected in various sizes, up to 70B parameters.", "70B", _figure("7E10", "parameter"))),
    ("GPUs in a cluster and GPUs being bought",
     ("a", ("Meanwhile the company is hard at work on Llama 4 models currently being trained on a cluster of "
      "over 100,000 pricey Nvidia GPUs."), "over 100,000", _figure("1E5", "gpu", "gt")),
     ("b", ("Meta is reportedly buying hundreds of thousands of Nvidia H100 GPUs, a multi-billion dollar "
      "investment."), "hundreds of thousands", _figure("2E5", "gpu", "ge"))),
    ("Galactica and ChatGPT, both November 2022",
     ("a", "An academic robot named Galactica was launched in November 2022.", "November 2022",
      _month(2022, 11)),
     ("b", "The launch of OpenAI’s ChatGPT in November 2022 wasn’t just a moment; it was a seismic event.",
      "November 2022", _month(2022, 11))),
    ("vague durations about different things",
     ("egoistai", ("For a few years, it looked like Zuckerberg had finally lost the plot, chasing a ghost while "
      "the real world moved on."), "For a few years", FigureValue(Decimal(2), None, "ge", "year")),
     ("fortune", ("For years, Zuckerberg and his company have grappled with public mistrust over the way it has "
      "used other types of AI to personalize news feeds."), "For years", FigureValue(Decimal(2), None, "ge", "year"))),
    ("a model's release and its maker's founding",  # centerconsulting.com, ibm.com/think
     ("a", ("On September 27, 2023, the French lab Mistral AI - founded earlier that year by Arthur Mensch, "
      "Guillaume Lample, and Timothee Lacroix - released Mistral 7B, its first model."), "September 27, 2023",
      _day(2023, 9, 27)),
     ("b", "Mistral AI was cofounded in April 2023 by Arthur Mensch, formerly of Google DeepMind.", "April 2023",
      _month(2023, 4))),
    ("two valuations a year apart",  # clarigital.com, turingpost.substack.com
     ("a", "By 2024, the company was valued at over $6 billion.", "over $6 billion", _figure("6E9", "USD", "gt")),
     ("b", ("In December 2023, only 7 months after their launch, Mistral AI ripped all the charts, becoming a "
      "GenAI unicorn with a valuation exceeding $2 billion."), "exceeding $2 billion", _figure("2E9", "USD", "gt"))),
    ("the sizes of two models in one sentence",  # aiwiki.ai/wiki/mistral_7b, medium.com
     ("a", "Mistral 7B outperforms Llama 2 13B across all evaluated benchmarks.", "13B",
      _figure("1.3E10", "parameter")),
     ("b", "Mistral 7B is a 7.3-billion-parameter, decoder-only large language model.", "7.3-billion-parameter",
      _figure("7.3E9", "parameter"))),
]


@pytest.mark.parametrize("what, a, b", SAME_THING, ids=[case[0] for case in SAME_THING])
def test_the_same_claim_aligns(what, a, b):
    assert _aligned(_claim(*a), _claim(*b)), f"{what}: {a[1]!r} / {b[1]!r}"


@pytest.mark.parametrize("what, a, b", FALSE_FRIENDS, ids=[case[0] for case in FALSE_FRIENDS])
def test_false_friends_stay_apart(what, a, b):
    assert not _aligned(_claim(*a), _claim(*b)), f"{what}: {a[1]!r} / {b[1]!r}"


def test_claims_of_one_source_make_no_group():
    sentence = "In November 2022, FAIR released a demo of an LLM chatbot called Galactica."
    claim = _claim("fortune", sentence, "November 2022", _month(2022, 11))
    assert align([claim, claim]) == []


def test_different_units_never_align():
    sentence = "Llama 2 came in various sizes, up to 70 billion parameters."
    a = _claim("a", sentence, "70 billion", _figure("7E10", "parameter"))
    b = _claim("b", sentence, "70 billion", _figure("7E10", "USD"))
    assert not _aligned(a, b), sentence


def test_a_planted_pair_is_found_in_a_block_larger_than_a_window():
    rng = random.Random(1)
    noise = [_claim(f"s{n % 50}", f"Product{n} {n % 9} sold {n} units in its first week.", f"{n} units",
                    _figure(str(n), "unit")) for n in range(1, 3 * WINDOW)]
    rng.shuffle(noise)
    a, b = SAME_THING[5][1], SAME_THING[5][2]  # the licence limit, as unit "user": its own block
    planted = [_claim(*a), _claim(*b)]
    a_figure = _claim("x", "Widget 7 shipped 500 units in its first week.", "500 units", _figure("500", "unit"))
    b_figure = _claim("y", "Widget 7 shipped 500 units in its first week, the company said.", "500 units",
                      _figure("500", "unit"))
    claims = noise + planted + [a_figure, b_figure]
    groups = [set(g.members) for g in align(claims)]
    n = len(noise)
    assert {n, n + 1} in groups
    assert any({n + 2, n + 3} <= g for g in groups), "lost in a window of a large block"


def _write(tmp_path, files: dict) -> str:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path)


ENTITY_CORPUS = {
    # sentences from fortune-2024-11-19 and translated-llama-comeback
    "fortune.txt": "Yann LeCun, Meta’s chief AI scientist, and Joelle Pineau, VP of AI research and head of "
                   "Meta’s FAIR (Fundamental AI Research) team, wanted to give Llama 2 a wide open-source "
                   "release.\n\nShweta Khajuria, an analyst at Wolfe Research who covers Meta, calls releasing "
                   "Llama as open-source “a stroke of genius.”\n\nKhajuria believes there will be plenty of "
                   "new monetization opportunities.\n\n“We got incoming requests,” Yann Lecun says.\n",
    "translated.txt": "Meta has invested in the AI field in 2013, led by Yann LeCun, in the FAIR (Facebook AI "
                      "Research) laboratory.\n\nSchweta Khajuria, an analyst at Wolfe Research speculates that "
                      "the Meta AI function can be used to help brands place advertisements.\n\nKhajuria also "
                      "warned that investors will lose patience.\n\nYann LeCun said that many people believe "
                      "that open source is extremely valuable.\n",
}


def _finding(result, subject: str, attribute: str):
    found = [f for f in result.findings if f.subject.lower() == subject.lower() and f.attribute == attribute]
    assert len(found) == 1, [(f.subject, f.attribute) for f in result.findings]
    return found[0]


def test_expansion_conflict_and_spelling_discrepancy_show_both_quotes(tmp_path):
    result = pipeline.check([_write(tmp_path, ENTITY_CORPUS)], Config(extractors=("entities",)))
    fair = _finding(result, "FAIR", "expansion")
    assert fair.verdict == "conflict"
    assert {c.text for c in fair.claims} == {"Fundamental AI Research", "Facebook AI Research"}
    name = _finding(result, "Khajuria", "name spelling")
    assert name.verdict == "conflict" and "spelling" in name.reason, name.reason
    assert {c.quote.split(",")[0] for c in name.claims} == {"Shweta Khajuria", "Schweta Khajuria"}
    assert _finding(result, "Khajuria", "role: analyst").verdict == "agreement"
    assert _finding(result, "LeCun", "name spelling").verdict == "agreement"  # "LeCun" / "Lecun"


def test_findings_carry_score_and_matched_words_and_keep_their_ids(tmp_path):
    path = _write(tmp_path, ENTITY_CORPUS)
    first = pipeline.check([path], Config(extractors=("entities",)))
    again = pipeline.check([path], Config(extractors=("entities",)))
    assert [f.id for f in first.findings] == [f.id for f in again.findings]
    reversed_findings = make_findings(list(reversed(first.claims)), align(list(reversed(first.claims))))
    assert sorted(f.id for f in reversed_findings) == sorted(f.id for f in first.findings)
    for finding in first.findings:
        assert finding.score > 0 and finding.matched, finding


def test_same_sentence_pairs_score_higher_than_paraphrases():
    a = _claim(*SAME_THING[2][1])
    b = _claim(*SAME_THING[2][2])
    c = _claim("other", SAME_THING[2][1][1], SAME_THING[2][1][2], SAME_THING[2][1][3])
    paraphrase = align([a, b])[0].score
    copy = align([a, c])[0].score
    assert copy > paraphrase, (copy, paraphrase)


def test_people_sharing_a_surname_are_not_one_misspelt_name(tmp_path):
    corpus = {  # sentences of nbcnews-meta-free-ai-models; b.txt names an invented namesake
        "a.txt": "Mark Zuckerberg expressed confidence in investing even further. Zuckerberg said so.\n",
        "b.txt": "Priscilla Zuckerberg collaborated on a remake. Zuckerberg said so.\n",
        "c.txt": "Mark Zuckerberg laid out in another earnings call this year that Meta has interests. "
                 "Zuckerberg said so.\n",
    }
    result = pipeline.check([_write(tmp_path, corpus)], Config(extractors=("entities",)))
    finding = _finding(result, "Zuckerberg", "name spelling")
    assert finding.verdict == "agreement", finding.reason
    assert {c.source for c in finding.claims} == {"a", "c"}


@pytest.mark.parametrize("folder, gold_file", [("../sources", "gold/alignment.yaml"),
                                               ("gold/mistral-7b", "gold/mistral-7b/alignment.yaml")])
def test_every_gold_claim_is_found_in_its_source(folder, gold_file):
    here = Path(__file__).parent
    texts = {source.id: " ".join(source.text.split()) for source in load_sources([str(here / folder)])}
    with open(here / gold_file, encoding="utf-8") as handle:
        gold = yaml.safe_load(handle)
    items = [c for g in gold["groups"] for c in g["claims"]] + [c for f in gold["false_friends"] for c in f["pair"]]
    missing = [item for item in items if " ".join(item["quote"].split()) not in texts[item["source"]]]
    assert not missing
    assert all(len({c["source"] for c in g["claims"]}) >= 2 for g in gold["groups"])


# Text none of the rules were written from: five pages about the Llama 3 release.
UNSEEN = {
    "r1": ("reasonedinsights", ("On April 18th, 2024, Meta released Llama 3 Large Language Models (LLMs), pretrained "
           "and instruction tuned generative text models in the 8B and 70B parameter sizes."), "April 18th, 2024",
           _day(2024, 4, 18)),
    "r2": ("reasonedinsights", ("The first version of the Llama models was released in February 2023 as one of the "
           "first open weight large language models."), "February 2023", _month(2023, 2)),
    "r3": ("reasonedinsights", "Subsequently, it launched the second version in July 2023.", "July 2023",
           _month(2023, 7)),
    "r4": ("reasonedinsights", ("Meta’s Llama 3 model comes in two sizes, 8B and 70B parameters, with the models "
           "trained on over 15 Trillion tokens from publicly available sources."), "over 15 Trillion tokens",
           _figure("1.5E13", "token", "gt")),
    "s1": ("sipoch", ("Following this trend, Meta released Llama 3, a state-of-the-art, next-generation open-source "
           "LLM, on April 18, 2024."), "April 18, 2024", _day(2024, 4, 18)),
    "s2": ("sipoch", ("Meta launched Llama 1 in February 2023, which was available in four variants with parameters "
           "ranging from 7 billion to 64 billion."), "February 2023", _month(2023, 2)),
    "s3": ("sipoch", "Shortly after Llama 1, Meta released Llama 2 in July 2023.", "July 2023", _month(2023, 7)),
    "a1": ("alansalomon", ("When Meta released Llama 3 in April 2024, it represented the culmination of a deliberate "
           "strategy to build open-weights large language models capable of matching proprietary systems."),
           "April 2024", _month(2024, 4)),
    "a2": ("alansalomon", ("Llama 3 was released in two initial sizes — 8 billion and 70 billion parameters — with a "
           "405-billion-parameter model following in July 2024."), "July 2024", _month(2024, 7)),
    "a3": ("alansalomon", ("The models were pretrained on over 15 trillion tokens of data, roughly seven times the "
           "data used for Llama 2, sourced from a filtered and deduplicated web corpus."), "over 15 trillion tokens",
           _figure("1.5E13", "token", "gt")),
    "c1": ("chatforest", ("When Meta released Llama 3 on April 18, 2024, the open-weight LLM landscape had a clear "
           "ceiling."), "April 18, 2024", _day(2024, 4, 18)),
    "c2": ("chatforest", ("For subsequent releases, see Llama 3.2 (September 2024) and Llama 3.3 70B "
           "(December 2024)."), "September 2024", _month(2024, 9)),
    "p1": ("platoblockchain", ("Specifically, Meta revealed Llama 3 was pre-trained on more than 15 trillion tokens "
           "collected from publicly available sources."), "more than 15 trillion tokens",
           _figure("1.5E13", "token", "gt")),
}


@pytest.fixture(scope="module")
def unseen_groups() -> list[set[str]]:
    names = list(UNSEEN)
    claims = [_claim(*UNSEEN[name]) for name in names]
    return [{names[i] for i in group.members} for group in align(claims)]


@pytest.mark.parametrize("members", [
    {"r1", "s1", "a1", "c1"},  # Llama 3 released April 18, 2024
    {"r2", "s2"},  # the first Llama, February 2023
    {"r4", "p1"},  # trained on over 15 trillion tokens
    pytest.param({"r4", "a3"}, marks=pytest.mark.xfail(strict=True, reason="'data used for Llama 2' taken for the subject")),
    pytest.param({"r3", "s3"}, marks=pytest.mark.xfail(strict=True, reason="'it ... the second version' names no model")),
])
def test_unseen_pages_align(unseen_groups, members):
    assert any(members <= group for group in unseen_groups), [UNSEEN[m][1] for m in sorted(members)]


@pytest.mark.parametrize("pair", [
    ("a2", "r1"),  # the 405B model in July 2024 is not the April release
    ("c2", "s1"),  # Llama 3.2 is not Llama 3
    ("r2", "s3"),  # Llama 1 and Llama 2
])
def test_unseen_false_friends_stay_apart(unseen_groups, pair):
    assert not any(set(pair) <= group for group in unseen_groups), [UNSEEN[m][1] for m in pair]


def _subject_claim(source: str, sentence: str, text: str, subject: str) -> Claim:
    start = sentence.index(text)
    mention = Mention("date", start, start + len(text), text, _year(2024), subject=subject)
    return build_claims(Source(id=source, path=f"{source}.txt", text=sentence), [mention])[0]


def test_a_surname_and_the_full_name_are_one_subject():
    # nbcnews-meta-free-ai-models and fortune-2024-11-19, subjects as an extractor would set them
    full = _subject_claim("nbc", "Meta stock plummeted Wednesday after CEO Mark Zuckerberg touted a slew of "
                          "money-losing projects on its first-quarter earnings call.", "Wednesday", "Mark Zuckerberg")
    short = _subject_claim("fortune", "On the recent earnings call, Zuckerberg said: “I think we’re going to add a "
                           "whole new category of content.”", "recent", "Zuckerberg")
    other = _subject_claim("fortune", "He even found time in November to collaborate with T-Pain on a remake, an "
                           "anniversary gift to his wife, Priscilla Chan.", "November", "Priscilla Chan")
    full_key, short_key, other_key = _keys([full, short, other])
    assert related(full_key, short_key)
    assert not related(full_key, other_key)


@pytest.mark.parametrize("folder, gold_file", [("../sources", "gold/alignment.yaml"),
                                               ("gold/mistral-7b", "gold/mistral-7b/alignment.yaml")])
def test_gold_corpora_join_no_false_friends_and_raise_no_false_conflict(folder, gold_file):
    here = Path(__file__).parent
    with open(here / gold_file, encoding="utf-8") as handle:
        gold = yaml.safe_load(handle)
    scores = evaluate(pipeline.check([str(here / folder)]), gold)
    conflicts = {g["id"] for g in gold["groups"] if g["verdict"] == "conflict"}
    false_conflicts = [f.reason for f in scores["findings"] if f.verdict == "conflict"
                       and not any(f in scores["hits"][group] for group in conflicts)]
    assert scores["joined"] == [] and false_conflicts == [], (scores["joined"], false_conflicts)


@pytest.mark.parametrize("folder", ["../sources", "gold/mistral-7b"])
def test_related_matrix_agrees_with_related_on_every_pair(folder):
    # Windows of a large block use the matrix; the merge check uses `related` pair by pair.
    result = pipeline.check([str(Path(__file__).parent / folder)], Config())
    keys = _keys(result.claims)
    matrix = _related_matrix(_Table(keys), np.arange(len(keys)))
    wrong = [(result.claims[i].quote, result.claims[j].quote) for i in range(len(keys)) for j in range(len(keys))
             if matrix[i, j] != related(keys[i], keys[j])]
    assert not wrong, wrong[:3]


UNDIVIDED = [
    # fortune-2024-11-19 (a hyphen inside a word is no cut)
    ("And outside its walls, Llama models have been downloaded over 600 million times on sites like "
     "open-source AI community Hugging Face.", True),
    # blog-meta-open-source-investment
    ("By promoting its own open-source models, Meta ensures it retains access to and influence over "
     "foundational AI technologies.", True),
    ("Meta’s commitment to open-source AI is not merely a philanthropic endeavor; it’s a deeply calculated "
     "strategic play.", False),
    ("- Avoid Vendor Lock-in: Meta’s own experiences with platform restrictions have likely informed its "
     "stance on open source, as it seeks to avoid being locked into a competitor’s closed ecosystem.", False),
    # egoistai-zuckerberg-ai-pivot
    ("This wasn’t just a strategic realignment; it was a desperate, audacious gamble.", False),
    ("If Llama becomes the Android of AI – the ubiquitous, customizable foundation upon which countless "
     "applications are built – then Meta will have secured a strategic chokehold on the future, regardless "
     "of whether its metaverse ever fully materializes.", False),
]


@pytest.mark.parametrize("sentence, one_clause", UNDIVIDED)
def test_a_sentence_without_a_cut_is_one_clause(sentence, one_clause):
    assert undivided(sentence) == one_clause, sentence
    assert undivided(sentence) == (clause(sentence, 0, 0) == (0, len(sentence))), sentence


def test_undivided_agrees_with_clause_on_every_sentence_of_the_articles():
    # The quick test for cut marks must never call a sentence with a cut undivided.
    sentences = {claim.quote for claim in pipeline.check([str(Path(__file__).parent / "../sources")], Config()).claims}
    wrong = [s for s in sentences if undivided(s) != (clause(s, 0, 0) == (0, len(s)))]
    assert not wrong, wrong[:3]


def test_claims_of_one_sentence_share_its_strings():
    # fortune-2024-11-19: two values in one sentence; one string each for the sentence and its mask
    sentence = ("On its third-quarter earnings call, Meta announced that it projects capital expenditures for "
                "2024 to reach as high as $40 billion, with a “significant” increase likely in 2025.")
    mentions = [Mention("figure", sentence.index("$40 billion"), sentence.index("$40 billion") + 11,
                        "$40 billion", _figure("4E10", "USD")),
                Mention("date", sentence.index("2025"), sentence.index("2025") + 4, "2025", _year(2025))]
    first, second = build_claims(Source(id="fortune", path="fortune.txt", text=sentence), mentions)
    assert first.quote is second.quote and first.context is second.context, sentence
    assert first.context.endswith("as high as <figure>, with a “significant” increase likely in <date>."), sentence



def test_a_large_block_is_scored_in_windows_not_all_pairs(monkeypatch):
    from crosscheck.align import clusters as module

    scored = []
    score = module.pair_scores
    monkeypatch.setattr(module, "pair_scores",
                        lambda table, window, threshold: scored.append(len(window)) or score(table, window, threshold))
    size = 10 * WINDOW
    block = [_claim(f"s{n % 50}", f"Product{n} {n % 9} sold {n} units in its first week.", f"{n} units",
                    _figure(str(n), "unit")) for n in range(size)]
    align(block)
    assert max(scored) == WINDOW
    assert sum(n * (n - 1) // 2 for n in scored) == scored_pairs(size) < size * (size - 1) // 2 // 2


@pytest.mark.parametrize("folder", ["../sources", "gold/mistral-7b"])
def test_any_told_apart_agrees_with_told_apart_on_every_pair(folder):
    # Merges check two clusters' signatures at once; small lists of real claims stand for clusters.
    result = pipeline.check([str(Path(__file__).parent / folder)], Config())
    keys = [k for k in _keys(result.claims) if k.subject or k.attribute]
    lists = [keys[i:i + 3] for i in range(0, len(keys), 3)][:60]
    wrong = [(a[0].subject, b[0].subject) for a in lists for b in lists
             if any_told_apart(a, b) != any(told_apart(x, y) for x in a for y in b)]
    assert not wrong, wrong[:3]


def _close_by_every_pair(keys: list[str], ratio: float) -> dict[str, set[str]]:
    return {a: {b for b in keys if fuzz.ratio(a, b) >= ratio} for a in keys}


@hypothesis.settings(max_examples=200, deadline=None)
@hypothesis.given(st.lists(st.text("aeiknorsu", min_size=5, max_size=14), max_size=40),
                  st.sampled_from([SPELLING_RATIO, 70.0, 95.0]))
def test_close_keys_by_length_band_are_those_of_every_pair(keys, ratio):
    # Few letters, so that many keys are a letter or two apart, as misspelt surnames are.
    keys = sorted(set(keys))
    found = {key: set(close) for key, close in _close_keys(keys, ratio).items()}
    assert found == _close_by_every_pair(keys, ratio), keys


def test_close_keys_of_surnames_misspelt():
    # Surnames of fortune-2024-11-19 (Khajuria, Zuckerberg, LeCun), each but LeCun with a
    # misspelling made up a letter away
    close = _close_keys(["kajuria", "khajuria", "zuckerberg", "zuckerburg", "lecun"], SPELLING_RATIO)
    assert set(close["kajuria"]) == {"kajuria", "khajuria"}, close
    assert set(close["zuckerberg"]) == {"zuckerberg", "zuckerburg"}, close
    assert close["lecun"] == ["lecun"], close


@hypothesis.settings(max_examples=200, deadline=None)
@hypothesis.given(st.text("ab ", max_size=12))
def test_tails_are_the_name_and_the_text_after_each_space(name):
    # Few letters and many spaces: repeated, leading and trailing spaces are the edge cases.
    expected = {name} | {name[i + 1:] for i, char in enumerate(name) if char == " "}
    assert _tails(name) == expected, repr(name)


def test_tails_of_a_full_name_cover_the_surname():
    # egoistai-zuckerberg-ai-pivot: "Mark Zuckerberg's AI Pivot", whose canonical name is "mark zuckerberg"
    assert _tails("mark zuckerberg") == {"mark zuckerberg", "zuckerberg"}


@pytest.mark.parametrize("folder", ["../sources", "gold/mistral-7b"])
@pytest.mark.parametrize("indexed", [1, 3])
def test_indexed_merge_check_agrees_with_any_unrelated(folder, indexed, monkeypatch):
    # A merge weighs a cluster's signatures against an index of the other's (`Clusters._unrelated`);
    # `any_unrelated` over both lists is its specification. The clusters here are the groups
    # alignment finds, grown a claim at a time as merges grow them, and random draws of claims.
    from crosscheck.align import clusters as module

    monkeypatch.setattr(module, "INDEXED", indexed)  # the real corpora's clusters are small
    claims = _claims_of(folder)
    keys = _keys(claims)
    clusters = module.Clusters(claims, keys)
    rng = random.Random(12)
    drawn = [rng.sample(range(len(claims)), size) for size in (2, 5, 9, 17, 30) for _ in range(4)]
    outcomes = []
    for members in [list(group.members) for group in align(claims)] + drawn:
        members = [i for i in members if clusters.find(i) != clusters.find(members[0])] + members[:1]
        for i in members[:-1]:
            ra, rb = clusters.find(members[-1]), clusters.find(i)
            if ra == rb:
                continue
            fast = clusters._unrelated(ra, rb)
            plain = module.any_unrelated(list(clusters._kinds(ra).values()), list(clusters._kinds(rb).values()))
            assert fast == plain, (claims[members[-1]].quote, claims[i].quote)
            outcomes.append(fast)
            clusters._union(ra, rb)
    assert True in outcomes and False in outcomes


@functools.lru_cache(maxsize=None)
def _claims_of(folder: str) -> list[Claim]:
    return list(pipeline.check([str(Path(__file__).parent / folder)], Config()).claims)
