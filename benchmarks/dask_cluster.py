"""A Dask LocalCluster for the benchmarks' `--engine dask` runs.

The cluster starts before the clock does, as a running cluster would be there already; its
workers are processes of their own, so the run's peak memory (max RSS) is the client's (with
the scheduler, which a LocalCluster keeps in the client's process) and the workers' is apart.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

ENGINES = ("local", "dask")


@contextmanager
def on_engine(engine: str, config, workers: int = 2):
    """Yield `config` set to run on `engine`: for dask, on a LocalCluster of `workers` processes."""
    if engine == "local":
        yield config
        return
    from distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield replace(config, engine="dask", scheduler=cluster.scheduler_address)
