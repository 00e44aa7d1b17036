"""A progress bar on stderr for long runs, drawn only when stderr is a terminal."""
from __future__ import annotations

import sys
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
