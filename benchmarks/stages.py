"""CPU time of each stage up to claims (read, each extractor, build_claims), best of several runs.

    python -m benchmarks.stages --docs 1000 --repeat 5
    python -m benchmarks.stages --docs 1000 --dense
    python -m benchmarks.stages --docs 300 --profile     # cProfile's hot spots of one run
    python -m benchmarks.stages --docs 1000 --shape many # the many-sources corpus
    python -m benchmarks.stages PATH                     # a folder of your own, only read

Each run does what the pipeline does to each source, in its order (so that what one extractor
leaves for the next, such as the lowered text, is used as in a check), and adds up each stage's
CPU time, which other work on a shared machine disturbs less than the clock. Every run starts
with empty caches, as a fresh process would.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time

from . import corpus
from .speed import claims_by_stage


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("crosscheck"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def best_seconds(files: list, repeat: int) -> tuple[dict, int]:
    """Return the least CPU seconds of each stage over `repeat` runs, and the number of claims."""
    best: dict = {}
    claims = []
    for _ in range(repeat):
        _clear_caches()
        run: dict = {}
        claims = claims_by_stage(files, run, clock=time.process_time)
        best = {stage: min(seconds, best.get(stage, seconds)) for stage, seconds in run.items()}
    return best, len(claims)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="time this folder (only read) instead of a generated corpus")
    corpus.add_options(parser, shape=True)
    parser.add_argument("--repeat", type=int, default=5, help="runs; the least CPU time is reported")
    parser.add_argument("--profile", action="store_true", help="print cProfile's hot spots of one run")
    args = parser.parse_args(argv)
    from crosscheck.load import find_sources

    with tempfile.TemporaryDirectory(prefix="crosscheck-stages-") as scratch:
        if args.path:
            files = find_sources([args.path])
            if not files:
                raise SystemExit(f"{args.path}: no source files found")
            args.docs, megabytes = len(files), sum(file.size for file in files) / 1e6
        else:
            megabytes = corpus.build_for(args, os.path.join(scratch, "corpus"), shape=args.shape)
            files = find_sources([os.path.join(scratch, "corpus")])
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(best_seconds, files, 1)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
            return
        best, claims = best_seconds(files, args.repeat)
    print(f"{args.docs} documents ({megabytes:.1f} MB), {claims} claims; CPU seconds, best of {args.repeat}:")
    for stage, seconds in best.items():
        print(f"  {stage:<20} {seconds:.3f} s  {megabytes / seconds:6.1f} MB/s")
    total = sum(best.values())
    print(f"  {'all':<20} {total:.3f} s  {megabytes / total:6.1f} MB/s")
    print(f"  claims: {1e6 * best['claims'] / claims:.1f} µs a claim")


if __name__ == "__main__":
    main()
