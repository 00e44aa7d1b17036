"""Measure figure extraction: precision and recall on the sentence table and on peers' suites.

    python -m benchmarks.eval_figures [--external PATH_TO_PEERS_FOLDER] [--speed SOURCES] [--verbose]

The table is tests/data/figures_table.py (a mention counts when its text and value both match).
With --external, the duckling and quantulum3 cases in scope for crosscheck are scored too; what
is in scope, and why, is printed with each score, and every miss and false match is put in one
category (see `OUT_OF_SCOPE` and `_category`), counted, and listed under --verbose. Beside
each score, quantulum3 run on the same cases (`pip install '.[bench]'`), and last one row per
category of figure scored for both by one rule (benchmarks/peer_categories.py). --speed
times figure and duration extraction on the folder's sources, varied as in eval_dates.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import runpy
import time
from decimal import Decimal
from typing import Iterable, List, Optional, Tuple

from benchmarks import peer_categories
from benchmarks.eval_dates import varied_corpus
from crosscheck.extract import durations
from crosscheck.extract.figures import extract
from crosscheck.model import FigureValue, Source
from crosscheck.numbers import parse_number

REPO = pathlib.Path(__file__).resolve().parent.parent
# Peers' unit names mapped to crosscheck's; anything else is out of scope.
DUCKLING_UNITS = {"Dollar": "USD", "Cent": "USD", "Pound": "GBP", "Gram": "g", "Ounce": "oz",
                  "Cup": "cup", "Kilometre": "km", "Metre": "m", "Centimetre": "cm",
                  "Millimetre": "mm", "Mile": "mi", "Foot": "ft", "Inch": "in", "Yard": "yd"}
QUANTULUM_UNITS = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "percentage": "%",
                   "metre": "m", "kilometre": "km", "mile": "mi", "inch": "in", "gallon": "gal",
                   "litre": "L", "milligram": "mg", "tonne": "t", "megabyte": "MB", "gigahertz": "GHz",
                   "megawatt hour": "MWh", "degree Celsius": "°C", "degree fahrenheit": "°F",
                   "nanometre": "nm", "cent": "USD"}
# Forms crosscheck leaves alone on purpose, each with why; matched on a case's text.
OUT_OF_SCOPE = [
    (re.compile(r"(?<![a-z])x[0-9a-f]{4}(?![a-z])", re.I), "an escaped character ('x20ac')"),
    (re.compile(r"\bfrom\b.*\bto\b", re.I), "'from X to Y' states a change: two figures"),
    (re.compile(r"\d\s*(?:''|\"|')"), "inch and foot marks: quotes in running text"),
    (re.compile(r"\bcups?\b", re.I), "recipe units (cup) are not among the contract's units"),
    (re.compile(r"\^|\b(?:cubic|square|squared|cubed)\b", re.I), "area and volume units"),
    (re.compile(r"\(\$"), "an accounting negative '($99.99)': news puts plain amounts in brackets"),
    (re.compile(r"^\d+k$"), "'3k' counts thousands; no kilometre"),
    (re.compile(r"\d\s+(?:in|L|t)\b(?!\s+\w)"),
     "a one-letter unit apart from its number ('2 in', '4 L'): too often a word"),
    (re.compile(r"(?=.*\b(?:\d+m|met(?:er|re)s?|kilomet(?:er|re)s?)\b)"
                r"(?=.*\b(?:\d+ft|foot|feet|miles?)\b)", re.I), "metric and imperial lengths added up"),
]
# Factors to one base unit per dimension, to tell a unit written differently from a wrong value.
_BASE = {"g": 1, "kg": 1000, "mg": Decimal("0.001"), "lb": Decimal("453.59237"),
         "oz": Decimal("28.349523125"),
         "m": 1, "km": 1000, "cm": Decimal("0.01"), "mm": Decimal("0.001"), "in": Decimal("0.0254"),
         "ft": Decimal("0.3048"), "yd": Decimal("0.9144"), "mi": Decimal("1609.344")}


def mentions(text: str) -> List[Tuple[str, FigureValue]]:
    """Return (text, value) of the figure mentions crosscheck finds in a text."""
    return [(m.text, m.value) for m in extract(Source("b", "b", text))]


def score(true_positives: int, found: int, wanted: int) -> str:
    precision = true_positives / found if found else 1.0
    recall = true_positives / wanted if wanted else 1.0
    return (f"precision {precision:.1%} ({true_positives}/{found}), "
            f"recall {recall:.1%} ({true_positives}/{wanted})")


def evaluate_table() -> None:
    rows = runpy.run_path(str(REPO / "tests" / "data" / "figures_table.py"))["ROWS"]
    hits = found = wanted = value_hits = alarms = 0
    for _, sentence, expected, *_ in rows:
        got = [(text, (v.low, v.high, v.bound, v.unit)) for text, v in mentions(sentence)]
        want = [(text, (_dec(low), _dec(high), bound, unit)) for text, low, high, bound, unit in expected]
        hits += sum(1 for item in got if item in want)
        value_hits += sum(1 for _, value in got if value in [v for _, v in want])
        found, wanted = found + len(got), wanted + len(want)
        alarms += bool(got and not want)
    negatives = sum(1 for row in rows if not row[2])
    print(f"table: {len(rows)} sentences, {negatives} negatives")
    print(f"  span and value: {score(hits, found, wanted)}")
    print(f"  value only:     {score(value_hits, found, wanted)}")
    print(f"  negatives with a false figure: {alarms}/{negatives}")


def _dec(text: str) -> Optional[Decimal]:
    return Decimal(text) if text else None


def evaluate_duckling(folder: pathlib.Path, verbose: bool = False) -> None:
    print("duckling (allExamples, not latent, units crosscheck has; 'Unnamed' bare numbers are out of "
          "scope because crosscheck drops numbers with no unit):")
    counts, cases = collections.Counter(), collections.defaultdict(list)
    for dimension in ("AmountOfMoney", "Quantity", "Distance"):
        in_scope = [c for c in _jsonl(folder / "duckling_en" / f"{dimension}.jsonl") if _duckling_in_scope(c)]
        hits = found = peer_hits = 0
        for case in in_scope:
            got = mentions(case["text"])
            hit = _duckling_match(case, got)
            hits, found = hits + hit, found + bool(got)
            peer_hits += _peer_match(case)
            if not hit:
                category = _category(case["text"], _duckling_wanted(case), [_ends(v) for _, v in got])
                counts[category] += 1
                cases[category].append(f"{case['text']!r} -> {[text for text, _ in got]}")
        print(f"  {dimension}: {len(in_scope)} cases, {score(hits, found, len(in_scope))}; "
              f"quantulum3 on the same cases: {peer_hits}/{len(in_scope)} right")
    print("  cases missed or matched falsely, by category:")
    print_categories(counts, cases, verbose)
    numerals = [c for c in _jsonl(folder / "duckling_en" / "Numeral.jsonl") if not c["latent_option"]]
    parsed = sum(1 for c in numerals if _equal(parse_number(c["text"]), c["expected"]["value"]))
    print(f"  Numeral via numbers.parse_number: {parsed}/{len(numerals)} parsed to the expected value")


def peer_quantities(text: str) -> List[Tuple[str, Decimal]]:
    """Return the (unit, value) pairs quantulum3 reads in a text, in crosscheck's unit names."""
    from quantulum3 import parser  # a benchmark-only dependency (the `bench` extra)

    read = []
    for quantity in parser.parse(text):
        unit = getattr(quantity.unit, "currency_code", None) or QUANTULUM_UNITS.get(quantity.unit.name)
        unit = unit or PEER_UNITS.get(quantity.unit.name, quantity.unit.name)
        value = Decimal(str(quantity.value)) / (100 if quantity.unit.name == "cent" else 1)
        read.append((unit, value))
    return read


# quantulum3's names of the units duckling's cases use, beyond QUANTULUM_UNITS.
PEER_UNITS = {"gram": "g", "ounce": "oz", "cup": "cup", "centimetre": "cm", "millimetre": "mm", "foot": "ft",
              "yard": "yd", "pound-mass": "lb", "kilogram": "kg"}


def _peer_match(case: dict) -> bool:
    """Tell whether quantulum3 reads the one (unit, value) a duckling case wants (an interval by an end)."""
    unit, value = _duckling_wanted(case)
    return any(got == unit and _equal(amount, value) for got, amount in peer_quantities(case["text"]))


def _duckling_in_scope(case: dict) -> bool:
    expected = case["expected"] or {}
    unit = expected.get("unit", "")
    return (case["expect_match"] and not case["latent_option"] and case["section"] == "allExamples"
            and (unit in DUCKLING_UNITS or (len(unit) == 3 and unit.isupper())))


def _duckling_wanted(case: dict) -> Tuple[str, Decimal]:
    """Return the (unit, value) a duckling case wants, in crosscheck's units; cents in dollars."""
    expected = case["expected"]
    unit = DUCKLING_UNITS.get(expected["unit"], expected["unit"])
    if case["dimension"] == "Quantity" and expected["unit"] == "Pound":
        unit = "lb"
    value = next(expected[key] for key in ("value", "from", "to") if expected.get(key) is not None)
    return unit, Decimal(str(value)) / (100 if expected["unit"] == "Cent" else 1)


def _duckling_match(case: dict, found: List[Tuple[str, FigureValue]]) -> bool:
    expected = case["expected"]
    unit, _ = _duckling_wanted(case)
    if len(found) != 1 or found[0][1].unit != unit:
        return False
    value, cents = found[0][1], 100 if expected["unit"] == "Cent" else 1
    kind = expected["kind"]
    if kind == "interval":
        return _equal(value.low * cents, expected["from"]) and _equal(value.high * cents, expected["to"])
    if kind == "above":
        return value.bound in ("gt", "ge") and _equal(value.low * cents, expected["value"])
    if kind == "under":
        return value.bound in ("lt", "le") and _equal(value.high * cents, expected["value"])
    return _equal(value.low * cents, expected["value"]) and _equal(value.high * cents, expected["value"])


def _ends(value: FigureValue) -> Tuple[str, Optional[Decimal]]:
    return value.unit, value.low if value.low is not None else value.high


def _category(text: str, wanted: Tuple[str, Decimal], got: List[Tuple[str, Optional[Decimal]]]) -> str:
    """Say why a wanted (unit, value) was not found as such in a text, or why a found one was false."""
    for pattern, why in OUT_OF_SCOPE:
        if pattern.search(text):
            return f"out of scope: {why}"
    money = re.fullmatch("[A-Z]{3}", wanted[0])
    if money and wanted[1] != wanted[1].to_integral_value() and len(_NUMBERS.findall(text)) >= 2:
        return "out of scope: an amount spoken in two parts ('$20 and 43c', '1 point 1')"
    if any(unit == wanted[0] for unit, _ in got):
        return "value differs"
    if any(_converts(found, wanted) for found in got):
        return "unit mapping differs: the same amount in another unit"
    if any(value is not None and _equal(value, wanted[1]) for _, value in got):
        return "unit mapping differs: the same number with another unit"
    return "missed form"


_NUMBERS = re.compile(r"\d+(?:\.\d+)?|\b(?:one|two|three|four|twenty|forty-two|fourteen|a)\b", re.I)


def _converts(found: Tuple[str, Optional[Decimal]], wanted: Tuple[str, Decimal]) -> bool:
    unit, value = found
    if value is None or unit not in _BASE or wanted[0] not in _BASE:
        return False
    return _equal(value * Decimal(_BASE[unit]) / Decimal(_BASE[wanted[0]]), wanted[1])


def print_categories(counts: collections.Counter, cases: dict, verbose: bool) -> None:
    """Print misses and false matches by category, with each case's text under --verbose."""
    for category, count in counts.most_common():
        print(f"    {count:3d} {category}")
        for text in cases[category] if verbose else ():
            print(f"          {text}")


def evaluate_quantulum(folder: pathlib.Path, verbose: bool = False) -> None:
    print("quantulum3 (quantities.jsonl; quantities whose unit crosscheck has: money, %, length, mass, "
          "volume, bytes, frequency, energy, temperature; 'dimensionless' bare numbers and durations are "
          "out of scope):")
    hits = wanted = found = correct = 0
    counts, cases = collections.Counter(), collections.defaultdict(list)
    for case in _jsonl(folder / "quantulum3_en" / "quantities.jsonl"):
        text = case["req"]
        expected = [(QUANTULUM_UNITS[q["unit"]], _midpoint(q)) for q in case["res"]
                    if q["unit"] in QUANTULUM_UNITS]
        everything = [(v.unit, _middle(v)) for _, v in mentions(text)]
        got = [g for g in everything if g[0] in QUANTULUM_UNITS.values()]
        wanted, found = wanted + len(expected), found + len(got)
        missed = [e for e in expected if not any(_near(g, e) for g in got)]
        false = [g for g in got if not any(_near(g, e) for e in expected)]
        hits, correct = hits + len(expected) - len(missed), correct + len(got) - len(false)
        for label, category in ([("missed", _category(text, e, everything)) for e in missed]
                                + [("false", _false_category(text, g, case["res"])) for g in false]):
            counts[f"{label}: {category}"] += 1
            cases[f"{label}: {category}"].append(repr(text))
    print(f"  {wanted} quantities: precision {correct / max(found, 1):.1%} ({correct}/{found}), "
          f"recall {hits / max(wanted, 1):.1%} ({hits}/{wanted})")
    peer_right = sum(any(_near(g, e) for g in peer_quantities(case["req"]))
                     for case in _jsonl(folder / "quantulum3_en" / "quantities.jsonl")
                     for e in [(QUANTULUM_UNITS[q["unit"]], _midpoint(q)) for q in case["res"]
                               if q["unit"] in QUANTULUM_UNITS])
    print(f"  quantulum3 itself on the same quantities: recall {peer_right / max(wanted, 1):.1%} "
          f"({peer_right}/{wanted})")
    print("  quantities missed or found falsely, by category:")
    print_categories(counts, cases, verbose)


def _false_category(text: str, got: Tuple[str, Optional[Decimal]], res: List[dict]) -> str:
    """Say why a figure found in a quantulum3 sentence matches none of the quantities it wants."""
    stated = [(QUANTULUM_UNITS.get(q["unit"], q["unit"]), _midpoint(q)) for q in res]
    if not stated:
        return "no quantity there"
    if got[0] == "%" and any(u == "dimensionless" and _equal(got[1] / 100, v) for u, v in stated):
        return "unit mapping differs: a fraction stated as a percentage"
    nearest = min(stated, key=lambda e: (e[0] != got[0], not _equal(got[1], e[1])))
    category = _category(text, nearest, [got])
    return "no quantity there" if category == "missed form" else category


def _midpoint(quantity: dict) -> Decimal:
    value = Decimal(str(quantity["value"]))
    return value / 100 if quantity["unit"] == "cent" else value


def _middle(value: FigureValue) -> Optional[Decimal]:
    ends = [x for x in (value.low, value.high) if x is not None]
    return sum(ends) / len(ends) if ends else None


def _near(got: Tuple[str, Optional[Decimal]], expected: Tuple[str, Decimal]) -> bool:
    return got[0] == expected[0] and got[1] is not None and _equal(got[1], expected[1])


def _equal(value: Optional[Decimal], expected) -> bool:
    if value is None or expected is None:
        return False
    expected = Decimal(str(expected))
    return abs(value - expected) <= abs(expected) * Decimal("0.005")


def _jsonl(path: pathlib.Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate_speed(folder: str, runs: int = 5) -> None:
    """Print the best MB/s of figure and of duration extraction over the varied corpus.

    The corpus is eval_dates' (the folder's sources copied 40 times with shifted years and
    rotated months); the best of `runs` is kept, as other processes only ever slow a run down.
    """
    corpus = varied_corpus(folder)
    megabytes = sum(len(source.text.encode("utf-8")) for source in corpus) / 1e6
    for name, extractor in (("figures", extract), ("durations", durations.extract)):
        timings, count = [], 0
        for _ in range(runs):
            began = time.perf_counter()
            count = sum(len(extractor(source)) for source in corpus)
            timings.append(time.perf_counter() - began)
        print(f"speed: {megabytes / min(timings):.1f} MB/s ({name} extraction, one process, "
              f"{megabytes:.1f} MB of varied text, {count} mentions)")


def main(argv=None) -> None:
    """Print precision and recall on the table, the peers' suites (if given) and the speed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--external", type=pathlib.Path, help="the peers' suites folder")
    parser.add_argument("--speed", help="folder of sources to time extraction on")
    parser.add_argument("--verbose", action="store_true", help="list every peer case behind each category")
    args = parser.parse_args(argv)
    evaluate_table()
    if args.external:
        evaluate_duckling(args.external, args.verbose)
        evaluate_quantulum(args.external, args.verbose)
        peer_categories.print_rows(peer_categories.figure_rows(args.external, args.verbose), "quantulum3")
    if args.speed:
        evaluate_speed(args.speed)


if __name__ == "__main__":
    main()
