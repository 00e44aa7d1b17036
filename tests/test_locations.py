"""Real locations for sources that are not plain text: the HTML file's own line, the PDF page
(page:line), the DOCX paragraph or table row; a PDF's running header and footer and a DOCX
table row give no false date."""
import datetime as dt

import pytest

from crosscheck import pipeline
from crosscheck.claims import build_claims
from crosscheck.config import Config
from crosscheck.extract import extract_mentions
from crosscheck.load import read_source
from crosscheck.serialize import result_to_dict
from crosscheck.table import claims_frame
from tests.documents import FORTUNE_ASCII, pdf_bytes

# fortune-2024-11-19
FORTUNE = "On July 18, 2023, Meta released Llama 2 \u201cfree for research and commercial use.\u201d"
# egoistai-zuckerberg-ai-pivot
EGOISTAI = "Llama 3 (April 2024): The latest iteration significantly raised the bar."


def claims_of(path):
    source = read_source(str(path))
    assert source.errors == (), source.errors
    return source, build_claims(source, extract_mentions(source))


def dated(claims):
    return {c.text: c for c in claims if c.kind == "date"}


def test_an_html_claim_is_on_the_line_of_the_file_where_its_sentence_stands(tmp_path):
    lines = ["<!DOCTYPE html>", "<html>", "<head>", "<title>Meta and Llama: March 3, 2021</title>",
             '<meta charset="utf-8">', "</head>", "<body>", "<nav>Home | World</nav>", "<article>",
             "<h1>How Meta went all-in</h1>", "<p>Meta's bet", "on open models.</p>", "", f"<p>{FORTUNE}</p>",
             "</article>", "</body>", "</html>"]
    path = tmp_path / "fortune.html"
    path.write_text("\n".join(lines), encoding="utf-8")
    source, claims = claims_of(path)
    claim = dated(claims)["July 18, 2023"]
    assert claim.line == 14 and lines[claim.line - 1].startswith("<p>On July 18, 2023")
    assert claim.location == ""  # the line is the file's own


def test_an_xml_declaration_on_its_own_line_keeps_the_lines(tmp_path):
    path = tmp_path / "fortune.xhtml.html"
    path.write_text(f'<?xml version="1.0"?>\n<html>\n<body>\n<p>{FORTUNE}</p>\n</body></html>', encoding="utf-8")
    assert dated(claims_of(path)[1])["July 18, 2023"].line == 4


def printed(number, body):
    """A page as a browser prints it: a date-and-title header, the body, a URL-and-page footer."""
    return ["12/2/26, 12:01 AM How Mark Zuckerberg went all-in on Llama", *body,
            f"https://fortune.com/2024/11/19/meta-llama/ {number}/2"]


def test_a_pdf_claim_has_its_page_and_line_and_the_print_stamps_give_no_date(tmp_path):
    pytest.importorskip("pypdf")
    path = tmp_path / "fortune.pdf"
    path.write_bytes(pdf_bytes([printed(1, ["Meta's open models", "It was the summer of 2023."]),
                           printed(2, ["Llama 2 came first.", FORTUNE_ASCII])]))
    source, claims = claims_of(path)
    assert "12/2/26" not in source.text and "fortune.com" not in source.text
    dates = dated(claims)
    assert set(dates) == {"summer of 2023", "July 18, 2023"}, dates
    assert dates["July 18, 2023"].location == "p. 2:3"  # the header is the page's first line
    assert dates["July 18, 2023"].value.start == dt.date(2023, 7, 18)


def test_a_footer_with_a_page_number_is_dropped_only_where_it_repeats(tmp_path):
    pytest.importorskip("pypdf")
    path = tmp_path / "datasheet.pdf"
    pages = [["Llama 3 datasheet", "Released in April 2024.", "Page 1 of 3"],
             ["Llama 3 datasheet", "Trained on 15 trillion tokens.", "Page 2 of 3"],
             ["Llama 3 datasheet", "A 405B model followed in July 2024.", "Page 3 of 3"]]
    path.write_bytes(pdf_bytes(pages))
    source, claims = claims_of(path)
    assert "Page 2 of 3" not in source.text and "datasheet" not in source.text
    assert source.text.splitlines()[0] == "Released in April 2024."
    assert {c.text: c.location for c in dated(claims).values()} == {"April 2024": "p. 1:2", "July 2024": "p. 3:2"}


def test_a_docx_claim_has_its_paragraph_and_a_table_row_no_false_date(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Meta's Llama releases")
    document.add_paragraph("")
    document.add_paragraph(FORTUNE)
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Model", "Released"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Llama 3", "April 2024"
    path = tmp_path / "releases.docx"
    document.save(path)
    source, claims = claims_of(path)
    dates = dated(claims)
    assert dates["July 18, 2023"].location == "¶ 2"  # the empty paragraph is not counted
    april = dates["April 2024"]  # not "3 April 2024" across the cells
    assert (april.value.start, april.value.end, april.location) == (dt.date(2024, 4, 1), dt.date(2024, 4, 30),
                                                                    "table 1 r2")


def test_locations_reach_the_json_report_and_the_claims_table(tmp_path):
    pytest.importorskip("pypdf")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "fortune.pdf").write_bytes(pdf_bytes([["Meta's open models", FORTUNE_ASCII]]))
    (folder / "egoistai.txt").write_text(f"Llama 2 (July 2023): This was the game-changer.\n{EGOISTAI}\n",
                                         encoding="utf-8")
    result = pipeline.check([str(folder)], Config())
    claim = next(c for f in result.findings for c in f.claims if c.text == "July 18, 2023")
    assert claim.location == "p. 1:2"
    frame = claims_frame(result)
    assert frame[frame["text"] == "July 18, 2023"]["location"].tolist() == ["p. 1:2"]
    shown = [c for f in result_to_dict(result)["findings"] for c in f["claims"] if c["text"] == "July 18, 2023"]
    assert shown[0]["location"] == "p. 1:2"


def test_terminal_sarif_and_annotations_name_the_pdf_page(tmp_path):
    pytest.importorskip("pypdf")
    from crosscheck.report import render

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "fortune.pdf").write_bytes(pdf_bytes([["Meta's open models"], ["Llama 2 came first.", FORTUNE_ASCII]]))
    (folder / "egoistai.txt").write_text("Llama 2 (July 2023): This was the game-changer.\n", encoding="utf-8")
    result = pipeline.check([str(folder)], Config())
    assert "fortune.pdf:p. 2:2  July 18, 2023" in render(result, "text")
    assert "fortune says July 18, 2023 (p. 2:2)" in render(result, "sarif")
    assert "::p. 2:2: " in render(result, "github")
