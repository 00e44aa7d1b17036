"""The HTML review: one self-contained page (styles, script and data inline, nothing fetched).

The page is built to stay light at a thousand documents: the findings travel as JSON data and
the script draws the first screen of cards at once and the rest as the reviewer scrolls; each
source's text, with its highlights, is gzip-compressed and unpacked only when it is opened.
The template reads only the values prepared here; Jinja escapes every one, and the JSON data
is written with <, > and & escaped, so no source text can end its script element. Control and
reordering characters in source text and file names are shown as escapes ("\\e[2J"), as in the
other formats, so none reaches the page raw.
"""
from __future__ import annotations

import base64
import bisect
import gzip
import json
import re
from collections import defaultdict
from functools import lru_cache
from typing import Dict, List, Sequence

from jinja2 import Environment, PackageLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from ..display import describe, show
from ..model import VERDICTS, Claim, Result, Source
from ..serialize import result_to_dict
from ..standing import ALONE, RANK, STANDINGS, claim_findings, claim_key, standing
from ..status import severity
from .inert import escaped
from .timeline import timeline

QUOTE_SIDE = 240  # characters of a sentence kept on each side of the value in a card


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return the review page for `result`."""
    return _environment().get_template("report.html.j2").render(**view(result, fail_on))


def view(result: Result, fail_on: str = "conflict") -> Dict:
    """Prepare every value the template and the page's script show."""
    data = result_to_dict(result)
    doms = {source["id"]: f"s{index}" for index, source in enumerate(data["sources"])}
    index = {source["id"]: number for number, source in enumerate(data["sources"])}
    best = claim_findings(result.findings)
    by_source: Dict[str, List[Claim]] = defaultdict(list)
    for claim in result.claims:
        by_source[claim.source].append(claim)
    anchors: Dict[tuple, str] = {}
    texts = {doms[s.id]: _packed(s, doms[s.id], by_source[s.id], best, anchors) for s in result.sources}
    ordered = sorted(data["findings"], key=lambda f: RANK[f["verdict"]])
    findings = [_finding(f, index, anchors, fail_on) for f in ordered]
    alone = [[index[c.source], c.location or c.line, c.kind, show(c.value), describe(c.subject, c.attribute),
              anchors.get(claim_key(c), "")]
             for c in result.claims if standing(c, best) == ALONE]
    sources = [_source(s, doms[s["id"]]) for s in data["sources"]]
    page = _shown({"sources": [{k: s[k] for k in ("id", "dom", "title", "path")} for s in sources],
                   "findings": findings, "alone": alone, "timeline": timeline(ordered)})
    return {"summary": _summary(data, findings), "sources": sources, "verdicts": VERDICTS,
            "kinds": sorted({f["kind"] for f in findings}), "fail_on": fail_on,
            "troubled": [s for s in sources if s["errors"]],
            "data": _json(page), "texts": _json(texts), "has_dates": page["timeline"] is not None,
            "css": _asset("report.css"), "js": _asset("report.js")}


def _summary(data: Dict, findings: List[Dict]) -> Dict:
    claims = sum(s["claims"] for s in data["sources"])
    return {"sources": len(data["sources"]), "claims": claims, **data["summary"],
            "bar": _bar({k: data["summary"].get(k, 0) for k in STANDINGS}),
            "waived": sum(f["waived"] for f in findings),
            "failing": sum(f["level"] == "error" for f in findings)}


def _source(source: Dict, dom: str) -> Dict:
    return {**source, "dom": dom, "bar": _bar(source["standing"])}


def _bar(counts: Dict[str, int]) -> List[Dict]:
    """The segments of a stacked bar: conflict, compatible, agreement, stated by one source only."""
    total = sum(counts.values()) or 1
    return [{"standing": key, "count": counts[key], "share": round(100 * counts[key] / total, 2)}
            for key in STANDINGS if counts[key]]


def _finding(finding: Dict, index: Dict[str, int], anchors: Dict, fail_on: str) -> Dict:
    about = describe(finding["subject"], finding["attribute"], finding["kind"])
    return {"id": finding["id"], "verdict": finding["verdict"], "kind": finding["kind"], "about": about,
            "reason": finding["reason"], "score": finding["score"], "matched": finding["matched"],
            "waived": finding["waived"], "level": severity(finding["verdict"], finding["waived"], fail_on),
            "values": list(dict.fromkeys(c["display"] for c in finding["claims"])),
            "quotes": [_quote(c, index, anchors) for c in finding["claims"]]}


def _quote(claim: Dict, index: Dict[str, int], anchors: Dict) -> Dict:
    """The claim's sentence cut around its value, and the highlight it links to."""
    quote, offset = claim["quote"], claim["quote_start"]
    start, end = claim["start"] - offset, claim["end"] - offset
    before, after = _squash(quote[:start]).lstrip(), _squash(quote[end:]).rstrip()
    if len(before) > QUOTE_SIDE:
        before = "…" + before[-QUOTE_SIDE:]
    if len(after) > QUOTE_SIDE:
        after = after[:QUOTE_SIDE] + "…"
    return {"s": index[claim["source"]], "line": claim["line"], "where": claim.get("location", ""),
            "display": claim["display"], "before": before, "value": _squash(quote[start:end]),
            "after": after, "at": anchors.get((claim["source"], claim["start"], claim["end"]), "")}


def _packed(source: Source, dom: str, claims: Sequence[Claim], best: Dict, anchors: Dict) -> str:
    """A source's text and its highlights, as gzip'd JSON in base64 (unpacked by the page on demand).

    Offsets become UTF-16 code units, what JavaScript strings count; a value inside an earlier
    highlight links to that one.
    """
    units = _utf16_offsets(source.text)
    marks, cursor, last = [], 0, ""
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < cursor:
            anchors[claim_key(claim)] = last
            continue
        last = anchors[claim_key(claim)] = f"{dom}-{claim.start}-{claim.end}"
        marks.append([units(claim.start), units(claim.end), standing(claim, best), last,
                      f"{show(claim.value)} ({claim.location or f'line {claim.line}'})"])
        cursor = claim.end
    payload = json.dumps({"text": source.text, "marks": marks}, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def _utf16_offsets(text: str):
    """Return a function from a character offset to the UTF-16 offset of the same place."""
    if not re.search("[\U00010000-\U0010ffff]", text):
        return lambda offset: offset
    wide = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]  # each takes two units
    return lambda offset: offset + bisect.bisect_left(wide, offset)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _shown(value):
    """Return the page's data with every string's control characters as escapes ("\\e[2J")."""
    if isinstance(value, str):
        return escaped(value)
    if isinstance(value, dict):
        return {key: _shown(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_shown(item) for item in value]
    return value


def _finalized(value):
    """Every value the template writes: source text (a title, a path) on one line, controls as escapes."""
    return escaped(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _json(value) -> Markup:
    """JSON safe inside a <script> element: <, >, & and ' are written as \\u escapes."""
    return htmlsafe_json_dumps(value, dumps=lambda v, **kw: json.dumps(v, ensure_ascii=False,
                                                                       separators=(",", ":"), **kw))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("crosscheck", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                       finalize=_finalized)


def _asset(name: str) -> Markup:
    """Return a static file of the templates folder, inlined as is (ours, not source text)."""
    source, _, _ = _environment().loader.get_source(_environment(), name)
    return Markup(source)
