"""What a claim is about: its subject and attribute, read from the sentence around it."""
from __future__ import annotations

import bisect
import re

from .entities.canonical import bare
from .entities.words import GENERIC_NAMES, SENTENCE_WORDS
from .extract.figure_words import HEDGES
from .vocabulary import MONTH_ABBREVIATIONS, NAME_TITLES

# Capitalised names, with a version number and a size when they have them ("Llama 3.1",
# "GPT-4o", "Mistral 7B", "Llama 2 13B", "Mixtral 8x7B"). A version number ends a name:
# "Llama 3 Large Language Models" is about "Llama 3". A name starts a word: "(?<!\w.)" after
# its capital is "\b" before it, written so that the pattern opens with a character class
# and re skips in C from one capital to the next instead of trying every position (and so
# in _NTH: a third faster).
_NAME = re.compile(r"[A-Z](?<!\w.)[\w&.-]*[\w](?:[ -][A-Z][\w-]*)*"
                   r"(?:[ -]\d+(?:\.\d+)?(?:x\d+)?(?:[a-z]|[BMKT]\b)?\b){0,2}")
# Capitalised words that qualify a noun rather than name a thing: "the French lab", "the
# Apache 2.0 license".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean|can|ch)")
_LICENSE_AFTER = re.compile(r"\s+licen[cs]e\b", re.IGNORECASE)
_NTH = re.compile(
    r"[Tt](?<!\w.)he (first|second|third|fourth) (?:(?:version|generation) of (?:the )?)?([A-Z][\w-]*)")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# Words that name what a value says about its subject; the one nearest the value wins. Each
# list comes with the letters its words start with (lower case; the scan ignores case).
_ATTRIBUTE_WORDS: list[tuple[str, str, str]] = [
    # A press release is a statement, not a release of what it announces.
    # News says "issued" of what it would also say "released" (a rule, a report, a statement).
    ("cdiloru", r"\b(?:(?<!press )(?<!news )releas|launch|debut|unveil|open-sourced|reveal)\w*"
     r"|\brolled out\b|\brollout\b"
     r"|\bissu(?:ed|ing)\b"
     r"|\bcame out\b", "release"),
    ("d", r"\bdownload\w*", "downloads"),
    ("c", r"\bcapital expenditures?\b|\bcapex\b", "capital expenditure"),
    ("m", r"\bmonthly active users\b", "monthly active users"),
    ("l", r"\blost(?= (?:over|more|nearly|almost|about|another|an? |\$|\d))|\bloss(?:es)?\b", "loss"),
    ("s", r"\b(?:spent|spend|spending)\b", "spending"),
    ("r", r"\brevenues?\b", "revenue"),
    ("v", r"\bvalu(?:ed|ation)\b", "valuation"),
    # Money raised, not eyebrows or concerns: what is raised is a sum or funds.
    ("frs", r"\brais(?:ed|ing)\b"
     r"(?= (?:over |more |nearly |almost |about |an? |another |\S*\d|funds?\b|money\b|capital\b))"
     r"|\b(?:funding|seed|series [a-f]) rounds?\b", "funding"),
    ("dgir", r"\bincreas\w*|\bgrowth\b|\bgrow(?:s|ing)?\b|\brise\b|\bdouble[ds]?\b", "increase"),
    ("p", r"\bparameters?\b", "size"),
    ("s", r"\bstake\b", "stake"),
    ("b", r"\bbased on\b", "share based on"),
    ("bcpt", r"\bcluster\b|\bbeing trained\b|\b(?:pre-?)?trained on\b", "training"),
    ("abp", r"\b(?:buy|bought|purchas|acquir)\w*", "purchase"),
    ("cr", r"\brebrand\w*|\bchange its name\b|\brenam\w*", "rename"),
    # "established", not "an establishment"
    ("cef", r"\b(?:co-?)?found(?:ed|ing)\b|\bestablish(?:ed|es|ing)?\b", "founding"),
    ("l", r"\blaid off\b|\blayoffs?\b|\blaying off\b", "layoff"),
    ("l", r"\bletter\b", "letter"),
    ("aem", r"\bmeeting\b|\ball-hands\b|\bearnings call\b", "meeting"),
    ("ber", r"\bblog post\b|\bessay\b|\breport(?:ed)?\b", "publication"),
]
_ATTRIBUTE_INITIALS = "".join(sorted({letter for initials, _, _ in _ATTRIBUTE_WORDS for letter in initials}))
# One scan finds every attribute word; `lastindex` tells which. It finds what a scan per list
# would, because no two lists' words can overlap: each starts a word (\b) with letters no
# other list's word starts with (tests/test_context.py checks this on real text). The scan
# tries a word only if it starts with one of the initials, and a list only if it starts with
# one of the list's: re tries alternatives one by one, and one look at the letter passes
# over a list's (2x faster on the sentences of a news corpus).
_ATTRIBUTE_SCAN = re.compile(
    rf"\b(?=[{_ATTRIBUTE_INITIALS}])(?:"
    + "|".join(f"(?=[{initials}])({words})" for initials, words, _ in _ATTRIBUTE_WORDS) + ")", re.IGNORECASE)
_ATTRIBUTE_NAMES = [None] + [attribute for _, _, attribute in _ATTRIBUTE_WORDS]  # by group number
_RELEASE_PARENTHESIS = re.compile(r"\w\s*\($")  # "Llama 2 (July 2023)": a release date
_CLAUSE_END = re.compile(r"[;:—–]|\s-\s")
# What a value's clause says of it stops where another clause opens: in "said Monday that the
# department would release the report", Monday is not a release date.
_ATTRIBUTE_CLAUSE_END = re.compile(_CLAUSE_END.pattern + r"|\b(?:which|when|because|although|whereas)\b")
_CUT_MARKS = ";:—–-"  # every _CLAUSE_END match holds one of these
_PHRASE_END = re.compile(r"[;:—–,]|\s-\s")  # an attribute in the value's own phrase comes first
# An aside between two dashes ("Mistral AI - founded that year - released ..."): its verbs
# are not what the rest of the sentence says.
_ASIDE = re.compile(r"(?:\s[-–—]\s|[—–])[^—–]*?(?:\s[-–—]\s|[—–])")
QUALIFIER_REACH = 50  # characters between a figure and the year it is for, at most
# A year starts a word: checked after its first two digits, as in _NAME, so that re skips
# from one "19" or "20" to the next (twice as fast).
_YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
_ATTRIBUTION = re.compile(r"\b(?:[Aa]ccording to|[Tt]old|[Pp]er)\s+")  # its end: where the source is named
# Words that open a clause of their own: a name before one is not the subject after it.
_SUBORDINATE = re.compile(
    r"\b(?:because|when|while|although|though|whereas|which|who|whom|where|that)\b|,\s+(?:and|but)\b")
# Words that point back to the previous sentence's subject ("He issued his first last month").
_ANAPHOR = re.compile(r"\b(?:[Ii]ts?|[Tt]he (?:company|firm|startup|lab|group)|[Hh]e|[Ss]he|[Tt]hey)\b")
# "The model" points back to what the previous sentence made or released: its last name.
_PRODUCT_ANAPHOR = re.compile(r"\b[Tt]he (?:model|product|software|tool|library)\b")
_DIGIT = re.compile(r"\d")
# Words written with a capital and a period that name no one: "Aug. 14", "Mrs. Clinton" (the
# name is the word after the title).
_ABBREVIATIONS = frozenset(word.capitalize() for word in (*MONTH_ABBREVIATIONS, *NAME_TITLES))
# The hedge of a figure that opens a sentence ("About 15 million people ...", "Nearly 40").
_HEDGE_WORDS = frozenset(word.capitalize() for words in HEDGES.values() for word in words if word.isalpha())
# Capitalised words a name never starts with.
_NEVER_FIRST = SENTENCE_WORDS | _ABBREVIATIONS | _HEDGE_WORDS
# A name of one word (and a number): at the start of a sentence, it may be any word.
_ONE_WORD = re.compile(r"([A-Z][a-z]+)(?: \d[\d,.]*)?")
_OPENING = re.compile(r"[\W_]*")


class _found_once:
    """Make a method a value found on first use, as functools.cached_property does, without its lock.

    Python 3.11's cached_property takes a lock on each first use, and a claim's sentence asks
    for several values once each: this costs half as much per value. No sentence is shared
    between threads.
    """

    def __init__(self, find):
        self.find, self.name = find, find.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.find(instance)  # read from __dict__ from now on
        return value


def names(sentence: str) -> list[tuple[int, str]]:
    """Return (offset, name) of the names in a sentence; "the first Llama" is "Llama 1"."""
    return list(_names(sentence))


def _names(sentence: str) -> tuple[tuple[int, str], ...]:
    # _NTH matches only around an ordinal's word: most sentences have none, which four in-tests
    # tell for half the cost of the scan.
    ordinals = list(_NTH.finditer(sentence)) if any(word in sentence for word in _ORDINALS) else []
    found = [(m.start(), f"{m.group(2)} {_ORDINALS[m.group(1)]}") for m in ordinals]
    taken = {m.start(2) for m in ordinals}
    # No name holds an apostrophe (_NAME stops at one): "OpenAI’s ChatGPT" is two matches.
    for match in _NAME.finditer(sentence):
        words = match.group().split()
        while words and words[0] in _NEVER_FIRST:
            words.pop(0)
        if words and words[0][0].isupper():
            start = match.start() + match.group().index(words[0])
            if start not in taken:
                found.append((start, bare(" ".join(words))))
    return tuple(sorted(found))


def subject_of(sentence: str, offset: int, end: int, previous: str = "") -> str:
    """Pick the name the value at [offset, end) is about, or "" when the sentence names none."""
    return Sentence(sentence).subject(offset, end, Sentence(previous) if previous else None)


def attribute_of(sentence: str, offset: int, end: int, kind: str) -> str:
    """Name what the sentence says of its subject near [offset, end), or ""."""
    return Sentence(sentence).attribute(offset, end, kind)


def first_name(sentence: str, last: bool = False) -> str:
    """Return the first specific name of a sentence (its subject, most often), or the last."""
    return Sentence(sentence).first_name(last)


def qualifier(sentence: str, offset: int, end: int) -> str:
    """Return the year a figure is for ("lost $13.7 billion in 2022"): the nearest in its clause."""
    return Sentence(sentence).qualifier(offset, end)


class Sentence:
    """A sentence's names, clause cuts, attribute words and years, found once for all its values.

    A sentence holds several values and these are the same for each of them: each list is
    found on first use, and each value's subject and attribute are then read from the lists
    (by bisection or a short filter) instead of by scanning the sentence again.
    """

    def __init__(self, text: str, lowercase=None):
        self.text = text
        self._views: dict[tuple, _View] = {}
        self._clauses: dict[tuple[int, int], tuple[str, ...]] = {}
        # Tells whether the source writes a word in lower case ("about"): a capital at the
        # start of a sentence then says nothing ("About 15 million", "Cuts are on the table").
        self._lowercase = lowercase

    @_found_once
    def _all_names(self) -> tuple[tuple[int, str], ...]:
        return _names(self.text)

    @_found_once
    def _undivided(self) -> bool:
        return undivided(self.text)

    @_found_once
    def _candidates(self) -> list[_Name]:
        # Generic names ("AI") and demonyms ("French") count only when the sentence has no other.
        found = self._all_names
        if found and self._lowercase and self._opening_word(*found[0]):
            found = found[1:]
        specific = [(s, n) for s, n in found if n not in GENERIC_NAMES and not _DEMONYM.fullmatch(n)
                    and not _LICENSE_AFTER.match(self.text, s + len(n))]
        attributions = {m.end() for m in _ATTRIBUTION.finditer(self.text)}
        return [_Name(s, n, bool(_DIGIT.search(n)), s in attributions) for s, n in specific or found]

    def _opening_word(self, start: int, name: str) -> bool:
        """Tell whether a name is the sentence's first word and a word its source writes in lower case."""
        one = _ONE_WORD.fullmatch(name)
        opening = _OPENING.match(self.text).end() == start
        return bool(one and opening and self._lowercase(one.group(1).lower()))

    @_found_once
    def _versioned_spans(self) -> list[tuple[int, int]]:
        return [(s, s + len(n)) for s, n in self._all_names if _DIGIT.search(n)]

    @_found_once
    def _subordinate_ends(self) -> list[int]:
        return [m.end() for m in _SUBORDINATE.finditer(self.text)]

    @_found_once
    def _asides(self) -> list[tuple[int, int]]:
        if "-" not in self.text and "—" not in self.text and "–" not in self.text:
            return []  # no dash, no aside: three `in` tests cost a fifth of the scan
        return [m.span() for m in _ASIDE.finditer(self.text)]

    @_found_once
    def _plain(self) -> _View:
        return _View(self.text)

    @_found_once
    def _years(self) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _YEAR.finditer(self.text)]

    def first_name(self, last: bool = False) -> str:
        """Return the first specific name (its subject, most often), or the last."""
        return self._candidates[-1 if last else 0].name if self._candidates else ""

    def clause_names(self, offset: int, end: int) -> tuple[str, ...]:
        """Return the names in the clause that holds [offset, end), as `names` finds them in it.

        The sentence's names that start in the clause, without a scan of the clause: no name
        holds a cut mark (;:—– or a spaced dash), so none crosses the clause's edges, and a name
        starts a word there as it does in the clause alone (tests/test_context.py holds this equal
        to a scan of the clause). The claims of one clause share the tuple.
        """
        if self._undivided:
            return self._every_name
        span = self._plain.clause_cuts.around(offset, end)
        found = self._clauses.get(span)
        if found is None:
            start, stop = span
            found = self._clauses[span] = tuple(name for at, name in self._all_names if start <= at < stop)
        return found

    @_found_once
    def _every_name(self) -> tuple[str, ...]:
        return tuple(name for _, name in self._all_names)

    def subject(self, offset: int, end: int, previous: Sentence | None = None) -> str:
        """Pick the name the value at [offset, end) is about, or "" when the sentence names none.

        A versioned name the value ends ("13B" in "Llama 2 13B") is its subject. Otherwise a
        versioned name ("Llama 2") anywhere in the sentence wins, the nearest one; otherwise
        the value's clause decides (`_clause_subject`).
        """
        found = self._candidates
        # A name that starts inside the value is the value's own words ("About 15 million").
        holding = [n.name for n in found if n.start < offset < n.end and n.versioned]
        if holding:
            return holding[0]
        before = [n for n in found if n.end <= offset and not n.attributed]
        after = [n for n in found if n.start >= end]
        versioned = [n for n in before + after if n.versioned]
        if versioned:
            return min(versioned, key=lambda n: (abs(n.start - offset), n.start)).name
        return self._clause_subject(offset, before, after, previous)

    def _clause_subject(self, offset: int, before: list, after: list, previous: Sentence | None) -> str:
        """Pick the subject from the value's own clause, else from what its pronoun points to.

        The nearest name before the value in its clause comes first, since the grammatical
        subject usually does; then, when the clause says "it" or "the company", the nearest
        name before the clause or else the `previous` sentence's first name ("the model": its
        last name, the thing made); then the first name after the value; then the sentence's
        first name, the subject of its main clause.
        """
        opening = self._clause_opening(offset)
        own = [n for n in before if n.start >= opening]
        if own:
            return own[-1].name
        if _ANAPHOR.search(self.text, opening, offset) and (before or previous):
            return before[-1].name if before else previous.first_name()  # "Meta announced that it ..."
        if _PRODUCT_ANAPHOR.search(self.text, opening, offset) and previous:
            return previous.first_name(last=True)
        if after:
            return after[0].name
        return before[0].name if before else ""

    def _clause_opening(self, offset: int) -> int:
        """Return where the clause of a value at `offset` opens: after the last subordinating word."""
        if offset and _is_word(self.text[offset - 1]):
            # A word running into the value: its end is a word's end only when cut at the value.
            return max((m.end() for m in _SUBORDINATE.finditer(self.text, 0, offset)), default=0)
        return _last_at_most(self._subordinate_ends, offset)

    def attribute(self, offset: int, end: int, kind: str) -> str:
        """Name what the sentence says of its subject near [offset, end), or ""."""
        # The pattern ends at "(" (or "(" and a newline): a cheap look first, not a scan of the whole text.
        if kind == "date" and "(" in self.text[max(offset - 2, 0):offset] and _RELEASE_PARENTHESIS.search(
                self.text[:offset]):
            return "release"
        if kind == "figure" and any(s < end and offset < e for s, e in self._versioned_spans):
            return ""  # the size in "Mistral 7B" is the name's, whatever the sentence says of it
        attribute = self._view(offset, end).nearest_attribute(offset, end)
        year = self.qualifier(offset, end) if kind == "figure" else ""
        return f"{attribute} {year}".strip()

    def _view(self, offset: int, end: int) -> _View:
        """Return the sentence with the asides the value at [offset, end) is not in blanked."""
        if not self._asides:
            return self._plain
        kept = tuple(i for i, (start, stop) in enumerate(self._asides) if start <= offset and end <= stop)
        if kept not in self._views:
            blanked = [aside for i, aside in enumerate(self._asides) if i not in kept]
            self._views[kept] = _View(_blanked(self.text, blanked))
        return self._views[kept]

    def qualifier(self, offset: int, end: int) -> str:
        """Return the year a figure is for ("lost $13.7 billion in 2022"): the nearest in its clause.

        Only a year within a few words counts; one further away qualifies another figure.
        """
        near = [(s, e, year) for s, e, year in self._years
                if 0 <= offset - e <= QUALIFIER_REACH or 0 <= s - end <= QUALIFIER_REACH]
        if not near:  # most figures: no clause needs cutting
            return ""
        start, stop = self._plain.clause_cuts.around(offset, end)
        years = [(s, year) for s, e, year in near if start <= s and e <= stop]
        if not years:
            return ""
        return min(years, key=lambda y: (y[0] > offset, abs(y[0] - offset)))[1]


class _Name:
    """A name at `start` in a sentence, with what the subject rules ask of it."""

    __slots__ = ("start", "name", "end", "versioned", "attributed")

    def __init__(self, start: int, name: str, versioned: bool, attributed: bool):
        self.start, self.name, self.end = start, name, start + len(name)
        self.versioned = versioned  # "Llama 2": a version or size in the name
        self.attributed = attributed  # "according to Fortune": the source, not the subject


class _View:
    """A sentence's text as one value sees it (asides blanked): its cuts and attribute words."""

    def __init__(self, text: str):
        self.text = text

    @_found_once
    def hits(self) -> list[tuple[int, int, str]]:
        """Return (start, end, attribute) of each attribute word, in order."""
        scan = _ATTRIBUTE_SCAN.finditer(self.text)
        return [(m.start(), m.end(), _ATTRIBUTE_NAMES[m.lastindex]) for m in scan]

    @_found_once
    def phrase_cuts(self) -> _Cuts:
        return _Cuts(self.text, _PHRASE_END)

    @_found_once
    def clause_cuts(self) -> _Cuts:
        return _Cuts(self.text, _CLAUSE_END)

    @_found_once
    def attribute_cuts(self) -> _Cuts:
        return _Cuts(self.text, _ATTRIBUTE_CLAUSE_END)

    def nearest_attribute(self, offset: int, end: int) -> str:
        """Return the attribute word nearest [offset, end) in its phrase, else in its clause."""
        if not self.hits:  # most sentences: no cut needs finding
            return ""
        return self._nearest(offset, end, self.phrase_cuts) or self._nearest(offset, end, self.attribute_cuts)

    def _nearest(self, offset: int, end: int, cuts: _Cuts) -> str:
        start, stop = cuts.around(offset, end)
        hits = [(_distance(s, e, offset, end), attribute) for s, e, attribute in self.hits
                if start <= s and e <= stop]
        return min(hits)[1] if hits else ""


class _Cuts:
    """Where a cut pattern matches in a text, to find the span around any value by bisection."""

    def __init__(self, text: str, cut: re.Pattern):
        self.length = len(text)
        matches = list(cut.finditer(text))
        self.ends = [m.end() for m in matches]
        # `cut.search(text, end)` can also find a match starting inside one the scan took
        # (the second dash of " - - "): every position a match could start at.
        self.starts = [m.start() for m in matches] + [
            inside for m in matches for inside in range(m.start() + 1, m.end()) if cut.match(text, inside)]
        self.starts.sort()

    def around(self, offset: int, end: int) -> tuple[int, int]:
        """Return the span around [offset, end) up to the nearest cut on each side, as `clause` does."""
        after = bisect.bisect_left(self.starts, end)
        stop = self.starts[after] if after < len(self.starts) else self.length
        return _last_at_most(self.ends, offset), stop


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """Return text with each span replaced by as many spaces, keeping every offset."""
    pieces, cursor = [], 0
    for start, stop in spans:
        pieces += [text[cursor:start], " " * (stop - start)]
        cursor = stop
    pieces.append(text[cursor:])
    return "".join(pieces)


def _last_at_most(positions: list[int], offset: int) -> int:
    index = bisect.bisect_right(positions, offset)
    return positions[index - 1] if index else 0


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def undivided(sentence: str) -> bool:
    """Tell whether a sentence is a single clause: the own clause of every value in it."""
    # Most sentences hold no cut mark, and five in-tests cost a sixth of a search for a cut.
    return not any(mark in sentence for mark in _CUT_MARKS) or not _CLAUSE_END.search(sentence)


def clause(sentence: str, offset: int, end: int, cut: re.Pattern = _CLAUSE_END) -> tuple[int, int]:
    """Return the span around [offset, end) up to the nearest `cut` on each side."""
    start = max((m.end() for m in cut.finditer(sentence, 0, offset)), default=0)
    after = cut.search(sentence, end)
    return start, after.start() if after else len(sentence)


def _distance(start: int, stop: int, offset: int, end: int) -> int:
    return max(start - end, offset - stop, 0)


class LowerCase:
    """Tell whether a text writes a word in lower case somewhere ("about", "cuts"): a common word.

    Asked of the first word of each sentence. A few words are looked up in the text as they
    come; past `_LOOKUPS` distinct ones (a long document), the text's lower-case words are
    read once into a set, so a document costs one scan at most, not one per sentence.
    """

    _LOOKUPS = 64
    _WORDS = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")

    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, bool] = {}
        self.words: frozenset | None = None

    def __call__(self, word: str) -> bool:
        if self.words is not None:
            return word in self.words
        if word not in self.found:
            if len(self.found) >= self._LOOKUPS:
                self.words = frozenset(self._WORDS.findall(self.text))
                return word in self.words
            # Most first words are names the text never writes in lower case: a substring test
            # (in C, no pattern) rules them out, where the search tried its look-behind at every character.
            self.found[word] = word in self.text and re.search(rf"(?<![\w’'-]){word}(?![\w’'-])",
                                                               self.text) is not None
        return self.found[word]
