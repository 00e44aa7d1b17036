"""Clustering: union-find over the scored pairs, refusing a merge of claims told apart."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ..entities.canonical import fold
from ..model import Claim
from .keys import _STOPWORDS, _WORD, Key
from .scoring import Table, _clash, any_unrelated, one_event, pair_scores, related, telling

ENTITY_PAIRS = 64  # claims of one entity key paired with every other; past that, with the rest
# Clusters with this many signatures or more keep them indexed for `Clusters._unrelated`; a
# smaller one is checked pair by pair (`any_unrelated`), which costs less than an index.
INDEXED = 16


def join_entities(block: list[int], keys: list[Key], clusters: Clusters) -> None:
    by_key: dict[tuple[str, str], list[int]] = {}
    for i in block:
        if keys[i].subject and keys[i].attribute:
            by_key.setdefault((keys[i].subject, keys[i].attribute), []).append(i)
    for members in by_key.values():
        for i in members[1:]:
            clusters.join(members[0], i, 100.0)
        # Claims of one subject and attribute are each other's direct partners.
        pairs = [(a, b) for n, a in enumerate(members[:ENTITY_PAIRS]) for b in members[n + 1:]
                 if keys[a].source != keys[b].source]
        if pairs:
            first, second = np.array(pairs, dtype=np.int64).T
            clusters.add_edges(first, second, np.full(len(pairs), np.nan))


def score_windows(table: Table, windows: Iterable[list[int]], threshold: float) -> Iterator[tuple]:
    """Yield `pair_scores` of each window, in order: what `join_scored` joins."""
    for window in windows:
        yield pair_scores(table, np.array(window), threshold)


def join_scored(window: list[int], scored: tuple, clusters: Clusters) -> None:
    """Join the pairs of the window that scored at the threshold (`pair_scores`), best first."""
    claims = np.array(window)
    rows, cols, found, similarity = scored
    clusters.add_edges(claims[rows], claims[cols], similarity)
    # Two claims already in one cluster stay so: many pairs of a window are, and a join would
    # only find that out. Skipping them leaves the joins that do happen, and their order, alone.
    roots = np.array([clusters.find(i) for i in window])
    apart = roots[rows] != roots[cols]
    rows, cols, found = rows[apart], cols[apart], found[apart]
    order = np.lexsort((cols, rows, -found))  # best first, then by position
    rows, cols, found = rows[order], cols[order], found[order]
    # Most pairs link two clusters an earlier pair of the window already tried (9 in 10 on
    # news-like text): until a merge changes the clusters, the same two clusters get the same
    # answer, so such a pair is skipped on its clusters at the window's start, without a find.
    linking = (roots[rows] * len(clusters.parent) + roots[cols]).tolist()
    tried: set[int] = set()
    for a, b, score, link in zip(claims[rows].tolist(), claims[cols].tolist(), found.tolist(), linking):
        if link not in tried:
            if clusters.join(a, b, score):
                tried.clear()
            else:
                tried.add(link)


class Clusters:
    """Union-find over claim indices that refuses a merge joining two claims told apart.

    Whether two claims are told apart depends only on their attribute, version, subject and
    sentence names, so each cluster keeps one claim per distinct such signature and a merge
    is checked against those few, however large the clusters grow.
    """

    def __init__(self, claims: Sequence[Claim], keys: list[Key]):
        self.keys = keys
        self.parent = list(range(len(claims)))
        # Members and signatures of the clusters of two or more claims only: a claim alone
        # is its own, and most claims of a large corpus stay alone.
        self.groups: dict[int, list[int]] = {}
        self.kinds: dict[int, dict[tuple, Key]] = {}
        self.best: dict[int, float] = {}
        self.scores: dict[tuple[int, ...], float] = {}
        self.refused: set[tuple[int, int, int, int]] = set()
        # Every pair scored at the threshold, a window at a time: claims a, claims b and the
        # similarity of their sentences (NaN for entities). Arrays, not a tuple per pair: the
        # pairs grow faster than the claims where many sources state one fact.
        self.edges: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        # The sentences of each cluster of two or more, with the written lists each holds there.
        self.sentences: dict[int, dict[str, set[str]]] = {}
        self.stated: dict[int, tuple] = {}  # root -> (attributes, versions) of its claims, see `_stated`
        self.indexes: dict[int, _Subjects] = {}  # root -> its signatures indexed, past INDEXED of them
        for claim_group in _written_lists(claims).values():
            for i in claim_group[1:]:
                self._union(self.find(claim_group[0]), self.find(i))

    def add_edges(self, first: np.ndarray, second: np.ndarray, similarity: np.ndarray) -> None:
        """Keep scored pairs (first[k], second[k]) and the similarity of their sentences."""
        if len(first):
            self.edges.append((first, second, similarity))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, score: float) -> bool:
        """Merge the clusters of a and b unless two of their claims are told apart; tell whether merged."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        # A refused merge stays refused while neither cluster grows; pairs from two large
        # clusters would otherwise check all their signatures again and again.
        attempt = (ra, self._size(ra), rb, self._size(rb))
        if attempt in self.refused:
            return False
        if (_one_sentence_apart(self._sentences(ra), self._sentences(rb))
                or self._told_apart(a, b, ra, rb)):
            self.refused.add(attempt)
            return False
        root = self._union(ra, rb)
        self.best[root] = max(score, self.best.pop(ra, 0.0), self.best.pop(rb, 0.0))
        return True

    def _told_apart(self, a: int, b: int, ra: int, rb: int) -> bool:
        """Tell whether two clusters hold claims told apart; for a pair of one telling value, by attributes.

        Two sources that give one specific value ("November 4, 2020"), or one date governed by
        a common word ("the 2020 elections", `one_event`), speak of one thing whatever subject
        each sentence seems to have.
        """
        # `any_told_apart` of the two clusters' signatures, its attribute and version part read
        # from the sets each cluster keeps: building them per attempt cost O(cluster) each time.
        (attributes_a, versions_a), (attributes_b, versions_b) = self._stated(ra), self._stated(rb)
        if _clash(set(attributes_a), set(attributes_b)) or _clash(set(versions_a), set(versions_b)):
            return True
        if telling(self.keys[a], self.keys[b]) or one_event(self.keys[a], self.keys[b]):
            return False
        return self._unrelated(ra, rb)

    def _unrelated(self, ra: int, rb: int) -> bool:
        """Return `any_unrelated` of two clusters' signatures, the larger one looked up in its index.

        A claim joining a cluster of hundreds of subjects would otherwise be weighed against
        each of them in Python at every attempt: that made alignment quadratic where clusters
        grow with the corpus (6 s at 1,000 generated documents, 54 s at 3,000, measured).
        """
        kinds_a, kinds_b = self._kinds(ra), self._kinds(rb)
        if len(kinds_a) > len(kinds_b):
            ra, rb, kinds_a, kinds_b = rb, ra, kinds_b, kinds_a
        if len(kinds_b) < INDEXED:
            return any_unrelated(list(kinds_a.values()), list(kinds_b.values()))
        index = self._index(rb)
        return any(a.subject and index.unrelated(a, kinds_b) for a in kinds_a.values())

    def _index(self, root: int) -> _Subjects:
        if root not in self.indexes:
            self.indexes[root] = _Subjects(self._kinds(root))
        return self.indexes[root]

    def _stated(self, root: int) -> tuple[frozenset, frozenset]:
        """Return the attributes and versions a cluster's claims state (`_union` keeps them)."""
        if root in self.stated:
            return self.stated[root]
        return frozenset((self.keys[root].attribute,)), frozenset((self.keys[root].version,))

    def _size(self, root: int) -> int:
        return len(self.groups[root]) if root in self.groups else 1

    def _kinds(self, root: int) -> dict[tuple, Key]:
        return self.kinds.get(root) or {_signature(self.keys[root]): self.keys[root]}

    def _sentences(self, root: int) -> dict[str, set[str]]:
        if root in self.sentences:
            return self.sentences[root]
        key = self.keys[root]
        return {key.sentence: {key.group}}

    def _union(self, ra: int, rb: int) -> int:
        if ra == rb:
            return ra
        if self._size(ra) < self._size(rb):
            ra, rb = rb, ra
        merged = self.sentences[ra] = self._sentences(ra)
        for sentence, lists in self._sentences(rb).items():
            merged.setdefault(sentence, set()).update(lists)
        self.sentences.pop(rb, None)
        self.parent[rb] = ra
        self.groups.setdefault(ra, [ra]).extend(self.groups.pop(rb, [rb]))
        self.kinds[ra] = self._kinds(ra)
        self._merge_indexes(ra, rb)
        self.kinds[ra].update(self._kinds(rb))
        self.kinds.pop(rb, None)
        (attributes_a, versions_a), (attributes_b, versions_b) = self._stated(ra), self._stated(rb)
        self.stated[ra] = attributes_a | attributes_b, versions_a | versions_b
        self.stated.pop(rb, None)
        return ra

    def _merge_indexes(self, ra: int, rb: int) -> None:
        """Give ra the index of both clusters' signatures, if either had one: the larger one grows."""
        index_a, index_b = self.indexes.pop(ra, None), self.indexes.pop(rb, None)
        if index_a is None and index_b is None:
            return
        if index_a is None or index_b is not None and len(index_b.all) > len(index_a.all):
            index_a, index_b, smaller = index_b, index_a, self.kinds[ra]
        else:
            smaller = self._kinds(rb)
        index_a.add_all(smaller)
        self.indexes[ra] = index_a

    def members(self) -> list[tuple[int, ...]]:
        found = []
        for root, members in self.groups.items():
            if len(members) > 1:
                key = tuple(sorted(members))
                self.scores[key] = self.best.get(root, 0.0)
                found.append(key)
        return found


class _Subjects:
    """A cluster's signatures that have a subject, by subject and by each name their clauses cover.

    `unrelated` then finds, for a claim, the signatures whose subjects it cannot be related
    to by names alone, with set operations in C instead of a loop over the cluster.
    """

    __slots__ = ("all", "by_subject", "covering")

    def __init__(self, kinds: dict[tuple, Key]):
        self.all: set[tuple] = set()
        self.by_subject: dict[str, set[tuple]] = {}
        self.covering: dict[str, set[tuple]] = {}  # name -> signatures whose `covers` hold it
        self.add_all(kinds)

    def add_all(self, kinds: dict[tuple, Key]) -> None:
        for signature, key in kinds.items():
            if key.subject and signature not in self.all:
                self.all.add(signature)
                self.by_subject.setdefault(key.subject, set()).add(signature)
                for name in key.covers:
                    self.covering.setdefault(name, set()).add(signature)

    def unrelated(self, a: Key, kinds: dict[tuple, Key]) -> bool:
        """Tell whether a claim with a subject is unrelated to one of the signatures (in `kinds`).

        A signature whose subject the claim's clause covers, or whose clause covers the
        claim's subject, is related to it (`related`); only the others are weighed one by one.
        """
        covered = [self.by_subject[name] for name in (a.subject, *a.covers) if name in self.by_subject]
        named = self.covering.get(a.subject, set()).union(*covered)
        if len(named) == len(self.all):
            return False
        return any(not related(a, kinds[signature]) for signature in self.all - named)


def _one_sentence_apart(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Tell whether two clusters hold different values of one sentence, not of one written list.

    "Treasury expects approximately half of this 0.7% increase": two values of one sentence
    are two facts, whatever else the clusters share; the dates of "April and July 2024" are
    one statement.
    """
    # Two clusters rarely share a sentence (most are of different sources): the shared ones
    # are found by one set intersection in C, which walks the smaller dict, not by a Python loop.
    if len(a) > len(b):
        a, b = b, a
    for sentence in a.keys() & b.keys():
        lists = a[sentence]
        if len(lists | b[sentence]) > 1 or "" in lists:
            return True
    return False


def _signature(key: Key) -> tuple:
    return key.attribute, key.version, key.subject, key.names


def _written_lists(claims: Sequence[Claim]) -> dict[str, list[int]]:
    lists: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.group:
            lists.setdefault(claim.group, []).append(i)
    return lists


def shared_words(claims: Sequence[Claim], members: Sequence[int]) -> list[str]:
    """Return the subject, the attribute and the context words two or more sources share."""
    seen: dict[str, set[str]] = {}
    for i in members:
        for word in set(_WORD.findall(claims[i].context.lower())) - _STOPWORDS:
            seen.setdefault(word, set()).add(claims[i].source)
    words = sorted(word for word, sources in seen.items() if len(sources) >= 2)
    first = claims[members[0]]
    named = [fold(first.subject), first.attribute] if first.kind == "entity" else []
    return list(dict.fromkeys(w for w in named + words if w))

