"""Identity keys: what alignment looks at in one claim, worked out once per claim."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..entities.canonical import fold, merge_keys, organisation, person
from ..model import Claim, DateValue, FigureValue

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


class Key(NamedTuple):
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


def keys_of(claims: Sequence[Claim]) -> list[Key]:
    # Claims repeat their subjects, sentences and contexts: each distinct one is worked out
    # once, and equal strings and name sets become one object, which keeps a million keys small.
    about_people = [_about_person(claim) for claim in claims]
    people = {name: person(name) for name in {c.subject for c, about in zip(claims, about_people) if about}}
    merged = merge_keys(people.values())
    shared: dict = {}
    share = lambda thing: shared.setdefault(thing, thing)  # noqa: E731
    organisations = _Once(lambda name: share(organisation(name)))
    tails, versions = _Once(_tails), _Once(_version)
    words = _Once(lambda context: share(content_words(context)))
    # The names of a clause are found in the claims stage and shared by the clause's claims.
    clause_names = _Once(lambda found: share(frozenset(organisations[name] for name in found)))
    covers: dict[tuple[str, frozenset], frozenset] = {}
    keys = []
    for claim, about in zip(claims, about_people):
        subject = merged[people[claim.subject]] if about else organisations[claim.subject]
        if claim.attribute == "name spelling":  # "Tim Cook" and "Chris Cook" are two people
            subject = share(subject + " " + fold(claim.value.text)[:1])
        found = clause_names[claim.names]
        if (subject, found) not in covers:  # the subject and the names of its clause
            covers[subject, found] = tails[subject].union(*map(tails.__getitem__, found))
        keys.append(Key(claim.source, subject, claim.attribute, versions[subject], words[claim.context],
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


def _about_person(claim: Claim) -> bool:
    attribute = claim.attribute
    return claim.kind == "entity" and (attribute == "name spelling" or attribute.startswith("role"))


def unversioned(name: str) -> str:
    return re.sub(r"\s*\d+(?:\.\d+)?[a-z]?$", "", name)
