"""Numbers written in digits or words: "1,500", "2.5", "twelve", "two hundred", "a dozen".

Also the looser forms news uses for amounts: fractions ("two-thirds"), multiples
("tenfold"), and vague plurals ("hundreds of thousands") read as ranges.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional, Tuple

from .vocabulary import GLUED_SCALES, SCALES  # noqa: F401 (re-exported)
from .vocabulary import NUMBER_WORDS as UNITS

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                 "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# "hundreds of ..." is at least two hundred and less than a thousand.
VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
         "billions": 10**9, "trillions": 10**12}

_WORDS = sorted((w for w in UNITS if w not in ("a", "an")), key=len, reverse=True)
NUMBER_WORD = "(?:" + "|".join(_WORDS) + ")"
_SCALE_WORD = r"(?:dozen|hundred|thousand|million|billion|trillion)"
# "twenty-five", "two hundred", "three hundred and fifty thousand", "a million"
WORD_NUMBER = (rf"(?:(?:a|an)\s+{_SCALE_WORD}|{NUMBER_WORD})"
               rf"(?:(?:\s+|-)(?:and\s+)?(?:{NUMBER_WORD}|{_SCALE_WORD}))*(?:\s+and\s+a\s+half)?")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half$")
FRACTION = (r"(?:(?:one|two|three|four|five|nine|a)[\s-](?:half|thirds?|quarters?|fifths?|tenths?)"
            r"|half)")
FOLD = rf"(?:{NUMBER_WORD}|\d+(?:\.\d+)?)-?fold"


def parse_number(text: str) -> Optional[Decimal]:
    """Return the value of a number in digits or English words, or None if it is not one."""
    half = _AND_A_HALF.search(text.strip().lower())
    if half:  # "two and a half"
        whole = parse_number(text.strip()[:half.start()])
        return None if whole is None else whole + Decimal("0.5")
    words = re.sub(r"[-\s]+(?=[a-z])|\s+", " ", text.strip().lower().replace(",", "")).split()
    sign = -1 if words and (words[0] in ("minus", "negative") or words[0].startswith("-")) else 1
    if words and words[0] in ("minus", "negative", "-"):
        words = words[1:]
    if not words:
        return None
    total, current = Decimal(0), None
    for word in words:
        if word == "and":
            continue
        digits = _digits(word.lstrip("-"))
        scale = SCALES.get(word) or SCALES.get(word[:-1] if word.endswith("s") else "")
        if digits is not None:
            current = (current or 0) + digits
        elif word in UNITS:
            current = (current or 0) + UNITS[word]
        elif scale and current is not None:
            if scale < 1000:  # "two hundred", "a dozen" multiply what came before
                current *= scale
            else:
                total, current = total + current * scale, None
        else:
            return None
    return sign * (total + (current or 0))


def _digits(word: str) -> Optional[Decimal]:
    """Read "1500", ".77" or a number with a glued scale: "100K", "1.2M", "3bn"."""
    found = re.fullmatch(r"(\d*\.?\d+)(k|m|mn|b|bn|t|tn)?", word)
    if not found:
        return None
    try:
        return Decimal(found[1]) * GLUED_SCALES.get(found[2] or "", 1)
    except InvalidOperation:
        return None


def fraction_percent(text: str) -> Optional[Decimal]:
    """Return a written fraction as a percentage: "two-thirds" -> 66.67, "half" -> 50."""
    words = re.split(r"[-\s]+", text.strip().lower())
    if words[-1] not in _DENOMINATORS:
        return None
    numerator = parse_number(" ".join(words[:-1])) if len(words) > 1 else Decimal(1)
    if numerator is None:
        return None
    return (numerator * 100 / _DENOMINATORS[words[-1]]).quantize(Decimal("0.01")).normalize()


def fold(text: str) -> Optional[Decimal]:
    """Return the multiple a "tenfold" or "3-fold" states."""
    return parse_number(re.sub(r"-?fold$", "", text.strip().lower()))


def vague_range(word: str, scale: int = 1) -> Optional[Tuple[Decimal, Decimal]]:
    """Return the (low, high) a vague plural stands for: "hundreds" of thousands -> 2e5..1e6."""
    word = word.lower()
    base = VAGUE.get(word) or (int(word[:-1]) if re.fullmatch(r"\d+s", word) else None)
    if not base:
        return None
    # "hundreds" stops where "thousands" starts; "billions" runs up to "trillions".
    top = base * 10 if base < 1000 else base * 1000
    return Decimal(2 * base * scale), Decimal(top * scale)


def vague_words(low: Decimal, high: Decimal) -> Optional[str]:
    """Return the vague plural a (low, high) range stands for: (2e5, 1e6) -> "hundreds of thousands"."""
    for scale_word in ("", "thousands", "millions", "billions"):  # "billions" before "thousands of millions"
        for word in VAGUE:
            if vague_range(word, VAGUE.get(scale_word, 1)) == (low, high):
                return f"{word} of {scale_word}" if scale_word else word
    return None
