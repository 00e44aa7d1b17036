"""Numbers written in digits or words: "1,500", "2.5", "twelve", "two hundred", "a dozen"."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
          "trillion": 10**12, "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}


def parse_number(text: str) -> Optional[Decimal]:
    """Return the value of a number in digits or English words, or None if it is not one."""
    words = re.sub(r"[-\s]+", " ", text.strip().lower().replace(",", "")).split()
    if not words:
        return None
    total, current = Decimal(0), None
    for word in words:
        if word == "and":
            continue
        digits = _digits(word)
        if digits is not None:
            current = (current or 0) + digits
        elif word in UNITS:
            current = (current or 0) + UNITS[word]
        elif word in SCALES and current is not None:
            if SCALES[word] < 1000:  # "two hundred", "a dozen" multiply what came before
                current *= SCALES[word]
            else:
                total, current = total + current * SCALES[word], None
        else:
            return None
    return total + (current or 0)


def _digits(word: str) -> Optional[Decimal]:
    if not re.fullmatch(r"\d+(?:\.\d+)?", word):
        return None
    try:
        return Decimal(word)
    except InvalidOperation:
        return None
