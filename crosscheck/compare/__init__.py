"""Compare stage: decide how the aligned claims of one group relate.

Each kind supplies two tests on a pair of values, `same` (agreement) and `consistent`
(both can be true). The claims of a source form a set (a source may list several dates
for one thing); every value one source gives must be consistent with some value of every
other source, else the group is a conflict naming the values only one side gives.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..config import Config
from ..display import show
from ..model import Claim, Value
from . import dates, entities, figures


@dataclass(frozen=True)
class Rules:
    same: Callable[[Value, Value, Config], bool]
    consistent: Callable[[Value, Value, Config], bool]
    explain: Callable[[Value, Value], str]  # why two values conflict, in words


RULES: Dict[str, Rules] = {
    "date": Rules(dates.same, dates.consistent, dates.explain),
    "figure": Rules(figures.same, figures.consistent, figures.explain),
    "entity": Rules(entities.same, entities.consistent, entities.explain),
}


def compare(claims: Sequence[Claim], config: Optional[Config] = None) -> Tuple[str, str]:
    """Return (verdict, reason) for claims about one thing from two or more sources."""
    config = config or Config()
    rules = RULES[claims[0].kind]
    per_source = _values_by_source(claims)
    says = _says(per_source)
    unmatched = _unmatched(per_source, rules, config)
    if unmatched:
        return "conflict", f"{says}. {unmatched}"
    if _all_same(per_source, lambda a, b: rules.same(a, b, config)):
        return "agreement", f"{says}: the same value."
    return "compatible", f"{says}: consistent, at different precision or bounds."


def verdict_of(claims: Sequence[Claim], config: Optional[Config] = None) -> str:
    """Return the verdict `compare` gives, without wording its reason.

    A thousand sources that state one fact state a handful of distinct value sets, so each
    distinct set (a statement) is weighed once, and each distinct value tested once against
    each other: linear in the claims, where testing source against source was quadratic.
    `plain_verdict_of` is the specification it must equal.
    """
    config = config or Config()
    rules = RULES[claims[0].kind]
    statements = _statements(_values_by_source(claims))
    if _unallowed(statements, rules, config):
        return "conflict"
    reference = {key: list(key) for key in statements}
    return "agreement" if _all_same(reference, lambda a, b: rules.same(a, b, config)) else "compatible"


def plain_verdict_of(claims: Sequence[Claim], config: Optional[Config] = None) -> str:
    """Return the verdict `compare` gives, source against source (the specification of `verdict_of`)."""
    config = config or Config()
    rules = RULES[claims[0].kind]
    per_source = _values_by_source(claims)
    for source, values in per_source.items():
        for other, other_values in per_source.items():
            allowed = (any(rules.consistent(value, theirs, config) for theirs in other_values)
                       for value in values)
            if other != source and not all(allowed):
                return "conflict"
    return "agreement" if _all_same(per_source, lambda a, b: rules.same(a, b, config)) else "compatible"


def _statements(per_source: Dict[str, List[Value]]) -> Dict[Tuple[Value, ...], int]:
    """Count the sources that give each distinct set of values, in the order first given."""
    counts: Dict[Tuple[Value, ...], int] = {}
    for values in per_source.values():
        key = tuple(values)
        counts[key] = counts.get(key, 0) + 1
    return counts


def _unallowed(statements: Dict[Tuple[Value, ...], int], rules: Rules, config: Config) -> bool:
    """Tell whether some source gives a value that no value of some other source allows.

    Two sources giving the same statement test it against itself, so a statement given once
    need not allow its own values and one given twice or more must.
    """
    keys = list(statements)
    holders: Dict[Value, set] = {}  # each distinct value: the statements that give it
    for index, key in enumerate(keys):
        for value in key:
            holders.setdefault(value, set()).add(index)
    for value in holders:
        allowed: set = set()  # the statements with a value that `value` is consistent with
        for other, given in holders.items():
            if not given <= allowed and rules.consistent(value, other, config):
                allowed |= given
        if len(allowed) == len(keys):
            continue
        for index in holders[value]:
            if statements[keys[index]] > 1 or len(allowed | {index}) < len(keys):
                return True
    return False


def why_conflict(claims: Sequence[Claim], config: Optional[Config] = None) -> str:
    """Name the value of one source that no value of another allows ("" when every value is allowed)."""
    config = config or Config()
    return _unmatched(_values_by_source(claims), RULES[claims[0].kind], config)


def describe(claims: Sequence[Claim]) -> str:
    """Say what each source gives: "fortune says April 2024; egoistai says 2024"."""
    return _says(_values_by_source(claims))


def tally(claims: Iterable[Claim]) -> Tuple[Tuple[str, int], ...]:
    """Count the sources that give each distinct value, most given first: who says what, in brief."""
    sources: Dict[object, set] = {}
    shown: Dict[object, str] = {}
    for claim in claims:
        key = _folded(claim.value)
        sources.setdefault(key, set()).add(claim.source)
        if key not in shown:
            shown[key] = show(claim.value)
    return tuple(sorted(((shown[key], len(given)) for key, given in sources.items()),
                        key=lambda item: (-item[1], item[0])))


def statement(claims: Iterable[Claim]) -> Tuple[Value, ...]:
    """Return the distinct values one source's claims give, in order: what `verdict_of` weighs of them."""
    values: List[Value] = []
    for claim in claims:
        if _folded(claim.value) not in map(_folded, values):  # "LeCun" and "Lecun" are one value
            values.append(claim.value)
    return tuple(values)


def _says(per_source: Dict[str, List[Value]]) -> str:
    return "; ".join(f"{source} says {_listed(values)}" for source, values in per_source.items())


def _values_by_source(claims: Sequence[Claim]) -> Dict[str, List[Value]]:
    per_source: Dict[str, List[Claim]] = {}
    for claim in claims:
        per_source.setdefault(claim.source, []).append(claim)
    return {source: list(statement(mine)) for source, mine in per_source.items()}


def _folded(value: Value):
    return getattr(value, "normalized", value)


def _listed(values: List[Value]) -> str:
    shown = [show(value) for value in values]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _unmatched(per_source: Dict[str, List[Value]], rules: Rules, config: Config) -> str:
    """Explain the first value of one source that no value of another source allows."""
    for source, values in per_source.items():
        for other, other_values in per_source.items():
            if other == source:
                continue
            for value in values:
                if not any(rules.consistent(value, theirs, config) for theirs in other_values):
                    return _only_one_side(source, value, len(values), other, other_values, rules)
    return ""


def _only_one_side(source: str, value: Value, count: int, other: str, other_values: List[Value],
                   rules: Rules) -> str:
    if len(other_values) > 1:
        return f"Only {source} gives {show(value)}; {other} does not."
    if count > 1:  # a list against a single value: the list says more, not something else
        return f"Only {source} gives {show(value)}; {other} gives {show(other_values[0])} alone."
    detail = rules.explain(value, other_values[0])
    return f"Only {source} gives {show(value)}; {other} gives {show(other_values[0])}{detail}."


def _all_same(per_source: Dict[str, List[Value]], same) -> bool:
    reference = next(iter(per_source.values()))
    return all(
        len(values) == len(reference)
        and all(any(same(value, ref) for ref in reference) for value in values)
        for values in per_source.values()
    )

