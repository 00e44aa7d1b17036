"""The analyst tables: claims join findings, values as columns, single-source claims, inert CSV."""
import csv
import dataclasses
import json

import pytest
from runner import run_cli
from sample_result import TEXTS, claim, sample_result

import crosscheck
from crosscheck.model import DateValue
from crosscheck.serialize import result_to_dict

pandas = pytest.importorskip("pandas")


def with_a_lone_claim():
    """The sample plus a date only the egoistai article gives ("Llama 2 (July 2023)" is in a finding)."""
    result = sample_result()
    text = TEXTS["egoistai"]
    lone = claim("egoistai", text, "years", DateValue(None, None, "year"), "date", "FAIR", "history")
    return dataclasses.replace(result, claims=result.claims + (lone,)), lone


def test_every_claim_row_names_its_finding_and_the_findings_table_has_it():
    result, lone = with_a_lone_claim()
    claims, findings = crosscheck.claims_frame(result), crosscheck.findings_frame(result)
    joined = claims.merge(findings, left_on="finding", right_on="id", how="left", suffixes=("", "_finding"))
    in_findings = joined[joined["finding"] != ""]
    assert (in_findings["verdict"] == in_findings["verdict_finding"]).all()
    assert len(in_findings) == sum(len(f.claims) for f in result.findings)
    assert set(findings["id"]) == {f.id for f in result.findings}
    row = claims[(claims["source"] == "egoistai") & (claims["text"] == "April 2024")].iloc[0]
    assert (row["verdict"], row["date_start"], row["date_end"], row["granularity"]) == \
        ("conflict", "2024-04-01", "2024-04-30", "month")
    assert row["path"] == "docs/egoistai.txt" and row["display"] == "April 2024"
    assert findings.set_index("id").loc[row["finding"], "values"] == "April 2024 | July 2024"


def test_a_figure_row_has_its_bounds_and_unit_as_columns():
    claims = crosscheck.claims_frame(sample_result())
    row = claims[claims["text"] == "over 600 million times"].iloc[0]
    assert (row["low"], row["high"], row["bound"], row["unit"], row["verdict"]) == \
        (600_000_000, None, "gt", "time", "agreement")


def test_a_claim_no_other_source_makes_stands_alone_in_tables_and_json():
    result, lone = with_a_lone_claim()
    claims = crosscheck.claims_frame(result)
    row = claims[claims["start"] == lone.start].iloc[0]
    assert (row["finding"], row["verdict"]) == ("", "single_source")
    data = result_to_dict(result)
    assert data["summary"]["single_source"] == 1
    egoistai = next(s for s in data["sources"] if s["id"] == "egoistai")
    assert egoistai["standing"] == {"conflict": 2, "compatible": 1, "agreement": 0, "single_source": 1}


def test_cli_writes_both_tables_and_no_cell_starts_a_formula(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # Quotes that start with formula characters, as a spreadsheet would run them.
    (folder / "a.txt").write_text("=HYPERLINK(\"x\") Meta released Llama 3 in April 2024.\n", encoding="utf-8")
    (folder / "b.txt").write_text("@SUM(1) Meta released Llama 3 in July 2024.\n", encoding="utf-8")
    claims_csv, findings_csv = tmp_path / "claims.csv", tmp_path / "findings.csv"
    outcome = run_cli("check", folder, "--isolated",
                      "--format", "json", "--claims-out", claims_csv,
                      "--findings-out", findings_csv)
    assert outcome.exit_code == 1, outcome.output
    report = json.loads(outcome.stdout)
    with open(claims_csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    quotes = sorted(row["quote"] for row in rows)
    assert quotes == ["'=HYPERLINK(\"x\") Meta released Llama 3 in April 2024.",
                      "'@SUM(1) Meta released Llama 3 in July 2024."]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    with open(findings_csv, encoding="utf-8", newline="") as handle:
        findings = list(csv.DictReader(handle))
    assert [f["id"] for f in findings] == [f["id"] for f in report["findings"]]
    assert {row["finding"] for row in rows} == {findings[0]["id"]}
