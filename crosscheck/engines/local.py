"""The local engine: extraction across this machine's cores, alignment in this process."""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, List, Sequence, TypeVar

from ..align import Group, align
from ..model import Claim, Source

T = TypeVar("T")
# Below this much text, starting worker processes (each imports the extractors, ~1 s) costs
# more than it saves, so an automatic job count runs in this process.
AUTO_PARALLEL_CHARS = 2_000_000


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

    def map(self, work: Callable[[Source], T], sources: Sequence[Source]) -> Iterator[T]:
        """Yield `work(source)` for each source, in source order."""
        workers = self.workers(sources)
        if workers <= 1:
            yield from map(work, sources)
            return
        # spawn, not fork: forking a process that runs threads (a Dask client, a progress
        # bar) can deadlock the child.
        context = multiprocessing.get_context("spawn")
        chunksize = max(1, len(sources) // (workers * 8))
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            yield from pool.map(work, sources, chunksize=chunksize)

    def workers(self, sources: Sequence[Source]) -> int:
        """Return how many processes to use for `sources`."""
        if self.jobs:
            return min(self.jobs, len(sources))
        if sum(len(source.text) for source in sources) < AUTO_PARALLEL_CHARS:
            return 1
        return min(os.cpu_count() or 1, len(sources))

    def align(self, claims: Sequence[Claim], threshold: float) -> List[Group]:
        """Align all claims in this process."""
        return align(claims, threshold=threshold)
