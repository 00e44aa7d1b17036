"""Baselines: findings accepted by a reviewer, by stable id, with their notes."""
from __future__ import annotations

import json
from typing import Dict


class BaselineError(Exception):
    """The baseline file cannot be used."""


def read_baseline(path: str) -> Dict[str, str]:
    """Return {finding id: note} from a baseline file."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from error
    entries = data.get("accepted", []) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "id" in e for e in entries):
        raise BaselineError(f"{path}: expected {{\"accepted\": [{{\"id\": ..., \"note\": ...}}]}}")
    return {str(e["id"]): str(e.get("note", "")) for e in entries}
