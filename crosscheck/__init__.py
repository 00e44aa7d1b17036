"""crosscheck: tell where your sources disagree.

    import crosscheck
    result = crosscheck.check(["sources/"])
    for finding in result.findings:
        print(finding.verdict, finding.subject, finding.reason)
    frame = result.claims_frame()  # one row per claim, a pandas DataFrame
"""
from .config import Config, load_config
from .load import load_sources
from .model import Claim, DateValue, EntityValue, FigureValue, Finding, Mention, Result, Source
from .pipeline import check, extract
from .report import render

__all__ = ["Claim", "Config", "DateValue", "EntityValue", "FigureValue", "Finding", "Mention",
           "Result", "Source", "check", "extract", "load_config", "load_sources", "render"]
__version__ = "0.1.0"
