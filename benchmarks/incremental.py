"""A CI run after one file changed: its time with the claims cache, and that its report is
byte-identical to a run without the cache.

    python -m benchmarks.incremental --docs 1000 [--shape news|many] [--jobs 1]
    python -m benchmarks.incremental PATH        # a copy of your folder (PATH is only read)

Each run is `python -m crosscheck check ... --format json -o FILE`, a fresh process as in CI,
timed by the clock from start to exit. The runs, in order: without the cache; with an empty
cache (which it fills); with nothing changed; after one sentence is appended to one file, with
the cache and then without it. The cache and the corpus live in a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from . import corpus

# A real kind of sentence (a correction appended to a story), stating a date and a figure.
APPENDED = "\n\nCorrection: the company said on March 3, 2025 that 12,000 people had signed up.\n"


def run(folder: str, out: str, jobs: int, cache: str) -> float:
    """Check `folder` in a new process, writing the JSON report to `out`; return its seconds."""
    command = [sys.executable, "-m", "crosscheck", "check", folder, "--format", "json", "-o", out,
               "--jobs", str(jobs), "--fail-on", "never"]
    command += ["--no-cache"] if cache == "off" else ["--cache", cache]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def entries(cache: str) -> int:
    return sum(len(names) for _, _, names in os.walk(cache))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="a folder to copy and time instead of a generated corpus")
    corpus.add_options(parser, shape=True)
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (1 = one core, 0 = all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crosscheck-incremental-") as scratch:
        folder, cache = os.path.join(scratch, "corpus"), os.path.join(scratch, "cache")
        if args.path:
            shutil.copytree(args.path, folder)
            what = args.path
        else:
            corpus.build_for(args, folder, shape=args.shape)
            what = f"{args.docs} documents of the {args.shape} corpus"
        report = lambda name: os.path.join(scratch, name)  # noqa: E731
        files = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
                       if name.endswith((".txt", ".md")))
        print(f"{what}, jobs={args.jobs}: `crosscheck check` in a new process each run")
        _line("without the cache", run(folder, report("plain.json"), args.jobs, "off"))
        _line("empty cache (filled)", run(folder, report("cold.json"), args.jobs, cache))
        _line("nothing changed", run(folder, report("warm.json"), args.jobs, cache))
        with open(files[len(files) // 2], "a", encoding="utf-8") as handle:
            handle.write(APPENDED)
        before = entries(cache)
        seconds = run(folder, report("changed.json"), args.jobs, cache)
        _line("one file changed", seconds, f" ({entries(cache) - before} source(s) extracted)")
        _line("one file changed, no cache", run(folder, report("fresh.json"), args.jobs, "off"))
        same = [_bytes(report(a)) == _bytes(report(b)) for a, b in
                (("plain.json", "cold.json"), ("plain.json", "warm.json"), ("changed.json", "fresh.json"))]
        changed = _bytes(report("changed.json")) != _bytes(report("warm.json"))
        print("  reports byte-identical to a run without the cache: "
              f"before the change {same[0] and same[1]}, after it {same[2]}; the change shows: {changed}")


def _line(what: str, seconds: float, note: str = "") -> None:
    print(f"  {what + ':':<30} {seconds:6.2f} s{note}")

def _bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


if __name__ == "__main__":
    main()
