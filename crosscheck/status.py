"""The exit status of `crosscheck check` (and of `crosscheck extract`), each decided in one function."""
from __future__ import annotations

from enum import IntEnum
from typing import List, Sequence

from .model import Finding, Result, Source

_LEVELS = {"conflict": {"conflict"}, "compatible": {"conflict", "compatible"}, "never": set()}


class ExitStatus(IntEnum):
    OK = 0  # no finding at or above the failing level
    FINDINGS = 1  # at least one such finding, not waived by a baseline
    # usage, configuration or output error, no readable source (or, if asked, a source not fully checked)
    ERROR = 2


def reaches(verdict: str, fail_on: str = "conflict") -> bool:
    """Tell whether a verdict is at or above the failing level."""
    return verdict in _LEVELS[fail_on]


def failing(result: Result, fail_on: str = "conflict") -> List[Finding]:
    """Return the findings that reach `fail_on` and are not waived by the baseline."""
    waived = set(result.waived)
    return [f for f in result.findings if reaches(f.verdict, fail_on) and f.id not in waived]


def severity(verdict: str, waived: bool, fail_on: str = "conflict") -> str:
    """Return how CI formats flag a finding: error (fails the check), warning, note or none."""
    if verdict == "agreement":
        return "none"
    if waived:
        return "note"
    return "error" if reaches(verdict, fail_on) else "warning"


def incomplete(result: Result) -> List[str]:
    """Return the paths of the sources that could not be fully checked (they have errors)."""
    return [source.path for source in result.sources if source.errors]


def extract_status(sources: Sequence[Source], fail_on_error: bool = False) -> ExitStatus:
    """Return the exit status of `crosscheck extract`: ERROR only when asked to fail on a source
    that could not be fully read (as `exit_status` with `fail_on_error`), else OK."""
    return ExitStatus.ERROR if fail_on_error and any(source.errors for source in sources) else ExitStatus.OK


def exit_status(result: Result, fail_on: str = "conflict", fail_on_error: bool = False) -> ExitStatus:
    """Return the exit status of a finished check.

    The public contract keeps 1 for "findings" and 2 for errors that leave nothing to report,
    so a source with errors is listed with them and leaves the status to the findings. With
    `fail_on_error` (the CLI's --fail-on-error, as flake8's E902) such a source is ERROR: its
    findings may be missing, so neither "no conflict" nor "conflicts" is the whole truth.
    Otherwise FINDINGS when a finding not waived by the baseline reaches `fail_on`, else OK.
    """
    if fail_on_error and incomplete(result):
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if failing(result, fail_on) else ExitStatus.OK
