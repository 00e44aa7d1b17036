"""The benchmarks time a user's folder without writing into it, and the many-sources corpus has its shape."""
import os
import shutil
import sys
from collections import Counter

import pytest

from benchmarks import corpus, parser_probe, speed, stages
from crosscheck.align import keys_of
from crosscheck.config import Config
from crosscheck.pipeline import check
from tests.runner import REPO


def _snapshot(folder):
    return sorted((path, os.stat(os.path.join(root, path)).st_mtime_ns, open(os.path.join(root, path), "rb").read())
                  for root, _, names in os.walk(folder) for path in names)


@pytest.fixture
def sample_folder(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(REPO / "sources", folder)
    return str(folder)


def test_speed_times_an_existing_folder_and_writes_nothing_into_it(sample_folder, capsys, monkeypatch):
    # Each run in this process, not a fresh one: the same code, without six interpreters' start-up.
    monkeypatch.setattr(speed, "_fresh", lambda function, *args: function(*args))
    before = _snapshot(sample_folder)
    speed.main([sample_folder, "--docs", "3,5", "--repeat", "1", "--sample", "1", "--reference"])
    out = capsys.readouterr().out
    assert _snapshot(sample_folder) == before
    assert f"corpus {sample_folder}: 3 documents" in out and f"corpus {sample_folder}: 5 documents" in out
    assert "throughput:" in out and "floor (read + one regex pass + sentence split" in out
    assert "the speed of search_dates alone" in out
    assert "time grows as documents^" in out  # two sizes: a fitted exponent


def test_stages_times_an_existing_folder_and_writes_nothing_into_it(sample_folder, capsys):
    before = _snapshot(sample_folder)
    stages.main([sample_folder, "--repeat", "1"])
    out = capsys.readouterr().out
    assert _snapshot(sample_folder) == before
    assert out.startswith("5 documents") and "extract dates" in out


@pytest.mark.parametrize("sizes, seconds, expected", [
    ((1000, 2000, 4000), (1.0, 2.0, 4.0), 1.0),  # linear
    ((1000, 2000, 4000), (1.0, 4.0, 16.0), 2.0),  # quadratic, as comparing every pair of claims
    ((200, 1000, 5000), (0.5, 0.5, 0.5), 0.0),
])
def test_exponent_is_the_slope_of_log_time_against_log_documents(sizes, seconds, expected):
    assert speed.exponent(sizes, seconds) == pytest.approx(expected)


def test_many_sources_corpus_states_each_fact_in_many_documents_with_a_few_deviating():
    docs = 1000
    per_fact = Counter(fact for stated in corpus.statements(docs) for fact, _ in stated)
    assert len(per_fact) == corpus.FACTS
    assert all(5 <= count <= 500 for count in per_fact.values())
    values = Counter(value == fact.value for stated in corpus.statements(docs) for fact, value in stated)
    assert 0.85 < values[True] / sum(values.values()) < 0.97  # most agree, a few deviate


def test_many_sources_facts_are_read_in_every_source_that_states_them(tmp_path):
    docs = 120
    corpus.build(str(tmp_path / "many"), docs, shape="many")
    result = check([str(tmp_path / "many")], Config(jobs=1))
    stating = Counter(fact for stated in corpus.statements(docs) for fact, _ in stated)
    fact, count = stating.most_common(1)[0]
    number = fact.value.split()[0]  # "580 million": the widest fact is a download count
    documents = {f"doc-{index:06d}" for index, stated in enumerate(corpus.statements(docs))
                 for stated_fact, _ in stated if stated_fact == fact}
    read = {claim.source for claim in result.claims
            if claim.source in documents and claim.kind == "figure" and number in claim.text}
    assert len(documents) == count and len(read) >= 0.9 * count
    # Groups as wide as real corpora make: one finding holds a good share of the fact's sources
    # (how many depends on alignment; the news-like corpus never puts more than a handful together).
    assert max(len({claim.source for claim in finding.claims}) for finding in result.findings) >= 0.3 * count


# benchmarks.parser_probe: an experiment with a dependency parser that crosscheck does not depend on.

def test_parser_probe_refuses_the_check_half_of_the_news_gold(tmp_path, capsys):
    with pytest.raises(SystemExit):
        parser_probe.main([str(tmp_path), "--split", "check"])
    assert "the check half of the news gold" in capsys.readouterr().err


def test_parser_probe_skips_with_a_clear_message_without_spacy(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if not installed: importing it fails
    parser_probe.main([str(tmp_path)])  # no PAC folder there: it stops before reading one
    assert capsys.readouterr().out.startswith("parser_probe: skipped: spaCy is not installed")


def test_parser_probe_skips_with_a_clear_message_without_the_model(tmp_path, capsys):
    pytest.importorskip("spacy")
    parser_probe.main([str(tmp_path), "--model", "no_such_pipeline"])
    assert capsys.readouterr().out.startswith("parser_probe: skipped: the spaCy model 'no_such_pipeline'")


def test_parser_probe_parses_only_sentences_whose_claims_another_source_can_meet(sample_folder):
    result = check([sample_folder], Config(jobs=1, cache="off"))
    sentence = "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”"
    found = {name: parser_probe.candidate_sentences(result, *test)
             for name, test in parser_probe.PARTNERS.items()}
    widest, *_, narrowest = found.values()
    assert sentence in widest and sentence in narrowest  # a date the translated article gives too
    assert len(narrowest) < len(widest)


class _StubParser:
    def governing(self, sentence, offset, end):
        return "stub", frozenset(["stub"])


def test_parser_probe_puts_the_parser_words_in_events_only_within_its_block(sample_folder):
    claims = check([sample_folder], Config(jobs=1, cache="off")).claims[:5]
    with parser_probe.events(_StubParser()):
        assert all("stub" in key.event.words for key in keys_of(claims))
    assert not any("stub" in key.event.words for key in keys_of(claims))


def test_parser_probe_reads_the_governing_word_up_the_dependency_tree():
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load(parser_probe.MODEL, exclude=["ner"])
    except OSError:
        pytest.skip(f"the spaCy model {parser_probe.MODEL} is not installed")
    parser = parser_probe.Parser(nlp)
    released = "The new guidelines for the public , released Monday , allow for people who test positive"
    start = released.index("Monday")
    assert parser.governing(released, start, start + len("Monday"))[0] == "releas"
    sent = "A bipartisan group of 19 Democrats and 21 Republicans in the Senate sent a letter last week urging"
    start = sent.index("last week")
    assert {"send", "letter"} <= parser.governing(sent, start, start + len("last week"))[1]
