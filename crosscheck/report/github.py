"""GitHub Actions workflow commands: an annotation on each source line of a discrepancy."""
from __future__ import annotations

from typing import Dict, List

from ..display import describe
from ..model import Result
from ..serialize import result_to_dict
from ..status import severity
from .paths import posix

_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return one `::error` / `::warning` / `::notice` line per claim of each discrepancy."""
    data = result_to_dict(result)
    paths = {source["id"]: source["path"] for source in data["sources"]}
    lines = [f"::error file={_property(posix(s['path']))},title=crosscheck cannot read this source::"
             f"{_data(error)}" for s in data["sources"] for error in s["errors"]]
    for finding in data["findings"]:
        level = severity(finding["verdict"], finding["waived"], fail_on)
        if level != "none":
            lines += _annotations(finding, _COMMANDS[level], paths)
    counts = data["summary"]
    lines.append(f"::notice title=crosscheck::{counts['conflict']} conflict, "
                 f"{counts['compatible']} compatible, {counts['agreement']} agreement")
    return "\n".join(lines) + "\n"


def _annotations(finding: Dict, command: str, paths: Dict[str, str]) -> List[str]:
    about = describe(finding["subject"], finding["attribute"], finding["kind"])
    title = f"crosscheck {finding['verdict']}: {about} [{finding['id']}]"
    lines, seen = [], set()
    for claim in finding["claims"]:
        place = (claim["source"], claim["line"])
        if place in seen:  # one annotation per line, even when a list puts two values on it
            continue
        seen.add(place)
        lines.append(f"::{command} file={_property(posix(paths[claim['source']]))},line={claim['line']},"
                     f"title={_property(title)}::{_data(_where(claim) + finding['reason'])}")
    return lines


def _where(claim: Dict) -> str:
    """A PDF's page:line or a DOCX paragraph first, which the annotation's line does not show."""
    return f"{claim['location']}: " if claim.get("location") else ""


def _data(text: str) -> str:
    """Escape a message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
