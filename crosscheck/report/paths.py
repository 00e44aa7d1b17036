"""Source paths as CI tools want them: forward slashes, relative when given relative."""
from __future__ import annotations

from pathlib import PurePath
from urllib.parse import quote


def posix(path: str) -> str:
    """Return `path` with forward slashes and no leading "./"."""
    text = PurePath(path).as_posix()
    return text[2:] if text.startswith("./") else text


def uri(path: str) -> str:
    """Return `path` as a URI reference: relative paths stay relative, absolute ones become file:."""
    if PurePath(path).is_absolute():
        return PurePath(path).as_uri()
    # A file name that is not UTF-8 holds its bytes as surrogates: they are percent-encoded as they are.
    return quote(posix(path), errors="surrogateescape")
