"""Verdicts from aligned pairs: a conflict needs two claims put side by side, not a cluster.

Alignment joins claims into clusters by chains of pairs, and a cluster can hold values
about different things (a plan's $1.7 trillion and the $1 trillion another party offers).
So a cluster is judged pair by pair, on the pairs alignment scored directly:

- a written list is one statement: its claims are judged together as one unit, so
  "Llama 3 (April 2024)" against "released in April and July 2024" stays a conflict;
- a pair of units that can both be true keeps both in the finding (agreement or compatible);
- a pair that cannot is a conflict only when alignment found strong identity evidence for
  it, and neither unit has a partner that allows it in the other's source: a value that the
  other source also states about the same thing says the two are about different things. Only
  a partner put side by side with the unit directly, as surely (a strong pair, or the same
  value), counts: a claim only loosely related ("Earlier this year" beside "released a final
  rule Friday") or joined through the cluster says nothing about what the unit is about;
- units joined by no kept pair leave the finding; what stays connected is one finding.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..config import Config
from ..model import Claim
from . import describe, plain_verdict_of, statement, verdict_of, why_conflict

Pair = Tuple[int, int, bool]  # two claim indices and whether their identity evidence is strong


@dataclass(frozen=True)
class Judged:
    """One finding's claims (indices into the run's claims), its verdict and reason."""

    members: Tuple[int, ...]
    verdict: str
    reason: str
    pair: Tuple[int, ...] = ()  # the two claim indices that carry a conflict


def judge(claims: Sequence[Claim], members: Sequence[int], pairs: Sequence[Pair],
          config: Optional[Config] = None, plain: bool = False) -> List[Judged]:
    """Return the findings one aligned cluster makes, each judged on its directly aligned pairs.

    `plain` weighs every pair of units and every finding source against source: the
    specification that the default (each distinct statement weighed once) must equal.
    """
    config = config or Config()
    units = _units(claims, members)
    unit_of = {i: key for key, indices in units.items() for i in indices}
    verdict = plain_verdict_of if plain else verdict_of
    relation = _relations(claims, units, config, verdict, plain)
    kept: List[Tuple[str, str]] = []
    candidates: List[Tuple[str, str]] = []  # pairs that cannot both be true, on strong evidence
    allows: List[Tuple[str, str, str, str]] = []  # pairs that surely can: (a, b, source of a, source of b)
    for i, j, strong in sorted(pairs):
        a, b = unit_of.get(i), unit_of.get(j)
        source_a, source_b = claims[i].source, claims[j].source
        if a is None or b is None or a == b or source_a == source_b:
            continue
        found = relation(a, b)
        if found != "conflict":
            kept.append((a, b))
            if strong or found == "agreement":
                allows.append((a, b, source_a, source_b))
        elif strong:
            candidates.append((a, b))
    conflicts: List[Tuple[str, str]] = []
    if candidates:  # most clusters have none: the partners are looked for only where one is
        allowing = _allowing(allows, _wanted(candidates, units, claims))
        conflicts = [(a, b) for a, b in candidates if not _allowed_elsewhere(a, b, units, claims, allowing)]
        kept += conflicts
    components = _components(kept, claims, units)
    first = _first_conflicts(components, conflicts)
    return [_finding(component, units, first.get(n), claims, config, verdict)
            for n, component in enumerate(components)]


def _relations(claims: Sequence[Claim], units: Dict[str, List[int]], config: Config,
               verdict, plain: bool) -> Callable[[str, str], str]:
    """Return how two units of different sources relate, each pair weighed once."""
    verdicts: Dict[Tuple[str, str], str] = {}
    # Units that give the same values relate alike: a thousand sources stating one date make
    # a thousand units but a handful of statements, so each pair of statements is weighed once.
    # Each distinct statement is numbered once: a pair of numbers is hashed in a step, where a
    # pair of statements hashed each of their values at every look-up.
    numbers: Dict[tuple, int] = {}
    statements = {} if plain else {key: numbers.setdefault(statement(claims[i] for i in indices),
                                                           len(numbers)) for key, indices in units.items()}
    weighed: Dict[Tuple[int, int], str] = {}
    # The value of a one-claim unit as a number, so the commonest pair (one value each, equal)
    # costs an integer comparison, not a dataclass one.
    numbered: Dict[object, int] = {}
    alone = {key: numbered.setdefault(claims[indices[0]].value, len(numbered))
             for key, indices in units.items() if len(indices) == 1}

    def relation(a: str, b: str) -> str:
        if alone.get(a, -1) == alone.get(b, -2):
            return "agreement"  # most pairs: one value each, the same, nothing to weigh
        key = (a, b) if a <= b else (b, a)
        if key not in verdicts:
            members = units[a] + units[b]
            if plain:
                verdicts[key] = verdict([claims[i] for i in members], config)
            else:
                both = (statements[a], statements[b])
                if both not in weighed:
                    weighed[both] = verdict([claims[i] for i in members], config)
                verdicts[key] = weighed[both]
        return verdicts[key]

    return relation


def _first_conflicts(components: List[List[str]],
                     conflicts: List[Tuple[str, str]]) -> Dict[int, Tuple[str, str]]:
    """Return the first conflict pair (in pair order) inside each component, by component number."""
    component_of = {unit: n for n, component in enumerate(components) for unit in component}
    first: Dict[int, Tuple[str, str]] = {}
    for a, b in conflicts:
        if a in component_of:
            first.setdefault(component_of[a], (a, b))
    return first


def _units(claims: Sequence[Claim], members: Sequence[int]) -> Dict[str, List[int]]:
    """Group the members into statements: a written list is one, any other claim is its own."""
    units: Dict[str, List[int]] = {}
    for i in sorted(members):
        units.setdefault(claims[i].group or f"#{i}", []).append(i)
    return units


def _allowed_elsewhere(a: str, b: str, units: Dict[str, List[int]], claims: Sequence[Claim],
                       allowing: Dict[Tuple[str, str], set]) -> bool:
    """Tell whether either unit is surely allowed by another unit of the other's source (`_allowing`)."""
    for mine, theirs in ((a, b), (b, a)):
        if any(other != theirs for other in allowing.get((mine, claims[units[theirs][0]].source), ())):
            return True
    return False


def _wanted(candidates: List[Tuple[str, str]], units: Dict[str, List[int]], claims: Sequence[Claim]) -> set:
    """Return the units of conflicting pairs that another unit of their partner's source might allow.

    A source with one unit in the cluster (most, where many sources state one fact once) has
    no other to allow anything: its partners need no looking for.
    """
    source_of = {unit: claims[indices[0]].source for unit, indices in units.items()}
    held = Counter(source_of.values())
    wanted = set()
    for a, b in candidates:
        if held[source_of[b]] > 1:
            wanted.add(a)
        if held[source_of[a]] > 1:
            wanted.add(b)
    return wanted


def _allowing(allows: List[Tuple[str, str, str, str]], wanted: set) -> Dict[Tuple[str, str], set]:
    """Return (unit, source) -> the units of that source that surely allow the unit, for the wanted units.

    A partner surely allows a unit when the two are paired directly, can both be true, and
    the pair is strong or gives one value (`allows`, in `judge`). Only the units of a
    conflicting pair are wanted, and two partners of each: enough to tell whether one
    besides a given unit allows it, where a dense cluster (many sources, one fact) has thousands.
    """
    found: Dict[Tuple[str, str], set] = {}
    if not wanted:
        return found
    for a, b, source_a, source_b in allows:
        for mine, other, source in ((a, b, source_b), (b, a, source_a)):
            if mine in wanted:
                partners = found.setdefault((mine, source), set())
                if len(partners) < 2:
                    partners.add(other)
    return found


def _components(edges: List[Tuple[str, str]], claims: Sequence[Claim],
                units: Dict[str, List[int]]) -> List[List[str]]:
    """Return the connected groups of units over the kept pairs that span two sources or more."""
    parent: Dict[str, str] = {}

    def find(u: str) -> str:
        while parent.setdefault(u, u) != u:
            parent[u] = parent[parent[u]]  # halve the path: long chains stay short
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


def _finding(component: List[str], units: Dict[str, List[int]], conflict: Optional[Tuple[str, str]],
             claims: Sequence[Claim], config: Config, verdict) -> Judged:
    members = tuple(sorted(i for unit in component for i in units[unit]))
    says = describe([claims[i] for i in members])
    if conflict:
        a, b = conflict
        why = why_conflict([claims[i] for i in units[a] + units[b]], config)
        pair = (units[a][0], units[b][0])
        return Judged(members, "conflict", f"{says}. {why}", tuple(sorted(pair)))
    if verdict([claims[i] for i in members], config) == "agreement":
        return Judged(members, "agreement", f"{says}: the same value.")
    return Judged(members, "compatible", f"{says}: consistent, at different precision or bounds.")
