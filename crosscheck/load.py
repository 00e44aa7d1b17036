"""Load stage: find source files, read them, and work out their metadata.

Metadata comes, first match wins, from a `manifest.csv` next to the files, from YAML front
matter at the top of a Markdown file, or from a dateline in the first lines of the text.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .formats import READERS, Document, FormatError, read_plain
from .model import Source
from .vocabulary import MONTHS, month_number

MANIFEST = "manifest.csv"
SUFFIXES = tuple(READERS)
# One article, README or report is well under a megabyte; a file past this is a dump or a
# log, and reading it would dominate the run's memory and time.
MAX_BYTES = 32 * 2**20


class LoadError(Exception):
    """A path cannot be used at all (missing, or names no source)."""


def discover(paths: Sequence[str], notes: Optional[List[str]] = None) -> List[str]:
    """Return the source files named by `paths` (files, or folders searched recursively)."""
    return [path for path, _ in _discovered(paths, notes)]


def _discovered(paths: Sequence[str], notes: Optional[List[str]] = None) -> List[Tuple[str, str]]:
    """Return each source file with its path relative to the argument that named it.

    Folders behind symbolic links are read once (a loop is noted, not followed again); a
    folder that cannot be listed is returned as an entry, so that reading it reports why;
    a crosscheck report found in a folder is noted and left out, not read as a source.
    """
    notes = [] if notes is None else notes
    found: Dict[str, str] = {}
    for path in paths:
        if os.path.isdir(path):
            for name in _walk(path, notes):
                found.setdefault(name, os.path.relpath(name, path))
        elif os.path.exists(path) or os.path.islink(path):
            found.setdefault(path, os.path.basename(path))
        else:
            raise LoadError(f"{path}: no such file or directory")
    return sorted(found.items())


def _walk(folder: str, notes: List[str]) -> Iterable[str]:
    seen = set()
    unlistable: List[str] = []
    for root, dirs, files in _tree(folder, unlistable):
        key = _folder_key(root)
        if key in seen:  # reached again through a symbolic link: a loop, or the same folder twice
            notes.append(f"{root}: a folder already read (through a symbolic link), not read again")
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.lower().endswith(SUFFIXES) or name.startswith("."):
                continue
            if is_report(path):
                notes.append(f"{path}: a crosscheck report, not read as a source")
                continue
            yield path
    yield from (path for path in unlistable if path)


def _tree(folder: str, unlistable: List[str]) -> Iterator[Tuple[str, List[str], List[str]]]:
    """Yield (folder, its folders, its files) top-down, as os.walk(followlinks=True) does.

    os.walk recurses once a level before Python 3.12, so a tree a few thousand folders deep
    ended the run; this keeps its own stack. A folder that cannot be listed goes to
    `unlistable`; the caller may prune the folders list before the walk goes into it.
    """
    stack = [folder]
    while stack:
        root = stack.pop()
        try:
            with os.scandir(root) as entries:
                dirs, files = [], []
                for entry in entries:
                    (dirs if _is_folder(entry) else files).append(entry.name)
        except OSError:
            unlistable.append(root)
            continue
        yield root, dirs, files
        stack.extend(os.path.join(root, name) for name in reversed(dirs))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # behind a symbolic link too
    except OSError:
        return False


def _folder_key(path: str) -> Tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, hash(path))
    return info.st_dev, info.st_ino


# The first bytes of the reports crosscheck writes in a source format (Markdown, text, HTML).
_REPORT_HEAD = re.compile(rb"\A(?:## crosscheck report\n|crosscheck: \d+ sources, \d+ claims\n"
                          rb"|<!DOCTYPE html>\n(?:.*\n){1,6}<title>crosscheck review: )")


def is_report(path: str) -> bool:
    """Tell whether the file at `path` starts as a report crosscheck wrote."""
    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as handle:
            return bool(_REPORT_HEAD.match(handle.read(1024)))
    except OSError:
        return False


@dataclass(frozen=True)
class SourceFile:
    """A source file found but not yet read: what reading it needs, on any machine."""

    path: str  # as given or found, for reports
    location: str  # absolute path, for reading: a Dask worker's working folder is not ours
    id: str  # unique within the run; from the path, so known before reading
    meta: Dict[str, str] = field(default_factory=dict)  # its manifest row
    errors: Tuple[str, ...] = ()  # problems with its folder's manifest
    size: int = 0  # bytes on disk (0 when it cannot be stat'ed)


def find_sources(paths: Sequence[str], notes: Optional[List[str]] = None) -> List[SourceFile]:
    """Return the source files under `paths` with their ids and manifest rows, unread.

    `notes`, when given, receives what was left out and why (a symlink loop, a report).
    """
    manifests: Dict[str, Tuple[Dict[str, dict], List[str]]] = {}
    discovered = _discovered(paths, notes)
    ids = source_ids([relative for _, relative in discovered])
    found = []
    for (path, _), source_id in zip(discovered, ids):
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in manifests:
            manifests[folder] = read_manifest(os.path.join(folder, MANIFEST), _folder_files(folder))
        rows, manifest_errors = manifests[folder]
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
    except FrontMatterError as error:
        front = dict(document.meta)
        errors.append(f"front matter {error}, so it was ignored")
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


def _folder_files(folder: str) -> List[str]:
    try:
        return [name for name in os.listdir(folder) if name.lower().endswith(SUFFIXES)]
    except OSError:
        return []


def source_ids(relatives: Sequence[str]) -> List[str]:
    """Return an id for each path relative to its argument, unique, from that path alone.

    The id is the relative path without its suffix, folded to a slug ("news/fortune.txt" is
    "news-fortune"), so a file new to a folder never renames another; files that would share
    one keep their suffix ("x-md", "x-txt"), and past that a hash of the path.
    """
    wanted = [_slug(os.path.splitext(relative)[0]) for relative in relatives]
    counts = Counter(wanted)
    ids = [w if counts[w] == 1 else _slug(relative) for w, relative in zip(wanted, relatives)]
    counts = Counter(ids)
    return [i if counts[i] == 1 else f"{i}-{_digest(r)}" for i, r in zip(ids, relatives)]


def _digest(relative: str) -> str:
    return hashlib.sha1(relative.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "source"


MAX_MANIFEST_BYTES = 4 * 2**20  # a row a source: a manifest past this is not one


def read_manifest(path: str, files: Iterable[str] = ()) -> Tuple[Dict[str, dict], List[str]]:
    """Return manifest rows keyed by file name, and why the manifest, or a row, was not used.

    `files` are the source file names of the manifest's folder: a row naming none of them,
    or naming one a second time, is reported.
    """
    if not os.path.lexists(path):
        return {}, []
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return {}, [f"{MANIFEST}: not a regular file, so it was ignored"]
        if info.st_size > MAX_MANIFEST_BYTES:
            return {}, [f"{MANIFEST}: {info.st_size / 2**20:.1f} MiB, over the "
                        f"{MAX_MANIFEST_BYTES / 2**20:.0f} MiB limit, so it was ignored"]
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)
            if "file" not in (reader.fieldnames or []):
                return {}, [f"{MANIFEST}: no 'file' column in its header, so it was ignored"]
            return _manifest_rows(reader, set(files))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return {}, [f"{MANIFEST}: unreadable, so it was ignored ({_describe(error)})"]


def _manifest_rows(reader: csv.DictReader, files: set) -> Tuple[Dict[str, dict], List[str]]:
    rows: Dict[str, dict] = {}
    errors = []
    for row in reader:
        name = row.get("file")
        if not name:
            continue
        if name in rows:
            errors.append(f"{MANIFEST}: line {reader.line_num} names {name!r} again; the first row was used")
        elif files and name not in files:
            errors.append(f"{MANIFEST}: line {reader.line_num} names {name!r}, "
                          "which is not a source file here")
        else:
            rows[name] = row
    return rows, errors


def read_source(path: str, meta: Optional[dict] = None, max_bytes: int = MAX_BYTES) -> Source:
    """Read one file into a Source; problems go to `errors`, never raise."""
    return read_file(SourceFile(path, path, source_id_for(path), dict(meta or {})), max_bytes)


def read_document(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file with the reader for its suffix; raise OSError or FormatError."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        os.listdir(path)  # a folder that the walk could not list: say why
        raise FormatError("a folder that could not be listed")
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
    return _slug(Path(path).stem)


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


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A publication time after the day ("2024-11-19 10:30:00", "2024-11-19T10:30:00Z"): the day is read.
_TIME_AFTER = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")


def _iso_date(raw) -> Optional[dt.date]:
    text = str(raw).strip()
    day = _ISO_DAY.match(text)
    if not day or not _TIME_AFTER.fullmatch(text, day.end()):
        return None
    try:
        return dt.date.fromisoformat(day.group())
    except ValueError:
        return None


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class FrontMatterError(Exception):
    """A source's front matter cannot be read as YAML metadata."""


@lru_cache(maxsize=1)
def _front_loader():
    """Return safe YAML's loader without timestamps and without aliases.

    Timestamps stay strings, so a time of day or an impossible date ("2024-02-30") is judged
    by `_iso_date` like any other value; aliases are refused, because a few of them nested
    expand a 1 KB alias bomb to gigabytes when a value is read.
    """
    import yaml

    class FrontLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                refused = "an alias (*name) is not allowed in front matter"
                raise yaml.composer.ComposerError(None, None, refused, self.peek_event().start_mark)
            return super().compose_node(parent, index)

    FrontLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return FrontLoader


MAX_FRONT_MATTER = 64 * 2**10  # characters; title, outlet and date need a few hundred


def front_matter(text: str) -> dict:
    """Return the YAML front matter of a Markdown text as a dict ({} when there is none).

    Raise FrontMatterError when it is too long, not YAML, or nested too deep to build.
    """
    match = _FRONT.match(text)
    if not match:
        return {}
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER:
        raise FrontMatterError(f"is {len(block)} characters, over the {MAX_FRONT_MATTER} limit")
    import yaml  # here, not at the top: a run over texts without front matter saves 10 ms (measured)

    try:
        data = yaml.load(block, Loader=_front_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        where = _first_line_of(error).replace(' in "<unicode string>",', ",")
        raise FrontMatterError(f"is not valid YAML: {where}") from error
    except RecursionError as error:
        raise FrontMatterError("is nested too deep to read") from error
    return data if isinstance(data, dict) else {}


def front_matter_end(text: str) -> int:
    """Return the offset where the body starts after front matter (0 without any)."""
    match = _FRONT.match(text)
    return match.end() if match else 0


_DATELINE = re.compile(
    rf"^\ufeff?\s*(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?"
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


_BLANK = " \t\r\n\x0b\x0c\ufeff"  # whitespace, and the byte-order mark a UTF-8 text may start with


def first_line(text: str) -> str:
    # A title is nearly always in the first few lines; all of them are split only when it is not.
    for count in (5, len(text) + 1):
        for line in _leading_lines(text, count):
            if line.strip(_BLANK):
                return line.strip(_BLANK)[:120]
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
