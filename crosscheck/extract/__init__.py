"""Extract stage: one module per kind of value, registered here by id.

Each extractor is a function `extract(source) -> list[Mention]`. Configuration can switch
extractors off by id (`extractors = dates, figures` in setup.cfg's `[crosscheck]` section).
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Optional

from ..load import front_matter_end
from ..model import Mention, Source
from . import dates, durations, entities, figures

Extractor = Callable[[Source], List[Mention]]

EXTRACTORS: Dict[str, Extractor] = {
    "dates": dates.extract,
    "durations": durations.extract,
    "figures": figures.extract,
    "entities": entities.extract,
}


def enabled_extractors(enabled: Optional[Iterable[str]] = None) -> List[str]:
    """Return the extractor ids to run (all when `enabled` is None); raise on an unknown id."""
    names = list(EXTRACTORS) if enabled is None else list(enabled)
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")
    return names


def extract_mentions(source: Source, enabled: Optional[Iterable[str]] = None) -> List[Mention]:
    """Run the enabled extractors over one source; mentions sorted by position.

    Front matter is the source's metadata (its title, outlet, date), not something it claims:
    what is found there is left out.
    """
    body = front_matter_end(source.text)
    mentions = [mention for name in enabled_extractors(enabled) for mention in EXTRACTORS[name](source)
                if mention.start >= body]
    return sorted(mentions, key=lambda m: (m.start, m.end, m.kind))
