"""Alignment time on news-like corpora of growing size, to show it grows near-linearly.

    python -m benchmarks.align_scale [--docs 300,1000,3000] [--repeat 1] [--jobs 1]

The claims come from the generated documents of `benchmarks.corpus`, read by the real
extractors and claim builder, so blocks have the shape of a large real corpus: one block of
all the dates, with thousands of different subjects, many claims without an attribute and
sentences naming several things. Only `align` is timed, by the clock and in CPU seconds of
this process: on a machine other jobs share, CPU seconds vary less from run to run. The
pairs per claim are those alignment hands to compare (`Group.pairs`): compare's work grows
with them.
"""
from __future__ import annotations

import argparse
import time

from crosscheck.align import THRESHOLD, blocks
from crosscheck.claims import build_claims
from crosscheck.engines.local import LocalEngine
from crosscheck.extract import extract_mentions
from crosscheck.model import Claim, Source

from . import corpus


def news_claims(docs: int, size: int = 5000) -> list[Claim]:
    """Return the claims of the first `docs` documents of the generated corpus, at its densest."""
    claims = []  # dense: alignment's cost grows with claims, and this measures how
    for index in range(docs):
        text = corpus.document(index, size, corpus.DENSE)
        source = Source(id=f"doc-{index:06d}", path=f"doc-{index:06d}.txt", text=text)
        claims += build_claims(source, extract_mentions(source))
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="100,300,1000,3000", help="corpus sizes in documents")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is reported")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes that score windows, 0 = one per core "
                             "(CPU seconds are this process's)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.docs.split(",")]
    every = news_claims(max(sizes))
    print(f"{'docs':>6} {'claims':>8} {'largest block':>14} {'groups':>7} {'seconds':>8} {'us/claim':>9} "
          f"{'cpu s':>7} {'cpu us/claim':>13} {'pairs/claim':>12}")
    for docs in sizes:
        last = f"doc-{docs - 1:06d}"
        claims = [claim for claim in every if claim.source <= last]
        block = max(len(indices) for indices in blocks(claims).values())
        best, cpu, groups = float("inf"), float("inf"), []
        for _ in range(args.repeat):
            began, began_cpu = time.perf_counter(), time.process_time()
            groups = LocalEngine(args.jobs).align(claims, THRESHOLD)
            best = min(best, time.perf_counter() - began)
            cpu = min(cpu, time.process_time() - began_cpu)
        print(f"{docs:>6} {len(claims):>8} {block:>14} {len(groups):>7} {best:>8.2f} "
              f"{best / len(claims) * 1e6:>9.1f} {cpu:>7.2f} {cpu / len(claims) * 1e6:>13.1f} "
              f"{sum(len(group.pairs) for group in groups) / len(claims):>12.2f}")


if __name__ == "__main__":
    main()
