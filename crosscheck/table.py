"""The run as pandas DataFrames for analysts: one row per claim, one row per finding.

The two tables join on `claims.finding == findings.id`; a claim no other source speaks to has
an empty `finding` and the verdict `single_source`. They are functions of a `Result` here, not
methods of it, so that the model does not import pandas and the modules that render values.
"""
from __future__ import annotations

from dataclasses import asdict

import pandas as pd

from .display import describe, show
from .model import Result
from .serialize import value_to_dict
from .standing import ALONE, claim_findings, claim_key

COLUMNS = ["source", "kind", "start", "end", "text", "value", "subject", "attribute",
           "quote", "quote_start", "line", "context", "group", "unit",
           # added for joins and filters; the value's fields as their own columns
           "path", "finding", "verdict", "display", "location",
           "date_start", "date_end", "granularity", "low", "high", "bound", "normalized"]
FINDING_COLUMNS = ["id", "verdict", "kind", "subject", "attribute", "about", "reason", "score",
                   "claims", "sources", "values", "waived"]
_VALUE_COLUMNS = {"date_start": "start", "date_end": "end", "granularity": "granularity", "low": "low",
                  "high": "high", "bound": "bound", "normalized": "normalized"}


def claims_frame(result: Result) -> pd.DataFrame:
    """Return one row per claim with its finding, verdict, path and the value's fields as columns."""
    best, paths = claim_findings(result.findings), {s.id: s.path for s in result.sources}
    rows = []
    for claim in result.claims:
        row = asdict(claim)
        value = value_to_dict(claim.value) or {}
        row["value"] = value or None
        row["unit"] = getattr(claim.value, "unit", "")
        finding = best.get(claim_key(claim))
        row.update(path=paths.get(claim.source, ""), finding=finding.id if finding else "",
                   verdict=finding.verdict if finding else ALONE, display=show(claim.value))
        row.update({column: value.get(field) for column, field in _VALUE_COLUMNS.items()})
        rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS)


def findings_frame(result: Result) -> pd.DataFrame:
    """Return one row per finding: verdict, what it is about, its reason and how many claims and sources."""
    waived = set(result.waived)
    rows = [{"id": f.id, "verdict": f.verdict, "kind": f.kind, "subject": f.subject,
             "attribute": f.attribute, "about": describe(f.subject, f.attribute, f.kind),
             "reason": f.reason, "score": round(f.score, 1), "claims": len(f.claims),
             "sources": len({c.source for c in f.claims}),
             "values": " | ".join(dict.fromkeys(show(c.value) for c in f.claims)), "waived": f.id in waived}
            for f in result.findings]
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)
