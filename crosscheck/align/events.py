"""The event a value belongs to: the lemmatised words that govern it in its clause.

"Llama 2 was released in July 2023" and "Meta's July 2023 release of Llama 2" share the
lemma "release"; "the court ruled on Friday" and "Friday's ruling" share "rule"; "met with
gun groups on Thursday" and "a meeting with the video-game industry on Friday" share "meet"
but not their other words. A claim's event is the set of lemmas of the content words next
to its value, in its own clause: `REACH` on each side, names, numbers and calendar words left
out, since those are values or subjects, not the event.

Lemmas come from simplemma (its English dictionary ships inside the package). Its first use
loads that dictionary (about 0.1 CPU s, measured), so it is loaded only when alignment asks: for
claims in a block that two sources share. A noun and the verb it is made from name one event
("the replacement, unveiled in June" / "finalized the rule in June to repeal and replace it"),
and a lemmatiser keeps them apart: event words are the Snowball stems of the lemmas
("replacement" and "replace" meet at "replac"), from snowballstemmer (pure Python).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

REACH = 3  # content words on each side of the value
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words that open no event of their own: speech and being, time and quantity words that
# every value has nearby, and function words.
EMPTY = frozenset("""
a an the and or but of in on at to for by with from as into onto over under about after before
during since until than then so such this that these those there here it its he she they we you
i his her their our your my them him us me who whom whose which what when where why how
is was were be been being are am has had have having do does did done will would shall should
can could may might must not no nor also just only even still yet very more most less least
say said says tell told according report reported reports percent per cent year years month
months week weeks day days time times today yesterday tomorrow tonight morning afternoon evening
night last next first second third early late ago earlier later nearly almost about around
roughly approximately some many much several few all each every other another one two three
mr mrs ms dr sen rep gov st jr
""".split())
_CALENDAR = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS))
_CUT = re.compile(r"[;:—–]|\s-\s")


def event_words(quote: str, offset: int, end: int) -> frozenset:
    """Return the roots (`root`) of the content words around the value at [offset, end) of `quote`.

    `plain_event_words`, without the words' places: the clause's tokens are found by one
    `findall` in C, and only the nearest are weighed, from the value outwards, each distinct
    token once (`_token_root`): half the time on 1,000 generated documents, measured.
    """
    start, stop = _clause(quote, offset, end)
    before = _TOKEN.findall(quote, start, offset)
    following = _TOKEN.findall(quote, end, stop)
    # The quote's first word may be capitalised, as a sentence's is, and still count (`_content`):
    # lower case, it is weighed as any other word.
    opening = before if offset > 0 else following if end == 0 else []
    if start == 0 and opening and _TOKEN.match(quote):
        opening[0] = opening[0].lower()
    return frozenset(_nearest(reversed(before)) + _nearest(following))


def plain_event_words(quote: str, offset: int, end: int) -> frozenset:
    """Return what `event_words` returns, from every content word of the clause and its place."""
    before, following = _around(quote, offset, end)
    return frozenset(root(word) for word, _ in before[-REACH:] + following[:REACH])


def _nearest(tokens) -> list[str]:
    """Return the roots of the first `REACH` tokens that are content words."""
    found = []
    for token in tokens:
        found_root = _token_root(token)
        if found_root:
            found.append(found_root)
            if len(found) == REACH:
                break
    return found


@lru_cache(maxsize=None)  # as `root`: a run's sentences repeat a few thousand distinct words
def _token_root(token: str) -> str:
    """Return the root of a token that is a content word where it stands (not the quote's first), else ""."""
    folded = _folded(token, False)
    return root(folded) if folded else ""


def head_word(quote: str, offset: int, end: int) -> str:
    """Return the lemma of the content word nearest the value in its clause, or "".

    "the 2012 attack" -> "attack", "announced Friday" -> "announce", "Friday's ruling" -> "rule":
    the word a value most often belongs to, whichever side it stands on.
    """
    before, following = _around(quote, offset, end)
    candidates = []
    if before:
        candidates.append((offset - before[-1][1], before[-1][0]))
    if following:
        candidates.append((following[0][1] - end, following[0][0]))
    return lemma(min(candidates)[1]) if candidates else ""


def _around(quote: str, offset: int, end: int) -> tuple[list, list]:
    """Return the content words of the value's clause before and after it, with their ends or starts."""
    start, stop = _clause(quote, offset, end)
    before = [(word, stop_at) for word, _, stop_at in _content(quote, start, offset)]
    following = [(word, start_at) for word, start_at, _ in _content(quote, end, stop)]
    return before, following


def _clause(quote: str, offset: int, end: int) -> tuple[int, int]:
    """Return where the clause of the value at [offset, end) starts and stops."""
    cuts = [cut.end() for cut in _CUT.finditer(quote, 0, offset)]
    start = cuts[-1] if cuts else 0
    after = _CUT.search(quote, end)
    return start, after.start() if after else len(quote)


def _content(text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    words = []
    for match in _TOKEN.finditer(text, start, stop):
        folded = _folded(match.group(), match.start() == 0)
        if folded:
            words.append((folded, match.start(), match.end()))
    return words


def _folded(word: str, first: bool) -> str:
    """Return a token lower case, without "'s", if it is a content word; else "".

    A capitalised token is a name, or part of one: the subject's business, not the event's;
    except the quote's `first`, capitalised as a sentence's first word is.
    """
    if word[0].isupper() and not first:
        return ""
    folded = word.lower().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded if len(folded) > 2 and folded not in EMPTY and folded not in _CALENDAR else ""


@lru_cache(maxsize=None)
def root(word: str) -> str:
    """Return the stem of a word's lemma, which a noun and its verb share ("replacement": "replac")."""
    return _stemmer().stemWord(lemma(word))


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # loaded on first use, as simplemma is: it reads every language's rules

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=None)
def lemma(word: str) -> str:
    """Return a word's dictionary form: "released" -> "release", "met" -> "meet", "ruling" -> "rule"."""
    import simplemma  # loaded on first use: its dictionary costs start-up time

    # low_memory: simplemma reads its dictionary in place, with an index of every 32nd word,
    # instead of building a dict of all 180,000: the same lemmas, for the few hundred words
    # a run asks about, in 0.10 CPU s instead of 0.15 and 16 MiB less peak memory on 1,000
    # generated documents (measured; simplemma 2.0 and later).
    found = simplemma.lemmatize(word, lang="en", low_memory=True)
    if found == word and word.endswith("ing") and len(word) > 5:
        # simplemma reads "ruling" as a noun; the verb it names is the event ("ruled").
        stem = word[:-3]
        for candidate in (stem + "e", stem, stem[:-1]):
            if simplemma.is_known(candidate, lang="en", low_memory=True):
                return simplemma.lemmatize(candidate, lang="en", low_memory=True)
    return found.lower()
