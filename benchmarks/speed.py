"""Throughput, peak memory and time per stage of `crosscheck check` on a generated corpus,
against the obvious alternative: dateparser's `search_dates` over each whole document.

    python -m benchmarks.speed --docs 1000 --repeat 3
    python -m benchmarks.speed --docs 10000 --repeat 1
    python -m benchmarks.speed --docs 1000 --profile      # where the time goes (cProfile)
    python -m benchmarks.speed --docs 1000 --dense        # four times the claims per kilobyte

Each run is a fresh process, so no cache warmed by an earlier run flatters the figures, and its
peak memory (max RSS) is its own. The corpus is built into a temporary folder (or --corpus).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import pstats
import resource
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from . import corpus

REFERENCE = ["sources", os.path.join("tests", "gold", "mistral-7b")]  # real text, for its claims per kB


def measure(folder: str, jobs: int, until: str = "report") -> dict:
    """Run one check over `folder` in this process; return its timings and counts."""
    started = time.perf_counter()
    from crosscheck.config import Config
    from crosscheck.pipeline import check
    from crosscheck.report import render

    startup = time.perf_counter() - started  # imports: paid once per run, whatever the corpus
    timings: dict = {}
    before_report = 0.0
    started = time.perf_counter()
    if until == "claims":
        claims = _claims_only(folder, jobs, timings)
        counts = {"claims": len(claims), "findings": 0, "block": _largest_block(claims)}
    else:
        result = check([folder], Config(jobs=jobs), timings=timings)
        before_report = _peak_mib()  # rendering the JSON text can cost more memory than the check
        report_started = time.perf_counter()
        render(result, "json")
        timings["report"] = time.perf_counter() - report_started
        counts = {"claims": len(result.claims), "findings": len(result.findings),
                  "block": _largest_block(result.claims)}
    return {"seconds": time.perf_counter() - started, "startup": startup, "stages": timings, **counts,
            "peak_mib": _peak_mib(), "peak_before_report_mib": before_report,
            "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _largest_block(claims) -> tuple:
    # Alignment compares the claims of one block pairwise, so its largest block bounds its cost.
    from crosscheck.align import blocks

    return max(((len(indices), "/".join(key)) for key, indices in blocks(claims).items()), default=(0, ""))


def _claims_only(folder: str, jobs: int, timings: dict) -> list:
    # The first stages of crosscheck.pipeline.check, for corpora that alignment cannot finish.
    from crosscheck.engines.local import LocalEngine
    from crosscheck.load import find_sources
    from crosscheck.pipeline import read_claims

    started = time.perf_counter()
    files = find_sources([folder])
    timings["find"] = time.perf_counter() - started
    if jobs == 1:
        return claims_by_stage(files, timings)
    started = time.perf_counter()
    done = LocalEngine(jobs).map(read_claims, files, sum(file.size for file in files))
    claims = [claim for _, batch in done for claim in batch]
    timings["read+extract+claims"] = time.perf_counter() - started
    return claims


def claims_by_stage(files, timings: dict, clock=time.perf_counter) -> list:
    """Do what crosscheck.pipeline.read_claims does, one stage at a time, adding each's time to `timings`."""
    from crosscheck.claims import build_claims
    from crosscheck.extract import EXTRACTORS
    from crosscheck.load import read_file

    claims = []
    for file in files:
        with _timed(timings, "read", clock):
            source = read_file(file)
        mentions = []
        for name, extractor in EXTRACTORS.items():
            with _timed(timings, f"extract {name}", clock):
                mentions += extractor(source)
        with _timed(timings, "claims", clock):
            claims += build_claims(source, sorted(mentions, key=lambda m: (m.start, m.end, m.kind)))
    return claims


@contextmanager
def _timed(timings: dict, stage: str, clock=time.perf_counter):
    started = clock()
    yield
    timings[stage] = timings.get(stage, 0.0) + clock() - started


def _fresh(function, *args):
    # A new interpreter per run: cold caches and a peak RSS of its own.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def _densities(folders: list) -> list:
    """Return (folder, claims per kB) of real text, to show how realistic the corpus is."""
    from crosscheck.load import find_sources
    from crosscheck.pipeline import extract

    found = []
    for folder in folders:
        size = sum(file.size for file in find_sources([folder]))
        found.append((folder, sum(len(mentions) for _, mentions in extract([folder])) / size * 1000))
    return found


def search_dates_rate(folder: str, sample: int) -> tuple:
    """Return (MB, seconds) of dateparser's search_dates over `sample` documents of `folder`."""
    from dateparser.search import search_dates

    names = sorted(os.listdir(folder))
    step = max(1, len(names) // sample)
    texts = [open(os.path.join(folder, name), encoding="utf-8").read() for name in names[::step][:sample]]
    search_dates("Warm up on July 18, 2023.", languages=["en"])  # language data loads on first use
    started = time.perf_counter()
    for text in texts:
        search_dates(text, languages=["en"])
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6, time.perf_counter() - started


def profile(folder: str, jobs: int, until: str, top: int = 30) -> str:
    """Return cProfile's top functions by own time for one check over `folder`."""
    profiler = cProfile.Profile()
    profiler.runcall(measure, folder, jobs, until)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def report(args, folder: str, megabytes: float) -> None:
    from crosscheck.align import scored_pairs  # here: a run's start-up must import it itself

    runs = [_fresh(measure, folder, args.jobs, args.until) for _ in range(args.repeat)]
    seconds = statistics.median(run["seconds"] for run in runs)
    first = runs[0]
    print(f"corpus: {args.docs} documents, {megabytes:.1f} MB; jobs={args.jobs}; stages up to {args.until}; "
          f"{first['claims']} claims, {first['findings']} findings")
    real = ", ".join(f"{folder} {density:.1f}" for folder, density in _densities(args.reference))
    print(f"  claims per kB: {first['claims'] / megabytes / 1000:.1f} here; in real text: {real}")
    each = ", ".join(f"{run['seconds']:.1f}" for run in runs)
    print(f"crosscheck check: median {seconds:.1f} s of {args.repeat} run(s) ({each})")
    print(f"  throughput: {megabytes / seconds:.2f} MB/s, {args.docs / seconds:.0f} documents/s "
          f"(after {statistics.median(run['startup'] for run in runs):.1f} s of start-up imports)")
    workers = f", of its largest worker: {max(r['worker_peak_mib'] for r in runs):.0f} MiB"
    print(f"  peak memory (max RSS of the run's process): {max(r['peak_mib'] for r in runs):.0f} MiB"
          + (workers if args.jobs != 1 else ""))
    before_report = max(run["peak_before_report_mib"] for run in runs)
    if before_report:
        print(f"  peak memory before the JSON report is rendered: {before_report:.0f} MiB")
    for stage in first["stages"]:
        spent = statistics.median(r["stages"][stage] for r in runs)
        print(f"  {stage:<20} {spent:8.2f} s  {100 * spent / seconds:5.1f}%")
    size, key = first["block"]
    print(f"  largest alignment block: {size} claims ({key}), {size * (size - 1) // 2:,} pairs, "
          f"of which alignment scores {min(scored_pairs(size), size * (size - 1) // 2):,} (windows)")
    if args.sample:
        sample_mb, sample_s = _fresh(search_dates_rate, folder, args.sample)
        rate = sample_mb / sample_s
        print(f"dateparser search_dates over {args.sample} of the documents ({sample_mb:.2f} MB, a sample): "
              f"{rate:.2f} MB/s, so about {megabytes / rate:.0f} s for the corpus (extrapolated)")
        what = "end to end" if args.until == "report" else "up to claims"
        print(f"  crosscheck {what} is {megabytes / seconds / rate:.1f}x the speed of search_dates alone")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus.add_options(parser)
    parser.add_argument("--reference", nargs="*", default=REFERENCE,
                        help="folders of real text whose claims per kB are printed for comparison")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is reported")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (1 = one core)")
    parser.add_argument("--sample", type=int, default=50, help="documents timed with search_dates (0: skip)")
    parser.add_argument("--corpus", help="build the corpus here (kept) instead of a temporary folder")
    parser.add_argument("--profile", action="store_true", help="print cProfile's hot spots instead")
    parser.add_argument("--until", choices=["claims", "report"], default="report",
                        help="stop after extraction and claims, or run the whole check")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-") as scratch:
        folder = args.corpus or os.path.join(scratch, "corpus")
        megabytes = corpus.build_for(args, folder)
        if args.profile:
            print(profile(folder, args.jobs, args.until))
        else:
            report(args, folder, megabytes)


if __name__ == "__main__":
    main()
