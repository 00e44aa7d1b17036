"""Where each claim stands: the most severe finding it belongs to, or alone in its source.

One reading shared by the analyst tables, the HTML review and the per-source summary bars, so
that every output counts a claim the same way.
"""
from __future__ import annotations

from typing import Dict, Iterable, Optional, Tuple

from .model import VERDICTS, Claim, Finding, Result

ALONE = "single_source"  # a claim no other source speaks to: "stated by one source only"
STANDINGS = VERDICTS + (ALONE,)
_RANK = {verdict: rank for rank, verdict in enumerate(VERDICTS)}  # conflict first

ClaimKey = Tuple[str, int, int]


def claim_key(claim: Claim) -> ClaimKey:
    """Return what identifies a claim within a run: its source and its offsets."""
    return claim.source, claim.start, claim.end


def claim_findings(findings: Iterable[Finding]) -> Dict[ClaimKey, Finding]:
    """Map each claim in a finding to the most severe finding it belongs to (first one on ties)."""
    best: Dict[ClaimKey, Finding] = {}
    for finding in findings:
        for claim in finding.claims:
            key = claim_key(claim)
            if key not in best or _RANK[finding.verdict] < _RANK[best[key].verdict]:
                best[key] = finding
    return best


def standing(claim: Claim, best: Dict[ClaimKey, Finding]) -> str:
    """Return a claim's verdict, or ALONE when no finding holds it."""
    finding: Optional[Finding] = best.get(claim_key(claim))
    return finding.verdict if finding else ALONE


def per_source(result: Result) -> Dict[str, Dict[str, int]]:
    """Count, per source, its claims by standing: conflict, compatible, agreement, single_source."""
    best = claim_findings(result.findings)
    counts = {source.id: dict.fromkeys(STANDINGS, 0) for source in result.sources}
    for claim in result.claims:
        counts.setdefault(claim.source, dict.fromkeys(STANDINGS, 0))[standing(claim, best)] += 1
    return counts
