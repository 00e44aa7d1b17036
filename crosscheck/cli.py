"""The command line: thin commands over the library API in `crosscheck.pipeline`."""
from __future__ import annotations

import atexit
import configparser
import contextlib
import dataclasses
import gc
import os
import re
import sys
from typing import Iterable, Optional, Sequence, Tuple, Union

import click

from . import selection
from .config import FAIL_LEVELS, Config, ConfigError, Settings, check_range, describe, load_settings
from .engines import ENGINES
from .errors import describe_exception
from .status import ExitStatus, exit_status, extract_status, failing
from .version import __version__

# `crosscheck --version` and `--help` import only the above: the pipeline, its extractors (whose
# patterns take most of a second to compile), pandas and the report formats are imported by the
# command that runs them. FORMATS names the reporters without importing them; a test holds it
# equal to crosscheck.report.REPORTERS.
FORMATS = ("text", "json", "markdown", "sarif", "junit", "github", "html")
FULL_LIMIT = 20  # crosscheck.report.text.FULL_LIMIT, named here for --help; a test holds them equal
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
                 help="Comma-separated extractor ids to run [default: all; an unknown id lists them]."),
)

report_options = _options(
    click.option("--format", "format_", type=click.Choice(FORMATS), default="text",
                 show_default=True, help="Report format."),
    click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file."),
    click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
                 help="Also write the HTML review page to this file."),
    click.option("--sarif", "sarif_path", type=click.Path(dir_okay=False), default=None,
                 help="Also write SARIF 2.1.0 to this file (for code scanning), in the same run."),
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
                 help="Dask scheduler address (tcp://host:8786), for --engine dask; without it, "
                      "a local cluster of --jobs worker processes runs for the check."),
)

cache_options = _options(
    click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
                 help="Folder of claims cached per source [default: the user's cache folder]."),
    click.option("--no-cache", is_flag=True, default=False,
                 help="Extract every source; read and write no cache."),
)

gate_options = _options(
    click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
                 help="Weakest verdict that makes the exit status 1 [default: conflict]."),
    click.option("--baseline", type=click.Path(dir_okay=False), default=None,
                 help="Accepted findings (by id) that do not fail the check."),
)

view_options = _options(
    click.option("--select", multiple=True, metavar="IDS",
                 help="Only findings of these kinds, verdicts or rule ids (date, conflict, date-conflict), "
                      "comma-separated; the exit status follows."),
    click.option("--ignore", multiple=True, metavar="IDS",
                 help="Drop findings of these kinds, verdicts or rule ids, comma-separated."),
    click.option("--show", multiple=True, type=click.Choice(["compatible", "agreements", "accepted", "all"]),
                 help="Also list these findings in the text report (conflicts are always listed)."),
    click.option("-v", "--verbose", is_flag=True,
                 help="Text report: every finding in full, with all its claims."),
    click.option("-q", "--quiet", is_flag=True, help="Text report: only errors and the summary line."),
    click.option("--full/--concise", default=None,
                 help="Text report: each finding with its quotes, or one line each "
                      f"[default: full up to {FULL_LIMIT} findings]."),
    click.option("--statistics", is_flag=True, help="Text report: count the findings by rule id."),
    click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                 help="Colour the text report (auto: on a terminal unless NO_COLOR is set)."),
)


# What every command that reads sources takes: the paths, the settings, and where to run.
source_options = _options(click.argument("paths", nargs=-1, type=click.Path()), common_options,
                          engine_options)


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
            raise UsageError(f"internal error (a crosscheck bug): {describe_exception(error)}") from error


@click.group(cls=_Commands)
@click.version_option(version=__version__, prog_name="crosscheck")
def cli():
    """Tell where your sources disagree about dates, figures and entities."""


@cli.command()
@source_options
@report_options
@gate_options
@view_options
@click.option("--threshold", type=float, default=None, callback=lambda ctx, param, value: _in_range(
    "align_threshold", param, value), help="Alignment threshold, 0-100.")
@cache_options
@click.option("--fail-on-error/--no-fail-on-error", default=False, show_default=True,
              help="Exit 2 when a source could not be fully checked (it is listed with its errors "
                   "either way).")
def check(paths, config_path, isolated, extractors, jobs, engine, scheduler, format_, output, html_path,
          claims_out, findings_out, fail_on, baseline, select, ignore, show, verbose, quiet, full, statistics,
          color, threshold, sarif_path, cache_dir, no_cache, fail_on_error):
    """Report agreements and conflicts between the sources under PATHS (default: sources/)."""
    config = _config(config_path, isolated, paths, extractors, fail_on=fail_on, baseline=baseline,
                     align_threshold=threshold, jobs=jobs, engine=engine, scheduler=scheduler,
                     cache=_cache(cache_dir, no_cache))
    from . import pipeline
    from .baseline import stale_note
    from .report import text as text_report
    from .report.outputs import Outputs

    outputs = Outputs(format_, output, html_path, sarif_path, claims_out, findings_out)
    with _library_errors():
        selection.tokens(select + ignore)  # a typo is a usage error before any file is read
        outputs.check()
        result = pipeline.check(config.paths, config, progress=not quiet, keep_texts=outputs.keep_texts,
                                keep_claims=outputs.keep_claims)
        stale = stale_note(config.baseline, result.findings) if config.baseline else ""
        if stale:
            click.echo(f"crosscheck: {stale}", err=True)
        result = selection.select(result, select, ignore)
        sources = [source.path for source in result.sources]
        colour = format_ == "text" and _colour(color, output)
        view = text_report.view_for(show, verbose, quiet, full, statistics, colour)
        _emit(outputs.main(result, config.fail_on, view), output, colour=colour, sources=sources)
        outputs.write_others(result, config.fail_on, sources)
    _tell(result.sources, result.notes)
    if len(result.sources) < 2:
        click.echo("crosscheck: only one source: nothing to compare.", err=True)
    sys.exit(exit_status(result, config.fail_on, fail_on_error))


def _colour(choice: str, output) -> bool:
    """Colour on a terminal, never in a file, never with NO_COLOR set (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return not output and not os.environ.get("NO_COLOR") and sys.stdout.isatty()


@cli.command()
@source_options
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Accept the findings at or above this verdict [default: the configured level].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help=f"Baseline file to write [default: the configured baseline, else {DEFAULT_BASELINE}].")
@click.option("--prune", is_flag=True,
              help="Only remove the entries that match no current finding; accept nothing new.")
@cache_options
def baseline(paths, config_path, isolated, extractors, jobs, engine, scheduler, fail_on, output, prune,
             cache_dir, no_cache):
    """Accept every current finding that would fail the check, in a baseline file.

    Entries already in the file keep their notes, and findings marked "to fix" on the review
    page stay to fix.
    """
    config = _config(config_path, isolated, paths, extractors, fail_on=fail_on, jobs=jobs, engine=engine,
                     scheduler=scheduler, cache=_cache(cache_dir, no_cache))
    output = output or config.baseline or DEFAULT_BASELINE
    from . import pipeline
    from .baseline import Baseline, baseline_text, load_baseline, updated
    from .report import write_atomic

    with _library_errors():
        old = load_baseline(output) if os.path.exists(output) else Baseline()
        # Check without waiving anything: the file is matched against every finding below.
        result = pipeline.check(config.paths, dataclasses.replace(config, baseline=None), progress=True,
                                keep_claims=False)
        new, added, pruned = updated(old, result.findings, failing(result, config.fail_on), prune)
        write_atomic(output, baseline_text(new), [source.path for source in result.sources])
    done = f"{pruned} stale entries removed" if prune else f"{added} findings newly accepted"
    click.echo(f"crosscheck: {done}; {len(new.accepted)} accepted in {output}", err=True)


@cli.command()
@source_options
@click.option("--format", "format_", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object a line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file.")
@click.option("--fail-on-error/--no-fail-on-error", default=False, show_default=True,
              help="Exit 2 when a source could not be fully read (its errors are on stderr either way).")
def extract(paths, config_path, isolated, extractors, jobs, engine, scheduler, format_, output,
            fail_on_error):
    """Print every value mention found in PATHS, one JSON object a line."""
    config = _config(config_path, isolated, paths, extractors, jobs=jobs, engine=engine, scheduler=scheduler)
    from . import pipeline
    from .serialize import mentions_jsonl

    with _library_errors():
        done = list(pipeline.extract(config.paths, config, progress=True, unreadable=True))
        _emit(mentions_jsonl(done), output, [source.path for source, _ in done])
    _tell([source for source, _ in done])
    sys.exit(extract_status([source for source, _ in done], fail_on_error))


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
    from . import pipeline
    from .baseline import BaselineError
    from .engines import EngineError
    from .load import LoadError
    from .report.output import OutputError
    from .report.tables import TableError

    library_errors = (LoadError, ConfigError, BaselineError, TableError, EngineError, OutputError,
                      pipeline.NoSourcesError, ValueError)
    try:
        yield
    except library_errors as error:
        raise UsageError(str(error)) from error


def _settings(config_path: Optional[str], isolated: bool, paths: Tuple[str, ...], extractors: Optional[str],
              **overrides) -> Settings:
    try:
        settings = load_settings(config_path, isolated=isolated)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    except (configparser.Error, UnicodeDecodeError, OSError) as error:
        reason = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else " ".join(str(error).split())
        raise UsageError(f"{config_path}: cannot read its settings: {reason}") from error
    chosen = tuple(e.strip() for e in extractors.split(",") if e.strip()) if extractors else None
    settings = settings.merged(paths=tuple(paths) or None, extractors=chosen, **overrides)
    _known_extractors(settings)
    return settings


def _known_extractors(settings: Settings) -> None:
    """Refuse an unknown extractor id, naming the file (or flag) it came from."""
    if not settings.config.extractors:
        return
    from .extract import EXTRACTORS

    unknown = [name for name in settings.config.extractors if name not in EXTRACTORS]
    if unknown:
        origin = settings.origins["extractors"]
        where = "--extractors" if origin == "command line" else f"{origin} extractors"
        raise UsageError(f"{where} = {', '.join(settings.config.extractors)!r}: unknown extractor(s): "
                         f"{', '.join(unknown)}; known: {', '.join(EXTRACTORS)}")


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


def _cache(folder: Optional[str], off: bool) -> Optional[str]:
    # None keeps the configured cache (by default the user's cache folder).
    from .cache import OFF

    return OFF if off else folder


def _emit(content: Union[str, Iterable[str]], output: Optional[str], colour: bool = False,
          sources: Sequence[str] = ()) -> None:
    if output and output != "-":
        from .report.output import write_atomic

        write_atomic(output, content, sources)  # pieces are written as they are made
    else:
        content = content if isinstance(content, str) else "".join(content)
        # A file name that is not UTF-8 is shown with escapes rather than failing the write.
        shown = content if content.isascii() else content.encode("utf-8", "backslashreplace").decode("utf-8")
        click.echo(shown, nl=False, color=colour or None)  # click strips colour off a terminal


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
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"),
                        text)


def main():
    """Console-script entry point; the only place that exits.

    Exit status 1 means "findings", so nothing else may end with it: click's Abort (Ctrl-C) and
    any uncaught exception (a crosscheck bug) end with status 2 and one line on stderr, no traceback.
    """
    # The cycle collector's young generation is walked every 100,000 new objects, not every 700:
    # importing the pipeline's modules made 180 passes, 0.05 CPU s (measured; mypy runs with 200,000).
    # Its last collection, as the interpreter exits, walks every object still alive (modules, the
    # lemmatizer's dictionaries, the extractors' caches): 0.2 CPU s after checking 1,000 documents,
    # measured. Frozen objects are left out; their memory goes with the process.
    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    atexit.register(gc.freeze)
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
        click.echo(f"crosscheck: internal error, please report it: {describe_exception(error)}", err=True)
        status = ExitStatus.ERROR
    sys.exit(status or 0)
