"""Units of figures: currencies (ISO 4217), measurement symbols and counted nouns.

Currency symbols, codes and names come from Babel's CLDR data, so "€", "HK$", "CHF" and
"US dollars" need no table written by hand; only the ambiguous bare words are decided here.
Reading them from Babel cost about 30 ms at every start (its English locale data, and the
time zone set-up of babel.dates), so they are kept in `currency_table`, which
`write_currency_table` writes from Babel and a test holds equal to `cldr_currencies`.
Counted nouns are made singular by a few suffix rules: inflect takes 2.6 s to import and
turns "analysis" into "analysi", and news text counts a small set of plural shapes.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from typing import Dict, FrozenSet, Optional, Tuple

from . import currency_table

# A bare symbol or word names the currency most English news means by it.
_AMBIGUOUS = {"$": "USD", "¥": "JPY", "dollar": "USD", "dollars": "USD", "pound": "GBP",
              "pounds": "GBP", "pounds sterling": "GBP", "quid": "GBP", "bucks": "USD",
              "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
              "ringgit": "MYR", "ringgits": "MYR",
              "US$": "USD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL"}


def cldr_currencies() -> Tuple[Dict[str, str], Dict[str, str], FrozenSet[str]]:
    """Return the currency symbols, names and codes read from Babel (what `currency_table` holds)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    symbols = {}
    for code, symbol in english.currency_symbols.items():
        if _has_sign(symbol):  # "$", "€", "HK$"; not "Kz", "F CFA" or the code itself
            symbols.setdefault(symbol, code)
    symbols.update({k: v for k, v in _AMBIGUOUS.items() if _has_sign(k)})
    names = {}
    for code in english.currencies:
        for count in (1, 2):
            names.setdefault(get_currency_name(code, count, "en").lower(), code)
    names.update({k: v for k, v in _AMBIGUOUS.items() if not _has_sign(k)})
    codes = frozenset(code for code in english.currencies if re.fullmatch(r"[A-Z]{3}", code))
    return symbols, names, codes


def _has_sign(symbol: str) -> bool:
    return symbol != "¤" and any(unicodedata.category(c) == "Sc" for c in symbol)


def write_currency_table(path: Optional[str] = None) -> None:
    """Write `currency_table` from Babel's data: after a Babel upgrade changes it, or `_AMBIGUOUS` changes."""
    import pathlib
    import pprint

    symbols, names, codes = cldr_currencies()
    text = ('"""Currency symbols, names and codes from Babel\'s CLDR data.\n\n'
            'Written by `units.write_currency_table()`, not by hand."""\n\n'
            f"SYMBOLS = {pprint.pformat(symbols, sort_dicts=False)}\n\n"
            f"NAMES = {pprint.pformat(names, sort_dicts=False)}\n\n"
            f"CODES = {pprint.pformat(tuple(sorted(codes)), compact=True)}\n")
    pathlib.Path(path or currency_table.__file__).write_text(text, encoding="utf-8")


# Letters written before an amount as its sign in South and Southeast Asian news ("Rs 500", "RM42").
CURRENCY_ABBREVIATIONS = {"Rs": "INR", "Rs.": "INR", "RM": "MYR"}
CURRENCY_SYMBOLS: Dict[str, str] = currency_table.SYMBOLS
CURRENCY_NAMES: Dict[str, str] = currency_table.NAMES
CURRENCY_CODES = frozenset(currency_table.CODES)

# One canonical symbol per measurement unit; keys are lower case unless case matters.
MEASURES = {
    "km": "km", "kilometer": "km", "kilometre": "km", "kilometers": "km", "kilometres": "km",
    "m": "m", "meter": "m", "metre": "m", "meters": "m", "metres": "m",
    "cm": "cm", "centimeters": "cm", "centimetres": "cm", "mm": "mm", "millimeters": "mm",
    "millimetres": "mm", "nm": "nm", "nanometer": "nm", "nanometers": "nm", "nanometre": "nm",
    "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
    "in": "in", "inch": "in", "inches": "in", "yd": "yd", "yard": "yd", "yards": "yd",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "g": "g", "gram": "g", "grams": "g",
    "mg": "mg", "milligrams": "mg", "lb": "lb", "lbs": "lb", "oz": "oz", "ounce": "oz",
    "ounces": "oz", "t": "t", "tonne": "t", "tonnes": "t", "metric tons": "t",
    "L": "L", "liter": "L", "litre": "L", "liters": "L", "litres": "L", "ml": "mL",
    "milliliters": "mL", "millilitres": "mL", "gallon": "gal", "gallons": "gal", "gal": "gal",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "KB",
    "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "petabytes": "PB",
    "gbps": "Gbps", "mbps": "Mbps", "ghz": "GHz", "mhz": "MHz", "hz": "Hz",
    "W": "W", "watts": "W", "kw": "kW", "kilowatts": "kW", "mw": "MW", "megawatts": "MW",
    "gw": "GW", "gigawatts": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "V": "V", "volts": "V", "A": "A", "amps": "A", "ma": "mA", "kv": "kV",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "°c": "°C", "°f": "°F",
    "degrees celsius": "°C", "degrees fahrenheit": "°F",
    # Spellings the peers' suites showed missing: volumes, singular metric names, temperatures
    # by their scale's name ("37 ° celsius", "70 degrees F", "-10C").
    "hl": "hL", "hectoliter": "hL", "hectoliters": "hL", "hectolitre": "hL", "hectolitres": "hL",
    "milliliter": "mL", "millilitre": "mL", "mls": "mL", "milligram": "mg", "kilo": "kg", "kilos": "kg",
    "celsius": "°C", "fahrenheit": "°F", "° celsius": "°C", "° fahrenheit": "°F",
    "degrees c": "°C", "degrees f": "°F", "C": "°C", "F": "°F", "l": "L",
}
SYMBOLS = frozenset(MEASURES.values())
# Units a length or weight is written in parts of ("7 feet 10 inches", "2 km and 1 m"): each
# system's units, by how many of its smallest unit they hold.
_PARTS = ({"mi": 63360, "yd": 36, "ft": 12, "in": 1}, {"km": 1000000, "m": 1000, "cm": 10, "mm": 1},
          {"lb": 16, "oz": 1}, {"t": 1000000, "kg": 1000, "g": 1})
# What a rate is per ("$0.14 per share", "100 km per hour"), and its short form.
DENOMINATORS = {"hour": "h", "hr": "h", "second": "s", "sec": "s", "minute": "min", "day": "day",
                "week": "week", "month": "month", "year": "year", "share": "share", "person": "person",
                "capita": "person", "head": "person", "kg": "kg", "kilogram": "kg", "pound": "lb",
                "lb": "lb", "barrel": "barrel", "gallon": "gal", "litre": "L", "liter": "L",
                "tonne": "t", "ton": "t", "unit": "unit", "user": "user", "token": "token"}
# Written right after the digits ("5GB", "3km") these are units; apart they could be words.
ATTACHED_ONLY = frozenset({"m", "g", "t", "L", "l", "in", "W", "V", "A", "C", "F"})

# Durations and ages belong to the durations extractor (dates engineer), never to figures.
TIME_NOUNS = frozenset(
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks "
    "month months year years yr yrs decade decades century centuries quarter quarters".split())

# Plurals the suffix rules below get wrong, and synonyms folded into one counted noun.
_NOUNS = {"people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
          "data": "data", "media": "media", "criteria": "criterion", "series": "series",
          "species": "species", "news": "news", "params": "parameter", "analyses": "analysis",
          "buses": "bus", "crises": "crisis", "indices": "index", "lives": "life", "movies": "movie",
          "cookies": "cookie", "ties": "tie", "feet": "foot", "teeth": "tooth", "mice": "mouse"}
IRREGULAR_PLURALS = frozenset(w for w, s in _NOUNS.items() if w != s and not w.endswith("s")) | {
    "data", "media", "staff", "police"}
# The suffix rules in order: "companies" -> "company", "switches" -> "switch", "users" -> "user".
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*s")
_SINGULAR_END = re.compile(r"(?:ss|us|is)$")
_SINGULAR = [(re.compile(r"ies$"), "y"), (re.compile(r"(ch|sh|ss|x|zz)es$"), r"\1"),
             (re.compile(r"(?<![su])s$"), "")]


def currency_name(text: str) -> Optional[str]:
    """Return the ISO code a written currency name ("US dollars", "euros") stands for."""
    return CURRENCY_NAMES.get(" ".join(text.lower().split()))


def measure(text: str, attached: bool) -> Optional[str]:
    """Return the canonical symbol of a measurement unit, or None."""
    key = text if len(text) == 1 else text.lower()  # "5G" is no gram, "5 W" is a watt
    if key in ATTACHED_ONLY and not attached:
        return None
    return MEASURES.get(key)


def plural(noun: str) -> str:
    """Return the plural of a counted noun for display: "company" -> "companies"."""
    irregular = [written for written, singular in _NOUNS.items() if singular == noun != written]
    if irregular:
        return irregular[0]
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if re.search(r"(?:s|x|ch|sh)$", noun) else "s")


def part_factor(larger: str, smaller: str) -> Optional[Decimal]:
    """Return how many `smaller` make one `larger` if both measure in one system and larger is larger."""
    for system in _PARTS:
        if larger in system and smaller in system and system[larger] > system[smaller]:
            return Decimal(system[larger]) / system[smaller]
    return None


def per(denominator: str) -> str:
    """Return the short form of what a rate is per: "hour" -> "h", "share" -> "share"."""
    return DENOMINATORS[denominator.lower()]


@functools.lru_cache(maxsize=4096)
def counted_noun(word: str) -> str:
    """Return a counted noun in lower case and singular: "GPUs" -> "gpu", "companies" -> "company"."""
    word = word.rstrip(".")
    if _ACRONYM_PLURAL.fullmatch(word):  # "GPUs", "H100s": an acronym's plural
        return word[:-1].lower()
    word = word.lower()
    if word in _NOUNS:
        return _NOUNS[word]
    if _SINGULAR_END.search(word):  # "access", "bonus", "analysis": already singular
        return word
    for suffix, replacement in _SINGULAR:
        if suffix.search(word):
            return suffix.sub(replacement, word)
    return word
