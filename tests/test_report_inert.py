"""Hostile text is inert in the text, Markdown and GitHub reports: names and quotes act on nothing."""
import dataclasses
import re

import pytest
from sample_result import sample_result

from crosscheck.report import render
from crosscheck.report import text as text_report
from crosscheck.report.inert import escaped, markdown

# File names a folder can hold (every byte but "/" and NUL), and what each tries to do.
HOSTILE_NAMES = [
    "docs/a\n::error file=x.md,line=1::forged.txt",  # a CI log line of its own
    "docs/b\n::set-env name=PATH::/tmp.txt",
    "docs/c\n\nsummary: 0 conflict, 0 compatible, 0 agreement\n.txt",  # a fake summary
    "docs/d\n## Injected heading\n[link](https://evil.example).txt",  # a Markdown block
    "docs/e\x1b]0;pwned\x07\x1b[2J\x1b]52;c;Y2xpcA==\x07.txt",  # window title, clear screen, clipboard
    "docs/f\u202etxt.exe",  # right-to-left override: shows as "exe.txt"
    "docs/caf\udce9.txt",  # a Latin-1 byte the file system gave back, as os.fsdecode keeps it
]


def with_path(path):
    """The sample result with the egoistai source at a hostile path."""
    result = sample_result()
    sources = tuple(dataclasses.replace(s, path=path) if s.id == "egoistai" else s for s in result.sources)
    return dataclasses.replace(result, sources=sources)


def hostile_quote():
    """The sample result with escape sequences and Markdown inside a quoted sentence."""
    result = sample_result()
    finding = result.findings[0]
    first = finding.claims[0]
    quote = "\x1b[2J\x1b]0;title\x07• Llama 3 (April 2024): @octocat see https://evil.example #12\r\n## done"
    start = quote.index("April 2024")
    claim = dataclasses.replace(first, quote=quote, quote_start=first.start - start)
    finding = dataclasses.replace(finding, claims=(claim,) + finding.claims[1:],
                                  reason="egoistai says April 2024\n::error::forged; fortune says July 2024.")
    return dataclasses.replace(result, findings=(finding,) + result.findings[1:])


def reports(result):
    yield "text", text_report.render(result, view=text_report.View(full=True))
    yield "text-concise", text_report.render(result, view=text_report.View(full=False))
    yield "markdown", render(result, "markdown")
    yield "github", render(result, "github")


@pytest.mark.parametrize("path", HOSTILE_NAMES)
def test_a_hostile_file_name_forges_nothing(path):
    for name, report in reports(with_path(path)):
        report.encode("utf-8")  # a name that was not UTF-8 does not break the report
        assert "\x1b" not in report and "\x07" not in report and "\u202e" not in report, name
        for line in report.splitlines():
            assert not re.match(r"^(::error file=x|::set-env|## Injected|\[link\])", line), (name, line)
        assert sum(line.startswith("summary: ") for line in report.splitlines()) <= 1, name
    assert escaped(path).count("\n") == 0


def test_a_hostile_quote_is_shown_escaped():
    for name, report in reports(hostile_quote()):
        assert "\x1b" not in report and "\x07" not in report and "\r" not in report, name
        assert not any(line.startswith(("::error::forged", "## done")) for line in report.splitlines()), name
    text = dict(reports(hostile_quote()))["text"]
    assert '"\\e[2J\\e]0;title\\x07• Llama 3 (April 2024)' in text


def test_markdown_from_source_text_neither_links_nor_mentions():
    comment = render(hostile_quote(), "markdown")
    assert "@octocat" not in comment and "https://evil" not in comment and "#12" not in comment
    assert "@\u200boctocat" in comment and "https:\u200b//evil.example" in comment


def test_a_latin1_name_is_shown_with_its_byte():
    assert escaped("docs/caf\udce9.txt") == "docs/caf\\xe9.txt"
    assert "docs/caf\\xe9.txt" in text_report.render(with_path("docs/caf\udce9.txt"))


@pytest.mark.parametrize("source, shown", [
    ("1. not a list", "1\\. not a list"),
    ("- not an item", "\\- not an item"),
    ("a | b", "a \\| b"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("mail me@example.com", "mail me@\u200bexample.com"),
])
def test_markdown_escapes(source, shown):
    assert markdown(source) == shown
