"""Reading formats and encodings: each test writes a real sentence in one format and checks
that the text crosscheck reads holds it, that offsets index that text, and that the date in it
is still found."""
import datetime as dt

import pytest

from crosscheck.extract import extract_mentions
from crosscheck.formats import FormatError, decode
from crosscheck.load import read_source
from tests.documents import FORTUNE_ASCII, pdf_bytes

# fortune-2024-11-19
FORTUNE = "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”"
# A sentence with accents, as in a French or Spanish byline (written for this test).
ACCENTS = "José Núñez, rédacteur en chef à Montréal, said the café opened on March 3, 2021."


def _dates(source):
    mentions = [m for m in extract_mentions(source) if m.kind == "date"]
    for m in mentions:
        assert source.text[m.start:m.end] == m.text, (source.text, m)
    return {m.text: m.value.start for m in mentions if m.value}


ENCODINGS = [
    pytest.param(FORTUNE, "utf-8", "utf-8", id="utf-8"),
    pytest.param(FORTUNE, "utf-8-sig", "utf-8", id="utf-8 with BOM"),
    pytest.param(FORTUNE, "utf-16", "utf-16", id="utf-16 with BOM"),
    pytest.param(FORTUNE, "utf-32", "utf-32", id="utf-32 with BOM"),
    pytest.param(FORTUNE, "cp1252", "cp1252", id="windows-1252 curly quotes"),
    pytest.param(ACCENTS, "latin-1", "cp1252", id="latin-1 accents (read as its superset cp1252)"),
]


@pytest.mark.parametrize("sentence, encoding, detected", ENCODINGS)
def test_encoding_is_detected_and_text_decoded(tmp_path, sentence, encoding, detected):
    data = (sentence + "\r\n") * 3
    document = decode(data.encode(encoding))
    # UTF-8's byte-order mark is a character of the text, as open(encoding="utf-8") reads it.
    assert document.text == ("\ufeff" if encoding == "utf-8-sig" else "") + data, f"{encoding}: {sentence!r}"
    assert document.encoding.replace("_", "-") == detected, sentence


@pytest.mark.parametrize("sentence, encoding", [(FORTUNE, "cp1252"), (ACCENTS, "latin-1")])
def test_single_byte_encoded_source_keeps_its_dates(tmp_path, sentence, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(sentence.encode(encoding))
    source = read_source(str(path))
    assert source.text == sentence and source.errors == ()
    assert dt.date(2023, 7, 18) in _dates(source).values() or dt.date(2021, 3, 3) in _dates(source).values()


def test_stray_invalid_byte_in_utf8_is_replaced_and_reported(tmp_path):
    data = (FORTUNE + "\n") * 20
    raw = data.encode("utf-8")
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:50] + b"\xff" + raw[50:])
    source = read_source(str(path))
    assert "\ufffd" in source.text and FORTUNE in source.text
    assert source.errors and "invalid UTF-8" in source.errors[0] and "byte 50" in source.errors[0]


def test_binary_content_is_not_text():
    with pytest.raises(FormatError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>How Mark Zuckerberg went all-in | Fortune</title>
<meta property="og:site_name" content="Fortune">
<meta property="article:published_time" content="2024-11-19T10:00:00Z">
<script>var published = "January 1, 1999";</script><style>p {{ color: red }}</style></head>
<body class="single-post has-sidebar"><header><nav><a href="/">Home</a> Subscribe for $1 a week</nav></header>
<article><h1>How Mark Zuckerberg went all-in</h1>
<p>It was the summer of 2023, and the question at hand was whether to release a Llama
into the wild.</p><p>{FORTUNE}</p>
<aside>Most read: Apple unveils iPhone on September 9, 2025</aside>
<div class="related-posts">Related: Google's Gemini launched on December 6, 2023</div>
<div id="newsletter-signup">Get our newsletter: 3 stories a day</div></article>
<footer>© 2024 Fortune Media IP Limited</footer></body></html>"""


def test_html_main_text_without_boilerplate(tmp_path):
    path = tmp_path / "fortune.html"
    path.write_text(HTML, encoding="utf-8")
    source = read_source(str(path))
    assert source.errors == ()
    assert FORTUNE in source.text
    assert "It was the summer of 2023, and the question at hand was whether to release" in source.text
    for boilerplate in ("Subscribe", "1999", "iPhone", "©", "color", "Gemini", "newsletter"):
        assert boilerplate not in source.text, boilerplate
    assert (source.title, source.outlet, source.published) == (
        "How Mark Zuckerberg went all-in | Fortune", "Fortune", dt.date(2024, 11, 19))
    assert _dates(source)["July 18, 2023"] == dt.date(2023, 7, 18)


def test_html_wrapper_named_like_furniture_is_kept(tmp_path):
    path = tmp_path / "plain.html"
    path.write_text(f'<html><body><div class="main has-sidebar"><p>{FORTUNE}</p></div>'
                    f'<div class="sidebar">Trending</div></body></html>', encoding="utf-8")
    assert read_source(str(path)).text == FORTUNE


def test_html_in_windows_1252_declared_by_meta(tmp_path):
    path = tmp_path / "page.htm"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' \
           f"</head><body><p>{FORTUNE}</p></body></html>"
    path.write_bytes(page.encode("cp1252"))
    assert read_source(str(path)).text == FORTUNE


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes([["It was the summer of 2023.", FORTUNE_ASCII]]))
    source = read_source(str(path))
    assert source.errors == ()
    assert FORTUNE_ASCII in source.text
    assert _dates(source)["July 18, 2023"] == dt.date(2023, 7, 18)


def test_damaged_pdf_is_reported(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    source = read_source(str(path))
    assert source.text == "" and "PDF" in source.errors[0]


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "Meta's Llama releases"
    document.add_paragraph("It was the summer of 2023.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Llama 2", "July 18, 2023"
    document.add_paragraph(FORTUNE)
    path = tmp_path / "notes.docx"
    document.save(path)
    source = read_source(str(path))
    assert source.text == f"It was the summer of 2023.\nLlama 2 | July 18, 2023\n{FORTUNE}"
    assert source.title == "Meta's Llama releases"
    assert _dates(source)["July 18, 2023"] == dt.date(2023, 7, 18)


def test_not_a_docx_is_reported(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text(FORTUNE)
    source = read_source(str(path))
    assert source.text == "" and source.errors[0].startswith("DOCX cannot be read")


def test_docx_zip_bomb_is_refused_unread(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (300 * 2**20))  # 300 MiB of zeros, ~300 KB zipped
    assert path.stat().st_size < 2**20
    source = read_source(str(path))
    assert source.text == "" and "over the 64 MiB limit" in source.errors[0]
