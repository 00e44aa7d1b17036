"""The Dask engine: extraction, alignment and compare on the workers; findings to the client.

Point it at a running cluster with `--engine dask --scheduler tcp://HOST:8786`. Without a
scheduler address it starts a LocalCluster on this machine (one single-threaded worker
process per core, or `--jobs N` of them) for the run and closes it after. Only paths travel to
the workers: each worker reads its files itself, so workers need crosscheck installed (with
the same extras) and the same paths mounted (a shared file system).

A check runs in two rounds of tasks (`DaskEngine.check`):
1. extraction, one task per `SOURCES_PER_PARTITION` sources (more in a large run, see
   `partition_size`): each keeps its claims on its worker, partitioned by block (pickled
   together per block, so that claims of one sentence share its text), and sends the client
   only its sources, a tally of its claims and the size of each of its blocks;
2. one task per block, the largest first (it bounds the run): the block's partitions meet on
   one worker, which aligns and compares them with `align` and `make_findings`, as the local
   engine does over all claims. Findings come back block by block as each task ends.

The block is alignment's own: kind and unit. Alignment never joins claims of two blocks, and
a claim's identity key depends only on the claims of its block (a sentence's numbering of its
values, the people named in entity claims), so aligning each block apart gives the groups
aligning all claims gives, and the report is the local engine's byte for byte. A finer split
(by subject or value bucket) would not be: a block larger than alignment's window is scored
in sliding windows over its whole sort order, and the clusters refuse merges as they grow, so
which pairs meet depends on every claim of the block. The largest block (all dates, or all
entities) is therefore one task: it bounds how far a run spreads.

Why futures and not a Dask DataFrame shuffled on the block (what this engine did first): on
1,000 generated documents the shuffle cost the workers and the client 25% more CPU and the run
30% more time, and hashing blocks to partitions put the entity block and four unit blocks
in one partition, in one task, behind each other (docs/dask.md).
"""
from __future__ import annotations

import logging
import os
import pickle
from typing import Callable, Dict, List, Optional, Sequence, Tuple, TypeVar

from ..align import Group, align, blocks
from ..config import Config
from ..findings import make_findings, ordered
from ..model import Claim, Finding, Source
from ..standing import Tally, tally_of
from . import EngineError

S = TypeVar("S")
T = TypeVar("T")
SOURCES_PER_PARTITION = 64
PARTITIONS_PER_WORKER = 8  # enough for the workers to even out documents of unequal length


class DaskEngine:
    """Run extraction, and alignment and compare per block, as tasks of a Dask cluster."""

    def __init__(self, scheduler: Optional[str] = None, workers: int = 0):
        try:
            import distributed  # noqa: F401
        except ImportError as error:
            raise EngineError("the dask engine needs the dask extra: "
                              "pip install 'crosscheck-claims[dask]'") from error
        self.scheduler = scheduler
        self.workers = workers or os.cpu_count() or 1
        self.client = None
        self.cluster = None

    def __enter__(self) -> "DaskEngine":
        from distributed import Client

        if not self.scheduler:
            try:
                self.cluster = local_cluster(self.workers)
            except RuntimeError as error:  # a worker process could not start
                raise EngineError(f"cannot start a local Dask cluster of {self.workers} workers: {error} "
                                  "(a script that starts one needs `if __name__ == '__main__':`)") from error
            self.client = Client(self.cluster, set_as_default=False)
            return self
        try:
            self.client = Client(self.scheduler, set_as_default=False, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise EngineError(f"cannot reach the Dask scheduler {self.scheduler}: {error}") from error
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def check(self, files: Sequence, work: Callable, config: Config, keep_claims: bool = False,
              keep_texts: bool = True) -> Tuple[List[Source], List[Claim], List[Finding], Optional[Tally]]:
        """Check `files` on the cluster: return the sources (without their texts unless
        `keep_texts`, as `pipeline.check` lets them go), the claims when `keep_claims` (else none,
        and a tally of them), and the findings, as the local engine's `check` has them."""
        from distributed import as_completed

        client = self.client
        size = partition_size(len(files), sum(client.nthreads().values()))
        parts = [client.submit(_extract, files[start:start + size], work, pure=False)
                 for start in range(0, len(files), size)]
        summaries = client.gather([client.submit(_summary, part, keep_texts, pure=False) for part in parts])
        sizes: Dict[str, int] = {}
        for _, _, counts in summaries:
            for block, count in counts.items():
                sizes[block] = sizes.get(block, 0) + count
        tasks = []
        # Largest block first: it is the run's longest task, and the rest fill in beside it.
        for block in sorted(sizes, key=lambda b: (-sizes[b], b)):
            # The block's partitions in the run's order: alignment and compare break ties by it.
            pieces = [client.submit(_piece, part, block, pure=False)
                      for part, (_, _, counts) in zip(parts, summaries) if block in counts]
            tasks.append(client.submit(_block_findings, config, *pieces, pure=False, priority=sizes[block]))
        claims = []
        if keep_claims:
            claims = [claim for blobs in client.gather([client.submit(_blobs, part) for part in parts])
                      for claim in _in_order(blobs)]
        del parts  # the claims stay on the workers only as long as a block task needs them
        findings: List[Finding] = []
        for task in as_completed(tasks, loop=client.loop):  # each block's findings as its task ends
            findings += task.result()
            task.release()
        tally = None if keep_claims else sum((tally for _, tally, _ in summaries), Tally({}, {}))
        return [source for part, _, _ in summaries for source in part], claims, ordered(findings), tally

    def map(self, work: Callable[[S], T], items: Sequence[S], total_bytes: int = 0) -> List[T]:
        """Return `work(item)` for each item, in order (`total_bytes` is not needed here)."""
        chunks = [items[start:start + SOURCES_PER_PARTITION]
                  for start in range(0, len(items), SOURCES_PER_PARTITION)]
        done = self.client.gather([self.client.submit(_map, work, chunk, pure=False) for chunk in chunks])
        return [result for chunk in done for result in chunk]

    def align(self, claims: Sequence[Claim], threshold: float) -> List[Group]:
        """Align each block of claims in its own task; the same groups as aligning all at once."""
        # The same blocks as `align` makes, so that aligning them apart changes nothing.
        tasks = [self.client.submit(_align_block, indices, [claims[i] for i in indices], threshold,
                                    pure=False)
                 for _, indices in sorted(blocks(claims).items())]
        groups = (group for found in self.client.gather(tasks) for group in found)
        return sorted(groups, key=lambda g: g.members)


def partition_size(sources: int, workers: int) -> int:
    """Return how many sources an extraction task reads: `SOURCES_PER_PARTITION`, or more, so
    that there are at most `PARTITIONS_PER_WORKER` tasks per worker (thread).

    Each block's piece of each extraction task is a task of its own: 10,000 documents in tasks
    of 64 made some 3,000 tasks; in 16 tasks, some 320, and the run took 170.9 CPU s, not
    184.8 (the scheduler 18.2, not 22.7: most of its work is its upkeep while a run lasts).
    """
    return max(SOURCES_PER_PARTITION, -(-sources // (PARTITIONS_PER_WORKER * max(1, workers))))


def local_cluster(workers: int):
    """Start a LocalCluster of `workers` single-threaded worker processes, for one run.

    crosscheck is pure Python: a thread per process, as many processes as cores. No
    dashboard on a fixed port (any free one: two runs at once must not clash), and no
    statistical profiler sampling every task's stack.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        # Its log stays quiet: a worker's failure reaches the client as the task's error, and
        # a worker's heartbeat that races the shutdown is no news.
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=":0", silence_logs=logging.CRITICAL)


def block_of(claim: Claim) -> str:
    """Return the block a claim aligns in: its kind and unit, as `align.blocks` and the slots
    of `align.keys` group claims (a test holds them equal)."""
    return f"{claim.kind}/{getattr(claim.value, 'unit', '')}"


# The functions below run on the workers, so they are top-level and take picklable arguments.
# An extraction task's result: its sources, the tally of its claims, and per block the
# block's claims with their places among the task's claims, pickled together.
_Part = Tuple[List[Source], Tally, Dict[str, bytes]]


def _extract(files: Sequence, work: Callable) -> _Part:
    """Read and extract `files`; keep their claims by block."""
    sources, claims = [], []
    for file in files:
        source, found = work(file)
        sources.append(source)
        claims += found
    by_block: Dict[str, list] = {}
    for position, claim in enumerate(claims):
        by_block.setdefault(block_of(claim), []).append((position, claim))
    return sources, tally_of(claims), {block: pickle.dumps(members, pickle.HIGHEST_PROTOCOL)
                                       for block, members in by_block.items()}


def _summary(part: _Part, keep_texts: bool) -> Tuple[List[Source], Tally, Dict[str, int]]:
    """Return what the client needs of an extraction task: its sources (their texts only when
    kept: most of what the client would hold), no claims, only each block's size (its
    pickled bytes), which orders the block tasks."""
    from ..pipeline import lean  # the local engine's rule: a text is kept where waivers or errors need it

    sources, tally, by_block = part
    return ([source if keep_texts else lean(source) for source in sources], tally,
            {block: len(blob) for block, blob in by_block.items()})


def _piece(part: _Part, block: str) -> bytes:
    return part[2][block]


def _blobs(part: _Part) -> List[bytes]:
    return list(part[2].values())


def _in_order(blobs: Sequence[bytes]) -> List[Claim]:
    """Return the claims of an extraction task's blocks in the order the task found them."""
    return [claim for _, claim in sorted((placed for blob in blobs for placed in pickle.loads(blob)),
                                         key=_first)]


def _first(placed: Tuple[int, Claim]) -> int:
    return placed[0]


def _block_findings(config: Config, *pieces: bytes) -> List[Finding]:
    """Align and compare the claims of one block (its pieces in the run's order)."""
    claims = [claim for piece in pieces for _, claim in pickle.loads(piece)]
    if len({claim.source for claim in claims}) < 2:
        return []
    return make_findings(claims, align(claims, threshold=config.align_threshold), config)


def _map(work: Callable[[S], T], items: Sequence[S]) -> List[T]:
    return [work(item) for item in items]


def _align_block(indices: Sequence[int], claims: Sequence[Claim], threshold: float) -> List[Group]:
    return [Group(tuple(indices[i] for i in group.members), group.score, group.matched,
                  tuple((indices[a], indices[b], strong) for a, b, strong in group.pairs))
            for group in align(claims, threshold=threshold)]
