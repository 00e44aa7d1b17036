"""Compare weighs each distinct statement once: the same findings as source against source."""
import pytest
from runner import SOURCES

from benchmarks import corpus as generated
from crosscheck.align import align
from crosscheck.compare import plain_verdict_of, verdict_of
from crosscheck.compare.pairs import judge
from crosscheck.config import Config
from crosscheck.pipeline import check

JULY_18 = "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"  # fortune
JULY = "• Llama 2 (July 2023): This was the game-changer.\n"  # egoistai
JULY_19 = JULY_18.replace("18", "19")  # a source that misreads the day


@pytest.fixture(scope="module")
def many_sources(tmp_path_factory):
    """A generated corpus where each fact is stated by many of its 60 documents, a few deviating."""
    folder = tmp_path_factory.mktemp("many")
    generated.build(str(folder), 60, size=2000, shape="many")
    return str(folder)


def _groups(paths):
    result = check(paths, Config(jobs=1))
    return list(result.claims), align(list(result.claims), threshold=Config().align_threshold)


@pytest.mark.parametrize("where", ["sample", "many"])
def test_distinct_statements_judge_as_source_against_source(where, many_sources):
    claims, groups = _groups([str(SOURCES)] if where == "sample" else [many_sources])
    assert max(len(group.members) for group in groups) >= (8 if where == "many" else 2)
    for group in groups:
        members = [claims[i] for i in group.members]
        assert verdict_of(members) == plain_verdict_of(members)
        assert judge(claims, group.members, group.pairs) == judge(claims, group.members, group.pairs, plain=True)


@pytest.mark.parametrize("texts, verdict, tally", [
    ({"a": JULY_18, "b": JULY_18, "c": JULY_18, "d": JULY}, "compatible",
     [{"display": "July 18, 2023", "sources": 3}, {"display": "July 2023", "sources": 1}]),
    ({"a": JULY_18, "b": JULY_18, "c": JULY_18, "d": JULY, "e": JULY_19}, "conflict",
     [{"display": "July 18, 2023", "sources": 3}, {"display": "July 19, 2023", "sources": 1},
      {"display": "July 2023", "sources": 1}]),
    ({"a": JULY_18, "b": JULY_18}, "agreement", [{"display": "July 18, 2023", "sources": 2}]),
])
def test_a_finding_counts_the_sources_of_each_value(corpus, texts, verdict, tally):
    from crosscheck.serialize import finding_to_dict

    result = check([corpus({f"{name}.txt": text for name, text in texts.items()})], Config(jobs=1))
    dates = [finding_to_dict(f) for f in result.findings if f.kind == "date"]
    assert [(f["verdict"], f["values"]) for f in dates] == [(verdict, tally)]


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_compare_on_two_processes_gives_the_same_bytes(monkeypatch, many_sources, start):
    from crosscheck.report import render

    monkeypatch.setattr("crosscheck.engines.local._start_method", lambda: start)
    one = render(check([many_sources], Config(jobs=1)), "json")
    assert one.count('"verdict": "conflict"') >= 1
    assert render(check([many_sources], Config(jobs=2)), "json") == one


def test_a_run_that_lets_texts_go_reports_the_same_json(corpus):
    from crosscheck.report import render

    waiver = "<!-- crosscheck: ignore -->\n" + JULY  # an inline waiver still reads its source's text
    folder = corpus({"a.txt": JULY_18, "b.txt": JULY_18, "c.md": waiver, "d.txt": JULY_19})
    kept, lean = (check([folder], Config(jobs=1), keep_texts=keep) for keep in (True, False))
    assert [s.text for s in lean.sources] == ["", "", waiver, ""]
    assert lean.waived and render(lean, "json") == render(kept, "json")


@pytest.mark.parametrize("kind", ["date", "figure", "entity"])
def test_distinct_statements_weigh_as_sources_on_many_draws_of_real_values(kind):
    # The sample articles' own values, dealt out to many sources that repeat, share and mix them.
    import random
    from dataclasses import replace

    claims = [c for c in check([str(SOURCES)], Config(jobs=1)).claims
              if c.kind == kind and c.value is not None]  # as alignment passes them on
    rng, seen = random.Random(17), set()
    for _ in range(300):
        pool = rng.sample(claims, min(len(claims), rng.randint(1, 5)))
        dealt = [replace(rng.choice(pool), source=f"s{n}") for n in range(rng.randint(2, 12))
                 for _ in range(rng.randint(1, 3))]
        assert verdict_of(dealt) == plain_verdict_of(dealt), [(c.source, c.text) for c in dealt]
        seen.add(verdict_of(dealt))
    assert seen == {"conflict", "compatible", "agreement"} or kind == "entity" and "conflict" in seen
