"""Baselines: read what reviewers and `crosscheck baseline` write; waived findings do not fail."""
import json

import pytest
from sample_result import sample_result

from crosscheck.baseline import BaselineError, baseline_json, read_baseline
from crosscheck.status import ExitStatus, exit_status, failing, severity


def write(tmp_path, content):
    path = tmp_path / "baseline.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_reads_ids_and_notes(tmp_path):
    path = write(tmp_path, {"accepted": [{"id": "a1b2c3d4e5", "note": "the article rounds"},
                                         {"id": "ffff"}]})
    assert read_baseline(path) == {"a1b2c3d4e5": "the article rounds", "ffff": ""}


def test_reads_the_html_export_with_its_extra_fields(tmp_path):
    path = write(tmp_path, {"format": "crosscheck-baseline/1",
                            "accepted": [{"id": "x1", "note": "", "verdict": "conflict"}],
                            "to_fix": [{"id": "x2", "note": "ask the author"}]})
    assert read_baseline(path) == {"x1": ""}


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot read baseline"),
    ({"accepted": {"id": "x"}}, "expected"),
    ({"accepted": [{"note": "no id"}]}, "expected"),
    (["x"], "expected"),
])
def test_a_malformed_baseline_is_an_error_naming_the_file(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(BaselineError, match=message) as error:
        read_baseline(path)
    assert path in str(error.value)


def test_written_baseline_reads_back_with_notes_kept():
    result = sample_result()
    text = baseline_json(result.findings[:2], {result.findings[1].id: "known: two expansions in use"})
    data = json.loads(text)
    assert [e["id"] for e in data["accepted"]] == sorted(f.id for f in result.findings[:2])
    notes = {e["id"]: e["note"] for e in data["accepted"]}
    assert notes[result.findings[1].id] == "known: two expansions in use"


def test_waived_conflicts_no_longer_fail():
    result = sample_result()
    assert exit_status(result) == ExitStatus.FINDINGS
    conflicts = [f.id for f in result.findings if f.verdict == "conflict"]
    assert exit_status(sample_result(waived=conflicts)) == ExitStatus.OK
    assert exit_status(sample_result(waived=conflicts[:1])) == ExitStatus.FINDINGS


@pytest.mark.parametrize("fail_on, failing_verdicts", [
    ("conflict", ["conflict", "conflict"]),
    ("compatible", ["conflict", "conflict", "compatible"]),
    ("never", []),
])
def test_fail_on_sets_which_findings_fail(fail_on, failing_verdicts):
    assert [f.verdict for f in failing(sample_result(), fail_on)] == failing_verdicts


@pytest.mark.parametrize("verdict, waived, fail_on, level", [
    ("conflict", False, "conflict", "error"),
    ("compatible", False, "conflict", "warning"),
    ("compatible", False, "compatible", "error"),
    ("conflict", False, "never", "warning"),
    ("conflict", True, "conflict", "note"),
    ("agreement", False, "compatible", "none"),
])
def test_severity_matches_the_exit_status(verdict, waived, fail_on, level):
    assert severity(verdict, waived, fail_on) == level
