"""Engines run the per-source stages (extract, claims) and alignment: in this process, across
local cores, or on a Dask cluster. Every engine gives the same claims in the same order.

An engine is a context manager with `map(work, files, total_bytes)` (an iterable of results
in file order) and `align(claims, threshold)` (the groups `crosscheck.align.align` returns).
"""
from __future__ import annotations

from ..config import Config

ENGINES = ("local", "dask")


class EngineError(Exception):
    """The chosen engine cannot run (unknown name, missing extra, unreachable scheduler)."""


def open_engine(config: Config):
    """Return the engine that `config` names, ready to enter."""
    if config.engine == "local":
        from .local import LocalEngine

        return LocalEngine(config.jobs)
    if config.engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(config.scheduler, config.jobs)
    raise EngineError(f"unknown engine {config.engine!r}; known: {', '.join(ENGINES)}")
