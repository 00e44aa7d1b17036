"""Which way a date relative to the document points: back from the publication date, or forward.

A yearless "Sept. 27" or a bare "Friday" names the one nearest the publication date in the
direction its clause points. News English marks the future with words before the date ("will
vote on Friday", "by Sept. 27", "scheduled for Tuesday", "plans to ... in June") or just after it
("Friday will be business as usual"), or as the verb of a clause the date opens ("On Wednesday,
his colleagues will likely elect"), and the past with its verbs ("said Monday", "was arrested
Friday"). The word nearest the date, within its clause, decides: a "will" in another clause
or further away does not push "said Monday" forward. With no cue the date points back, as the
contract says ("the most recent one on or before the publication date").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..vocabulary import CLAUSE_OPENERS, FUTURE_AUXILIARIES, FUTURE_BEFORE_TO

# A sentence ends at . ! ? (and a closing quote) before a capital or an opening quote: "Sept. 30"
# and "Sen. Whitehouse" may end a window early, which only hides cues, never adds one.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z]|\Z)")
# Where a clause ends: punctuation that opens an aside or a quote, or a comma and a conjunction.
_CLAUSE_CUT = re.compile(r"[;:()\[\]“”\"—–]|\s--\s|,\s+(?:and|but|while|although|though|whereas|because|"
                         r"as|which|who|whom|where|when|so|yet|or)\b|\bbut\b|\band\s+(?=[a-z]+ed\b)"
                         # a condition's verbs, not the main clause's "would", tell its date's tense
                         r"|\b(?:if|unless)\b")
# Words, with the pieces tokenised text splits off them: "wo n't", "They ’ll", "Thursday ’s".
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?|n[’']t|[’'](?:ll|s)\b")

# Words that put what follows in the future, wherever they stand in the clause before the date.
FORWARD = frozenset((
    "will", "wo", "won’t", "won't", "shall", "gonna", "upcoming", "coming", "next", "scheduled", "slated",
    "expected", "due", "deadline", "planned", "poised", "would", "could", "might", "should", "must",
    "can", "may", "tentatively", "later", "awaiting", "await", "awaits", "tomorrow", "until", "till",
    "pending", "set",
))
# Verbs of intent, forward only before "to" ("plans to testify on Friday"), not as nouns ("his plan").
_INTENT = frozenset(("plans", "plan", "planning", "aims", "intends", "intend", "hopes", "hope", "expects",
                     "expect", "wants", "want", "vowed", "vows", "promised", "promises", "pledged"))
# Modal verbs and others spelt like a name or a month in title case ("May", "Will"): lower case only.
_LOWER_ONLY = frozenset(("may", "can", "will", "set", "due", "coming", "would"))
# Words that mark a deadline or a start only right before the date: "by Sept. 27", "until April 7",
# "before Jan. 3", "through June", "starting Monday", "as soon as Tuesday".
_ADJACENT_FORWARD = frozenset(("by", "before", "through", "starting", "beginning", "soon", "early", "later",
                               "ahead"))
# Past-tense verbs that do not end in "-ed" (not those spelt as their base form: "will shut
# down the government in September"), and other words of the past.
BACK = frozenset((
    "said", "told", "was", "were", "had", "did", "didn’t", "didn't", "ago", "last", "earlier",
    "previously", "already", "yesterday", "since", "began", "came", "went", "met", "took", "made",
    "gave", "held", "led", "left", "lost", "won", "sent", "spoke", "wrote", "sat", "stood", "rose",
    "fell", "broke", "brought", "bought", "caught", "chose", "drove", "found", "got", "grew", "heard",
    "kept", "knew", "laid", "meant", "paid", "ran", "saw", "sold", "shot", "showed",
    "sought", "struck", "swore", "taught", "thought", "threw", "understood", "wore", "became", "felt",
    "fought", "forgot", "hung", "spent", "stole", "withdrew", "overtook", "undid", "upheld", "wrote",
    "hid",
))
# "-ed" words that are not the past: passives of the future ("be voted"), and the forward words.
_NOT_PAST_BEFORE = frozenset(("be", "been", "being", "will", "to", "is", "are", "would", "could", "should"))
# Words before a date that make it qualify a noun: "the November election", "a Feb. 4 deadline".
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "this", "that"))
_AUXILIARY_AFTER = frozenset(("is", "are", "was", "s", "’s", "'s"))
_FORWARD_AFTER = frozenset(("expected", "scheduled", "slated", "set", "due", "planned", "the"))
# Words that may stand before a date that opens its clause: "But on Monday, ...", "Late Friday, ...".
_OPENING = frozenset(("on", "but", "and", "so", "then", "yet", "now", "late", "early"))
# Verbs that are the clause's own and say nothing of the future: the subject has ended there.
_OTHER_VERBS = frozenset(("is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "would",
                          "could", "can", "may", "might", "should", "must", "says", "say"))


class Direction(NamedTuple):
    """Which way a date points from the publication date, and the word that says so."""

    forward: bool
    cue: str  # the word that decided; "" when no word did (the default: back)


BACKWARD = Direction(False, "")


def direction(text: str, start: int, end: int) -> Direction:
    """Tell which way the date at text[start:end] points, from the words of its clause."""
    before = _clause_before(text, start)
    words = _WORD.findall(before)
    near = _nearest(words)
    adjacent = _adjacent(words)
    if adjacent and (near.forward or not near.cue):  # "was no longer on Twitter by late Sunday"
        return adjacent
    after = _after(text, end, attributive=bool(words) and words[-1].lower() in _DETERMINERS)
    if after:
        return after
    if words and words[-1].lower() in _DETERMINERS:  # "said the November election would be": the
        return BACKWARD                              # verbs before tell of the saying, not the date
    if all(word.lower() in _OPENING for word in words):  # "On Wednesday, the House will likely elect"
        return _fronted(text, end) or near
    return near


def past_nearby(text: str, start: int, end: int) -> bool:
    """Tell whether a verb of the past stands in the date's clause, before or after it."""
    before = _WORD.findall(_clause_before(text, start))
    after = _WORD.findall(_clause_after(text, end, 120))[:10]
    words = before + ["<date>"] + after
    return any(word.lower() in BACK or _is_past_participle(words, index) for index, word in enumerate(words))


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 250):start]  # a long sentence may name its verb far ahead
    window = _SENTENCE_END.split(window)[-1]
    return _CLAUSE_CUT.split(window)[-1]


def _clause_after(text: str, end: int, reach: int) -> str:
    """Return the words after a date, up to `reach` characters, that stand in its sentence and clause."""
    return _CLAUSE_CUT.split(_SENTENCE_END.split(text[end:end + reach])[0])[0]


def _adjacent(words: list[str]) -> Direction | None:
    """Return the direction a deadline word right before the date gives ("by", "until", "before")."""
    for word in reversed(words[-3:]):
        lower = word.lower()
        if lower in ("soon", "early") and words[-1].lower() != "as":  # only "as soon as", "as early as"
            return None
        if lower == "by" and _is_agent(words):  # "prompted by December's massacre": who did it, not when
            return None
        if lower in _ADJACENT_FORWARD or lower in ("until", "till"):
            return Direction(True, lower)
        if lower not in ("on", "in", "the", "of", "end", "late", "mid", "as", "no", "than", "next"):
            return None
    return None


def _is_agent(words: list[str]) -> bool:
    """Tell whether the "by" before the date follows a passive verb ("prompted by")."""
    index = max(i for i, word in enumerate(words) if word.lower() == "by")
    return index > 0 and (words[index - 1].endswith("ed") or words[index - 1].lower() in BACK)


def _after(text: str, end: int, attributive: bool = False) -> Direction | None:
    """Return the direction the words right after the date give ("Friday will be", "Monday said").

    After a date that qualifies a noun ("the November election would be"), the verb after the noun.
    """
    words = [word.lower() for word in _WORD.findall(_clause_after(text, end, 60))[:5]]
    if attributive and len(words) > 1 and words[0].isalpha() and words[1] in ("will", "would", "is", "was"):
        words = words[1:]
    if not words:
        return None
    if "deadline" in words[:3]:  # "his Aug. 31 withdrawal deadline", "a Feb. 4 deadline"
        return Direction(True, "deadline")
    if words[0] in ("will", "wo", "won’t", "won't", "shall", "would"):
        return Direction(True, words[0])
    if words[0] in _AUXILIARY_AFTER and len(words) > 1 and words[1] in _FORWARD_AFTER - {"the"}:
        return Direction(True, words[1])
    if words[0] in ("said", "was", "were", "had"):
        return Direction(False, words[0])
    return None


def _fronted(text: str, end: int) -> Direction | None:
    """Return forward when the verb of the clause a date opens is the future ("On Wednesday, the
    House will likely elect", "On Tuesday, lawmakers plan to vote"); None when it is not.

    The verb is the first one after the date and its subject, within the clause: a "will" past
    "that", "which" or "said" belongs to another clause ("Monday's vote, which will decide").
    """
    words = [word.lower() for word in _WORD.findall(_clause_after(text, end, 120))[:8]]
    if words and words[0] in _AUXILIARY_AFTER - {"is", "are", "was"}:  # "Monday's vote": a noun's date
        return None
    for index, word in enumerate(words):
        following = (words[index + 1:index + 3] + ["", ""])[:2]
        if word in CLAUSE_OPENERS or word in BACK:
            return None
        if word.endswith(("’ll", "'ll")):  # "they ’ll", "they'll"
            return Direction(True, "will")
        if word in FUTURE_AUXILIARIES:
            return Direction(True, word)
        if word in ("is", "are") and following[0] in FUTURE_BEFORE_TO and following[1] == "to":
            return Direction(True, f"{word} {following[0]} to")
        subject = words[index - 1] if index else ""
        if word in ("plan", "plans") and following[0] == "to" and subject and subject not in _DETERMINERS:
            return Direction(True, f"{word} to")
        if word in _OTHER_VERBS or word.endswith("ed") and len(word) >= 5:
            return None
    return None


def _nearest(words: list[str]) -> Direction:
    """Return the direction the cue nearest the date gives; back when the clause has none."""
    for index in range(len(words) - 1, -1, -1):
        cue = _cue(words, index, near=index >= len(words) - 3)
        if cue:
            return cue
    return BACKWARD


def _cue(words: list[str], index: int, near: bool) -> Direction | None:
    """Return the direction the word at `index` gives, if any; `near`: it is just before the date."""
    word, lower = words[index], words[index].lower()
    previous = words[index - 1].lower() if index > 0 else ""
    if lower in FORWARD and (lower not in _LOWER_ONLY or word == lower):
        if lower != "set" or _followed_by(words, index, ("to", "for")):  # "set to", not "a set of"
            return Direction(True, lower)
    if lower in _INTENT and _followed_by(words, index, ("to",)):
        return Direction(True, lower)
    if lower.endswith(("’ll", "'ll")):
        return Direction(True, "will")
    if previous in ("is", "are", "am") and (lower.endswith("ing") or near and lower.endswith("ed")):
        return Direction(True, f"{previous} {lower}")  # "is testifying on Oct. 22", "are closed Tuesday"
    if lower in BACK or near and _is_past_participle(words, index):
        return Direction(False, lower)
    return None


def _followed_by(words: list[str], index: int, followers: tuple[str, ...]) -> bool:
    return index + 1 < len(words) and words[index + 1].lower() in followers


def _is_past_participle(words: list[str], index: int) -> bool:
    """Tell whether an "-ed" word is a past verb: not after "be" or "will" ("will be voted on").

    Asked only of the words just before the date ("arrested Friday", "announced on Monday"):
    further off, an "-ed" word is as often an adjective or a participle ("compared with").
    """
    word = words[index]
    if not word.endswith("ed") or len(word) < 5 or not word.islower():
        return False
    return index == 0 or words[index - 1].lower() not in _NOT_PAST_BEFORE
