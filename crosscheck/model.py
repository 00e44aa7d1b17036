"""The records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; they become dicts only in
`crosscheck.serialize`, at the JSON and template boundary.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional, Tuple, Union

KINDS = ("date", "figure", "entity")
VERDICTS = ("conflict", "compatible", "agreement")
DATE_GRANULARITIES = (
    "day", "week", "month", "quarter", "season", "half", "part", "year", "decade",
)
FIGURE_BOUNDS = ("eq", "approx", "gt", "ge", "lt", "le", "range")


@dataclass(frozen=True)
class Source:
    """One document as crosscheck read it."""

    id: str  # unique within a run; the file stem unless that clashes
    path: str  # as given on the command line or found under a given folder
    # What offsets index: a .txt or .md file decoded as is (no newline translation); for
    # HTML, PDF and DOCX, the text crosscheck read from the file.
    text: str = ""
    title: str = ""
    outlet: str = ""
    published: Optional[dt.date] = None  # anchors relative dates; None leaves them unresolved
    published_from: str = ""  # where `published` came from: manifest, front matter, dateline
    errors: Tuple[str, ...] = ()  # why the source could not be (fully) read
    # For HTML, PDF and DOCX, where each line of `text` stands in the file: `lines` the file's
    # own line (HTML), `places` a label (PDF "p. 3:12", DOCX "¶ 4"); empty when lines are the file's.
    lines: Tuple[int, ...] = ()
    places: Tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue:
    """An interval of days, both ends inclusive; None on an open side."""

    start: Optional[dt.date]
    end: Optional[dt.date]
    granularity: str
    # A fiscal period as written, normalised ("FY2024", "FY2024-Q2"); "" for a calendar date.
    # A fiscal year follows no known calendar: its `start` and `end` are laid out in a fiscal
    # calendar whose year is the one it is named for, comparable only with other fiscal periods.
    fiscal: str = ""

    @property
    def unit(self) -> str:
        """Return the calendar the interval counts in: "fiscal", or "" for the civil one.

        Alignment blocks claims on their value's unit, as dollars never meet GPUs: so a fiscal
        period never meets a calendar date."""
        return "fiscal" if self.fiscal else ""


@dataclass(frozen=True)
class FigureValue:
    """A number with bounds and a unit; None on an open side. Decimal, never float."""

    low: Optional[Decimal]
    high: Optional[Decimal]
    bound: str  # one of FIGURE_BOUNDS
    unit: str  # ISO 4217 code, "%", "parameter", a duration, a symbol or the counted noun
    # The place of the last digit written after a decimal point, as `round`'s ndigits counts
    # it: "$3.50" 2, "$13.70 billion" -7; None when no decimal point was written. "3.50" is
    # the number 3.5 (equal values compare equal) but states hundredths, which the comparison
    # reads from here. Left out of equality, hash and repr, which key alignment on the value.
    decimals: Optional[int] = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class EntityValue:
    """A stated detail about an entity: an expansion, a spelling, a role."""

    text: str  # as written
    normalized: str  # what comparisons look at (case, punctuation and spacing folded)


Value = Union[DateValue, FigureValue, EntityValue, None]


@dataclass(frozen=True)
class Resolution:
    """How a date relative to the document was placed: from which day, which way, and why."""

    anchor: dt.date  # the publication date it counts from
    direction: str  # "back", "forward", or "stated" when the words say it ("last week", "two years ago")
    cue: str = ""  # the word that set the direction; "" when none did and the default (back) held

    def __str__(self) -> str:
        if self.direction == "stated":
            return f"resolved from the publication date {self.anchor} by '{self.cue}'"
        if self.cue:
            reason = f"because of '{self.cue}'"
        elif self.direction == "forward":
            reason = ("as the coming one is within three months, the last one most of a year back, "
                      "and no word points back")
        else:
            reason = "as no word points forward"
        return f"resolved {self.direction} from the publication date {self.anchor} {reason}"


@dataclass(frozen=True)
class Mention:
    """What an extractor finds: one value mention in a source's text."""

    kind: str  # one of KINDS
    start: int  # character offsets into Source.text, end exclusive
    end: int
    text: str  # Source.text[start:end]
    value: Value  # None when it cannot be normalised (a relative date with no anchor)
    subject: str = ""  # set when the extractor knows it (an acronym for its expansion)
    attribute: str = ""
    group: int = -1  # mentions of one written list ("April and July 2024") share a group >= 0
    resolution: Optional[Resolution] = None  # how a date relative to the document was placed
    # Whether the mention is masked in its sentence's context for alignment: proper names
    # (`extract.names`) are not, as the words of a sentence are what its other values align on.
    masked: bool = True
    # The state a party label gives its person, as a postal code: "(D-Calif.)" -> "CA"; else "".
    state: str = ""
    role: str = ""  # of a changed date ("moved from X to Y", `extract.changes`): "was" for X, "now" for Y


@dataclass(frozen=True)
class Claim:
    """A mention placed in its sentence, with what it is about."""

    source: str  # Source.id
    kind: str
    start: int
    end: int
    text: str
    value: Value
    subject: str  # what the claim is about: "Llama 2", "Meta"
    attribute: str  # what is said of it: "release date", "downloads"
    quote: str  # the sentence containing the mention
    quote_start: int  # offset of `quote` in the source's text
    line: int  # 1-based line of `start`: in the file (HTML: where its block starts); PDF, DOCX: in `text`
    context: str = ""  # the sentence with values masked, for alignment
    group: str = ""  # "<source>:<n>" for mentions of one written list, else ""
    names: Tuple[str, ...] = ()  # the names in the clause that holds the value, as written, in order
    location: str = ""  # where in a PDF or DOCX file: "p. 3:12", "¶ 4", "table 1 r2 c1"; else ""
    resolution: Optional[Resolution] = None  # how a date relative to the document was placed
    # The telling values (`telling.specific`) the claim's sentence gives besides its own, as repr.
    anchors: Tuple[str, ...] = ()
    # Of a party claim: the state its label gives the person ("(D-Calif.)" -> "CA"), else "". Kept,
    # not yet compared, so that two outlets giving one person two states can be told apart later.
    state: str = ""
    role: str = ""  # of a changed date: "was" (the old value) or "now" (the new), see Mention.role


@dataclass(frozen=True)
class Finding:
    """Claims from two or more sources about one thing, and how they relate."""

    id: str  # stable: derived from the claims, never from run order or time
    verdict: str  # one of VERDICTS
    kind: str
    subject: str
    attribute: str
    reason: str  # a sentence a reader understands, naming the values
    claims: Tuple[Claim, ...]
    score: float = 0.0  # alignment score, 0-100
    matched: Tuple[str, ...] = ()  # the context words the claims share
    pair: Tuple[int, ...] = ()  # of a conflict: the positions in `claims` of the two claims that carry it
    tally: Tuple[Tuple[str, int], ...] = ()  # each distinct value shown, and how many sources give it


@dataclass(frozen=True)
class Result:
    """Everything one run produced."""

    sources: Tuple[Source, ...]
    claims: Tuple[Claim, ...]
    findings: Tuple[Finding, ...]
    waived: Tuple[str, ...] = field(default=())  # finding ids accepted by a baseline
    notes: Tuple[str, ...] = ()  # what was found but left out, and why (a symlink loop, a report)
    # Claims per source (a `standing.Tally`) when `claims` stayed where they were compared (a
    # Dask cluster): the report counts from it; None when `claims` holds every claim.
    tally: Optional[object] = None

    @property
    def claim_count(self) -> int:
        """How many claims the run made, whether or not `claims` holds them."""
        return len(self.claims) if self.tally is None else sum(self.tally.claims.values())

    @property
    def summary(self) -> dict:
        counts = {verdict: 0 for verdict in VERDICTS}
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts
