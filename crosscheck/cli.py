"""The command line: thin commands over the library API in `crosscheck.pipeline`."""
from __future__ import annotations

import configparser
import contextlib
import dataclasses
import json as jsonlib
import os
import re
import stat
import sys
from typing import Optional, Sequence, Tuple

import click

from . import pipeline
from .baseline import BaselineError, baseline_json, read_baseline
from .config import FAIL_LEVELS, ConfigError, load_config
from .engines import ENGINES, EngineError
from .extract import EXTRACTORS
from .load import LoadError
from .report import REPORTERS, OutputError, render, write_atomic
from .report.claims import ClaimsOutError, table_format, write_claims
from .serialize import mention_to_dict
from .status import ExitStatus, exit_status, failing

_LIBRARY_ERRORS = (LoadError, ConfigError, BaselineError, ClaimsOutError, EngineError, OutputError,
                   pipeline.NoSourcesError, ValueError)
DEFAULT_BASELINE = "crosscheck-baseline.json"


class UsageError(click.ClickException):
    """A usage, configuration or input error: exit status 2 with a message on stderr."""

    exit_code = ExitStatus.ERROR


def _options(*options):
    """Return a decorator applying `options` in the order they are listed in --help."""
    def decorate(command):
        for option in reversed(options):
            command = option(command)
        return command
    return decorate


common_options = _options(
    click.option("--config", "config_path", default="setup.cfg", show_default=True,
                 help="File whose [crosscheck] section holds settings."),
    click.option("--extractors", default=None, metavar="IDS",
                 help=f"Comma-separated extractors to run (of: {', '.join(EXTRACTORS)})."),
)

report_options = _options(
    click.option("--format", "format_", type=click.Choice(list(REPORTERS)), default="text",
                 show_default=True, help="Report format."),
    click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file."),
    click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
                 help="Also write the HTML review page to this file."),
    click.option("--claims-out", type=click.Path(dir_okay=False), default=None,
                 help="Also write every claim as a table (.csv, or .parquet with pyarrow)."),
)

engine_options = _options(
    click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
                 help="Extraction processes; 0 = one per core [default: 0]."),
    click.option("--engine", type=click.Choice(ENGINES), default=None,
                 help="Run on this machine or on Dask [default: local]."),
    click.option("--scheduler", default=None, metavar="ADDRESS",
                 help="Dask scheduler address (tcp://host:8786), for --engine dask."),
)

gate_options = _options(
    click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
                 help="Weakest verdict that makes the exit status 1 [default: conflict]."),
    click.option("--baseline", type=click.Path(dir_okay=False), default=None,
                 help="Accepted findings (by id) that do not fail the check."),
)


class _Commands(click.Group):
    """Commands whose every failure is a message and exit status 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as error:  # a file the run needed (a setting's, an output's) failed
            where = f"{error.filename}: " if error.filename else ""
            raise UsageError(f"{where}{error.strerror or error}") from error
        except RecursionError as error:
            raise UsageError("an input is nested too deeply to read") from error
        except MemoryError as error:
            raise UsageError("out of memory: an input is too large to read") from error
        except Exception as error:  # a bug: say so in one line, with where it was raised
            from .extract import describe_exception

            raise UsageError(f"internal error (a crosscheck bug): {describe_exception(error)}") from error


@click.group(cls=_Commands)
@click.version_option(package_name="crosscheck")
def cli():
    """Tell where your sources disagree about dates, figures and entities."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@report_options
@gate_options
@click.option("--threshold", type=float, default=None, help="Alignment threshold, 0-100.")
@click.option("--fail-on-error/--no-fail-on-error", default=True, show_default=True,
              help="Exit 2 when a source could not be fully checked (listed with its errors).")
def check(paths, config_path, extractors, jobs, engine, scheduler, format_, output, html_path, claims_out,
          fail_on, baseline, threshold, fail_on_error):
    """Report agreements and conflicts between the sources under PATHS (default: sources/)."""
    config = _config(config_path, paths, extractors, fail_on=fail_on, baseline=baseline,
                     align_threshold=threshold, jobs=jobs, engine=engine, scheduler=scheduler)
    with _library_errors():
        if claims_out:
            table_format(claims_out)
        result = pipeline.check(config.paths, config, progress=True)
        sources = [source.path for source in result.sources]
        _emit(render(result, format_, config.fail_on), output, sources)
        if html_path:
            write_atomic(html_path, render(result, "html", config.fail_on), sources)
        if claims_out:
            write_claims(result, claims_out, sources)
    _tell(result.sources, result.notes)
    if len(result.sources) < 2:
        click.echo("crosscheck: only one source: nothing to compare.", err=True)
    sys.exit(exit_status(result, config.fail_on, fail_on_error))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Accept the findings at or above this verdict [default: the configured level].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help=f"Baseline file to write [default: the configured baseline, else {DEFAULT_BASELINE}].")
def baseline(paths, config_path, extractors, jobs, engine, scheduler, fail_on, output):
    """Accept every current finding that would fail the check, in a baseline file."""
    config = _config(config_path, paths, extractors, fail_on=fail_on, jobs=jobs, engine=engine,
                     scheduler=scheduler)
    output = output or config.baseline or DEFAULT_BASELINE
    with _library_errors():
        notes = read_baseline(output) if os.path.exists(output) else {}
        # The new baseline replaces the old one: check without waiving anything.
        result = pipeline.check(config.paths, dataclasses.replace(config, baseline=None), progress=True)
        accepted = failing(result, config.fail_on)
        write_atomic(output, baseline_json(accepted, notes), [source.path for source in result.sources])
    click.echo(f"crosscheck: {len(accepted)} findings accepted in {output}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--format", "format_", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object a line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file.")
@click.option("--fail-on-error/--no-fail-on-error", default=True, show_default=True,
              help="Exit 2 when a source could not be fully read (its errors are on stderr).")
def extract(paths, config_path, extractors, jobs, engine, scheduler, format_, output, fail_on_error):
    """Print every value mention found in PATHS, one JSON object a line."""
    config = _config(config_path, paths, extractors, jobs=jobs, engine=engine, scheduler=scheduler)
    with _library_errors():
        done = list(pipeline.extract(config.paths, config, progress=True, unreadable=True))
        lines = [jsonlib.dumps(mention_to_dict(source, mention), ensure_ascii=False)
                 for source, mentions in done for mention in mentions]
        _emit("".join(line + "\n" for line in lines), output, [source.path for source, _ in done])
    _tell([source for source, _ in done])
    if fail_on_error and any(source.errors for source, _ in done):
        sys.exit(ExitStatus.ERROR)


@contextlib.contextmanager
def _library_errors():
    """Turn the library's errors into a usage error (exit status 2) at the command."""
    try:
        yield
    except _LIBRARY_ERRORS as error:
        raise UsageError(str(error)) from error


def _config(config_path: str, paths: Tuple[str, ...], extractors: Optional[str], **overrides):
    try:
        _settings_file(config_path)
        config = load_config(config_path)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    except (configparser.Error, UnicodeDecodeError, OSError) as error:
        reason = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else " ".join(str(error).split())
        raise UsageError(f"{config_path}: cannot read its settings: {reason}") from error
    chosen = tuple(e.strip() for e in extractors.split(",") if e.strip()) if extractors else None
    return config.merged(paths=tuple(paths) or None, extractors=chosen, **overrides)


MAX_SETTINGS_BYTES = 2**20  # a setup.cfg is a few kilobytes


def _settings_file(path: str) -> None:
    """Refuse a settings file that is a FIFO or device (it would hang or never end) or too large."""
    if not os.path.exists(path):
        return
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{path}: not a regular file, so its settings were not read")
    if info.st_size > MAX_SETTINGS_BYTES:
        raise UsageError(f"{path}: {info.st_size / 2**20:.1f} MiB, too large for a settings file")


def _emit(content: str, output: Optional[str], sources: Sequence[str] = ()) -> None:
    write_atomic(output or "-", content, sources)


def _tell(sources, notes: Sequence[str] = ()) -> None:
    """List on stderr what could not be read or was left out, whatever the report's format."""
    for note in notes:
        click.echo(f"crosscheck: {printable(note)}", err=True)
    for source in sources:
        for error in source.errors:
            click.echo(f"crosscheck: {printable(source.path)}: {printable(error)}", err=True)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """Return `text` with control characters and undecodable bytes of file names as escapes."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def main():
    """Console-script entry point; the only place that exits."""
    cli(prog_name="crosscheck")
