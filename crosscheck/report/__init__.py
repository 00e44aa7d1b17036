"""Report stage: every format is rendered from the same Result by a reporter chosen by name.

A reporter is the module of that name here, whose `render(result, fail_on) -> str` makes the
report; `fail_on` lets CI formats mark as errors exactly the findings that make the exit status 1.
"""
from __future__ import annotations

from importlib import import_module
from typing import Iterable

from ..model import Result
from .output import OutputError, check_target, write_atomic  # noqa: F401  (the package's API)

# A reporter's module is imported when its report is made: a run writes one or two formats of
# seven, and importing all seven took 45 ms more than the JSON one alone, most of it the HTML
# page's Jinja (measured).
REPORTERS = ("text", "json", "markdown", "sarif", "junit", "github", "html")

# Formats that can be written a piece at a time, so that a large report is never whole in memory.
STREAMERS = ("json",)


def render(result: Result, format: str, fail_on: str = "conflict") -> str:
    """Render `result` in the named format."""
    return _reporter(format).render(result, fail_on)


def render_stream(result: Result, format: str, fail_on: str = "conflict") -> Iterable[str]:
    """Return the pieces of the report `render` returns, made as they are written where it can."""
    if format in STREAMERS:
        return _reporter(format).stream(result, fail_on)
    return [render(result, format, fail_on)]


def _reporter(format: str):
    if format not in REPORTERS:
        raise KeyError(format)  # as the table of reporters did: a name, never a module path
    return import_module(f"{__name__}.{format}")
