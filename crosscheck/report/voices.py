"""Who says what in a finding, said briefly however many sources take part.

A reason built by the compare stage names every source; with 180 sources that is a paragraph.
Reports for people say it as "3 of 180 sources say April 2024; the other 177 say 2024".
"""
from __future__ import annotations

from typing import Dict, List, Tuple

from ..display import show
from ..model import Finding

NAMED_SOURCES = 3  # a group of at most this many sources is named; a larger one is counted


def sayings(finding: Finding) -> List[Tuple[str, List[str]]]:
    """Return [(what is said, [source ids saying it])], the most said first."""
    by_source: Dict[str, List[str]] = {}
    for claim in finding.claims:
        values = by_source.setdefault(claim.source, [])
        shown = show(claim.value)
        if shown not in values:
            values.append(shown)
    groups: Dict[str, List[str]] = {}
    for source, values in by_source.items():
        groups.setdefault(" and ".join(values), []).append(source)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


def brief(finding: Finding) -> str:
    """Return who says what in one short sentence."""
    groups = sayings(finding)
    total = sum(len(sources) for _, sources in groups)
    if total <= 2 * NAMED_SOURCES:
        return "; ".join(f"{', '.join(sources)} {'says' if len(sources) == 1 else 'say'} {said}"
                         for said, sources in sorted(groups, key=lambda g: g[1][0]))
    parts = [_group(said, sources) for said, sources in groups[:3]]
    rest = sum(len(sources) for _, sources in groups[3:])
    if len(groups) == 2:
        (common, many), (rare, few) = groups
        verb = "says" if len(few) == 1 else "say"
        return (f"{len(few)} of {total} sources {verb} {rare}{_names(few)}; "
                f"the other {len(many)} say {common}")
    if rest:
        parts.append(f"{rest} more say {len(groups) - 3} other values")
    return f"{total} sources: " + "; ".join(parts)


def _group(said: str, sources: List[str]) -> str:
    return f"{len(sources)} {'says' if len(sources) == 1 else 'say'} {said}{_names(sources)}"


def _names(sources: List[str]) -> str:
    return f" ({', '.join(sources)})" if len(sources) <= NAMED_SOURCES else ""
