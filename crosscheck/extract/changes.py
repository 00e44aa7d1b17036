"""Changes of a date: "moved the deadline from March 31 to April 15" states two dates, not a range.

News writes a rescheduling as "from X to Y" after a change word ("moved", "pushed back",
"postponed", "an extension of"): X is the old date, Y the new, and another outlet often states
only one of them ("the new date, November 15"). Read as one range, the phrase would cover the
weeks between and align with neither. Where no change word governs the phrase ("runs from May 1
to May 31", "surveyed adults from July 11 to July 14"), it stays a range.
"""
from __future__ import annotations

import re

from ..vocabulary import CHANGE_PARTICLE_VERBS, CHANGE_PARTICLES, CHANGE_WORDS, REACH_WORDS
from .date_patterns import ITEM_PATTERN

# How far back the governing word may stand: the verb and its object, which news often
# qualifies ("postpone the 2014 opening date for 2015 enrollment in Obamacare – from").
_WORDS_BACK = 10
_LOOK_BACK = 120  # characters, enough for that many words
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[%$€£]")
# Punctuation that ends the clause before "from"; a comma too, but not one right before "from"
# ("a two-week delay, from March 31 to April 15" is governed).
_CLAUSE_END = re.compile(r"[.;:!?()\[\]\"“”\n]|,(?=\s*\w)")
# Words that open another clause, or say that what follows "from" is no date of the change: a
# destination ("moved to Boston from 2010 to 2015"), a figure's amount ("cut emissions by 20%
# from 2005 to 2020").
_STOPS = frozenset("and or but that which who whom whose when where while because as if to by per percent"
                   .split())
_YEAR = re.compile(r"1[7-9]\d\d|20\d\d")
_PASSIVE = frozenset("was were been be is are being get gets got".split())
# Lower-case words ending in "s" that are no plural noun.
_NOT_PLURAL = frozenset("its his this was has is does as us yes news thus".split())
ROLES = ("was", "now")  # what the two dates of a change are: the old value, then the new


def of_date(text: str, match: re.Match) -> bool:
    """Tell whether a date candidate "from X to Y" is a change of one date from X to Y."""
    lead = match["lead"]
    if not lead or lead.strip().lower() != "from" or not _two_items_to(match["items"]):
        return False
    start = match.start()
    before = text[max(0, start - _LOOK_BACK):start]
    ends = [end.end() for end in _CLAUSE_END.finditer(before)]
    before = before[ends[-1]:] if ends else before
    written = _WORD.findall(before)[-_WORDS_BACK:]
    return _governed([word.lower() for word in written], written)


def _two_items_to(items: str) -> bool:
    spans = [found.span() for found in ITEM_PATTERN.finditer(items)]
    return len(spans) == 2 and items[spans[0][1]:spans[1][0]].strip(" ,").lower() == "to"


def _governed(words: list[str], written: list[str]) -> bool:
    """Read the words before "from" right to left, up to a change word that governs them."""
    for index in range(len(words) - 1, -1, -1):
        word, after = words[index], words[index + 1:]
        if word in CHANGE_WORDS and (word not in REACH_WORDS or _has_object(after)
                                     or (index > 0 and words[index - 1] in _PASSIVE)):
            return True
        if word in CHANGE_PARTICLE_VERBS and any(later in CHANGE_PARTICLES for later in after):
            return True
        if word in _STOPS or _amount(word) or _plural(written[index]):
            return False  # another clause, a destination or an amount: not a date's change
    return False


def _amount(word: str) -> bool:
    """Tell a number or currency sign from a year, which names an event ("the 2014 opening date")."""
    return word in "%$€£" or (word.isdigit() and not _YEAR.fullmatch(word))


def _has_object(words: list[str]) -> bool:
    return any(word not in CHANGE_PARTICLES for word in words)


def _plural(word: str) -> bool:
    """Tell a lower-case plural ("jobs", "emissions"): what a count changes, not a date."""
    return (word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_PLURAL)
