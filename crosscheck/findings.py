"""Turn aligned groups into findings with verdicts and stable ids."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from .align import Group
from .compare import tally
from .compare.pairs import Judged, judge
from .config import Config
from .model import Claim, Finding
from .standing import RANK


def make_findings(claims: Sequence[Claim], groups: Sequence[Group], config: Config | None = None,
                  judged_groups: Sequence[Sequence[Judged]] | None = None) -> list[Finding]:
    """Compare every group; findings sorted by verdict, kind, subject and id.

    `judged_groups`, when given, is what `judge` makes of each group, worked out elsewhere
    (an engine's worker processes).
    """
    config = config or Config()
    if judged_groups is None:
        judged_groups = [judge(claims, group.members, group.pairs, config) for group in groups]
    findings = []
    for group, judged_group in zip(groups, judged_groups):
        for judged in judged_group:
            order = sorted(judged.members, key=lambda i: (claims[i].source, claims[i].start))
            members = tuple(claims[i] for i in order)
            findings.append(Finding(
                id=finding_id(members), verdict=judged.verdict, kind=members[0].kind,
                subject=_most_common(c.subject for c in members),
                attribute=_most_common(c.attribute for c in members),
                reason=judged.reason, claims=members, score=group.score, matched=group.matched,
                pair=tuple(order.index(i) for i in judged.pair), tally=tally(members),
            ))
    return ordered(findings)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings in the report's order: by verdict, kind, subject and id."""
    return sorted(findings, key=lambda f: (RANK[f.verdict], f.kind, f.subject, f.id))


def finding_id(claims: Sequence[Claim]) -> str:
    """Hash what the claims say and where, but not their offsets: edits elsewhere keep the id."""
    key = sorted([c.source, c.kind, c.text, " ".join(c.quote.split())] for c in claims)
    return hashlib.sha1(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()[:10]


def _most_common(values: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return min(counts, key=lambda v: (-counts[v], v)) if counts else ""
