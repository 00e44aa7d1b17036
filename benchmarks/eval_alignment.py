"""Score alignment against the gold annotation: precision and recall of groups and conflicts.

    python -m benchmarks.eval_alignment [--corpus FOLDER GOLD]...
    python -m benchmarks.eval_alignment SOURCES --gold GOLD

With no corpus named, both corpora of the repository are scored: the five articles in
sources/ and the Mistral 7B excerpts in tests/gold/mistral-7b/.

A finding "hits" a gold group when it holds claims of that group from two or more sources.
Recall is given twice: over all gold groups, and over those whose claims the extractors
found in at least two sources (what alignment alone could have reached).
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Sequence

import yaml

from crosscheck.config import Config
from crosscheck.model import Claim, Finding, Result
from crosscheck.pipeline import check

Span = tuple[str, int, int]  # source id, start, end


def gold_span(text: str, source: str, item: dict) -> Span | None:
    """Locate a gold claim (value text inside a quoted piece of its sentence) in the source."""
    quote = re.search(r"\s+".join(map(re.escape, item["quote"].split())), text)
    if not quote:
        return None
    window_start = max(quote.start() - 300, 0)
    window = text[window_start:quote.end() + 300].lower()
    wanted = item["text"].lower()
    hits = [m.start() + window_start for m in re.finditer(re.escape(wanted), window)]
    if not hits:
        return None
    start = min(hits, key=lambda h: (not (quote.start() <= h < quote.end()), abs(h - quote.start())))
    return source, start, start + len(wanted)


def claim_hits(claim: Claim, span: Span) -> bool:
    source, start, end = span
    return claim.source == source and claim.start < end and start < claim.end


def _spans(items: Sequence[dict], texts: dict[str, str]) -> list[Span]:
    spans = [gold_span(texts[i["source"]], i["source"], i) for i in items if i["source"] in texts]
    missing = [i for i, s in zip(items, spans) if s is None]
    if missing:
        raise SystemExit(f"gold claims not found in their sources: {missing}")
    return spans


def sources_hit(claims: Sequence[Claim], spans: Sequence[Span]) -> set[str]:
    """Return the sources whose gold claims are among `claims`."""
    return {span[0] for span in spans for claim in claims if claim_hits(claim, span)}


def evaluate(result: Result, gold: dict) -> dict:
    """Compare a run's findings with the gold groups and false friends."""
    texts = {s.id: s.text for s in result.sources}
    groups = [(g, _spans(g["claims"], texts)) for g in gold["groups"]]
    hits: dict[str, list[Finding]] = {g["id"]: [] for g, _ in groups}
    spurious = []
    for finding in result.findings:
        matched = [g["id"] for g, spans in groups if len(sources_hit(finding.claims, spans)) >= 2]
        for group_id in matched:
            hits[group_id].append(finding)
        if not matched:
            spurious.append(finding)
    reachable = {g["id"] for g, spans in groups if len(sources_hit(result.claims, spans)) >= 2}
    friends = [(f["why"], _spans(f["pair"], texts)) for f in gold.get("false_friends", [])]
    joined = [why for why, pair in friends for finding in result.findings
              if all(any(claim_hits(c, span) for c in finding.claims) for span in pair)]
    return {"groups": groups, "hits": hits, "spurious": spurious, "reachable": reachable,
            "friends": len(friends), "joined": joined, "findings": result.findings,
            "pairs": pair_counts(result.findings, groups)}


def pair_counts(findings: Sequence[Finding], groups: list) -> tuple[int, int]:
    """Count the cross-source claim pairs of findings whose claims are both gold: (right, all).

    A pair is right when its two claims belong to the same gold group; this catches a claim
    about one thing put into the finding of another, which group-level scores do not see.
    """
    right = total = 0
    for finding in findings:
        labels = [(c.source, _label(c, groups)) for c in finding.claims]
        for n, (source_a, a) in enumerate(labels):
            for source_b, b in labels[n + 1:]:
                if source_a != source_b and a and b:
                    total += 1
                    right += bool(a & b)
    return right, total


def _label(claim: Claim, groups: list) -> set[str]:
    return {g["id"] for g, spans in groups if any(claim_hits(claim, span) for span in spans)}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a (0/0)"


def report(scores: dict) -> str:
    """Render the scores and the misses as plain text."""
    return "\n".join(_rates(scores) + [""] + _misses(scores))


def _right_verdict(scores: dict) -> list:
    """The ids of the gold groups found with a finding of the gold verdict."""
    hits = scores["hits"]
    return [g["id"] for g, _ in scores["groups"]
            if hits[g["id"]] and any(f.verdict == g["verdict"] for f in hits[g["id"]])]


def _rates(scores: dict) -> list:
    """Precision and recall of the groups, the conflicts, the claim pairs and the verdicts."""
    groups, hits, findings = scores["groups"], scores["hits"], scores["findings"]
    found = [g["id"] for g, _ in groups if hits[g["id"]]]
    conflicts_gold = [g["id"] for g, _ in groups if g["verdict"] == "conflict"]
    conflict_findings = [f for f in findings if f.verdict == "conflict"]
    good_conflicts = [f for f in conflict_findings
                      if any(f in hits[g] for g in conflicts_gold)]
    conflicts_found = [g for g in conflicts_gold if any(f.verdict == "conflict" for f in hits[g])]
    return [
        f"findings: {len(findings)}   gold groups: {len(groups)}",
        (f"aligned groups  precision {_ratio(len(findings) - len(scores['spurious']), len(findings))}"
         f"  recall {_ratio(len(found), len(groups))}"
         f"  recall of reachable {_ratio(len(set(found) & scores['reachable']), len(scores['reachable']))}"),
        (f"conflicts       precision {_ratio(len(good_conflicts), len(conflict_findings))}"
         f"  recall {_ratio(len(conflicts_found), len(conflicts_gold))}"),
        f"claim pairs     precision {_ratio(*scores['pairs'])} (cross-source pairs of gold claims)",
        f"verdict right on found groups {_ratio(len(_right_verdict(scores)), len(found))}",
        f"false friends joined {len(scores['joined'])} of {scores['friends']}",
    ]


def _misses(scores: dict) -> list:
    """The gold groups missed or judged wrong, the findings no gold group holds, the false friends."""
    groups, hits, right_verdict = scores["groups"], scores["hits"], _right_verdict(scores)
    lines = ["missed gold groups (* = claims found in two or more sources, so an alignment miss):"]
    lines += [f"  {'*' if g['id'] in scores['reachable'] else ' '} {g['id']} ({g['kind']}, {g['verdict']})"
              for g, _ in groups if not hits[g["id"]]]
    lines.append("wrong verdicts:")
    lines += [f"  {g['id']}: gold {g['verdict']}, found {', '.join(f.verdict for f in hits[g['id']])}"
              for g, _ in groups if hits[g["id"]] and g["id"] not in right_verdict]
    lines.append("findings matching no gold group:")
    lines += [f"  [{f.id}] {f.verdict} {f.kind} {f.subject!r}/{f.attribute!r}: "
              + " | ".join(f"{c.source}: {c.text}" for c in f.claims) for f in scores["spurious"]]
    lines.append("false friends joined:")
    lines += [f"  {why}" for why in scores["joined"]]
    return lines


CORPORA = [("sources", "tests/gold/alignment.yaml"),
           ("tests/gold/mistral-7b", "tests/gold/mistral-7b/alignment.yaml")]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", help="one folder to score against --gold")
    parser.add_argument("--gold", default="tests/gold/alignment.yaml")
    parser.add_argument("--corpus", nargs=2, action="append", metavar=("FOLDER", "GOLD"),
                        help="a folder and its gold file; may be given several times")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args(argv)
    corpora = args.corpus or ([(args.sources, args.gold)] if args.sources else CORPORA)
    config = Config().merged(align_threshold=args.threshold)
    for n, (folder, gold_path) in enumerate(corpora):
        with open(gold_path, encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
        print(("\n" if n else "") + f"== {folder} (gold {gold_path})")
        print(report(evaluate(check([folder], config), gold)))


if __name__ == "__main__":
    main()
