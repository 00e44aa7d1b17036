"""What a claim is about: its subject and attribute, read from the sentence around it."""
from __future__ import annotations

import re
from functools import lru_cache

from .entities.canonical import bare
from .entities.words import GENERIC_NAMES, SENTENCE_WORDS

# Capitalised names, with a version number and a size when they have them ("Llama 3.1",
# "GPT-4o", "Mistral 7B", "Llama 2 13B", "Mixtral 8x7B"). A version number ends a name:
# "Llama 3 Large Language Models" is about "Llama 3".
_NAME = re.compile(r"\b[A-Z][\w&.-]*[\w](?:[ -][A-Z][\w-]*)*"
                   r"(?:[ -]\d+(?:\.\d+)?(?:x\d+)?(?:[a-z]|[BMKT]\b)?\b){0,2}")
# Capitalised words that qualify a noun rather than name a thing: "the French lab", "the
# Apache 2.0 license".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean|can|ch)")
_LICENSE_AFTER = re.compile(r"\s+licen[cs]e\b", re.IGNORECASE)
_POSSESSIVE_SPLIT = re.compile(r"[’']s\s+")
_NTH = re.compile(
    r"\b[Tt]he (first|second|third|fourth) (?:(?:version|generation) of (?:the )?)?([A-Z][\w-]*)")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# Words that name what a value says about its subject; the one nearest the value wins.
_ATTRIBUTE_WORDS: list[tuple[str, str]] = [
    (r"\b(?:releas|launch|debut|unveil|open-sourced|reveal)\w*|\brolled out\b|\brollout\b|\bcame out\b",
     "release"),
    (r"\bdownload\w*", "downloads"),
    (r"\bcapital expenditures?\b|\bcapex\b", "capital expenditure"),
    (r"\bmonthly active users\b", "monthly active users"),
    (r"\blost(?= (?:over|more|nearly|almost|about|another|an? |\$|\d))|\bloss(?:es)?\b", "loss"),
    (r"\b(?:spent|spend|spending)\b", "spending"),
    (r"\brevenues?\b", "revenue"),
    (r"\bvalu(?:ed|ation)\b", "valuation"),
    (r"\braised\b|\braising\b|\b(?:funding|seed|series [a-f]) rounds?\b", "funding"),
    (r"\bincreas\w*|\bgrowth\b|\bgrow(?:s|ing)?\b|\brise\b|\bdouble[ds]?\b", "increase"),
    (r"\bparameters?\b", "size"),
    (r"\bstake\b", "stake"),
    (r"\bbased on\b", "share based on"),
    (r"\bcluster\b|\bbeing trained\b|\b(?:pre-?)?trained on\b", "training"),
    (r"\b(?:buy|bought|purchas|acquir)\w*", "purchase"),
    (r"\brebrand\w*|\bchange its name\b|\brenam\w*", "rename"),
    (r"\b(?:co-?)?found(?:ed|ing)\b|\bestablish\w*", "founding"),
    (r"\blaid off\b|\blayoffs?\b|\blaying off\b", "layoff"),
    (r"\bletter\b", "letter"),
    (r"\bmeeting\b|\ball-hands\b|\bearnings call\b", "meeting"),
    (r"\bblog post\b|\bessay\b|\breport(?:ed)?\b", "publication"),
]
_ATTRIBUTES = [(re.compile(words, re.IGNORECASE), attribute) for words, attribute in _ATTRIBUTE_WORDS]
# Most clauses name no attribute: one scan tells, before the patterns are tried one by one.
_ANY_ATTRIBUTE = re.compile("|".join(f"(?:{words})" for words, _ in _ATTRIBUTE_WORDS), re.IGNORECASE)
_RELEASE_PARENTHESIS = re.compile(r"\w\s*\($")  # "Llama 2 (July 2023)": a release date
_CLAUSE_END = re.compile(r"[;:—–]|\s-\s")
_PHRASE_END = re.compile(r"[;:—–,]|\s-\s")  # an attribute in the value's own phrase comes first
# An aside between two dashes ("Mistral AI - founded that year - released ..."): its verbs
# are not what the rest of the sentence says.
_ASIDE = re.compile(r"(?:\s[-–—]\s|[—–])[^—–]*?(?:\s[-–—]\s|[—–])")
QUALIFIER_REACH = 50  # characters between a figure and the year it is for, at most
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ATTRIBUTION = re.compile(r"\b(?:[Aa]ccording to|[Tt]old|[Pp]er)\s+$")
# Words that open a clause of their own: a name before one is not the subject after it.
_SUBORDINATE = re.compile(
    r"\b(?:because|when|while|although|though|whereas|which|who|whom|where|that)\b|,\s+(?:and|but)\b")
# Words that point back to the previous sentence's subject.
_ANAPHOR = re.compile(r"\b(?:[Ii]ts?|[Tt]he (?:company|firm|startup|lab|group))\b")
# "The model" points back to what the previous sentence made or released: its last name.
_PRODUCT_ANAPHOR = re.compile(r"\b[Tt]he (?:model|product|software|tool|library)\b")


def names(sentence: str) -> list[tuple[int, str]]:
    """Return (offset, name) of the names in a sentence; "the first Llama" is "Llama 1"."""
    return list(_names(sentence))


@lru_cache(maxsize=4096)  # the claims of one sentence, and the next sentence's "previous"
def _names(sentence: str) -> tuple[tuple[int, str], ...]:
    ordinals = list(_NTH.finditer(sentence))
    found = [(m.start(), f"{m.group(2)} {_ORDINALS[m.group(1)]}") for m in ordinals]
    taken = {m.start(2) for m in ordinals}
    for match in _NAME.finditer(sentence):
        offset = match.start()
        for part in _POSSESSIVE_SPLIT.split(match.group()):  # "OpenAI’s ChatGPT": two names
            words = part.split()
            while words and words[0] in SENTENCE_WORDS:
                words.pop(0)
            if words and words[0][0].isupper():
                start = offset + part.index(words[0])
                if start not in taken:
                    found.append((start, bare(" ".join(words))))
            offset += len(part) + 3
    return tuple(sorted(found))


def subject_of(sentence: str, offset: int, end: int, previous: str = "") -> str:
    """Pick the name the value at [offset, end) is about, or "" when the sentence names none.

    A versioned name the value overlaps ("13B" in "Llama 2 13B") is its subject. Otherwise a
    versioned name ("Llama 2") anywhere in the sentence wins, the nearest one; otherwise
    the value's clause decides (`_clause_subject`). Generic names ("AI") count only when
    the sentence has no other.
    """
    found = _specific(names(sentence), sentence)
    holding = [n for s, n in found if s < end and offset < s + len(n) and re.search(r"\d", n)]
    if holding:
        return holding[0]
    before = [(s, n) for s, n in found if s + len(n) <= offset and not _ATTRIBUTION.search(sentence[:s])]
    after = [(s, n) for s, n in found if s >= end]
    versioned = [c for c in before + after if re.search(r"\d", c[1])]
    if versioned:
        return min(versioned, key=lambda c: (abs(c[0] - offset), c[0]))[1]
    return _clause_subject(sentence, offset, before, after, previous)


def _clause_subject(sentence: str, offset: int, before: list, after: list, previous: str) -> str:
    """Pick the subject from the value's own clause, else from what its pronoun points to.

    The nearest name before the value in its clause comes first, since the grammatical
    subject usually does; then, when the clause says "it" or "the company", the nearest
    name before the clause or else the `previous` sentence's first name ("the model": its
    last name, the thing made); then the first name after the value; then the sentence's
    first name, the subject of its main clause.
    """
    opening = max((m.end() for m in _SUBORDINATE.finditer(sentence, 0, offset)), default=0)
    own = [c for c in before if c[0] >= opening]
    if own:
        return own[-1][1]
    if _ANAPHOR.search(sentence, opening, offset) and (before or previous):
        return before[-1][1] if before else first_name(previous)  # "Meta announced that it ..."
    if _PRODUCT_ANAPHOR.search(sentence, opening, offset) and previous:
        return first_name(previous, last=True)
    if after:
        return after[0][1]
    return before[0][1] if before else ""


def first_name(sentence: str, last: bool = False) -> str:
    """Return the first specific name of a sentence (its subject, most often), or the last."""
    found = _specific(names(sentence), sentence)
    return found[-1 if last else 0][1] if found else ""


def _specific(found: list[tuple[int, str]], sentence: str) -> list[tuple[int, str]]:
    specific = [(s, n) for s, n in found if n not in GENERIC_NAMES and not _DEMONYM.fullmatch(n)
                and not _LICENSE_AFTER.match(sentence, s + len(n))]
    return specific or found


def attribute_of(sentence: str, offset: int, end: int, kind: str) -> str:
    """Name what the sentence says of its subject near [offset, end), or ""."""
    if kind == "date" and _RELEASE_PARENTHESIS.search(sentence[:offset]):
        return "release"
    if kind == "figure" and any(s < end and offset < s + len(n) and re.search(r"\d", n)
                                for s, n in names(sentence)):
        return ""  # the size in "Mistral 7B" is the name's, whatever the sentence says of it
    attribute = _nearest_attribute(sentence, offset, end, _PHRASE_END) or _nearest_attribute(
        sentence, offset, end, _CLAUSE_END)
    year = qualifier(sentence, offset, end) if kind == "figure" else ""
    return f"{attribute} {year}".strip()


def _nearest_attribute(sentence: str, offset: int, end: int, cut: re.Pattern) -> str:
    sentence = _without_asides(sentence, offset, end)
    start, stop = clause(sentence, offset, end, cut)
    part = sentence[start:stop]
    if not _ANY_ATTRIBUTE.search(part):
        return ""
    hits = [(_distance(m.start() + start, m.end() + start, offset, end), attribute)
            for pattern, attribute in _ATTRIBUTES for m in pattern.finditer(part)]
    return min(hits)[1] if hits else ""


def _without_asides(sentence: str, offset: int, end: int) -> str:
    """Blank the asides the value at [offset, end) is not in, keeping every offset."""
    def blank(match: re.Match) -> str:
        inside = match.start() <= offset and end <= match.end()
        return match.group() if inside else " " * len(match.group())
    return _ASIDE.sub(blank, sentence)


def clause(sentence: str, offset: int, end: int, cut: re.Pattern = _CLAUSE_END) -> tuple[int, int]:
    """Return the span around [offset, end) up to the nearest `cut` on each side."""
    start = max((m.end() for m in cut.finditer(sentence, 0, offset)), default=0)
    after = cut.search(sentence, end)
    return start, after.start() if after else len(sentence)


def qualifier(sentence: str, offset: int, end: int) -> str:
    """Return the year a figure is for ("lost $13.7 billion in 2022"): the nearest in its clause.

    Only a year within a few words counts; one further away qualifies another figure.
    """
    start, stop = clause(sentence, offset, end)
    years = [m for m in _YEAR.finditer(sentence, start, stop)
             if 0 <= offset - m.end() <= QUALIFIER_REACH or 0 <= m.start() - end <= QUALIFIER_REACH]
    if not years:
        return ""
    return min(years, key=lambda m: (m.start() > offset, abs(m.start() - offset))).group()


def _distance(start: int, stop: int, offset: int, end: int) -> int:
    return max(start - end, offset - stop, 0)
