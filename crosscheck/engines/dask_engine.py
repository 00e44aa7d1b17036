"""The Dask engine: extraction, alignment and compare on the workers; findings to the client.

Point it at a running cluster with `--engine dask --scheduler tcp://HOST:8786`; without a
scheduler address it runs Dask's local multi-process scheduler. Only paths travel to the
workers: each worker reads its files itself, so workers need crosscheck installed (with the
same extras) and the same paths mounted (a shared file system).

A check runs as one graph (`DaskEngine.check`):
1. extraction, one task per `SOURCES_PER_PARTITION` sources, writes their claims as rows of a
   Dask DataFrame that stays on the workers, one row per block: the block, where the task's
   sources start in the run's order, and the block's claims (pickled together, so that claims
   of one sentence share its text);
2. the frame is shuffled on the block, so that each block's claims meet on one worker;
3. each partition aligns and compares its blocks with `align` and `make_findings`, as the local
   engine does over all claims, and only the findings come back, with the sources and a tally
   of claims per source (what the report counts).

The block is alignment's own: kind and unit. Alignment never joins claims of two blocks, and
a claim's identity key depends only on the claims of its block (a sentence's numbering of its
values, the people named in entity claims), so aligning each block apart gives the groups
aligning all claims gives, and the report is the local engine's byte for byte. A finer split
(by subject or value bucket) would not be: a block larger than alignment's window is scored
in sliding windows over its whole sort order, and the clusters refuse merges as they grow, so
which pairs meet depends on every claim of the block. The largest block (all dates, or all
entities) is therefore one task: it bounds how far a run spreads.
"""
from __future__ import annotations

import pickle
from typing import Callable, List, Optional, Sequence, Tuple, TypeVar

from ..align import Group, align, blocks
from ..config import Config
from ..findings import make_findings, ordered
from ..model import Claim, Finding, Source
from ..standing import Tally, tally_of
from . import EngineError

S = TypeVar("S")
T = TypeVar("T")
SOURCES_PER_PARTITION = 64
CLAIM_COLUMNS = ("block", "start", "claims")


class DaskEngine:
    """Run extraction, and alignment and compare per block, as tasks of a Dask cluster."""

    def __init__(self, scheduler: Optional[str] = None):
        try:
            import dask.bag  # noqa: F401
            import dask.dataframe  # noqa: F401
            import pyarrow  # noqa: F401
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

    def check(self, files: Sequence, work: Callable, config: Config,
              keep_claims: bool = False) -> Tuple[List[Source], List[Claim], List[Finding], Optional[Tally]]:
        """Check `files` on the cluster: return the sources, the claims when `keep_claims` (else
        none, and a tally of them), and the findings, as the local engine's `check` has them."""
        import dask
        import dask.dataframe as dd

        extract = dask.delayed(_extract, nout=3, pure=False)
        extracted = [extract(start, files[start:start + SOURCES_PER_PARTITION], work)
                     for start in range(0, len(files), SOURCES_PER_PARTITION)]
        frame = dd.from_delayed([part[2] for part in extracted], meta=_claims_meta(), verify_meta=False)
        by_block = frame.shuffle("block", npartitions=max(1, len(extracted)))
        found = by_block.map_partitions(_findings, config, meta=_findings_meta()).to_delayed()
        wanted = ([part[0] for part in extracted], [part[1] for part in extracted], found,
                  [part[2] for part in extracted] if keep_claims else [])
        # One compute of everything: extraction runs once, for the sources and the findings both.
        results = iter(self._compute(*(task for tasks in wanted for task in tasks)))
        sources, tallies, findings, frames = ([next(results) for _ in tasks] for tasks in wanted)
        claims = [claim for part in frames for _, claim in sorted(_placed(part), key=_first)]
        tally = None if keep_claims else sum(tallies, Tally({}, {}))
        return ([source for part in sources for source in part], claims,
                ordered(pickle.loads(blob) for part in findings for blob in part["finding"]), tally)

    def map(self, work: Callable[[S], T], items: Sequence[S], total_bytes: int = 0) -> List[T]:
        """Return `work(item)` for each item, in order (`total_bytes` is not needed here)."""
        import dask.bag as db

        bag = db.from_sequence(items, partition_size=SOURCES_PER_PARTITION).map(work)
        return self._compute(bag)[0]

    def align(self, claims: Sequence[Claim], threshold: float) -> List[Group]:
        """Align each block of claims in its own task; the same groups as aligning all at once."""
        import dask.bag as db

        # The same blocks as `align` makes, so that aligning them apart changes nothing.
        tasks = [(indices, [claims[i] for i in indices]) for _, indices in sorted(blocks(claims).items())]
        bag = db.from_sequence(tasks, partition_size=1).map(_align_block, threshold)
        groups = (group for found in self._compute(bag)[0] for group in found)
        return sorted(groups, key=lambda g: g.members)

    def _compute(self, *collections) -> list:
        if self.client is not None:
            return self.client.gather(self.client.compute(list(collections)))
        import dask

        return list(dask.compute(*collections, scheduler="processes"))


def block_of(claim: Claim) -> str:
    """Return the block a claim aligns in: its kind and unit, as `align.blocks` and the slots
    of `align.keys` group claims (a test holds them equal)."""
    return f"{claim.kind}/{getattr(claim.value, 'unit', '')}"


# The functions below run on the workers, so they are top-level and take picklable arguments.
def _extract(start: int, files: Sequence, work: Callable):
    """Read and extract `files` (the run's sources from `start` on): their sources, the tally of
    their claims and the claims as rows of the claims frame."""
    import pandas as pd

    sources, claims = [], []
    for file in files:
        source, found = work(file)
        sources.append(source)
        claims += found
    by_block: dict = {}
    for position, claim in enumerate(claims):
        by_block.setdefault(block_of(claim), []).append((position, claim))
    rows = [(block, start, pickle.dumps(members, pickle.HIGHEST_PROTOCOL))
            for block, members in by_block.items()]
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)).astype(_claims_meta().dtypes.to_dict())
    return sources, tally_of(claims), frame


def _findings(frame, config: Config):
    """Align and compare each block of the partition's claims; return the findings frame."""
    import pandas as pd

    found: List[Finding] = []
    for _, rows in frame.groupby("block", sort=True):
        # The run's order: alignment and compare break ties by it.
        claims = _claims(rows.sort_values("start"))
        if len({claim.source for claim in claims}) >= 2:
            found += make_findings(claims, align(claims, threshold=config.align_threshold), config)
    blobs = [pickle.dumps(finding, pickle.HIGHEST_PROTOCOL) for finding in found]
    return pd.DataFrame({"finding": pd.Series(blobs, dtype=_findings_meta().dtypes["finding"])})


def _claims(rows) -> List[Claim]:
    """Return the claims of rows of the claims frame, in the rows' order."""
    return [claim for _, claim in _placed(rows)]


def _placed(rows) -> List[Tuple[int, Claim]]:
    # Each claim with its place among the claims of the extraction task that found it.
    return [placed for blob in rows["claims"] for placed in pickle.loads(blob)]


def _first(placed: Tuple[int, Claim]) -> int:
    return placed[0]


def _claims_meta():
    import pandas as pd
    import pyarrow as pa

    # Arrow columns: a pickled claim is bytes, which an object column would see turned into text.
    return pd.DataFrame({"block": pd.Series([], dtype=pd.ArrowDtype(pa.string())),
                         "start": pd.Series([], dtype="int64"),
                         "claims": pd.Series([], dtype=pd.ArrowDtype(pa.binary()))})


def _findings_meta():
    import pandas as pd
    import pyarrow as pa

    return pd.DataFrame({"finding": pd.Series([], dtype=pd.ArrowDtype(pa.binary()))})


def _align_block(task, threshold: float) -> List[Group]:
    indices, claims = task
    return [Group(tuple(indices[i] for i in group.members), group.score, group.matched,
                  tuple((indices[a], indices[b], strong) for a, b, strong in group.pairs))
            for group in align(claims, threshold=threshold)]
