"""A Markdown report, for a pull-request comment: discrepancies first, agreements folded."""
from __future__ import annotations

import re
from typing import Dict, List

from ..display import describe
from ..model import Result
from ..serialize import result_to_dict
from ..status import severity

_ICONS = {"error": "❌", "warning": "⚠️", "note": "☑️", "none": "✅"}
_SECTIONS = [("error", "Failing the check"), ("warning", "To look at"),
             ("note", "Accepted in the baseline"), ("none", "Agreements")]


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return a Markdown comment: a summary line, then findings grouped by what CI makes of them."""
    data = result_to_dict(result)
    counts = data["summary"]
    lines = ["## crosscheck report", "",
             f"{len(data['sources'])} sources, {sum(s['claims'] for s in data['sources'])} claims: "
             f"**{counts['conflict']} conflict**, {counts['compatible']} compatible, "
             f"{counts['agreement']} agreement", ""]
    lines += [f"> ⚠️ `{_code(s['path'])}`: {_escape(e)}" for s in data["sources"] for e in s["errors"]]
    for level, heading in _SECTIONS:
        findings = [f for f in data["findings"] if severity(f["verdict"], f["waived"], fail_on) == level]
        if findings:
            lines += _section(level, heading, findings)
    lines += _standing(data["sources"])
    return "\n".join(lines).rstrip("\n") + "\n"


def _section(level: str, heading: str, findings: List[Dict]) -> List[str]:
    body = [line for finding in findings for line in _finding(level, finding)]
    if level in ("error", "warning"):
        return [f"### {heading} ({len(findings)})", ""] + body
    return [f"<details><summary>{heading} ({len(findings)})</summary>", ""] + body + ["</details>", ""]


def _finding(level: str, finding: Dict) -> List[str]:
    about = describe(finding["subject"], finding["attribute"])
    lines = [f"#### {_ICONS[level]} {finding['verdict']} {finding['kind']}: {_escape(about)} "
             f"(`{finding['id']}`)", "", _escape(finding["reason"]), "",
             "| source | line | value | quote |", "|---|---|---|---|"]
    for claim in finding["claims"]:
        lines.append(f"| {_escape(claim['source'])} | {claim['line']} | {_escape(claim['display'])} "
                     f"| {_quote(claim)} |")
    return lines + [""]


def _quote(claim: Dict) -> str:
    """The sentence with the value in bold."""
    start, end = claim["start"] - claim["quote_start"], claim["end"] - claim["quote_start"]
    quote = claim["quote"]
    return (_escape(quote[:start]) + "**" + _escape(quote[start:end]) + "**" + _escape(quote[end:])).strip()


def _escape(text: str) -> str:
    """Keep source text inert: no table breaks, HTML, links or emphasis from the source."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\|*_`\[\]#])", r"\\\1", re.sub(r"\s+", " ", text))


def _code(text: str) -> str:
    return text.replace("`", "'")


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
