"""The library API: load -> extract -> align -> compare, for Python callers and the CLI."""
from __future__ import annotations

import os
import time
import traceback
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from .claims import build_claims
from .config import Config
from .engines import open_engine
from .extract import enabled_extractors, extract_mentions
from .findings import make_findings
from .load import SourceFile, find_sources, read_file
from .model import Claim, Finding, Mention, Result, Source
from .progress import stage, track


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
    with _stage(timings, "find"):
        files = _found(paths, config)
    with open_engine(config) as engine:
        with _stage(timings, "read+extract+claims"):
            work = partial(read_claims, extractors=config.extractors)
            done = list(track(engine.map(work, files, _bytes(files)), len(files), "reading", progress))
        sources = readable([source for source, _ in done])
        claims = [claim for _, batch in done for claim in batch]
        with _stage(timings, "align"), stage(f"aligning {len(claims):,} claims", progress):
            groups = engine.align(claims, config.align_threshold)
    with _stage(timings, "compare"), stage(f"comparing {len(groups):,} groups", progress):
        findings = make_findings(claims, groups, config)
    return Result(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                  waived=tuple(_waived(config, sources, findings)))


def extract(paths: Sequence[str], config: Optional[Config] = None,
            progress: bool = False) -> Iterator[Tuple[Source, List[Mention]]]:
    """Yield each readable source with the value mentions found in it."""
    config = config or Config()
    files = _found(paths, config)
    with open_engine(config) as engine:
        work = partial(read_mentions, extractors=config.extractors)
        done = list(track(engine.map(work, files, _bytes(files)), len(files), "reading", progress))
    readable([source for source, _ in done])
    yield from ((source, mentions) for source, mentions in done if source.text)


# The two functions below run in worker processes or on Dask workers, so they are top-level
# and take only picklable arguments. A bug that an odd document triggers in one extractor is
# reported in that source's errors rather than ending a run over thousands of documents.
def read_mentions(file: SourceFile,
                  extractors: Optional[Sequence[str]] = None) -> Tuple[Source, List[Mention]]:
    """Read one source file and return it with its value mentions."""
    source = read_file(file)
    if not source.text:
        return source, []
    try:
        return source, extract_mentions(source, extractors)
    except Exception as error:  # any extractor bug; named in the error
        return _failed(source, "extraction", error), []


def read_claims(file: SourceFile,
                extractors: Optional[Sequence[str]] = None) -> Tuple[Source, List[Claim]]:
    """Read one source file and return it with its claims."""
    source, mentions = read_mentions(file, extractors)
    try:
        return source, build_claims(source, mentions)
    except Exception as error:  # any bug in placing claims; named in the error
        return _failed(source, "building claims", error), []


def _failed(source: Source, stage: str, error: Exception) -> Source:
    where = traceback.extract_tb(error.__traceback__)[-1]
    detail = f"{type(error).__name__}: {error} ({os.path.basename(where.filename)}:{where.lineno})"
    return replace(source, errors=source.errors + (f"{stage} failed, a crosscheck bug: {detail}",))


def _found(paths: Sequence[str], config: Config) -> List[SourceFile]:
    enabled_extractors(config.extractors)  # a typo is a usage error before any file is read
    files = find_sources(paths)
    if not files:
        raise NoSourcesError("no source files found (looked for .txt, .md, .html, .pdf and .docx files)")
    return files


def _bytes(files: Sequence[SourceFile]) -> int:
    return sum(file.size for file in files)


def readable(sources: List[Source]) -> List[Source]:
    """Return `sources` unchanged, or raise when not one of them could be read."""
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


def _waived(config: Config, sources: Sequence[Source], findings: Sequence[Finding]) -> List[str]:
    from .baseline import load_baseline, waived_inline

    waived = waived_inline(sources, findings)
    if config.baseline:
        waived |= set(load_baseline(config.baseline).waived(findings))
    return sorted(waived)
