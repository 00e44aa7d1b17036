"""CPU time of each extractor on a generated corpus, best of several runs.

    python -m benchmarks.extract_stage --docs 1000 --repeat 5
    python -m benchmarks.extract_stage --docs 1000 --dense

The corpus is read once. Each run calls the extractors source by source in the pipeline's
order (so that what one leaves for the next, such as the lowered text, is used as in a
check) and adds up each one's CPU time, which other work on a shared machine disturbs less
than the clock. Every run starts with empty caches (the `lru_cache`s of crosscheck.extract),
as a fresh process would.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from . import corpus


def sources(folder: str) -> list:
    """Return the sources of `folder`, read as the pipeline reads them."""
    from crosscheck.load import find_sources, read_file

    return [read_file(file) for file in find_sources([folder])]


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith("crosscheck.extract"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def best_seconds(documents: list, repeat: int) -> dict:
    """Return, per extractor, the least CPU seconds of `repeat` runs over `documents`."""
    from crosscheck.extract import EXTRACTORS

    best: dict = {}
    for _ in range(repeat):
        _clear_caches()
        run = dict.fromkeys(EXTRACTORS, 0.0)
        for source in documents:
            for name, extractor in EXTRACTORS.items():
                started = time.process_time()
                extractor(source)
                run[name] += time.process_time() - started
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in run.items()}
    return best


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--dense", action="store_true",
                        help=f"value share {corpus.DENSE}, not {corpus.VALUE_SHARE}: ~4x the claims per kB")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the least CPU time is reported")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crosscheck-extract-") as scratch:
        folder = os.path.join(scratch, "corpus")
        share = corpus.DENSE if args.dense else corpus.VALUE_SHARE
        megabytes = corpus.build(folder, args.docs, args.size, share) / 1e6
        documents = sources(folder)
    best = best_seconds(documents, args.repeat)
    print(f"{args.docs} documents ({megabytes:.1f} MB), CPU seconds, best of {args.repeat}:")
    for name, seconds in best.items():
        print(f"  {name:<10} {seconds:.3f} s  {megabytes / seconds:5.1f} MB/s")


if __name__ == "__main__":
    main()
