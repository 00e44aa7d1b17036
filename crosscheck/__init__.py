"""crosscheck: tell where your sources disagree.

    import crosscheck
    result = crosscheck.check(["sources/"])
    for finding in result.findings:
        print(finding.verdict, finding.subject, finding.reason)
    frame = crosscheck.claims_frame(result)  # one row per claim, a pandas DataFrame
"""
from typing import TYPE_CHECKING

from .version import __version__  # noqa: F401  (crosscheck.__version__)

__all__ = ["Claim", "Config", "DateValue", "EntityValue", "FigureValue", "Finding", "Mention",
           "Result", "Source", "check", "claims_frame", "extract", "findings_frame", "load_config",
           "load_sources", "render"]

# The names below are imported when first used, so that `crosscheck --version` and `--help` do
# not load the pipeline (its patterns, pandas, the report formats): a start-up of about a
# second and a half, where a command line should answer at once.
_HOMES = {"Config": "config", "load_config": "config", "load_sources": "load", "check": "pipeline",
          "extract": "pipeline", "render": "report", "claims_frame": "table", "findings_frame": "table",
          **{name: "model" for name in (
              "Claim", "DateValue", "EntityValue", "FigureValue", "Finding", "Mention", "Result", "Source")}}

if TYPE_CHECKING:  # for type checkers and editors, which do not run __getattr__
    from .config import Config, load_config  # noqa: F401
    from .load import load_sources  # noqa: F401
    from .model import Claim, DateValue, EntityValue, FigureValue, Finding, Mention, Result, Source  # noqa: F401
    from .pipeline import check, extract  # noqa: F401
    from .report import render  # noqa: F401
    from .table import claims_frame, findings_frame  # noqa: F401


def __getattr__(name):
    if name not in _HOMES:
        raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
