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
