"""Figure mentions: money, counts and percentages with bounds, scales and units.

A first pass covering the common news forms; see tests/test_figures.py for what it handles.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import List

from ..model import FigureValue, Mention, Source

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_BOUNDS = {"over": "gt", "more than": "gt", "at least": "ge", "nearly": "approx", "almost": "approx",
           "about": "approx", "around": "approx", "roughly": "approx", "up to": "le",
           "as high as": "le", "as many as": "le", "fewer than": "lt", "less than": "lt"}

_PATTERN = re.compile(
    rf"""
    (?:(?P<hedge>{'|'.join(re.escape(b) for b in sorted(_BOUNDS, key=len, reverse=True))})\s+)?
    (?P<currency>\$)?
    (?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)
    (?:\s*(?P<percent>%|percent\b))?
    (?:\s+(?P<scale>thousand|million|billion|trillion)\b)?
    (?:\s+(?P<noun>[a-z]+(?:\s+(?:active\s+)?users)?))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_A_FIGURE = re.compile(r"\b[A-Z][\w.]*[\s-]$")  # "Llama 3", "GPT-4": a name's number


def extract(source: Source) -> List[Mention]:
    """Find figure mentions in a source's text."""
    mentions = []
    for match in _PATTERN.finditer(source.text):
        value = _value(match)
        if value is None or _is_name_number(source.text, match):
            continue
        end = match.end("noun") if value.unit not in ("USD", "%") and match["noun"] else _value_end(match)
        start = match.start()
        mentions.append(Mention("figure", start, end, source.text[start:end], value))
    return mentions


def _value(match: re.Match):
    number = Decimal(match["number"].replace(",", ""))
    if match["scale"]:
        number *= _SCALES[match["scale"].lower()]
    if match["currency"]:
        unit = "USD"
    elif match["percent"]:
        unit = "%"
    elif match["scale"] and match["noun"]:
        unit = _singular(match["noun"].split()[-1].lower())
    else:
        return None  # a bare number is too often a year, a version or a list marker
    bound = _BOUNDS.get((match["hedge"] or "").lower(), "eq")
    low = None if bound in ("lt", "le") else number
    high = None if bound in ("gt", "ge") else number
    return FigureValue(low, high, bound, unit)


def _value_end(match: re.Match) -> int:
    for group in ("scale", "percent", "number"):
        if match[group]:
            return match.end(group)
    return match.end()


def _is_name_number(text: str, match: re.Match) -> bool:
    start = match.start("number")
    return not match["currency"] and bool(_NOT_A_FIGURE.search(text[max(0, start - 12): start]))


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
