"""Make source text and file names inert in a report: nothing in them can act on the reader.

A quote or a file name can hold terminal escape sequences (clear the screen, set the window
title, write the clipboard), bidirectional overrides that reorder what is shown, newlines that
forge a line of their own (`::error::` in a CI log, a heading in Markdown), Markdown that links
or pings (`@user`), and, in a name the file system gave as bytes, lone surrogates that no UTF-8
writer accepts. Every format that shows such text passes it through one of these functions.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the Unicode format characters that reorder or hide text
# (bidirectional embeddings, overrides and isolates; the line and paragraph separators).
_WHITESPACE = re.compile(r"\s+")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}


def _visible(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by os.fsdecode as a surrogate
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """Return `text` on one line with every control or reordering character shown as an escape."""
    return _CONTROLS.sub(lambda match: _visible(match.group(0)), text)


def one_line(text: str) -> str:
    """Return prose on one line: runs of whitespace become one space, other controls escapes."""
    return escaped(" ".join(text.split()))


# Backslash-escaped wherever they are: emphasis, code, links, headings, tables, strike-through.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]#|~])")
# What starts a block when it leads a line: a list item, a thematic break, an ordered list.
_LEADING_BLOCK = re.compile(r"^([-+=]|\d+(?=[.)]))")
# What GitHub turns into a link or a notification by itself: bare URLs, www., @mentions,
# #123 and GH-123 references. A zero-width space after the trigger breaks them.
_AUTOLINKS = re.compile(r"(?i)(@|:(?=//)|www(?=\.)|#(?=\d)|gh(?=-\d))")
ZERO_WIDTH = "\u200b"


def markdown(text: str, line_start: bool = True) -> str:
    """Return source text as inert Markdown inline text: no markup, HTML, links or mentions.

    Whitespace runs become one space (kept at the ends, so pieces of a sentence join as they
    were); `line_start` also escapes what would open a list or a break at the start of a line.
    """
    text = escaped(_WHITESPACE.sub(" ", text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _AUTOLINKS.sub(lambda match: match.group(0) + ZERO_WIDTH, text)
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    if not line_start:
        return text
    return _LEADING_BLOCK.sub(lambda match: match.group(0) + "\\" if match.group(0)[0].isdigit()
                              else "\\" + match.group(0), text, count=1)


def markdown_code(text: str) -> str:
    """Return text for inside a Markdown code span: no backtick can close it early."""
    return escaped(text).replace("`", "'")


def github_data(text: str) -> str:
    """Escape a workflow command's message the way the Actions runner unescapes it, on one line."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return escaped(text)


def github_property(text: str) -> str:
    """Escape a workflow command's property value (file=, title=)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")
