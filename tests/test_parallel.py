"""Parallel extraction gives the same output, byte for byte, as one process."""
import json
import pathlib

import pytest
from runner import cli_runner

from crosscheck.cli import cli
from crosscheck.config import Config
from crosscheck.engines.local import LocalEngine
from crosscheck.pipeline import check, extract
from crosscheck.report import render
from crosscheck.serialize import mention_to_dict

ARTICLES = [str(pathlib.Path(__file__).resolve().parent.parent / "sources")]  # the five sample articles


def _jsonl(config):
    return [json.dumps(mention_to_dict(source, mention))
            for source, mentions in extract(ARTICLES, config) for mention in mentions]


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_check_report_identical_with_two_processes(monkeypatch, start):
    # fork is used when this process runs no other thread, spawn otherwise: both must agree.
    monkeypatch.setattr("crosscheck.engines.local._start_method", lambda: start)
    one = render(check(ARTICLES, Config(jobs=1)), "json")
    two = render(check(ARTICLES, Config(jobs=2)), "json")
    assert json.loads(one)["findings"], "the sample articles should give findings"
    assert one == two


def test_extract_identical_with_two_processes():
    one = _jsonl(Config(jobs=1))
    assert len(one) > 50
    assert one == _jsonl(Config(jobs=2))


def test_cli_jobs_option_gives_the_same_report():
    outputs = [cli_runner().invoke(cli, ["check", *ARTICLES, "--format", "json", "--isolated",
                                        "--jobs", jobs]).stdout for jobs in ("1", "2")]
    assert outputs[0] == outputs[1] and outputs[0].startswith("{")


@pytest.mark.parametrize("jobs, count, total_bytes, expected", [
    (1, 8, 10_000_000, 1),
    (2, 8, 100, 2),
    (4, 3, 100, 3),  # never more processes than files
    (0, 8, 100, 1),  # automatic: a small corpus stays in this process
])
def test_worker_count(jobs, count, total_bytes, expected):
    assert LocalEngine(jobs).workers(count, total_bytes) == expected


def test_automatic_job_count_uses_cores_for_large_corpora(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert LocalEngine(0).workers(3, 4_500_000) == 2


def test_negative_jobs_is_a_usage_error():
    result = cli_runner().invoke(cli, ["check", *ARTICLES, "--jobs", "-1"])
    assert result.exit_code == 2 and "--jobs" in result.stderr


class _Terminal:
    def __init__(self, tty):
        self.tty, self.written = tty, []

    def isatty(self):
        return self.tty

    def write(self, text):
        self.written.append(text)

    def flush(self):
        pass


@pytest.mark.parametrize("tty, drawn", [(True, True), (False, False)])
def test_progress_bar_only_on_a_terminal(monkeypatch, tty, drawn):
    from crosscheck.progress import track

    stderr = _Terminal(tty)
    monkeypatch.setattr("sys.stderr", stderr)
    assert list(track(iter(range(5)), 5, "extracting")) == [0, 1, 2, 3, 4]
    assert bool("".join(stderr.written)) == drawn and ("extracting" in "".join(stderr.written)) == drawn


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_alignment_scored_in_two_processes_gives_the_same_groups(monkeypatch, start):
    # Windows are scored in the pool and joined here in order: the groups, their scores and
    # their pairs are those of one process.
    from crosscheck import align as alignment

    monkeypatch.setattr("crosscheck.engines.local._start_method", lambda: start)
    monkeypatch.setattr(alignment.blocking, "WINDOW", 16)  # many windows of the articles' blocks
    claims = check(ARTICLES, Config(jobs=1)).claims
    pooled = LocalEngine(jobs=2).align(claims, 60.0)
    assert len(pooled) > 20
    assert pooled == alignment.align(claims, 60.0)
