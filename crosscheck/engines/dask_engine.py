"""The Dask engine: extraction as a bag map, alignment as one task per blocking key.

Point it at a running cluster with `--engine dask --scheduler tcp://HOST:8786`; without a
scheduler address it runs Dask's local multi-process scheduler. Only paths travel to the
workers: each worker reads its files itself, so workers need crosscheck installed (with the
same extras) and the same paths mounted (a shared file system).
"""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence, TypeVar

from ..align import Group, align, blocks
from ..model import Claim
from . import EngineError

S = TypeVar("S")
T = TypeVar("T")
SOURCES_PER_PARTITION = 64


class DaskEngine:
    """Run per-source work and per-block alignment as Dask bag tasks."""

    def __init__(self, scheduler: Optional[str] = None):
        try:
            import dask.bag  # noqa: F401
        except ImportError as error:
            raise EngineError("the dask engine needs the dask extra: "
                              "pip install 'crosscheck-claims[dask]'") from error
        self.scheduler = scheduler
        self.client = None

    def __enter__(self) -> "DaskEngine":
        if self.scheduler:
            try:
                from distributed import Client

                self.client = Client(self.scheduler, set_as_default=False, timeout="10s")
            except (ImportError, OSError, TimeoutError) as error:
                raise EngineError(f"cannot reach the Dask scheduler {self.scheduler}: {error}") from error
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()

    def map(self, work: Callable[[S], T], items: Sequence[S], total_bytes: int = 0) -> List[T]:
        """Return `work(item)` for each item, in order (`total_bytes` is not needed here)."""
        import dask.bag as db

        bag = db.from_sequence(items, partition_size=SOURCES_PER_PARTITION).map(work)
        return self._compute(bag)

    def align(self, claims: Sequence[Claim], threshold: float) -> List[Group]:
        """Align each block of claims in its own task; the same groups as aligning all at once."""
        import dask.bag as db

        # The same blocks as `align` makes, so that aligning them apart changes nothing.
        tasks = [(indices, [claims[i] for i in indices]) for _, indices in sorted(blocks(claims).items())]
        bag = db.from_sequence(tasks, partition_size=1).map(_align_block, threshold)
        return sorted((group for groups in self._compute(bag) for group in groups), key=lambda g: g.members)

    def _compute(self, bag) -> list:
        if self.client is not None:
            return self.client.compute(bag).result()
        return bag.compute(scheduler="processes")


def _align_block(task, threshold: float) -> List[Group]:
    indices, claims = task
    return [Group(tuple(indices[i] for i in group.members), group.score, group.matched,
                  tuple((indices[a], indices[b], strong) for a, b, strong in group.pairs))
            for group in align(claims, threshold=threshold)]
