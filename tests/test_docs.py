"""The README stays true: its commands are the ones CI runs, every command and format is documented."""
import pathlib
import re

import pytest

from crosscheck.cli import cli
from crosscheck.report import REPORTERS

REPO = pathlib.Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
FIRST_SCREEN = "\n".join(README.splitlines()[:40])


def setup_commands():
    return re.findall(r"^    (python3 -m venv .*)$", FIRST_SCREEN, re.MULTILINE)


def test_first_screen_has_exactly_two_setup_commands():
    commands = setup_commands()
    assert len(commands) == 2, commands
    assert commands[0].endswith("crosscheck check sources/")
    assert commands[1].endswith("pytest -q")


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == setup_commands()[1]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    assert cli.commands[name].help, f"crosscheck {name} has no help text"
    assert f"crosscheck {name}" in README


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_every_report_format_is_in_the_readme(name):
    assert name in README


# The package index name "crosscheck" belongs to an unrelated project: nothing we write may install it.
_INSTALLS_OTHERS = re.compile(r"""pip install (?:-\S+ )*['"]?crosscheck(?![-\w])""")


def _texts():
    yield REPO / "README.md"
    yield from sorted((REPO / "docs").glob("*.md"))
    yield from sorted((REPO / "crosscheck").rglob("*.py"))
    yield from sorted(REPO.glob("*.yml")) + sorted(REPO.glob("*.yaml"))


def test_nothing_installs_the_unrelated_crosscheck_distribution():
    offenders = [f"{path.name}: {match.group(0)}" for path in _texts()
                 for match in _INSTALLS_OTHERS.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_distribution_name_is_ours_and_the_readme_says_how_to_install_it():
    import configparser

    setup = configparser.ConfigParser(interpolation=None)
    setup.read(REPO / "setup.cfg", encoding="utf-8")
    assert setup["metadata"]["name"] == "crosscheck-claims"
    assert "pip install crosscheck-claims" in README


# The README's excerpt of `crosscheck check sources/`: its lines, "…" standing for lines left out,
# appear in that order in what the command prints in the repository. `python tests/test_docs.py`
# rewrites the excerpt from the command's output.
EXCERPT = re.compile(r"(<!-- excerpt: crosscheck check sources/ -->\n```\n)(.*?)(```\n<!-- end excerpt -->)", re.DOTALL)


def readme_command_output() -> str:
    import os

    from runner import run_cli

    here = os.getcwd()
    os.chdir(REPO)  # as a user runs it: the repository's setup.cfg applies
    try:
        return run_cli("check", "sources/", "--jobs", "1").stdout
    finally:
        os.chdir(here)


def excerpt_of(output: str) -> str:
    """The header, the first finding of each listed section, and the closing lines."""
    blocks = output.rstrip("\n").split("\n\n")
    kept, previous = [], -1
    for index, block in enumerate(blocks):
        wanted = index == 0 or index >= len(blocks) - 2 or (index > 0 and blocks[index - 1].isupper()) \
            or re.fullmatch(r"[A-Z ]+ \(\d+\)", block)
        if wanted:
            if previous >= 0 and index - previous > 1:
                kept.append("…")
            kept.append(block)
            previous = index
    return "\n\n".join(kept) + "\n"


def test_the_readme_excerpt_is_what_the_command_prints():
    shown = EXCERPT.search(README).group(2)
    output = readme_command_output()
    position = 0
    for line in shown.splitlines():
        if line in ("…", ""):
            continue
        found = output.find(line + "\n", position)
        assert found >= 0, f"README excerpt line not printed (in this order): {line!r}; run python tests/test_docs.py"
        position = found + len(line)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    new = EXCERPT.sub(lambda m: m.group(1) + excerpt_of(readme_command_output()) + m.group(3), README)
    (REPO / "README.md").write_text(new, encoding="utf-8")
