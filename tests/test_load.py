"""Bad input: each unreadable file gets a clear message in its source's `errors` and the
rest of the run goes on; exit status 2 only when nothing is readable or usage is wrong."""
import hashlib
import io
import json
import os

import pytest
from runner import run_cli

from crosscheck.formats import FormatError
from crosscheck.load import _read_up_to, discover, load_sources, read_source

# fortune-2024-11-19
FORTUNE = "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"
# nbcnews-meta-free-ai-models
NBC = "Meta released Llama 2 on July 18, 2023, free for research and commercial use.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "fortune.txt").write_text(FORTUNE, encoding="utf-8")
    (tmp_path / "nbc.md").write_text(NBC, encoding="utf-8")
    return tmp_path


def _errors(folder):
    return {source.id: source.errors for source in load_sources([str(folder)])}


def _good_ones_read(folder):
    sources = {source.id: source for source in load_sources([str(folder)])}
    assert sources["fortune"].text == FORTUNE and sources["fortune"].errors == ()
    assert sources["nbc"].text == NBC and sources["nbc"].errors == ()
    return sources


BAD_FILES = [
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
                 "binary or undecodable", id="binary"),
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.md", b"  \r\n\n", "empty file", id="whitespace only"),
    pytest.param("garbage.txt", bytes(range(128, 256)) * 3 + b"\x00\x81\x8d", "binary or undecodable",
                 id="invalid encoding"),
]


@pytest.mark.parametrize("name, content, message", BAD_FILES)
def test_bad_file_is_reported_and_the_rest_goes_on(folder, name, content, message):
    (folder / name).write_bytes(content)
    sources = _good_ones_read(folder)
    bad = sources[name.split(".")[0]]
    assert bad.text == "" and message in bad.errors[0], bad.errors


def test_file_over_the_size_limit(folder):
    with open(folder / "dump.txt", "wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: 50 MiB on paper, nothing on disk
    sources = _good_ones_read(folder)
    assert "50.0 MiB, over the 32 MiB limit" in sources["dump"].errors[0]


@pytest.mark.parametrize("size_at_stat, on_disk, reads", [
    (8, 8, True),     # as stat said
    (5, 8, True),     # grew since its stat, still within the limit
    (5, 11, False),   # grew past the limit between stat and read
])
def test_a_file_that_grows_while_read_stays_within_the_limit(size_at_stat, on_disk, reads):
    handle = io.BytesIO(b"x" * on_disk)
    if reads:
        assert _read_up_to(handle, size_at_stat, max_bytes=10) == b"x" * on_disk
    else:
        with pytest.raises(FormatError, match="grew past the 0 MiB limit"):
            _read_up_to(handle, size_at_stat, max_bytes=10)


def test_symlink_loops_neither_hang_nor_stop_the_run(folder):
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    os.symlink(folder, folder / "back")  # a folder loop: not followed
    sources = _good_ones_read(folder)
    assert set(sources) == {"a", "b", "fortune", "nbc"}
    assert "symbolic links" in sources["a"].errors[0]


def test_fifo_named_like_a_source_is_not_opened(folder):
    # Opening a FIFO for reading would block forever; it must be refused, not read.
    os.mkfifo(folder / "pipe.txt")
    assert "not a regular file" in _good_ones_read(folder)["pipe"].errors[0]


def test_permission_denied(folder, monkeypatch):
    # Tests run as root, for whom chmod 000 does not stop reads; make the read raise instead.
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    (folder / "secret.txt").write_text(NBC)
    monkeypatch.setattr("crosscheck.load.open", refusing_open, raising=False)
    assert _good_ones_read(folder)["secret"].errors == ("cannot read: Permission denied",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_bits(folder):
    (folder / "secret.txt").write_text(NBC)
    os.chmod(folder / "secret.txt", 0)
    assert _good_ones_read(folder)["secret"].errors == ("cannot read: Permission denied",)


def test_ten_thousand_files(tmp_path):
    for n in range(10_000):
        (tmp_path / f"note-{n:05d}.txt").write_text(f"Note {n}: Llama 2 was released on July 18, 2023.\n")
    sources = load_sources([str(tmp_path)])
    assert len(sources) == 10_000 and len({s.id for s in sources}) == 10_000
    assert sources[9_999].text == "Note 9999: Llama 2 was released on July 18, 2023.\n"
    assert not any(s.errors for s in sources)


MANIFESTS = [
    pytest.param(b"\x00\xff\xfe binary \x00", "manifest.csv: unreadable", id="binary manifest"),
    pytest.param(b"name,title\nfortune.txt,Fortune\n", "manifest.csv: no 'file' column", id="no file column"),
    pytest.param(b'file,title\n"fortune.txt,Fortune\n', None, id="unclosed quote"),
    pytest.param(b"file,published\nfortune.txt,19/11/2024\n", "not an ISO date", id="bad date"),
]


@pytest.mark.parametrize("content, message", MANIFESTS)
def test_malformed_manifest_is_reported_and_the_files_are_read(folder, content, message):
    (folder / "manifest.csv").write_bytes(content)
    sources = {source.id: source for source in load_sources([str(folder)])}
    assert sources["fortune"].text == FORTUNE and sources["nbc"].text == NBC
    if message:
        assert any(message in error for error in sources["fortune"].errors), sources["fortune"].errors


def test_explicit_symlink_loop_path_is_a_source_error(tmp_path):
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    assert discover([str(tmp_path / "loop.txt")]) == [str(tmp_path / "loop.txt")]
    assert "symbolic links" in read_source(str(tmp_path / "loop.txt")).errors[0]


# --- the command line: exit status and report --------------------------------------------------

def _run(*args):
    return run_cli("check", *args, "--isolated")


def test_one_bad_source_is_listed_with_its_error_and_exits_2_only_when_told(folder):
    (folder / "empty.txt").write_bytes(b"")
    assert _run(str(folder), "--format", "json", "--fail-on-error").exit_code == 2
    result = _run(str(folder), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert "empty.txt: empty file: no text to check" in result.stderr
    report = json.loads(result.stdout)
    errors = {s["id"]: s["errors"] for s in report["sources"]}
    assert errors["empty"] == ["empty file: no text to check"] and errors["fortune"] == []


@pytest.mark.parametrize("command", ["check", "extract"])
def test_nothing_readable_is_exit_status_2(tmp_path, command):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli(command, tmp_path, "--isolated")
    assert result.exit_code == 2
    assert "no readable source" in result.stderr and "empty file" in result.stderr


@pytest.mark.parametrize("setting, message", [
    ("[crosscheck\njobs = two\n", "setup.cfg"),
    ("[crosscheck]\njobs = two\n", "[crosscheck] jobs = 'two': must be a whole number"),
    ("[crosscheck]\nengine = spark\n", "[crosscheck] engine = 'spark': must be one of local, dask"),
    ("[crosscheck]\njobs = -3\n", "jobs = '-3': must be a whole number, 0 or more"),
])
def test_malformed_config_is_exit_status_2(folder, setting, message):
    (folder / "setup.cfg").write_text(setting)
    result = run_cli("check", folder, "--config", folder / "setup.cfg")
    assert result.exit_code == 2 and message in result.stderr, (setting, result.stderr)


def test_malformed_front_matter_is_reported_and_the_text_kept(folder):
    text = "---\ntitle: [unclosed\npublished: 2024-11-19\n---\n" + FORTUNE
    (folder / "front.md").write_text(text, encoding="utf-8")
    source = {s.id: s for s in load_sources([str(folder)])}["front"]
    assert source.text == text and source.errors[0].startswith("front matter is not valid YAML")


def test_report_written_atomically_and_sources_untouched(folder):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    out = folder.parent / "out" / "report.json"
    result = _run(str(folder), "--format", "json", "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    assert json.loads(out.read_text())["schema"] == "crosscheck-report/1"
    assert os.listdir(out.parent) == ["report.json"]  # no temporary file left behind
    assert before == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_found_files_keep_the_given_path_and_read_from_an_absolute_one(folder, monkeypatch):
    # Workers elsewhere (Dask) do not share our working folder; reports keep the path as given.
    from crosscheck.load import find_sources, read_file

    monkeypatch.chdir(folder.parent)
    found = find_sources([folder.name])
    assert [f.path for f in found] == [os.path.join(folder.name, name) for name in ("fortune.txt", "nbc.md")]
    assert all(os.path.isabs(f.location) for f in found)
    monkeypatch.chdir("/")
    assert read_file(found[0]).text == FORTUNE and read_file(found[0]).path == found[0].path


# fortune-2024-11-19: its first lines, the dateline above the headline.
DATELINE = "Tuesday, November 19, 2024"
HEADLINE = "How Mark Zuckerberg went all-in to make Meta a major AI player and threaten OpenAI’s dominance"
LONG_LEDE = FORTUNE.strip() * 40  # one line of thousands of characters
TOP_LINES = [
    pytest.param(f"{DATELINE}\nBusiness\n\n{HEADLINE}\n\n" + FORTUNE * 60, DATELINE, "2024-11-19", id="dateline first"),
    pytest.param(f"{LONG_LEDE}\n{DATELINE}\n{HEADLINE}\n", LONG_LEDE[:120], "2024-11-19", id="after a long line"),
    pytest.param(f"{LONG_LEDE}\n\n\n\n\n{DATELINE}\n", LONG_LEDE[:120], None, id="sixth line is too late"),
    pytest.param("\n" * 3000 + f"{HEADLINE}\n", HEADLINE[:120], None, id="headline after many blank lines"),
    # A CR LF pair that straddles 2 KiB into the text (where a first look at it ends) is one break.
    pytest.param(f"{LONG_LEDE[:2047]}\r\nBusiness\r\n\r\n{DATELINE}\r\n" + FORTUNE * 60,
                 LONG_LEDE[:120], "2024-11-19", id="CR LF across 2 KiB"),
    pytest.param(f"---\noutlet: Fortune\n---\n{DATELINE}\n{HEADLINE}\n" + FORTUNE * 60, DATELINE, "2024-11-19",
                 id="dateline after front matter"),
]


@pytest.mark.parametrize("text, title, published", TOP_LINES)
def test_title_and_dateline_come_from_the_first_lines(tmp_path, text, title, published):
    path = tmp_path / "article.md"
    path.write_bytes(text.encode("utf-8"))
    source = read_source(str(path))
    assert (source.title, str(source.published) if source.published else None) == (title, published), text[:200]
    assert source.published_from == ("dateline" if published else "")
