"""Report stage: every format is rendered from the same Result by a reporter chosen by name.

A reporter is `render(result, fail_on) -> str`; `fail_on` lets CI formats mark as errors
exactly the findings that make the exit status 1.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from typing import Callable, Dict, Iterable, Union

from ..model import Result
from . import github, html, json, junit, markdown, sarif, text

Reporter = Callable[[Result, str], str]

REPORTERS: Dict[str, Reporter] = {
    "text": text.render,
    "json": json.render,
    "markdown": markdown.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "html": html.render,
}


# Formats that can be written a piece at a time, so that a large report is never whole in memory.
STREAMERS: Dict[str, Callable[[Result, str], Iterable[str]]] = {"json": json.stream}


def render(result: Result, format: str, fail_on: str = "conflict") -> str:
    """Render `result` in the named format."""
    return REPORTERS[format](result, fail_on)


def render_stream(result: Result, format: str, fail_on: str = "conflict") -> Iterable[str]:
    """Return the pieces of the report `render` returns, made as they are written where it can."""
    if format in STREAMERS:
        return STREAMERS[format](result, fail_on)
    return [render(result, format, fail_on)]


class OutputError(Exception):
    """A report cannot be written where it was asked for; the message names the path and why."""


_TEMPORARY = re.compile(r"\.crosscheck-(\d+)-[^/]*\.tmp\Z")


def write_atomic(path: str, content: Union[str, Iterable[str]], protected: Iterable[str] = ()) -> None:
    """Write `content` to `path` so that readers never see a half-written file.

    "-" is standard output; a device or FIFO ("/dev/null", "/dev/stdout") is written as a
    stream, never replaced by a file; a path among `protected` (the sources) is refused.
    Raise OutputError naming the path and the reason. `content` may be a string or pieces
    of one, written as they come.
    """
    if path == "-":
        _stream(sys.stdout, content if isinstance(content, str) else "".join(content))
        return
    check_target(path, protected)
    try:
        if os.path.exists(path) and not os.path.isfile(path):
            with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
                _write(out, content)
            return
        _replace(path, content)
    except OSError as error:
        raise OutputError(f"{path}: cannot write the report: {error.strerror or error}") from error


def check_target(path: str, protected: Iterable[str] = ()) -> None:
    """Raise OutputError when `path` is a folder or one of the `protected` files (the sources)."""
    if path.endswith(("/", os.sep)) or os.path.isdir(path):
        raise OutputError(f"{path}: is a folder; give a file name for the report")
    target = os.path.realpath(path)
    if any(os.path.realpath(source) == target for source in protected):
        raise OutputError(f"{path}: is a source being checked; a report is never written over a source")


def _write(out, content: Union[str, Iterable[str]]) -> None:
    if isinstance(content, str):
        out.write(content)
    else:
        for piece in content:
            out.write(piece)


def _replace(path: str, content: Union[str, Iterable[str]]) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    _clean_temporaries(folder)
    # The process id in the name lets a later run remove what a killed run left behind.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".crosscheck-{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            _write(out, content)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a report is for sharing
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _clean_temporaries(folder: str) -> None:
    """Remove the temporary files of runs that were killed before they could."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _TEMPORARY.match(name)
        if match and not _alive(int(match[1])):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _stream(stream, content: str) -> None:
    """Write text to a stream, file names that are not UTF-8 shown as escapes, not an error."""
    binary = getattr(stream, "buffer", None)
    if binary is None:
        stream.write(content)
    else:
        binary.write(content.encode("utf-8", errors="backslashreplace"))
    stream.flush()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
