"""The terminal report: conflicts first, each at `path:line:col`; the rest counted unless asked.

Few findings are shown in full (the reason, then each claim with its quote); many are shown one
line each, as a linter lists problems, so 300 documents still read on a screen or two.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence

from ..display import describe, show
from ..model import Claim, Finding, Result, Source
from ..selection import rule_id
from .inert import escaped, one_line
from .voices import NAMED_SOURCES, brief

QUOTE_WIDTH = 160
FULL_LIMIT = 20  # more findings listed than this, and each gets one line unless --full or -v
CLAIMS_SHOWN = 6  # claims of one finding shown in full before "... and N more"
REASON_WIDTH = 300  # a longer reason (or one naming more sources) is said briefly instead
SECTIONS = ("conflict", "compatible", "agreement", "accepted")
_HEADINGS = {"conflict": "CONFLICTS", "compatible": "COMPATIBLE", "agreement": "AGREEMENTS",
             "accepted": "ACCEPTED IN THE BASELINE"}
_HINTS = {"agreement": "agreements", "accepted": "accepted", "compatible": "compatible"}
_COUNTED = {"agreement": ("agreement", "agreements"), "accepted": ("accepted in the baseline",) * 2,
            "compatible": ("compatible", "compatible"), "conflict": ("conflict", "conflicts")}
_COLOURS = {"conflict": "red", "compatible": "yellow", "agreement": "green", "accepted": "cyan"}


@dataclass(frozen=True)
class View:
    """What the terminal report shows; the defaults are the report for a person at scale."""

    show: FrozenSet[str] = frozenset({"conflict", "compatible"})  # sections listed, of SECTIONS
    full: Optional[bool] = None  # None: full when at most FULL_LIMIT findings are listed
    quiet: bool = False  # only errors and the summary line
    statistics: bool = False  # counts by rule id after the findings
    color: bool = False
    all_claims: bool = False  # every claim of a finding, not the first CLAIMS_SHOWN


def view_for(show: Iterable[str] = (), verbose: bool = False, quiet: bool = False,
             full: Optional[bool] = None, statistics: bool = False, color: bool = False) -> View:
    """Return the view that the command line's options ask for (`show` as --show names sections)."""
    sections = {"conflict", "compatible"} | {{"agreements": "agreement"}.get(s, s) for s in show}
    if verbose or "all" in show:
        sections |= set(SECTIONS)
    return View(show=frozenset(sections), full=True if verbose else full, quiet=quiet,
                statistics=statistics, color=color, all_claims=verbose)


def render(result: Result, fail_on: str = "conflict", view: Optional[View] = None) -> str:
    """Return the terminal report."""
    view = view or View()
    paint = _painter(view.color)
    sections = _sections(result)
    lines: List[str] = _header(result)
    if not view.quiet:
        listed = [name for name in SECTIONS if name in view.show and sections[name]]
        full = view.full if view.full is not None else sum(len(sections[n]) for n in listed) <= FULL_LIMIT
        places = _Places(result.sources)
        for name in listed:
            lines += _section(name, sections[name], places, full, view, paint)
        hidden = [f"{len(sections[n])} {_COUNTED[n][len(sections[n]) > 1]} (--show {_HINTS[n]})"
                  for n in SECTIONS if n not in listed and sections[n]]
        if hidden:
            lines += ["", "not listed: " + ", ".join(hidden)]
    if view.statistics:
        lines += [""] + statistics(result)
    lines += ["", _summary(result, sections)]
    return "\n".join(lines) + "\n"


def _sections(result: Result) -> Dict[str, List[Finding]]:
    waived = set(result.waived)
    sections: Dict[str, List[Finding]] = {name: [] for name in SECTIONS}
    for finding in result.findings:
        sections["accepted" if finding.id in waived else finding.verdict].append(finding)
    return sections


def _header(result: Result) -> List[str]:
    errors = [f"  ! {escaped(s.path)}: {one_line(e)}" for s in result.sources for e in s.errors]
    return [f"crosscheck: {len(result.sources):,} sources, {result.claim_count:,} claims"] + errors


def _section(name: str, findings: Sequence[Finding], places: "_Places", full: bool, view: View,
             paint) -> List[str]:
    lines = ["", paint(f"{_HEADINGS[name]} ({len(findings)})", fg=_COLOURS[name], bold=True)]
    for finding in findings:
        lines += _full(finding, places, view, paint) if full else [_concise(finding, places, paint)]
    return lines


def _concise(finding: Finding, places: "_Places", paint) -> str:
    where, rule = places.of(finding.claims[0]), rule_id(finding.kind, finding.verdict)
    return (f"{paint(where, bold=True)}: {rule} {one_line(_about(finding))}: "
            f"{one_line(brief(finding))} {paint('[' + finding.id + ']', dim=True)}")


def _full(finding: Finding, places: "_Places", view: View, paint) -> List[str]:
    head = f"{finding.verdict} {finding.kind}: {one_line(_about(finding))}"
    lines = ["", f"{paint('[' + finding.id + ']', dim=True)} {paint(head, bold=True)}",
             f"    {one_line(_reason(finding))}"]
    shown = finding.claims if view.all_claims else finding.claims[:CLAIMS_SHOWN]
    for claim in shown:
        lines.append(f"    {paint(places.of(claim), bold=True)}  {one_line(show(claim.value))}")
        start, end = claim.start - claim.quote_start, claim.end - claim.quote_start
        lines.append(f"        \"{escaped(_excerpt(claim.quote, start, end))}\"")
    rest = finding.claims[len(shown):]
    if rest:
        sources = len({claim.source for claim in rest})
        lines.append(f"    … and {len(rest)} more claims from {sources} sources (-v lists them)")
    return lines


def _about(finding: Finding) -> str:
    return describe(finding.subject, finding.attribute, "(no subject)")


def _reason(finding: Finding) -> str:
    """The compare stage's reason, or who says what in brief when that names too many sources."""
    sources = len({claim.source for claim in finding.claims})
    if len(finding.reason) <= REASON_WIDTH and sources <= 2 * NAMED_SOURCES:
        return finding.reason
    return brief(finding)


class _Places:
    """Say where a claim is as `path:line:col`, which terminals and editors open."""

    def __init__(self, sources: Sequence[Source]):
        self._sources = {source.id: source for source in sources}

    def of(self, claim: Claim) -> str:
        source = self._sources.get(claim.source)
        if source is None:
            return f"{escaped(claim.source)}:{claim.location or claim.line}"
        if claim.location:  # a PDF's page:line or a DOCX paragraph, not a line of the file
            return f"{escaped(source.path)}:{escaped(claim.location)}"
        line_start = source.text.rfind("\n", 0, claim.start) + 1
        return f"{escaped(source.path)}:{claim.line}:{claim.start - line_start + 1}"


def _excerpt(quote: str, start: int, end: int) -> str:
    """Shorten a long sentence around the value, keeping the value visible."""
    quote = " ".join(quote.split()) if len(quote) <= QUOTE_WIDTH else quote
    if len(quote) <= QUOTE_WIDTH:
        return quote
    half = (QUOTE_WIDTH - (end - start)) // 2
    left, right = max(0, start - half), min(len(quote), end + half)
    snippet = " ".join(quote[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(quote) else "")


def statistics(result: Result) -> List[str]:
    """Return the number of findings by rule id, the most first, as flake8 --statistics does."""
    counts = Counter(rule_id(finding.kind, finding.verdict) for finding in result.findings)
    width = len(str(max(counts.values()))) if counts else 1
    return ["statistics:"] + [f"  {count:>{width}}  {rule}"
                              for rule, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def _summary(result: Result, sections: Dict[str, List[Finding]]) -> str:
    counts = result.summary
    text = ", ".join(f"{counts[v]} {v}" for v in ("conflict", "compatible", "agreement"))
    if sections["accepted"]:
        text += f" ({len(sections['accepted'])} accepted in baseline)"
    return f"summary: {text}"


def _painter(enabled: bool):
    if not enabled:
        return lambda text, **style: text
    import click

    return lambda text, **style: click.style(text, **style)
