"""The JSON report (contract: crosscheck-report/1); byte-identical for the same input."""
from __future__ import annotations

import json

from ..model import Result
from ..serialize import result_to_dict


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return the JSON report; byte-identical for the same input."""
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
