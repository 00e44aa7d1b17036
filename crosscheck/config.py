"""Settings: defaults, then setup.cfg's [crosscheck] section, then command-line flags."""
from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, fields, replace
from typing import Optional, Tuple

FAIL_LEVELS = ("conflict", "compatible", "never")


class ConfigError(Exception):
    """The configuration cannot be used."""


@dataclass(frozen=True)
class Config:
    paths: Tuple[str, ...] = ("sources",)
    fail_on: str = "conflict"  # the weakest verdict that fails a check; "never" never fails
    baseline: Optional[str] = None  # a file of accepted finding ids
    extractors: Optional[Tuple[str, ...]] = None  # None runs every registered extractor
    align_threshold: float = 60.0  # similarity of masked sentences, 0-100
    figure_tolerance: float = 0.005  # relative difference still read as the same figure (rounding)
    hedge_tolerance: float = 0.10  # relative spread allowed around a hedged figure ("about 61%")
    jobs: int = 0  # extraction processes; 0 means one per core (small corpora stay in-process)
    engine: str = "local"  # "local" or "dask"
    scheduler: Optional[str] = None  # a Dask scheduler address, for engine = dask
    cache: Optional[str] = None  # claims cache folder; None: the user's cache folder; "off": none

    def merged(self, **overrides) -> "Config":
        """Return a copy with every override that is not None applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_LISTS = {"paths", "extractors"}
_FLOATS = {"align_threshold", "figure_tolerance", "hedge_tolerance"}
_INTS = {"jobs"}


def load_config(path: str = "setup.cfg") -> Config:
    """Read the [crosscheck] section of `path`; a missing file or section gives the defaults."""
    if not os.path.exists(path):
        return Config()
    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as error:
        raise ConfigError(f"{path}: {error}") from error
    if not parser.has_section("crosscheck"):
        return Config()
    known = {f.name for f in fields(Config)}
    values = {}
    for key, raw in parser.items("crosscheck"):
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(f"{path}: [crosscheck] has an unknown setting {key!r}")
        values[name] = _parse(name, raw, path)
    config = Config(**values)
    if config.fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{path}: fail_on must be one of {', '.join(FAIL_LEVELS)}")
    return config


def _parse(name: str, raw: str, path: str):
    if name in _LISTS:
        return tuple(item for item in raw.replace(",", " ").split() if item)
    if name in _FLOATS:
        try:
            return float(raw)
        except ValueError as error:
            raise ConfigError(f"{path}: {name} must be a number, not {raw!r}") from error
    if name in _INTS:
        try:
            return int(raw)
        except ValueError as error:
            raise ConfigError(f"{path}: {name} must be a whole number, not {raw!r}") from error
    return raw.strip() or None
