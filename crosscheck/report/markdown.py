"""A Markdown report, for a pull-request comment: discrepancies first, agreements folded.

A comment holds 65,536 characters, so the report stops before that with a line saying how many
findings it left out and where the whole report is. Source text is made inert by `inert`.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional

from ..display import describe
from ..model import Result
from ..serialize import result_to_dict
from ..status import severity
from .inert import markdown as _escape
from .inert import markdown_code as _code

COMMENT_LIMIT = 65_536  # characters in a GitHub pull-request comment or issue body
_FOOTER_ROOM = 600  # kept free for the line that says what was left out
_ICONS = {"error": "❌", "warning": "⚠️", "note": "☑️", "none": "✅"}
_SECTIONS = [("error", "Failing the check"), ("warning", "To look at"),
             ("note", "Accepted in the baseline"), ("none", "Agreements")]


def render(result: Result, fail_on: str = "conflict", limit: Optional[int] = COMMENT_LIMIT) -> str:
    """Return a Markdown comment: a summary line, then findings grouped by what CI makes of them."""
    data = result_to_dict(result)
    counts = data["summary"]
    lines = ["## crosscheck report", "",
             f"{len(data['sources'])} sources, {sum(s['claims'] for s in data['sources'])} claims: "
             f"**{counts['conflict']} conflict**, {counts['compatible']} compatible, "
             f"{counts['agreement']} agreement", ""]
    lines += [f"> ⚠️ `{_code(s['path'])}`: {_escape(e)}" for s in data["sources"] for e in s["errors"]]
    standing = _standing(data["sources"])
    budget = _Budget(limit, len("\n".join(lines + standing)))
    for level, heading in _SECTIONS:
        findings = [f for f in data["findings"] if severity(f["verdict"], f["waived"], fail_on) == level]
        if findings:
            lines += _section(level, heading, findings, budget)
    lines += standing
    if budget.left_out:
        lines += ["", _trimmed(budget, len(data["findings"]))]
    return "\n".join(lines).rstrip("\n") + "\n"


class _Budget:
    """Characters left for findings; counts the findings that did not fit."""

    def __init__(self, limit: Optional[int], used: int):
        self.room = None if limit is None else limit - _FOOTER_ROOM - used
        self.left_out = 0

    def take(self, block: List[str]) -> bool:
        size = len("\n".join(block)) + 1
        if self.left_out or (self.room is not None and size > self.room):
            self.left_out += 1
            return False
        if self.room is not None:
            self.room -= size
        return True


def _section(level: str, heading: str, findings: List[Dict], budget: _Budget) -> List[str]:
    body = [line for finding in findings for block in [_finding(level, finding)] if budget.take(block)
            for line in block]
    if not body:
        return []
    if level in ("error", "warning"):
        return [f"### {heading} ({len(findings)})", ""] + body
    return [f"<details><summary>{heading} ({len(findings)})</summary>", ""] + body + ["</details>", ""]


def _trimmed(budget: _Budget, total: int) -> str:
    where = _run_url()
    pointer = f"the whole report is in [the run]({where})" if where else \
        "the whole report: `crosscheck check --format markdown -o FILE` or `--html FILE`"
    return (f"_Trimmed to fit a comment ({COMMENT_LIMIT:,} characters): {budget.left_out} of {total} "
            f"findings not shown; {pointer}._")


def _run_url() -> str:
    """The Actions run this report comes from, when it runs in one."""
    parts = [os.environ.get(name, "") for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")]
    return f"{parts[0]}/{parts[1]}/actions/runs/{parts[2]}" if all(parts) else ""


def _finding(level: str, finding: Dict) -> List[str]:
    about = describe(finding["subject"], finding["attribute"])
    lines = [f"#### {_ICONS[level]} {finding['verdict']} {finding['kind']}: {_escape(about)} "
             f"(`{finding['id']}`)", "", _escape(finding["reason"]), "",
             "| source | line | value | quote |", "|---|---|---|---|"]
    for claim in finding["claims"]:
        lines.append(f"| {_escape(claim['source'])} | {_escape(str(claim.get('location') or claim['line']))} "
                     f"| {_escape(claim['display'])} "
                     f"| {_quote(claim)} |")
    return lines + [""]


def _quote(claim: Dict) -> str:
    """The sentence with the value in bold."""
    start, end = claim["start"] - claim["quote_start"], claim["end"] - claim["quote_start"]
    quote = claim["quote"]
    return (_escape(quote[:start]) + "**" + _escape(quote[start:end], False) + "**"
            + _escape(quote[end:], False)).strip()


# --- How each source's claims stand: a bar per source ------------------------------------------
_SQUARES = {"conflict": "🟥", "compatible": "🟨", "agreement": "🟩", "single_source": "⬜"}
_BAR_CELLS, _BAR_ROWS = 10, 50  # a comment stays short: the sources with most conflicts first


def _standing(sources: List[Dict]) -> List[str]:
    """A folded table: per source, its claims that conflict, are compatible, agree or stand alone."""
    rows = sorted((s for s in sources if s.get("standing") and s["claims"]),
                  key=lambda s: (-s["standing"]["conflict"], -s["standing"]["compatible"], s["id"]))
    if not rows:
        return []
    lines = [f"<details><summary>How each source's claims stand ({len(rows)} sources)</summary>", "",
             "🟥 conflict · 🟨 compatible · 🟩 agreement · ⬜ stated by one source only", "",
             "| source | claims | 🟥 | 🟨 | 🟩 | ⬜ | |", "|---|---:|---:|---:|---:|---:|---|"]
    for source in rows[:_BAR_ROWS]:
        counts = source["standing"]
        lines.append(f"| {_escape(source['id'])} | {source['claims']} | "
                     + " | ".join(str(counts[k]) for k in _SQUARES) + f" | {_bar(counts)} |")
    if len(rows) > _BAR_ROWS:
        lines += ["", f"… and {len(rows) - _BAR_ROWS} more sources."]
    return lines + ["", "</details>", ""]


def _bar(counts: Dict[str, int]) -> str:
    """Ten squares shared out by largest remainder, so every kind with claims shows when it can."""
    total = sum(counts.values()) or 1
    exact = {k: counts[k] * _BAR_CELLS / total for k in _SQUARES}
    cells = {k: int(v) for k, v in exact.items()}
    for key in sorted(_SQUARES, key=lambda k: cells[k] - exact[k])[:_BAR_CELLS - sum(cells.values())]:
        cells[key] += 1
    return "".join(_SQUARES[k] * cells[k] for k in _SQUARES)
