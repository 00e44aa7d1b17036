"""SARIF 2.1.0: valid against the official schema, each discrepancy on its source file and line."""
import dataclasses
import json
import pathlib

import pytest
from sample_result import sample_result

from crosscheck.report import render

jsonschema = pytest.importorskip("jsonschema")
SCHEMA_PATH = pathlib.Path(__file__).parent / "data" / "sarif-2.1.0-schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def sarif(result, fail_on="conflict"):
    return json.loads(render(result, "sarif", fail_on))


@pytest.mark.parametrize("hostile", [False, True])
@pytest.mark.parametrize("fail_on", ["conflict", "compatible", "never"])
def test_validates_against_the_sarif_schema(hostile, fail_on):
    jsonschema.Draft7Validator(SCHEMA).validate(sarif(sample_result(hostile=hostile), fail_on))


def test_the_vendored_schema_is_the_oasis_2_1_0_schema():
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    assert "oasis-tcs/sarif-spec" in SCHEMA["$id"]


def test_one_result_per_discrepancy_and_none_for_agreements():
    result = sample_result()
    results = sarif(result)["runs"][0]["results"]
    expected = [f.id for f in result.findings if f.verdict != "agreement"]
    assert [r["partialFingerprints"]["crosscheckFindingId/v1"] for r in results] == expected
    assert [r["level"] for r in results] == ["error", "error", "warning"]
    assert [r["ruleId"] for r in results] == ["date-conflict", "entity-conflict", "date-compatible"]


def test_compatible_is_an_error_when_it_fails_the_check():
    levels = [r["level"] for r in sarif(sample_result(), "compatible")["runs"][0]["results"]]
    assert levels == ["error", "error", "error"]


def test_every_location_points_at_the_value_on_its_line():
    result = sample_result()
    texts = {s.path: s.text for s in result.sources}
    for item in sarif(result)["runs"][0]["results"]:
        for location in item["locations"] + item["relatedLocations"]:
            physical = location["physicalLocation"]
            text, region = texts[physical["artifactLocation"]["uri"]], physical["region"]
            value = text[region["charOffset"]:region["charOffset"] + region["charLength"]]
            assert value == region["snippet"]["text"], item["message"]["text"]
            assert value in text.splitlines()[region["startLine"] - 1], (value, region)


def test_all_claims_of_a_finding_are_located():
    result = sample_result()
    first = sarif(result)["runs"][0]["results"][0]
    assert len(first["locations"]) + len(first["relatedLocations"]) == len(result.findings[0].claims)
    assert first["message"]["text"].startswith("Llama 3 / release: egoistai says April 2024")


def test_a_waived_finding_is_suppressed_as_a_note():
    result = sample_result()
    waived = sample_result(waived=[result.findings[0].id])
    first = sarif(waived)["runs"][0]["results"][0]
    assert first["level"] == "note"
    assert first["suppressions"][0]["status"] == "accepted"


@pytest.mark.parametrize("path, uri", [
    ("docs/a b.txt", "docs/a%20b.txt"),
    ("./docs/a.txt", "docs/a.txt"),
    ("/srv/docs/a.txt", "file:///srv/docs/a.txt"),
])
def test_paths_become_uri_references(path, uri):
    result = sample_result()
    moved = dataclasses.replace(result, sources=tuple(
        dataclasses.replace(s, path=path) if s.id == "egoistai" else s for s in result.sources))
    log = sarif(moved)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri


def test_output_is_byte_identical_across_runs():
    assert render(sample_result(), "sarif") == render(sample_result(), "sarif")


def test_a_pdf_claim_is_placed_on_its_page_not_on_a_line_of_the_read_text(tmp_path):
    pytest.importorskip("pypdf")
    from runner import run_cli

    from tests.documents import FORTUNE_ASCII, pdf_bytes

    (tmp_path / "fortune.pdf").write_bytes(pdf_bytes([["Meta's open models"], ["Llama 2", FORTUNE_ASCII]]))
    (tmp_path / "nbc.txt").write_text("Meta released Llama 2 on July 19, 2023, free for research.\n",
                                      encoding="utf-8")
    out = run_cli("check", tmp_path, "--format", "sarif", "--isolated", "--jobs", "1")
    log = json.loads(out.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    result = log["runs"][0]["results"][0]
    places = {place["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]: place
              for place in result["locations"] + result["relatedLocations"]}
    assert places["fortune.pdf"]["physicalLocation"]["region"] == {
        "startLine": 2, "endLine": 2, "snippet": {"text": "July 18, 2023"},
        "properties": {"page": 2, "lineOnPage": 2}}
    assert places["fortune.pdf"]["message"]["text"] == "fortune says July 18, 2023 (p. 2:2)"
    assert places["nbc.txt"]["physicalLocation"]["region"]["startLine"] == 1
