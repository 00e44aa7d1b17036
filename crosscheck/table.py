"""The claims of a run as a pandas DataFrame, one row per claim."""
from __future__ import annotations

from dataclasses import asdict
from typing import Sequence

import pandas as pd

from .model import Claim
from .serialize import value_to_dict

COLUMNS = ["source", "kind", "start", "end", "text", "value", "subject", "attribute",
           "quote", "quote_start", "line", "context", "group", "unit"]


def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """Return one row per claim; `value` holds the normalised value as a dict, `unit` its unit."""
    rows = []
    for claim in claims:
        row = asdict(claim)
        row["value"] = value_to_dict(claim.value)
        row["unit"] = getattr(claim.value, "unit", "")
        rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS)
