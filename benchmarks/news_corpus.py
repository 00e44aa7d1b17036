"""Real two-outlet news as crosscheck sources: the seeded draw of the gold stories and their files.

    python -m benchmarks.news_corpus PAC_DIR --out DIR [--split tune|check|all|rest|open]

writes each drawn story as a folder of Markdown sources (front matter: title, outlet,
published; the outlet's sentences joined by spaces), the text the gold quotes are found in.
PAC_DIR is the folder holding `story_pairs.jsonl` (the PAC dataset's train split). `rest` is
the stories outside the gold draw: free to read while developing rules; `open` is every story
but the check half (tune and rest), what `benchmarks.speed --news` times.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

import yaml

SEED = 11
DRAWN = 45
TUNE = 30
PAIRS = "story_pairs.jsonl"


def load_stories(folder: str | Path) -> dict[str, dict]:
    """Read the stories of a PAC folder by id; a clear error when the folder is not one."""
    path = Path(folder) / PAIRS
    if not path.is_file():
        raise SystemExit(f"no {PAIRS} in {folder}: give the folder of the PAC news pairs")
    with path.open(encoding="utf-8") as lines:
        stories = (json.loads(line) for line in lines if line.strip())
        return {story["story_id"]: story for story in stories}


def draw(story_ids: list[str], seed: int = SEED) -> dict[str, list[str]]:
    """Draw the gold stories with a seeded sample: the first 30 to tune on, the rest to check."""
    ordered = sorted(story_ids, key=lambda s: int(s.rsplit("_", 1)[-1]))
    sample = random.Random(seed).sample(ordered, DRAWN)
    return {"tune": sample[:TUNE], "check": sample[TUNE:]}


def source_names(story: dict) -> list[str]:
    """One file stem per document: the outlet as a slug, numbered when two outlets share it."""
    names: list[str] = []
    for document in story["documents"]:
        slug = re.sub(r"[^a-z0-9]+", "-", document["source"].lower()).strip("-") or "outlet"
        name, n = slug, 2
        while name in names:
            name, n = f"{slug}-{n}", n + 1
        names.append(name)
    return names


def markdown(document: dict) -> str:
    """A document as a Markdown source: front matter, then its sentences joined by spaces."""
    meta = {"title": document["title"], "outlet": document["source"],
            "published": dt.date.fromisoformat(document["date"])}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n" + " ".join(document["sentences"]) + "\n"


def write_story(story: dict, folder: Path) -> dict[str, Path]:
    """Write one story's documents under `folder`; return each source id's path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, document in zip(source_names(story), story["documents"]):
        path = folder / f"{name}.md"
        path.write_text(markdown(document), encoding="utf-8")
        paths[name] = path
    return paths


def split_ids(stories: dict[str, dict], split: str) -> list[str]:
    """Return the ids of the stories in `split` (tune, check, all, rest or open), in draw order."""
    halves = draw(list(stories))
    halves["all"] = halves["tune"] + halves["check"]
    halves["rest"] = [story_id for story_id in stories if story_id not in halves["all"]]
    halves["open"] = halves["tune"] + halves["rest"]
    return halves[split]


def write_stories(pac: str | Path, out: str | Path, split: str) -> int:
    """Write the stories of `split` under `out`, one sub-folder each; return how many."""
    stories = load_stories(pac)
    wanted = split_ids(stories, split)
    for story_id in wanted:
        write_story(stories[story_id], Path(out) / story_id)
    return len(wanted)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pac", help="folder holding story_pairs.jsonl")
    parser.add_argument("--out", required=True, help="folder to write one sub-folder per story into")
    parser.add_argument("--split", choices=("tune", "check", "all", "rest", "open"), default="tune")
    args = parser.parse_args(argv)
    print(f"{write_stories(args.pac, args.out, args.split)} stories written to {args.out}")


if __name__ == "__main__":
    main()
