"""The one place where records become plain dicts (JSON, JSONL, templates)."""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Iterable, Iterator, Optional, Sequence, Tuple

from .display import show
from .model import Claim, DateValue, EntityValue, FigureValue, Finding, Mention, Result, Source, Value
from .standing import ALONE
from .standing import per_source as per_source_standing

SCHEMA = "crosscheck-report/1"


def value_to_dict(value: Value) -> Optional[dict]:
    if isinstance(value, DateValue) and value.fiscal:
        # An added field. A fiscal period's calendar days are not known: its ends are null, as an
        # open side is, and "fiscal" names it ("FY2024-Q2").
        return {"start": None, "end": None, "granularity": value.granularity, "fiscal": value.fiscal}
    if isinstance(value, DateValue):
        return {"start": _iso(value.start), "end": _iso(value.end), "granularity": value.granularity}
    if isinstance(value, FigureValue):
        return {"low": _number(value.low), "high": _number(value.high), "bound": value.bound,
                "unit": value.unit}
    if isinstance(value, EntityValue):
        return {"text": value.text, "normalized": value.normalized}
    return None


def _iso(day) -> Optional[str]:
    return day.isoformat() if day else None


def _number(value: Optional[Decimal]):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def source_to_dict(source: Source, claims: int) -> dict:
    return {"id": source.id, "path": source.path, "title": source.title, "outlet": source.outlet,
            "published": _iso(source.published), "published_from": source.published_from,
            "claims": claims, "errors": list(source.errors)}


def claim_to_dict(claim: Claim) -> dict:
    data = {"source": claim.source, "quote": claim.quote, "start": claim.start, "end": claim.end,
            "line": claim.line, "value": value_to_dict(claim.value), "display": show(claim.value),
            "text": claim.text, "subject": claim.subject, "attribute": claim.attribute,
            "quote_start": claim.quote_start}
    if claim.location:  # an added field: the page or paragraph of a PDF or DOCX source
        data["location"] = claim.location
    if claim.role:  # an added field: "was" or "now", the old or new value of a changed date
        data["role"] = claim.role
    if claim.state:  # an added field: the state a party label gives its person, as a postal code
        data["state"] = claim.state
    return data


def finding_to_dict(finding: Finding, waived: bool = False) -> dict:
    return {"id": finding.id, "verdict": finding.verdict, "kind": finding.kind,
            "subject": finding.subject, "attribute": finding.attribute, "reason": finding.reason,
            "score": round(finding.score, 1), "matched": list(finding.matched), "waived": waived,
            "conflict_pair": list(finding.pair),
            "claims": [claim_to_dict(claim) for claim in finding.claims],
            # An added field: who says what in brief, each distinct value with its count of sources.
            "values": [{"display": shown, "sources": count} for shown, count in finding.tally]}


def result_to_dict(result: Result, texts: bool = False, claims: bool = False) -> dict:
    """Return the JSON report (contract: crosscheck-report/1).

    `texts` adds each source's full text and `claims` every claim of the run, for the HTML
    review; the JSON report leaves both out.
    """
    data = report_header(result, texts)
    data["findings"] = list(finding_dicts(result))
    data["summary"] = data.pop("summary")  # the contract's order: schema, sources, findings, summary
    if claims:
        data["claims"] = [claim_to_dict(claim) for claim in result.claims]
    return data


def report_header(result: Result, texts: bool = False) -> dict:
    """Return the report's schema, sources and summary: everything but the findings."""
    standings = per_source_standing(result)  # every claim of a source stands in exactly one way
    sources = []
    for source in result.sources:
        record = source_to_dict(source, sum(standings[source.id].values()))
        # Added fields: how this source's claims stand (the page's and Markdown's summary bars).
        record["standing"] = standings[source.id]
        if texts:
            record["text"] = source.text
        sources.append(record)
    summary = dict(result.summary, single_source=sum(s[ALONE] for s in standings.values()))
    return {"schema": SCHEMA, "sources": sources, "summary": summary}


def finding_dicts(result: Result) -> Iterator[dict]:
    """Yield the findings as dicts, one at a time (a large report need not hold them all)."""
    waived = set(result.waived)
    for finding in result.findings:
        yield finding_to_dict(finding, finding.id in waived)


def mentions_jsonl(done: Iterable[Tuple[Source, Sequence[Mention]]]) -> str:
    """Return the `crosscheck extract` output: one JSON object a line, per mention of each source."""
    return "".join(json.dumps(mention_to_dict(source, mention), ensure_ascii=False) + "\n"
                   for source, mentions in done for mention in mentions)


def mention_to_dict(source: Source, mention: Mention) -> dict:
    """Return one `crosscheck extract` record."""
    record = {"source": source.id, "path": source.path, "start": mention.start, "end": mention.end,
              "text": mention.text, "kind": mention.kind, "value": value_to_dict(mention.value)}
    if mention.resolution is not None:
        record["resolved"] = str(mention.resolution)
    if mention.role:
        record["role"] = mention.role
    if mention.state:  # an added field: the state a party label gives its person ("(D-Calif.)": CA)
        record["state"] = mention.state
    return record
