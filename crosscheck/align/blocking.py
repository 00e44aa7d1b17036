"""Blocking: which claims alignment may compare, and in which windows of a large block.

Claims are blocked on kind and unit, so a date never meets a figure and dollars never meet
GPUs. Blocks larger than `WINDOW` are scored in sliding windows over two sort orders (the
sorted-neighbourhood method), so the cost grows with claims x WINDOW, not claims squared.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim
from .keys import Key

WINDOW = 256  # claims scored together at most, in a large block


def blocks(claims: Sequence[Claim]) -> dict[tuple, list[int]]:
    """Return the indices of the claims alignment may join, by block: (kind, unit)."""
    found: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.value is not None and not vague(claim):
            found.setdefault((claim.kind, getattr(claim.value, "unit", "")), []).append(i)
    return found


def vague(claim: Claim) -> bool:
    """Tell whether a claim is an open-ended figure in words that says nothing of what it counts.

    "For years" and "a few months" are true of almost anything; two sources using them are
    no evidence they speak of one thing.
    """
    return (claim.kind == "figure" and not claim.attribute and getattr(claim.value, "high", 0) is None
            and not any(char.isdigit() for char in claim.text))


def windows(block: list[int], claims: Sequence[Claim], keys: list[Key]) -> list[list[int]]:
    """Split a large block into overlapping windows along two sort orders."""
    if len(block) <= WINDOW:
        return [block]
    # The block is in claim order and sorting is stable: ties stay in claim order without
    # the index in every sort key.
    orders = [sorted(block, key=lambda i: (keys[i].subject, keys[i].attribute)),
              sorted(block, key=lambda i: _value_key(claims[i]))]
    return [order[start:start + WINDOW] for order in orders for start in _window_starts(len(order))]


def _window_starts(size: int) -> range:
    step = WINDOW // 2
    return range(0, size - step, step)


def scored_pairs(size: int) -> int:
    """Return how many pairs of claims alignment scores in a block of `size` claims."""
    if size <= WINDOW:
        return size * (size - 1) // 2
    return sum(2 * (min(WINDOW, size - start) * (min(WINDOW, size - start) - 1) // 2)
               for start in _window_starts(size))


def _value_key(claim: Claim) -> str:
    value = claim.value
    stated = getattr(value, "start", None) or getattr(value, "low", None) or getattr(value, "high", None)
    return f"{stated}"
