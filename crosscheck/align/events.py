"""The event a value belongs to: the lemmatised words that govern it in its clause.

"Llama 2 was released in July 2023" and "Meta's July 2023 release of Llama 2" share the
lemma "release"; "the court ruled on Friday" and "Friday's ruling" share "rule"; "met with
gun groups on Thursday" and "a meeting with the video-game industry on Friday" share "meet"
but not their other words. A claim's event is the set of lemmas of the content words next
to its value, in its own clause: `REACH` on each side, names, numbers and calendar words left
out, since those are values or subjects, not the event.

Lemmas come from simplemma (its English dictionary ships inside the package). Its first use
loads that dictionary (about 0.6 s, measured), so it is loaded only when alignment asks: for
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
    """Return the roots (`root`) of the content words around the value at [offset, end) of `quote`."""
    before, following = _around(quote, offset, end)
    return frozenset(root(word) for word, _ in before[-REACH:] + following[:REACH])


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
    start = max((m.end() for m in _CUT.finditer(quote, 0, offset)), default=0)
    after = _CUT.search(quote, end)
    stop = after.start() if after else len(quote)
    before = [(word, stop_at) for word, _, stop_at in _content(quote, start, offset)]
    following = [(word, start_at) for word, start_at, _ in _content(quote, end, stop)]
    return before, following


def _content(text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    words = []
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        if word[0].isupper() and match.start() > 0:
            continue  # a name, or part of one: the subject's business, not the event's
        folded = word.lower().replace("’", "'")
        if folded.endswith("'s"):
            folded = folded[:-2]
        if len(folded) > 2 and folded not in EMPTY and folded not in _CALENDAR:
            words.append((folded, match.start(), match.end()))
    return words


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

    found = simplemma.lemmatize(word, lang="en")
    if found == word and word.endswith("ing") and len(word) > 5:
        # simplemma reads "ruling" as a noun; the verb it names is the event ("ruled").
        stem = word[:-3]
        for candidate in (stem + "e", stem, stem[:-1]):
            if simplemma.is_known(candidate, lang="en"):
                return simplemma.lemmatize(candidate, lang="en")
    return found.lower()
