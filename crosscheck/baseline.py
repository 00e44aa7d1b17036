"""Baselines: findings accepted by a reviewer, with their notes, that survive edits to the sources.

The file is `{"accepted": [{"fingerprint": ..., "id": ..., "note": ...}], "to_fix": [...]}`.
A finding is matched by its fingerprint: a hash of what it is about (kind, subject, attribute)
and of the distinct values in it. So a new source that repeats an accepted conflict keeps it
accepted, while a changed value makes a new finding that fails. Entries with only an `id` (older
files, the HTML page's export) match by id. Every other key of an entry, and every other list
beside `accepted` (the page's `to_fix` decisions), is kept as it was when the file is rewritten.

Markdown sources can also carry waivers next to the text, in the manner of Vale's comments:
`<!-- crosscheck: ignore -->` (optionally followed by kinds, verdicts or rule ids) waives the
findings that quote the paragraph it is in or opens; `<!-- crosscheck: off -->` ...
`<!-- crosscheck: on -->` waives everything quoted between them.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Sequence, Set, Tuple

from .model import Finding, Source
from .selection import names
from .serialize import value_to_dict

FORMAT = "crosscheck-baseline/2"
MAX_BASELINE_BYTES = 64 << 20


class BaselineError(Exception):
    """The baseline file cannot be used."""


def fingerprint(finding: Finding) -> str:
    """Hash what a finding is about and the distinct values in it, not where they are or who says them."""
    values = sorted({json.dumps(value_to_dict(claim.value), sort_keys=True, ensure_ascii=False)
                     for claim in finding.claims})
    key = [finding.kind, " ".join(finding.subject.casefold().split()),
           " ".join(finding.attribute.casefold().split()), values]
    return hashlib.sha1(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Baseline:
    """A baseline file as read: its accepted entries, and everything else it holds, kept as is."""

    accepted: Tuple[dict, ...] = ()
    other: Mapping[str, object] = field(default_factory=dict)  # to_fix and any other top-level key

    def notes(self) -> Dict[str, str]:
        """Return {finding id: note} of the accepted entries."""
        return {str(e["id"]): str(e.get("note") or "") for e in self.accepted if "id" in e}

    def matches(self, entry: dict, finding: Finding, print_: str) -> bool:
        if entry.get("fingerprint"):
            return entry["fingerprint"] == print_
        return str(entry.get("id")) == finding.id

    def waived(self, findings: Sequence[Finding]) -> List[str]:
        """Return the ids of `findings` that an accepted entry matches."""
        return sorted({f.id for f, _ in self._pairs(findings)})

    def stale(self, findings: Sequence[Finding]) -> List[dict]:
        """Return the accepted entries that match no finding (like an unused noqa comment)."""
        used = {index for _, index in self._pairs(findings)}
        return [entry for index, entry in enumerate(self.accepted) if index not in used]

    def _pairs(self, findings: Sequence[Finding]):
        by_print = {}
        by_id = {}
        for index, entry in enumerate(self.accepted):
            if entry.get("fingerprint"):
                by_print.setdefault(str(entry["fingerprint"]), []).append(index)
            elif "id" in entry:
                by_id.setdefault(str(entry["id"]), []).append(index)
        for finding in findings:
            for index in by_print.get(fingerprint(finding), []) + by_id.get(finding.id, []):
                yield finding, index


def load_baseline(path: str) -> Baseline:
    """Read a baseline file, or raise BaselineError naming it."""
    try:
        if os.path.getsize(path) > MAX_BASELINE_BYTES:
            raise BaselineError(f"{path}: too large for a baseline (limit {MAX_BASELINE_BYTES:,} bytes)")
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError, RecursionError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {_brief(error)}") from error
    entries = data.get("accepted", []) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and ("id" in e or "fingerprint" in e)
                                                for e in entries):
        raise BaselineError(f"{path}: expected {{\"accepted\": [{{\"id\": ..., \"note\": ...}}]}}")
    return Baseline(tuple(entries), {k: v for k, v in data.items() if k not in ("accepted", "format")})


def stale_note(path: str, findings: Sequence[Finding]) -> str:
    """Say which entries of the baseline at `path` match no finding any more ("" when none),
    as ruff reports an unused noqa."""
    stale = load_baseline(path).stale(findings)
    if not stale:
        return ""
    names = ", ".join(str(e.get("id") or e.get("fingerprint")) for e in stale[:10])
    more = f" and {len(stale) - 10} more" if len(stale) > 10 else ""
    return (f"{len(stale)} baseline entries in {path} match no finding any more ({names}{more}); "
            "crosscheck baseline --prune removes them")


def _brief(error: Exception) -> str:
    return "nested too deeply" if isinstance(error, RecursionError) else str(error)


def entry(finding: Finding, note: str = "") -> dict:
    """Return the baseline entry accepting `finding`."""
    return {"fingerprint": fingerprint(finding), "id": finding.id, "note": note, "verdict": finding.verdict,
            "kind": finding.kind, "subject": finding.subject, "attribute": finding.attribute,
            "reason": finding.reason}


def updated(old: Baseline, findings: Sequence[Finding], failing: Sequence[Finding],
            prune: bool = False) -> Tuple[Baseline, int, int]:
    """Return the baseline accepting `failing` too, and how many entries were added and pruned.

    Entries already there keep their notes and keys; a finding a reviewer marked "to fix" is not
    accepted behind their back. With `prune`, entries matching no finding are removed instead
    and nothing is added.
    """
    decided = Baseline(old.accepted + tuple(_entries(old.other.get("to_fix"))))
    known = {f.id for f, _ in decided._pairs(findings)}
    if prune:
        stale = {id(e) for e in Baseline(old.accepted).stale(findings)}
        to_fix = _entries(old.other.get("to_fix"))
        stale_fix = {id(e) for e in Baseline(tuple(to_fix)).stale(findings)}
        other = dict(old.other)
        if "to_fix" in other:
            other["to_fix"] = [e for e in to_fix if id(e) not in stale_fix]
        accepted = tuple(e for e in old.accepted if id(e) not in stale)
        return Baseline(accepted, other), 0, len(stale) + len(stale_fix)
    added = tuple(entry(f) for f in failing if f.id not in known)
    return Baseline(_fingerprinted(old.accepted, findings) + added, dict(old.other)), len(added), 0


def _fingerprinted(entries: Sequence[dict], findings: Sequence[Finding]) -> Tuple[dict, ...]:
    """Give entries matched by id (the review page's export) their finding's fingerprint, so
    that they survive the next edit; every other key stays as it was."""
    prints = {f.id: fingerprint(f) for f in findings}
    return tuple(dict(e, fingerprint=prints[str(e["id"])]) if not e.get("fingerprint") and
                 str(e.get("id")) in prints else e for e in entries)


def _entries(value) -> List[dict]:
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def baseline_text(baseline: Baseline) -> str:
    """Return the baseline file's JSON, entries in a stable order."""
    accepted = sorted(baseline.accepted, key=lambda e: (str(e.get("fingerprint", "")), str(e.get("id", ""))))
    data = {"format": FORMAT, "accepted": accepted, **baseline.other}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- inline waivers in Markdown sources ----------------------------------------------------------

_WAIVER = re.compile(r"<!--\s*crosscheck:\s*(ignore|off|on)\b([^>]*?)-->", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def waived_inline(sources: Sequence[Source], findings: Sequence[Finding]) -> Set[str]:
    """Return the ids of findings that quote text a waiver comment in its source covers."""
    regions = {source.id: _regions(source) for source in sources if "crosscheck:" in source.text}
    waived = set()
    for finding in findings:
        for claim in finding.claims:
            for start, end, tokens in regions.get(claim.source, ()):
                if start <= claim.start < end and (not tokens or tokens & names(finding)):
                    waived.add(finding.id)
    return waived


def _regions(source: Source) -> List[Tuple[int, int, frozenset]]:
    """Return (start, end, tokens) spans of `source.text` that waiver comments cover."""
    regions, opened = [], None
    text = source.text
    for match in _WAIVER.finditer(text):
        verb, tokens = match.group(1).lower(), _tokens(match.group(2))
        if verb == "ignore":
            end = _PARAGRAPH_END.search(text, match.end())
            # a comment alone before a paragraph covers that paragraph
            if end is not None and not text[match.end():end.start()].strip():
                end = _PARAGRAPH_END.search(text, end.end())
            start = max(text.rfind("\n\n", 0, match.start()), 0)  # the paragraph it is in
            regions.append((start, end.start() if end else len(text), tokens))
        elif verb == "off" and opened is None:
            opened = (match.start(), tokens)
        elif verb == "on" and opened is not None:
            regions.append((opened[0], match.start(), opened[1]))
            opened = None
    if opened is not None:
        regions.append((opened[0], len(text), opened[1]))
    return regions


def _tokens(text: str) -> frozenset:
    return frozenset(t.lower() for t in re.split(r"[\s,]+", text.strip()) if t)
