"""Align stage: group claims from different sources that are about the same thing.

The stage is four steps, one module each: `blocking` (which claims may meet: the same kind
and unit, in windows of a large block), `keys` (a claim's identity, worked out once),
`scoring` (how strongly two claims are about one thing: `score(a, b)` and its fast path over
a window) and `clusters` (union-find over the pairs that score, refusing a merge of two
claims told apart). Entity claims align on their attribute and canonical subject alone
("Khajuria" / "name spelling").
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from ..model import Claim
from .blocking import WINDOW, blocks, scored_pairs, vague, windows
from .clusters import Clusters, join_entities, join_scored, score_windows, shared_words
from .keys import Key, interval, keys_of
from .scoring import THRESHOLD, Table, any_told_apart, related, strong_pairs, told_apart

__all__ = ["Group", "Scorer", "align", "blocks", "vague", "scored_pairs", "WINDOW", "THRESHOLD", "interval",
           "Key", "keys_of", "Table", "related", "told_apart", "any_told_apart"]


@dataclass(frozen=True)
class Group:
    """Indices of aligned claims, the alignment score and the words their contexts share."""

    members: tuple[int, ...]
    score: float
    matched: tuple[str, ...]
    # The pairs alignment put side by side directly: (a, b, strong), strong when their identity
    # evidence is enough for different values to be a conflict (`scoring.strong`).
    pairs: tuple[tuple[int, int, bool], ...] = ()


_SLICE = 65_536  # pairs made into tuples at a time

# Scores the windows of claims given in order and yields `pair_scores` of each, in that order:
# `score_windows` in this process, or a pool of processes (`engines.local`).
Scorer = Callable[[Table, list[list[int]], float], Iterator[tuple]]


def align(claims: Sequence[Claim], threshold: float = THRESHOLD,
          scorer: Scorer = score_windows) -> list[Group]:
    """Return the groups of claims that two or more sources state about one thing.

    Scoring a window depends on its claims alone, so `scorer` may score the windows anywhere;
    their pairs are joined here in window order, so the groups are the same wherever.
    """
    with _collector_paused():
        return _align(claims, threshold, scorer)


@contextmanager
def _collector_paused():
    # Alignment makes hundreds of thousands of small tuples, sets and lists and no reference
    # cycles; left on, the cycle collector would walk every claim of the corpus several times
    # over (12-26% of align() on 1000 generated documents, measured).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _align(claims: Sequence[Claim], threshold: float, scorer: Scorer) -> list[Group]:
    keys = keys_of(claims)
    table = Table(keys)
    clusters = Clusters(claims, keys)
    aligned = [block for block in blocks(claims).values() if len({keys[i].source for i in block}) >= 2]
    # Entity blocks join on their keys alone (an empty list of windows); the others are scored.
    plans = [[] if claims[block[0]].kind == "entity" else windows(block, claims, keys) for block in aligned]
    scores = scorer(table, [window for plan in plans for window in plan], threshold)
    for block, plan in zip(aligned, plans):  # in the order the windows were scored
        if not plan:
            join_entities(block, keys, clusters)
        for window in plan:
            join_scored(window, next(scores), clusters)
    pairs = _pairs_by_cluster(clusters, claims, table)
    groups = [Group(members, round(clusters.scores.get(members, 0.0), 1),
                    tuple(shared_words(claims, members)), tuple(pairs.get(clusters.find(members[0]), ())))
              for members in clusters.members() if len({claims[i].source for i in members}) >= 2]
    return sorted(groups, key=lambda g: g.members)


def _pairs_by_cluster(clusters: Clusters, claims: Sequence[Claim],
                      table: Table) -> dict[int, list[tuple[int, int, bool]]]:
    """Return the scored pairs inside each cluster, each once, with whether its evidence is strong."""
    if not clusters.edges:
        return {}
    roots = np.array([clusters.find(i) for i in range(len(claims))])
    # The pairs inside a cluster, window by window: concatenating every scored pair first
    # held them all, and their copies, at once (most of alignment's peak memory).
    inside = [_inside(roots, first, second, similarity) for first, second, similarity in clusters.edges]
    clusters.edges.clear()
    codes, similarity = (np.concatenate(part) for part in zip(*inside))
    # Sorted by (a, b), each once: one code per pair sorts as the pairs do, and np.unique of
    # a flat array is many times quicker than of rows (axis=0).
    codes, once = np.unique(codes, return_index=True)
    similarity = similarity[once]
    low, high = np.divmod(codes, len(claims))
    # Entity claims pair on subject and attribute alone: strong by construction. Strength
    # decides only whether different values conflict: one value needs none.
    entity = np.array([claim.kind == "entity" for claim in claims])[low]
    weighed = np.flatnonzero(~entity & (table.value[low] != table.value[high]))
    strength = entity.copy()
    strength[weighed] = strong_pairs(table, low[weighed], high[weighed], similarity[weighed])
    found: dict[int, list[tuple[int, int, bool]]] = {}
    # The pairs outlive alignment (compare reads them): each holds one shared int object per
    # claim, where tolist() makes a new one per pair and side (13 of the 59 MiB alignment
    # keeps at 3,000 generated documents, measured). They are made a slice at a time: four
    # lists of every pair at once were a quarter of alignment's peak there.
    number = list(range(len(claims)))
    for start in range(0, len(low), _SLICE):
        part = slice(start, start + _SLICE)
        for root, a, b, strong in zip(roots[low[part]].tolist(), low[part].tolist(), high[part].tolist(),
                                      strength[part].tolist()):
            found.setdefault(root, []).append((number[a], number[b], strong))
    return found


def _inside(roots: np.ndarray, first: np.ndarray, second: np.ndarray,
            similarity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the pairs of one window that ended in one cluster, as codes low * claims + high."""
    inside = roots[first] == roots[second]
    first, second = first[inside], second[inside]
    return np.minimum(first, second) * len(roots) + np.maximum(first, second), similarity[inside]
