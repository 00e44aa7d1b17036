"""The cycle collector is paused while a run over plain text makes its records, and only then."""
import gc
import pathlib

import pytest
from documents import FORTUNE_ASCII, pdf_bytes

from crosscheck import pipeline
from crosscheck.config import Config
from crosscheck.report import render

ARTICLES = [str(pathlib.Path(__file__).resolve().parent.parent / "sources")]  # the five sample articles


@pytest.fixture
def collector_seen(monkeypatch):
    """Record whether the collector ran while each source's claims were made."""
    seen = []
    build_claims = pipeline.build_claims

    def recording(source, mentions, errors):
        seen.append(gc.isenabled())
        return build_claims(source, mentions, errors)

    monkeypatch.setattr(pipeline, "build_claims", recording)
    return seen


def test_plain_text_sources_are_read_with_the_collector_paused_and_it_resumes(collector_seen):
    result = pipeline.check(ARTICLES, Config(jobs=1, cache="off"))
    assert any(finding.verdict == "conflict" for finding in result.findings)
    assert collector_seen and not any(collector_seen)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_pdf_among_the_sources_keeps_the_collector_running(collector_seen, tmp_path):
    # pypdf's objects hold reference cycles (about 100 cyclic objects a page): paused, a run
    # of many PDFs would keep every page it read.
    pytest.importorskip("pypdf")
    (tmp_path / "fortune.pdf").write_bytes(pdf_bytes([[FORTUNE_ASCII]]))
    (tmp_path / "fortune.txt").write_text(FORTUNE_ASCII + "\n", encoding="utf-8")
    result = pipeline.check([str(tmp_path)], Config(jobs=1, cache="off"))
    assert [claim.text for claim in result.claims if claim.kind == "date"] == ["July 18, 2023"] * 2
    assert collector_seen == [True, True]


def test_the_report_is_the_same_with_the_collector_running(monkeypatch, collector_seen):
    paused = render(pipeline.check(ARTICLES, Config(jobs=1, cache="off")), "json")
    monkeypatch.setattr(pipeline, "_acyclic", lambda file: False)  # as if a PDF were among them
    running = render(pipeline.check(ARTICLES, Config(jobs=1, cache="off")), "json")
    assert collector_seen == [False] * 5 + [True] * 5
    assert paused == running


def test_a_run_over_plain_text_leaves_no_reference_cycles(tmp_path):
    # What the pause rests on: were a stage to make cycles, a paused run would keep them all
    # until it ends. The first run imports what the stages load on first use (those modules'
    # objects do hold cycles); the second, over the same articles in another folder, makes new
    # records from the same text.
    pipeline.check(ARTICLES, Config(jobs=1, cache="off"))
    for article in pathlib.Path(ARTICLES[0]).glob("*.txt"):
        (tmp_path / article.name).write_bytes(article.read_bytes())
    gc.collect()
    gc.disable()
    try:
        result = pipeline.check([str(tmp_path)], Config(jobs=1, cache="off"))
        assert result.findings and gc.collect() == 0
    finally:
        gc.enable()
