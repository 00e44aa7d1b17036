"""The terminal report: findings grouped by verdict, each with its quotes."""
from __future__ import annotations

from typing import List

from ..display import describe, show
from ..model import Finding, Result

_HEADINGS = {"conflict": "CONFLICTS", "compatible": "COMPATIBLE", "agreement": "AGREEMENTS"}
QUOTE_WIDTH = 160


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return the terminal report."""
    lines: List[str] = [_header(result)]
    waived = set(result.waived)
    for verdict, heading in _HEADINGS.items():
        findings = [f for f in result.findings if f.verdict == verdict]
        if not findings:
            continue
        lines += ["", f"{heading} ({len(findings)})", ""]
        for finding in findings:
            lines += _finding(finding, finding.id in waived)
    lines += ["", _summary(result)]
    return "\n".join(lines) + "\n"


def _header(result: Result) -> str:
    errors = [f"  ! {s.path}: {e}" for s in result.sources for e in s.errors]
    head = f"crosscheck: {len(result.sources)} sources, {len(result.claims)} claims"
    return "\n".join([head] + errors)


def _finding(finding: Finding, waived: bool) -> List[str]:
    about = describe(finding.subject, finding.attribute)
    mark = " (accepted in baseline)" if waived else ""
    lines = [f"[{finding.id}] {finding.verdict} {finding.kind}: {about}{mark}",
             f"    {finding.reason}"]
    for claim in finding.claims:
        lines.append(f"    - {claim.source}:{claim.location or claim.line}  {show(claim.value)}")
        start, end = claim.start - claim.quote_start, claim.end - claim.quote_start
        lines.append(f"        \"{_excerpt(claim.quote, start, end)}\"")
    lines.append("")
    return lines


def _excerpt(quote: str, start: int, end: int) -> str:
    """Shorten a long sentence around the value, keeping the value visible."""
    quote = " ".join(quote.split()) if len(quote) <= QUOTE_WIDTH else quote
    if len(quote) <= QUOTE_WIDTH:
        return quote
    half = (QUOTE_WIDTH - (end - start)) // 2
    left, right = max(0, start - half), min(len(quote), end + half)
    snippet = " ".join(quote[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(quote) else "")


def _summary(result: Result) -> str:
    counts = result.summary
    text = ", ".join(f"{counts[v]} {v}" for v in ("conflict", "compatible", "agreement"))
    if result.waived:
        text += f" ({len(set(result.waived) & {f.id for f in result.findings})} accepted in baseline)"
    return f"summary: {text}"
