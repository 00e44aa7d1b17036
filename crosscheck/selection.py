"""--select and --ignore: keep the findings of some kinds, verdicts or rule ids, as linters do.

A token is a kind (`date`), a verdict (`conflict`) or a rule id (`date-conflict`, the ids SARIF
uses). A finding is kept when any selected token names it (or nothing is selected) and no
ignored token does. The exit status is decided over the kept findings.
"""
from __future__ import annotations

from dataclasses import replace
from typing import FrozenSet, Iterable, Sequence

from .model import KINDS, VERDICTS, Finding, Result


def rule_id(kind: str, verdict: str) -> str:
    """Return the rule id of findings of a kind and verdict, as SARIF names its rules: "date-conflict"."""
    return f"{kind}-{verdict}"


TOKENS = tuple(KINDS) + tuple(VERDICTS) + tuple(rule_id(k, v) for k in KINDS for v in VERDICTS)


class SelectionError(ValueError):
    """A --select or --ignore token names no kind, verdict or rule."""


def tokens(values: Iterable[str]) -> FrozenSet[str]:
    """Return the tokens of comma-separated option values, each checked."""
    found = {token.strip().lower() for value in values for token in value.split(",") if token.strip()}
    unknown = sorted(found - set(TOKENS))
    if unknown:
        raise SelectionError(f"unknown kind, verdict or rule id: {', '.join(unknown)} "
                             f"(known: {', '.join(TOKENS)})")
    return frozenset(found)


def names(finding: Finding) -> FrozenSet[str]:
    """Return every token that names `finding`."""
    return frozenset({finding.kind, finding.verdict, rule_id(finding.kind, finding.verdict)})


def select(result: Result, selected: Sequence[str] = (), ignored: Sequence[str] = ()) -> Result:
    """Return `result` with only the findings selected and not ignored."""
    chosen, dropped = tokens(selected), tokens(ignored)
    if not chosen and not dropped:
        return result
    kept = tuple(f for f in result.findings
                 if (not chosen or names(f) & chosen) and not names(f) & dropped)
    return replace(result, findings=kept)
