"""Join the numbers of one written list or range: "8B and 70B parameters", "$10-20 million".

A list shares one unit and scale, written once after its last number; its numbers become
one mention each with a shared group, so two sources' lists compare as sets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import MAX_PREC, Context, Decimal
from typing import List, Optional

from ..model import FigureValue, Mention
from ..units import part_factor

_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s*,?\s+(?:and|or)\s+")
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+to\s+")
_PART_GAP = re.compile(r"\s+|\s*,\s*|\s*,?\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_BETWEEN_GAP = re.compile(r"\s+(?:and|to)\s+")
_FROM = re.compile(r"\bfrom\s+$", re.I)
# Quantizing a whole number to units never rounds; the default context's 28 digits would
# reject a longer number (InvalidOperation) instead.
_WHOLE_NUMBERS = Context(prec=MAX_PREC)


@dataclass
class Piece:
    """A number read from the text, before lists and ranges are joined."""

    start: int
    end: int
    low: Optional[Decimal]
    high: Optional[Decimal]
    bound: str
    unit: str  # "" while only a later number of its list can tell it
    scale: int = 1  # the scale written with the number, 1 if none
    group: int = -1
    decimals: Optional[int] = None  # see FigureValue.decimals

    def mention(self, text: str) -> Mention:
        value = FigureValue(_clean(self.low), _clean(self.high), self.bound, self.unit, self.decimals)
        return Mention("figure", self.start, self.end, text[self.start:self.end], value, group=self.group)


def join(text: str, pieces: List[Piece]) -> List[Piece]:
    """Merge ranges, then give the numbers of each list their unit and a shared group."""
    joined = _compounds(text, _ranges(text, _no_overlaps(pieces)))
    result, run = [], []
    for piece in joined:
        if run and _LIST_GAP.fullmatch(text, run[-1].end, piece.start):
            run.append(piece)
            continue
        result += _list(run)
        run = [piece]
    return result + _list(run)


def _no_overlaps(pieces: List[Piece]) -> List[Piece]:
    kept: List[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if not kept or piece.start >= kept[-1].end:
            kept.append(piece)
    return kept


def _ranges(text: str, pieces: List[Piece]) -> List[Piece]:
    out: List[Piece] = []
    for piece in pieces:
        if out and _is_range(text, out[-1], piece):
            out[-1] = _range(text, out[-1], piece)
        else:
            out.append(piece)
    return out


def _compounds(text: str, pieces: List[Piece]) -> List[Piece]:
    """Add up a measure written in parts into its smallest unit: "7 feet 10 inches" is 94 in."""
    out: List[Piece] = []
    for piece in pieces:
        factor = _part_factor(text, out[-1], piece) if out else None
        if factor is None:
            out.append(piece)
            continue
        first = out[-1]
        out[-1] = replace(first, end=piece.end, unit=piece.unit, scale=1, decimals=None,
                          low=_plus(first.low, factor, piece.low), high=_plus(first.high, factor, piece.high))
    return out


def _part_factor(text: str, first: Piece, second: Piece) -> Optional[Decimal]:
    if first.bound == "range" or second.bound != "eq" or not first.unit or not second.unit:
        return None
    if not _PART_GAP.fullmatch(text, first.end, second.start):
        return None
    return part_factor(first.unit, second.unit)


def _plus(larger: Optional[Decimal], factor: Decimal, smaller: Optional[Decimal]) -> Optional[Decimal]:
    return None if larger is None else larger * factor + smaller


def _is_range(text: str, first: Piece, second: Piece) -> bool:
    # The gaps are tried first: most numbers that follow one another are sentences apart.
    dash_or_to = _RANGE_GAP.fullmatch(text, first.end, second.start) is not None
    and_or_to = _BETWEEN_GAP.fullmatch(text, first.end, second.start) is not None
    if not (dash_or_to or and_or_to) or first.bound not in ("eq", "approx") or second.bound != "eq":
        return False  # "around 3-5 kilometers" is a range; "over 5 - 6" is not
    if _FROM.search(text, max(0, first.start - 6), first.start):
        return False  # "from $1 billion to $2 billion" is a change, not a range
    if _BETWEEN.search(text, max(0, first.start - 8), first.start):
        return and_or_to
    units = {first.unit, second.unit} - {""}
    return dash_or_to and len(units) <= 1


def _range(text: str, first: Piece, second: Piece) -> Piece:
    between = _BETWEEN.search(text, max(0, first.start - 8), first.start)
    factor = _shared_scale(first, second)
    low = first.low * factor
    # One precision for both ends: kept only when both were written to the same place.
    decimals = second.decimals if shifted(first.decimals, factor) == second.decimals else None
    return replace(second, start=between.start() if between else first.start, low=low,
                   bound="range", unit=second.unit or first.unit, decimals=decimals)


def _shared_scale(first: Piece, later: Piece) -> int:
    """Return the later number's scale if the first shares it: "10-20 million", not "$500,000 to $2M"."""
    if first.scale != 1 or later.scale == 1 or first.low is None or later.low is None:
        return 1
    return later.scale if first.low <= later.low / later.scale else 1


def _list(run: List[Piece]) -> List[Piece]:
    """Give unit-less numbers the unit and scale written after the list's last number."""
    if len(run) < 2:
        return run
    out = list(run)
    for i in range(len(out) - 2, -1, -1):
        later = out[i + 1]
        if not out[i].unit and later.unit:
            factor = _shared_scale(out[i], later)
            out[i] = replace(out[i], unit=later.unit, scale=later.scale, low=_times(out[i].low, factor),
                             high=_times(out[i].high, factor), decimals=shifted(out[i].decimals, factor))
    if len({p.unit for p in out}) == 1 and out[0].unit:
        out = [replace(p, group=run[0].start) for p in out]
    return out


def _clean(value: Optional[Decimal]) -> Optional[Decimal]:
    """Drop the exponent and trailing zeros that scaling left: 13.7e9 -> 13700000000."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=_WHOLE_NUMBERS)
    return value.normalize()


def _times(value: Optional[Decimal], factor: int) -> Optional[Decimal]:
    return None if value is None else value * factor


def shifted(decimals: Optional[int], factor: int) -> Optional[int]:
    """Return the decimal places of a number once multiplied by `factor`: 3.50 (2) times a
    billion is 3,500,000,000 to the ten million (-7); None if `factor` is no power of ten."""
    digits = str(factor)
    if decimals is None or digits.rstrip("0") != "1":
        return None
    return decimals - (len(digits) - 1)
