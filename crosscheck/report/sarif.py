"""SARIF 2.1.0, so code scanning shows each discrepancy on its source line."""
from __future__ import annotations

import json
import re
from typing import Dict, List, Sequence

from ..display import describe
from ..model import KINDS, Result, Source
from ..selection import rule_id
from ..serialize import result_to_dict
from ..status import severity
from ..version import __version__
from .paths import uri

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_RULES = [(kind, verdict) for kind in KINDS for verdict in ("conflict", "compatible")]
_HELP = {"conflict": "Sources make claims about the same {kind} that cannot all be true.",
         "compatible": "Sources state the same {kind} at different precision or with bounds."}


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return a SARIF log with one result per conflicting or compatible finding."""
    data = result_to_dict(result)
    paths = {source["id"]: source["path"] for source in data["sources"]}
    results = [_result(finding, paths, fail_on) for finding in data["findings"]
               if severity(finding["verdict"], finding["waived"], fail_on) != "none"]
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "crosscheck", "version": __version__,
                            "rules": [_rule(kind, verdict) for kind, verdict in _RULES]}},
        "invocations": [_invocation(result.sources)],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _invocation(sources: Sequence[Source]) -> Dict:
    """The run's invocation: not successful when a source could not be fully checked, and why.

    A source that could not be read is an error; one read with something lost (a sentence an
    extractor failed on, a manifest row) a warning.
    """
    notifications = [{"level": "warning" if source.text else "error", "message": {"text": error},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(source.path)}}}]}
                     for source in sources for error in source.errors]
    return {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}


def _rule(kind: str, verdict: str) -> Dict:
    return {"id": rule_id(kind, verdict), "name": f"{kind.capitalize()}{verdict.capitalize()}",
            "shortDescription": {"text": f"{kind} {verdict}"},
            "fullDescription": {"text": _HELP[verdict].format(kind=kind)},
            "defaultConfiguration": {"level": "error" if verdict == "conflict" else "warning"}}


def _result(finding: Dict, paths: Dict[str, str], fail_on: str) -> Dict:
    locations = [_location(claim, paths[claim["source"]]) for claim in finding["claims"]]
    result = {"ruleId": rule_id(finding["kind"], finding["verdict"]),
              "level": severity(finding["verdict"], finding["waived"], fail_on),
              "message": {"text": f"{_about(finding)}: {finding['reason']}"},
              "locations": locations[:1], "relatedLocations": _related(locations[1:]),
              "partialFingerprints": {"crosscheckFindingId/v1": finding["id"]},
              "properties": {"verdict": finding["verdict"], "kind": finding["kind"],
                             "subject": finding["subject"], "attribute": finding["attribute"],
                             "score": finding["score"]}}
    if finding["waived"]:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "accepted in the crosscheck baseline"}]
    return result


def _location(claim: Dict, path: str) -> Dict:
    return {"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": _region(claim)},
            "message": {"text": f"{claim['source']} says {claim['display']}" + _where(claim)}}


_PAGE = re.compile(r"p\. (\d+):(\d+)")  # a PDF claim's location, "p. 3:12"


def _region(claim: Dict) -> Dict:
    """Where the value stands: a line and offsets of a text file, or the page of a PDF.

    A PDF has no lines or characters to point at, and SARIF no pages; code scanning needs a
    startLine, so a PDF claim's region is its page (startLine and endLine) with the page and
    the line on the page as properties, and no offsets into a text the file does not hold.
    """
    page = _PAGE.fullmatch(claim.get("location", ""))
    if page:
        number, line = int(page[1]), int(page[2])
        return {"startLine": number, "endLine": number, "snippet": {"text": claim["text"]},
                "properties": {"page": number, "lineOnPage": line}}
    return {"startLine": claim["line"], "charOffset": claim["start"],
            "charLength": claim["end"] - claim["start"], "snippet": {"text": claim["text"]}}


def _where(claim: Dict) -> str:
    """A PDF's page:line or a DOCX paragraph, which a line of the read text does not show."""
    return f" ({claim['location']})" if claim.get("location") else ""


def _related(locations: List[Dict]) -> List[Dict]:
    return [dict(location, id=index) for index, location in enumerate(locations, start=1)]


def _about(finding: Dict) -> str:
    return describe(finding["subject"], finding["attribute"], finding["kind"])
