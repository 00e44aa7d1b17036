"""The analyst tables: claims and findings, one row each, as CSV or Parquet (via pandas)."""
from __future__ import annotations

import importlib.util
import json
import os
from typing import TYPE_CHECKING, Iterable

from ..model import Result
from .output import OutputError, check_target, replace_atomically, write_atomic

# pandas (and `..table`, which needs it) is imported where a table is made: it is 0.3-0.4 s of
# every run, measured with python -X importtime, and most runs write no table.
if TYPE_CHECKING:
    import pandas as pd

TABLE_FORMATS = (".csv", ".parquet")
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
# source text can start a quote, a name or a value with any of them.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class TableError(ValueError):
    """A table (--claims-out, --findings-out) cannot be written to that path."""


def table_format(path: str) -> str:
    """Return the table format a path asks for, or raise before any work is done."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in TABLE_FORMATS:
        raise TableError(f"{path}: a table must end in {' or '.join(TABLE_FORMATS)}")
    if suffix == ".parquet" and importlib.util.find_spec("pyarrow") is None:
        raise TableError(f"{path}: writing Parquet needs pyarrow: "
                             "pip install 'crosscheck-claims[parquet]'")
    return suffix


def write_claims(result: Result, path: str, protected: Iterable[str] = ()) -> None:
    """Write the run's claims to `path`; the whole normalised value is also a JSON string column."""
    from ..table import claims_frame

    frame = claims_frame(result)
    # Values are dicts of different shapes per kind: JSON text keeps one column type.
    frame["value"] = [None if v is None else json.dumps(v, sort_keys=True) for v in frame["value"]]
    write_table(frame, path, protected)


def write_findings(result: Result, path: str, protected: Iterable[str] = ()) -> None:
    """Write the run's findings to `path`, one row each."""
    from ..table import findings_frame

    write_table(findings_frame(result), path, protected)


def write_table(frame: pd.DataFrame, path: str, protected: Iterable[str] = ()) -> None:
    """Write `frame` as CSV or Parquet, atomically; CSV cells that would run as formulas are quoted.

    Never over one of the `protected` files (the sources) or a folder; raise OutputError.
    """
    suffix = table_format(path)
    check_target(path, protected)
    if suffix == ".csv":
        write_atomic(path, inert(frame).to_csv(index=False, lineterminator="\n"), protected)
        return
    try:
        replace_atomically(path, lambda temporary: frame.to_parquet(temporary, index=False))
    except OSError as error:
        raise OutputError(f"{path}: cannot write the table: {error.strerror or error}") from error


def inert(frame: pd.DataFrame) -> pd.DataFrame:
    """Return `frame` with every text cell that a spreadsheet would read as a formula prefixed by '."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):  # object or string dtype, per pandas version
            out[column] = [_inert_cell(cell) for cell in out[column]]
    return out


def _inert_cell(cell):
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell
