"""Build a deterministic news-like corpus: varied dates, figures, names and acronyms.

Every document is drawn from templates with its own random choices (seeded by its index), so
values vary as in real news and no cache sees the same span twice by accident.

    python -m benchmarks.corpus OUT_DIR --docs 1000
"""
from __future__ import annotations

import argparse
import os
import random
from typing import Callable, Dict, List

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SYLLABLES = ["ka", "lo", "mer", "vin", "tra", "zel", "dor", "qui", "sen", "bra", "nov", "tel", "ix",
             "ar", "pol", "gen", "sy", "ron", "max", "lu"]
FIRST = ["Mark", "Sheryl", "Yann", "Ahmad", "Joelle", "Alex", "Priya", "Chen", "Maria", "Tom", "Aisha",
         "Lukas", "Sofia", "Kenji", "Fatima", "David", "Elena", "Omar", "Grace", "Ravi"]
ROLES = ["chief executive", "CEO", "chief scientist", "head of generative AI", "chief financial officer",
         "vice president of research", "founder", "spokesperson", "analyst"]
NOUNS = ["users", "developers", "downloads", "employees", "customers", "GPUs", "companies", "servers"]
# Prose between the values, put together from parts so that no sentence repeats: real reporting
# repeats no sentence either, and a cache keyed by sentence must not be flattered.
OPENINGS = ["", "", "", "For now, ", "Even so, ", "At the same time, ", "In recent weeks, ", "Privately, ",
            "Behind the scenes, ", "On the ground, ", "Across the industry, ", "By most accounts, "]
ACTORS = ["analysts", "the company", "critics", "supporters", "investors",
          "regulators in Washington and Brussels", "engineers", "some employees", "rivals", "academics",
          "people familiar with the matter",
          "lawmakers", "executives", "researchers outside the company", "several partners", "customers",
          "the board", "smaller start-ups", "developers", "industry groups"]
DOINGS = ["were divided on", "did not comment on", "raised questions about", "argued over",
          "have struggled to understand", "are watching", "said they were surprised by", "praised",
          "asked for more detail on", "warned about", "were briefed on", "pushed back against",
          "welcomed", "remain sceptical of", "spent months debating", "quietly prepared for"]
MATTERS = ["what the move means for the wider industry", "the safety of the approach", "the pricing",
           "access to the data", "how the systems are tested before release",
           "the energy the data centers use",
           "the plan", "the strategy", "the licence terms", "the open approach", "the new features",
           "the hiring freeze", "the shift in priorities", "the rollout", "how the spending will pay off",
           "the long-term bet", "oversight of the technology", "the decision to give the technology away"]
TAILS = ["", "", "", " rather than a quick win", " before it went public", " in private meetings",
         " over the summer", " according to people briefed on the matter", " as competition grows",
         " in a series of internal memos", " while the talks stalled", " despite the risks"]


def _prose(rng: random.Random) -> str:
    sentence = f"{rng.choice(OPENINGS)}{rng.choice(ACTORS)} {rng.choice(DOINGS)} {rng.choice(MATTERS)}"
    return sentence[0].upper() + sentence[1:] + rng.choice(TAILS) + "."


# Share of sentences that state values; the rest is prose. At 0.10 the corpus holds about as many
# claims per kilobyte as news reporting (3.1, where the sample articles hold 2.6; the Mistral gold
# excerpts, cut around their facts, hold 9.3: `python -m benchmarks.speed` measures all three).
# DENSE, the share this benchmark first used, gives 11.7: a stress test of the per-claim stages.
VALUE_SHARE = 0.10
DENSE = 0.35


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _company(rng):
    return f"{_name(rng)} {rng.choice(['Labs', 'AI', 'Systems', 'Inc.', 'Group', 'Technologies'])}"


def _person(rng):
    return f"{rng.choice(FIRST)} {_name(rng, rng.choice([2, 3]))}"


def _product(rng):
    return f"{_name(rng)} {rng.randint(1, 5)}"


def _year(rng):
    return rng.randint(1995, 2026)


def _date(rng):
    year, month, day = _year(rng), rng.randrange(12), rng.randint(1, 28)
    return rng.choice([
        f"{MONTHS[month]} {day}, {year}", f"{day} {MONTHS[month]} {year}", f"{SHORT[month]} {day}, {year}",
        f"{year}-{month + 1:02d}-{day:02d}", f"{MONTHS[month]} {year}", f"the summer of {year}",
        f"Q{rng.randint(1, 4)} {year}", f"early {year}", f"late {year}", f"{year}", "last year",
        f"{rng.choice(WEEKDAYS)}", f"{MONTHS[month]}", f"between {year - 4} and {year}",
        f"{MONTHS[month]} and {MONTHS[(month + 3) % 12]} {year}", f"the {year // 10 * 10}s",
    ])


def _money(rng):
    amount = rng.choice([f"{rng.randint(1, 99)}", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                         f"{rng.randint(100, 999)}"])
    scale = rng.choice(["million", "billion", "bn", "trillion", ""])
    pound = f"£{amount}{'bn' if scale == 'bn' else ' ' + scale}"
    return rng.choice([f"${amount} {scale}", f"€{amount} {scale}", pound, f"US${amount} {scale}"]).strip()


def _percent(rng):
    return rng.choice([f"{rng.randint(1, 95)}%", f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%",
                       f"{rng.randint(1, 90)} percent", rng.choice(["two-thirds", "half", "a third"])])


def _count(rng):
    return rng.choice([f"{rng.randint(2, 999)} million", f"{rng.randint(1, 99):,}",
                       f"{rng.randint(1000, 99999):,}", f"{rng.randint(2, 20)} billion"])


def _hedge(rng):
    return rng.choice(["", "about ", "more than ", "over ", "nearly ", "roughly ", "at least "])


TEMPLATES: List[Callable[[random.Random, Dict[str, str]], str]] = [
    lambda r, d: f"{d['company']} said on {_date(r)} that its revenue rose {_percent(r)} to {_money(r)}.",
    lambda r, d: f"{_person(r)}, {r.choice(ROLES)} of {d['company']}, said the {d['product']} model "
                 f"has {r.choice([7, 8, 13, 34, 70, 405])}B parameters.",
    lambda r, d: f"The {d['org']} ({d['acronym']}) announced {d['product']} in {_date(r)}, "
                 f"{_hedge(r)}{r.randint(2, 18)} months after its first model.",
    lambda r, d: f"By {_date(r)}, {_hedge(r)}{_count(r)} {r.choice(NOUNS)} had used {d['product']}, "
                 f"according to {d['company']}.",
    lambda r, d: f"Shares of {d['company']} fell {_percent(r)} on {r.choice(WEEKDAYS)}, wiping out "
                 f"{_hedge(r)}{_money(r)} in market value.",
    lambda r, d: f"{d['company']} plans to spend between {_money(r)} and {_money(r)} on data centers "
                 f"in {_year(r)}.",
    lambda r, d: f"{d['person']} founded the company in {_year(r)} with {r.randint(2, 9)} colleagues "
                 f"from {_company(r)}.",
    lambda r, d: f"In {_date(r)}, {d['person']} told investors that {_percent(r)} of {r.choice(NOUNS)} "
                 f"came from outside the United States.",
    lambda r, d: f"The {d['acronym']} said {d['product']} was trained on {_count(r)} tokens using "
                 f"{_hedge(r)}{_count(r)} GPUs.",
    lambda r, d: f"\u201cWe expect {d['product']} to reach {_count(r)} {r.choice(NOUNS)} "
                 f"by {_date(r)},\u201d {d['person']} said.",
]


def document(index: int, size: int = 5000, value_share: float = VALUE_SHARE) -> str:
    """Return news-like document number `index`, about `size` characters long."""
    rng = random.Random(index)
    org_words = [_name(rng).capitalize() for _ in range(3)]
    facts = {"company": _company(rng), "person": _person(rng), "product": _product(rng),
             "org": " ".join(org_words) + " Institute", "acronym": "".join(w[0] for w in org_words) + "I"}
    year, month, day = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    lines = [f"{facts['company']} bets on {facts['product']}", "",
             f"Published {MONTHS[month - 1]} {day}, {year}", ""]
    length = sum(len(line) for line in lines)
    while length < size:
        paragraph = " ".join(
            rng.choice(TEMPLATES)(rng, facts) if rng.random() < value_share else _prose(rng)
            for _ in range(rng.randint(3, 6)))
        lines += [paragraph, ""]
        length += len(paragraph) + 1
    return "\n".join(lines)


def build(folder: str, docs: int, size: int = 5000, value_share: float = VALUE_SHARE) -> int:
    """Write `docs` documents into `folder`; return the bytes written."""
    os.makedirs(folder, exist_ok=True)
    total = 0
    for index in range(docs):
        data = document(index, size, value_share).encode("utf-8")
        with open(os.path.join(folder, f"doc-{index:06d}.txt"), "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def add_options(parser: argparse.ArgumentParser, docs: int = 1000) -> None:
    """Add the corpus's options (--docs, --size, --dense) to a benchmark's parser."""
    parser.add_argument("--docs", type=int, default=docs)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--dense", action="store_true",
                        help=f"value share {DENSE}, not {VALUE_SHARE}: ~4x the claims per kB")


def build_for(args: argparse.Namespace, folder: str) -> float:
    """Build the corpus that `add_options`' arguments ask for into `folder`; return its MB."""
    return build(folder, args.docs, args.size, DENSE if args.dense else VALUE_SHARE) / 1e6


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--value-share", type=float, default=VALUE_SHARE,
                        help="share of sentences that state values")
    args = parser.parse_args(argv)
    total = build(args.folder, args.docs, args.size, args.value_share)
    print(f"{args.docs} documents, {total / 1e6:.1f} MB in {args.folder}")


if __name__ == "__main__":
    main()
