"""A progress bar on stderr for long runs, drawn only when stderr is a terminal."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterable, Iterator, TypeVar

import click

T = TypeVar("T")


def track(items: Iterable[T], length: int, label: str, enabled: bool = True) -> Iterator[T]:
    """Yield `items`, drawing a bar on stderr when enabled and stderr is a terminal."""
    # Redirected stderr (CI logs, pipes) gets nothing: a bar there is only noise.
    if not (enabled and sys.stderr.isatty()):
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar


@contextmanager
def stage(label: str, enabled: bool = True):
    """Name a stage that has no bar (aligning, comparing) on a terminal's stderr while it runs."""
    shown = enabled and sys.stderr.isatty()
    if shown:
        sys.stderr.write(f"\r\x1b[K{label}…")
        sys.stderr.flush()
    try:
        yield
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
