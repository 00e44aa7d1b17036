"""Identity keys: what alignment looks at in one claim, worked out once per claim."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process

from ..entities.canonical import bare, fold, merge_keys, merge_names, organisation, person, unaccented
from ..model import Claim, DateValue, FigureValue
from ..telling import specific
from ..vocabulary import ORGANISATION_ENDS
from .events import EMPTY, event_words, head_word

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
    sentence: str  # "<source>:<offset>" of the claim's sentence: its values are different facts
    group: str  # the written list the claim belongs to, else ""
    slot: int  # the claim's place among the values of its kind and unit in its sentence
    specific: bool  # a value that two sources rarely give by chance ("$1.7 trillion", "Nov. 4, 2020")
    event: "_Event"  # the lemmas of the words that govern the value ("release", "rule"), read on demand
    # The telling values (`specific`) the claim's sentence gives besides the claim's own: two
    # sentences that share one ("a cut of 1.9 percent for 2015" / "by 1.9 percent in 2015")
    # are one statement reworded, whatever else differs.
    anchors: frozenset = frozenset()
    # A date: the same day, month or year governed by a common word in two sources ("the
    # 2020 elections" / "after the 2020 election") is one event, whatever the sentences' subjects.
    dated: bool = False
    # The noun a figure is written before in a definite description ("the $740 billion bill":
    # "bill"), else "": what the figure measures, named. See `figure_noun`.
    noun: str = ""


def keys_of(claims: Sequence[Claim]) -> list[Key]:
    # Claims repeat their subjects, sentences and contexts: each distinct one is worked out
    # once, and equal strings and name sets become one object, which keeps a million keys small.
    # A generic name that some source reads as a person ("Jamal Khashoggi") is that person's name.
    named_people = _named_people(claims)
    about_people = [_about_person(claim) or named for claim, named in zip(claims, named_people)]
    # Such a name's subject is its generic key ("novlo" for "Novlo Technologies"): its person is its text.
    subjects = [c.value.text if named else c.subject for c, named in zip(claims, named_people)]
    people = {name: person(name) for name in {s for s, about in zip(subjects, about_people) if about}}
    merged = merge_keys(people.values())
    given_names = _Once(lambda said: _given_name(*said))  # (subject, value text, clause names)
    given_of = [given_names[s, c.value.text, c.names] if about else ""
                for c, s, about in zip(claims, subjects, about_people)]
    surnames = [merged[people[s]] if about else "" for s, about in zip(subjects, about_people)]
    given = _people(claims, about_people, given_of, surnames)
    shared: dict = {}
    share = lambda thing: shared.setdefault(thing, thing)  # noqa: E731
    organisations = _Once(lambda name: share(organisation(name)))
    tails, heads, versions = _Once(_tails), _Once(_heads), _Once(_version)
    words = _Once(lambda context: share(content_words(context)))
    # The names of a clause are found in the claims stage and shared by the clause's claims.
    clause_names = _Once(lambda found: share(frozenset(organisations[name] for name in found)))
    covers: dict[tuple[str, frozenset], frozenset] = {}
    slots = _slots(claims)
    # Proper names (`extract.names`): a shorter or misspelt form of one name takes its key.
    named = merge_names({organisations[c.subject] for c in claims
                         if c.kind == "entity" and c.attribute == "name"})
    keys = []
    for claim, about, slot, given_name, surname, named_person in zip(claims, about_people, slots, given_of,
                                                                     surnames, named_people):
        subject = share(given[claim.source, surname, given_name]) if about else organisations[claim.subject]
        attribute = "name spelling" if named_person else claim.attribute
        if attribute == "name" and claim.kind == "entity":
            subject = named.get(subject, subject)
        found = clause_names[claim.names]
        if (subject, found) not in covers:  # the subject and the names of its clause
            covers[subject, found] = tails[subject].union(heads[subject], *map(tails.__getitem__, found))
        offset = claim.start - claim.quote_start
        keys.append(Key(claim.source, subject, attribute, versions[subject], words[claim.context],
                        share(repr(claim.value)), *interval(claim.value), found, covers[subject, found],
                        share(f"{claim.source}:{claim.quote_start}"), claim.group, slot,
                        specific(claim.value),
                        _Event(claim.quote, offset, offset + len(claim.text)),
                        share(frozenset(claim.anchors)), claim.kind == "date", figure_noun(claim)))
    return keys


# Words that make a noun phrase definite: the thing it names is one the reader knows.
_DEFINITE = frozenset(["the", "this", "that", "its", "his", "her", "their", "our"])
_NOUN_AFTER = re.compile(r"\s*([a-z][a-z-]{2,})\b")
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def figure_noun(claim: Claim) -> str:
    """Return the noun a figure is written before in a definite description, else "".

    "the $740 billion bill" and "the $732 billion bill" are one bill with two sizes, whatever
    else their sentences name; "the 0.7% increase" is one increase. A definite article or a
    possessive ("Trump's $1.7 trillion plan") makes it definite; the word after the figure
    must be a lower-case content word ("the 85 percent of Nevada land" names nothing).
    """
    if claim.kind != "figure":
        return ""
    offset = claim.start - claim.quote_start
    after = _NOUN_AFTER.match(claim.quote, offset + len(claim.text))
    if not after or after.group(1) in EMPTY:
        return ""
    # Searched for only past the noun: a search for the text's last word tries every place.
    before = _WORD_BEFORE.search(claim.quote, 0, offset)
    if not before:
        return ""
    word = before.group(1)
    definite = word.lower() in _DEFINITE or word.endswith(("'s", "’s"))
    return after.group(1) if definite else ""


def _given_name(subject: str, text: str, names: tuple[str, ...]) -> str:
    """Return the given name of the person a claim is about, as its value or clause writes it, or ""."""
    surname = person(subject)
    full = [name for name in (text, *names) if _is_full_name(name, surname)]
    # The word before the surname: a title may come first ("CEO Mark Zuckerberg").
    return fold(full[0]).split()[-2] if full else ""


def _is_full_name(name: str, surname: str) -> bool:
    words = fold(name).split()
    return len(words) >= 2 and words[-1] == surname


def _people(claims: Sequence[Claim], about_people: list[bool], given_of: list[str],
            surnames: list[str]) -> dict:
    """Key each person by surname and given name: "Venus Williams" and "Serena Williams" are two.

    Given names of one surname that can name one person (a nickname, a transliteration, a
    misspelling: `same_person`) share a key. A claim that names the surname alone joins the
    one given name its source uses with that surname, or the one the sources use, if one.
    """
    stated: dict[str, dict[str, set[str]]] = {}  # surname -> given name -> sources
    for claim, about, name, surname in zip(claims, about_people, given_of, surnames):
        if about:
            if name:
                stated.setdefault(surname, {}).setdefault(name, set()).add(claim.source)
    clusters = {surname: _given_clusters(sorted(names)) for surname, names in stated.items()}
    keys = _KeyOfPerson(stated, clusters)
    return keys


class _KeyOfPerson(dict):
    """(source, surname, given name) -> the person's key, worked out on first use."""

    def __init__(self, stated: dict, clusters: dict):
        super().__init__()
        self.stated, self.clusters = stated, clusters

    def __missing__(self, item):
        source, surname, name = item
        clusters = self.clusters.get(surname, {})
        if not name:  # the surname alone: the one person of that name in its source, else in all
            stated = self.stated.get(surname, {})
            in_source = {clusters[n] for n, sources in stated.items() if source in sources}
            found = in_source or set(clusters.values())
            name = next(iter(found)) if len(found) == 1 else ""
        else:
            name = clusters.get(name, name)
        key = self[item] = f"{surname} {name}".strip() if name else surname
        return key


def _given_clusters(names: list[str]) -> dict[str, str]:
    """Map each given name to the first of the names it can name one person with (`same_person`)."""
    from ..entities.given_names import MISSPELT, forms, transliterated

    parent = {name: name for name in names}

    def find(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    def join(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    # Names that share a transliteration or a nickname form meet through it; names spelt
    # alike are found by one rapidfuzz matrix: no test of every pair in Python.
    met: dict[str, str] = {}
    for name in names:
        for point in {transliterated(name), *forms(name)}:
            join(name, met.setdefault(point, name))
    if len(names) > 1:
        close = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=MISSPELT)
        for i, j in zip(*close.nonzero()):
            if i < j:
                join(names[i], names[j])
    return {name: find(name) for name in names}


def _named_people(claims: Sequence[Claim]) -> list[bool]:
    """Tell for each claim whether it is a generic name that a person claim of some source spells.

    `extract.names` reads "Jamal Khashoggi" as a person only when it knows the given name, and
    `extract.people` only on cues (a title, a role, a speech verb): one outlet's person is
    another's proper name. The whole name of two or three words must be equal, case and
    accents aside ("Timothée Lacroix" / "Timothee Lacroix"); nothing fuzzier, for precision.
    A cue misleads at times ("The Treasury Department said"): a name that cannot be a
    person's keeps its generic reading (`_not_a_person`, `_after_the`).
    """
    folded = _Once(lambda name: unaccented(fold(name)))  # a name recurs in many claims: folded once
    names = [folded[claim.value.text] if claim.kind == "entity" and claim.attribute in _NAMES else ""
             for claim in claims]
    full_names = {name for claim, name in zip(claims, names)
                  if claim.attribute == "name spelling" and 2 <= len(name.split()) <= 3}
    both = full_names & {name for claim, name in zip(claims, names) if claim.attribute == "name"}
    both = {name for name in both if not _not_a_person(name)}
    both -= {name for claim, name in zip(claims, names) if name in both and _after_the(claim)}
    return [claim.attribute == "name" and name in both for claim, name in zip(claims, names)]


_NAMES = ("name", "name spelling")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _not_a_person(name: str) -> bool:
    """Tell whether a folded name cannot be a person's.

    It holds a word that ends the names of organisations (the rule `extract.names` reads
    names by: "White House") or a designator ("Novlo Technologies"), or its last word is an
    English word: the names cues misread end in one ("Planned Parenthood", "New Hampshire",
    "Fox News"), and a person whose surname is one ("Kamala Harris") is left as the sources
    read it, for precision.
    """
    return (any(word in ORGANISATION_ENDS for word in name.split()) or organisation(name) != fold(bare(name))
            or _english_word(name.split()[-1]))


def _after_the(claim: Claim) -> bool:
    """Tell whether a claim's name is written after "the" ("the Clean Power Plan"): no person's is."""
    offset = claim.start - claim.quote_start
    return bool(_THE_BEFORE.search(claim.quote, max(0, offset - 8), offset))


def _english_word(word: str) -> bool:
    import simplemma  # loaded on first use, as `events.lemma` loads it: its dictionary costs start-up time

    # low_memory, as `events.lemma` reads it: the dictionary read in place, not made a
    # dict of 180,000 words (without it, 27 MiB more peak memory on 1,000 generated documents).
    return simplemma.is_known(word, lang="en", low_memory=True)


def _slots(claims: Sequence[Claim]) -> list[int]:
    """Number each claim among the claims of its block (kind and unit) in its sentence, in text order."""
    by_sentence: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        block = (claim.kind, getattr(claim.value, "unit", ""))
        by_sentence.setdefault((claim.source, claim.quote_start, block), []).append(i)
    slots = [0] * len(claims)
    for members in by_sentence.values():
        for slot, i in enumerate(sorted(members, key=lambda i: claims[i].start)):
            slots[i] = slot
    return slots


class _Event:
    """A claim's event words, found only if scoring asks (a lemmatiser has a start-up cost)."""

    __slots__ = ("quote", "offset", "end", "_words", "_head")

    def __init__(self, quote: str, offset: int, end: int):
        self.quote, self.offset, self.end, self._words, self._head = quote, offset, end, None, None

    @property
    def head(self) -> str:
        """The lemma of the content word nearest the value ("the 2012 attack": "attack"), or ""."""
        if self._head is None:
            self._head = head_word(self.quote, self.offset, self.end)
        return self._head

    @property
    def words(self) -> frozenset:
        if self._words is None:
            self._words = event_words(self.quote, self.offset, self.end)
        return self._words

    def shares(self, other: "_Event") -> bool:
        """Tell whether two claims' values are governed by a common word."""
        return bool(self.words & other.words)


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


def _heads(name: str) -> frozenset:
    """Return the leading words a name also stands for: "treasury department" for "treasury".

    Only heads of four letters or more: "the New York Times" covers "new york", not "new".
    """
    words = name.split(" ")
    found = (" ".join(words[:stop]) for stop in range(1, len(words)))
    return frozenset(head for head in found if len(head) >= 4 and not _DIGIT.search(head))


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
