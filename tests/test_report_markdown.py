"""Markdown for a pull-request comment: discrepancies first, values in bold, source text inert."""
import re

from sample_result import sample_result

from crosscheck.report import render


def test_failing_findings_come_first_and_agreements_are_folded():
    text = render(sample_result(), "markdown")
    assert text.index("### Failing the check (2)") < text.index("### To look at (1)") \
        < text.index("<details><summary>Agreements (1)</summary>")


def test_the_value_is_bold_in_its_sentence():
    text = render(sample_result(), "markdown")
    assert "By the time Llama 3 models were released in April and **July 2024**, Llama had" in text


def test_source_text_cannot_break_the_table_or_inject_html():
    text = render(sample_result(hostile=True), "markdown")
    assert "<script>" not in text and "<b>" not in text
    row = next(line for line in text.splitlines() if line.startswith("| hostile"))
    cells = re.split(r"(?<!\\)\|", row)[1:-1]
    assert len(cells) == 4, row
    assert r"An &lt;script&gt;alert(1)&lt;/script&gt; \| \*\*bold\*\*" in cells[3]


def test_each_source_gets_a_bar_of_how_its_claims_stand():
    text = render(sample_result(), "markdown")
    assert "<details><summary>How each source's claims stand (3 sources)</summary>" in text
    # egoistai: "April 2024" and "Facebook AI Research" conflict, "July 2023" is compatible
    folded = text[text.index("How each source's claims stand"):]
    row = next(line for line in folded.splitlines() if line.startswith("| egoistai |"))
    assert row == "| egoistai | 3 | 2 | 1 | 0 | 0 | " + "🟥" * 7 + "🟨" * 3 + " |"


def test_a_report_longer_than_a_comment_is_trimmed_with_a_pointer(monkeypatch):
    import dataclasses

    from crosscheck.report.markdown import COMMENT_LIMIT

    result = sample_result()
    copies = tuple(dataclasses.replace(result.findings[0], id=f"{n:010x}") for n in range(400))
    big = dataclasses.replace(result, findings=copies + result.findings[1:])
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "owner/docs")
    monkeypatch.setenv("GITHUB_RUN_ID", "42")
    text = render(big, "markdown")
    assert len(text) <= COMMENT_LIMIT
    shown = text.count("#### ")
    assert 50 < shown < 403
    assert text.rstrip().endswith(f"{403 - shown} of 403 findings not shown; the whole report is in "
                                  "[the run](https://github.com/owner/docs/actions/runs/42)._")
    assert len(render(result, "markdown")) < COMMENT_LIMIT and "Trimmed" not in render(result, "markdown")
