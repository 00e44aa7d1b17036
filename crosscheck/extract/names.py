"""Proper names: organisations, people and places named by capitalised words.

A run of capitalised words is a name ("Paul Ryan", "Hurricane Sandy", "Kaiser Family
Foundation"); small words join it only where news English uses them inside a name: "of",
"for" and "on" after a word that heads an organisation or an office ("Department of
Justice", "Centers for Disease Control and Prevention", "Select Committee on Benghazi"),
"and" inside such a tail, "v." in a case ("Roe v. Wade"), particles in a person's name
("Mohammed bin Salman"). "Lindsey Graham of South Carolina" is two names, since "Graham"
heads nothing.

Left out: words that open sentences ("However", "The"), month and weekday names, all-caps
words (datelines, outlets, acronyms: an acronym counts only where its source spells it out),
photo credits ("Jessica Estepa USA TODAY") and bylines ("By Jane Doe").

A title before a person's name is the role it states, not part of the name: "Taoiseach Leo
Varadkar" gives the name "Leo Varadkar" and the title "taoiseach"; "President Obama" gives the
title alone (a name needs two words). Each name is claimed with the attribute `name` and the
subject `name_key` gives it, so that "Labor Department" and "Department of Labor" are one
name; a title with the attribute "title: <title>" about the surname, so that only the same
title of the same surname is put side by side (a different title is a different fact, never
a contradiction: "Senate Leader" / "Senate Majority Leader").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Collection

from ..entities.canonical import bare, fold, initials, name_key
from ..entities.given_names import forms
from ..entities.words import GENERIC_NAMES, SENTENCE_WORDS, UPPER, adverb
from ..model import EntityValue, Mention, Source
from ..vocabulary import (
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    ORGANISATION_ENDS,
    ORGANISATION_HEADS,
    PERSON_TITLES,
    TITLE_QUALIFIERS,
    WEEKDAYS,
)
from .anchored import occurrences

NAME = "name"  # the attribute of a name claim
TITLE = "title: "  # the attribute of a title claim starts so

_JOINERS = r"(?:of|for|on|and|the|v\.|vs\.|&|" + "|".join(sorted(NAME_PARTICLES)) + ")"
# A capitalised word; the look-behind after its capital is a `\b` before it, written so that
# `re` skips from one capital to the next.
_WORD = rf"{UPPER}(?<![\w’'.&-].)[\w’'.&-]*"
# Two words or more: one capitalised word alone (most open a sentence) names nothing here.
_RUN = re.compile(rf"{_WORD}(?:(?: {_JOINERS}){{0,2}} {_WORD})+")
_BEFORE_SKIPPED = re.compile(r"(?:\bBy|\bPhoto:?|\bCredit:?|\bPhotograph:?|\bImage:?)\s+$")
_POSSESSIVE = re.compile(r"[’']s?$")
_POSSESSIVES = ("’s", "'s", "’", "'")
# Abbreviations whose dot belongs to the word: a dot after any other word ends a sentence.
_DOTTED = frozenset({"u.s.", "u.k.", "u.n.", "d.c.", "st.", "jr.", "sr.", "mt.", "ft.", "v.", "vs."})
_NOT_NAME_WORDS = frozenset(w.lower() for w in SENTENCE_WORDS) | set(MONTHS) | set(WEEKDAYS) | {
    f"{m}." for m in MONTH_ABBREVIATIONS} | set(MONTH_ABBREVIATIONS)
_OF = frozenset({"of", "for", "on"})
# Words before "of"/"for"/"on" that the name goes on after ("Department of", "Speaker of").
_HEADS = ORGANISATION_HEADS | PERSON_TITLES
# Words that end a title, so never stand in the name after it ("Minister for Foreign Affairs").
_TITLE_WORDS = PERSON_TITLES | TITLE_QUALIFIERS | ORGANISATION_HEADS
# Three to six capitals, a word: two ("AI", "US") stand for too many names. The `\b` before
# it is a look-behind after its first capital, so that `re` skips from capital to capital.
_ACRONYM = re.compile(r"[A-Z](?<!\w.)[A-Z]{2,5}\b")


def extract(source: Source) -> list[Mention]:
    """Find the proper names of a source, the titles before people's names, and spelt-out acronyms."""
    text = source.text
    mentions: list[Mention] = []
    in_heading = _heading_lines(text)
    for run in _RUN.finditer(text):
        if _BEFORE_SKIPPED.search(text, max(run.start() - 12, 0), run.start()) or in_heading(run.start()):
            continue
        mentions += [replace(mention, start=mention.start + run.start(), end=mention.end + run.start())
                     for mention in _named_in_run(run.group())]
    # Unmasked: a sentence's names are what its dates and figures align on.
    return _first(mentions + _acronyms(text, mentions))


def _named(run: str, offset: int) -> list[Mention]:
    """Return the name and title claims of a run of capitalised words at `offset`."""
    return [mention for start, words in _segments(run, offset) for mention in _claims(start, words)]


# Runs repeat across a corpus ("White House", "Mr. Trump": 40% of the runs of 78 news stories
# were met in an earlier story, 63% of a generated corpus's), and what a run names depends on
# its words alone: each is read once, at offset 0, and its claims moved to where it stands
# (this extractor's CPU: 0.41 -> 0.31 s on 1,000 generated documents, 0.12 -> 0.10 s on 78 news stories).
@lru_cache(maxsize=8192)
def _named_in_run(run: str) -> tuple[Mention, ...]:
    return tuple(_named(run, 0))


PER_SOURCE = 5  # mentions of one name claimed in one source: a source names its subject dozens of times


def _first(mentions: list[Mention]) -> list[Mention]:
    """Keep the first few mentions of each name and title: more say nothing new and cost a claim each."""
    seen: dict[tuple[str, str], int] = {}
    kept = []
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (mention.attribute, mention.value.normalized)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= PER_SOURCE:
            kept.append(mention)
    return kept


# A line that starts with "#": the pattern opens with the "#" and looks back for the line's
# start, so that `re` skips from one "#" to the next (a text without one costs a tenth).
_HEADING = re.compile(r"#(?<![^\n]#)[^\n]*")


def _heading_lines(text: str):
    """Return a test of whether an offset is on a line that starts with "#" (a Markdown heading).

    The spans of those lines are found once: looking back from each name for its line's start
    cost the length of the line each time, quadratic on a text of one long line.
    """
    spans = [match.span() for match in _HEADING.finditer(text)]
    starts = [start for start, _ in spans]

    def in_heading(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and offset <= spans[index][1]
    return in_heading


def _segments(run: str, offset: int) -> list[tuple[int, list[str]]]:
    """Split a run of capitalised words into the names it holds: (start, words) each."""
    found: list[tuple[int, list[str]]] = []
    words: list[str] = []
    start = position = offset
    tokens = run.split(" ")
    for n, token in enumerate(tokens):
        at = position
        position += len(token) + 1
        word, cut_after = _word(token)
        if word is None:  # a word no name holds: ends the name before it
            if _credit(tokens, n):
                words = []  # "Jessica Estepa USA TODAY": a photo credit, not a name
            found.append((start, words))
            words, start = [], position
            continue
        if not words:
            start = at
        words.append(word)
        if cut_after:
            found.append((start, words))
            words, start = [], position
    found.append((start, words))
    return [(start, kept) for start, words in found for start, kept in _joined(start, words)]


def _word(token: str) -> tuple[str | None, bool]:
    """Return a token as a name word (None if no name holds it) and whether the name ends after it."""
    lower = token.lower()
    if not token[0].isupper():
        return token, False
    if lower in _NOT_NAME_WORDS or _all_caps(token):
        return None, False
    last = token[-1]
    if last in "s’'" and token.endswith(_POSSESSIVES):  # "Biden’s": the name ends here
        return _POSSESSIVE.sub("", token), True
    if last == "." and lower not in _DOTTED and not _initial(token) and lower[:-1] not in PERSON_TITLES:
        return token[:-1], True  # a full stop
    return token, False


def _all_caps(token: str) -> bool:
    """Tell whether a word is two or more capitals ("USA", "WASHINGTON", "HHS"), not "U.S." or "J."."""
    return token.isupper() and len(token) >= 2 and token[1] != "." and token.lower() not in _DOTTED


def _credit(tokens: list[str], n: int) -> bool:
    """Tell whether two all-caps words follow at `n` with nothing after: an outlet in a photo credit."""
    return n + 1 < len(tokens) and _all_caps(tokens[n]) and _all_caps(tokens[n + 1])


def _initial(token: str) -> bool:
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def _joined(start: int, words: list[str]) -> list[tuple[int, list[str]]]:
    """Cut the words where a small word does not join a name, and trim sentence words."""
    pieces: list[tuple[int, list[str]]] = []
    current: list[str] = []
    at = start
    piece_start = start
    in_tail = False  # inside "of ..." after a head word: "and" joins there
    i = 0
    while i < len(words):
        word = words[i]
        if word[:1].isupper() or word in ("&",):
            if not current:
                piece_start = at
            current.append(word)
            at += len(word) + 1
            i += 1
            continue
        # A group of small words: keep it when it joins the words on both sides.
        group = []
        while i < len(words) and not words[i][:1].isupper():
            group.append(words[i])
            i += 1
        if current and i < len(words) and _joins(current, group, _next_words(words, i), in_tail):
            in_tail = in_tail or group[0] in _OF
            current += group
        else:
            pieces.append((piece_start, current))
            current, in_tail = [], False
        at += sum(len(w) + 1 for w in group)
    pieces.append((piece_start, current))
    return [_trimmed(s, piece) for s, piece in pieces if piece]


def _next_words(words: list[str], i: int) -> list[str]:
    """Return the capitalised words from `i` up to the next small word."""
    end = i
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return words[i:end]


def _joins(before: list[str], group: list[str], after: list[str], in_tail: bool) -> bool:
    first = group[0]
    if first in ("v.", "vs.", "&") or (len(group) == 1 and first in NAME_PARTICLES):
        return True
    if first in _OF:
        head = before[-1].lower().rstrip(".")
        return head in _HEADS and group[1:] in ([], ["the"])
    if first == "and":
        # "Department of Health and Human Services"; "Immigration and Customs Enforcement", but
        # "Catholic Charities and Bethany Christian Services" are two.
        return len(group) == 1 and (in_tail or len(before) == 1 and after[-1].lower() in ORGANISATION_ENDS)
    return False


def _trimmed(start: int, words: list[str]) -> tuple[int, list[str]]:
    while words and (words[0].lower() in _NOT_NAME_WORDS or not words[0][:1].isupper() or adverb(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    while words and not words[-1][:1].isupper():
        words = words[:-1]
    return start, words


def _claims(start: int, words: list[str]) -> list[Mention]:
    """Return the name and title claims of one name's words."""
    capitals = [w for w in words if w[:1].isupper()]
    if not capitals:
        return []
    titled = _title_split(words)
    if titled:
        title, name = titled
        title_words = " ".join(title)
        name_start = start + len(title_words) + 1
        name_text = " ".join(name)
        found = [_name(name_start, name_text)] if len(name) >= 2 else []
        folded = [w.lower().rstrip(".") for w in title]
        if not set(folded) <= HONORIFICS:  # "Mr. Pence" states no role
            role = name_key(" ".join(w for w, f in zip(title, folded) if f not in HONORIFICS))
            whole = f"{title_words} {name_text}"
            found.append(Mention("entity", start, start + len(whole), whole, EntityValue(title_words, role),
                                 subject=name[-1], attribute=TITLE + role, masked=False))
        return found
    if len(capitals) < 2:
        return []
    return [_name(start, " ".join(words))]


def _name(start: int, name: str) -> Mention:
    words = name.split()
    if 2 <= len(words) <= 3 and _given_name(words[0]) and not _organisation(words):
        # A person's name ("Paul Ryan"): claimed as `people` claims one, so that the two meet
        # and a person is keyed by given name and surname.
        return Mention("entity", start, start + len(name), name, EntityValue(name, fold(name)),
                       subject=bare(words[-1]), attribute="name spelling", masked=False)
    key = name_key(name)
    return Mention("entity", start, start + len(name), name, EntityValue(name, key), subject=key,
                   attribute=NAME, masked=False)


def _given_name(word: str) -> bool:
    """Tell whether a word is a given name the nickname list knows ("Paul", "Nick", "Mitch")."""
    return word.isalpha() and len(forms(word)) > 1


def _organisation(words: list[str]) -> bool:
    return any(w.lower() in ORGANISATION_ENDS for w in words)


def _title_split(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Split "Minister for Foreign Affairs Simon Coveney" into its title and the name after it."""
    folded = [w.lower().rstrip(".") for w in words]
    last = max((i for i, w in enumerate(folded[:-1]) if w in PERSON_TITLES), default=-1)
    if last < 0:
        return None
    tail = words[last + 1:]
    if tail[0] in _OF or tail[0] == "the":  # the title goes on: the name is the last words
        size = 3 if len(tail) >= 4 and (_initial(tail[-2]) or tail[-2] in NAME_PARTICLES) else 2
        if len(tail) <= size:
            return None
        name = tail[-size:]
    else:
        name = tail
    if len(name) > 3 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in name):
        return None
    if any(w.lower().rstrip(".") in _TITLE_WORDS for w in name):
        return None
    return words[:len(words) - len(name)], name


def _acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Claim an acronym as the name its source spells out before it: "the Department of Justice ... DOJ"."""
    spelt: dict[str, tuple[int, str]] = {}
    done = set()
    for mention in mentions:
        if mention.attribute == NAME and mention.text not in done and " " in mention.value.normalized:
            done.add(mention.text)
            for letters in initials(mention.text):
                spelt.setdefault(letters, (mention.end, mention.text))
    if not spelt:
        return []
    found = []
    for match in _acronyms_spelt(text, spelt):
        stated = spelt.get(match.group())
        if stated and stated[0] <= match.start() and match.group() not in GENERIC_NAMES:
            key = name_key(stated[1])
            found.append(Mention("entity", match.start(), match.end(), match.group(),
                                 EntityValue(stated[1], key), subject=key, attribute=NAME, masked=False))
    return found


def _acronyms_spelt(text: str, spelt: Collection[str]) -> list[re.Match]:
    """Return the matches of `_ACRONYM` in `text` that are one of `spelt`, as `finditer` finds them.

    A text spells out a few names, so a `str.find` for each of their acronyms costs less than
    a scan of every capital. A match is a whole word of capitals (`\\b` ends it and none can
    end inside a run of them), so it starts where its word does and no two overlap; its
    look-behind reads the text before the offset it is tried at.
    """
    words = [letters for letters in spelt if 3 <= len(letters) <= 6]  # as many as `_ACRONYM` matches
    found = (_ACRONYM.match(text, at) for at in sorted(set(occurrences(text, words))))
    return [match for match in found if match and match.group() in spelt]
