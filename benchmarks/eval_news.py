"""Score crosscheck on real reporting: the news gold beside the sample articles and the Mistral gold.

    python -m benchmarks.eval_news PAC_DIR [--split tune|check|all] [--verbose]

PAC_DIR is the folder holding the PAC stories (`story_pairs.jsonl`); each gold story
(tests/gold/news/STORY_N.yaml) is written there as Markdown sources in a temporary folder
and checked on its own. The sample articles (sources/, tests/gold/alignment.yaml) and the
Mistral excerpts (tests/gold/mistral-7b/) are scored the same way, so one run shows every
corpus side by side. Per corpus and in total it prints:

- facts both sources state that were aligned with a verdict the gold accepts, by kind;
- real conflicts found / gold conflicts (facts whose accepted verdicts include conflict);
- conflict precision (reported conflicts that hold a gold conflict) and false conflicts per story;
- false friends merged (two mentions of different facts in one finding).

`--verbose` lists every missed fact and every false conflict with its quotes and a cause:
extraction (a mention was not read), alignment (read on both sides, never put together, or
different facts put together) or comparison (put together, verdict not accepted).
"""
from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from benchmarks.eval_alignment import Span, claim_hits, gold_span
from benchmarks.news_corpus import load_stories, write_story
from crosscheck.config import Config
from crosscheck.model import Finding, Result
from crosscheck.pipeline import check

NEWS_GOLD = Path("tests/gold/news")
OLDER = [("sample articles", "sources", "tests/gold/alignment.yaml"),
         ("mistral-7b", "tests/gold/mistral-7b", "tests/gold/mistral-7b/alignment.yaml")]
KINDS = ("date", "figure", "entity")


@dataclass
class Fact:
    """A gold group located in a run's texts."""

    story: str
    id: str
    kind: str
    verdicts: tuple[str, ...]
    spans: list[Span]

    @property
    def is_conflict(self) -> bool:
        return "conflict" in self.verdicts


@dataclass
class Tally:
    """What one corpus (or all of them) scored."""

    stories: int = 0
    facts: Counter = field(default_factory=Counter)  # by kind
    verdicts: Counter = field(default_factory=Counter)  # by the accepted verdicts, "agreement/compatible"
    aligned: Counter = field(default_factory=Counter)  # by kind, with an accepted verdict
    gold_conflicts: int = 0
    conflicts_found: int = 0
    reported: int = 0  # conflict findings
    true_reported: int = 0
    friends: int = 0
    friends_merged: int = 0
    misses: list[str] = field(default_factory=list)
    false_conflicts: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("stories", "gold_conflicts", "conflicts_found", "reported", "true_reported",
                     "friends", "friends_merged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.facts.update(other.facts)
        self.verdicts.update(other.verdicts)
        self.aligned.update(other.aligned)
        self.misses += other.misses
        self.false_conflicts += other.false_conflicts


def locate(items: Iterable[dict], texts: dict[str, str], where: str) -> list[Span]:
    """Find each gold mention in its source's text; a mention not found is a broken gold file."""
    spans = []
    for item in items:
        span = gold_span(texts[item["source"]], item["source"], item) if item["source"] in texts else None
        if span is None:
            raise SystemExit(f"{where}: gold mention not found in {item['source']}: {item['quote']!r}")
        spans.append(span)
    return spans


def facts_of(gold: dict, texts: dict[str, str], story: str) -> list[Fact]:
    return [Fact(story, group["id"], group["kind"],
                 tuple(group.get("verdicts") or [group["verdict"]]),
                 locate(group["claims"], texts, f"{story}/{group['id']}"))
            for group in gold.get("groups", [])]


def holds(finding: Finding, spans: Sequence[Span]) -> bool:
    """Whether a finding holds gold mentions of two or more sources."""
    return len({span[0] for span in spans
                for claim in finding.claims if claim_hits(claim, span)}) >= 2


def score(result: Result, gold: dict, story: str) -> Tally:
    """Score one run against its gold."""
    texts = {source.id: source.text for source in result.sources}
    facts = facts_of(gold, texts, story)
    friends = [(f["why"], locate(f["pair"], texts, f"{story}/false friend"))
               for f in gold.get("false_friends", [])]
    tally = Tally(stories=1, friends=len(friends))
    for fact in facts:
        _score_fact(tally, fact, result)
    for finding in result.findings:
        if finding.verdict == "conflict":
            _score_conflict(tally, finding, facts, friends, story)
    tally.friends_merged = sum(
        any(all(any(claim_hits(c, span) for c in finding.claims) for span in pair)
            for finding in result.findings)
        for _, pair in friends)
    return tally


def _score_fact(tally: Tally, fact: Fact, result: Result) -> None:
    tally.facts[fact.kind] += 1
    tally.verdicts["/".join(sorted(fact.verdicts))] += 1
    tally.gold_conflicts += fact.is_conflict
    found = [finding for finding in result.findings if holds(finding, fact.spans)]
    if any(finding.verdict in fact.verdicts for finding in found):
        tally.aligned[fact.kind] += 1
    if fact.is_conflict and any(finding.verdict == "conflict" for finding in found):
        tally.conflicts_found += 1
    if not any(finding.verdict in fact.verdicts for finding in found):
        tally.misses.append(_miss(fact, found, result))


def _miss(fact: Fact, found: list[Finding], result: Result) -> str:
    read = {span[0] for span in fact.spans for claim in result.claims if claim_hits(claim, span)}
    if len(read) < 2:
        unread = sorted({span[0] for span in fact.spans} - read)
        cause = f"extraction: nothing read in {', '.join(unread)}"
    elif not found:
        cause = "alignment: read on both sides, never put together"
    else:
        cause = f"comparison: reported {', '.join(sorted({f.verdict for f in found}))}"
    quotes = "; ".join(f"{source}: {_excerpt(result, source, start, end)!r}"
                       for source, start, end in fact.spans)
    return f"{fact.story} {fact.id} ({fact.kind}, gold {'/'.join(fact.verdicts)}) -- {cause}\n      {quotes}"


def _score_conflict(tally: Tally, finding: Finding, facts: list[Fact], friends: list, story: str) -> None:
    tally.reported += 1
    about = [fact for fact in facts if holds(finding, fact.spans)]
    if any(fact.is_conflict for fact in about):
        tally.true_reported += 1
        return
    if about:
        cause = f"comparison: gold says {'/'.join(about[0].verdicts)} for {about[0].id}"
    elif any(all(any(claim_hits(c, span) for c in finding.claims) for span in pair) for _, pair in friends):
        cause = "alignment: a false friend pair put together"
    else:
        cause = "alignment or extraction: no gold fact (different facts put together, or a value misread)"
    claims = "\n".join(f"      {c.source}: {c.text!r} = {_value(c.value)} in {c.quote[:160]!r}"
                       for c in finding.claims)
    tally.false_conflicts.append(f"{story} [{finding.id}] {finding.kind} "
                                 f"{finding.subject!r}/{finding.attribute!r} -- {cause}\n{claims}")


def _excerpt(result: Result, source: str, start: int, end: int) -> str:
    text = next(s.text for s in result.sources if s.id == source)
    return text[max(start - 40, 0):end + 40].replace("\n", " ")


def _value(value) -> str:
    if value is None:
        return "unresolved"
    fields = getattr(value, "__dataclass_fields__", {})
    return "{" + ", ".join(f"{name}={getattr(value, name)}" for name in fields) + "}"


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a (0/0)"


def render(name: str, tally: Tally) -> list[str]:
    facts, aligned = sum(tally.facts.values()), sum(tally.aligned.values())
    by_kind = "  ".join(f"{kind} {ratio(tally.aligned[kind], tally.facts[kind])}" for kind in KINDS)
    false = tally.reported - tally.true_reported
    return [
        f"== {name}: {tally.stories} stories, {facts} shared facts, {tally.gold_conflicts} gold conflicts, "
        f"{tally.friends} false friends",
        "  gold facts  " + "  ".join(f"{kind} {tally.facts[kind]}" for kind in KINDS)
        + "   accepted verdicts  "
        + "  ".join(f"{verdicts} {n}" for verdicts, n in sorted(tally.verdicts.items())),
        f"  facts aligned with an accepted verdict  {ratio(aligned, facts)}   {by_kind}",
        f"  real conflicts found                    {ratio(tally.conflicts_found, tally.gold_conflicts)}",
        f"  conflict precision                      {ratio(tally.true_reported, tally.reported)}"
        f"   false conflicts per story {false / tally.stories if tally.stories else 0:.3f} ({false})",
        f"  false friends merged                    {tally.friends_merged} of {tally.friends}",
    ]


def golds(split: str, gold_dir: Path = NEWS_GOLD) -> list[dict]:
    """Return the gold stories of a split ("tune", "check" or "all"), in story order."""
    found = []
    for path in sorted(gold_dir.glob("STORY_*.yaml"), key=lambda p: int(p.stem.split("_")[1])):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if split in ("all", gold["split"]):
            found.append(gold)
    return found


def news(pac: str, split: str, gold_dir: Path = NEWS_GOLD, config: Config | None = None) -> dict[str, Tally]:
    """Score every gold story of the split, one run per story; a tally per half."""
    stories = load_stories(pac)
    tallies: dict[str, Tally] = {}
    for gold in golds(split, gold_dir):
        with tempfile.TemporaryDirectory() as folder:
            write_story(stories[gold["story"]], Path(folder))
            result = check([folder], config or Config(jobs=1))
        tallies.setdefault(f"news {gold['split']}", Tally()).add(score(result, gold, gold["story"]))
    return tallies


def older(config: Config | None = None) -> dict[str, Tally]:
    """Score the sample articles and the Mistral excerpts against their gold files."""
    tallies = {}
    for name, folder, gold_path in OLDER:
        gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
        tallies[name] = score(check([folder], config or Config(jobs=1)), gold, name)
    return tallies


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pac", help="the folder holding story_pairs.jsonl (the PAC train split)")
    parser.add_argument("--split", choices=("tune", "check", "all"), default="tune",
                        help="which half of the news gold to score (default: tune)")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false conflict")
    args = parser.parse_args(argv)
    tallies = {**news(args.pac, args.split), **older()}
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    lines = []
    for name, tally in [*tallies.items(), ("total", total)]:
        lines += render(name, tally)
        if args.verbose and name != "total":
            lines += ["  missed facts:"] + [f"    {m}" for m in tally.misses]
            lines += ["  false conflicts:"] + [f"    {f}" for f in tally.false_conflicts]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
