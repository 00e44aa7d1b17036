"""A Markdown report, for a pull-request comment."""
from __future__ import annotations

from typing import List

from ..display import show
from ..model import Finding, Result

_ICONS = {"conflict": "❌", "compatible": "≈", "agreement": "✅"}


def render(result: Result) -> str:
    counts = result.summary
    lines = ["## crosscheck report", "",
             f"{len(result.sources)} sources, {len(result.claims)} claims: "
             f"**{counts['conflict']} conflict**, {counts['compatible']} compatible, "
             f"{counts['agreement']} agreement", ""]
    for finding in result.findings:
        lines += _finding(finding)
    return "\n".join(lines) + "\n"


def _finding(finding: Finding) -> List[str]:
    about = " / ".join(part for part in (finding.subject, finding.attribute) if part)
    lines = [f"### {_ICONS[finding.verdict]} {finding.verdict}: {_escape(about)} ({finding.kind}, `{finding.id}`)",
             "", _escape(finding.reason), "", "| source | line | value | quote |", "|---|---|---|---|"]
    for claim in finding.claims:
        lines.append(f"| {claim.source} | {claim.line} | {_escape(show(claim.value))} | {_escape(' '.join(claim.quote.split()))} |")
    return lines + [""]


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
