"""The public contract: JSON report fields, determinism, exit statuses, extract JSONL."""
import json
import os
import stat

import jsonschema
import pytest
from runner import REPO, SOURCES, run_cli

SCHEMA = json.loads((REPO / "tests" / "data" / "report.schema.json").read_text())

# Real sentences (origin in the file name): two sources that agree and disagree.
FORTUNE = (
    "Tuesday, November 19, 2024\n"
    "By the time Llama 3 models were released in April and July 2024, Llama had mostly caught up "
    "to its closed-source rivals in speed and accuracy.\n"
    "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"
)
EGOISTAI = (
    "  • Llama 2 (July 2023): This was the game-changer.\n"
    "  • Llama 3 (April 2024): The latest iteration significantly raised the bar.\n"
)


def test_json_report_follows_the_contract_and_is_byte_identical():
    first = run_cli("check", SOURCES, "--format", "json")
    second = run_cli("check", SOURCES, "--format", "json")
    assert first.output == second.output
    report = json.loads(first.output)
    jsonschema.validate(report, SCHEMA)
    assert first.exit_code == (1 if report["summary"]["conflict"] else 0)


def test_claims_point_at_the_quoted_text_in_the_file():
    report = json.loads(run_cli("check", SOURCES, "--format", "json").output)
    paths = {source["id"]: source["path"] for source in report["sources"]}
    for finding in report["findings"]:
        for claim in finding["claims"]:
            with open(paths[claim["source"]], encoding="utf-8", newline="") as handle:
                text = handle.read()
            assert text[claim["start"]:claim["end"]] in claim["quote"]
            assert claim["line"] == text.count("\n", 0, claim["start"]) + 1


def test_sources_have_unique_ids_and_manifest_metadata():
    report = json.loads(run_cli("check", SOURCES, "--format", "json").output)
    ids = [source["id"] for source in report["sources"]]
    assert len(ids) == len(set(ids)) == 5
    fortune = next(s for s in report["sources"] if s["id"] == "fortune-2024-11-19")
    assert fortune["published"] == "2024-11-19"
    assert fortune["title"].startswith("How Mark Zuckerberg went all-in")


def test_conflict_exits_1_and_names_the_date_only_one_side_gives(corpus):
    folder = corpus({"fortune.txt": FORTUNE, "egoistai.txt": EGOISTAI})
    result = run_cli("check", folder, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    conflicts = [f for f in report["findings"] if f["verdict"] == "conflict"]
    assert [f["subject"] for f in conflicts] == ["Llama 3"]
    assert "Only fortune gives July 2024; egoistai gives April 2024 alone." in conflicts[0]["reason"]
    assert {c["source"] for c in conflicts[0]["claims"]} == {"fortune", "egoistai"}


def test_fail_on_never_exits_0(corpus):
    folder = corpus({"fortune.txt": FORTUNE, "egoistai.txt": EGOISTAI})
    assert run_cli("check", folder, "--fail-on", "never").exit_code == 0


def test_output_file_is_written_and_stdout_stays_empty(corpus, tmp_path):
    folder = corpus({"fortune.txt": FORTUNE, "egoistai.txt": EGOISTAI})
    out = tmp_path / "out" / "report.json"
    result = run_cli("check", folder, "--format", "json", "-o", out)
    assert result.output == ""
    assert json.loads(out.read_text())["schema"] == "crosscheck-report/1"


@pytest.mark.parametrize("make, message", [
    (lambda corpus, tmp: str(tmp / "missing"), "no such file or directory"),
    (lambda corpus, tmp: corpus({}), "no source files found"),
])
def test_nothing_to_read_exits_2_with_a_message(corpus, tmp_path, make, message):
    result = run_cli("check", make(corpus, tmp_path))
    assert result.exit_code == 2
    assert message in result.stderr


def test_one_source_exits_0_with_nothing_to_compare(corpus):
    result = run_cli("check", corpus({"fortune.txt": FORTUNE}))
    assert result.exit_code == 0
    assert "nothing to compare" in result.stderr


def test_unreadable_source_is_reported_and_the_rest_still_runs(corpus):
    folder = corpus({"fortune.txt": FORTUNE, "egoistai.txt": EGOISTAI})
    with open(f"{folder}/broken.txt", "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))  # an image named .txt
    result = run_cli("check", folder, "--format", "json")
    report = json.loads(result.stdout)
    broken = next(s for s in report["sources"] if s["id"] == "broken")
    assert broken["errors"] and broken["claims"] == 0
    assert report["summary"]["conflict"] >= 1


def test_extract_jsonl_records_follow_the_contract(corpus):
    manifest = "file,title,outlet,published\nfortune.txt,,Fortune,2024-11-19\n"
    folder = corpus({"fortune.txt": FORTUNE}, manifest=manifest)
    lines = run_cli("extract", folder, "--format", "jsonl").output.splitlines()
    records = [json.loads(line) for line in lines]
    text = open(f"{folder}/fortune.txt", encoding="utf-8", newline="").read()
    for record in records:
        assert set(record) >= {"source", "path", "start", "end", "text", "kind", "value"}
        assert text[record["start"]:record["end"]] == record["text"]
    day = next(r for r in records if r["text"] == "July 18, 2023")
    assert day["value"] == {"start": "2023-07-18", "end": "2023-07-18", "granularity": "day"}
    months = [r for r in records if r["kind"] == "date" and r["value"]["granularity"] == "month"]
    assert [(r["value"]["start"], r["value"]["end"]) for r in months] == [
        ("2024-04-01", "2024-04-30"), ("2024-07-01", "2024-07-31")]


def test_report_is_replaced_atomically_and_readable_like_any_new_file(tmp_path):
    from crosscheck.report import write_atomic

    target = tmp_path / "report.json"
    target.write_text("old report")
    old_umask = os.umask(0o022)
    try:
        write_atomic(str(target), "new report")
    finally:
        os.umask(old_umask)
    assert target.read_text() == "new report"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_extract_records_the_state_a_party_label_gives(corpus):
    # an added field (new fields are allowed by the contract): the party claim keeps its state
    folder = corpus({"politico.txt": "Rep. Cori Bush (D-Mo.) recounted how she was treated.\n"})
    records = [json.loads(line) for line in run_cli("extract", folder, "--format", "jsonl").output.splitlines()]
    party = next(r for r in records if r["value"] and r["value"].get("normalized") == "democrat")
    assert party["state"] == "MO"
    assert all("state" not in r for r in records if r is not party)
