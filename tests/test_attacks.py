"""Attacks on crosscheck's reliability: one row per failure an attack found, input -> outcome.

Each row writes a folder of sources (real sentences of the sample articles, with the hostile
part added), runs `crosscheck check` or `extract` as a user would, and states what must come
out: the values still found, the error listed in the source's `errors` and on stderr, the exit
status. No row times anything; the cost of hostile input is measured by `benchmarks.hostile`.
"""
from __future__ import annotations

import json
import os
import re
import stat
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Sequence, Union

import pytest
from runner import run_cli

# fortune-2024-11-19
FORTUNE = "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"
FORTUNE_LLAMA3 = ("By the time Llama 3 models were released in April and July 2024, Llama had mostly "
                  "caught up to its closed-source rivals in speed and accuracy.\n")
# nbcnews-meta-free-ai-models
NBC = "Meta released Llama 2 on July 18, 2023, free for research and commercial use.\n"
# egoistai-zuckerberg-ai-pivot
EGOISTAI_LLAMA3 = "• Llama 3 (April 2024): The latest iteration significantly raised the bar.\n"


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    folder: str

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)

    def errors(self, source_id: str) -> list:
        return next(s["errors"] for s in self.report["sources"] if s["id"] == source_id)

    def ids(self) -> list:
        return [s["id"] for s in self.report["sources"]]

    def mentions(self) -> list:
        return [json.loads(line) for line in self.stdout.splitlines()]


Files = Dict[str, Union[str, bytes]]


def _write(folder: str, files: Files) -> None:
    for name, content in files.items():
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)


def _run(folder: str, command: str, args: Sequence[str]) -> Outcome:
    argv = [command, *[a.format(folder=folder) for a in args], "--jobs", "1"]
    if "--config" not in args:
        argv += ["--isolated"]
    if command == "check" and "--format" not in args:
        argv += ["--format", "json"]
    result = run_cli(*argv)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr, folder)


@dataclass
class Attack:
    files: Files
    expect: Callable[[Outcome], bool]
    args: Sequence[str] = ("{folder}",)
    command: str = "check"
    setup: Optional[Callable[[str], None]] = None
    cleanup: Optional[Callable[[str], None]] = None  # what the test's temporary folder cannot remove


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\ntitle: *i\n---\n" + FORTUNE


def _llama3_conflict(extra: str) -> Files:
    """Two sources that disagree on Llama 3's release, one with `extra` text before the conflict."""
    return {"fortune.md": extra + FORTUNE_LLAMA3, "egoistai.txt": EGOISTAI_LLAMA3}


def _deep_html(depth: int) -> str:
    """A page whose first paragraph sits `depth` elements deep, and the second after them."""
    return ("<html><body>" + "<div>" * depth + f"<p>{FORTUNE}</p>" + "</div>" * depth
            + f"<p>{NBC.replace('July 18', 'July 19')}</p></body></html>")


def _tiny_paragraphs_docx(count: int) -> bytes:
    """A DOCX of `count` one-letter paragraphs: deflate packs them into a few kilobytes."""
    import io
    import zipfile

    body = "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * count
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
        '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
    }
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return data.getvalue()


def _zip_bomb(unpacked: int) -> bytes:
    """A DOCX whose document part is `unpacked` bytes of zeros: a few hundred kilobytes packed."""
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * unpacked)
    return data.getvalue()


def _nested_past_a_path(folder: str) -> None:
    """Folders nested until their path is longer than the system lets a path be (4,096 bytes)."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(1_400):
            os.mkdir("dd", dir_fd=handle)
            inner = os.open("dd", os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle = inner
        with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, dir_fd=handle), "w", encoding="utf-8") as out:
            out.write(FORTUNE)
    finally:
        os.close(handle)


def _remove_nested(folder: str) -> None:
    """Remove what `_nested_past_a_path` made, deepest first: shutil.rmtree recurses once a level."""
    handles = [os.open(folder, os.O_RDONLY)]
    try:
        while "dd" in os.listdir(handles[-1]):
            handles.append(os.open("dd", os.O_RDONLY, dir_fd=handles[-1]))
        for name in os.listdir(handles[-1]):
            os.unlink(name, dir_fd=handles[-1])
        for parent in reversed(handles[:-1]):
            os.rmdir("dd", dir_fd=parent)
    finally:
        for handle in handles:
            os.close(handle)


def _quotes(out: Outcome) -> list:
    return [claim["quote"] for finding in out.report["findings"] for claim in finding["claims"]]


def _conflict_found(out: Outcome) -> bool:
    return out.report["summary"]["conflict"] >= 1


def _date_values(out: Outcome) -> set:
    return {(m["text"], m["value"]["start"] if m["value"] else None)
            for m in out.mentions() if m["kind"] == "date"}


def _figure(out: Outcome, text: str) -> dict:
    return next(m["value"] for m in out.mentions() if m["text"] == text)


def _symlink_loop(folder: str) -> None:
    os.makedirs(os.path.join(folder, "more"), exist_ok=True)
    os.symlink(folder, os.path.join(folder, "more", "again"))


def _linked_folder(folder: str) -> None:
    outside = folder + "-elsewhere"
    _write(outside, {"nbc.txt": NBC})
    os.symlink(outside, os.path.join(folder, "linked"))


def _fifo_manifest(folder: str) -> None:
    os.mkfifo(os.path.join(folder, "manifest.csv"))


def _zero_manifest(folder: str) -> None:
    os.symlink("/dev/zero", os.path.join(folder, "manifest.csv"))


def _stale_temporary(folder: str) -> None:
    os.makedirs(os.path.join(folder + "-out"), exist_ok=True)
    # What a killed run left: a process id that no process has (above the kernel's pid_max).
    _write(folder + "-out", {".crosscheck-99999999-abc.tmp": "half a report"})


_PIPES: Dict[str, list] = {}


def _pipe(path: str) -> None:
    """Make a FIFO at `path` and read it in a thread, as a shell reads a pipe."""
    os.mkfifo(path)
    read: list = []

    def reader():
        with open(path, "rb") as handle:
            read.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    _PIPES[path] = [thread, read]


def _piped(folder: str) -> str:
    thread, read = _PIPES.pop(folder + "-pipe")
    thread.join(timeout=30)
    return read[0].decode("utf-8") if read else ""


def _cells(path: str) -> list:
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _unchanged(name: str, content: str) -> Callable[[Outcome], bool]:
    def check(out: Outcome) -> bool:
        with open(os.path.join(out.folder, name), encoding="utf-8") as handle:
            return handle.read() == content
    return check


ATTACKS = {
    # --- a crash loses a whole source, silently -------------------------------------------------
    "75 Billion Dollars, title case": Attack(
        {"a.txt": "Meta plans to spend 75 Billion Dollars on data centers.\n" + NBC},
        lambda out: out.exit_code == 0 and _figure(out, "75 Billion Dollars")["low"] == 75_000_000_000
        and ("July 18, 2023", "2023-07-18") in _date_values(out) and out.stderr == "",
        command="extract"),
    "a billion-Dollar bet": Attack(
        {"a.txt": "It is Meta's billion-Dollar bet on open models.\n" + NBC},
        lambda out: out.exit_code == 0 and _figure(out, "billion-Dollar")["bound"] == "ge"
        and ("July 18, 2023", "2023-07-18") in _date_values(out), command="extract"),
    "A Billion-Dollar, title case after its article": Attack(
        {"a.txt": "Meta Makes A Billion-Dollar Bet on Open Models\nIt is a billion-dollar bet.\n" + NBC},
        lambda out: _figure(out, "Billion-Dollar") == _figure(out, "billion-dollar") == {
            "low": 1_000_000_000, "high": None, "bound": "ge", "unit": "USD"}
        and ("July 18, 2023", "2023-07-18") in _date_values(out), command="extract"),
    "a crash no longer hides a conflict": Attack(
        _llama3_conflict("Meta plans to spend 75 Billion Dollars.\n"),
        lambda out: out.exit_code == 1 and _conflict_found(out) and out.errors("fortune") == []),
    "front matter datetime anchors relative dates": Attack(
        {"a.md": "---\npublished: 2024-11-19 10:30:00\n---\nIn January, Meta released Llama 2 last year.\n"},
        lambda out: out.exit_code == 0 and ("January", "2024-01-01") in _date_values(out)
        and ("last year", "2023-01-01") in _date_values(out),
        command="extract"),
    "front matter datetime is an ISO date in the report": Attack(
        {"a.md": "---\npublished: 2024-11-19 10:30:00\n---\n" + FORTUNE, "nbc.txt": NBC},
        lambda out: out.report["sources"][0]["published"] == "2024-11-19" and out.errors("a") == []),
    # --- one file stops the whole run --------------------------------------------------------------
    "front matter date YAML cannot build": Attack(
        {"a.md": "---\ntitle: Llama\npublished: 2024-02-30\n---\n" + FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 0 and "2024-02-30" in out.errors("a")[0]
        and out.report["summary"]["agreement"] >= 1 and "a.md" in out.stderr),
    "YAML alias bomb in front matter": Attack(
        {"a.md": _alias_bomb(), "nbc.txt": NBC},
        lambda out: out.exit_code == 0 and "alias" in out.errors("a")[0]
        and out.report["summary"]["agreement"] >= 1),
    "5,000 nested [ in front matter": Attack(
        {"a.md": "---\ntitle: " + "[" * 5000 + "\n---\n" + FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 0 and "nested too deep" in out.errors("a")[0]
        and out.report["summary"]["agreement"] >= 1),
    # --- every failure is visible, and the exit status says so -------------------------------------
    "with --fail-on-error a source with an error fails the run with 2": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "empty.txt": ""},
        lambda out: out.exit_code == 2 and out.errors("empty") == ["empty file: no text to check"]
        and "empty.txt: empty file" in out.stderr,
        args=("{folder}", "--fail-on-error")),
    "a source with an error leaves the findings' status (the contract's 1)": Attack(
        _llama3_conflict("") | {"empty.txt": ""},
        lambda out: out.exit_code == 1 and _conflict_found(out) and "empty.txt: empty file" in out.stderr),
    "errors reach SARIF as notifications": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "empty.txt": ""},
        lambda out: json.loads(out.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]
        ["message"]["text"] == "empty file: no text to check",
        args=("{folder}", "--format", "sarif")),
    "extract names unreadable sources on stderr": Attack(
        {"a.txt": FORTUNE, "empty.txt": ""},
        lambda out: out.exit_code == 0 and "empty.txt: empty file" in out.stderr and len(out.mentions()) >= 1,
        command="extract"),
    "GitHub: a source read with something lost is a warning, one not read an error": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "empty.txt": "", "manifest.csv": "file,title\nnbc.text,NBC\n"},
        lambda out: "::warning file=a.txt,title=crosscheck checked this source only in part::manifest.csv"
        in out.stdout.replace(out.folder + "/", "")
        and "::error file=empty.txt,title=crosscheck cannot read this source::empty file"
        in out.stdout.replace(out.folder + "/", ""),
        args=("{folder}", "--format", "github")),
    # --- one small document stalls a run ------------------------------------------------------------
    "a table flattened into one sentence: values found, quotes cut around them": Attack(
        {"fortune.txt": "Model | released | " + " | ".join(f"Llama {n % 9} build {n} | {n % 90 + 1}%"
                                                            for n in range(400)) + "\n" + FORTUNE_LLAMA3,
         "egoistai.txt": EGOISTAI_LLAMA3},
        lambda out: out.exit_code == 1 and _conflict_found(out) and out.errors("fortune") == []
        and max(len(q) for q in _quotes(out)) <= 401),
    "a single line of many sentences: each quote is its own sentence": Attack(
        {"fortune.txt": FORTUNE.strip() + " " + "Meta released more open models. " * 3000
         + FORTUNE_LLAMA3, "egoistai.txt": EGOISTAI_LLAMA3, "nbc.txt": NBC},
        lambda out: out.exit_code == 1 and _conflict_found(out) and out.report["summary"]["agreement"] >= 1
        and max(len(q) for q in _quotes(out)) <= 401 and len(out.stdout) < 20_000),
    "a DOCX that unpacks past 64 MiB (the old guard allowed 256) is refused unread": Attack(
        {"a.docx": _zip_bomb(100 * 2**20), "nbc.txt": NBC, "fortune.txt": FORTUNE},
        lambda out: out.errors("a") == ["DOCX unpacks to 100 MiB, over the 64 MiB limit: not read"]
        and out.report["summary"]["agreement"] >= 1),
    # --- crashes exit 1 / outputs -------------------------------------------------------------------
    "-o into a path that cannot be made": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "a.txt/report.json" in out.stderr,
        args=("{folder}", "-o", "{folder}/a.txt/report.json")),
    "--html into a path that cannot be made": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "a.txt/report.html" in out.stderr,
        args=("{folder}", "--html", "{folder}/a.txt/report.html")),
    "--claims-out into a path that cannot be made": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "a.txt/claims.csv" in out.stderr,
        args=("{folder}", "--claims-out", "{folder}/a.txt/claims.csv")),
    "-o naming a folder": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "new/: is a folder" in out.stderr,
        args=("{folder}", "-o", "{folder}/new/")),
    "-o naming a source": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "is a source" in out.stderr and _unchanged("a.txt", FORTUNE)(out),
        args=("{folder}", "-o", "{folder}/a.txt")),
    # A FIFO stands for /dev/null and /dev/stdout: a run that renamed over it (as root, over the
    # device) would be caught here without harming the machine's /dev/null.
    "-o naming a FIFO or device streams into it": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 0 and stat.S_ISFIFO(os.stat(out.folder + "-pipe").st_mode)
        and json.loads(_piped(out.folder))["summary"]["agreement"] >= 1,
        args=("{folder}", "-o", "{folder}-pipe"), setup=lambda folder: _pipe(folder + "-pipe")),
    "-o - writes to stdout": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 0 and out.report["summary"]["agreement"] >= 1
        and not os.path.exists("-"),
        args=("{folder}", "-o", "-")),
    "a killed run's temporary file is removed": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: os.listdir(out.folder + "-out") == ["report.json"],
        args=("{folder}", "-o", "{folder}-out/report.json"), setup=_stale_temporary),
    "a deep baseline file is an error, not a traceback": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "base/baseline.json": "[" * 100_000 + "]" * 100_000},
        lambda out: out.exit_code == 2 and "Traceback" not in out.stderr and out.stderr.strip() != "",
        args=("{folder}/a.txt", "{folder}/nbc.txt", "--baseline", "{folder}/base/baseline.json")),
    "a % in a setting": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "bad.cfg": "[crosscheck]\nfail_on = 100%\n"},
        lambda out: out.exit_code == 2 and "bad.cfg: " in out.stderr and "internal error" not in out.stderr,
        args=("{folder}/a.txt", "{folder}/nbc.txt", "--config", "{folder}/bad.cfg")),
    "a settings file that is not UTF-8": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "bad.cfg": b"[crosscheck]\nfail_on = caf\xe9\n"},
        lambda out: out.exit_code == 2 and "bad.cfg: " in out.stderr and "UTF-8" in out.stderr
        and "internal error" not in out.stderr,
        args=("{folder}/a.txt", "{folder}/nbc.txt", "--config", "{folder}/bad.cfg")),
    "a settings file that is a FIFO": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "fifo.cfg: not a regular file" in out.stderr,
        args=("{folder}/a.txt", "{folder}/nbc.txt", "--config", "{folder}/fifo.cfg"),
        setup=lambda folder: os.mkfifo(os.path.join(folder, "fifo.cfg"))),
    "a settings file that is a device": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "/dev/zero: not a regular file" in out.stderr,
        args=("{folder}", "--config", "/dev/zero")),
    "a folder nested deeper than a path can name": Attack(
        {"nbc.txt": NBC, "fortune.txt": FORTUNE},
        lambda out: out.exit_code == 0 and "File name too long" in out.stderr and "Traceback" not in out.stderr
        and any(e == ["cannot read: File name too long"] for e in
                (s["errors"] for s in out.report["sources"] if s["id"].startswith("dd-dd")))
        and out.report["summary"]["agreement"] >= 1, setup=_nested_past_a_path, cleanup=_remove_nested),
    # --- lost without a word ------------------------------------------------------------------------
    "README files are sources": Attack(
        {"README.md": FORTUNE, "nbc.txt": NBC},
        lambda out: sorted(out.ids()) == ["nbc", "readme"] and out.report["summary"]["agreement"] >= 1),
    "a folder behind a symbolic link is read": Attack(
        {"a.txt": FORTUNE},
        lambda out: out.ids() == ["a", "linked-nbc"] and out.report["summary"]["agreement"] >= 1,
        setup=_linked_folder),
    "a symbolic link loop is read once and noted": Attack(
        {"a.txt": FORTUNE, "more/nbc.txt": NBC},
        lambda out: out.ids() == ["a", "more-nbc"] and "not read again" in out.stderr, setup=_symlink_loop),
    "a report inside the checked folder is not read as a source": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "report.md": "## crosscheck report\n\n" + FORTUNE},
        lambda out: out.ids() == ["a", "nbc"] and "report.md: a crosscheck report" in out.stderr),
    "an HTML report inside the checked folder is not read as a source": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.ids() == ["a", "nbc"] and "review.html: a crosscheck report" in out.stderr,
        setup=lambda folder: _run(folder, "check", ("{folder}", "--html", "{folder}/review.html"))),
    "a manifest row that matches no file": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "manifest.csv": "file,title\na.txt,A\nnbc.text,NBC\n"},
        lambda out: "'nbc.text', which is not a source file here" in out.errors("a")[0]),
    "a manifest row given twice": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "manifest.csv": "file,title\na.txt,A\na.txt,B\n"},
        lambda out: "names 'a.txt' again" in out.errors("nbc")[0]
        and out.report["sources"][0]["title"] == "A"),
    "a manifest row with an unterminated quote": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "manifest.csv": 'file,title\na.txt,"Llama\n'},
        lambda out: "manifest.csv: unreadable" in out.errors("a")[0]),
    "a FIFO named manifest.csv": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: "manifest.csv: not a regular file" in out.errors("a")[0], setup=_fifo_manifest),
    "manifest.csv linked to /dev/zero": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: "manifest.csv: not a regular file" in out.errors("a")[0], setup=_zero_manifest),
    "an HTML page nested 300 deep is read whole": Attack(
        {"a.html": _deep_html(300)},
        lambda out: ("July 18, 2023", "2023-07-18") in _date_values(out)
        and ("July 19, 2023", "2023-07-19") in _date_values(out) and out.exit_code == 0, command="extract"),
    "an HTML page nested past what the parser reads says so": Attack(
        {"a.html": _deep_html(3000)},
        lambda out: out.exit_code == 2 and "HTML parser stopped at line 1" in out.stderr, command="extract"),
    "an HTML text node over 10 MB is read whole": Attack(
        {"a.html": "<html><body><p>" + FORTUNE + "</p><p>" + "x" * 10_000_100 + "</p><p>"
         + NBC.replace("July 18", "July 19") + "</p></body></html>"},
        lambda out: ("July 19, 2023", "2023-07-19") in _date_values(out) and out.exit_code == 0
        and out.stderr == "", command="extract"),
    "a DOCX of 150,000 tiny paragraphs is refused by its cost": Attack(
        {"a.docx": _tiny_paragraphs_docx(150_000), "nbc.txt": NBC},
        lambda out: "150,000 paragraphs, over the 100,000 limit" in out.errors("a")[0]),
    # --- settings and ids -----------------------------------------------------------------------------
    **{f"--threshold {value}": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC},
        lambda out: out.exit_code == 2 and "must be a number from 0 to 100" in out.stderr,
        args=("{folder}", "--threshold", value)) for value in ("nan", "inf", "1000", "-1")},
    **{f"{key} = {value} in a settings file": Attack(
        {"a.txt": FORTUNE, "nbc.txt": NBC, "bad.cfg": f"[crosscheck]\n{key} = {value}\n"},
        lambda out, key=key: out.exit_code == 2 and f"bad.cfg: [crosscheck] {key} = " in out.stderr
        and "must be a number from 0 to 1" in out.stderr,
        args=("{folder}/a.txt", "{folder}/nbc.txt", "--config", "{folder}/bad.cfg"))
       for key, value in (("figure_tolerance", "-0.005"), ("hedge_tolerance", "-1"), ("figure_tolerance", "nan"))},
    "an unrelated new file renames no source": Attack(
        {"news/fortune.txt": FORTUNE, "blog/fortune.txt": NBC, "fortune.txt": FORTUNE},
        lambda out: out.ids() == ["blog-fortune", "fortune", "news-fortune"]),
    "a UTF-8 byte-order mark is counted in offsets": Attack(
        {"a.txt": b"\xef\xbb\xbf" + FORTUNE.encode("utf-8")},
        lambda out: [(m["start"], m["end"]) for m in out.mentions() if m["text"] == "July 18, 2023"]
        == [(4, 17)], command="extract"),
    "mixed encodings are warned": Attack(
        {"a.txt": "Café Llama: ".encode("utf-8") + "the café opened on March 3, 2021.\n".encode("cp1252")
         + FORTUNE.encode("utf-8").replace("“".encode(), b'"').replace("”".encode(), b'"')},
        lambda out: "mixed encodings" in out.stderr, command="extract"),
    # --- hostile text, in the formats that are this issue's ------------------------------------------
    "--claims-out cells that would start a formula": Attack(
        {"a.txt": "=HYPERLINK(\"http://x\") " + FORTUNE, "nbc.txt": "@SUM(1) " + NBC},
        lambda out: _cells(out.folder + "-claims.csv") and not any(
            cell.startswith(("=", "+", "-", "@")) for row in _cells(out.folder + "-claims.csv") for cell in row),
        args=("{folder}", "--claims-out", "{folder}-claims.csv")),
    "JUnit stays well-formed with control characters": Attack(
        {"a.txt": FORTUNE.replace("Meta", "Meta\x1b[2J\x0c"), "nbc.txt": NBC.replace("Meta", "Meta\x07")},
        lambda out: ET.fromstring(out.stdout.split("\n", 1)[1]).tag == "testsuites" and "\\x1b" in out.stdout,
        args=("{folder}", "--format", "junit")),
}
FORMATS = ["text", "json", "markdown", "sarif", "junit", "github", "html"]


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=list(ATTACKS))
def test_attack(tmp_path, attack):
    folder = str(tmp_path / "docs")
    os.makedirs(folder)
    _write(folder, attack.files)
    try:
        if attack.setup:
            attack.setup(folder)
        out = _run(folder, attack.command, attack.args)
        assert attack.expect(out), (out.exit_code, out.stdout[:2000], out.stderr[:2000])
    finally:
        if attack.cleanup:
            attack.cleanup(folder)


def test_a_source_past_the_work_budget_is_checked_up_to_it_and_says_so(tmp_path, monkeypatch):
    from crosscheck import pipeline

    # "1% " repeated to 48 KB took 52 s: a source of more values than the budget is cut at it.
    monkeypatch.setattr(pipeline, "MAX_MENTIONS", 100)
    _write(str(tmp_path), {"a.txt": FORTUNE + "1% " * 150, "nbc.txt": NBC})
    out = _run(str(tmp_path), "check", ("{folder}",))
    assert out.exit_code == 0 and out.errors("a") == [
        "151 values found, over the budget of 100 for one source: only the first 100, up to line 2, were checked; "
        "split it into documents"]
    assert out.report["summary"]["agreement"] >= 1


# --- isolation: a bug costs the sentence or the mention it happened in, never the source ----------

def _check_in_process(folder: str):
    from crosscheck.config import Config
    from crosscheck.pipeline import check

    return check([folder], Config(jobs=1))


def test_an_extractor_bug_costs_only_its_sentence(tmp_path, monkeypatch):
    from crosscheck.extract import EXTRACTORS

    real = EXTRACTORS["dates"]

    def failing(source):  # a bug that one sentence triggers
        if "Llama 3" in source.text:
            raise ZeroDivisionError("division by zero")
        return real(source)

    monkeypatch.setitem(EXTRACTORS, "dates", failing)
    _write(str(tmp_path), {"fortune.txt": FORTUNE + FORTUNE_LLAMA3, "nbc.txt": NBC})
    result = _check_in_process(str(tmp_path))
    fortune = next(s for s in result.sources if s.id == "fortune")
    assert len(fortune.errors) == 1 and fortune.errors[0].startswith(
        "dates extractor failed on line 2, so the values of its sentence were skipped (a crosscheck bug): "
        "ZeroDivisionError: division by zero (test_attacks.py:"), fortune.errors
    dates = {(c.source, c.text) for c in result.claims if c.kind == "date"}
    assert ("fortune", "July 18, 2023") in dates and ("fortune", "April") not in dates
    assert {f.verdict for f in result.findings if f.kind == "date"} == {"agreement"}


def test_a_claim_building_bug_costs_only_its_mention(tmp_path, monkeypatch):
    from crosscheck import context

    real = context.Sentence.attribute

    def failing(self, offset, end, kind):
        if "Llama 3" in self.text:
            raise KeyError("Llama 3")
        return real(self, offset, end, kind)

    monkeypatch.setattr(context.Sentence, "attribute", failing)
    _write(str(tmp_path), {"fortune.txt": FORTUNE + FORTUNE_LLAMA3, "nbc.txt": NBC})
    result = _check_in_process(str(tmp_path))
    fortune = next(s for s in result.sources if s.id == "fortune")
    assert fortune.errors and all("on line 2 could not be built" in e for e in fortune.errors), fortune.errors
    assert ("fortune", "July 18, 2023") in {(c.source, c.text) for c in result.claims}


def test_a_sentence_an_extractor_fails_on_shows_in_every_format(tmp_path, monkeypatch):
    from crosscheck.extract import EXTRACTORS
    from crosscheck.report import render

    real = EXTRACTORS["figures"]
    monkeypatch.setitem(EXTRACTORS, "figures",
                        lambda source: 1 / 0 if "Llama 3" in source.text else real(source))
    _write(str(tmp_path), {"fortune.txt": FORTUNE + FORTUNE_LLAMA3, "nbc.txt": NBC})
    result = _check_in_process(str(tmp_path))
    for name in FORMATS:
        assert "figures extractor failed on line 2" in render(result, name), name


def test_an_error_in_a_file_named_in_latin_1_reaches_every_format(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nbc.txt").write_text(NBC, encoding="utf-8")
    (folder / "fortune.txt").write_text(FORTUNE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"")
    for name in FORMATS:
        out = tmp_path / f"report.{name}"
        result = run_cli("check", folder, "--format", name, "-o", out, "--isolated", "--jobs", "1")
        assert result.exit_code in (0, 1) and "caf\\udce9.txt" in result.stderr, (name, result.stderr)
        assert "empty file" in out.read_text(encoding="utf-8"), name


# --- workers die with the run that started them --------------------------------------------------

def _children(pid: int) -> list:
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.isdigit() and int(fields[1]) == pid:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_for(condition, seconds: float) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads processes from /proc")
def test_workers_end_when_the_run_is_killed(tmp_path):
    import signal
    import subprocess
    import sys

    # Documents that keep a worker busy for seconds: a worker that outlived its run would finish one.
    _write(str(tmp_path / "docs"), {f"doc{n}.txt": FORTUNE + "1% " * 15_000 for n in range(4)})
    run = subprocess.Popen([sys.executable, "-m", "crosscheck", "check", str(tmp_path / "docs"),
                            "--jobs", "2",
                            "--isolated", "-o", str(tmp_path / "report.json")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: len(_children(run.pid)) >= 2, 120), "no worker processes started"
        workers = _children(run.pid)
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 3), [p for p in workers if _alive(p)]


# --- hostile names and quotes, through the command, in every format -------------------------------

HOSTILE = {
    # A name that forges a CI log line of its own, and one that sets the terminal's title and clears it.
    "a\n::error file=x.md,line=1::forged.txt": FORTUNE_LLAMA3,
    "e\x1b]0;pwned\x07\x1b[2J.txt": EGOISTAI_LLAMA3.replace(
        "The latest", "\x1b[2J\x1b]52;c;Y2xpcA==\x07 @octocat see https://evil.example. The latest"),
}
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202e]")


@pytest.mark.parametrize("name", FORMATS)
def test_hostile_names_and_quotes_act_on_nothing_in_any_format(tmp_path, name):
    _write(str(tmp_path), HOSTILE)
    out = _run(str(tmp_path), "check", ("{folder}", "--format", name))
    assert out.exit_code == 1, out.stderr
    assert not _RAW_CONTROL.search(out.stdout) and not _RAW_CONTROL.search(out.stderr), name
    forged = [line for line in (out.stdout + out.stderr).splitlines() if line.startswith("::error file=x")]
    assert forged == [], forged
    if name == "markdown":
        assert "@octocat" not in out.stdout and "https://evil" not in out.stdout
    if name == "junit":
        ET.fromstring(out.stdout.split("\n", 1)[1])


def test_a_subfolder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    # Tests run as root, whom a folder's mode does not stop; make listing it fail as it would.
    from crosscheck import load

    real = os.scandir

    def refusing(path):
        if str(path).endswith("private"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(load.os, "scandir", refusing)
    _write(str(tmp_path), {"fortune.txt": FORTUNE, "nbc.txt": NBC, "private/notes.txt": FORTUNE})
    out = _run(str(tmp_path), "check", ("{folder}",))
    assert out.exit_code == 0 and out.errors("private") == ["a folder that could not be listed"]
    assert "private: a folder that could not be listed" in out.stderr
    assert out.report["summary"]["agreement"] >= 1


def test_the_names_heading_lookup_is_the_plain_rule():
    # A name on a line that starts with "#" is a heading's; found once per text, not by looking
    # back from each name (quadratic on one long line). The plain rule: the line's first character.
    import random

    from crosscheck.extract.names import _heading_lines

    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice(["#", "\n", "a", " ", "# Llama", "\n#", "\r\n"]) for _ in range(40))
        in_heading = _heading_lines(text)
        for offset in range(len(text) + 1):
            assert in_heading(offset) == text.startswith("#", text.rfind("\n", 0, offset) + 1), (text, offset)
