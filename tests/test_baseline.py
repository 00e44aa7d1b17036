"""Baselines: read what reviewers and `crosscheck baseline` write; waived findings do not fail."""
import dataclasses
import json

import pytest
from runner import run_cli
from sample_result import sample_result

from crosscheck.baseline import (
    Baseline,
    BaselineError,
    baseline_text,
    entry,
    fingerprint,
    load_baseline,
    updated,
)
from crosscheck.status import ExitStatus, exit_status, failing, severity


def write(tmp_path, content):
    path = tmp_path / "baseline.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_reads_ids_and_notes(tmp_path):
    path = write(tmp_path, {"accepted": [{"id": "a1b2c3d4e5", "note": "the article rounds"},
                                         {"id": "ffff"}]})
    assert load_baseline(path).notes() == {"a1b2c3d4e5": "the article rounds", "ffff": ""}


def test_reads_the_html_export_with_its_extra_fields(tmp_path):
    path = write(tmp_path, {"format": "crosscheck-baseline/1",
                            "accepted": [{"id": "x1", "note": "", "verdict": "conflict"}],
                            "to_fix": [{"id": "x2", "note": "ask the author"}]})
    assert load_baseline(path).notes() == {"x1": ""}


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot read baseline"),
    ({"accepted": {"id": "x"}}, "expected"),
    ({"accepted": [{"note": "no id"}]}, "expected"),
    (["x"], "expected"),
])
def test_a_malformed_baseline_is_an_error_naming_the_file(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(BaselineError, match=message) as error:
        load_baseline(path).notes()
    assert path in str(error.value)


def test_written_baseline_reads_back_with_notes_kept():
    result = sample_result()
    first, second = result.findings[:2]
    old = Baseline((dict(entry(second), note="known: two expansions in use"),))
    new, added, _ = updated(old, result.findings, [first, second])
    data = json.loads(baseline_text(new))
    assert added == 1 and sorted(e["id"] for e in data["accepted"]) == sorted([first.id, second.id])
    notes = {e["id"]: e["note"] for e in data["accepted"]}
    assert notes == {first.id: "", second.id: "known: two expansions in use"}


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


# --- baselines that survive edits, end to end ----------------------------------------------------

# egoistai-zuckerberg-ai-pivot, fortune-2024-11-19
EGOISTAI = "• Llama 3 (April 2024): The latest iteration significantly raised the bar.\n"
FORTUNE = ("By the time Llama 3 models were released in April and July 2024, Llama had mostly caught up "
           "to its closed-source rivals in speed and accuracy.\n")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "egoistai.md").write_text(EGOISTAI, encoding="utf-8")
    (tmp_path / "docs" / "fortune.md").write_text(FORTUNE, encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[crosscheck]\npaths = docs\nbaseline = accepted.json\n",
                                        encoding="utf-8")
    (tmp_path / "accepted.json").write_text('{"accepted": []}', encoding="utf-8")
    return tmp_path


def ids(project):
    outcome = run_cli("check", "--format", "json")
    return [f["id"] for f in json.loads(outcome.stdout)["findings"] if f["verdict"] == "conflict"]


def test_a_new_source_repeating_an_accepted_conflict_keeps_it_accepted(project):
    assert run_cli("check").exit_code == 1
    before = ids(project)
    assert run_cli("baseline").exit_code == 0
    assert run_cli("check").exit_code == 0
    # a third outlet repeats what the first said: the finding gains a claim, and a new id
    (project / "docs" / "wire.md").write_text(EGOISTAI.replace("significantly ", ""), encoding="utf-8")
    assert ids(project) != before
    outcome = run_cli("check")
    assert outcome.exit_code == 0, outcome.stdout
    assert "match no finding" not in outcome.stderr


def test_a_changed_value_fails_and_its_old_entry_is_reported_stale_then_pruned(project):
    assert run_cli("baseline").exit_code == 0
    (project / "docs" / "fortune.md").write_text(FORTUNE.replace("July", "August"), encoding="utf-8")
    outcome = run_cli("check")
    assert outcome.exit_code == 1
    assert "1 baseline entries in accepted.json match no finding any more" in outcome.stderr
    assert "crosscheck baseline --prune removes them" in outcome.stderr
    pruned = run_cli("baseline", "--prune")
    assert pruned.exit_code == 0 and "1 stale entries removed; 0 accepted" in pruned.stderr
    assert load_baseline(str(project / "accepted.json")).accepted == ()
    assert run_cli("check").exit_code == 1  # pruning accepts nothing new


def test_review_page_decisions_and_notes_survive_crosscheck_baseline(project):
    conflict = ids(project)[0]
    exported = {"format": "crosscheck-baseline/1",
                "accepted": [],
                "to_fix": [{"id": conflict, "note": "ask the author which month", "verdict": "conflict"}]}
    (project / "accepted.json").write_text(json.dumps(exported), encoding="utf-8")
    assert run_cli("baseline").exit_code == 0
    data = json.loads((project / "accepted.json").read_text(encoding="utf-8"))
    assert data["accepted"] == [] and data["to_fix"] == exported["to_fix"]
    assert run_cli("check").exit_code == 1  # still to fix, so still failing

    exported = {"accepted": [{"id": conflict, "note": "the article rounds", "verdict": "conflict"}]}
    (project / "accepted.json").write_text(json.dumps(exported), encoding="utf-8")
    assert run_cli("baseline").exit_code == 0
    entry, = json.loads((project / "accepted.json").read_text(encoding="utf-8"))["accepted"]
    assert entry["note"] == "the article rounds" and entry["id"] == conflict and entry["fingerprint"]
    assert run_cli("check").exit_code == 0


def test_the_fingerprint_ignores_who_says_it_and_where_but_not_the_values():
    result = sample_result()
    conflict = result.findings[0]
    moved = [dataclasses.replace(c, start=c.start + 40, line=c.line + 2, quote="another sentence")
             for c in conflict.claims]
    repeated = moved + [dataclasses.replace(conflict.claims[0], source="wire")]
    assert fingerprint(dataclasses.replace(conflict, claims=tuple(repeated))) == fingerprint(conflict)
    other = dataclasses.replace(conflict.claims[2], value=result.findings[2].claims[0].value)
    assert fingerprint(dataclasses.replace(conflict, claims=conflict.claims[:2] + (other,))) \
        != fingerprint(conflict)


@pytest.mark.parametrize("comment, code", [
    ("<!-- crosscheck: ignore -->\n", 0),
    ("<!-- crosscheck: ignore date-conflict -->\n", 0),
    ("<!-- crosscheck: ignore figure -->\n", 1),
    ("<!-- crosscheck: off -->\n", 0),
    ("", 1),
])
def test_inline_waivers_in_markdown(project, comment, code):
    (project / "docs" / "fortune.md").write_text("Intro.\n\n" + comment + FORTUNE + "\nAfter.\n",
                                                 encoding="utf-8")
    outcome = run_cli("check")
    assert outcome.exit_code == code, (comment, outcome.stdout)


def test_a_waiver_covers_its_paragraph_only(project):
    (project / "docs" / "fortune.md").write_text("<!-- crosscheck: ignore -->\nSomething else.\n\n" + FORTUNE,
                                                 encoding="utf-8")
    assert run_cli("check").exit_code == 1


def test_a_deeply_nested_baseline_is_a_clear_error(tmp_path):
    path = write(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(BaselineError, match="nested too deeply|expected"):
        load_baseline(path).notes()
