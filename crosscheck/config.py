"""Settings: defaults, then a config file's crosscheck section, then command-line flags.

Read the way linters read theirs: `[tool.crosscheck]` in pyproject.toml, or `[crosscheck]` in
setup.cfg or tox.ini, in the first folder that has one, walking up from the working directory
(and stopping at a repository's root). Paths in a file are relative to that file. INI values may
carry `#` or `;` comments after a space and are never interpolated, so `%` is plain text.
"""
from __future__ import annotations

import configparser
import math
import os
import stat
from dataclasses import dataclass, fields, replace
from typing import Dict, List, Mapping, Optional, Tuple

FAIL_LEVELS = ("conflict", "compatible", "never")
ENGINE_NAMES = ("local", "dask")
CONFIG_FILES = ("pyproject.toml", "setup.cfg", "tox.ini")  # looked for in this order in each folder
_ROOT_MARKERS = (".git", ".hg")  # the walk-up stops at a repository's root, as ruff and black do
MAX_CONFIG_BYTES = 1 << 20  # a settings file is a few hundred bytes; anything near this is not one


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


@dataclass(frozen=True)
class Settings:
    """A Config and where each of its values came from ("default", a file, "command line")."""

    config: Config
    origins: Mapping[str, str]
    file: Optional[str] = None  # the config file read, if any

    def merged(self, **overrides) -> "Settings":
        """Return settings with every override that is not None applied, as from the command line."""
        given = {k: v for k, v in overrides.items() if v is not None}
        origins = dict(self.origins, **{k: "command line" for k in given})
        return Settings(self.config.merged(**given), origins, self.file)


# name -> (kind, what a good value is); kinds: paths, path, names, choice, range, count, text
_SPECS: Dict[str, tuple] = {
    "paths": ("paths",),
    "fail_on": ("choice", FAIL_LEVELS),
    "baseline": ("path",),
    "extractors": ("names",),
    "align_threshold": ("range", 0.0, 100.0),
    "figure_tolerance": ("range", 0.0, 1.0),
    "hedge_tolerance": ("range", 0.0, 1.0),
    "jobs": ("count",),
    "engine": ("choice", ENGINE_NAMES),
    "scheduler": ("text",),
    "cache": ("cache",),
}


def load_config(path: Optional[str] = None, start: Optional[str] = None) -> Config:
    """Return the settings of `path`, or of the config file found walking up from `start`."""
    return load_settings(path, start).config


def load_settings(path: Optional[str] = None, start: Optional[str] = None,
                  isolated: bool = False) -> Settings:
    """Read the named config file (which must exist) or the one found; defaults when none is."""
    defaults = {f.name: "default" for f in fields(Config)}
    if isolated:
        return Settings(Config(), defaults)
    if path is None:
        found = find_config(start or os.getcwd())
        if found is None:
            return Settings(Config(), defaults)
        path, raw = found
    else:
        raw = _section(path)
        if raw is None:
            raw = {}
    where = f"{_display(path)} {_SECTION_NAMES[_suffix(path)]}"
    values = {name: _parse(path, key, name, value) for key, name, value in _named(path, raw)}
    origins = dict(defaults, **{name: where for name in values})
    return Settings(Config(**values), origins, path)


def find_config(start: str) -> Optional[Tuple[str, Dict[str, object]]]:
    """Return the first config file with a crosscheck section, walking up from `start`."""
    folder = os.path.abspath(start)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                raw = _section(candidate)
                if raw is not None:
                    return candidate, raw
        parent = os.path.dirname(folder)
        if parent == folder or any(os.path.exists(os.path.join(folder, m)) for m in _ROOT_MARKERS):
            return None
        folder = parent


_SECTION_NAMES = {"toml": "[tool.crosscheck]", "cfg": "[crosscheck]", "ini": "[crosscheck]"}


def _suffix(path: str) -> str:
    return "toml" if path.endswith(".toml") else ("ini" if path.endswith(".ini") else "cfg")


def _section(path: str) -> Optional[Dict[str, object]]:
    """Return the crosscheck section of a config file as {key: raw value}, or None if it has none."""
    text = _read_text(path)
    if _suffix(path) == "toml":
        try:
            data = _toml().loads(text)
        except ValueError as error:  # tomllib.TOMLDecodeError is a ValueError
            raise ConfigError(f"{_display(path)}: not valid TOML: {error}") from error
        section = data.get("tool", {}).get("crosscheck") if isinstance(data.get("tool"), dict) else None
        if section is not None and not isinstance(section, dict):
            raise ConfigError(f"{_display(path)}: [tool.crosscheck] must be a table")
        return section
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#", ";"),
                                       inline_comment_prefixes=("#", ";"), strict=True)
    try:
        parser.read_string(text, source=path)
    except configparser.Error as error:
        raise ConfigError(f"{_display(path)}: not a valid INI file: {_one_line(str(error))}") from error
    return dict(parser.items("crosscheck")) if parser.has_section("crosscheck") else None


def _read_text(path: str) -> str:
    """Read a config file with the guards sources have: a regular file, small, UTF-8."""
    try:
        info = os.stat(path)
    except FileNotFoundError as error:
        raise ConfigError(f"{_display(path)}: no such config file") from error
    except OSError as error:
        raise ConfigError(f"{_display(path)}: cannot read config file: {error.strerror}") from error
    if not stat.S_ISREG(info.st_mode):  # a FIFO would hang a read, /dev/zero would never end
        raise ConfigError(f"{_display(path)}: not a regular file")
    if info.st_size > MAX_CONFIG_BYTES:
        raise ConfigError(f"{_display(path)}: {info.st_size:,} bytes is too large for a config file "
                          f"(limit {MAX_CONFIG_BYTES:,})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise ConfigError(f"{_display(path)}: cannot read config file: {error.strerror}") from error
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{_display(path)}: grew past {MAX_CONFIG_BYTES:,} bytes while read")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{_display(path)}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                          f"{error.start})") from error


def _toml():
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib
    return tomllib


def _named(path: str, raw: Mapping[str, object]) -> List[Tuple[str, str, object]]:
    known = {f.name for f in fields(Config)}
    named = []
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(f"{_where(path, key)}: unknown setting; known: {', '.join(sorted(known))}")
        named.append((key, name, value))
    return named


def _parse(path: str, key: str, name: str, value: object):
    """Return the setting's value, or raise naming the file, the key and the value read."""
    kind, *bounds = _SPECS[name]
    try:
        return _PARSERS[kind](value, *bounds, base=os.path.dirname(os.path.abspath(path)))
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{_where(path, key)} = {_shown(value)}: {error}") from error


def _where(path: str, key: str) -> str:
    return f"{_display(path)}: {_SECTION_NAMES[_suffix(path)]} {key}"


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else repr(value).replace("'", '"')


def _items(value: object) -> Tuple[str, ...]:
    if isinstance(value, str):
        return tuple(item for item in value.replace(",", " ").split() if item)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    raise TypeError("must be a list of names")


def _relative(base: str, path: str) -> str:
    """A path named in a config file is relative to that file; shown relative to the cwd."""
    joined = os.path.normpath(os.path.join(base, os.path.expanduser(path)))
    try:
        return os.path.relpath(joined) if not os.path.isabs(path) else joined
    except ValueError:  # another drive on Windows
        return joined


def _paths(value, base):
    items = _items(value)
    if not items:
        raise ValueError("must name at least one file or folder")
    return tuple(_relative(base, item) for item in items)


def _path(value, base):
    if not isinstance(value, str):
        raise TypeError("must be a file name")
    return _relative(base, value.strip()) if value.strip() else None


def _names(value, base):
    return _items(value) or None


def _choice(value, choices, base):
    if not isinstance(value, str) or value.strip() not in choices:
        raise ValueError(f"must be one of {', '.join(choices)}")
    return value.strip()


def _range(value, low, high, base):
    number = _number(value)
    if not (math.isfinite(number) and low <= number <= high):
        raise ValueError(f"must be a number from {low:g} to {high:g}")
    return number


def _number(value) -> float:
    if isinstance(value, bool):
        raise TypeError("must be a number")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise ValueError("must be a number") from None
    raise TypeError("must be a number")


def _count(value, base):
    if isinstance(value, bool):
        raise TypeError("must be a whole number, 0 or more")
    try:
        number = int(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValueError("must be a whole number, 0 or more") from None
    if number < 0 or (isinstance(value, float) and value != number):
        raise ValueError("must be a whole number, 0 or more")
    return number


def _text(value, base):
    if not isinstance(value, str):
        raise TypeError("must be text")
    return value.strip() or None


def _cache(value, base):
    # A folder (relative to the file, as every path in it) or "off"; never a folder named off.
    if not isinstance(value, str):
        raise TypeError("must be a folder, or off")
    return "off" if value.strip().lower() == "off" else _path(value, base)


_PARSERS = {"paths": _paths, "path": _path, "names": _names, "choice": _choice, "range": _range,
            "count": _count, "text": _text, "cache": _cache}


def check_range(name: str, value: float) -> float:
    """Return a command-line value inside its setting's range, or raise ValueError saying the range."""
    kind, low, high = _SPECS[name]
    return _range(value, low, high, base="")


def _display(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return relative if not relative.startswith(".." + os.sep + "..") else path


def _one_line(text: str) -> str:
    return " ".join(text.split())


def describe(settings: Settings) -> str:
    """Return the effective settings, one a line, each with where it came from."""
    lines = [f"# config file: {_display(settings.file) if settings.file else 'none found'}"]
    for field in fields(Config):
        value = _written(getattr(settings.config, field.name))
        lines.append(f"{field.name} = {value}  # {settings.origins[field.name]}")
    return "\n".join(lines) + "\n"


def _written(value) -> str:
    """A setting's value as a config file would write it: names comma-separated, none empty."""
    if isinstance(value, tuple):
        return ", ".join(value)
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)
