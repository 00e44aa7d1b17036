"""crosscheck beside dateparser.search_dates + quantulum3, one row per category of value.

    python -m benchmarks.eval_figures --external FOLDER   (money, counts, percentages, quantities, durations)
    python -m benchmarks.eval_dates --external FOLDER     (dates)

Every case of the peers' suites whose value falls in a category is scored for both sides by
one rule, so that neither is held to a stricter reading than the other:
- a value is read from everything each side finds in the case's text ("any of them");
- both sides' values are brought to one base unit per dimension (metres, grams, litres,
  seconds, US dollars for "$" and cents), so "0.5 hour" and "30 minutes" are the same value;
- a range is compared by the ends the case states; an open end ("more than 5 kg") is not
  compared, and a side that reads one number for a range is compared at that number;
- counts ("50 cars") are compared by number only, as quantulum3 names no counted noun.
False values: the suites' negative cases (texts stating no value of the kind), counted when
a side reads any value there.
"""
from __future__ import annotations

import json
import pathlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, List, Optional, Sequence, Tuple

from crosscheck.extract import durations, figures
from crosscheck.model import Source
from crosscheck.units import SYMBOLS

CATEGORIES = ("dates", "money", "numbers with a unit or counted noun", "percentages", "quantities",
              "durations")
# Factors to one base unit per dimension, for both sides alike.
BASE = {"g": 1, "kg": 1000, "mg": Decimal("0.001"), "lb": Decimal("453.59237"), "t": 10**6,
        "oz": Decimal("28.349523125"),
        "m": 1, "km": 1000, "cm": Decimal("0.01"), "mm": Decimal("0.001"), "nm": Decimal("1e-9"),
        "in": Decimal("0.0254"), "ft": Decimal("0.3048"), "yd": Decimal("0.9144"), "mi": Decimal("1609.344"),
        "L": 1, "mL": Decimal("0.001"), "hL": 100, "cL": Decimal("0.01"), "gal": Decimal("3.785411784"),
        "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
        "month": 2592000, "quarter": 7776000, "year": 31536000}
_DIMENSION = {**dict.fromkeys(("g", "kg", "mg", "lb", "t", "oz"), "mass"),
              **dict.fromkeys(("m", "km", "cm", "mm", "nm", "in", "ft", "yd", "mi"), "length"),
              **dict.fromkeys(("L", "mL", "hL", "cL", "gal"), "volume"),
              **dict.fromkeys(("second", "minute", "hour", "day", "week", "month", "quarter", "year"),
                              "time")}
# Peers' unit names, in crosscheck's.
DUCKLING_UNITS = {"Dollar": "USD", "Cent": "USD", "Gram": "g", "Ounce": "oz", "Cup": "cup",
                  "Kilometre": "km", "Metre": "m", "Centimetre": "cm", "Millimetre": "mm", "Mile": "mi",
                  "Foot": "ft", "Inch": "in", "Yard": "yd", "Litre": "L", "Millilitre": "mL",
                  "Hectolitre": "hL", "Gallon": "gal", "Celsius": "°C", "Fahrenheit": "°F"}
QUANTULUM_UNITS = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "cent": "USD", "percentage": "%",
                   "metre": "m", "kilometre": "km", "mile": "mi", "inch": "in", "gallon": "gal",
                   "litre": "L", "centilitre": "cL", "milligram": "mg", "kilogram": "kg", "pound-mass": "lb",
                   "tonne": "t", "megabyte": "MB", "gigahertz": "GHz", "megawatt hour": "MWh",
                   "degree Celsius": "°C", "degree fahrenheit": "°F", "degree Fahrenheit": "°F",
                   "nanometre": "nm", "gram": "g", "ounce": "oz", "cup": "cup", "centimetre": "cm",
                   "millimetre": "mm", "foot": "ft", "yard": "yd", "millilitre": "mL", "hectolitre": "hL",
                   "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
                   "month": "month", "year": "year", "dimensionless": "count"}
_MONEY = {"USD", "EUR", "GBP"}
_CURRENCY_NAMES = {"Pound": "GBP"}


@dataclass(frozen=True)
class Case:
    """One value a peer's suite wants read in a text; an open end is None."""

    category: str
    suite: str
    text: str
    unit: str
    low: Optional[Decimal]
    high: Optional[Decimal]


Read = Tuple[str, Optional[Decimal], Optional[Decimal]]  # (unit, low, high), crosscheck's unit names


def category_of(unit: str) -> Optional[str]:
    """Return the category a unit's values belong to."""
    if unit in _MONEY or (len(unit) == 3 and unit.isupper()):
        return "money"
    if unit == "%":
        return "percentages"
    if unit == "count":
        return "numbers with a unit or counted noun"
    if _DIMENSION.get(unit) == "time":
        return "durations"
    return "quantities"


def _jsonl(path: pathlib.Path) -> List[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _decimal(value) -> Optional[Decimal]:
    return None if value is None else Decimal(str(value))


def duckling_cases(folder: pathlib.Path) -> List[Case]:
    """Return duckling's money, quantity, distance, volume, temperature and duration cases.

    Left out: latent cases, and units no side could name ("Degree" with no scale, "M" that is
    metres or miles, duckling's "Unnamed" bare numbers).
    """
    cases = []
    for dimension in ("AmountOfMoney", "Quantity", "Distance", "Volume", "Temperature", "Duration"):
        for case in _jsonl(folder / "duckling_en" / f"{dimension}.jsonl"):
            expected = case.get("expected") or {}
            if not case["expect_match"] or case["latent_option"] or case["section"] != "allExamples":
                continue
            if dimension == "Duration":
                unit, scale = expected["grain"].lower(), Decimal(1)
            else:
                name = expected.get("unit", "")
                unit = ("lb" if name == "Pound" and dimension == "Quantity"
                        else _CURRENCY_NAMES.get(name) or DUCKLING_UNITS.get(name)
                        or (name if len(name) == 3 and name.isupper() else None))
                scale = Decimal(100) if name == "Cent" else Decimal(1)
                if unit is None:
                    continue
            low, high = _duckling_ends(expected)
            cases.append(Case(category_of(unit), "duckling", case["text"], unit,
                              None if low is None else low / scale, None if high is None else high / scale))
    return cases


def _duckling_ends(expected: dict) -> Tuple[Optional[Decimal], Optional[Decimal]]:
    kind = expected["kind"]
    if kind == "interval":
        return _decimal(expected.get("from")), _decimal(expected.get("to"))
    if kind == "above":
        return _decimal(expected["value"]), None
    if kind == "under":
        return None, _decimal(expected["value"])
    return _decimal(expected["value"]), _decimal(expected["value"])


def quantulum_cases(folder: pathlib.Path) -> List[Case]:
    """Return quantulum3's quantities in units of everyday text (QUANTULUM_UNITS).

    A 'dimensionless' number is a case only when a counted noun follows it ("50 cars",
    "ten pills"): years, model numbers and bare numbers are not figures a reader compares.
    """
    cases = []
    for name in ("quantities.jsonl", "quantities.ambiguity.jsonl"):
        for case in _jsonl(folder / "quantulum3_en" / name):
            for quantity in case["res"]:
                unit = QUANTULUM_UNITS.get(quantity["unit"])
                if unit is None or unit == "count" and not _counted(case["req"], quantity["surface"]):
                    continue
                value = Decimal(str(quantity["value"])) / (100 if quantity["unit"] == "cent" else 1)
                spread = Decimal(str(quantity.get("uncertainty") or 0))
                cases.append(Case(category_of(unit), "quantulum3", case["req"], unit, value - spread,
                                  value + spread))
    return cases


_NOT_NOUNS = {"is", "was", "has", "does", "this", "its", "his", "as", "us", "thus"}


def _counted(text: str, surface: str) -> bool:
    after = re.search(re.escape(surface) + r"\s+(?:([a-z]+)\s+)?([a-z]+s)\b", text)
    return bool(after) and not _NOT_NOUNS & {after[1], after[2]}


def negatives(folder: pathlib.Path) -> List[Tuple[str, str]]:
    """Return (suite, text) of the figure suites' texts that state no figure.

    duckling's negative corpora of money and durations, and quantulum3's sentences with no
    quantity; not the inputs quantulum3 keeps to test that nothing crashes ("$99("), which
    state a figure.
    """
    texts = [("duckling", case["text"]) for dimension in ("AmountOfMoney", "Duration")
             for case in _jsonl(folder / "duckling_en" / f"{dimension}.jsonl")
             if case["section"] == "negativeCorpus"]
    texts += [("quantulum3", case["req"]) for name in ("quantities.jsonl", "quantities.ambiguity.jsonl")
              for case in _jsonl(folder / "quantulum3_en" / name) if not case["res"]]
    return texts


def crosscheck_read(text: str) -> List[Read]:
    """Return what crosscheck's figure and duration extractors read in a text."""
    source = Source("peer", "peer", text)
    read = []
    for mention in [*figures.extract(source), *durations.extract(source)]:
        value = mention.value
        quantity = value.unit in BASE or value.unit in SYMBOLS
        # a counted noun ("50 cars") is a count
        unit = value.unit if category_of(value.unit) != "quantities" or quantity else "count"
        read.append((unit, value.low, value.high))
    return read


def quantulum_read(text: str) -> List[Read]:
    """Return what quantulum3 reads in a text, in crosscheck's unit names; a range by its ends."""
    from quantulum3 import parser  # a benchmark-only dependency (the `bench` extra)

    read = []
    for quantity in parser.parse(text):
        name = quantity.unit.name
        unit = getattr(quantity.unit, "currency_code", None) or QUANTULUM_UNITS.get(name, name)
        value = Decimal(str(quantity.value)) / (100 if name == "cent" else 1)
        spread = Decimal(str(quantity.uncertainty or 0)) / (100 if name == "cent" else 1)
        read.append((unit, value - spread, value + spread))
    return read


def right(case: Case, read: Iterable[Read]) -> bool:
    """Tell whether any value read is the case's value, by the one rule of this module's doc."""
    return any(_same(case, item) for item in read)


def _same(case: Case, item: Read) -> bool:
    unit, low, high = item
    low, high = (low if low is not None else high), (high if high is not None else low)
    if low is None:
        return False
    if case.unit == "count":
        if category_of(unit) != case.category:
            return False
        factor = Decimal(1)
    elif unit == case.unit:
        factor = Decimal(1)
    elif unit in BASE and case.unit in BASE and _DIMENSION[unit] == _DIMENSION[case.unit]:
        factor = Decimal(BASE[unit]) / Decimal(BASE[case.unit])
    else:
        return False
    if low == high and case.low is not None and case.high is not None and case.low != case.high:
        return _equal(low * factor, case.low) or _equal(low * factor, case.high) or _equal(
            low * factor, (case.low + case.high) / 2)
    return all(_equal(found * factor, wanted) for found, wanted in ((low, case.low), (high, case.high))
               if wanted is not None)


def _equal(value: Decimal, expected: Decimal) -> bool:
    return abs(value - expected) <= abs(expected) * Decimal("0.005")


@dataclass
class Row:
    """One category's counts: cases, right for each side, negatives and false values for each."""

    category: str
    cases: int = 0
    ours: int = 0
    peers: int = 0
    negatives: int = 0
    our_false: int = 0
    peer_false: int = 0


def figure_rows(folder: pathlib.Path, verbose: bool = False) -> List[Row]:
    """Score every figure case for both sides; return one row per figure category."""
    rows = {name: Row(name) for name in CATEGORIES[1:]}
    for case in duckling_cases(folder) + quantulum_cases(folder):
        row = rows[case.category]
        ours, peers = right(case, crosscheck_read(case.text)), right(case, quantulum_read(case.text))
        row.cases, row.ours, row.peers = row.cases + 1, row.ours + ours, row.peers + peers
        if verbose and not ours:
            print(f"  {case.category} miss ({case.suite}): {case.text!r} -> {case.unit} "
                  f"{case.low}..{case.high}; read {crosscheck_read(case.text)}")
    for _, text in negatives(folder):
        ours, peers = crosscheck_read(text), quantulum_read(text)
        for name, row in rows.items():
            row.negatives += 1
            row.our_false += any(category_of(unit) == name for unit, _, _ in ours)
            row.peer_false += any(category_of(unit) == name for unit, _, _ in peers)
    return list(rows.values())


def print_rows(rows: Sequence[Row], peer: str) -> None:
    """Print one line per category: share right for crosscheck and the peer, false values on negatives."""
    print(f"per category, share of values right (crosscheck | {peer}) and negatives with a false value:")
    for row in rows:
        print(f"  {row.category:37} {_share(row.ours, row.cases):>20} | {_share(row.peers, row.cases):>20}"
              f"   false {_share(row.our_false, row.negatives):>16} | "
              f"{_share(row.peer_false, row.negatives)}")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else "n/a"



def main() -> None:
    """Print the figure categories' rows for the folder given."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("external", type=pathlib.Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print_rows(figure_rows(args.external, args.verbose), "quantulum3")


if __name__ == "__main__":
    main()
