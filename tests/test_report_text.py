"""The terminal report for a person at scale: conflicts first, the rest counted, path:line:col."""
import dataclasses
import re

import pytest
from runner import run_cli
from sample_result import finding, sample_result

from benchmarks.corpus import build
from crosscheck import pipeline
from crosscheck.config import Config
from crosscheck.model import DateValue
from crosscheck.report import text
from crosscheck.report.voices import brief
from crosscheck.selection import select


@pytest.fixture(scope="module")
def corpus_300(tmp_path_factory):
    """300 generated news-like documents (about 2,500 characters each) and their result."""
    folder = tmp_path_factory.mktemp("corpus300")
    build(str(folder), 300, size=2500)
    return str(folder), pipeline.check([str(folder)], Config(jobs=1))


def test_300_documents_report_every_conflict_in_100_lines(corpus_300):
    folder, result = corpus_300
    report = text.render(result)
    lines = report.splitlines()
    conflicts = [f for f in result.findings if f.verdict == "conflict"]
    assert len(conflicts) > text.FULL_LIMIT  # the corpus is large enough to need the short form
    assert len(lines) <= 100, len(lines)
    for conflict in conflicts:
        assert f"[{conflict.id}]" in report
    assert report.index("CONFLICTS") < report.index("COMPATIBLE") if "COMPATIBLE" in report else True
    agreements = result.summary["agreement"]
    assert f"not listed: {agreements} agreements (--show agreements)" in report
    location = re.compile(r"^" + re.escape(folder) + r"/doc-\d+\.txt:\d+:\d+: \w+-conflict ")
    assert sum(bool(location.match(line)) for line in lines) == len(conflicts)


def test_each_line_location_opens_the_value(corpus_300):
    folder, result = corpus_300
    line = next(line for line in text.render(result).splitlines() if "-conflict " in line)
    path, number, column = re.match(r"^(.*?):(\d+):(\d+): ", line).groups()
    with open(path, encoding="utf-8") as handle:
        row = handle.read().split("\n")[int(number) - 1]
    finding_id = line.rsplit("[", 1)[1].rstrip("]")
    first = next(f for f in result.findings if f.id == finding_id).claims[0]
    assert row[int(column) - 1:].startswith(first.text)


def test_a_few_findings_are_shown_in_full_with_quotes_and_locations():
    report = text.render(sample_result())
    assert "docs/fortune.txt:2:55  July 2024" in report
    assert '"By the time Llama 3 models were released in April and July 2024,' in report
    assert "AGREEMENTS" not in report and "not listed: 1 agreement (--show agreements)" in report


@pytest.mark.parametrize("view, shown, hidden", [
    (text.View(show=frozenset(text.SECTIONS)), ["AGREEMENTS (1)", "over 600 million times"], ["not listed"]),
    (text.View(quiet=True), ["summary: 2 conflict, 1 compatible, 1 agreement"], ["CONFLICTS", "[", "not listed"]),
    (text.View(full=False), ["docs/egoistai.txt:4:12: date-conflict Llama 3 / release: "], ['"By the time']),
    (text.View(statistics=True), ["statistics:", "  1  date-conflict",
                                  "  1  entity-conflict"], []),
])
def test_view_options(view, shown, hidden):
    report = text.render(sample_result(), view=view)
    for part in shown:
        assert part in report, part
    for part in hidden:
        assert part not in report, part


def test_accepted_findings_are_counted_apart_and_listed_on_request():
    result = sample_result(waived=[sample_result().findings[0].id])
    report = text.render(result)
    assert "CONFLICTS (1)" in report and "1 accepted in the baseline (--show accepted)" in report
    listed = text.render(result, view=text.View(show=frozenset({"conflict", "accepted"})))
    assert "ACCEPTED IN THE BASELINE (1)" in listed


def test_many_sources_are_summarised_not_listed():
    base = sample_result().findings[0].claims[0]
    claims = [dataclasses.replace(base, source=f"outlet-{n:03d}") for n in range(177)]
    july = DateValue(base.value.start.replace(month=7), base.value.end.replace(month=7, day=31), "month")
    claims += [dataclasses.replace(base, source=f"wire-{n}", value=july) for n in range(3)]
    many = finding("conflict", "; ".join(f"{c.source} says something" for c in claims), claims)
    assert brief(many) == ("3 of 180 sources say July 2024 (wire-0, wire-1, wire-2); "
                           "the other 177 say April 2024")
    report = text.render(dataclasses.replace(sample_result(), findings=(many,)))
    assert len(max(report.splitlines(), key=len)) < 300
    assert "… and 174 more claims from 174 sources (-v lists them)" in report


@pytest.mark.parametrize("selected, ignored, verdicts", [
    (["date"], [], ["conflict", "compatible"]),
    (["conflict"], [], ["conflict", "conflict"]),
    (["entity-conflict"], [], ["conflict"]),
    ([], ["date,agreement"], ["conflict"]),
    (["conflict", "figure"], ["entity"], ["conflict", "agreement"]),
])
def test_select_and_ignore_by_kind_verdict_and_rule_id(selected, ignored, verdicts):
    kept = select(sample_result(), selected, ignored)
    assert [f.verdict for f in kept.findings] == verdicts


def test_an_unknown_selection_is_a_usage_error(tmp_path):
    outcome = run_cli("check", tmp_path, "--isolated", "--select", "dates")
    assert outcome.exit_code == 2 and "unknown kind, verdict or rule id: dates" in outcome.stderr


@pytest.fixture
def two_docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # egoistai-zuckerberg-ai-pivot, fortune-2024-11-19
    (folder / "egoistai.txt").write_text("• Llama 3 (April 2024): The latest iteration significantly raised "
                                         "the bar.\n", encoding="utf-8")
    (folder / "fortune.txt").write_text("By the time Llama 3 models were released in April and July 2024, "
                                        "Llama had mostly caught up.\n", encoding="utf-8")
    return folder


def test_ignoring_conflicts_changes_the_exit_status(two_docs):
    assert run_cli("check", two_docs, "--isolated").exit_code == 1
    assert run_cli("check", two_docs, "--isolated", "--ignore", "date").exit_code == 0


@pytest.mark.parametrize("args, env, coloured", [
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # an explicit flag wins, as in ripgrep
    ([], {}, False),  # not a terminal
    (["--color", "never"], {}, False),
])
def test_colour_only_when_asked_or_on_a_terminal(two_docs, args, env, coloured):
    outcome = run_cli("check", two_docs, "--isolated", *args, env=env)
    assert ("\x1b[" in outcome.stdout) == coloured


def test_no_color_turns_colour_off_on_a_terminal(monkeypatch):
    from crosscheck import cli as cli_module

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert cli_module._colour("auto", None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli_module._colour("auto", None) is False


def test_quiet_prints_the_summary_only(two_docs):
    outcome = run_cli("check", two_docs, "--isolated", "-q")
    assert outcome.stdout.strip().splitlines() == ["crosscheck: 2 sources, 3 claims", "",
                                                   "summary: 1 conflict, 0 compatible, 0 agreement"]


def test_the_progress_display_names_the_stage(monkeypatch, capsys, two_docs):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    pipeline.check([str(two_docs)], Config(jobs=1), progress=True)
    err = capsys.readouterr().err
    assert "reading" in err and "aligning 3 claims" in err and "comparing" in err
