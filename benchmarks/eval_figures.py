"""Measure figure extraction: precision and recall on the sentence table and on peers' suites.

    python -m benchmarks.eval_figures [--external PATH_TO_PEERS_FOLDER] [--speed SOURCES]

The table is tests/data/figures_table.py (a mention counts when its text and value both match).
With --external, the duckling and quantulum3 cases in scope for crosscheck are scored too; what
is in scope, and why, is printed with each score. --speed times figure and duration
extraction on the folder's sources, varied as in eval_dates.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import runpy
import time
from decimal import Decimal
from typing import Iterable, List, Optional, Tuple

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


def evaluate_duckling(folder: pathlib.Path) -> None:
    print("duckling (allExamples, not latent, units crosscheck has; 'Unnamed' bare numbers are out of "
          "scope because crosscheck drops numbers with no unit):")
    for dimension in ("AmountOfMoney", "Quantity", "Distance"):
        cases = [c for c in _jsonl(folder / "duckling_en" / f"{dimension}.jsonl") if _duckling_in_scope(c)]
        hits = sum(1 for c in cases if _duckling_match(c))
        found = sum(1 for c in cases if mentions(c["text"]))
        print(f"  {dimension}: {len(cases)} cases, {score(hits, found, len(cases))}")
    numerals = [c for c in _jsonl(folder / "duckling_en" / "Numeral.jsonl") if not c["latent_option"]]
    parsed = sum(1 for c in numerals if _equal(parse_number(c["text"]), c["expected"]["value"]))
    print(f"  Numeral via numbers.parse_number: {parsed}/{len(numerals)} parsed to the expected value")


def _duckling_in_scope(case: dict) -> bool:
    expected = case["expected"] or {}
    unit = expected.get("unit", "")
    return (case["expect_match"] and not case["latent_option"] and case["section"] == "allExamples"
            and (unit in DUCKLING_UNITS or (len(unit) == 3 and unit.isupper())))


def _duckling_match(case: dict) -> bool:
    expected = case["expected"]
    unit = DUCKLING_UNITS.get(expected["unit"], expected["unit"])
    if case["dimension"] == "Quantity" and expected["unit"] == "Pound":
        unit = "lb"
    found = mentions(case["text"])
    if len(found) != 1 or found[0][1].unit != unit:
        return False
    value = found[0][1]
    kind = expected["kind"]
    if kind == "interval":
        return _equal(value.low, expected["from"]) and _equal(value.high, expected["to"])
    if kind == "above":
        return value.bound in ("gt", "ge") and _equal(value.low, expected["value"])
    if kind == "under":
        return value.bound in ("lt", "le") and _equal(value.high, expected["value"])
    return _equal(value.low, expected["value"]) and _equal(value.high, expected["value"])


def evaluate_quantulum(folder: pathlib.Path) -> None:
    print("quantulum3 (quantities.jsonl; quantities whose unit crosscheck has: money, %, length, mass, "
          "volume, bytes, frequency, energy, temperature; 'dimensionless' bare numbers and durations are "
          "out of scope):")
    hits = wanted = found = correct = 0
    for case in _jsonl(folder / "quantulum3_en" / "quantities.jsonl"):
        expected = [(QUANTULUM_UNITS[q["unit"]], _midpoint(q)) for q in case["res"]
                    if q["unit"] in QUANTULUM_UNITS]
        got = [(v.unit, _middle(v)) for _, v in mentions(case["req"]) if v.unit in QUANTULUM_UNITS.values()]
        wanted, found = wanted + len(expected), found + len(got)
        hits += sum(1 for unit, number in expected if any(_near(g, (unit, number)) for g in got))
        correct += sum(1 for g in got if any(_near(g, e) for e in expected))
    print(f"  {wanted} quantities: precision {correct / max(found, 1):.1%} ({correct}/{found}), "
          f"recall {hits / max(wanted, 1):.1%} ({hits}/{wanted})")


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
    args = parser.parse_args(argv)
    evaluate_table()
    if args.external:
        evaluate_duckling(args.external)
        evaluate_quantulum(args.external)
    if args.speed:
        evaluate_speed(args.speed)


if __name__ == "__main__":
    main()
