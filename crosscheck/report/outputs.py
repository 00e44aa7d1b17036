"""The reports one check writes: its main report, and every other one asked for in the same run.

What a run must keep follows from them: only the text report and the HTML page show source
text beyond the claims' quotes, and only the HTML page and the claims table list every claim.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ..model import Result
from . import render, render_stream
from . import text as text_report
from .github import job_summary
from .output import write_atomic
from .tables import table_format, write_claims, write_findings


@dataclass(frozen=True)
class Outputs:
    """Where each report of a check goes; None is not written."""

    format: str = "text"  # the main report's, written to standard output or `path`
    path: Optional[str] = None
    html: Optional[str] = None  # the HTML review page, as well
    sarif: Optional[str] = None  # SARIF 2.1.0 for code scanning, as well
    claims: Optional[str] = None  # every claim as a table (.csv or .parquet)
    findings: Optional[str] = None  # every finding as a table

    def check(self) -> None:
        """Raise before any work is done when a table cannot be written in the format its name asks for."""
        for table in (self.claims, self.findings):
            if table:
                table_format(table)

    @property
    def keep_texts(self) -> bool:
        """Whether a report shows the sources' text beyond the claims' quotes."""
        return self.format == "text" or bool(self.html)

    @property
    def keep_claims(self) -> bool:
        """Whether a report lists every claim, not only a tally of them."""
        return bool(self.html or self.claims or self.format == "html")

    def main(self, result: Result, fail_on: str, view: Optional[text_report.View] = None) -> Iterable[str]:
        """Return the main report, in pieces where its format is made a piece at a time."""
        if self.format == "text":
            return [text_report.render(result, fail_on, view)]
        return render_stream(result, self.format, fail_on)

    def write_others(self, result: Result, fail_on: str, protected: Sequence[str]) -> None:
        """Write every report asked for besides the main one; never over a `protected` file."""
        if self.format == "github":
            job_summary(result, fail_on)
        if self.html:
            write_atomic(self.html, render(result, "html", fail_on), protected)
        if self.sarif:
            write_atomic(self.sarif, render(result, "sarif", fail_on), protected)
        if self.claims:
            write_claims(result, self.claims, protected)
        if self.findings:
            write_findings(result, self.findings, protected)
