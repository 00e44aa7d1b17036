"""Verdicts from aligned pairs: a conflict needs two claims put side by side, not a cluster.

Alignment joins claims into clusters by chains of pairs, and a cluster can hold values
about different things (a plan's $1.7 trillion and the $1 trillion another party offers).
So a cluster is judged pair by pair, on the pairs alignment scored directly:

- a written list is one statement: its claims are judged together as one unit, so
  "Llama 3 (April 2024)" against "released in April and July 2024" stays a conflict;
- a pair of units that can both be true keeps both in the finding (agreement or compatible);
- a pair that cannot is a conflict only when alignment found strong identity evidence for
  it, and neither unit has a partner that allows it in the other's source: a value that the
  other source also states, somewhere in the cluster, says the two are about different things;
- units joined by no kept pair leave the finding; what stays connected is one finding.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from ..config import Config
from ..model import Claim
from . import describe, verdict_of, why_conflict

Pair = Tuple[int, int, bool]  # two claim indices and whether their identity evidence is strong


@dataclass(frozen=True)
class Judged:
    """One finding's claims (indices into the run's claims), its verdict and reason."""

    members: Tuple[int, ...]
    verdict: str
    reason: str
    pair: Tuple[int, ...] = ()  # the two claim indices that carry a conflict


def judge(claims: Sequence[Claim], members: Sequence[int], pairs: Sequence[Pair],
          config: Optional[Config] = None) -> List[Judged]:
    """Return the findings one aligned cluster makes, each judged on its directly aligned pairs."""
    config = config or Config()
    units = _units(claims, members)
    unit_of = {i: key for key, indices in units.items() for i in indices}
    verdicts: Dict[Tuple[str, str], str] = {}

    def relation(a: str, b: str) -> str:
        key = (a, b) if a <= b else (b, a)
        if key not in verdicts:
            members = units[a] + units[b]
            if len(members) == 2 and claims[members[0]].value == claims[members[1]].value:
                verdicts[key] = "agreement"  # most pairs: one value, nothing to weigh
            else:
                verdicts[key] = verdict_of([claims[i] for i in members], config)
        return verdicts[key]

    by_source: Dict[str, List[str]] = {}
    for key, indices in units.items():
        by_source.setdefault(claims[indices[0]].source, []).append(key)
    kept: List[Tuple[str, str]] = []
    conflicts: List[Tuple[str, str]] = []
    for i, j, strong in sorted(pairs):
        a, b = unit_of.get(i), unit_of.get(j)
        if a is None or b is None or a == b or claims[i].source == claims[j].source:
            continue
        if relation(a, b) != "conflict":
            kept.append((a, b))
        elif strong and not _allowed_elsewhere(a, b, units, by_source, claims, relation):
            kept.append((a, b))
            conflicts.append((a, b))
    return [_finding(component, units, conflicts, claims, config)
            for component in _components(kept, claims, units)]


def _units(claims: Sequence[Claim], members: Sequence[int]) -> Dict[str, List[int]]:
    """Group the members into statements: a written list is one, any other claim is its own."""
    units: Dict[str, List[int]] = {}
    for i in sorted(members):
        units.setdefault(claims[i].group or f"#{i}", []).append(i)
    return units


def _allowed_elsewhere(a: str, b: str, units: Dict[str, List[int]], by_source: Dict[str, List[str]],
                       claims: Sequence[Claim], relation) -> bool:
    """Tell whether either unit is consistent with another unit of the other's source in the cluster."""
    for mine, theirs in ((a, b), (b, a)):
        source = claims[units[theirs][0]].source
        if any(other != theirs and relation(mine, other) != "conflict" for other in by_source[source]):
            return True
    return False


def _components(edges: List[Tuple[str, str]], claims: Sequence[Claim],
                units: Dict[str, List[int]]) -> List[List[str]]:
    """Return the connected groups of units over the kept pairs that span two sources or more."""
    parent: Dict[str, str] = {}

    def find(u: str) -> str:
        while parent.setdefault(u, u) != u:
            u = parent[u]
        return u

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: Dict[str, List[str]] = {}
    for unit in parent:
        found.setdefault(find(unit), []).append(unit)
    return [sorted(group) for _, group in sorted(found.items())
            if len({claims[units[u][0]].source for u in group}) >= 2]


def _finding(component: List[str], units: Dict[str, List[int]], conflicts: List[Tuple[str, str]],
             claims: Sequence[Claim], config: Config) -> Judged:
    members = tuple(sorted(i for unit in component for i in units[unit]))
    says = describe([claims[i] for i in members])
    inside = [(a, b) for a, b in conflicts if a in component]
    if inside:
        a, b = inside[0]
        why = why_conflict([claims[i] for i in units[a] + units[b]], config)
        pair = (units[a][0], units[b][0])
        return Judged(members, "conflict", f"{says}. {why}", tuple(sorted(pair)))
    verdict = verdict_of([claims[i] for i in members], config)
    if verdict == "agreement":
        return Judged(members, verdict, f"{says}: the same value.")
    return Judged(members, "compatible", f"{says}: consistent, at different precision or bounds.")
