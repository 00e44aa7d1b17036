"""Throughput, peak memory and time per stage of `crosscheck check`, on generated corpora or on
any folder, against dateparser's `search_dates` and a practical floor, both timed in the same run.

    python -m benchmarks.speed --docs 1000 --repeat 3                 # the news-like corpus
    python -m benchmarks.speed --docs 1000,10000 --shape news,many --jobs 1,0   # issue 17's figures
    python -m benchmarks.speed --docs 1000 --shape news,many          # and the many-sources corpus
    python -m benchmarks.speed --docs 1000,3000,10000 --shape many    # the fitted exponent of time
    python -m benchmarks.speed --news PAC_DIR                         # real two-outlet news
    python -m benchmarks.speed PATH [--docs 100,1000]                 # a folder of your own
    python -m benchmarks.speed --docs 1000 --profile                  # where the time goes (cProfile)
    python -m benchmarks.speed --docs 1000 --dense                    # four times the claims per kB
    python -m benchmarks.speed --docs 1000,10000 --engine dask        # on a LocalCluster of 2 workers

Shapes (see `benchmarks.corpus`): `news`, few documents state each fact; `many`, each fact
stated by 0.5-50% of the documents with a few deviating. `--news PAC_DIR` writes the PAC stories
outside the check half as Markdown sources into a temporary folder. A folder given as PATH is
only read: with several `--docs` sizes, each run checks its first N source files.

Every figure is CPU time (this process and its worker processes), not wall time, so that a
machine shared with other work still gives comparable figures: MB/s per core is megabytes over
CPU seconds. `--jobs 1,0` times one core and then all cores.

The floor is what any tool over these files must do: read each source as crosscheck does, one
regex pass over its text and a sentence split. Each run is a fresh process, so no cache warmed
by an earlier run flatters the figures, and its peak memory (max RSS) is its own; crosscheck's
claims cache is off in every run.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import math
import multiprocessing
import os
import pstats
import re
import resource
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import List, Optional, Sequence

from . import corpus

REFERENCE = ["sources", os.path.join("tests", "gold", "mistral-7b")]  # real text, for its claims per kB
# The floor's one regex pass: every number and every capitalised word, what any extractor of
# dates, figures and names must at least look at.
_FLOOR_PATTERN = re.compile(r"\d[\d,.]*|\b[A-Z][\w'-]*")


@dataclass(frozen=True)
class Corpus:
    """What one line of the report times: `paths` (folders or files) of `docs` documents."""

    label: str
    paths: tuple
    docs: int
    megabytes: float


def cpu_seconds() -> float:
    """Return the CPU time of this process and of its ended worker processes, user and system."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def measure(paths: Sequence[str], jobs: int, until: str = "report", engine: str = "local") -> dict:
    """Run one check over `paths` in this process; return its timings (CPU seconds) and counts."""
    started = cpu_seconds()
    from crosscheck import pipeline
    from crosscheck.config import Config
    from crosscheck.pipeline import check
    from crosscheck.report import render_stream

    from .dask_cluster import on_engine

    # The pipeline's stage timer reads this clock instead of the wall clock: in this fresh
    # process only, its stage split is then in CPU seconds (a pool's workers counted once
    # they end, which they do within their stage; a Dask cluster's workers are not counted).
    pipeline.time = _CpuClock
    startup = cpu_seconds() - started  # imports: paid once per run, whatever the corpus
    timings: dict = {}
    before_report = 0.0
    # The claims cache off: every run extracts, as a first run does.
    with on_engine(engine, Config(jobs=jobs, cache="off")) as config:
        wall = time.perf_counter()
        started = cpu_seconds()
        if until == "claims":
            claims = _claims_only(paths, jobs, timings)
            counts = {"claims": len(claims), "findings": 0, "block": _largest_block(claims)}
        else:
            # As `crosscheck check --format json -o FILE` runs: texts let go, claims left on a
            # Dask cluster's workers, the report streamed.
            result = check(list(paths), config, timings=timings, keep_texts=False, keep_claims=False)
            before_report = _peak_mib()  # rendering the JSON text can cost more memory than the check
            report_started = cpu_seconds()
            with open(os.devnull, "w", encoding="utf-8") as sink:
                sink.writelines(render_stream(result, "json"))
            timings["report"] = cpu_seconds() - report_started
            counts = {"claims": result.claim_count, "findings": len(result.findings),
                      "block": _largest_block(result.claims)}
        seconds, wall = cpu_seconds() - started, time.perf_counter() - wall
    return {"seconds": seconds, "wall": wall, "startup": startup, "stages": timings, **counts,
            "peak_mib": _peak_mib(), "peak_before_report_mib": before_report,
            "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


class _CpuClock:
    """Stands for the `time` module in the pipeline of a measured run: its clock is CPU time."""

    perf_counter = staticmethod(cpu_seconds)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _largest_block(claims) -> tuple:
    # Alignment compares the claims of one block pairwise, so its largest block bounds its cost.
    from crosscheck.align import blocks

    return max(((len(indices), "/".join(key)) for key, indices in blocks(claims).items()), default=(0, ""))


def _claims_only(paths: Sequence[str], jobs: int, timings: dict) -> list:
    # The first stages of crosscheck.pipeline.check, for corpora that alignment cannot finish.
    from crosscheck.engines.local import LocalEngine
    from crosscheck.load import find_sources
    from crosscheck.pipeline import read_claims

    started = cpu_seconds()
    files = find_sources(list(paths))
    timings["find"] = cpu_seconds() - started
    if jobs == 1:
        return claims_by_stage(files, timings, cpu_seconds)
    started = cpu_seconds()
    done = LocalEngine(jobs).map(read_claims, files, sum(file.size for file in files))
    claims = [claim for _, batch in done for claim in batch]
    timings["read+extract+claims"] = cpu_seconds() - started
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


def _texts(paths: Sequence[str], sample: int = 0) -> List[str]:
    """Return the texts of the sources under `paths` as crosscheck reads them (every n-th for a sample)."""
    from crosscheck.load import find_sources, read_file

    files = find_sources(list(paths))
    if sample:
        files = files[::max(1, len(files) // sample)][:sample]
    return [read_file(file).text for file in files]


def search_dates_rate(paths: Sequence[str], sample: int) -> tuple:
    """Return (MB, seconds) of dateparser's search_dates over `sample` documents under `paths`."""
    from dateparser.search import search_dates

    texts = _texts(paths, sample)
    search_dates("Warm up on July 18, 2023.", languages=["en"])  # language data loads on first use
    started = time.process_time()
    for text in texts:
        search_dates(text, languages=["en"])
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6, time.process_time() - started


def floor_rate(paths: Sequence[str]) -> tuple:
    """Return (MB, seconds) of the floor: read every source, one regex pass, one sentence split."""
    from crosscheck.load import find_sources, read_file
    from crosscheck.text import sentence_spans

    files = find_sources(list(paths))
    started = time.process_time()
    for file in files:
        text = read_file(file).text
        sum(1 for _ in _FLOOR_PATTERN.finditer(text))
        sentence_spans(text)
    return sum(file.size for file in files) / 1e6, time.process_time() - started


def profile(paths: Sequence[str], jobs: int, until: str, top: int = 30) -> str:
    """Return cProfile's top functions by own time for one check over `paths`."""
    profiler = cProfile.Profile()
    profiler.runcall(measure, paths, jobs, until)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


# Issue 17's targets, per core: what each corpus shape should reach end to end.
TARGETS = {"news": 5.0, "many": 2.0}
SEARCH_DATES_TARGET = 20  # times the speed of dateparser's search_dates
MEMORY_TARGET_MIB = 1024  # peak at 10,000 documents


def report(args, corpus_: Corpus, jobs: int) -> float:
    """Time `corpus_` as `args` ask on `jobs` processes, print what was measured; return its CPU seconds."""
    runs = [_fresh(measure, corpus_.paths, jobs, args.until, args.engine) for _ in range(args.repeat)]
    seconds = statistics.median(run["seconds"] for run in runs)
    first = runs[0]
    engine = "engine=dask on 2 workers (a LocalCluster)" if args.engine == "dask" else f"jobs={jobs}"
    print(f"\ncorpus {corpus_.label}: {corpus_.docs} documents, {corpus_.megabytes:.1f} MB; {engine}; "
          f"stages up to {args.until}; {first['claims']} claims, {first['findings']} findings")
    if args.reference:
        real = ", ".join(f"{folder} {density:.1f}" for folder, density in _densities(args.reference))
        print(f"  claims per kB: {first['claims'] / corpus_.megabytes / 1000:.1f} here; in real text: {real}")
    _throughput(args, corpus_, runs, seconds)
    _memory(args, corpus_, runs, jobs)
    _stages(runs, seconds)
    _against_floor(corpus_, seconds)
    if args.sample:
        _against_search_dates(args, corpus_, seconds)
    return seconds


def _throughput(args, corpus_: Corpus, runs: List[dict], seconds: float) -> None:
    megabytes, wall = corpus_.megabytes, statistics.median(run["wall"] for run in runs)
    each = ", ".join(f"{run['seconds']:.1f}" for run in runs)
    print(f"crosscheck check: median {seconds:.1f} CPU s of {args.repeat} run(s) ({each}); {wall:.1f} s wall")
    target = TARGETS.get(corpus_.label)
    aim = f" (target {target} MB/s per core)" if target and args.until == "report" else ""
    print(f"  throughput: {megabytes / seconds:.2f} MB/s per core{aim}, {megabytes / wall:.2f} MB/s wall, "
          f"{corpus_.docs / seconds:.0f} documents per CPU second "
          f"(after {statistics.median(run['startup'] for run in runs):.1f} CPU s of start-up imports)")


def _memory(args, corpus_: Corpus, runs: List[dict], jobs: int) -> None:
    workers = f", of its largest worker: {max(r['worker_peak_mib'] for r in runs):.0f} MiB"
    peak = max(r["peak_mib"] for r in runs)
    limit = f" (target under {MEMORY_TARGET_MIB} MiB at 10,000 documents)" if corpus_.docs >= 10_000 else ""
    print(f"  peak memory (max RSS of the run's process): {peak:.0f} MiB{limit}"
          + (workers if jobs != 1 or args.engine == "dask" else ""))
    before_report = max(run["peak_before_report_mib"] for run in runs)
    if before_report:
        print(f"  peak memory before the JSON report is rendered: {before_report:.0f} MiB")


def _stages(runs: List[dict], seconds: float) -> None:
    from crosscheck.align import scored_pairs  # here: a run's start-up must import it itself

    first = runs[0]
    for stage in first["stages"]:
        spent = statistics.median(r["stages"][stage] for r in runs)
        print(f"  {stage:<20} {spent:8.2f} CPU s  {100 * spent / seconds:5.1f}%")
    size, key = first["block"]
    print(f"  largest alignment block: {size} claims ({key}), {size * (size - 1) // 2:,} pairs, "
          f"of which alignment scores {min(scored_pairs(size), size * (size - 1) // 2):,} (windows)")


def _against_floor(corpus_: Corpus, seconds: float) -> None:
    floor_mb, floor_s = _fresh(floor_rate, corpus_.paths)
    print(f"floor (read + one regex pass + sentence split, one core): {floor_s:.2f} CPU s, "
          f"{floor_mb / floor_s:.1f} MB/s; crosscheck takes {seconds / floor_s:.1f}x the floor's CPU time")


def _against_search_dates(args, corpus_: Corpus, seconds: float) -> None:
    sample = min(args.sample, corpus_.docs)
    sample_mb, sample_s = _fresh(search_dates_rate, corpus_.paths, sample)
    rate = sample_mb / sample_s
    megabytes = corpus_.megabytes
    print(f"dateparser search_dates over {sample} of the documents ({sample_mb:.2f} MB, a sample): "
          f"{rate:.2f} MB/s, so about {megabytes / rate:.0f} CPU s for the corpus (extrapolated)")
    what = "end to end" if args.until == "report" else "up to claims"
    print(f"  crosscheck {what} is {megabytes / seconds / rate:.1f}x the speed of search_dates alone "
          f"per CPU second (target {SEARCH_DATES_TARGET}x)")


def exponent(sizes: Sequence[float], seconds: Sequence[float]) -> float:
    """Return k of the least-squares fit seconds ~ c * sizes**k (1 is linear, 2 quadratic)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
            / sum((x - mean_x) ** 2 for x in xs))


def _folder_corpora(path: str, sizes: Optional[List[int]]) -> List[Corpus]:
    # A user's folder is only read: a smaller size is its first N source files, passed as files.
    from crosscheck.load import find_sources

    files = find_sources([path])
    if not files:
        raise SystemExit(f"{path}: no source files found")
    found = []
    for size in sizes or [len(files)]:
        chosen = files[:size]
        paths = (path,) if len(chosen) == len(files) else tuple(file.path for file in chosen)
        found.append(Corpus(path, paths, len(chosen), sum(file.size for file in chosen) / 1e6))
    return found


def _generated_corpora(args, scratch: str, sizes: List[int]) -> List[Corpus]:
    found = []
    for shape in args.shape.split(","):
        if shape not in corpus.SHAPES:
            raise SystemExit(f"unknown shape {shape!r}; known: {', '.join(corpus.SHAPES)}")
        for docs in sizes:
            folder = os.path.join(args.corpus or scratch, f"{shape}-{docs}")
            megabytes = corpus.build_for(args, folder, docs, shape)
            found.append(Corpus(shape, (folder,), docs, megabytes))
    return found


def _news_corpus(pac: str, scratch: str) -> Corpus:
    from crosscheck.load import find_sources

    from .news_corpus import write_stories

    folder = os.path.join(scratch, "pac-news")
    stories = write_stories(pac, folder, "open")
    files = find_sources([folder])
    return Corpus(f"real news ({stories} PAC stories, the check half left out)", (folder,), len(files),
                  sum(file.size for file in files) / 1e6)


def _print_exponents(timed: List[tuple], jobs: int) -> None:
    by_label: dict = {}
    for corpus_, seconds in timed:
        by_label.setdefault(corpus_.label, []).append((corpus_.docs, seconds))
    for label, points in by_label.items():
        if len({docs for docs, _ in points}) > 1:
            docs, seconds = zip(*points)
            rows = ", ".join(f"{n} docs {s:.1f} CPU s" for n, s in points)
            print(f"\n{label}, jobs={jobs}: CPU time grows as documents^{exponent(docs, seconds):.2f} "
                  f"(1 is linear; {rows})")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="time this folder (only read) instead of a generated corpus")
    corpus.add_options(parser, sizes=True)
    parser.add_argument("--shape", default="news",
                        help=f"generated corpora to time, comma-separated (of: {', '.join(corpus.SHAPES)})")
    parser.add_argument("--news", metavar="PAC_DIR",
                        help="also time the real news of the PAC stories in this folder (story_pairs.jsonl)")
    parser.add_argument("--reference", nargs="*", default=REFERENCE,
                        help="folders of real text whose claims per kB are printed for comparison")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median is reported")
    parser.add_argument("--jobs", default="1",
                        help="processes (1 = one core, 0 = all), or several to time each: 1,0")
    parser.add_argument("--sample", type=int, default=50, help="documents timed with search_dates (0: skip)")
    parser.add_argument("--corpus", help="build the generated corpora here (kept), not in a temporary folder")
    parser.add_argument("--profile", action="store_true", help="print cProfile's hot spots instead")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="dask: run on a LocalCluster of 2 worker processes (--jobs is then unused)")
    parser.add_argument("--until", choices=["claims", "report"], default="report",
                        help="stop after extraction and claims, or run the whole check")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.docs.split(",")] if args.docs else None
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-") as scratch:
        if args.path:
            corpora = _folder_corpora(args.path, sizes)
        else:
            corpora = _generated_corpora(args, scratch, sizes or [1000])
            corpora += [_news_corpus(args.news, scratch)] if args.news else []
        jobs = [int(count) for count in args.jobs.split(",")]
        if args.profile:
            for corpus_ in corpora:
                print(profile(corpus_.paths, jobs[0], args.until))
            return
        for count in jobs:
            _print_exponents([(corpus_, report(args, corpus_, count)) for corpus_ in corpora], count)


if __name__ == "__main__":
    main()
