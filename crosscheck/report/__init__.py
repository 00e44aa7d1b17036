"""Report stage: every format is rendered from the same Result by a reporter chosen by name.

A reporter is `render(result, fail_on) -> str`; `fail_on` lets CI formats mark as errors
exactly the findings that make the exit status 1.
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable

from ..model import Result
from . import github, html, json, junit, markdown, sarif, text
from .output import OutputError, check_target, write_atomic  # noqa: F401  (the package's API)

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
