"""The command line: thin commands over the library API in `crosscheck.pipeline`."""
from __future__ import annotations

import json as jsonlib
import sys
from typing import Optional, Tuple

import click

from . import pipeline
from .baseline import BaselineError
from .config import FAIL_LEVELS, ConfigError, load_config
from .engines import ENGINES, EngineError
from .extract import EXTRACTORS
from .load import LoadError
from .report import REPORTERS, render, write_atomic
from .serialize import mention_to_dict
from .status import ExitStatus, exit_status

_LIBRARY_ERRORS = (LoadError, ConfigError, BaselineError, pipeline.NoSourcesError, EngineError, ValueError)


class UsageError(click.ClickException):
    """A usage, configuration or input error: exit status 2 with a message on stderr."""

    exit_code = ExitStatus.ERROR


def common_options(command):
    """Options every command shares: the config file and which extractors run."""
    command = click.option("--config", "config_path", default="setup.cfg", show_default=True,
                           help="File whose [crosscheck] section holds settings.")(command)
    command = click.option("--extractors", default=None, metavar="IDS",
                           help=f"Comma-separated extractors to run (of: {', '.join(EXTRACTORS)}).")(command)
    return command


def engine_options(command):
    """Options that choose where extraction and alignment run: local cores or a Dask cluster."""
    command = click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
                           help="Extraction processes; 0 = one per core [default: 0].")(command)
    command = click.option("--engine", type=click.Choice(ENGINES), default=None,
                           help="Run on this machine or on Dask [default: local].")(command)
    command = click.option("--scheduler", default=None, metavar="ADDRESS",
                           help="Dask scheduler address (tcp://host:8786), for --engine dask.")(command)
    return command


@click.group()
@click.version_option(package_name="crosscheck")
def cli():
    """Tell where your sources disagree about dates, figures and entities."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--format", "format_", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Weakest verdict that makes the exit status 1 [default: conflict].")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Accepted findings (by id) that do not fail the check.")
@click.option("--threshold", type=float, default=None, help="Alignment threshold, 0-100.")
def check(paths, config_path, extractors, jobs, engine, scheduler, format_, output, fail_on, baseline,
          threshold):
    """Report agreements and conflicts between the sources under PATHS (default: sources/)."""
    config = _config(config_path, paths, extractors, fail_on=fail_on, baseline=baseline,
                     align_threshold=threshold, jobs=jobs, engine=engine, scheduler=scheduler)
    try:
        result = pipeline.check(config.paths, config, progress=True)
    except _LIBRARY_ERRORS as error:
        raise UsageError(str(error)) from error
    _emit(render(result, format_), output)
    if len(result.sources) < 2:
        click.echo("crosscheck: only one source: nothing to compare.", err=True)
    sys.exit(exit_status(result, config.fail_on))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@common_options
@engine_options
@click.option("--format", "format_", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file.")
def extract(paths, config_path, extractors, jobs, engine, scheduler, format_, output):
    """Print every value mention found in PATHS, one JSON object a line."""
    config = _config(config_path, paths, extractors, jobs=jobs, engine=engine, scheduler=scheduler)
    try:
        lines = [jsonlib.dumps(mention_to_dict(source, mention), ensure_ascii=False)
                 for source, mentions in pipeline.extract(config.paths, config, progress=True)
                 for mention in mentions]
    except _LIBRARY_ERRORS as error:
        raise UsageError(str(error)) from error
    _emit("".join(line + "\n" for line in lines), output)


def _config(config_path: str, paths: Tuple[str, ...], extractors: Optional[str], **overrides):
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    chosen = tuple(e.strip() for e in extractors.split(",") if e.strip()) if extractors else None
    return config.merged(paths=tuple(paths) or None, extractors=chosen, **overrides)


def _emit(content: str, output: Optional[str]) -> None:
    if output:
        write_atomic(output, content)
    else:
        click.echo(content, nl=False)


def main():
    """Console-script entry point; the only place that exits."""
    cli(prog_name="crosscheck")
