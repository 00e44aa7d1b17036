"""Writing a report where it was asked for: whole or not at all, and never over a source.

A file is written beside its target and renamed over it, so a reader (a CI step, an editor)
never sees half a report; standard output and devices are written as streams.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from typing import Callable, Iterable, Union

Content = Union[str, Iterable[str]]  # a whole report, or its pieces as they are made


class OutputError(Exception):
    """A report cannot be written where it was asked for; the message names the path and why."""


def write_atomic(path: str, content: Content, protected: Iterable[str] = ()) -> None:
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
            _write_text(path, content)
            return
        replace_atomically(path, lambda temporary: _write_text(temporary, content))
    except OSError as error:
        raise OutputError(f"{path}: cannot write the report: {error.strerror or error}") from error


def check_target(path: str, protected: Iterable[str] = ()) -> None:
    """Raise OutputError when `path` is a folder or one of the `protected` files (the sources)."""
    if path.endswith(("/", os.sep)) or os.path.isdir(path):
        raise OutputError(f"{path}: is a folder; give a file name for the report")
    target = os.path.realpath(path)
    if any(os.path.realpath(source) == target for source in protected):
        raise OutputError(f"{path}: is a source being checked; a report is never written over a source")


def replace_atomically(path: str, write: Callable[[str], None]) -> None:
    """Have `write` fill a temporary file beside `path`, then rename it over `path`."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    _clean_temporaries(folder)
    # The process id in the name lets a later run remove what a killed run left behind.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".crosscheck-{os.getpid()}-", suffix=".tmp")
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a report is for sharing
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _write_text(path: str, content: Content) -> None:
    with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
        if isinstance(content, str):
            out.write(content)
        else:
            for piece in content:
                out.write(piece)


_TEMPORARY = re.compile(r"\.crosscheck-(\d+)-[^/]*\.tmp\Z")


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
