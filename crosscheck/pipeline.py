"""The library API: load -> extract -> align -> compare, for Python callers and the CLI."""
from __future__ import annotations

import time
from contextlib import contextmanager
from functools import partial
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from .claims import build_claims
from .config import Config
from .engines import open_engine
from .extract import extract_mentions
from .findings import make_findings
from .load import load_sources
from .model import Claim, Mention, Result, Source
from .progress import track


class NoSourcesError(Exception):
    """Nothing readable to check."""


def check(paths: Sequence[str] = ("sources",), config: Optional[Config] = None,
          progress: bool = False, timings: Optional[Dict[str, float]] = None) -> Result:
    """Read the sources under `paths` and return their claims and findings.

    `progress` draws a bar on a terminal's stderr; `timings`, when given, receives the
    seconds spent in each stage.
    """
    config = config or Config()
    timings = {} if timings is None else timings
    with _stage(timings, "load"):
        sources = readable(load_sources(paths))
    texts = [source for source in sources if source.text]
    with open_engine(config) as engine:
        with _stage(timings, "extract+claims"):
            work = partial(source_claims, extractors=config.extractors)
            batches = track(engine.map(work, texts), len(texts), "extracting", progress)
            claims = [claim for batch in batches for claim in batch]
        with _stage(timings, "align"):
            groups = engine.align(claims, config.align_threshold)
    with _stage(timings, "compare"):
        findings = make_findings(claims, groups, config)
    return Result(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                  waived=tuple(_waived(config)))


def extract(paths: Sequence[str], config: Optional[Config] = None,
            progress: bool = False) -> Iterator[Tuple[Source, List[Mention]]]:
    """Yield each readable source with the value mentions found in it."""
    config = config or Config()
    texts = [source for source in readable(load_sources(paths)) if source.text]
    with open_engine(config) as engine:
        work = partial(source_mentions, extractors=config.extractors)
        yield from zip(texts, track(engine.map(work, texts), len(texts), "extracting", progress))


def source_mentions(source: Source, extractors: Optional[Sequence[str]] = None) -> List[Mention]:
    """Return the value mentions in one source (run in worker processes, so top-level)."""
    return extract_mentions(source, extractors)


def source_claims(source: Source, extractors: Optional[Sequence[str]] = None) -> List[Claim]:
    """Return the claims of one source (run in worker processes, so top-level)."""
    return build_claims(source, extract_mentions(source, extractors))


def readable(sources: List[Source]) -> List[Source]:
    """Return `sources` unchanged, or raise when not one of them could be read."""
    if not sources:
        raise NoSourcesError("no source files found (looked for .txt, .md, .html, .pdf and .docx files)")
    if all(source.errors and not source.text for source in sources):
        details = "; ".join(f"{s.path}: {', '.join(s.errors)}" for s in sources[:20])
        more = f" (and {len(sources) - 20} more)" if len(sources) > 20 else ""
        raise NoSourcesError(f"no readable source: {details}{more}")
    return sources


@contextmanager
def _stage(timings: Dict[str, float], name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def _waived(config: Config) -> List[str]:
    if not config.baseline:
        return []
    from .baseline import read_baseline

    return sorted(read_baseline(config.baseline))
