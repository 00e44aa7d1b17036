"""The command line: thin commands over the library API in `crosscheck.pipeline`."""
from __future__ import annotations

import contextlib
import dataclasses
import json as jsonlib
import os
import sys
from typing import Optional, Tuple

import click

from . import __version__, pipeline
from .baseline import BaselineError, baseline_json, read_baseline
from .config import FAIL_LEVELS, Config, ConfigError, Settings, check_range, describe, load_settings
from .engines import ENGINES, EngineError
from .extract import EXTRACTORS
from .load import LoadError
from .report import REPORTERS, render, write_atomic
from .report.claims import ClaimsOutError, table_format, write_claims, write_findings
from .serialize import mention_to_dict
from .status import ExitStatus, exit_status, failing

_LIBRARY_ERRORS = (LoadError, ConfigError, BaselineError, ClaimsOutError, EngineError,
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
    click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                 help="Settings file (pyproject.toml, setup.cfg or tox.ini) [default: the first found "
                      "walking up from the working directory]."),
    click.option("--isolated", is_flag=True, help="Read no config file: defaults and flags only."),
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
    click.option("--findings-out", type=click.Path(dir_okay=False), default=None,
                 help="Also write every finding as a table (.csv or .parquet); joins claims on `finding`."),
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


@click.group()
@click.version_option(version=__version__, prog_name="crosscheck")
def cli():
    """Tell where your sources disagree about dates, figures and entities."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@report_options
@gate_options
@click.option("--threshold", type=float, default=None, callback=lambda ctx, param, value: _in_range(
    "align_threshold", param, value), help="Alignment threshold, 0-100.")
def check(paths, config_path, isolated, extractors, jobs, engine, scheduler, format_, output, html_path, claims_out,
          findings_out, fail_on, baseline, threshold):
    """Report agreements and conflicts between the sources under PATHS (default: sources/)."""
    config = _config(config_path, isolated, paths, extractors, fail_on=fail_on, baseline=baseline,
                     align_threshold=threshold, jobs=jobs, engine=engine, scheduler=scheduler)
    with _library_errors():
        for table in (claims_out, findings_out):
            if table:
                table_format(table)
        result = pipeline.check(config.paths, config, progress=True)
        _emit(render(result, format_, config.fail_on), output)
        if html_path:
            write_atomic(html_path, render(result, "html", config.fail_on))
        if claims_out:
            write_claims(result, claims_out)
        if findings_out:
            write_findings(result, findings_out)
    if len(result.sources) < 2:
        click.echo("crosscheck: only one source: nothing to compare.", err=True)
    sys.exit(exit_status(result, config.fail_on))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Accept the findings at or above this verdict [default: the configured level].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help=f"Baseline file to write [default: the configured baseline, else {DEFAULT_BASELINE}].")
def baseline(paths, config_path, isolated, extractors, jobs, engine, scheduler, fail_on, output):
    """Accept every current finding that would fail the check, in a baseline file."""
    config = _config(config_path, isolated, paths, extractors, fail_on=fail_on, jobs=jobs, engine=engine,
                     scheduler=scheduler)
    output = output or config.baseline or DEFAULT_BASELINE
    with _library_errors():
        notes = read_baseline(output) if os.path.exists(output) else {}
        # The new baseline replaces the old one: check without waiving anything.
        result = pipeline.check(config.paths, dataclasses.replace(config, baseline=None), progress=True)
        accepted = failing(result, config.fail_on)
        write_atomic(output, baseline_json(accepted, notes))
    click.echo(f"crosscheck: {len(accepted)} findings accepted in {output}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--format", "format_", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object a line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file.")
def extract(paths, config_path, isolated, extractors, jobs, engine, scheduler, format_, output):
    """Print every value mention found in PATHS, one JSON object a line."""
    config = _config(config_path, isolated, paths, extractors, jobs=jobs, engine=engine, scheduler=scheduler)
    with _library_errors():
        lines = [jsonlib.dumps(mention_to_dict(source, mention), ensure_ascii=False)
                 for source, mentions in pipeline.extract(config.paths, config, progress=True)
                 for mention in mentions]
    _emit("".join(line + "\n" for line in lines), output)


@cli.command("config")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Settings file to read [default: the first found walking up from here].")
@click.option("--isolated", is_flag=True, help="Read no config file.")
def config_command(config_path, isolated):
    """Print the effective settings and where each came from."""
    click.echo(describe(_settings(config_path, isolated, (), None)), nl=False)


@contextlib.contextmanager
def _library_errors():
    """Turn the library's errors into a usage error (exit status 2) at the command."""
    try:
        yield
    except _LIBRARY_ERRORS as error:
        raise UsageError(str(error)) from error


def _settings(config_path: Optional[str], isolated: bool, paths: Tuple[str, ...], extractors: Optional[str],
              **overrides) -> Settings:
    try:
        settings = load_settings(config_path, isolated=isolated)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    chosen = tuple(e.strip() for e in extractors.split(",") if e.strip()) if extractors else None
    return settings.merged(paths=tuple(paths) or None, extractors=chosen, **overrides)


def _config(config_path: Optional[str], isolated: bool, paths: Tuple[str, ...], extractors: Optional[str],
            **overrides) -> Config:
    return _settings(config_path, isolated, paths, extractors, **overrides).config


def _in_range(name: str, param, value):
    if value is None:
        return value
    try:
        return check_range(name, value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} {error}", param=param) from None


def _emit(content: str, output: Optional[str]) -> None:
    if output:
        write_atomic(output, content)
    else:
        click.echo(content, nl=False)


def main():
    """Console-script entry point; the only place that exits.

    Exit status 1 means "findings", so nothing else may end with it: click's Abort (Ctrl-C) and
    any uncaught exception (a crosscheck bug) end with status 2 and one line on stderr, no traceback.
    """
    try:
        status = cli.main(prog_name="crosscheck", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        status = error.exit_code
    except click.exceptions.Exit as done:
        status = done.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("crosscheck: interrupted", err=True)
        status = 130
    except BrokenPipeError:
        status = ExitStatus.ERROR
    except Exception as error:  # a bug: say what and where, never a traceback or status 1
        click.echo(f"crosscheck: internal error, please report it: {_bug(error)}", err=True)
        status = ExitStatus.ERROR
    sys.exit(status or 0)


def _bug(error: BaseException) -> str:
    import traceback

    where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    place = f" ({os.path.basename(where.filename)}:{where.lineno})" if where else ""
    return f"{type(error).__name__}: {error}{place}"
