"""GitHub Actions workflow commands: an annotation on each source line of a discrepancy.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and
drops the rest, so each level stops at its limit with one annotation saying how many more
there are; `job_summary` writes the whole Markdown report to the job's summary page.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from typing import Dict, List, Tuple

from ..display import describe
from ..model import Result, Source
from ..serialize import result_to_dict
from ..status import severity
from . import markdown
from .inert import github_data as _data
from .inert import github_property as _property
from .paths import posix

_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}
PER_STEP = 10  # annotations of one level that GitHub shows for a step


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return `::error` / `::warning` / `::notice` lines, at most PER_STEP of each level."""
    data = result_to_dict(result)
    paths = {source["id"]: source["path"] for source in data["sources"]}
    lines = [_source_error(source, error) for source in result.sources for error in source.errors]
    for finding in data["findings"]:
        level = severity(finding["verdict"], finding["waived"], fail_on)
        if level != "none":
            command = _COMMANDS[level]
            lines += [(command, line) for line in _annotations(finding, command, paths)]
    counts = data["summary"]
    summary = (f"::notice title=crosscheck::{counts['conflict']} conflict, "
               f"{counts['compatible']} compatible, {counts['agreement']} agreement")
    return "\n".join(_capped(lines) + [summary]) + "\n"


def _source_error(source: Source, error: str) -> Tuple[str, str]:
    """An error for a source that could not be read; a warning for one read with something lost."""
    if source.text:  # read, and checked but for what the message says (a sentence, manifest rows)
        command, title = "warning", "crosscheck checked this source only in part"
    else:
        command, title = "error", "crosscheck cannot read this source"
    return command, f"::{command} file={_property(posix(source.path))},title={title}::{_data(error)}"


def _capped(lines: List[Tuple[str, str]]) -> List[str]:
    """The annotations GitHub will show, in order, and one per level saying how many more there are."""
    totals = Counter(command for command, _ in lines)
    room = {command: PER_STEP - (command == "notice") for command in _COMMANDS.values()}  # the summary
    room = {command: limit - (totals[command] > limit) for command, limit in room.items()}
    kept, shown = [], Counter()
    for command, line in lines:
        shown[command] += 1
        if shown[command] <= room[command]:
            kept.append(line)
    where = "the job summary" if os.environ.get("GITHUB_STEP_SUMMARY") else "the full report"
    for command in _COMMANDS.values():
        more = totals[command] - room[command]
        if more > 0:
            kept.append(f"::{command} title=crosscheck%3A {more} more::{more} more {command} annotations are "
                        f"not shown (GitHub shows {PER_STEP} per step); see {where}, or run "
                        f"crosscheck check --format text")
    return kept


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


def job_summary(result: Result, fail_on: str = "conflict") -> None:
    """Append the Markdown report to the job summary when run in GitHub Actions."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(markdown.render(result, fail_on) + "\n")
    except OSError as error:  # the summary is a courtesy; the annotations and status still stand
        print(f"crosscheck: cannot write the job summary {path}: {error.strerror}", file=sys.stderr)
