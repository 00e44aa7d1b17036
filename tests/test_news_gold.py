"""The news gold is well formed: every quote is found once in its story's text, holding its value.

The article text is not in the repository; it is read from the PAC folder beside the checkout
(`../shared/external/pac_train`, or the folder named by CROSSCHECK_PAC).
"""
import pytest
import yaml
from runner import PAC, REPO

from benchmarks.news_corpus import load_stories, markdown, source_names

GOLD = REPO / "tests" / "gold" / "news"
STORY_FILES = sorted(GOLD.glob("STORY_*.yaml"))


@pytest.fixture(scope="module")
def stories():
    if not (PAC / "story_pairs.jsonl").is_file():
        pytest.skip(f"the PAC news folder is not at {PAC} (set CROSSCHECK_PAC to it)")
    return load_stories(PAC)


def _mentions(gold):
    for group in gold.get("groups", []):
        yield from group["claims"]
    for friend in gold.get("false_friends", []):
        yield from friend["pair"]


def test_the_split_names_45_stories_once():
    split = yaml.safe_load((GOLD / "split.yaml").read_text(encoding="utf-8"))
    drawn = split["tune"] + split["check"]
    assert (len(split["tune"]), len(split["check"]), len(set(drawn))) == (30, 15, 45)
    assert {path.stem for path in STORY_FILES} <= set(drawn)


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: p.stem)
def test_every_quote_is_found_once_and_holds_its_value(path, stories):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    story = stories[gold["story"]]
    texts = {name: markdown(doc) for name, doc in zip(source_names(story), story["documents"])}
    for item in _mentions(gold):
        text = texts.get(item["source"])
        assert text is not None, f"{path.stem}: no source {item['source']!r} (have {sorted(texts)})"
        assert text.count(item["quote"]) == 1, f"{path.stem}: {item['quote']!r} found {text.count(item['quote'])} times"
        assert item["text"] in item["quote"], f"{path.stem}: {item['text']!r} not in {item['quote']!r}"


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: p.stem)
def test_every_group_is_stated_by_both_outlets(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    for group in gold.get("groups", []):
        assert group["kind"] in ("date", "figure", "entity"), group["id"]
        assert set(group["verdicts"]) <= {"agreement", "compatible", "conflict"}, group["id"]
        assert len({claim["source"] for claim in group["claims"]}) == 2, group["id"]
    assert len(gold.get("false_friends", [])) <= 5
