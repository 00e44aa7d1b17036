"""How a crosscheck bug is told: one line naming the exception, its message and where it was raised.

A stage that catches an unexpected exception (an extractor on one sentence, a claim on one
mention, the command line on a whole run) reports it with `describe_exception`, so every
such message reads the same and none carries a traceback.
"""
from __future__ import annotations

import os
import traceback

_MESSAGE_LIMIT = 300  # characters of the exception's message: one line, never a dumped input


def describe_exception(error: BaseException) -> str:
    """Return an exception's type, message and where it was raised, on one line."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({os.path.basename(frames[-1].filename)}:{frames[-1].lineno})" if frames else ""
    message = " ".join(str(error).split())[:_MESSAGE_LIMIT]
    return f"{type(error).__name__}: {message}{where}"
