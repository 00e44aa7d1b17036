"""JUnit XML: one test case per finding; the findings that fail the check are failures."""
import dataclasses
import xml.etree.ElementTree as ET

from sample_result import sample_result

from crosscheck.report import render


def junit(result, fail_on="conflict"):
    root = ET.fromstring(render(result, "junit", fail_on).encode("utf-8"))
    assert root.tag == "testsuites"
    return root


def test_one_testcase_per_finding_and_counts_that_add_up():
    result = sample_result()
    root = junit(result)
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(result.findings)
    assert root.get("tests") == str(len(cases))
    assert root.get("failures") == "2" and len(root.findall(".//failure")) == 2
    assert [c.get("classname") for c in cases] == ["crosscheck.date", "crosscheck.entity", "crosscheck.date",
                                                   "crosscheck.figure"]


def test_a_failure_carries_the_reason_and_every_quote():
    result = sample_result()
    failure = junit(result).find("testsuite/testcase/failure")
    assert failure.get("message") == result.findings[0].reason
    assert "docs/fortune.txt:2: July 2024: By the time Llama 3 models were released in April and July 2024" \
        in failure.text


def test_fail_on_decides_which_cases_fail():
    assert len(junit(sample_result(), "compatible").findall(".//failure")) == 3
    assert len(junit(sample_result(), "never").findall(".//failure")) == 0


def test_a_waived_finding_is_skipped():
    first = sample_result().findings[0].id
    root = junit(sample_result(waived=[first]))
    case = root.find(f"testsuite/testcase[@name='conflict: Llama 3 / release [{first}]']")
    assert case.find("skipped") is not None and case.find("failure") is None


def test_markup_in_a_source_stays_text():
    root = junit(sample_result(hostile=True))
    bodies = "".join(f.text for f in root.iter("failure"))
    assert "An <script>alert(1)</script> | **bold**" in bodies


def test_an_unreadable_source_is_an_error_case():
    result = sample_result()
    broken = dataclasses.replace(result, sources=result.sources + (
        dataclasses.replace(result.sources[0], id="broken", path="docs/broken.txt", text="",
                            errors=("cannot decode as UTF-8",)),))
    root = junit(broken)
    error = root.find("testsuite/testcase/error")
    assert error.get("message") == "cannot decode as UTF-8" and root.get("errors") == "1"
