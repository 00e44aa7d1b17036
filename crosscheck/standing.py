"""Where each claim stands: the most severe finding it belongs to, or alone in its source.

One reading shared by the analyst tables, the HTML review and the per-source summary bars, so
that every output counts a claim the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterable, Optional, Tuple

from .model import VERDICTS, Claim, Finding, Result

ALONE = "single_source"  # a claim no other source speaks to: "stated by one source only"
STANDINGS = VERDICTS + (ALONE,)
RANK = {verdict: rank for rank, verdict in enumerate(VERDICTS)}  # the most severe first: conflict

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
            if key not in best or RANK[finding.verdict] < RANK[best[key].verdict]:
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
    if result.tally is not None:
        return _from_tally(result.tally, best, counts)
    for claim in result.claims:
        counts.setdefault(claim.source, dict.fromkeys(STANDINGS, 0))[standing(claim, best)] += 1
    return counts


@dataclass(frozen=True)
class Tally:
    """What the report needs of claims that stayed on the workers: how many each source has, and
    how many claims share offsets where more than one does (a claim's standing is its offsets')."""

    claims: Dict[str, int]
    shared: Dict[ClaimKey, int]

    def __add__(self, other: "Tally") -> "Tally":
        # Each source's claims are tallied in one place, so the two share no source.
        return Tally({**self.claims, **other.claims}, {**self.shared, **other.shared})


def tally_of(claims: Iterable[Claim]) -> Tally:
    """Tally `claims`: per source, and the offsets that more than one claim holds."""
    per_source: Dict[str, int] = {}
    keys: Dict[ClaimKey, int] = {}
    for claim in claims:
        per_source[claim.source] = per_source.get(claim.source, 0) + 1
        keys[claim_key(claim)] = keys.get(claim_key(claim), 0) + 1
    return Tally(per_source, {key: count for key, count in keys.items() if count > 1})


def _from_tally(tally: Tally, best: Dict[ClaimKey, Finding],
                counts: Dict[str, Dict[str, int]]) -> Dict[str, Dict[str, int]]:
    # The same counts as the loop over claims: a claim in no finding stands alone.
    for key, finding in best.items():
        counts.setdefault(key[0], dict.fromkeys(STANDINGS, 0))[finding.verdict] += tally.shared.get(key, 1)
    for source, total in tally.claims.items():
        standing_of = counts.setdefault(source, dict.fromkeys(STANDINGS, 0))
        standing_of[ALONE] = total - sum(standing_of[verdict] for verdict in VERDICTS)
    return counts
