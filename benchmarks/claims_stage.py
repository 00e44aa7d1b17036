"""CPU time of the claims stage alone (`build_claims`) on a generated corpus, best of several runs.

    python -m benchmarks.claims_stage --docs 300 --repeat 5
    python -m benchmarks.claims_stage --docs 300 --profile    # cProfile's hot spots of one run

The corpus is read and its mentions extracted once; only `build_claims` is timed, with the
process's CPU time rather than the wall clock, so that other work on a shared machine
disturbs the figure less. Every run starts with empty caches (`lru_cache`s of
crosscheck.context), as a fresh process would.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time

from . import corpus


def prepared(folder: str) -> list:
    """Return (source, sorted mentions) for each file of `folder`, as the pipeline passes them."""
    from crosscheck.extract import extract_mentions
    from crosscheck.load import find_sources, read_file

    sources = [read_file(file) for file in find_sources([folder])]
    return [(source, sorted(extract_mentions(source), key=lambda m: (m.start, m.end, m.kind)))
            for source in sources]


def best_seconds(documents: list, repeat: int) -> tuple[float, int]:
    """Return the least CPU time of `repeat` runs of build_claims over `documents`, and the claims."""
    from crosscheck import context
    from crosscheck.claims import build_claims

    times, count = [], 0
    for _ in range(repeat):
        for value in vars(context).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()
        started = time.process_time()
        count = sum(len(build_claims(source, mentions)) for source, mentions in documents)
        times.append(time.process_time() - started)
    return min(times), count


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the least CPU time is reported")
    parser.add_argument("--profile", action="store_true", help="print cProfile's hot spots of one run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crosscheck-claims-") as scratch:
        folder = os.path.join(scratch, "corpus")
        megabytes = corpus.build(folder, args.docs, args.size) / 1e6
        documents = prepared(folder)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(best_seconds, documents, 1)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    seconds, claims = best_seconds(documents, args.repeat)
    print(f"build_claims: {seconds:.3f} s CPU (best of {args.repeat}) for {claims} claims of {args.docs} "
          f"documents ({megabytes:.1f} MB): {megabytes / seconds:.1f} MB/s, "
          f"{1e6 * seconds / claims:.1f} µs a claim")


if __name__ == "__main__":
    main()
