"""Alignment time on synthetic corpora of growing size, to show it grows near-linearly.

    python -m benchmarks.align_scale [--sizes 1000,10000,100000] [--repeat 1]

Each corpus holds claims from 200 sources about 1/20 as many subjects as claims, built from
sentence shapes of news text with the subject, attribute and value varied, so blocks and
windows are as full as they would be in a large real corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from decimal import Decimal

from crosscheck.align import align
from crosscheck.claims import masked
from crosscheck.model import Claim, DateValue, FigureValue, Mention

_SHAPES = [  # (kind, unit, attribute, sentence); {s} is the subject, {v} the value
    ("date", "", "release", "On {v}, Meta released {s} free for research and commercial use."),
    ("date", "", "release", "By the time {s} models were released in {v}, it had caught up with its rivals."),
    ("date", "", "meeting", "At an internal all-hands meeting in {v}, the team behind {s} shared its plans."),
    ("figure", "USD", "capital expenditure", "{s} projects capital expenditures to reach as high as {v}."),
    ("figure", "USD", "loss", "In that year alone, the {s} division lost over {v}."),
    ("figure", "time", "downloads", "{s} models have been downloaded over {v} on open-source sites."),
    ("figure", "gpu", "training", "{s} is being trained on a cluster of over {v} Nvidia GPUs."),
    ("figure", "%", "share based on", "More than {v} of the open-source AI models in use are based on {s}."),
]


def corpus(size: int, seed: int = 0) -> list[Claim]:
    """Build `size` claims about size/20 subjects from 200 sources."""
    rng = random.Random(seed)
    subjects = [f"Model{n} {n % 7}" for n in range(max(size // 20, 1))]
    return [_claim(rng, subjects) for _ in range(size)]


def _claim(rng: random.Random, subjects: list[str]) -> Claim:
    kind, unit, attribute, shape = rng.choice(_SHAPES)
    subject = rng.choice(subjects)
    if kind == "date":
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        value, text = DateValue(day, day, "day"), f"{day:%B} {day.day}, {day.year}"
    else:
        amount = Decimal(rng.randrange(1, 200))
        value, text = FigureValue(amount, amount, "eq", unit), f"{amount} {unit}"
    sentence = shape.format(s=subject, v=text)
    start = sentence.index(text)
    mention = Mention(kind, start, start + len(text), text, value)
    return Claim(source=f"source-{rng.randrange(200)}", kind=kind, start=start, end=start + len(text),
                 text=text, value=value, subject=subject, attribute=attribute, quote=sentence,
                 quote_start=0, line=1, context=masked(sentence, 0, [mention]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000,10000,30000,100000")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(f"{'claims':>8} {'groups':>7} {'seconds':>8} {'us/claim':>9}")
    for size in (int(s) for s in args.sizes.split(",")):
        claims = corpus(size)
        best, groups = float("inf"), []
        for _ in range(args.repeat):
            began = time.perf_counter()
            groups = align(claims)
            best = min(best, time.perf_counter() - began)
        print(f"{size:>8} {len(groups):>7} {best:>8.2f} {best / size * 1e6:>9.1f}")


if __name__ == "__main__":
    main()
