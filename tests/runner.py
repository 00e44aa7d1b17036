"""How tests run crosscheck: on the repository's own files, and through the command line in process."""
import inspect
import os
import pathlib

from click.testing import CliRunner, Result

REPO = pathlib.Path(__file__).resolve().parent.parent
SOURCES = REPO / "sources"  # the five sample articles
# The real two-outlet news stories, kept outside the repository (tests that need them skip without)
PAC = pathlib.Path(os.environ.get("CROSSCHECK_PAC", REPO.parent / "shared" / "external" / "pac_train"))


def cli_runner() -> CliRunner:
    """Return a CliRunner whose result has `stdout` and `stderr` separately.

    click 8.2 always separates them; click 8.1 (the last for Python 3.9) mixes them unless asked.
    """
    if "mix_stderr" in inspect.signature(CliRunner).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def run_cli(*args, **options) -> Result:
    """Run `crosscheck ARGS...` (each argument as str) in process; `options` go to CliRunner.invoke."""
    from crosscheck.cli import cli

    return cli_runner().invoke(cli, [str(arg) for arg in args], **options)
