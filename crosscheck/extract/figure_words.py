"""The words around a figure: hedges, scales, currencies, units and the counted noun."""
from __future__ import annotations

import re
import string
from typing import Optional, Tuple

from .. import units
from ..numbers import FOLD, FRACTION, NUMBER_WORD, UNITS, WORD_NUMBER
from ..vocabulary import MONTH_ABBREVIATIONS, MONTHS
from .anchored import alternation, backwards

HEDGES = {
    "gt": ("over", "more than", "above", "exceeding", "upwards of", "in excess of", "north of",
           "greater than", "higher than", "just over", "well over", "over than"),
    "ge": ("at least", "no less than", "no fewer than", "a minimum of"),
    "lt": ("fewer than", "less than", "under", "below", "just under", "shy of", "lower than"),
    "le": ("up to", "as high as", "as many as", "as much as", "at most", "no more than",
           "a maximum of", "as large as"),
    "approx": ("nearly", "almost", "about", "around", "roughly", "approximately", "some",
               "close to", "an estimated", "estimated", "circa", "approx.", "~"),
}
_BOUND_OF = {word: bound for bound, words in HEDGES.items() for word in words}
_HEDGE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(_BOUND_OF, key=len, reverse=True))
    + r"))\s*$", re.I)
# The same hedges spelled backwards, matched on the reversed text from the number: one anchored
# match, where a search for `_HEDGE_BEFORE` tries each of the 20 characters before the number.
_HEDGE_BACKWARDS = re.compile(r"\s*(?:" + alternation(w[::-1] for w in _BOUND_OF) + r")(?![\w-])", re.I)
HEDGE_AFTER = re.compile(r"(?:\s+or\s+(?:more|so)\b|-?plus\b|\+)", re.I)

SCALE_OF = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
            "bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "mil": 10**6, "tn": 10**12,
            "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7}
SCALE_AFTER = re.compile(
    r"(?:\s+|-)(?P<scale>thousand|million|billion|trillion|lakhs?|crores?)\b"
    r"|\s?(?P<scale_>bn|bln|mn|mln|mil|tn|cr)\b", re.I)
PER = re.compile(r"\s*(?:per|/|an?)\s*(?P<denominator>" + "|".join(units.DENOMINATORS) + r")\b", re.I)
PERCENT = re.compile(r"\s?%|\s*(?:percent|per\s+cent|pct)\b|\s+percentage\s+points?\b", re.I)

_SYMBOLS = "|".join(re.escape(s) for s in sorted(units.CURRENCY_SYMBOLS, key=len, reverse=True))
CURRENCY_BEFORE = re.compile(rf"(?:(?P<symbol>{_SYMBOLS})|\b(?P<code>[A-Z]{{3}}|Rs\.?|RM))\s?$")
# The characters a CURRENCY_BEFORE match ends in: a symbol's sign, a code's capital, "Rs", "Rs.".
CURRENCY_BEFORE_ENDS = frozenset(symbol[-1] for symbol in units.CURRENCY_SYMBOLS) | frozenset(
    string.ascii_uppercase + "s.")
# Cents written after a number: "92 cents", "10 cent", "10¢"; "per cent" is read before as a percent.
CENTS = re.compile(r"\s?¢|\s*cents?\b", re.I)
_TIMES = re.compile(r"\s+times\b", re.I)
# What follows "times" when it multiplies ("2.5 times as many", "three times larger"), not counts.
MULTIPLE = re.compile(r"\s+(?:as\b(?!\s+of)|more|less|larger|bigger|higher|greater|faster|smaller|lower"
                      r"|slower|cheaper|longer|the\s+(?:size|number|amount|rate|price|cost))\b", re.I)
# The one-dollar words: "a dollar", "one euro"; "a pound" is left alone, as it may weigh.
# And one of a measure: "a kilogram", "one liter", "a mile" ("a pound" may be money).
ONE_MEASURES = ("kilogram", "kilo", "kg", "gram", "lb", "liter", "litre", "milliliter", "millilitre", "ml",
                "gallon", "mile", "kilometer", "kilometre", "meter", "metre", "tonne")
ONE_MONEY = rf"(?:an?|one)(?=\s+(?:dollar|euro|buck|{'|'.join(ONE_MEASURES)})s?\b)"
CURRENCY_SIGN_AFTER = re.compile(rf"\s?(?P<symbol>{_SYMBOLS})(?!\w)")
_NAMES = alternation(units.CURRENCY_NAMES)
CURRENCY_AFTER = re.compile(
    rf"\s*(?:of\s+)?(?:\b(?P<code>[A-Z]{{3}})\b|(?P<name>(?i:{_NAMES}))\b)")
MEASURE_AFTER = re.compile(r"(?P<space>\s?)(?P<unit>[A-Za-z°][A-Za-z/]*"
                           r"(?:\s+(?i:celsius|fahrenheit)|(?<=degrees)\s[CF])?)\b")

# One number as written: digits (with glued letters read later), a fraction, a multiple, a
# vague plural, "multi-billion dollar", or number words. The look-behind keeps out numbers
# inside words, versions ("3.1"), times, dates and model names ("GPT-4").
CORE = re.compile(
    rf"""
    # a cheap first test: a digit, or the first letters of a number word at the start of a word
    (?=\d|(?<![\w-])(?:zer|one|two|thr|fou|fiv|six|sev|eig|nin|ten|ele|twe|thi|for|fif|an?\s|hal
                       |doz|hun|tho|mil|bil|tri|mul))
    (?:(?<![\w.,/:-])(?P<fold>{FOLD})\b
    | (?<![\w.,/:-])(?:(?P<whole>\d{{1,3}})\s+)?
        (?P<numerator>\d{{1,2}})/(?P<denominator>\d{{1,2}})(?![\w/.,:]|-\d)
    | (?:(?<![\w.,/:])|(?<=\b[A-Z]{{3}})|(?<=\bRs)|(?<=\bRM))(?<![A-Za-z][-–])
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<tail>[A-Za-z]+)?(?![\w.,:/]\d)
    | (?<![\w-])(?P<fraction>{FRACTION})\b
    | (?<![\w-])(?P<vague>tens|dozens|hundreds|thousands|millions|billions|trillions)(?=\s+of\b)
    | (?<![\w-])(?P<multi>multi-?(?:million|billion|trillion)|million|billion|trillion)(?=[\s-]dollar)
    | (?<![\w-])(?P<one>{ONE_MONEY})
    | (?<![\w-])(?P<words>{WORD_NUMBER})\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every number word CORE reads starts with one of these (lower case: "tens", "thirds"), so
# the search for figures can skip the text between them.
NUMBER_STEMS = (*(word for word in UNITS if len(word) > 2), "dozen", "hundred", "thousand", "million",
                "billion", "trillion", "half", "third", "quarter", "fifth", "tenth", "multi",
                "dollar", "euro", "buck", *ONE_MEASURES)
# The rest of a ratio: "one in five adults", "Six-in-ten U.S. adults", "3 out of 4".
RATIO_REST = re.compile(
    rf"[\s-]+(?:in|out\s+of)[\s-]+(?P<whole>\d{{1,3}}|{NUMBER_WORD})\b(?!\s*(?:%|percent))", re.I)
PHONE = re.compile(r"(?=[+(\d])(?<![\w+(])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[.-]\d{4}\b")

# Words that end the run of words after a number: what follows them is not the counted noun.
_STOP = frozenset("""
a an the and or nor but of in on at to for by with from as into onto than that which who whom
whose this these those it its is are was were be been being has have had do does did will would
can could may might shall should must not no so too also only just even still now then there
here where when while if per each apiece alone later ago ones more less most least before
after since until during about over under between among against across through via off up down
out his her their our your my he she they we you i me him them us said says say told according
worth
""".split())
_MONTHS = frozenset((*MONTHS, *MONTH_ABBREVIATIONS))
_WORD = re.compile(r"[^\S\n]+(?:(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)")
# The word before a number, spelled backwards: `(?<!\w)([A-Za-z0-9][\w’'.&-]*|#)\s*$` on the reversed text.
_WORD_BACKWARDS = re.compile(r"\s*(#|[\w’'.&-]*[A-Za-z0-9])(?!\w)")
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*s")
_SINGULAR_END = re.compile(r"(?:ss|us|is|'s|’s)$")
# Tokenised text spaces the hyphen: "the 60 - vote hurdle" (a lower-case word after it).
_HYPHENED = re.compile(r"(?:-| - (?=[a-z]))(?P<word>[A-Za-z]+)\b")
# Words that start a sentence or a clause, so a number after them is no part of a name.
_FUNCTION_CAPS = frozenset(w.capitalize() for w in _STOP) | frozenset(
    "Some About Around Roughly Nearly Almost Over Another Only All Its Their Just Approximately "
    "Exactly Over Under Below Above Fewer Less More Up Those Top Total Former".split())


def hedge_before(text: str, start: int) -> Optional[Tuple[int, str]]:
    """Return (start, bound) of a hedge written just before a number."""
    at = len(text) - start
    found = _HEDGE_BACKWARDS.match(backwards(text), at)
    if not found:
        return None
    if found.end() - at > 20:  # the longest hedge starts too far back; a shorter one may not
        found = _HEDGE_BEFORE.search(text, max(0, start - 20), start)
        return found and _hedge(found.start(), found.group())
    return _hedge(len(text) - found.end(), found.group()[::-1])


def _hedge(start: int, words: str) -> Optional[Tuple[int, str]]:
    # re.IGNORECASE matches "ſome" (long s) for "some" and "approxİmately" for "approximately";
    # casefold reads the first as the hedge, and a form it cannot read is no hedge.
    bound = _BOUND_OF.get(words.strip().casefold())
    return (start, bound) if bound else None


def is_name_number(text: str, start: int, tail: str) -> bool:
    """Tell a number that belongs to a name ("Llama 3", "IE 11", "Windows 10", "No. 5")."""
    if tail == "B":  # "Llama 3 70B": a model size after the name
        return False
    word = word_before(text, start)
    if not word or (word.isalpha() and word.islower()):  # "has 3", "about 5": most numbers
        return False
    if _POSSESSIVE.search(word):  # "Facebook's 3 billion users": a possessive, not a name
        return False
    if word == "#" or word in ("No.", "no.", "Nos."):
        return True
    if word[0].isdigit() and tail and units.measure(tail, attached=True):
        return False  # "5V 3A": a second measurement, not "Section 27A"
    named = any(c.isupper() or c.isdigit() for c in word)  # "Llama 3", "iPhone 15"; not "10-20"
    return named and any(c.isalpha() for c in word) and word not in _FUNCTION_CAPS


def word_before(text: str, start: int) -> Optional[str]:
    """Return the word (or "#") that ends, but for spaces, where a number starts, within 30 characters."""
    at = len(text) - start
    found = _WORD_BACKWARDS.match(backwards(text), at, at + 30)
    return found and found.group(1)[::-1]


def times_after(text: str, end: int) -> Optional[Tuple[str, int]]:
    """Return ("x" or "time", end) of "times" after a number: a multiple or a count of occurrences."""
    found = _TIMES.match(text, end)
    if not found:
        return None
    if MULTIPLE.match(text, found.end()):  # "2.5 times as many", "three times larger"
        return "x", found.end()
    word = _WORD.match(text, found.end())
    following = word.group().strip() if word else ""
    if following and following.lower() not in _STOP and following.islower() and not following.endswith("ly"):
        return "x", found.end()  # "3.5 times revenue growth", "10 times last year's sales"
    return "time", found.end()  # "downloaded 600 million times on sites like"


def counted_noun_after(text: str, end: int) -> Optional[Tuple[str, int]]:
    """Return (counted noun, end) of the noun a number counts, "" if none, None for time."""
    hyphened = _HYPHENED.match(text, end)
    if hyphened:  # "a 100,000-GPU cluster", "a 40-year-old": the glued word is the noun
        word = hyphened["word"]
        if word.lower() in units.TIME_NOUNS or word.lower() in _MONTHS:
            return None  # "a 40-year-old", "24-Feb-2023": an age or a date
        if (len(word) == 1 and not units.measure(word, attached=True)) or word.lower() in _STOP:
            return "", end  # "Form 10-K", "a 10-Q filing": a name; "a 1-for-20 split": a ratio
        return units.measure(word, attached=True) or units.counted_noun(word), hyphened.end()
    words = []
    position = end
    while len(words) < 4:
        found = _WORD.match(text, position)
        if not found or found.group().strip().lower() in _STOP:
            break
        words.append((found.group().strip(), found.end()))
        position = found.end()
    if words and words[0][0].lower().rstrip(".") in units.TIME_NOUNS:
        return None
    heads = [(w, e) for w, e in words if _plural(w)]
    if not heads:
        return "", end
    head, head_end = heads[-1]
    if _all_title_case([w for w, e in words if e <= head_end]):
        return "", end  # "the 100 Most Powerful People": a title, not a count
    return units.counted_noun(head), head_end - (1 if head.endswith(".") else 0)


def _plural(word: str) -> bool:
    word = word.rstrip(".")
    if _ACRONYM_PLURAL.fullmatch(word):
        return True
    lower = word.lower()
    return lower in units.IRREGULAR_PLURALS or (
        lower.endswith("s") and not _SINGULAR_END.search(lower) and len(lower) > 2)


def _all_title_case(words) -> bool:
    return all(w[0].isupper() and not w.isupper() and not _ACRONYM_PLURAL.fullmatch(w)
               for w in words)
