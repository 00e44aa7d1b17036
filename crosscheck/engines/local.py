"""The local engine: extraction, alignment scoring and compare across this machine's cores."""
from __future__ import annotations

import os
import sys
import threading
from functools import partial
from typing import Callable, Iterator, List, Sequence, TypeVar

from ..align import Group, Table, align
from ..align.clusters import score_windows
from ..compare.pairs import Judged, judge
from ..config import Config
from ..model import Claim

S = TypeVar("S")
T = TypeVar("T")
# Below this much input, starting worker processes (each imports the extractors, ~1 s) costs
# more than it saves, so an automatic job count runs in this process.
AUTO_PARALLEL_BYTES = 2_000_000
# Below this many aligned pairs, comparing takes well under a second: an automatic job count
# compares in this process.
AUTO_PARALLEL_PAIRS = 200_000
# Below this many claims, alignment takes a few seconds at most: an automatic job count
# scores them in this process.
AUTO_PARALLEL_CLAIMS = 20_000


class LocalEngine:
    """Map per-source work over a process pool (`jobs` processes, 0 = automatic)."""

    def __init__(self, jobs: int = 0):
        if jobs < 0:
            raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
        self.jobs = jobs

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def map(self, work: Callable[[S], T], items: Sequence[S], total_bytes: int = 0) -> Iterator[T]:
        """Yield `work(item)` for each item, in order; `total_bytes` sizes the input."""
        workers = self.workers(len(items), total_bytes)
        if workers <= 1:
            yield from map(work, items)
            return
        with _pool(workers) as pool:
            yield from pool.map(work, items, chunksize=_chunksize(len(items), workers))

    def workers(self, count: int, total_bytes: int) -> int:
        """Return how many processes to use for `count` items of `total_bytes` in all."""
        if self.jobs:
            return max(1, min(self.jobs, count))
        if total_bytes < AUTO_PARALLEL_BYTES:
            return 1
        return max(1, min(os.cpu_count() or 1, count))

    def align(self, claims: Sequence[Claim], threshold: float) -> List[Group]:
        """Align all claims, their windows scored across the pool; joined in this process, in order."""
        workers = self.jobs or (os.cpu_count() or 1 if len(claims) >= AUTO_PARALLEL_CLAIMS else 1)
        if workers <= 1:
            return align(claims, threshold=threshold)
        return align(claims, threshold=threshold, scorer=partial(_score_in_pool, workers))

    def judge(self, claims: Sequence[Claim], groups: Sequence[Group],
              config: Config) -> List[List[Judged]]:
        """Return what `compare.pairs.judge` makes of each group, in group order, across the pool.

        Groups are independent, so consecutive runs of them (of about equal work) go to the
        workers and come back in order: the same findings as one process.
        """
        pairs = sum(len(group.pairs) for group in groups)
        workers = self.jobs or (os.cpu_count() or 1 if pairs >= AUTO_PARALLEL_PAIRS else 1)
        workers = max(1, min(workers, len(groups)))
        if workers <= 1:
            return [judge(claims, group.members, group.pairs, config) for group in groups]
        chunks = _chunks(groups, workers * 4)
        with _pool(workers, claims=claims, config=config) as pool:
            return [judged for done in pool.map(_judge_chunk, chunks) for judged in done]


def die_with_parent(parent: int) -> None:
    """Make this worker process end when the run that started it ends, even by kill -9."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:  # PR_SET_PDEATHSIG = 1: the kernel sends SIGKILL when the parent dies
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


# What every compare or alignment scoring task needs, handed to each worker once when it
# starts (under fork, not even copied) instead of pickled with each task: the run's claims
# (or the alignment table of their keys) are most of its memory.
_SHARED: dict = {}


def _pool(workers: int, **shared):
    """Return a pool of `workers` processes that end with this run, each handed `shared` once."""
    # Imported here: a run in one process needs neither, and they took 20 ms to import (measured).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(_start_method())
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_share,
                               initargs=(os.getpid(), shared))


def _share(parent: int, shared: dict) -> None:
    die_with_parent(parent)
    _SHARED.update(shared)


def _chunksize(items: int, workers: int) -> int:
    return max(1, items // (workers * 8))  # enough chunks for the workers to even out unequal items


def _score_in_pool(workers: int, table: Table, windows: List[List[int]], threshold: float) -> Iterator[tuple]:
    """Yield `pair_scores` of each window, in order, scored by `workers` processes."""
    if len(windows) < 2:
        yield from score_windows(table, windows, threshold)
        return
    with _pool(min(workers, len(windows)), table=table, threshold=threshold) as pool:
        yield from pool.map(_score_window, windows, chunksize=_chunksize(len(windows), workers))


def _score_window(window: List[int]) -> tuple:
    table, threshold = _SHARED["table"], _SHARED["threshold"]
    return next(score_windows(table, [window], threshold))


def _judge_chunk(chunk: Sequence[Group]) -> List[List[Judged]]:
    claims, config = _SHARED["claims"], _SHARED["config"]
    return [judge(claims, group.members, group.pairs, config) for group in chunk]


def _chunks(groups: Sequence[Group], count: int) -> List[List[Group]]:
    """Split `groups` into up to `count` consecutive runs of about equal work (members + pairs)."""
    total = sum(len(g.members) + len(g.pairs) for g in groups)
    share, chunks, current, size = total / count, [], [], 0
    for group in groups:
        current.append(group)
        size += len(group.members) + len(group.pairs)
        if size >= share:
            chunks.append(current)
            current, size = [], 0
    return chunks + [current] if current else chunks


def _start_method() -> str:
    # fork starts workers at once and does not re-import the caller's script, but forking a
    # process that runs other threads (a Dask client, a test runner's) can deadlock the child;
    # spawn is safe everywhere and is also what macOS and Windows need.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"
