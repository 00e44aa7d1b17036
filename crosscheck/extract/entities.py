"""Entity mentions: acronym expansions, (from `people`) name spellings and roles, (from `names`) proper names.

An expansion is written either way round: "FAIR (Fundamental AI Research)", "LLaMA (short
for Large Language Models Meta AI)" or "large language models (LLMs)". It counts only when
the initials of its words spell the acronym, so "Llama 3 (April 2024)" is no expansion.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..entities.canonical import fold
from ..model import EntityValue, Mention, Source
from . import names, people
from .anchored import matches

# The look-behind (a `\b` before the capital) comes after the capital so that `re` skips to capitals.
_FORWARD = re.compile(
    r"(?P<acronym>[A-Z](?<!\w.)[A-Za-z]{1,9})\s+\((?:short for\s+)?"
    r"(?P<expansion>[A-Z][\w'-]*(?:\s+[\w'-]+){1,7})\)")
# Tried only just before each "(": the acronym and the spaces after it, on the reversed text.
_ACRONYM_LEAD = re.compile(r"\s*[A-Za-z]*")
_PARENTHESIS = re.compile(r"\(")
_BACKWARD = re.compile(r"\(\s*(?P<acronym>[A-Z]{2,}[a-z]?)\s*\)")
_WORDS_BEFORE = re.compile(r"(?<![\w'-])(?:[\w'-]+\s+){2,8}$")  # the words right before "(ACRONYM)"
_MINOR = {"of", "and", "for", "the", "in", "on", "to", "a", "an"}


def extract(source: Source) -> list[Mention]:
    """Find acronym expansions, people's name spellings and their roles, and proper names."""
    found = _forward(source.text) + _backward(source.text) + people.extract(source)
    # A person's name that `people` reads is compared there, given name and surname apart; a
    # name another entity claim stands on (a role's organisation) is that claim's: one finding
    # id is made of the claims' places, so two findings on one span would share it.
    spelled = {m.start for m in found if m.attribute == "name spelling"}
    taken = {(m.start, m.end) for m in found}
    return found + [m for m in names.extract(source) if (m.start, m.end) not in taken
                    and (m.attribute != names.NAME or m.start not in spelled)]


def _forward(text: str) -> list[Mention]:
    mentions = []
    for match in _forward_matches(text):
        acronym, expansion = match["acronym"], match["expansion"]
        if _initials_match(acronym, expansion):
            mentions.append(_mention(acronym, expansion, match.start("expansion")))
    return mentions


def _forward_matches(text: str) -> Iterator[re.Match]:
    """Yield the matches of `_FORWARD` as `finditer` would, trying only just before each "(" (one in each)."""
    parentheses = [found.start() for found in _PARENTHESIS.finditer(text)]
    return matches(_FORWARD, text, parentheses, _ACRONYM_LEAD)


def _backward(text: str) -> list[Mention]:
    """Find "large language models (LLMs)": the shortest run of words spelling the acronym."""
    mentions = []
    for match in _BACKWARD.finditer(text):
        acronym = _letters(match["acronym"])
        run = _WORDS_BEFORE.search(text, max(match.start() - 120, 0), match.start())
        if not run:
            continue
        words = list(re.finditer(r"[\w'-]+", run.group()))
        for first in reversed(words[:-1]):
            expansion = run.group()[first.start():].rstrip()
            if _spells(acronym, expansion):
                mentions.append(_mention(match["acronym"], expansion, run.start() + first.start()))
                break
    return mentions


def _mention(acronym: str, expansion: str, start: int) -> Mention:
    return Mention("entity", start, start + len(expansion), expansion,
                   EntityValue(expansion, normalize(expansion)), subject=_letters(acronym),
                   attribute="expansion")


def _letters(acronym: str) -> str:
    """Drop a plural "s": "LLMs" -> "LLM"."""
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") and acronym[:-1].isupper() else acronym


def _initials_match(acronym: str, expansion: str) -> bool:
    initials = "".join(word[0] for word in expansion.split() if word[0].isupper())
    return initials.upper().startswith(acronym.upper()[:2]) and len(initials) >= 2


def _spells(acronym: str, expansion: str) -> bool:
    """Tell whether the initials spell the acronym; each part of "grouped-query" has one."""
    words = re.split(r"[\s-]+", expansion)
    initials = "".join(word[0] for word in words if word and word.lower() not in _MINOR)
    return initials.lower() == acronym.lower()


def normalize(text: str) -> str:
    """Fold case, punctuation and spacing: what two expansions are compared on."""
    return fold(text)
