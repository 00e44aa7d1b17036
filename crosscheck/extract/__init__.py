"""Extract stage: one module per kind of value, registered here by id.

Each extractor is a function `extract(source) -> list[Mention]`. Configuration can switch
extractors off by id (`extractors = dates, figures` in setup.cfg's `[crosscheck]` section).

An extractor that fails on a source is run again line by line, and on a failing line
sentence by sentence: a bug that an odd sentence triggers costs that sentence, and the
error names the extractor, the line and the exception.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from ..errors import describe_exception  # used here, and still importable from here
from ..load import front_matter_end
from ..model import Mention, Source
from ..text import sentence_spans
from . import dates, durations, entities, figures

Extractor = Callable[[Source], List[Mention]]

EXTRACTORS: Dict[str, Extractor] = {
    "dates": dates.extract,
    "durations": durations.extract,
    "figures": figures.extract,
    "entities": entities.extract,
}


class ExtractionError(Exception):
    """An extractor failed on part of a source (a crosscheck bug); the message says where."""


def enabled_extractors(enabled: Optional[Iterable[str]] = None) -> List[str]:
    """Return the extractor ids to run (all when `enabled` is None); raise on an unknown id."""
    names = list(EXTRACTORS) if enabled is None else list(enabled)
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")
    return names


def extract_mentions(source: Source, enabled: Optional[Iterable[str]] = None) -> List[Mention]:
    """Run the enabled extractors over one source; mentions sorted by position.

    Raise ExtractionError naming every sentence an extractor failed on.
    """
    mentions, errors = extract_reporting(source, enabled)
    if errors:
        raise ExtractionError("; ".join(errors))
    return mentions


def extract_reporting(source: Source,
                      enabled: Optional[Iterable[str]] = None) -> Tuple[List[Mention], List[str]]:
    """Run the enabled extractors over one source; return its mentions and what failed where."""
    mentions: List[Mention] = []
    errors: List[str] = []
    for name in enabled_extractors(enabled):
        mentions += isolated(name, EXTRACTORS[name], source, errors)
    # Front matter is the source's metadata (its title, outlet, date), not something it claims.
    body = front_matter_end(source.text)
    mentions = [mention for mention in mentions if mention.start >= body]
    return sorted(mentions, key=lambda m: (m.start, m.end, m.kind)), errors


def isolated(name: str, extractor: Extractor, source: Source, errors: List[str]) -> List[Mention]:
    """Return what `extractor` finds in `source`, losing only the sentences it fails on."""
    try:
        return extractor(source)
    except Exception as error:  # any extractor bug: run again piece by piece to lose only its sentence
        whole = error
    failed = len(errors)
    found = _Pieces(source)
    for start, end in _lines(source.text):
        if not found.add(extractor, start, end):
            for first, last in sentence_spans(source.text[start:end]):
                found.add(extractor, start + first, start + last, name, errors)
    if len(errors) == failed:  # it failed only on the whole text: still a bug to show
        errors.append(f"{name} extractor failed on the whole text and was run line by line "
                      f"(a crosscheck bug): {describe_exception(whole)}")
    return found.mentions


class _Pieces:
    """Mentions found piece by piece, with offsets and list groups made those of the whole text."""

    def __init__(self, source: Source):
        self.source = source
        self.mentions: List[Mention] = []
        self.groups = 0

    def add(self, extractor: Extractor, start: int, end: int, name: str = "",
            errors: Optional[List[str]] = None) -> bool:
        """Extract from text[start:end]; return False when the extractor fails there."""
        text = self.source.text
        try:
            found = extractor(replace(self.source, text=text[start:end]))
        except Exception as error:
            if errors is not None:
                line = text.count("\n", 0, start) + 1
                errors.append(f"{name} extractor failed on line {line}, so the values of its sentence "
                              f"were skipped (a crosscheck bug): {describe_exception(error)}")
            return False
        base = self.groups
        for mention in found:
            group = mention.group + base if mention.group >= 0 else -1
            self.groups = max(self.groups, group + 1)
            self.mentions.append(replace(mention, start=mention.start + start, end=mention.end + start,
                                         group=group))
        return True


_LINE = re.compile(r"[^\r\n]+")


def _lines(text: str) -> Iterable[Tuple[int, int]]:
    return (match.span() for match in _LINE.finditer(text))
