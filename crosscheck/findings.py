"""Turn aligned groups into findings with verdicts and stable ids."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from .align import Group
from .compare.pairs import judge
from .config import Config
from .model import Claim, Finding

_VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agreement": 2}


def make_findings(claims: Sequence[Claim], groups: Sequence[Group],
                  config: Config | None = None) -> list[Finding]:
    """Compare every group; findings sorted by verdict, kind, subject and id."""
    config = config or Config()
    findings = []
    for group in groups:
        for judged in judge(claims, group.members, group.pairs, config):
            order = sorted(judged.members, key=lambda i: (claims[i].source, claims[i].start))
            members = tuple(claims[i] for i in order)
            findings.append(Finding(
                id=finding_id(members), verdict=judged.verdict, kind=members[0].kind,
                subject=_most_common(c.subject for c in members),
                attribute=_most_common(c.attribute for c in members),
                reason=judged.reason, claims=members, score=group.score, matched=group.matched,
                pair=tuple(order.index(i) for i in judged.pair),
            ))
    return ordered(findings)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings in the report's order: by verdict, kind, subject and id."""
    return sorted(findings, key=lambda f: (_VERDICT_ORDER[f.verdict], f.kind, f.subject, f.id))


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
