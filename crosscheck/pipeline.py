"""The library API: load -> extract -> align -> compare, for Python callers and the CLI."""
from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from .cache import cached, prune_after
from .claims import build_claims
from .config import Config
from .engines import open_engine
from .extract import enabled_extractors, extract_reporting
from .findings import make_findings
from .formats import READERS, read_plain
from .load import SourceFile, find_sources, read_file
from .model import Claim, Finding, Mention, Result, Source
from .progress import stage, track

# The work budget of one source, in values: a long article holds a few hundred, a dense
# 1 MB table about 15,000. Extraction is linear in the text, but aligning and comparing grow
# with the values a source holds, so past this a run would stall on one document; what is
# over the budget is reported in its errors instead, and the rest of the source is checked.
MAX_MENTIONS = 20_000


class NoSourcesError(Exception):
    """Nothing readable to check."""


def check(paths: Sequence[str] = ("sources",), config: Optional[Config] = None,
          progress: bool = False, timings: Optional[Dict[str, float]] = None,
          keep_texts: bool = True, keep_claims: bool = True) -> Result:
    """Read the sources under `paths` and return their claims and findings.

    `progress` draws a bar on a terminal's stderr; `timings`, when given, receives the
    seconds spent in each stage. Without `keep_texts`, each source's text is let go once its
    claims are made (the claims quote what a report needs): 50 MB on 10,000 documents that
    only the text and HTML reports read. Without `keep_claims`, an engine that compares where
    the claims are (Dask) leaves them there: the result has the findings and a tally of claims.
    """
    config = config or Config()
    timings = {} if timings is None else timings
    notes: List[str] = []
    with _stage(timings, "find"):
        files = _found(paths, config, notes)
    with open_engine(config) as engine:
        work = cached(partial(read_claims, extractors=config.extractors), config.cache, config.extractors)
        if hasattr(engine, "check"):
            with _stage(timings, "distributed"), stage(f"checking {len(files):,} sources", progress):
                sources, claims, findings, tally = engine.check(files, work, config, keep_claims,
                                                                keep_texts=keep_texts)
            sources = readable(sources)
            return Result(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                          waived=tuple(_waived(config, sources, findings)), notes=tuple(notes), tally=tally)
        with collector_paused(files):
            sources, claims, findings = _run_here(engine, work, files, config, timings, progress, keep_texts)
    return Result(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                  waived=tuple(_waived(config, sources, findings)), notes=tuple(notes))


def _run_here(engine, work, files: Sequence[SourceFile], config: Config, timings: Dict[str, float],
              progress: bool, keep_texts: bool) -> Tuple[List[Source], List[Claim], List[Finding]]:
    """Read, extract, align and compare in this process or the engine's local workers."""
    with _stage(timings, "read+extract+claims"):
        done = [(source if keep_texts else lean(source), batch) for source, batch in
                track(engine.map(work, files, _bytes(files)), len(files), "reading", progress)]
    sources = readable([source for source, _ in done])
    claims = [claim for _, batch in done for claim in batch]
    del done
    prune_after(work)  # at most once an hour: old and least recently used entries
    with _stage(timings, "align"), stage(f"aligning {len(claims):,} claims", progress):
        groups = engine.align(claims, config.align_threshold)
    with _stage(timings, "compare"), stage(f"comparing {len(groups):,} groups", progress):
        # An engine that can spread the groups over its workers does; any other compares here.
        judged = engine.judge(claims, groups, config) if hasattr(engine, "judge") else None
        findings = make_findings(claims, groups, config, judged)
    return sources, claims, findings


@contextmanager
def collector_paused(files: Sequence[SourceFile]):
    """Pause Python's cycle collector while a run over plain-text `files` makes its records."""
    # What a run keeps (sources, mentions, claims, groups) lives to its end and holds no reference
    # cycles: with the collector off, checking 1,000 generated documents left 359 cyclic objects,
    # all from first-use imports (as many on 300 documents). Left on, each full pass walks every
    # record made so far: 0.25 of 4.7 CPU s on those 1,000 (gc.callbacks, measured). On resuming,
    # what was made meanwhile is moved to the oldest generation (freeze, then unfreeze) rather than
    # walked once more (0.15 s); a host's own frozen objects are never unfrozen.
    if not gc.isenabled() or gc.get_freeze_count() or not all(_acyclic(file) for file in files):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


def _acyclic(file: SourceFile) -> bool:
    # Plain text and Markdown are decoded bytes and no more. The PDF and DOCX readers build object
    # graphs with cycles (about 100 cyclic objects a small document, measured); HTML goes with them,
    # lxml's trees being unmeasured on real pages.
    return READERS.get(os.path.splitext(file.location)[1].lower(), read_plain) is read_plain


def extract(paths: Sequence[str], config: Optional[Config] = None, progress: bool = False,
            unreadable: bool = False) -> Iterator[Tuple[Source, List[Mention]]]:
    """Yield each readable source with the value mentions found in it.

    With `unreadable`, sources that could not be read are yielded too (with their errors
    and no mentions), so that a caller can say what was not read.
    """
    config = config or Config()
    files = _found(paths, config)
    with open_engine(config) as engine:
        work = partial(read_mentions, extractors=config.extractors)
        with collector_paused(files):
            done = list(track(engine.map(work, files, _bytes(files)), len(files), "reading", progress))
    readable([source for source, _ in done])
    yield from ((source, mentions) for source, mentions in done if source.text or unreadable)


# The two functions below run in worker processes or on Dask workers, so they are top-level
# and take only picklable arguments. A bug that an odd sentence triggers in one extractor, or
# in placing one claim, costs that sentence or claim and is reported in its source's errors,
# rather than losing the source or ending a run over thousands of documents.
def read_mentions(file: SourceFile,
                  extractors: Optional[Sequence[str]] = None) -> Tuple[Source, List[Mention]]:
    """Read one source file and return it with its value mentions."""
    source = read_file(file)
    if not source.text:
        return source, []
    mentions, errors = extract_reporting(source, extractors)
    if len(mentions) > MAX_MENTIONS:
        line = source.text.count("\n", 0, mentions[MAX_MENTIONS].start) + 1
        errors.append(f"{len(mentions):,} values found, over the budget of {MAX_MENTIONS:,} for one source: "
                      f"only the first {MAX_MENTIONS:,}, up to line {line}, were checked; "
                      "split it into documents")
        mentions = mentions[:MAX_MENTIONS]
    return _with_errors(source, errors), mentions


def read_claims(file: SourceFile,
                extractors: Optional[Sequence[str]] = None) -> Tuple[Source, List[Claim]]:
    """Read one source file and return it with its claims."""
    source, mentions = read_mentions(file, extractors)
    errors: List[str] = []
    claims = build_claims(source, mentions, errors)
    return _with_errors(source, errors), claims


def lean(source: Source) -> Source:
    """Return `source` without its text, unless a later step reads it: waiver comments, errors."""
    if source.errors or "crosscheck:" in source.text:  # `readable` and inline waivers read these
        return source
    return replace(source, text="")


def _with_errors(source: Source, errors: List[str]) -> Source:
    return replace(source, errors=source.errors + tuple(errors)) if errors else source


def _found(paths: Sequence[str], config: Config, notes: Optional[List[str]] = None) -> List[SourceFile]:
    enabled_extractors(config.extractors)  # a typo is a usage error before any file is read
    files = find_sources(paths, notes)
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
