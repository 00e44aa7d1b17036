"""Report stage: every format is rendered from the same Result by a reporter chosen by name.

A reporter is `render(result, fail_on) -> str`; `fail_on` lets CI formats mark as errors
exactly the findings that make the exit status 1.
"""
from __future__ import annotations

import os
import tempfile
from typing import Callable, Dict

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


def render(result: Result, format: str, fail_on: str = "conflict") -> str:
    """Render `result` in the named format."""
    return REPORTERS[format](result, fail_on)


def write_atomic(path: str, content: str) -> None:
    """Write `content` to `path` so that readers never see a half-written file."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".crosscheck-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a report is for sharing
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
