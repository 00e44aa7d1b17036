"""What a claim is about: its subject and attribute, read from the sentence around it."""
from __future__ import annotations

import re
from typing import List, Tuple

# Capitalised names, with a version number when they have one ("Llama 3.1", "GPT-4o").
_NAME = re.compile(r"\b[A-Z][\w’'&.-]*[\w](?:[ -](?:\d+(?:\.\d+)?[a-z]?\b|[A-Z][\w-]*))*")
_STOP = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "It", "Its", "This", "That", "These",
    "Those", "But", "And", "Or", "As", "After", "Before", "When", "While", "With", "Still", "Now",
    "Meanwhile", "Also", "He", "She", "They", "We", "I", "Yes", "No", "Unlike", "Although", "Then",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Crucially", "Suddenly", "Unexpectedly", "According",
}
# Words that name what a value says about its subject; first match in the sentence wins.
_ATTRIBUTES: List[Tuple[str, str]] = [
    (r"\b(?:releas|launch|debut|unveil|rolled out|rollout|open-sourced|reveal)\w*", "release"),
    (r"\bdownload\w*", "downloads"),
    (r"\bcapital expenditure\w*|\bcapex\b", "capital expenditure"),
    (r"\bmonthly active users\b", "monthly active users"),
    (r"\b(?:lost|loss(?:es)?)\b", "loss"),
    (r"\brevenue\w*", "revenue"),
    (r"\bparameters?\b", "size"),
    (r"\bstake\b", "stake"),
    (r"\bbased on\b", "share based on"),
]
_RELEASE_PARENTHESIS = re.compile(r"\w\s*\($")  # "Llama 2 (July 2023)": a release date


def names(sentence: str) -> List[Tuple[int, str]]:
    """Return (offset, name) of the capitalised names in a sentence."""
    found = []
    for match in _NAME.finditer(sentence):
        words = match.group().split()
        while words and words[0] in _STOP:
            words.pop(0)
        if words and words[0][0].isupper():
            found.append((match.start() + match.group().index(words[0]), " ".join(words).rstrip("’'")))
    return found


def subject_of(sentence: str, offset: int, end: int) -> str:
    """Pick the name the value at [offset, end) is about, or "" when the sentence does not say.

    A versioned name ("Llama 2") anywhere in the sentence wins; otherwise the nearest name
    before the value, since the grammatical subject usually comes first. A plain name after
    the value is more often an object ("downloaded on sites like Hugging Face").
    """
    before = [(start, name) for start, name in names(sentence) if start + len(name) <= offset]
    after = [(start, name) for start, name in names(sentence) if start >= end]
    before = [c for c in before if not _ATTRIBUTION.search(sentence[:c[0]])]
    versioned = [c for c in before + after if re.search(r"\d", c[1])]
    if versioned:
        return _bare(min(versioned, key=lambda c: (abs(c[0] - offset), c[0]))[1])
    return _bare(before[-1][1]) if before else ""


_ATTRIBUTION = re.compile(r"\b(?:[Aa]ccording to|[Tt]old|[Pp]er)\s+$")


def _bare(name: str) -> str:
    return name.removesuffix("’s").removesuffix("'s")


def attribute_of(sentence: str, offset: int, kind: str) -> str:
    """Name what the sentence says of its subject, or "" when no known word says it."""
    if kind == "date" and _RELEASE_PARENTHESIS.search(sentence[:offset]):
        return "release"
    for pattern, attribute in _ATTRIBUTES:
        if re.search(pattern, sentence, re.IGNORECASE):
            return attribute
    return ""
