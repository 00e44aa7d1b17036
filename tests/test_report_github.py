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
