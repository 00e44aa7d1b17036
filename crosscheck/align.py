"""Align stage: group claims from different sources that are about the same thing.

Claims are blocked on (kind, unit), so only claims that could be about the same thing are
ever scored against each other. Inside a block, two claims join when they share subject and
attribute, or when their masked sentences are similar enough and no attribute tells them apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

import pandas as pd
from rapidfuzz import fuzz, process

from .model import Claim

THRESHOLD = 60.0  # token_set_ratio of masked sentences, 0-100
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOPWORDS = frozenset("the a an and or of in on at to for by with from as is was were be been "
                       "it its that this which who has had have but not".split())


@dataclass(frozen=True)
class Group:
    """Indices of aligned claims, the alignment score and the words their contexts share."""

    members: Tuple[int, ...]
    score: float
    matched: Tuple[str, ...]


def align(claims: Sequence[Claim], threshold: float = THRESHOLD) -> List[Group]:
    """Return the groups of claims that two or more sources state about one thing."""
    frame = _blocking_frame(claims)
    groups = []
    for _, block in frame.groupby("block", sort=True):
        if block["source"].nunique() < 2:
            continue
        for members in _clusters(block, threshold):
            if len({claims[i].source for i in members}) >= 2:
                groups.append(_group(claims, members))
    return sorted(groups, key=lambda g: g.members)


def _blocking_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    rows = [
        {"index": i, "source": c.source, "attribute": c.attribute, "context": c.context.lower(),
         "group": c.group,
         "subject": c.subject.lower(), "block": f"{c.kind}|{getattr(c.value, 'unit', '')}"}
        for i, c in enumerate(claims)
        if c.value is not None
    ]
    return pd.DataFrame(rows, columns=["index", "source", "subject", "attribute", "context", "group", "block"])


def _clusters(block: pd.DataFrame, threshold: float) -> List[Tuple[int, ...]]:
    indices = block["index"].tolist()
    parent = {i: i for i in indices}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    for _, same in block.groupby(["subject", "attribute"]):
        if same["subject"].iloc[0] and same["attribute"].iloc[0]:
            for i in same["index"].iloc[1:]:
                union(same["index"].iloc[0], i)
    for _, listed in block[block["group"] != ""].groupby("group"):
        for i in listed["index"].iloc[1:]:
            union(listed["index"].iloc[0], i)
    contexts, attributes = block["context"].tolist(), block["attribute"].tolist()
    subjects = block["subject"].tolist()
    scores = process.cdist(contexts, list(contexts), scorer=fuzz.token_set_ratio)
    for a in range(len(indices)):
        for b in range(a + 1, len(indices)):
            told_apart = _differ(attributes[a], attributes[b]) or _differ(subjects[a], subjects[b])
            if scores[a][b] >= threshold and not told_apart:
                union(indices[a], indices[b])
    clusters: Dict[int, List[int]] = {}
    for i in indices:
        clusters.setdefault(find(i), []).append(i)
    return [tuple(sorted(members)) for members in clusters.values()]


def _differ(a: str, b: str) -> bool:
    return bool(a and b and a != b)


def _group(claims: Sequence[Claim], members: Tuple[int, ...]) -> Group:
    contexts = [claims[i].context for i in members]
    pairs = [(a, b) for a in members for b in members if a < b and claims[a].source != claims[b].source]
    score = max((fuzz.token_set_ratio(claims[a].context, claims[b].context) for a, b in pairs), default=0.0)
    return Group(members, float(score), tuple(sorted(_shared_words(contexts))))


def _shared_words(contexts: List[str]) -> set:
    words = [set(_WORD.findall(c.lower())) - _STOPWORDS for c in contexts]
    return set.intersection(*words) if words else set()
