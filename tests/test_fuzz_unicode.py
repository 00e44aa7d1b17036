"""A fuzzer over real text: sentences of the sample articles and of real news (the PAC stories
in ../shared/external, read at test time, skipped when absent; the gold check stories are
never read), with unicode oddities inserted: right-to-left marks, combining characters,
zero-width joiners, fullwidth and Arabic-Indic digits, CRLF, form feeds.

Whatever is inserted, every source is read with no error, every mention's offsets slice back
to its text, and every claim's line is the line its value is on, CRLF counted as one break.
"""
from __future__ import annotations

import json
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from runner import PAC, REPO, SOURCES

from crosscheck.load import SourceFile
from crosscheck.pipeline import read_claims, read_mentions

ODDITIES = ["\u200f", "\u200e", "\u202e", "\u202c", "\u0301", "\u0308", "\u200d", "\u200b", "\ufeff",
            "２０２３", "７０％", "٢٠٢٣", "٣٫٥", "\r\n", "\f", "\r", "\u2028", "\u00a0", "\t",
            "🦙", "👩\u200d💻"]
_ID = re.compile(r'"story_id":\s*"([^"]+)"')


def _sample_sentences() -> list:
    sentences = []
    for path in sorted(SOURCES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [line.strip() for line in text.splitlines() if 40 <= len(line.strip()) <= 300]
    return sentences


def _news_sentences(limit: int = 400) -> list:
    """Short sentences of the PAC tune and unannotated stories; the check stories are skipped unread."""
    pairs = PAC / "story_pairs.jsonl"
    if not pairs.is_file():
        return []
    split = yaml.safe_load((REPO / "tests" / "gold" / "news" / "split.yaml").read_text(encoding="utf-8"))
    check = set(split.get("check") or [])
    sentences = []
    with open(pairs, encoding="utf-8") as handle:
        for line in handle:
            story = _ID.search(line[:200])
            if story is None or story.group(1) in check:
                continue
            for document in json.loads(line)["documents"]:
                sentences += [s for s in document["sentences"] if 20 <= len(s) <= 200 and re.search(r"\d", s)]
            if len(sentences) >= limit:
                break
    return sentences[:limit]


SAMPLE = _sample_sentences()
NEWS = _news_sentences()


@st.composite
def documents(draw, pool):
    """Draw a few real sentences, and insert oddities at drawn places in them."""
    chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6))
    text = draw(st.sampled_from(["\n", "\r\n", " ", "\n\n", "\f"])).join(chosen)
    for _ in range(draw(st.integers(0, 12))):
        where = draw(st.integers(0, len(text)))
        text = text[:where] + draw(st.sampled_from(ODDITIES)) + text[where:]
    return text


def _line_of(text: str, offset: int) -> int:
    return len(re.findall(r"\r\n|\r|\n", text[:offset])) + 1


def _check_document(tmp_path, text: str) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(text.encode("utf-8"))
    file = SourceFile(str(path), str(path), "fuzz")
    source, mentions = read_mentions(file)
    assert source.errors == (), (text, source.errors)
    assert source.text == text
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text, (text, mention)
    source, claims = read_claims(file)
    assert source.errors == (), (text, source.errors)
    for claim in claims:
        assert text[claim.quote_start:claim.quote_start + len(claim.quote)] == claim.quote, (text, claim)
        assert claim.line == _line_of(text, claim.start), (text, claim)


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(documents(SAMPLE))
def test_sample_articles_with_unicode_oddities_read_cleanly(tmp_path, text):
    _check_document(tmp_path, text)


@pytest.mark.skipif(not NEWS, reason=f"no PAC stories at {PAC}")
@FUZZ
@given(documents(NEWS or ["unused"]))
def test_real_news_with_unicode_oddities_reads_cleanly(tmp_path, text):
    _check_document(tmp_path, text)
