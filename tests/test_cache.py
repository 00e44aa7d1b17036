"""The claims cache: a run after one file changed extracts that file alone, and reports the same bytes."""
import os
import shutil
import threading

import pytest

import crosscheck.model
import crosscheck.pipeline
from crosscheck.cache import LAYOUT, ClaimsCache, cache_folder, code_fingerprint
from crosscheck.cli import cli
from crosscheck.config import Config, load_config
from crosscheck.pipeline import check
from crosscheck.report import render
from tests.runner import REPO, cli_runner

# A real sentence of the sample corpus, and the same sentence with its date changed.
SENTENCE = "On July 18, 2023, Meta released Llama 2"
CHANGED = "On July 19, 2023, Meta released Llama 2"


@pytest.fixture
def sample(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(REPO / "sources", folder)
    return folder


@pytest.fixture
def extracted(monkeypatch):
    """Return the list of source ids extracted (not taken from the cache) in this process."""
    seen = []
    extract = crosscheck.pipeline.extract_reporting

    def counting(source, extractors=None):
        seen.append(source.id)
        return extract(source, extractors)

    monkeypatch.setattr(crosscheck.pipeline, "extract_reporting", counting)
    return seen


def _report(folder, cache, **settings):
    return render(check([str(folder)], Config(jobs=1, cache=cache, **settings)), "json")


def _entries(cache_dir):
    root = os.path.join(cache_dir, LAYOUT)
    return sorted(os.path.join(r, name) for r, _, names in os.walk(root) for name in names)


def test_a_run_after_one_file_changed_extracts_that_file_alone_and_reports_the_same_bytes(
        sample, tmp_path, extracted):
    cache = str(tmp_path / "cache")
    first = _report(sample, cache)
    assert len(extracted) == 5 and len(_entries(cache)) == 5
    assert _report(sample, cache) == first and len(extracted) == 5  # nothing changed, nothing extracted
    article = sample / "fortune-2024-11-19.txt"
    text = article.read_text(encoding="utf-8")
    assert SENTENCE in text
    article.write_text(text.replace(SENTENCE, CHANGED), encoding="utf-8")
    again = _report(sample, cache)
    assert extracted[5:] == ["fortune-2024-11-19"]
    assert again == _report(sample, "off") != first
    assert "July 19, 2023" in again


def test_the_cache_is_used_whatever_the_folder_is_called_and_reports_the_path_given(sample, tmp_path, extracted,
                                                                                     monkeypatch):
    cache = str(tmp_path / "cache")
    _report(sample, cache)
    monkeypatch.chdir(sample.parent)
    assert _report("sample", cache) == _report("sample", "off")
    assert extracted.count("fortune-2024-11-19") == 2  # the first run and the uncached one


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],  # cut short, as by a full disk
    lambda data: data[:-10] + b"0123456789",  # bytes changed
    lambda data: b"",
    lambda data: b"not a cache entry at all",
])
def test_a_damaged_entry_is_ignored_and_written_anew(sample, tmp_path, extracted, damage):
    cache = str(tmp_path / "cache")
    first = _report(sample, cache)
    entries = _entries(cache)
    for entry in entries:
        with open(entry, "rb") as handle:
            data = handle.read()
        with open(entry, "wb") as handle:
            handle.write(damage(data))
    assert _report(sample, cache) == first
    assert len(extracted) == 10  # every damaged source extracted again
    store = ClaimsCache(cache, code_fingerprint())
    assert all(store.get(os.path.basename(entry)) is not None for entry in _entries(cache))
    assert _entries(cache) == entries


def test_what_decides_the_claims_is_in_the_key(corpus, tmp_path, extracted):
    files = {"a.txt": "Llama 2 was released on July 18, 2023.\n", "b.txt": "Llama 2 was released in July 2023.\n"}
    folder = corpus(files, manifest="file,title\na.txt,First title\n")
    cache = str(tmp_path / "cache")
    _report(folder, cache)
    assert _report(folder, cache, extractors=("dates",)) == _report(folder, "off", extractors=("dates",))
    with open(os.path.join(folder, "manifest.csv"), "w", encoding="utf-8") as handle:
        handle.write("file,title\na.txt,Second title\n")
    assert "Second title" in _report(folder, cache)
    assert extracted.count("a") == 4  # all, dates only (cached, then not), the new title


def test_runs_at_the_same_time_share_a_cache_and_each_reports_the_same_bytes(sample, tmp_path):
    cache = str(tmp_path / "cache")
    expected = _report(sample, "off")
    reports = []
    runs = [threading.Thread(target=lambda: reports.append(_report(sample, cache))) for _ in range(4)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()
    assert reports == [expected] * 4
    assert len(_entries(cache)) == 5  # whole entries only: no temporary file left behind


def test_the_cache_folder_is_the_users_unless_named_or_off(tmp_path):
    assert cache_folder(None) == os.path.join(os.environ["XDG_CACHE_HOME"], "crosscheck")  # tests/conftest.py
    assert cache_folder("off") is None and cache_folder("OFF") is None
    assert cache_folder(str(tmp_path / "mine")) == str(tmp_path / "mine")


def test_the_cli_caches_in_the_users_cache_folder_unless_told_otherwise(sample, tmp_path):
    runner = cli_runner()
    users = os.path.join(os.environ["XDG_CACHE_HOME"], "crosscheck")  # tests/conftest.py
    plain = runner.invoke(cli, ["check", str(sample), "--format", "json", "--no-cache"])
    assert not os.path.exists(users)
    cached = [runner.invoke(cli, ["check", str(sample), "--format", "json"]) for _ in range(2)]
    assert len(_entries(users)) == 5
    named = runner.invoke(cli, ["check", str(sample), "--format", "json", "--cache", str(tmp_path / "mine")])
    assert len(_entries(str(tmp_path / "mine"))) == 5
    assert {result.exit_code for result in [plain, *cached, named]} == {1}  # the sample has conflicts
    assert {result.stdout for result in [plain, *cached, named]} == {plain.stdout}


@pytest.mark.parametrize("written, expected", [
    ("off", "off"), ("OFF ; no cache in CI", "off"), (".crosscheck-cache", "project/.crosscheck-cache"),
])
def test_the_cache_setting_in_a_config_file(tmp_path, written, expected):
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "setup.cfg").write_text(f"[crosscheck]\ncache = {written}\n", encoding="utf-8")
    assert load_config(str(tmp_path / "project" / "setup.cfg")).cache == expected


def _aged(path, days):
    when = os.stat(path).st_mtime - days * 24 * 3600
    os.utime(path, (when, when))


def test_pruning_removes_old_entries_of_other_code_then_the_least_recently_used(sample, tmp_path):
    from crosscheck.cache import LIMIT_BYTES, prune

    folder = str(tmp_path / "cache")
    _report(sample, folder)  # five entries of this code
    ours = _entries(folder)
    other = ClaimsCache(os.path.abspath(folder), "0" * 64)  # what an older crosscheck left
    for name, days in (("a" * 64, 8), ("b" * 64, 1)):
        other.put(name, (crosscheck.model.Source(id=name, path=name, text="x"), []))
        _aged(other.path(name), days)
    cache = ClaimsCache(os.path.abspath(folder), code_fingerprint())
    assert prune(cache, LIMIT_BYTES, force=True) == 1 and other.get("a" * 64) is None and other.get("b" * 64)
    for days, entry in enumerate(ours):  # the first entry used last, the last used first
        _aged(entry, days + 2)
    _aged(other.path("b" * 64), 1)
    sizes = {entry: os.path.getsize(entry) for entry in ours}
    limit = sizes[ours[0]] + sizes[ours[1]] + os.path.getsize(other.path("b" * 64))
    assert prune(cache, limit, force=True) == 3
    assert _entries(folder) == sorted([ours[0], ours[1], other.path("b" * 64)])
    assert prune(cache, 0) == 0, "pruned less than an hour ago: left as it is"


def test_a_run_uses_what_pruning_left_and_reports_the_same_bytes(sample, tmp_path, extracted):
    from crosscheck.cache import prune

    folder = str(tmp_path / "cache")
    first = _report(sample, folder)
    prune(ClaimsCache(os.path.abspath(folder), code_fingerprint()), 0, force=True)
    assert _entries(folder) == [] and _report(sample, folder) == first and len(extracted) == 10
