"""Scoring: how strongly two claims of one block are about the same thing.

A pair's score is CONTEXT_WEIGHT times the similarity of the masked sentences (`rapidfuzz`)
plus bonuses for shared evidence (subject, attribute, value, version); a pair that something
tells apart (a different attribute, year qualifier or model version) scores 0. `score(a, b)`
is the plain rule; `pair_scores` computes it for a whole window at once on integer codes
(`Table`), and a test holds the two equal.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from .events import REACH
from .keys import Key, unversioned

THRESHOLD = 60.0  # combined score, 0-100
CONTEXT_WEIGHT = 0.4  # share of the masked sentences' similarity (0-100) in the score
SUBJECT_BONUS = 35.0  # both claims have the same subject
RELATED_BONUS = 25.0  # one claim's subject is named in the other's sentence
ATTRIBUTE_BONUS = 25.0  # both claims say the same attribute
VALUE_BONUS = 15.0  # both claims give the same value
OVERLAP_BONUS = 10.0  # the values overlap ("July 2023" / "July 18, 2023") without being the same
VAGUE_SPAN = 10.0  # a figure whose high is this many times its low ("thousands of") is vague
VERSION_BONUS = 10.0  # both subjects carry the same version number ("Llama 2"): a precise name
SAME_STATEMENT = 85.0  # masked sentences this similar (0-100) are one statement, reworded or not at all
STATEMENT_BONUS = 40.0  # the same place in one statement: "18 states" in both copies of a sentence
EVENT_BONUS = 20.0  # the values are governed by a common word, lemmatised ("released" / "release")
SPECIFIC_BONUS = 30.0  # the same value, and one two sources rarely give by chance ("$1.7 trillion")
SAME_EVENT_BONUS = 25.0  # two dates of one value governed by a common word: one event (`same_event`)
NOUN_BONUS = SUBJECT_BONUS  # the figures measure the thing one noun names ("the $740 billion bill")
STRONG_CONTEXT = 50.0  # least similarity for a shared subject and head word alone to carry a conflict
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # the year a figure is for, in its attribute ("increase 2015")
_ROUNDING = 0.01  # a pair whose best score is this far under the threshold is still scored: float32 errs less


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


class Table:
    """The keys of all claims as arrays: a window's evidence is then indexing, not per-claim work.

    Strings become integer codes once (-1 for ""), so comparing two claims' subjects in a
    window is comparing two integers. The sets `related` looks in (`covers`, `names`) keep
    only the strings some claim has as its subject: no other can ever be found in them.
    """

    def __init__(self, keys: Sequence[Key]):
        field = dict(zip(Key._fields, zip(*keys))) if keys else dict.fromkeys(Key._fields, ())
        self.contexts = field["context"]
        self.source, self.subject, self.attribute, self.version, self.value = (
            _codes(field[name]) for name in ("source", "subject", "attribute", "version", "value"))
        self.sentence, self.group = _codes(field["sentence"]), _codes(field["group"])
        self.noun = _codes(field["noun"])
        attributes = field["attribute"]
        for_year = {attribute: bool(_YEAR.search(attribute)) for attribute in set(attributes)}
        self.for_year = np.fromiter(map(for_year.__getitem__, attributes), dtype=bool, count=len(keys))
        self.slot = np.array(field["slot"], dtype=np.int64)
        self.specific = np.array(field["specific"], dtype=bool)
        self.dated = np.array(field["dated"], dtype=bool)
        self.events = field["event"]
        # Each claim's event words as integer codes, one row of at most 2 * REACH (-1 pads),
        # filled the first time a window asks for the claim: `shared_events` then compares
        # the pairs of a window in numpy, where a Python call per pair cost a quarter of
        # alignment on 3000 generated documents (millions of pairs, measured).
        self.event_codes = np.full((len(keys), 2 * REACH), -1, dtype=np.int64)
        self.event_read = np.zeros(len(keys), dtype=bool)
        self.event_index: dict[str, int] = {}
        self.keys = keys
        self.low, self.high = np.array(field["low"], dtype=float), np.array(field["high"], dtype=float)
        # "billions of users" spans three orders of magnitude: that it overlaps a figure says nothing.
        self.precise = ~(np.isfinite(self.high) & (self.low > 0) & (self.high >= VAGUE_SPAN * self.low))
        subjects = _index(k.subject for k in keys)  # "" too: a claim without subject "covers" it
        bare = {subject: unversioned(subject) for subject in subjects}
        bare_codes = _index(bare.values())
        self.named_as = np.array([subjects[k.subject] for k in keys], dtype=np.int64)
        self.unversioned_as = np.array([bare_codes[bare[k.subject]] for k in keys], dtype=np.int64)
        self.covers = _Sets(_known([k.covers for k in keys], subjects))
        anchors = _index(anchor for k in keys for anchor in k.anchors)
        self.anchors = _Sets(_known([k.anchors for k in keys], anchors))
        self.names = _Sets(_known([k.names for k in keys], bare_codes))


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


def score(a: Key, b: Key) -> float:
    """Return how strongly two claims are about one thing, 0-100: the plain rule `pair_scores` follows.

    CONTEXT_WEIGHT times the similarity of the masked sentences, plus a bonus for each piece
    of shared evidence: subject, attribute, version, value (more for a specific one), values
    that overlap, a governing word, the same place in one statement. Zero when something tells
    them apart: one source, different attributes or versions, different places in one
    statement, or subjects that differ and are not named in each other's clause.
    """
    if _apart(a, b):
        return 0.0
    similarity = fuzz.ratio(a.context, b.context)
    statement = similarity >= SAME_STATEMENT
    if statement and a.slot != b.slot:
        return 0.0
    differ = bool(a.subject and b.subject and a.subject != b.subject)
    linked = not differ or related(a, b)
    shares = a.event.shares(b.event)
    event = shares and same_event(a, b)  # `one_event`, its shared words read once
    if not linked and not telling(a, b) and not event:
        return 0.0
    total = np.float32(CONTEXT_WEIGHT) * np.float32(similarity) + _bonus(a, b)
    statement = statement or _reworded(a, b)
    total += STATEMENT_BONUS * statement + EVENT_BONUS * shares + RELATED_BONUS * (differ and linked)
    total += SAME_EVENT_BONUS * event
    return float(min(total, 100.0))


def same_event(a: Key, b: Key) -> bool:
    """Tell whether two dates give one value, so that a word governing both makes them one event.

    "the 2020 elections" / "until after the 2020 election", "the 2010 law" / "powered through
    in 2010": news names the event of a date by its noun or verb, and the name nearest in each
    sentence is often not what the date is of. Not when both sentences say what the date is
    of (an attribute: "ChatGPT launched in November 2022" / "Galactica was launched in November
    2022"): their subjects are then what was launched. Equal values only: two such dates can
    never conflict.
    """
    return a.dated and b.dated and a.value == b.value and not (a.attribute and b.attribute)


def one_event(a: Key, b: Key) -> bool:
    """Tell whether two dates of one value are governed by a common word: one event (`same_event`)."""
    return same_event(a, b) and a.event.shares(b.event)


def _reworded(a: Key, b: Key) -> bool:
    """Tell whether two claims hold one place in one statement reworded, with values that can agree.

    The statement is told by a telling value both sentences give (`anchored`); its values
    are taken in order, and only values that overlap, each bounded on both sides (an open one
    overlaps almost anything): different ones would not conflict on
    this evidence (it is not `strong`), so nothing is gained by putting them side by side.
    """
    return anchored(a, b) and a.slot == b.slot and (a.value == b.value or _overlap_keys(a, b) and _closed(a)
                                                     and _closed(b))


def _closed(key: Key) -> bool:
    """Tell whether a value is bounded on both sides: "above $5 million" overlaps any larger sum."""
    return math.isfinite(key.low) and math.isfinite(key.high)


def _overlap_keys(a: Key, b: Key) -> bool:
    return a.low <= b.high and b.low <= a.high and _precise(a) and _precise(b)


def telling(a: Key, b: Key) -> bool:
    """Tell whether two claims give one value two sources rarely give by chance, or stand in one statement,
    or measure the thing one noun names (`named_alike`)."""
    return a.value == b.value and a.specific or anchored(a, b) or named_alike(a, b)


def named_alike(a: Key, b: Key) -> bool:
    """Tell whether two figures size the thing one definite description names: "the $740 billion bill"
    / "the $732 billion bill" (`keys.figure_noun`)."""
    return bool(a.noun) and a.noun == b.noun


def anchored(a: Key, b: Key) -> bool:
    """Tell whether the two claims' sentences give a telling value in common: one statement, reworded."""
    return not a.anchors.isdisjoint(b.anchors)


def strong(a: Key, b: Key) -> bool:
    """Tell whether two aligned claims are surely about one fact, so that different values conflict.

    Either they hold the same place in one statement, or they share subject and attribute,
    or subject and head word (`head_word`) in similar sentences, or they size the thing one
    definite description names (`named_alike`), or they give one quantity for one year
    (`_one_year_quantity`).
    """
    similarity = fuzz.ratio(a.context, b.context)
    if similarity >= SAME_STATEMENT and a.slot == b.slot or named_alike(a, b):
        return True
    if _one_year_quantity(a, b):
        return True
    if not a.subject or a.subject != b.subject or _elsewhere(a, b):
        return False
    return bool(a.attribute and a.attribute == b.attribute) or (
        similarity >= STRONG_CONTEXT and bool(a.event.head) and a.event.head == b.event.head)


def _one_year_quantity(a: Key, b: Key) -> bool:
    """Tell whether two figures say what one quantity is for one year: the same attribute and year
    ("46.7 miles per gallon projected in 2025" / "54 miles per gallon by 2025"), a common governing
    word, subjects on both sides that are one or named in each other's clause, and no other names apart."""
    return (bool(_YEAR.search(a.attribute)) and a.attribute == b.attribute and a.event.shares(b.event)
            and bool(a.subject and b.subject) and (a.subject == b.subject or related(a, b))
            and not _elsewhere(a, b))


def _elsewhere(a: Key, b: Key) -> bool:
    """Tell whether the two clauses name other things and none in common: "in Arizona" / "Colorado's"."""
    others_a = [name for name in a.names if name != a.subject]
    others_b = [name for name in b.names if name != b.subject]
    return bool(others_a and others_b) and not any(name in b.covers for name in others_a) and not any(
        name in a.covers for name in others_b)


def _apart(a: Key, b: Key) -> bool:
    return bool(a.source == b.source or a.attribute and b.attribute and a.attribute != b.attribute
                or a.version and b.version and a.version != b.version)


def _bonus(a: Key, b: Key) -> float:
    same_value = a.value == b.value
    overlap = _overlap_keys(a, b)
    return (SUBJECT_BONUS * bool(a.subject and a.subject == b.subject)
            + ATTRIBUTE_BONUS * bool(a.attribute and a.attribute == b.attribute)
            + VERSION_BONUS * bool(a.version and a.version == b.version) + VALUE_BONUS * same_value
            + SPECIFIC_BONUS * (same_value and a.specific) + OVERLAP_BONUS * (overlap and not same_value)
            + NOUN_BONUS * named_alike(a, b))


def _precise(key: Key) -> bool:
    return not (key.high != float("inf") and key.low > 0 and key.high >= VAGUE_SPAN * key.low)


def pair_scores(table: Table, window: np.ndarray, threshold: float) -> tuple[np.ndarray, ...]:
    """Return the pairs (row < col, positions in the window) that score `threshold` or more, their scores
    and the similarity of their masked sentences (what `strong_pairs` reads again).

    `score` for every pair of the window at once. Most pairs of a window have different,
    unrelated subjects, so they are set aside first on the whole window matrix; the evidence
    of the others is weighed pair by pair, the similarity (most of the cost) is computed only
    for the pairs whose evidence can still reach the threshold, and the governing words only
    for the pairs they can still lift to it.
    """
    subjects, values = table.subject[window], table.value[window]
    differ, linked = _differ(subjects[:, None], subjects[None, :]), _related_matrix(table, window)
    # Unrelated subjects keep apart, unless the two give one telling value (`telling`).
    anchored = _anchored_matrix(table, window)
    same = values[:, None] == values[None, :]
    nouns = table.noun[window]
    telling = same & table.specific[window][:, None] | anchored | _equal(nouns[:, None], nouns[None, :])
    # Dates of one value may be one event (`same_event`), if a word governs both: read below.
    attributed = table.attribute[window] >= 0
    dated = same & table.dated[window][:, None] & ~(attributed[:, None] & attributed[None, :])
    kept_apart = differ & ~linked & ~telling & ~dated
    rows, cols = _upper_cells(~kept_apart if threshold > 0 else np.ones_like(differ))
    a, b = window[rows], window[cols]
    bonus, apart = _evidence(table, a, b)
    differ, linked = differ[rows, cols], linked[rows, cols]
    telling, anchored, dated = telling[rows, cols], anchored[rows, cols], dated[rows, cols]
    unlinked = differ & ~linked
    raised = RELATED_BONUS * (differ & linked)
    ceiling = np.where(apart | unlinked & ~telling & ~dated, 0.0,
                       bonus + CONTEXT_WEIGHT * 100 + STATEMENT_BONUS + EVENT_BONUS + raised
                       + SAME_EVENT_BONUS * dated)
    near = ceiling >= threshold - _ROUNDING
    rows, cols, a, b, bonus, apart, raised, anchored, dated, gated = (
        array[near] for array in (rows, cols, a, b, bonus, apart, raised, anchored, dated,
                                  unlinked & ~telling))
    contexts = table.contexts
    # In float64, as `fuzz.ratio` gives it to `strong`; the score adds it in float32, as before.
    exact = process.cpdist([contexts[i] for i in a], [contexts[i] for i in b], scorer=fuzz.ratio,
                           dtype=np.float64)
    similarity = exact.astype(np.float32)
    statement = similarity >= SAME_STATEMENT
    closed = np.isfinite(table.low) & np.isfinite(table.high)
    reworded = anchored & (table.slot[a] == table.slot[b]) & (_equal(table.value[a], table.value[b])
                                                            | _overlap(table, a, b) & closed[a] & closed[b])
    scores = CONTEXT_WEIGHT * similarity
    # The arithmetic (float32 similarity, float64 bonus) is the same as in `score`.
    scores += bonus
    scores += STATEMENT_BONUS * (statement | reworded)
    scores += raised
    scores = np.where(apart | (statement & (table.slot[a] != table.slot[b])), 0.0, scores)
    # Governing words are read only for the pairs their bonus can bring to the threshold.
    lift = EVENT_BONUS + SAME_EVENT_BONUS * dated
    lifted = np.flatnonzero((scores > 0) & (scores + lift >= threshold - _ROUNDING))
    shares = shared_events(table, a[lifted], b[lifted])
    scores[lifted[shares]] += lift[lifted[shares]]
    # Unrelated subjects kept apart, unless one event joins them.
    joined = np.zeros(len(scores), dtype=bool)
    joined[lifted[shares]] = True
    scores[gated & ~joined] = 0.0
    scores = np.minimum(scores, 100.0)
    kept = scores >= threshold
    return rows[kept], cols[kept], scores[kept], exact[kept]


def strong_pairs(table: Table, a: np.ndarray, b: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """Return `strong(keys[a[k]], keys[b[k]])` for each pair k, given the similarity of its sentences.

    The codes decide most pairs at once; `_elsewhere` and the head words are read only for
    the pairs of one subject whose attributes do not decide it, and for the few pairs of one
    attribute with a year in it.
    """
    statement = ((similarity >= SAME_STATEMENT) & (table.slot[a] == table.slot[b])
                 | _equal(table.noun[a], table.noun[b]))
    subject = _equal(table.subject[a], table.subject[b]) & ~statement
    attribute = _equal(table.attribute[a], table.attribute[b])
    found = statement.copy()
    keys = table.keys
    for k in np.flatnonzero(attribute & ~statement & table.for_year[a]).tolist():
        found[k] = _one_year_quantity(keys[a[k]], keys[b[k]])
    for k in np.flatnonzero(subject & ~found).tolist():
        first, second = keys[a[k]], keys[b[k]]
        if not _elsewhere(first, second):
            found[k] = attribute[k] or (similarity[k] >= STRONG_CONTEXT and bool(first.event.head)
                                        and first.event.head == second.event.head)
    return found


def _anchored_matrix(table: Table, window: np.ndarray) -> np.ndarray:
    """Return `anchored` for every pair of the window's claims: the cells of claims sharing an anchor."""
    found = np.zeros((len(window), len(window)), dtype=bool)
    codes, owners = table.anchors.gather(window)
    if len(codes) < 2:
        return found
    order = np.argsort(codes, kind="stable")
    codes, owners = codes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    # Most anchors are shared by the claims of one sentence alone: only those held in two
    # sources can join anything.
    sources = table.source[window][owners]
    mixed = np.minimum.reduceat(sources, starts) != np.maximum.reduceat(sources, starts)
    stops = np.r_[starts[1:], len(codes)]
    for start, stop in zip(starts[mixed].tolist(), stops[mixed].tolist()):
        members = owners[start:stop]
        found[np.ix_(members, members)] = True
    return found


def shared_events(table: Table, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return `events[a[k]].shares(events[b[k]])` for each pair k, by comparing word codes."""
    unread = np.unique(np.concatenate((a, b)))
    unread = unread[~table.event_read[unread]]
    index = table.event_index
    for i in unread.tolist():
        codes = [index.setdefault(word, len(index)) for word in table.events[i].words]
        table.event_codes[i, :len(codes)] = codes  # event_words keeps at most 2 * REACH words
    table.event_read[unread] = True
    codes_a, codes_b = table.event_codes[a][:, :, None], table.event_codes[b][:, None, :]
    return ((codes_a == codes_b) & (codes_a >= 0)).any(axis=(1, 2))


def _upper_cells(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows and columns of the true cells above the diagonal, row by row."""
    # One scan of the flat matrix and a division: np.nonzero(np.triu(matrix, k=1)) builds a
    # masked copy and scans in two dimensions, three times as long on a window.
    rows, cols = np.divmod(np.flatnonzero(matrix), matrix.shape[1])
    above = rows < cols
    return rows[above], cols[above]


def _evidence(table: Table, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the bonus of each pair of claims (a[k], b[k]) and whether the two are told apart."""
    same_value = _equal(table.value[a], table.value[b])
    bonus = (SUBJECT_BONUS * _equal(table.subject[a], table.subject[b])
             + ATTRIBUTE_BONUS * _equal(table.attribute[a], table.attribute[b])
             + VERSION_BONUS * _equal(table.version[a], table.version[b]) + VALUE_BONUS * same_value
             + SPECIFIC_BONUS * (same_value & table.specific[a])
             + OVERLAP_BONUS * (_overlap(table, a, b) & ~same_value)
             + NOUN_BONUS * _equal(table.noun[a], table.noun[b]))
    apart = ((table.source[a] == table.source[b]) | _differ(table.attribute[a], table.attribute[b])
             | _differ(table.version[a], table.version[b]))
    return bonus, apart


def _related_matrix(table: Table, window: np.ndarray) -> np.ndarray:
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


def related(a: Key, b: Key) -> bool:
    """Tell whether either claim's subject is named in the clause of the other claim's value.

    A surname names the full name ("Zuckerberg", "Mark Zuckerberg"). A bare name ("Llama")
    may stand for one of its versions ("Llama 1"), but only when the two claims give the
    same value: otherwise it could as well be any other version.
    """
    if _named_in(a.subject, b) or _named_in(b.subject, a):
        return True
    return a.value == b.value and (unversioned(a.subject) in b.names or unversioned(b.subject) in a.names)


def _named_in(subject: str, other: Key) -> bool:
    return subject in other.covers


def _overlap(table: Table, a: np.ndarray, b: np.ndarray) -> np.ndarray:
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


def told_apart(a: Key, b: Key) -> bool:
    """Tell whether two claims can never be about the same thing."""
    return bool(a.attribute and b.attribute and a.attribute != b.attribute
                or a.version and b.version and a.version != b.version
                or a.subject and b.subject and not related(a, b))


def any_told_apart(keys_a: Sequence[Key], keys_b: Sequence[Key]) -> bool:
    """Tell whether any claim of one list is told apart from any of the other.

    The same as `told_apart` over every pair, without trying them all: attributes and
    versions clash when both lists state some and not all the same one, and claims with the
    same subject are always related.
    """
    if any(_clash({getattr(k, field) for k in keys_a}, {getattr(k, field) for k in keys_b})
           for field in ("attribute", "version")):
        return True
    return any_unrelated(keys_a, keys_b)


def any_unrelated(keys_a: Sequence[Key], keys_b: Sequence[Key]) -> bool:
    """Tell whether a claim of one list has a subject unrelated to one of the other's.

    `any_told_apart`'s last part.
    """
    by_subject: dict[str, list[Key]] = {}
    for b in keys_b:
        if b.subject:
            by_subject.setdefault(b.subject, []).append(b)
    for a in keys_a:
        if not a.subject:
            continue
        # A subject the clause of `a` names is related to `a` whatever else (`related`): one
        # set difference in C leaves the few others, where a large cluster has hundreds.
        for subject in by_subject.keys() - a.covers:
            if subject != a.subject and not all(related(a, b) for b in by_subject[subject]):
                return True
    return False


def _clash(stated_a: set, stated_b: set) -> bool:
    stated_a.discard("")
    stated_b.discard("")
    return bool(stated_a and stated_b and len(stated_a | stated_b) >= 2)
