"""Report stage: every format is rendered from the same Result by a reporter chosen by name."""
from __future__ import annotations

import os
import tempfile
from typing import Callable, Dict

from ..model import Result
from . import json, markdown, text

Reporter = Callable[[Result], str]

REPORTERS: Dict[str, Reporter] = {
    "text": text.render,
    "json": json.render,
    "markdown": markdown.render,
}


def render(result: Result, format: str) -> str:
    """Render `result` in the named format."""
    return REPORTERS[format](result)


def write_atomic(path: str, content: str) -> None:
    """Write `content` to `path` so that readers never see a half-written file."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".crosscheck-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
