"""Load stage: find source files, read them, and work out their metadata.

Metadata comes, first match wins, from a `manifest.csv` next to the files, from YAML front
matter at the top of a Markdown file, or from a dateline in the first lines of the text.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from .extract.intervals import MONTHS, month_number
from .formats import READERS, Document, FormatError, read_plain
from .model import Source

MANIFEST = "manifest.csv"
SUFFIXES = tuple(READERS)
# One article, README or report is well under a megabyte; a file past this is a dump or a
# log, and reading it would dominate the run's memory and time.
MAX_BYTES = 32 * 2**20


class LoadError(Exception):
    """A path cannot be used at all (missing, or names no source)."""


def discover(paths: Sequence[str]) -> List[str]:
    """Return the source files named by `paths` (files, or folders searched recursively)."""
    found: List[str] = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(_walk(path))
        elif os.path.exists(path) or os.path.islink(path):
            found.append(path)
        else:
            raise LoadError(f"{path}: no such file or directory")
    return sorted(dict.fromkeys(found))


def _walk(folder: str) -> Iterable[str]:
    # followlinks=False: a symlink loop cannot make the walk endless (a looping link to a
    # file is listed as a file and reported as unreadable).
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith((".", "README")):
                yield os.path.join(root, name)


@dataclass(frozen=True)
class SourceFile:
    """A source file found but not yet read: what reading it needs, on any machine."""

    path: str  # as given or found, for reports
    location: str  # absolute path, for reading: a Dask worker's working folder is not ours
    id: str  # unique within the run; from the path, so known before reading
    meta: Dict[str, str] = field(default_factory=dict)  # its manifest row
    errors: Tuple[str, ...] = ()  # problems with its folder's manifest
    size: int = 0  # bytes on disk (0 when it cannot be stat'ed)


def find_sources(paths: Sequence[str]) -> List[SourceFile]:
    """Return the source files under `paths` with their ids and manifest rows, unread."""
    manifests: Dict[str, Tuple[Dict[str, dict], List[str]]] = {}
    found, taken = [], set()
    for path in discover(paths):
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in manifests:
            manifests[folder] = read_manifest(os.path.join(folder, MANIFEST))
        rows, manifest_errors = manifests[folder]
        source_id = _unique(source_id_for(path), taken)
        taken.add(source_id)
        found.append(SourceFile(path, os.path.abspath(path), source_id, rows.get(os.path.basename(path), {}),
                                tuple(manifest_errors), _size(path)))
    return found


def read_file(file: SourceFile, max_bytes: int = MAX_BYTES) -> Source:
    """Read one found source file; problems go to `errors`, never raise."""
    try:
        document = read_document(file.location, max_bytes)
    except (OSError, FormatError) as error:
        return Source(id=file.id, path=file.path, errors=file.errors + (_describe(error),))
    text, errors = document.text, [*file.errors, *document.warnings]
    try:
        front = {**document.meta, **front_matter(text)}
    except yaml.YAMLError as error:
        front = dict(document.meta)
        errors.append(f"front matter is not valid YAML: {_first_line_of(error)}")
    source = _with_metadata(file, text, front, errors)
    if document.lines or document.places:  # where the text's lines stand in an HTML, PDF or DOCX file
        source = dataclasses.replace(source, lines=document.lines, places=document.places)
    return source


def load_sources(paths: Sequence[str], max_bytes: int = MAX_BYTES) -> List[Source]:
    """Read every source under `paths`; a file that cannot be read keeps its errors."""
    return [read_file(file, max_bytes) for file in find_sources(paths)]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _unique(wanted: str, taken: set) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def read_manifest(path: str) -> Tuple[Dict[str, dict], List[str]]:
    """Return manifest rows keyed by file name, and why the manifest could not be used."""
    if not os.path.exists(path):
        return {}, []
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if "file" not in (reader.fieldnames or []):
                return {}, [f"{MANIFEST}: no 'file' column in its header, so it was ignored"]
            return {row["file"]: row for row in reader if row.get("file")}, []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return {}, [f"{MANIFEST}: unreadable, so it was ignored ({_describe(error)})"]


def read_source(path: str, meta: Optional[dict] = None, max_bytes: int = MAX_BYTES) -> Source:
    """Read one file into a Source; problems go to `errors`, never raise."""
    return read_file(SourceFile(path, path, source_id_for(path), dict(meta or {})), max_bytes)


def read_document(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file with the reader for its suffix; raise OSError or FormatError."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise FormatError("not a regular file (a FIFO, socket or device), so it was not read")
    if info.st_size > max_bytes:
        raise FormatError(f"file is {info.st_size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.0f} MiB "
                          "limit for one source; split it into documents")
    with open(path, "rb") as handle:
        data = _read_up_to(handle, info.st_size, max_bytes)
    if not data.strip():
        raise FormatError("empty file: no text to check")
    # splitext, not Path: building a Path costs more than reading a small file. The two differ
    # only on a name ending in ".", which no reader claims either way.
    document = READERS.get(os.path.splitext(path)[1].lower(), read_plain)(data)
    if not document.text.strip():
        raise FormatError(f"no text found in the {Path(path).suffix or 'file'}")
    return document


def _read_up_to(handle, size: int, max_bytes: int) -> bytes:
    # read(n) allocates n bytes before reading, so asking for the limit (32 MiB) costs more than
    # a news file's read; ask for its size on disk, and read on only if it grew since its stat.
    data = handle.read(size + 1)
    if len(data) > size:
        data += handle.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise FormatError(f"file grew past the {max_bytes / 2**20:.0f} MiB limit for one source "
                          "while it was read")
    return data


def _describe(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not valid UTF-8 text (byte {error.start})"
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return str(error)


def _first_line_of(error: Exception) -> str:
    return " ".join(str(error).split())


def source_id_for(path: str) -> str:
    stem = Path(path).stem.lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "source"


def _with_metadata(file: SourceFile, text: str, front: dict, errors: list) -> Source:
    meta = file.meta
    published, published_from = None, ""
    for origin, raw in (("manifest", meta.get("published")), ("front matter", front.get("published"))):
        if raw and published is None:
            published = _iso_date(raw)
            if published is None:
                errors.append(f"{origin}: published {raw!r} is not an ISO date (YYYY-MM-DD)")
            else:
                published_from = origin
    if published is None:
        published = dateline(text)
        published_from = "dateline" if published else ""
    return Source(
        id=file.id,
        path=file.path,
        text=text,
        title=meta.get("title") or str(front.get("title") or "") or first_line(text),
        outlet=meta.get("outlet") or str(front.get("outlet") or ""),
        published=published,
        published_from=published_from,
        errors=tuple(errors),
    )


def _iso_date(raw) -> Optional[dt.date]:
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw).strip())
    except ValueError:
        return None


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def front_matter(text: str) -> dict:
    """Return the YAML front matter of a Markdown text as a dict ({} when there is none)."""
    match = _FRONT.match(text)
    if not match:
        return {}
    data = yaml.safe_load(match.group(1))
    return data if isinstance(data, dict) else {}


def front_matter_end(text: str) -> int:
    """Return the offset where the body starts after front matter (0 without any)."""
    match = _FRONT.match(text)
    return match.end() if match else 0


_DATELINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<month>{'|'.join(MONTHS)})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)


def dateline(text: str, lines: int = 5) -> Optional[dt.date]:
    """Return the date of a dateline among the first lines ("Tuesday, November 19, 2024")."""
    for line in _leading_lines(text, lines):
        match = _DATELINE.match(line)
        if match and len(line.strip()) <= 60:
            try:
                return dt.date(int(match["year"]), month_number(match["month"]), int(match["day"]))
            except ValueError:
                return None
    return None


def first_line(text: str) -> str:
    # A title is nearly always in the first few lines; all of them are split only when it is not.
    for count in (5, len(text) + 1):
        for line in _leading_lines(text, count):
            if line.strip():
                return line.strip()[:120]
    return ""


_HEAD = 2048  # characters: more than a text's first few lines


def _leading_lines(text: str, count: int) -> List[str]:
    """Return the first `count` lines of the body after front matter, cut as splitlines cuts them."""
    start = front_matter_end(text)
    # Split a head of the body, not kilobytes of text for its first lines. Every line of the
    # head but the last ends inside it, so is whole; a short head means the head is all.
    lines = text[start:start + _HEAD].splitlines()
    if len(lines) > count or start + _HEAD >= len(text):
        return lines[:count]
    return text[start:].splitlines()[:count]
