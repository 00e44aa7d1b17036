"""Score yearless and relative dates in real news: the hand-checked sample of 100.

    python -m benchmarks.eval_relative_dates PAC_DIR [--verbose]
    python -m benchmarks.eval_relative_dates PAC_DIR --draw 120   # the candidates, to label

tests/gold/news/relative_dates.yaml holds 100 dates ("Friday", "by Sept. 27", "last week",
"the November election") drawn at random (`draw`, seeded) from the PAC train stories outside
the check half, each resolved by hand from its sentence and its document's publication date.
Each story is written as Markdown sources (`news_corpus.write_story`); a date counts as right
when crosscheck reads a mention overlapping its text in its quote with the expected value.
`--verbose` lists the wrong ones with what was read and how it was resolved.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import tempfile
from pathlib import Path

import yaml

from benchmarks.news_corpus import draw as draw_gold
from benchmarks.news_corpus import load_stories, source_names, write_story
from crosscheck.extract import dates
from crosscheck.load import load_sources

GOLD = Path("tests/gold/news/relative_dates.yaml")
SEED = 2026
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH = (r"January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.")
# What the draw looks for, independently of crosscheck's own patterns, so that a date it does
# not read is drawn as often as one it does: a weekday, a month (with a day) not followed by a
# year, a relative phrase. Candidates that are not dates ("May" the verb) are skipped by hand.
CANDIDATE = re.compile(rf"""
  \b(?i:last|this|next|coming)\s+(?i:year|month|week|quarter|spring|summer|fall|autumn|winter)\b
| \b(?i:earlier|later)\s+this\s+(?i:year|month|week)\b
| \b(?i:yesterday|tomorrow)\b
| \b(?:{_WEEKDAY})\b
| \b(?:{_MONTH})(?:\s+\d{{1,2}}\b)?(?!\s?,?\s+\d{{4}})(?![\w.])
| \b\w+\s+(?i:years?|months?|weeks?|days?)\s+ago\b
""", re.VERBOSE)


def draw(stories: dict, count: int) -> list[dict]:
    """Return `count` candidates drawn at random from the stories outside the check half."""
    check = set(draw_gold(list(stories))["check"])
    found = []
    for story_id in sorted(stories, key=lambda s: int(s.rsplit("_", 1)[-1])):
        if story_id in check:
            continue
        story = stories[story_id]
        for name, document in zip(source_names(story), story["documents"]):
            text = " ".join(document["sentences"])
            found += [{"story": story_id, "source": name, "published": document["date"], "text": match[0],
                       "context": text[max(0, match.start() - 200):match.end() + 100]}
                      for match in CANDIDATE.finditer(text)]
    random.Random(SEED).shuffle(found)
    return found[:count]


def score(pac: str, verbose: bool = False) -> tuple[int, int]:
    """Return (right, total) over the gold sample; print each wrong one if `verbose`."""
    stories = load_stories(pac)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["dates"]
    right = 0
    with tempfile.TemporaryDirectory() as folder:
        sources = {}
        for story_id in sorted({entry["story"] for entry in gold}):
            for name, path in write_story(stories[story_id], Path(folder) / story_id).items():
                sources[story_id, name] = load_sources([str(path)])[0]
        for entry in gold:
            source = sources[entry["story"], entry["source"]]
            read = _read(source, entry)
            ok = read is not None and _value(read.value) == _expected(entry["expected"])
            right += ok
            if verbose and not ok:
                what = f"{read.text!r} -> {_value(read.value)} ({read.resolution})" if read else "not read"
                print(f"  {entry['story']}/{entry['source']} {entry['published']} {entry['quote']!r}: "
                      f"want {_expected(entry['expected'])}, got {what}")
    return right, len(gold)


def _read(source, entry: dict):
    """Return the date mention overlapping the entry's text inside its quote, or None."""
    quote_at = source.text.find(entry["quote"])
    if quote_at < 0:
        raise SystemExit(f"quote not found in {entry['story']}/{entry['source']}: {entry['quote']!r}")
    start = quote_at + entry["quote"].index(entry["text"])
    end = start + len(entry["text"])
    overlapping = [m for m in dates.extract(source) if m.start < end and start < m.end]
    return overlapping[0] if overlapping else None


def _value(value) -> tuple | None:
    return None if value is None else (value.start, value.end, value.granularity)


def _expected(expected: dict) -> tuple:
    return tuple(_day(expected[key]) for key in ("start", "end")) + (expected["granularity"],)


def _day(value) -> dt.date | None:
    return value if value is None or isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pac", help="folder holding story_pairs.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list every date resolved wrong")
    parser.add_argument("--draw", type=int, help="print this many drawn candidates instead of scoring")
    args = parser.parse_args()
    if args.draw:
        for found in draw(load_stories(args.pac), args.draw):
            where = f"{found['story']}/{found['source']} {found['published']}"
            print(f"{where} {found['text']!r}: {found['context']!r}")
        return
    right, total = score(args.pac, args.verbose)
    print(f"relative dates (hand-checked sample, {GOLD}): {right}/{total} right "
          f"({100 * right / total:.0f}%)")


if __name__ == "__main__":
    main()
