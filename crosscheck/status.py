"""The exit status of `crosscheck check`, decided in exactly one function."""
from __future__ import annotations

from enum import IntEnum

from .model import Result

_LEVELS = {"conflict": {"conflict"}, "compatible": {"conflict", "compatible"}, "never": set()}


class ExitStatus(IntEnum):
    OK = 0  # no finding at or above the failing level
    FINDINGS = 1  # at least one such finding, not waived by a baseline
    ERROR = 2  # usage or configuration error, or no readable source


def exit_status(result: Result, fail_on: str = "conflict") -> ExitStatus:
    """Return FINDINGS when a finding not waived by the baseline reaches `fail_on`."""
    failing, waived = _LEVELS[fail_on], set(result.waived)
    if any(f.verdict in failing and f.id not in waived for f in result.findings):
        return ExitStatus.FINDINGS
    return ExitStatus.OK
