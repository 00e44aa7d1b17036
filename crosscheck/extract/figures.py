"""Figure mentions: money, counts, percentages and sizes with bounds, scales and units.

Each number found in the text is read outward: to the left for a currency sign and a hedge
("as high as $"), to the right for a scale, a percent sign, a currency name, a measurement
unit or the counted noun. Numbers of one written list or range are then joined (see
`figure_lists`), and a number that still has no unit is dropped: a bare number is too often
a year, a version, a list marker or a footnote to be a claim.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, List, Optional, Tuple

from .. import numbers, units
from ..model import Mention, Source
from .anchored import digit_runs, lowered, matches, word_search, word_starts
from .figure_lists import Piece, join, shifted
from .figure_words import (
    CENTS,
    CORE,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_BEFORE_ENDS,
    CURRENCY_SIGN_AFTER,
    HEDGE_AFTER,
    MEASURE_AFTER,
    NUMBER_STEMS,
    PER,
    PERCENT,
    PHONE,
    RATIO_REST,
    SCALE_AFTER,
    SCALE_OF,
    counted_noun_after,
    hedge_before,
    is_name_number,
    times_after,
)

_OF_SCALE = re.compile(r"\s+of\s+(thousands|millions|billions|trillions)\b", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_PART_OF = re.compile(r"\b(?:first|second|third|last|latter|back|front|other|1st|2nd)[\s-]+$", re.I)
_LEADING_ZERO = re.compile(r"0\d")
_AFTER_A_NUMBER = re.compile(r"(?<![\d.,])\d+ \Z")
_PEOPLE_BEFORE = re.compile(
    r"\b(?:population|crowd)\s+of\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?\Z",
    re.IGNORECASE)
_POWER_OF_TEN = re.compile(r"10+")
# CORE reads "billion-dollar" in any case, so its "dollar" is matched in any case here too.
_DOLLAR = re.compile(r"[\s-]dollar", re.I)
# "a billion" before "-dollar": the article is the noun's ("a billion-dollar bet"), not the number's.
_ARTICLE_SCALE = re.compile(r"an?\s+(million|billion|trillion)", re.I)
# Only "a" and "an" stand before a number's first word ("a million", "a half"), and only a
# plus sign or a parenthesis before a phone number's first digits; both matched on the
# reversed text.
_WORD_LEAD = re.compile(r"(?:[\s-]+n?a)?", re.I)
_PHONE_LEAD = re.compile(r"[+(]?")
_NUMBER_WORD_START = word_search(NUMBER_STEMS)


def extract(source: Source) -> List[Mention]:
    """Find figure mentions in a source's text."""
    text = source.text
    phone_matches, number_matches = numbers_in(text)
    phones = {i for m in phone_matches for i in range(*m.span())}
    pieces = []
    for match in number_matches:
        if match.start() in phones:
            continue
        piece = _read(text, match)
        if piece is not None:
            pieces.append(piece)
    return [piece.mention(text) for piece in join(text, pieces) if piece.unit]


def numbers_in(text: str) -> Tuple[Iterable[re.Match], Iterable[re.Match]]:
    """Return the matches of PHONE and of CORE, as `finditer` would, tried only at digits and number words."""
    lower = lowered(text)
    if lower is None:
        return PHONE.finditer(text), CORE.finditer(text)
    digits = digit_runs(text)
    words = word_starts(lower, _NUMBER_WORD_START)
    phones = list(matches(PHONE, text, digits, _PHONE_LEAD)) if _has_phone_tail(text, digits) else []
    return phones, matches(CORE, text, sorted(digits + words), _WORD_LEAD)


def _has_phone_tail(text: str, digits: List[int]) -> bool:
    """Tell whether a run of digits ends a phone number: three digits, "." or "-", then four."""
    # Every phone number ends so and most texts hold none: then PHONE is tried at no run of
    # digits. Looking at the runs already found costs less than searching the text again.
    return any(start >= 4 and text[start - 1] in ".-" and text[start - 4:start - 1].isdecimal()
               and start + 4 <= len(text) and text[start:start + 4].isdecimal() for start in digits)


def _read(text: str, match: re.Match) -> Optional[Piece]:
    part = match["words"] or (match["digits"] if not match["tail"] else None)
    ratio = RATIO_REST.match(text, match.end()) if part else None
    if ratio:
        return _read_ratio(text, match.start(), part, ratio)
    if match["denominator"]:
        return _read_slashed(text, match)
    if match["digits"]:
        return _read_digits(text, match)
    if match["fraction"]:
        return _read_fraction(text, match)
    if match["fold"]:
        value = numbers.fold(match["fold"])
        return _finish(text, match.start(), match.end(), value, value, "x")
    if match["vague"]:
        return _read_vague(text, match.start(), match.end(), match["vague"], None)
    if match["multi"]:
        return _read_multi(text, match)
    if match["one"]:
        return _read_one(text, match)
    return _read_words(text, match)


def _after_a_bare_number(text: str, start: int) -> bool:
    """Tell whether a number stands right after another that starts its text, line or sentence
    ("245 23 yen": one number written with a space, or a list), not after a name's number
    ("Dortel 1 580 million times", "Llama 3 70B")."""
    # The search needs a digit and a space right before the number; most numbers have neither.
    if start < 2 or text[start - 1] != " " or not text[start - 2].isdecimal():
        return False
    previous = _AFTER_A_NUMBER.search(text, max(0, start - 12), start)
    if previous is None:
        return False
    before = text[:previous.start()].rstrip(" ")
    return not before or before[-1] in ".!?;:(\n"


def _read_digits(text: str, match: re.Match) -> Optional[Piece]:
    start, end, tail = match.start(), match.end("digits"), match["tail"] or ""
    if _LEADING_ZERO.match(match["digits"]):
        return None  # "011", or the "000" of "10 000": no figure starts with a zero
    if not match["tail"] and _after_a_bare_number(text, start):
        return None  # "245 23 yen": digits after a bare number and a space are no figure of their own
    start, number = _signed(text, start, Decimal(match["digits"].replace(",", "")))
    currency, sign_start = _currency_before(text, start)
    if tail.lower() == "s":  # "$100s of billions": a vague plural written in digits; not "1990s"
        if not _POWER_OF_TEN.fullmatch(match["digits"]):
            return None
        return _read_vague(text, sign_start, match.end(), match["digits"] + "s", currency)
    if tail.lower() == "x":
        return _finish(text, start, match.end(), number, number, "x")
    scale, unit = 1, None
    if tail:
        scale, unit = _tail(tail, currency)
        if scale is None:
            return None  # "4chan", "21st", "GPT-4o": letters glued to a number that are no unit
        end = match.end()
    if not currency and (text[start - 1:start].isalpha() or _is_year(match["digits"], tail, text, end)):
        return None  # digits glued to letters that name no currency ("ABC123"), or a year
    piece = _complete(text, sign_start, end, number, scale, currency, unit, _decimals(match["digits"]))
    if piece and not currency and _named(text, match.start(), tail, piece.unit):
        return None
    return piece


def _decimals(digits: str) -> Optional[int]:
    """Return how many digits are written after the decimal point ("3.50": 2), None if there is none."""
    point = digits.find(".")
    return None if point < 0 else len(digits) - point - 1


def _read_slashed(text: str, match: re.Match) -> Optional[Piece]:
    """Read "1/4 inch", "2 1/2 miles": a fraction before a measurement unit; "24/7" or "3/4" may be dates."""
    numerator, denominator = int(match["numerator"]), int(match["denominator"])
    hyphen = text.startswith("-", match.end())  # "a 3/8-inch bolt"
    measure = _measure_after(text, match.end() + hyphen)
    if not measure or not 0 < numerator < denominator:
        return None
    value = (Decimal(numerator) / denominator).quantize(Decimal("0.0001")).normalize()
    value += int(match["whole"] or 0)
    return _finish(text, match.start(), measure[1], value, value, measure[0])


def _signed(text: str, start: int, number: Decimal) -> Tuple[int, Decimal]:
    """Read a minus sign written just before the digits: "-18 °C", "$-99.99", not "GPT-4"."""
    if text[start - 1:start] in ("-", "−") and not text[max(0, start - 2):start - 1].isalnum():
        return start - 1, -number
    return start, number


def _named(text: str, start: int, tail: str, unit: str) -> bool:
    """Tell a number in a name ("Llama 3 models"); a measured one ("Processor 2.80 GHz") is none."""
    measured = unit == "%" or (unit in units.SYMBOLS and len(tail) != 1)
    return not measured and is_name_number(text, start, tail)


def _tail(tail: str, currency: Optional[str]):
    """Read letters glued to the digits: a scale ("bn", "B") or a unit ("GB", "km")."""
    scale = numbers.GLUED_SCALES.get(tail.lower())
    if tail in ("B", "M", "T", "K", "k") or (currency and scale):
        # "70B" with no currency is a model size; "$70B" is money
        return scale, None if currency or tail != "B" else "parameter"
    if tail.lower() in ("bn", "mn", "tn"):
        return scale, None
    measure = units.measure(tail, attached=True)
    return (1, measure) if measure else (None, None)


def _complete(text: str, start: int, end: int, number: Decimal, scale: int, currency: Optional[str],
              unit: Optional[str], decimals: Optional[int] = None) -> Optional[Piece]:
    """Read what follows a number (scale, percent, currency, unit, noun) and build a piece;
    `decimals` are the places written after the number's decimal point, if it has one."""
    scaled = scale != 1
    if not scaled:
        found = SCALE_AFTER.match(text, end)
        # "mil" is a million after a currency ("$29.3 mil"); alone it is a thousandth of an inch
        if found and (currency or (found["scale_"] or "").lower() != "mil"):
            word = found["scale"] or found["scale_"]
            scale, scaled, end = SCALE_OF[word.lower()], True, found.end()
    value = number * scale
    after = _unit_after(text, end, currency, scaled)
    if after is None:
        return None
    found_unit, end = after
    if found_unit == "cent" and not currency:  # "92 cents"
        value, found_unit = value / 100, "USD"
        decimals = None if decimals is None else decimals + 2
    unit = currency or unit or found_unit
    if not unit and _people_before(text, start):
        unit = "person"  # "a population of 3,559", "a crowd of 5,000": people counted
    per = PER.match(text, end) if unit else None
    if per:  # "$0.14 per share", "200 kilometres per hour", "$80 a barrel"
        unit, end = f"{unit}/{units.per(per['denominator'])}", per.end()
    piece = _finish(text, start, end, value, value, unit)
    if piece is not None:
        piece.scale = scale
        piece.decimals = shifted(decimals, scale)
    return piece


def _people_before(text: str, start: int) -> bool:
    """Tell whether "population of" or "crowd of" stands just before a number."""
    window = max(0, start - 30)
    lower = lowered(text)  # None where case folding is odd: then search
    # The search tries each character of the window; two finds tell most numbers have neither word.
    if (lower is not None and lower.find("crowd", window, start) < 0
            and lower.find("population", window, start) < 0):
        return False
    return bool(_PEOPLE_BEFORE.search(text, window, start))


def _unit_after(text: str, end: int, currency: Optional[str], scaled: bool):
    """Return (unit or "", end) of what follows a number, or None when it is a duration."""
    percent = PERCENT.match(text, end)
    if percent:
        return ("percentage point" if "point" in percent.group().lower() else "%"), percent.end()
    sign = CURRENCY_SIGN_AFTER.match(text, end)
    if sign and not currency:  # "20€", "10$"
        return units.CURRENCY_SYMBOLS[sign["symbol"]], sign.end()
    named = CURRENCY_AFTER.match(text, end)
    if named and (named["name"] or named["code"] in units.CURRENCY_CODES):
        code = named["code"] or units.currency_name(named["name"])
        if code == "GBP" and named["name"] and not (scaled or currency):
            return "lb", named.end()  # "10 pounds" weighs; "500 million pounds" is money
        return code, named.end()
    if currency:
        return "", end
    cents = CENTS.match(text, end)
    if cents:
        return "cent", cents.end()
    return times_after(text, end) or _measure_after(text, end) or counted_noun_after(text, end)


def _read_ratio(text: str, start: int, written: str, rest: re.Match) -> Optional[Piece]:
    """Read "one in five adults", "3 in 10 Americans" as a share: 20%, 30%."""
    part, whole = numbers.parse_number(written), numbers.parse_number(rest["whole"])
    if not part or not whole or part >= whole:
        return None
    value = (part * 100 / whole).quantize(Decimal("0.01")).normalize()
    return _finish(text, start, rest.end("whole"), value, value, "%")


def _read_fraction(text: str, match: re.Match) -> Optional[Piece]:
    """Read "two-thirds of", "nearly half": a share, unless it is a part of a year ("second half of")."""
    if _PART_OF.search(text, max(0, match.start() - 12), match.start()):
        return None
    if not (_OF.match(text, match.end()) or hedge_before(text, match.start())):
        return None
    value = numbers.fraction_percent(match["fraction"])
    return _finish(text, match.start(), match.end(), value, value, "%")


def _read_vague(text: str, start: int, end: int, word: str, currency: Optional[str]):
    """Read "hundreds of thousands of GPUs", "tens of billions of dollars", "$100s of billions"."""
    scale = 1
    found = _OF_SCALE.match(text, end)
    if found:
        scale, end = numbers.VAGUE[found[1].lower()], found.end()
    low, high = numbers.vague_range(word, scale)
    of = _OF.match(text, end)
    after = _unit_after(text, of.end() if of else end, currency, True)
    if after is None or not (currency or after[0]):
        return None
    unit, unit_end = after
    return _finish(text, start, unit_end if unit else end, low, high, currency or unit, "range")


def _read_multi(text: str, match: re.Match) -> Optional[Piece]:
    """Read "multi-billion dollar" (a range) and "billion-dollar" (at least a billion)."""
    return _multi(text, match.start(), match.end(), match["multi"])


def _multi(text: str, start: int, end: int, word: str) -> Optional[Piece]:
    word = word.lower()
    scale = numbers.SCALES[word.replace("multi", "").strip("-")]
    end = _DOLLAR.match(text, end).end()
    if word.startswith("multi"):
        low, high = numbers.vague_range("thousands", scale // 1000)
        return _finish(text, start, end, low, high, "USD", "range")
    return _finish(text, start, end, Decimal(scale), None, "USD", "ge")


def _read_one(text: str, match: re.Match) -> Optional[Piece]:
    """Read "one dollar"; "a dollar" only as a rate or hedged ("a dollar a day", "less than a
    dollar"); "a kilogram", "a mile" always (a measure is an amount, where a currency is also a word)."""
    piece = _complete(text, match.start(), match.end(), Decimal(1), 1, None, None)
    money = piece is not None and piece.unit.isupper() and len(piece.unit) == 3
    if money and match["one"].lower() != "one" and piece.bound == "eq" and "/" not in piece.unit:
        return None  # "a dollar has different weight": the currency, not an amount
    return piece


def _read_words(text: str, match: re.Match) -> Optional[Piece]:
    words = match["words"]
    if words.lower() in ("one", "zero"):  # "one of", "no one": almost never a counted claim
        return None
    adjective = _ARTICLE_SCALE.fullmatch(words) if text.startswith("-", match.end()) else None
    if adjective and _DOLLAR.match(text, match.end()):  # "a billion-dollar bet" is a "billion-dollar" bet
        return _multi(text, match.start("words") + adjective.start(1), match.end(), adjective[1])
    number = numbers.parse_number(words)
    if number is None:
        return None
    currency, start = _currency_before(text, match.start())
    return _complete(text, start, match.end(), number, 1, currency, None)


def _finish(text: str, start: int, end: int, low, high, unit: str, bound: str = "eq"):
    """Apply a hedge before or after the number and build the piece."""
    if low is None:
        return None
    hedge = hedge_before(text, start)
    if hedge:
        start, bound = hedge
    after = HEDGE_AFTER.match(text, end)
    if after and bound == "eq":
        bound, end = ("approx" if "so" in after.group() else "ge"), after.end()
    if bound in ("gt", "ge"):
        high = None
    elif bound in ("lt", "le"):
        low, high = None, (high if high is not None else low)
    return Piece(start, end, low, high, bound, unit)


def _currency_before(text: str, start: int) -> Tuple[Optional[str], int]:
    """Return the currency written just before a number and where its sign starts."""
    # A match ends, but for a space and a line break, just before the number: most numbers
    # have no character a currency ends in among the three before them, and need no search.
    if CURRENCY_BEFORE_ENDS.isdisjoint(text[max(0, start - 3):start]):
        return None, start
    return currency_found(CURRENCY_BEFORE.search(text, max(0, start - 6), start), start)


def currency_found(found: Optional[re.Match], start: int) -> Tuple[Optional[str], int]:
    """Return the currency a CURRENCY_BEFORE match names and where it starts; (None, start) if none."""
    if found and found["symbol"]:
        return units.CURRENCY_SYMBOLS[found["symbol"]], found.start()
    if found and found["code"] in units.CURRENCY_CODES:
        return found["code"], found.start()
    if found and found["code"] in units.CURRENCY_ABBREVIATIONS:
        return units.CURRENCY_ABBREVIATIONS[found["code"]], found.start()
    return None, start


def _is_year(digits: str, tail: str, text: str, end: int) -> bool:
    year = not tail and digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100
    return year and not _has_unit_after(text, end)


def _has_unit_after(text: str, end: int) -> bool:
    """Tell "2000 milligrams" from a year: a percent sign, a scale or a measurement unit follows."""
    return bool(PERCENT.match(text, end) or SCALE_AFTER.match(text, end) or _measure_after(text, end))


def _measure_after(text: str, end: int) -> Optional[Tuple[str, int]]:
    """Return (symbol, end) of a measurement unit after a number: "5GB", "3 km", "500 Mhz"."""
    found = MEASURE_AFTER.match(text, end)
    symbol = found and units.measure(found["unit"], attached=not found["space"])
    return (symbol, found.end()) if symbol else None

