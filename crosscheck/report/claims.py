"""The claims table for analysts: one row per claim, as CSV or Parquet (via pandas)."""
from __future__ import annotations

import importlib.util
import json
import os
from typing import Iterable

from ..model import Result

TABLE_FORMATS = (".csv", ".parquet")


class ClaimsOutError(ValueError):
    """The claims table cannot be written to that path."""


def table_format(path: str) -> str:
    """Return the table format a path asks for, or raise before any work is done."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in TABLE_FORMATS:
        raise ClaimsOutError(f"{path}: claims table must end in {' or '.join(TABLE_FORMATS)}")
    if suffix == ".parquet" and importlib.util.find_spec("pyarrow") is None:
        raise ClaimsOutError(f"{path}: writing Parquet needs pyarrow: pip install 'crosscheck[parquet]'")
    return suffix


def write_claims(result: Result, path: str, protected: Iterable[str] = ()) -> None:
    """Write the run's claims to `path`; the normalised value is a JSON string column."""
    from . import OutputError, check_target, write_atomic

    suffix = table_format(path)
    check_target(path, protected)
    frame = result.claims_frame()
    # Values are dicts of different shapes per kind: JSON text keeps one column type.
    frame["value"] = [None if v is None else json.dumps(v, sort_keys=True) for v in frame["value"]]
    if suffix == ".csv":
        write_atomic(path, frame.to_csv(index=False, lineterminator="\n"), protected)
    else:  # written beside the target, then renamed over it: readers never see half a file
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            frame.to_parquet(temporary, index=False)
            os.replace(temporary, path)
        except OSError as error:
            raise OutputError(f"{path}: cannot write the claims table: {error.strerror or error}") from error
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
