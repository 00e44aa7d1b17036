"""The HTML review: one self-contained page (styles and script inline, nothing fetched).

The template only reads the values prepared here; Jinja escapes every one of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..display import describe
from ..model import VERDICTS, Result
from ..serialize import result_to_dict
from ..status import severity
from .timeline import timeline

_RANK = {verdict: rank for rank, verdict in enumerate(VERDICTS)}  # conflict first


def render(result: Result, fail_on: str = "conflict") -> str:
    """Return the review page for `result`."""
    data = result_to_dict(result, texts=True, claims=True)
    return _environment().get_template("report.html.j2").render(**view(data, fail_on))


def view(data: Dict, fail_on: str = "conflict") -> Dict:
    """Prepare every value the template shows, from the serialised report."""
    doms = {source["id"]: f"s{index}" for index, source in enumerate(data["sources"])}
    verdicts = _claim_verdicts(data["findings"])
    anchors: Dict[tuple, str] = {}
    by_source: Dict[str, List[Dict]] = {source["id"]: [] for source in data["sources"]}
    for claim in data["claims"]:
        by_source[claim["source"]].append(claim)
    sources = [_source(s, doms[s["id"]], by_source[s["id"]], verdicts, anchors) for s in data["sources"]]
    titles = {s["id"]: s["title"] or s["id"] for s in data["sources"]}
    findings = [_finding(f, doms, titles, anchors, fail_on) for f in data["findings"]]
    return {"summary": _summary(data, findings), "sources": sources, "findings": findings,
            "kinds": sorted({f["kind"] for f in findings}), "verdicts": VERDICTS,
            "timeline": timeline(data, doms, verdicts), "fail_on": fail_on,
            "css": _asset("report.css"), "js": _asset("report.js")}


def _summary(data: Dict, findings: List[Dict]) -> Dict:
    return {"sources": len(data["sources"]), "claims": len(data["claims"]), **data["summary"],
            "waived": sum(f["waived"] for f in findings),
            "failing": sum(f["level"] == "error" for f in findings)}


def _claim_verdicts(findings: List[Dict]) -> Dict[tuple, Dict]:
    """Map each claim to the most severe finding it belongs to."""
    best: Dict[tuple, Dict] = {}
    for finding in findings:
        for claim in finding["claims"]:
            key = (claim["source"], claim["start"], claim["end"])
            if key not in best or _RANK[finding["verdict"]] < _RANK[best[key]["verdict"]]:
                best[key] = {"verdict": finding["verdict"], "id": finding["id"]}
    return best


def _source(source: Dict, dom: str, claims: List[Dict], verdicts: Dict, anchors: Dict) -> Dict:
    """A source's row and its full text cut into plain and highlighted segments (`claims` are its own)."""
    text, cursor, segments, last = source.get("text", ""), 0, [], ""
    for claim in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        key = (claim["source"], claim["start"], claim["end"])
        if claim["start"] < cursor:  # inside the previous highlight: link to that one
            anchors[key] = last
            continue
        last = anchors[key] = f"{dom}-{claim['start']}-{claim['end']}"
        segments.append({"text": text[cursor:claim["start"]]})
        segments.append({"text": text[claim["start"]:claim["end"]], "id": last,
                         "verdict": verdicts.get(key, {}).get("verdict", "plain"),
                         "title": f"{claim['display']} (line {claim['line']})"})
        cursor = claim["end"]
    segments.append({"text": text[cursor:]})
    return {**{k: v for k, v in source.items() if k != "text"}, "dom": dom, "segments": segments}


def _finding(finding: Dict, doms: Dict, titles: Dict, anchors: Dict, fail_on: str) -> Dict:
    quotes = [_quote(c, doms, titles, anchors) for c in finding["claims"]]
    values = list(dict.fromkeys(c["display"] for c in finding["claims"]))
    about = describe(finding["subject"], finding["attribute"], finding["kind"])
    search = " ".join([finding["id"], about, finding["reason"], *values, *(q["text"] for q in quotes)])
    return {**finding, "about": about, "quotes": quotes, "displays": values,
            "level": severity(finding["verdict"], finding["waived"], fail_on),
            "order": _RANK[finding["verdict"]],
            "source_doms": " ".join(sorted({doms[c["source"]] for c in finding["claims"]})),
            "search": " ".join(search.lower().split())}


def _quote(claim: Dict, doms: Dict, titles: Dict, anchors: Dict) -> Dict:
    """The claim's sentence cut around its value, with a link to it in the full text."""
    quote, offset = claim["quote"], claim["quote_start"]
    start, end = claim["start"] - offset, claim["end"] - offset
    dom = doms[claim["source"]]
    anchor = anchors.get((claim["source"], claim["start"], claim["end"]), f"src-{dom}")
    return {"source": claim["source"], "title": titles[claim["source"]], "dom": dom,
            "line": claim["line"], "display": claim["display"], "href": "#" + anchor,
            "before": _squash(quote[:start]).lstrip(), "value": _squash(quote[start:end]),
            "after": _squash(quote[end:]).rstrip(), "text": _squash(quote)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("crosscheck", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _asset(name: str) -> Markup:
    """Return a static file of the templates folder, inlined as is (ours, not source text)."""
    source, _, _ = _environment().loader.get_source(_environment(), name)
    return Markup(source)
