"""The library API: load -> extract -> align -> compare, for Python callers and the CLI."""
from __future__ import annotations

from typing import Iterator, List, Optional, Sequence, Tuple

from .align import align
from .claims import build_claims
from .config import Config
from .extract import extract_mentions
from .findings import make_findings
from .load import load_sources
from .model import Claim, Mention, Result, Source


class NoSourcesError(Exception):
    """Nothing readable to check."""


def check(paths: Sequence[str] = ("sources",), config: Optional[Config] = None) -> Result:
    """Read the sources under `paths` and return their claims and findings."""
    config = config or Config()
    sources = readable(load_sources(paths))
    claims: List[Claim] = []
    for source, mentions in _mentions(sources, config):
        claims.extend(build_claims(source, mentions))
    groups = align(claims, threshold=config.align_threshold)
    findings = make_findings(claims, groups, config)
    return Result(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                  waived=tuple(_waived(config)))


def extract(paths: Sequence[str], config: Optional[Config] = None) -> Iterator[Tuple[Source, List[Mention]]]:
    """Yield each readable source with the value mentions found in it."""
    config = config or Config()
    yield from _mentions(readable(load_sources(paths)), config)


def readable(sources: List[Source]) -> List[Source]:
    """Return `sources` unchanged, or raise when not one of them could be read."""
    if not sources:
        raise NoSourcesError("no source files found (looked for .txt and .md files)")
    if all(source.errors and not source.text for source in sources):
        details = "; ".join(f"{s.path}: {', '.join(s.errors)}" for s in sources)
        raise NoSourcesError(f"no readable source: {details}")
    return sources


def _mentions(sources: Sequence[Source], config: Config):
    for source in sources:
        if source.text:
            yield source, extract_mentions(source, config.extractors)


def _waived(config: Config) -> List[str]:
    if not config.baseline:
        return []
    from .baseline import read_baseline

    return sorted(read_baseline(config.baseline))
