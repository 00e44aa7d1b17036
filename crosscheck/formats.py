"""Read one file of a supported format into text: plain text and Markdown, HTML, PDF, DOCX.

For plain text and Markdown the text is the file's decoded content with no newline
translation, so a mention's `start`/`end` point into the file itself. For HTML, PDF and DOCX
the text is what crosscheck extracted (main article text, the PDF text layer, the document's
paragraphs); `Source.text` holds exactly that text and offsets index it, not the file's bytes.

HTML, PDF and DOCX readers need the `formats` extra (`pip install 'crosscheck-claims[formats]'`);
without it, such a file gets a clear error and the rest of the run goes on.
"""
from __future__ import annotations

import importlib
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, List, Optional, Tuple


class FormatError(Exception):
    """A file's content cannot be read as text in its format."""


@dataclass(frozen=True)
class Document:
    """The text read from one file, metadata the file itself states, and what went wrong."""

    text: str
    encoding: str = ""
    meta: Dict[str, str] = field(default_factory=dict)  # title, outlet, published (ISO)
    warnings: Tuple[str, ...] = ()  # read, but not cleanly (undecodable bytes replaced)
    # Where each line of `text` stands in the file, when the text is not the file's own:
    # `lines` the file's line (HTML), `places` a label (PDF "p. 3:12", DOCX "¶ 4").
    lines: Tuple[int, ...] = ()
    places: Tuple[str, ...] = ()


# UTF-32 first: its little-endian BOM starts with UTF-16's. UTF-8's byte-order mark is kept
# as the character U+FEFF, as open(path, encoding="utf-8") reads it, so that offsets count
# it; the UTF-16 and UTF-32 codecs consume theirs, in open() as here.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
# Single-byte Western encodings decode most short texts identically, so charset-normalizer
# often ties them; prefer the one Windows and the web actually use.
_PREFERRED = ("utf_8", "cp1252", "latin_1")
_MAX_REPLACED = 0.001  # share of characters that may be undecodable bytes in mostly-UTF-8 text


def decode(data: bytes) -> Document:
    """Decode `data` after detecting its encoding; raise FormatError for binary content."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Document(data.decode(codec, errors="replace"), codec)
    if b"\x00" not in data:
        try:
            return Document(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    well_formed, replaced = _utf8_counts(data)
    mostly_utf8 = _mostly_utf8(data, well_formed, replaced)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes  # 12 ms to import, for the rare text not in UTF-8 (measured)

    matches = from_bytes(data)
    best = matches.best()
    if best is None or "\x00" in str(best):
        raise FormatError("binary or undecodable content: no text encoding fits")
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    # could_be_from_charset lists every encoding that decodes these bytes to the same text.
    name, chosen = next(((name, m) for name in _PREFERRED for m in tied if name in m.could_be_from_charset),
                        (best.encoding, best))
    warnings = ()
    if well_formed and not name.startswith("utf"):  # UTF-8 pieces in a single-byte text: mixed
        warnings = (f"mixed encodings: {well_formed} UTF-8 character(s) among {replaced} byte(s) that are "
                    f"not UTF-8 (first at byte {_first_bad_byte(data)}); read as {name}, so the UTF-8 "
                    "ones show as two or three characters each",)
    return Document(str(chosen), name, warnings=warnings)


def _utf8_counts(data: bytes) -> Tuple[int, int]:
    """Return how many multi-byte UTF-8 characters the bytes hold, and how many bytes are not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    return len(text) - len(text.encode("ascii", errors="ignore")) - replaced, replaced


def _mostly_utf8(data: bytes, well_formed: int, replaced: int) -> Optional[Document]:
    """Return UTF-8 text with a few bad bytes replaced, or None when it is not UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    # Single-byte encodings almost never form valid multi-byte UTF-8 sequences by chance.
    if b"\x00" in data or well_formed <= replaced or replaced > len(text) * _MAX_REPLACED:
        return None
    return Document(text, "utf-8", warnings=(
        f"{replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD "
        f"(first at byte {_first_bad_byte(data)})",))


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return -1


def read_plain(data: bytes) -> Document:
    """Read plain text or Markdown (front matter is left in the text, offsets count it)."""
    return decode(data)


# --- HTML ------------------------------------------------------------------------------------

_DROP = ("script", "style", "noscript", "nav", "aside", "footer", "form", "iframe", "svg",
         "template", "button", "select", "figure")
_BOILERPLATE_ROLES = ('//*[@role="navigation" or @role="banner" or @role="contentinfo"'
                      ' or @role="complementary" or @aria-hidden="true"]')
# Words in a class or id that mark page furniture rather than the article ("related-posts").
_BOILERPLATE_WORDS = frozenset("ad ads advert advertisement banner breadcrumb breadcrumbs comment comments "
                               "cookie cookies menu newsletter promo related share sharing sidebar social "
                               "subscribe".split())
_WORDS = re.compile(r"[a-z]+")
_BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption footer h1 h2 h3 h4 "
                    "h5 h6 header hr li main ol p pre section table td th tr ul".split())
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# What libxml2 says when it gives up on the rest of a page (the page read so far is returned).
_STOPPED = re.compile(r"(?i)excessive depth|limit exceeded|XML_PARSE_HUGE|memory")
_HUGE_HINT = re.compile(r",?\s*(?:use|try) XML_PARSE_HUGE( option)?")


def read_html(data: bytes) -> Document:
    """Read the main text of an HTML page: the article (or main, or body), boilerplate dropped."""
    html = _optional("lxml.html", "HTML")
    text = _html_unicode(data)
    root, stopped = _parse_html(html, text.text)
    if stopped:
        text = replace(text, warnings=text.warnings + (stopped,))
    meta = _html_meta(root)
    _drop_boilerplate(root)
    blocks = _block_lines(_main(root))
    # Blocks are joined by a blank line; both lines of each pair stand at the block's file line.
    lines = tuple(line for _, line in blocks for line in (line, line))[:-1]
    return Document("\n\n".join(block for block, _ in blocks), text.encoding, meta, text.warnings,
                    lines=lines)


def _parse_html(html, text: str):
    """Return the page's element tree (`html` is lxml.html), and a warning when the parser
    stopped early ("" if not)."""
    # The declaration is dropped (lxml refuses it in a str) but its line breaks are kept, so
    # that element source lines stay the file's lines.
    markup = _XML_DECLARATION.sub(lambda m: "\n" * m.group().count("\n"), text)
    # huge_tree: without it libxml2 drops everything past a nesting depth of 256 or a text node
    # of 10 MB, silently; the file size limit bounds what it may hold instead.
    parser = html.HTMLParser(huge_tree=True)
    try:
        root = html.document_fromstring(markup if markup.strip() else "<html></html>", parser=parser)
    except Exception as error:  # lxml raises several types on hostile markup; any means unreadable
        raise FormatError(f"HTML cannot be parsed: {error}") from error
    stopped = [e for e in parser.error_log if _STOPPED.search(str(e.message))]
    if not stopped:
        return root, ""
    reason = _HUGE_HINT.sub("", " ".join(str(stopped[0].message).split()))
    if not root.text_content().strip():
        raise FormatError(f"HTML parser stopped at line {stopped[0].line} ({reason}): no text read")
    return root, f"HTML parser stopped at line {stopped[0].line} ({reason}), so text after it is missing"


def _drop_boilerplate(root) -> None:
    """Remove scripts, navigation, page furniture and the page's own header from the tree."""
    for element in [*root.iter(*_DROP), *root.xpath(_BOILERPLATE_ROLES), *_furniture(root)]:
        if element.getparent() is not None:
            element.drop_tree()
    for header in root.xpath("//header[not(ancestor::article or ancestor::main)]"):
        header.drop_tree()


def _furniture(root) -> list:
    """Return the elements whose class or id names page furniture."""
    # Never a container of the article: <body class="has-sidebar"> or a wrapper holding most
    # of the page's text is still the page, whatever its class says.
    candidates = root.xpath("//*[@class or @id][not(self::html or self::body or self::article or self::main)]"
                            "[not(.//article or .//main)]")
    half = len(root.text_content()) / 2
    return [element for element in candidates
            if _BOILERPLATE_WORDS.intersection(_WORDS.findall(
                f"{element.get('class', '')} {element.get('id', '')}".lower()))
            and len(element.text_content()) < half]


def _html_unicode(data: bytes) -> Document:
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return Document(data.decode(declared.group(1).decode("ascii"), errors="replace"),
                            declared.group(1).decode("ascii").lower())
        except LookupError:
            pass  # an unknown charset name: detect instead
    return decode(data)


def _main(root):
    articles = root.xpath("//article")
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    return next(iter(root.xpath("//main") + root.xpath('//*[@role="main"]') + root.xpath("//body")), root)


def _block_lines(element) -> list:
    """Return the text of `element` as (whitespace-collapsed line, file line) per block element.

    A block's file line is the source line of the element whose text starts it (a tail's is
    its element's, the nearest line lxml records).
    """
    from lxml import etree

    blocks = _Blocks()
    # iterwalk rather than recursion: hostile nesting depth cannot overflow the stack.
    for event, node in etree.iterwalk(element, events=("start", "end")):
        is_tag = isinstance(node.tag, str)
        if is_tag and node.tag in _BLOCKS:
            blocks.end()
        if event == "start" and is_tag and node.text:
            blocks.add(node.text, node)
        if event == "end" and node is not element and node.tail:
            blocks.add(node.tail, node)
    blocks.end()
    return blocks.lines


class _Blocks:
    """The lines of a page's block elements as they are walked, each with its file line."""

    def __init__(self):
        self.lines: List[Tuple[str, int]] = []
        self._pieces: List[str] = []
        self._line = 0  # the file line of the block's first text; 0 until it has some

    def add(self, text: str, node) -> None:
        """Add a piece of text to the open block; `node` holds it (as text or tail)."""
        if not self._line and text.strip():
            self._line = node.sourceline or 0
        self._pieces.append(text)

    def end(self) -> None:
        """Close the open block; a block with no text makes no line."""
        line = " ".join("".join(self._pieces).split())
        self._pieces.clear()
        if line:
            self.lines.append((line, self._line or 1))
        self._line = 0


def _html_meta(root) -> Dict[str, str]:
    def first(*paths):
        for path in paths:
            for value in root.xpath(path):
                if str(value).strip():
                    return " ".join(str(value).split())
        return ""

    meta = {
        "title": first('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"),
        "outlet": first('//meta[@property="og:site_name"]/@content'),
        "published": first('//meta[@property="article:published_time"]/@content',
                           '//*[@itemprop="datePublished"]/@content', '//time/@datetime')[:10],
    }
    return {key: value for key, value in meta.items() if value}


# --- PDF and DOCX ----------------------------------------------------------------------------

def read_pdf(data: bytes) -> Document:
    """Read the text layer of a PDF, pages separated by blank lines."""
    pypdf = _optional("pypdf", "PDF")
    # pypdf logs each repair of a damaged file to stderr; the outcome goes to `errors` instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except FormatError:
        raise
    except Exception as error:  # pypdf raises many types on damaged files; any means unreadable
        raise FormatError(f"PDF cannot be read: {error}") from error
    text, places = pdf_text([page.strip("\n").split("\n") for page in pages])
    if not text.strip():
        raise FormatError("PDF has no text layer (scanned pages need OCR first)")
    return Document(text, "pdf", {"title": title} if title else {}, places=places)


# A browser's print header and footer: "12/2/26, 12:01 AM  Title" and "https://... 1/3".
_PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b"
                          r"|^(?:https?|file)://\S+\s+\d+\s*/\s*\d+$", re.IGNORECASE)
_EDGE = 2  # running headers and footers are among the first and last lines of a page


def pdf_text(pages: List[List[str]]) -> Tuple[str, Tuple[str, ...]]:
    """Join the pages' lines, running headers and footers left out; return the text and each line's place.

    A line is running when it stands at a page's edge and, digits aside (page numbers), at the
    edge of most pages, or when it is a browser's print stamp. Its place is "p. PAGE:LINE", the
    line counted on its page as the text layer gives it.
    """
    running = _running(pages)
    texts, places = [], []
    for number, page in enumerate(pages, 1):
        kept = [(index, line) for index, line in enumerate(page, 1) if (number, index) not in running]
        if texts and kept:
            texts.append("")
            places.append(places[-1])
        for index, line in kept:
            texts.append(line)
            places.append(f"p. {number}:{index}")
    return "\n".join(texts), tuple(places)


def _running(pages: List[List[str]]) -> set:
    edges = {(number, index): line.strip() for number, page in enumerate(pages, 1)
             for index, line in enumerate(page, 1)
             if line.strip() and (index <= _EDGE or index > len(page) - _EDGE)}
    shapes: Dict[str, set] = {}
    for (number, _), line in edges.items():
        shapes.setdefault(re.sub(r"\d+", "#", line.lower()), set()).add(number)
    often = max(2, (len(pages) + 1) // 2)
    return {where for where, line in edges.items()
            if len(shapes[re.sub(r"\d+", "#", line.lower())]) >= often or _PRINT_STAMP.search(line)}


def read_docx(data: bytes) -> Document:
    """Read the paragraphs and table rows of a DOCX document, in document order."""
    docx = _optional("docx", "DOCX")
    _refuse_zip_bomb(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _docx_blocks(document.iter_inner_content())
        title = (document.core_properties.title or "").strip()
    except Exception as error:  # python-docx raises zip, XML and key errors on damaged files
        raise FormatError(f"DOCX cannot be read: {error}") from error
    lines = [(line, place) for text, place in blocks for line in text.split("\n")]
    return Document("\n".join(line for line, _ in lines), "docx", {"title": title} if title else {},
                    places=tuple(place for _, place in lines))


# A DOCX's XML is a few times its text, and the text of one source is at most 32 MiB; past
# this it is a zip bomb. What reading costs is a few tenths of a millisecond a paragraph, and
# deflate packs a million empty paragraphs into a hundred kilobytes, so they are counted too.
_MAX_UNZIPPED = 64 * 2**20
MAX_DOCX_PARAGRAPHS = 100_000
_PARAGRAPH = re.compile(rb"<w:p[ >/]")


def _refuse_zip_bomb(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unzipped = sum(info.file_size for info in archive.infolist())
        if unzipped > _MAX_UNZIPPED:
            raise FormatError(f"DOCX unpacks to {unzipped / 2**20:.0f} MiB, over the "
                              f"{_MAX_UNZIPPED / 2**20:.0f} MiB limit: not read")
        paragraphs = _count_paragraphs(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError) as error:
        raise FormatError(f"DOCX cannot be read: not a zip archive ({error})") from error
    if paragraphs > MAX_DOCX_PARAGRAPHS:
        raise FormatError(f"DOCX has {paragraphs:,} paragraphs, over the {MAX_DOCX_PARAGRAPHS:,} limit "
                          "for one source: not read; split it into documents")


def _count_paragraphs(archive) -> int:
    """Count the paragraphs of word/document.xml as it unpacks, never holding more than a chunk."""
    if "word/document.xml" not in archive.namelist():
        return 0
    count, tail = 0, b""
    with archive.open("word/document.xml") as member:
        for chunk in iter(lambda: member.read(2**20), b""):
            # A match is five bytes, so none lies wholly in a block's last four: carried over,
            # they complete a match cut by the chunk's end, which is then counted once.
            block = tail + chunk
            count += len(_PARAGRAPH.findall(block))
            tail = block[-4:]
    return count


def _docx_blocks(blocks) -> List[Tuple[str, str]]:
    """Return (text, place) per paragraph ("¶ 4") and per table row ("table 1 r2"), in order.

    A row's cells are joined by " | ", as a Markdown table writes them: a tab or a line break
    between "Llama 3" and "April 2024" is read as April 3, 2024; a bar is crossed by no value.
    Empty paragraphs are left out and not counted.
    """
    out, paragraphs, tables = [], 0, 0
    for block in blocks:
        if hasattr(block, "rows"):
            tables += 1
            for number, row in enumerate(block.rows, 1):
                # A merged cell is listed once per grid column it spans: keep it once.
                cells = list({cell._tc: cell for cell in row.cells}.values())
                line = " | ".join(" ".join(cell.text.split()) for cell in cells)
                if line.replace("|", "").strip():
                    out.append((line, f"table {tables} r{number}"))
        else:
            text = block.text  # python-docx runs two XPath queries a paragraph for it: ask once
            if text.strip():
                paragraphs += 1
                out.append((text, f"¶ {paragraphs}"))
    return out


def _optional(module: str, what: str):
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise FormatError(f"reading {what} needs the formats extra: "
                          f"pip install 'crosscheck-claims[formats]' ({error})") from error


Reader = Callable[[bytes], Document]

READERS: Dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".markdown": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
