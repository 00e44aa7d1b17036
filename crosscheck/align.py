"""Align stage: group claims from different sources that are about the same thing.

Claims are blocked on kind and unit, so a date never meets a figure and dollars never meet
GPUs. Entity claims align on their attribute and canonical subject alone ("Khajuria" /
"name spelling"). Date and figure claims are scored pairwise inside a block by the
similarity of their masked sentences (`rapidfuzz`), plus a bonus when they share their
subject or attribute; a pair joins at `threshold` or above unless something tells the two
apart (a different attribute, year qualifier or model version). Blocks larger than
`WINDOW` are scored in sliding windows over two sort orders (the sorted-neighbourhood
method), so the cost grows with claims x WINDOW, not claims squared.

Each claim's keys are worked out once (`_keys`) and turned into integer codes once
(`_Table`), so a window is numpy indexing: pairs with unrelated subjects are set aside on
the window matrix, the evidence of the others is weighed pair by pair, and the sentences
are compared only for the pairs that can still reach the threshold. A merge of two
clusters is checked against their distinct signatures, not claim by claim.
"""
from __future__ import annotations

import gc
import math
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from .context import clause, names, undivided
from .entities.canonical import fold, merge_keys, organisation, person
from .model import Claim, DateValue, FigureValue

THRESHOLD = 60.0  # combined score, 0-100
CONTEXT_WEIGHT = 0.4  # share of the masked sentences' similarity (0-100) in the score
SUBJECT_BONUS = 35.0  # both claims have the same subject
RELATED_BONUS = 25.0  # one claim's subject is named in the other's sentence
ATTRIBUTE_BONUS = 25.0  # both claims say the same attribute
VALUE_BONUS = 15.0  # both claims give the same value
OVERLAP_BONUS = 10.0  # the values overlap ("July 2023" / "July 18, 2023") without being the same
VAGUE_SPAN = 10.0  # a figure whose high is this many times its low ("thousands of") is vague
VERSION_BONUS = 10.0  # both subjects carry the same version number ("Llama 2"): a precise name
WINDOW = 256  # claims scored together at most, in a large block
_ROUNDING = 0.01  # a pair whose best score is this far under the threshold is still scored: float32 errs less
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]+")
_STOPWORDS = frozenset(
    [
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "is", "was", "were", "be", "been", "it", "its", "that", "this", "which", "who", "has", "had",
        "have", "are", "but", "not", "date", "figure", "entity", "he", "she", "they", "we", "his", "her",
        "their", "our", "would", "will", "could", "can", "may", "more", "than", "over", "about", "also",
        "just", "only", "into", "after", "before", "when", "while"
    ])


@dataclass(frozen=True)
class Group:
    """Indices of aligned claims, the alignment score and the words their contexts share."""

    members: tuple[int, ...]
    score: float
    matched: tuple[str, ...]


class _Key(NamedTuple):
    """What alignment looks at in one claim, computed once (a tuple: a million of them fit)."""

    source: str
    subject: str  # canonical subject
    attribute: str
    version: str  # the subject when it carries a version number ("llama 3.1"), else ""
    context: str  # the masked sentence's content words, lower case, sorted
    value: str
    low: float  # the value as an interval of floats, for a quick overlap test
    high: float
    names: frozenset  # canonical names in the clause that holds the value
    covers: frozenset  # the subject, the names and each one's trailing words: what they can name


def align(claims: Sequence[Claim], threshold: float = THRESHOLD) -> list[Group]:
    """Return the groups of claims that two or more sources state about one thing."""
    with _collector_paused():
        return _align(claims, threshold)


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


def _align(claims: Sequence[Claim], threshold: float) -> list[Group]:
    keys = _keys(claims)
    table = _Table(keys)
    clusters = _Clusters(claims, keys)
    for block in blocks(claims).values():
        if len({keys[i].source for i in block}) < 2:
            continue
        if claims[block[0]].kind == "entity":
            _join_entities(block, keys, clusters)
        else:
            for window in _windows(block, claims, keys):
                _join_scored(window, table, clusters, threshold)
    groups = [Group(members, round(clusters.scores.get(members, 0.0), 1),
                    tuple(shared_words(claims, members)))
              for members in clusters.members() if len({claims[i].source for i in members}) >= 2]
    return sorted(groups, key=lambda g: g.members)


def _keys(claims: Sequence[Claim]) -> list[_Key]:
    # Claims repeat their subjects, sentences and contexts: each distinct one is worked out
    # once, and equal strings and name sets become one object, which keeps a million keys small.
    about_people = [_about_person(claim) for claim in claims]
    people = {name: person(name) for name in {c.subject for c, about in zip(claims, about_people) if about}}
    merged = merge_keys(people.values())
    shared: dict = {}
    share = lambda thing: shared.setdefault(thing, thing)  # noqa: E731
    organisations, one_clause = _Once(lambda name: share(organisation(name))), _Once(undivided)
    tails, versions = _Once(_tails), _Once(_version)
    words = _Once(lambda context: share(content_words(context)))
    sentence_names = _Once(lambda text: share(frozenset(organisations[name] for _, name in names(text))))
    covers: dict[tuple[str, frozenset], frozenset] = {}
    clauses = [claim.quote if one_clause[claim.quote] else _own_clause(claim) for claim in claims]
    # The names cache of `context` still holds the last sentences the claims stage read: asked
    # for first, they are found there; asked for in order, the first ones would push them out.
    sentence_names.fill(reversed(dict.fromkeys(clauses)))
    keys = []
    for claim, text, about in zip(claims, clauses, about_people):
        subject = merged[people[claim.subject]] if about else organisations[claim.subject]
        if claim.attribute == "name spelling":  # "Tim Cook" and "Chris Cook" are two people
            subject = share(subject + " " + fold(claim.value.text)[:1])
        found = sentence_names[text]
        if (subject, found) not in covers:  # the subject and the names of its clause
            covers[subject, found] = tails[subject].union(*map(tails.__getitem__, found))
        keys.append(_Key(claim.source, subject, claim.attribute, versions[subject], words[claim.context],
                         share(repr(claim.value)), *interval(claim.value), found, covers[subject, found]))
    return keys


class _Once(dict):
    """The results of a function by argument, each computed on its first use."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, argument):
        result = self[argument] = self.function(argument)
        return result

    def fill(self, arguments: Iterable) -> None:
        """Compute the results for the arguments, in their order."""
        for argument in arguments:
            self[argument]  # __missing__ computes and keeps it


def _version(subject: str) -> str:
    """Return the subject when it carries a version number ("llama 3.1"), else ""."""
    return subject if _DIGIT.search(subject) else ""


def _tails(name: str) -> frozenset:
    """Return what a name covers: "Mark Zuckerberg" stands for itself and for "Zuckerberg"."""
    # split(" ") keeps the empty words of repeated spaces, so each tail is the text after a space.
    words = name.split(" ")
    return frozenset(" ".join(words[start:]) for start in range(len(words)))


def interval(value) -> tuple[float, float]:
    """Return a date or figure as (low, high) floats; open sides are infinite."""
    # One type test instead of four getattr and two hasattr: it is asked of every claim.
    if isinstance(value, DateValue):
        start, end = value.start, value.end
        return (float(start.toordinal()) if start else -math.inf, float(end.toordinal()) if end else math.inf)
    if isinstance(value, FigureValue):
        low, high = value.low, value.high
        return -math.inf if low is None else float(low), math.inf if high is None else float(high)
    return -math.inf, math.inf


def content_words(context: str) -> str:
    """Reduce a masked sentence to its sorted content words, cut to six letters ("releas")."""
    return " ".join(sorted({w[:6] for w in _WORD.findall(context.lower()) if w not in _STOPWORDS}))


def _own_clause(claim: Claim) -> str:
    """Return the clause of the claim's sentence that holds its value."""
    offset = claim.start - claim.quote_start
    start, stop = clause(claim.quote, offset, offset + len(claim.text))
    return claim.quote[start:stop]


def _about_person(claim: Claim) -> bool:
    attribute = claim.attribute
    return claim.kind == "entity" and (attribute == "name spelling" or attribute.startswith("role"))


def blocks(claims: Sequence[Claim]) -> dict[tuple, list[int]]:
    """Return the indices of the claims alignment may join, by block: (kind, unit)."""
    found: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.value is not None and not vague(claim):
            found.setdefault((claim.kind, getattr(claim.value, "unit", "")), []).append(i)
    return found


def vague(claim: Claim) -> bool:
    """Tell whether a claim is an open-ended figure in words that says nothing of what it counts.

    "For years" and "a few months" are true of almost anything; two sources using them are
    no evidence they speak of one thing.
    """
    return (claim.kind == "figure" and not claim.attribute and getattr(claim.value, "high", 0) is None
            and not any(char.isdigit() for char in claim.text))


def _join_entities(block: list[int], keys: list[_Key], clusters: _Clusters) -> None:
    by_key: dict[tuple[str, str], list[int]] = {}
    for i in block:
        if keys[i].subject and keys[i].attribute:
            by_key.setdefault((keys[i].subject, keys[i].attribute), []).append(i)
    for members in by_key.values():
        for i in members[1:]:
            clusters.join(members[0], i, 100.0)


def _windows(block: list[int], claims: Sequence[Claim], keys: list[_Key]) -> list[list[int]]:
    """Split a large block into overlapping windows along two sort orders."""
    if len(block) <= WINDOW:
        return [block]
    # The block is in claim order and sorting is stable: ties stay in claim order without
    # the index in every sort key.
    orders = [sorted(block, key=lambda i: (keys[i].subject, keys[i].attribute)),
              sorted(block, key=lambda i: _value_key(claims[i]))]
    return [order[start:start + WINDOW] for order in orders for start in _window_starts(len(order))]


def _window_starts(size: int) -> range:
    step = WINDOW // 2
    return range(0, size - step, step)


def scored_pairs(size: int) -> int:
    """Return how many pairs of claims alignment scores in a block of `size` claims."""
    if size <= WINDOW:
        return size * (size - 1) // 2
    return sum(2 * (min(WINDOW, size - start) * (min(WINDOW, size - start) - 1) // 2)
               for start in _window_starts(size))


def _value_key(claim: Claim) -> str:
    value = claim.value
    stated = getattr(value, "start", None) or getattr(value, "low", None) or getattr(value, "high", None)
    return f"{stated}"


def _join_scored(window: list[int], table: _Table, clusters: _Clusters, threshold: float) -> None:
    """Score the pairs of the window at once and join those at the threshold, best first."""
    claims = np.array(window)
    rows, cols, found = pair_scores(table, claims, threshold)
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


class _Sets:
    """One small set of integer codes per claim, stored flat so a window's sets are one gather."""

    def __init__(self, sets: Sequence[Sequence[int]]):
        self.lengths = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
        self.starts = np.cumsum(self.lengths) - self.lengths
        self.flat = np.fromiter(chain.from_iterable(sets), dtype=np.int64, count=int(self.lengths.sum()))

    def gather(self, window: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return the codes of the window's sets, flat, and the window position each belongs to."""
        lengths = self.lengths[window]
        return self.flat[_ranges(self.starts[window], lengths)], np.repeat(np.arange(len(window)), lengths)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Return the concatenated ranges [start, start + length), without a Python loop."""
    ends = np.cumsum(lengths)
    return np.arange(ends[-1] if len(ends) else 0) + np.repeat(starts - (ends - lengths), lengths)


class _Table:
    """The keys of all claims as arrays: a window's evidence is then indexing, not per-claim work.

    Strings become integer codes once (-1 for ""), so comparing two claims' subjects in a
    window is comparing two integers. The sets `related` looks in (`covers`, `names`) keep
    only the strings some claim has as its subject: no other can ever be found in them.
    """

    def __init__(self, keys: Sequence[_Key]):
        field = dict(zip(_Key._fields, zip(*keys))) if keys else dict.fromkeys(_Key._fields, ())
        self.contexts = field["context"]
        self.source, self.subject, self.attribute, self.version, self.value = (
            _codes(field[name]) for name in ("source", "subject", "attribute", "version", "value"))
        self.low, self.high = np.array(field["low"], dtype=float), np.array(field["high"], dtype=float)
        # "billions of users" spans three orders of magnitude: that it overlaps a figure says nothing.
        self.precise = ~(np.isfinite(self.high) & (self.low > 0) & (self.high >= VAGUE_SPAN * self.low))
        subjects = _index(k.subject for k in keys)  # "" too: a claim without subject "covers" it
        bare = {subject: _unversioned(subject) for subject in subjects}
        unversioned = _index(bare.values())
        self.named_as = np.array([subjects[k.subject] for k in keys], dtype=np.int64)
        self.unversioned_as = np.array([unversioned[bare[k.subject]] for k in keys], dtype=np.int64)
        self.covers = _Sets(_known([k.covers for k in keys], subjects))
        self.names = _Sets(_known([k.names for k in keys], unversioned))


def _known(sets: list[frozenset], index: dict[str, int]) -> list[list[int]]:
    """Return the codes of each set's strings that the index holds."""
    done: dict[frozenset, list[int]] = {}  # the claims of a sentence share their sets
    for found in sets:
        if found not in done:
            done[found] = [index[s] for s in found if s in index]
    return [done[found] for found in sets]


def _index(strings: Iterable[str]) -> dict[str, int]:
    """Number distinct strings in the order they first come."""
    return {string: code for code, string in enumerate(dict.fromkeys(strings))}


def pair_scores(table: _Table, window: np.ndarray, threshold: float) -> tuple[np.ndarray, ...]:
    """Return the pairs (row < col, positions in the window) that score `threshold` or more, and their scores.

    A pair's score is CONTEXT_WEIGHT times the similarity of the masked sentences plus the
    bonuses of its evidence; pairs never to join score 0. Most pairs of a window have
    different, unrelated subjects, so they are set aside first on the whole window matrix;
    the evidence of the others is weighed pair by pair, and the similarity, most of the
    cost, is computed only for the pairs whose evidence can still reach the threshold.
    """
    subjects = table.subject[window]
    differ, linked = _differ(subjects[:, None], subjects[None, :]), _related_matrix(table, window)
    rows, cols = _upper_cells(~(differ & ~linked) if threshold > 0 else np.ones_like(differ))
    a, b = window[rows], window[cols]
    bonus, apart = _evidence(table, a, b)
    differ, linked = differ[rows, cols], linked[rows, cols]
    ceiling = np.where(apart | differ & ~linked, 0.0,
                       bonus + CONTEXT_WEIGHT * 100 + RELATED_BONUS * (differ & linked))
    near = ceiling >= threshold - _ROUNDING
    rows, cols, a, b, bonus, apart, differ, linked = (
        array[near] for array in (rows, cols, a, b, bonus, apart, differ, linked))
    contexts = table.contexts
    scores = CONTEXT_WEIGHT * process.cpdist([contexts[i] for i in a], [contexts[i] for i in b],
                                             scorer=fuzz.ratio, dtype=np.float32)
    # The arithmetic (float32 similarity, float64 bonus) is the same as on a whole matrix.
    scores += bonus
    scores = np.where(apart, 0.0, scores)
    raised = differ & (scores > 0)
    scores[raised & linked] += RELATED_BONUS
    scores[raised & ~linked] = 0.0
    scores = np.minimum(scores, 100.0)
    kept = scores >= threshold
    return rows[kept], cols[kept], scores[kept]


def _upper_cells(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows and columns of the true cells above the diagonal, row by row."""
    # One scan of the flat matrix and a division: np.nonzero(np.triu(matrix, k=1)) builds a
    # masked copy and scans in two dimensions, three times as long on a window.
    rows, cols = np.divmod(np.flatnonzero(matrix), matrix.shape[1])
    above = rows < cols
    return rows[above], cols[above]


def _evidence(table: _Table, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the bonus of each pair of claims (a[k], b[k]) and whether the two are told apart."""
    same_value = _equal(table.value[a], table.value[b])
    bonus = (SUBJECT_BONUS * _equal(table.subject[a], table.subject[b])
             + ATTRIBUTE_BONUS * _equal(table.attribute[a], table.attribute[b])
             + VERSION_BONUS * _equal(table.version[a], table.version[b]) + VALUE_BONUS * same_value
             + OVERLAP_BONUS * (_overlap(table, a, b) & ~same_value))
    apart = ((table.source[a] == table.source[b]) | _differ(table.attribute[a], table.attribute[b])
             | _differ(table.version[a], table.version[b]))
    return bonus, apart


def _related_matrix(table: _Table, window: np.ndarray) -> np.ndarray:
    """Return `related` for every pair of the window's claims at once, by comparing codes."""
    # The related pairs are few: they are found as lists of cells and set in both halves of
    # one matrix, which costs less than or-ing whole matrices with their transposes.
    named_rows, named_cols = _contained(table.named_as[window], *table.covers.gather(window))
    rows, cols = _contained(table.unversioned_as[window], *table.names.gather(window))
    values = table.value[window]
    same = values[rows] == values[cols]
    rows, cols = np.concatenate((named_rows, rows[same])), np.concatenate((named_cols, cols[same]))
    found = np.zeros((len(window), len(window)), dtype=bool)
    found[rows, cols] = True
    found[cols, rows] = True
    return found


def _contained(items: np.ndarray, codes: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the cells (i, j) where items[i] is one of the codes that owners marks as j's."""
    # Binary search of each code among the sorted items: (items + codes) log items, where
    # comparing every item with every code would cost items x codes.
    order = np.argsort(items, kind="stable")
    ordered = items[order]
    first = np.searchsorted(ordered, codes, side="left")
    counts = np.searchsorted(ordered, codes, side="right") - first
    return order[_ranges(first, counts)], np.repeat(owners, counts)


def related(a: _Key, b: _Key) -> bool:
    """Tell whether either claim's subject is named in the clause of the other claim's value.

    A surname names the full name ("Zuckerberg", "Mark Zuckerberg"). A bare name ("Llama")
    may stand for one of its versions ("Llama 1"), but only when the two claims give the
    same value: otherwise it could as well be any other version.
    """
    if _named_in(a.subject, b) or _named_in(b.subject, a):
        return True
    return a.value == b.value and (_unversioned(a.subject) in b.names or _unversioned(b.subject) in a.names)


def _named_in(subject: str, other: _Key) -> bool:
    return subject in other.covers


def _unversioned(name: str) -> str:
    return re.sub(r"\s*\d+(?:\.\d+)?[a-z]?$", "", name)


def _overlap(table: _Table, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    low, high, precise = table.low, table.high, table.precise
    return (low[a] <= high[b]) & (low[b] <= high[a]) & precise[a] & precise[b]


def _codes(values: Sequence[str]) -> np.ndarray:
    """Integer codes for strings, with -1 for the empty string."""
    index = _index(values)
    index[""] = -1
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))


# Both work on pairs of code arrays: two claims' codes, or a column and a row for a matrix.
def _equal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a == b) & (a >= 0)


def _differ(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a != b) & (a >= 0) & (b >= 0)


def told_apart(a: _Key, b: _Key) -> bool:
    """Tell whether two claims can never be about the same thing."""
    return bool(a.attribute and b.attribute and a.attribute != b.attribute
                or a.version and b.version and a.version != b.version
                or a.subject and b.subject and not related(a, b))


def any_told_apart(keys_a: Sequence[_Key], keys_b: Sequence[_Key]) -> bool:
    """Tell whether any claim of one list is told apart from any of the other.

    The same as `told_apart` over every pair, without trying them all: attributes and
    versions clash when both lists state some and not all the same one, and claims with the
    same subject are always related.
    """
    if any(_clash({getattr(k, field) for k in keys_a}, {getattr(k, field) for k in keys_b})
           for field in ("attribute", "version")):
        return True
    by_subject: dict[str, list[_Key]] = {}
    for b in keys_b:
        if b.subject:
            by_subject.setdefault(b.subject, []).append(b)
    for a in keys_a:
        for subject, others in by_subject.items():
            if a.subject and subject != a.subject and not all(related(a, b) for b in others):
                return True
    return False


def _clash(stated_a: set, stated_b: set) -> bool:
    stated_a.discard("")
    stated_b.discard("")
    return bool(stated_a and stated_b and len(stated_a | stated_b) >= 2)


class _Clusters:
    """Union-find over claim indices that refuses a merge joining two claims told apart.

    Whether two claims are told apart depends only on their attribute, version, subject and
    sentence names, so each cluster keeps one claim per distinct such signature and a merge
    is checked against those few, however large the clusters grow.
    """

    def __init__(self, claims: Sequence[Claim], keys: list[_Key]):
        self.keys = keys
        self.parent = list(range(len(claims)))
        # Members and signatures of the clusters of two or more claims only: a claim alone
        # is its own, and most claims of a large corpus stay alone.
        self.groups: dict[int, list[int]] = {}
        self.kinds: dict[int, dict[tuple, _Key]] = {}
        self.best: dict[int, float] = {}
        self.scores: dict[tuple[int, ...], float] = {}
        self.refused: set[tuple[int, int, int, int]] = set()
        for claim_group in _written_lists(claims).values():
            for i in claim_group[1:]:
                self._union(self.find(claim_group[0]), self.find(i))

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
        if any_told_apart(list(self._kinds(ra).values()), list(self._kinds(rb).values())):
            self.refused.add(attempt)
            return False
        root = self._union(ra, rb)
        self.best[root] = max(score, self.best.pop(ra, 0.0), self.best.pop(rb, 0.0))
        return True

    def _size(self, root: int) -> int:
        return len(self.groups[root]) if root in self.groups else 1

    def _kinds(self, root: int) -> dict[tuple, _Key]:
        return self.kinds.get(root) or {_signature(self.keys[root]): self.keys[root]}

    def _union(self, ra: int, rb: int) -> int:
        if ra == rb:
            return ra
        if self._size(ra) < self._size(rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.groups.setdefault(ra, [ra]).extend(self.groups.pop(rb, [rb]))
        self.kinds[ra] = self._kinds(ra)
        self.kinds[ra].update(self._kinds(rb))
        self.kinds.pop(rb, None)
        return ra

    def members(self) -> list[tuple[int, ...]]:
        found = []
        for root, members in self.groups.items():
            if len(members) > 1:
                key = tuple(sorted(members))
                self.scores[key] = self.best.get(root, 0.0)
                found.append(key)
        return found


def _signature(key: _Key) -> tuple:
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
