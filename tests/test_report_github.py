"""GitHub workflow commands: an annotation on each source line of a discrepancy."""
import dataclasses
import re

from sample_result import sample_result

from crosscheck.report import render

COMMAND = re.compile(r"^::(error|warning|notice) (?:file=([^,:]+),(?:line=(\d+),)?)?title=([^:]*)::(.*)$")


def annotations(result, fail_on="conflict"):
    lines = render(result, "github", fail_on).splitlines()
    parsed = [COMMAND.match(line) for line in lines]
    assert all(parsed), [line for line, match in zip(lines, parsed) if not match]
    return [m.groups() for m in parsed]


def test_each_claim_line_of_a_conflict_is_an_error():
    result = sample_result()
    errors = [(path, int(line)) for kind, path, line, _, _ in annotations(result) if kind == "error"]
    # the Llama 3 conflict has two values on fortune's line 2: one annotation there
    assert errors == [("docs/egoistai.txt", 4), ("docs/fortune.txt", 2), ("docs/egoistai.txt", 5),
                      ("docs/fortune.txt", 3)]


def test_compatible_is_a_warning_and_agreement_is_silent():
    kinds = [kind for kind, *_ in annotations(sample_result())]
    assert kinds.count("warning") == 2 and kinds[-1] == "notice" and kinds.count("notice") == 1


def test_title_and_message_are_escaped_for_the_runner():
    result = sample_result()
    first = dataclasses.replace(result.findings[0], reason="100% sure:\nline two, really",
                                subject="Llama 3, 8B: base")
    (kind, _, _, title, message), *_ = annotations(dataclasses.replace(result, findings=(first,)))
    assert message == "100%25 sure:%0Aline two, really"
    assert title.startswith("crosscheck conflict%3A Llama 3%2C 8B%3A base")


def test_waived_findings_become_notices():
    first = sample_result().findings[0].id
    kinds = [kind for kind, *_ in annotations(sample_result(waived=[first]))]
    assert kinds[:2] == ["notice", "notice"]


def test_an_unreadable_source_is_an_error_on_its_file():
    result = sample_result()
    broken = dataclasses.replace(result.sources[0], id="broken", path="docs/broken.txt", text="",
                                 errors=("cannot decode as UTF-8",))
    first = annotations(dataclasses.replace(result, sources=result.sources + (broken,)))[0]
    assert first[:2] == ("error", "docs/broken.txt") and first[4] == "cannot decode as UTF-8"


def many_conflicts(count):
    """The sample result with `count` copies of its date conflict, each with its own id."""
    result = sample_result()
    conflict = result.findings[0]
    copies = tuple(dataclasses.replace(conflict, id=f"{n:010x}") for n in range(count))
    return dataclasses.replace(result, findings=copies + result.findings[1:])


def test_annotations_stop_at_githubs_limit_with_one_saying_how_many_more():
    kinds = annotations(many_conflicts(40))
    errors = [a for a in kinds if a[0] == "error"]
    assert len(errors) == 10  # GitHub shows 10 errors per step
    # 40 conflicts of 3 claims on 2 lines each, plus the FAIR conflict's 2: 9 shown, the 10th counts the rest
    assert errors[-1][3] == "crosscheck%3A 73 more" and errors[-1][4].startswith("73 more error annotations")
    assert len([a for a in kinds if a[0] == "warning"]) <= 10 and len([a for a in kinds if a[0] == "notice"]) <= 10
    assert kinds[-1][3] == "crosscheck" and kinds[-1][4].startswith("41 conflict")


def test_the_job_summary_is_written_when_github_asks(tmp_path, monkeypatch):
    from crosscheck.report.github import job_summary

    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    job_summary(sample_result())  # not in Actions: nothing written anywhere
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    job_summary(sample_result())
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## crosscheck report") and "### Failing the check (2)" in text


def test_the_cli_writes_the_job_summary_with_format_github(tmp_path):
    from runner import run_cli

    folder = tmp_path / "docs"
    folder.mkdir()
    # egoistai-zuckerberg-ai-pivot, fortune-2024-11-19
    (folder / "egoistai.txt").write_text("• Llama 3 (April 2024): The latest iteration.\n", encoding="utf-8")
    (folder / "fortune.txt").write_text("Llama 3 models were released in April and July 2024.\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    outcome = run_cli("check", folder, "--isolated", "--format", "github",
                      env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert outcome.exit_code == 1 and outcome.stdout.startswith("::error file=")
    assert "**1 conflict**" in summary.read_text(encoding="utf-8")
