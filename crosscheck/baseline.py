"""Baselines: findings accepted by a reviewer, by stable id, with their notes.

The file is `{"accepted": [{"id": ..., "note": ...}]}`. Entries may carry more keys (the
HTML review adds `verdict`, `subject`, `reason`; a `to_fix` list may sit beside `accepted`):
readers look only at `accepted`, and at `id` and `note` in it.
"""
from __future__ import annotations

import json
from typing import Dict, Mapping, Sequence

from .model import Finding

FORMAT = "crosscheck-baseline/1"


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
    return {str(e["id"]): str(e.get("note") or "") for e in entries}


def baseline_json(findings: Sequence[Finding], notes: Mapping[str, str] = {}) -> str:
    """Return a baseline accepting `findings`, keeping any note already given for an id."""
    accepted = [{"id": f.id, "note": notes.get(f.id, ""), "verdict": f.verdict, "kind": f.kind,
                 "subject": f.subject, "reason": f.reason}
                for f in sorted(findings, key=lambda f: f.id)]
    return json.dumps({"format": FORMAT, "accepted": accepted}, indent=2, ensure_ascii=False) + "\n"
