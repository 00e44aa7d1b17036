"""Entity mentions: acronym expansions written as "FAIR (Fundamental AI Research)".

A first pass; names, spellings and roles come with the entity work.
"""
from __future__ import annotations

import re
from typing import List

from ..model import EntityValue, Mention, Source

_EXPANSION = re.compile(
    r"\b(?P<acronym>[A-Z][A-Za-z]{1,9})\s+\((?:short for\s+)?(?P<expansion>[A-Z][\w'-]*(?:\s+[\w'-]+){1,7})\)"
)


def extract(source: Source) -> List[Mention]:
    """Find acronym expansions whose initials spell the acronym."""
    mentions = []
    for match in _EXPANSION.finditer(source.text):
        acronym, expansion = match["acronym"], match["expansion"]
        if not _initials_match(acronym, expansion):
            continue
        value = EntityValue(expansion, normalize(expansion))
        mentions.append(Mention("entity", match.start("expansion"), match.end("expansion"), expansion,
                                value, subject=acronym.upper(), attribute="expansion"))
    return mentions


def _initials_match(acronym: str, expansion: str) -> bool:
    initials = "".join(word[0] for word in expansion.split() if word[0].isupper())
    return initials.upper().startswith(acronym.upper()[:2]) and len(initials) >= 2


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", text)).strip().lower()
