"""The JSON report (contract: crosscheck-report/1); byte-identical for the same input."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..model import Result
from ..serialize import finding_dicts, report_header


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return the JSON report, one source or finding a line."""
    return "".join(stream(result))


def stream(result: Result, fail_on: str = "conflict") -> Iterator[str]:
    """Yield the JSON report `render` returns, a source or finding at a time.

    Written to a file as it is made, a report of 10,000 documents never exists whole in memory.
    """
    # json.dumps with `indent` runs the pure-Python encoder, which on 10,000 documents held
    # about 2 GB of small strings; compact items go through the C encoder, one a line (so a
    # diff of two reports still shows which findings changed), and findings are made one at
    # a time.
    header = report_header(result)
    yield f'{{\n  "schema": {_compact(header["schema"])},\n'
    yield '  "sources": '
    yield from _items(header["sources"])
    yield ',\n  "findings": '
    yield from _items(finding_dicts(result))
    yield f',\n  "summary": {_compact(header["summary"])}\n}}\n'


def _items(items: Iterable[dict]) -> Iterator[str]:
    """Yield a JSON list, one compact item a line ("[]" when empty)."""
    first = True
    for item in items:
        yield ("[\n    " if first else ",\n    ") + _compact(item)
        first = False
    yield "[]" if first else "\n  ]"


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False)
