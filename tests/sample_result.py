"""A Result built by hand from real sentences, so report tests do not depend on extraction."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crosscheck.findings import finding_id
from crosscheck.model import Claim, DateValue, EntityValue, FigureValue, Finding, Result, Source
from crosscheck.text import Locator

TEXTS = {
    # egoistai-zuckerberg-ai-pivot
    "egoistai": "Meta's Llama releases\n\n"
                "• Llama 2 (July 2023): This was the game-changer.\n"
                "• Llama 3 (April 2024): The latest iteration significantly raised the bar.\n"
                "Its FAIR (Facebook AI Research) division had been a powerhouse in academic AI for years.\n",
    # fortune-2024-11-19
    "fortune": "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"
               "By the time Llama 3 models were released in April and July 2024, Llama had mostly caught up "
               "to its closed-source rivals in speed and accuracy.\n"
               "Joelle Pineau, VP of AI research and head of Meta’s FAIR (Fundamental AI Research) team, "
               "wanted to give Llama 2 a wide open-source release.\n"
               "Llama models have been downloaded over 600 million times on sites like open-source AI "
               "community Hugging Face.\n",
    # translated-llama-comeback
    "translated": "According to Fortune, the model has been downloaded more than 600 million times on "
                  "websites such as the open source AI community Hugging Face.\n",
}
HOSTILE = ("An <script>alert(1)</script> | **bold** [link](x) said the FAIR "
           "(Fair & <b>Open</b> Research) lab.\n")


def _month(year, month, last):
    return DateValue(dt.date(year, month, 1), dt.date(year, month, last), "month")


def claim(source: str, text: str, value_text: str, value, kind: str, subject: str, attribute: str,
          nth: int = 0) -> Claim:
    """Place `value_text` (its nth occurrence) in its sentence and line, as claims.py does."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value_text, start + 1)
    end = start + len(value_text)
    locator = Locator(text)
    quote_start, quote_end = locator.sentence(start, end)
    return Claim(source=source, kind=kind, start=start, end=end, text=value_text, value=value,
                 subject=subject, attribute=attribute, quote=text[quote_start:quote_end],
                 quote_start=quote_start, line=locator.line(start))


def finding(verdict: str, reason: str, claims, score: float = 70.0, matched=("llama",)) -> Finding:
    return Finding(id=finding_id(claims), verdict=verdict, kind=claims[0].kind, subject=claims[0].subject,
                   attribute=claims[0].attribute, reason=reason, claims=tuple(claims), score=score,
                   matched=tuple(matched))


def sample_result(hostile: bool = False, waived=()) -> Result:
    """Three sources with a date conflict, a compatible date, an entity conflict and a figure agreement."""
    texts = dict(TEXTS, hostile=HOSTILE) if hostile else dict(TEXTS)
    sources = tuple(Source(id=name, path=f"docs/{name}.txt", text=text, title=f"The {name} article",
                           outlet=name.capitalize()) for name, text in texts.items())
    ego, fortune, translated = texts["egoistai"], texts["fortune"], texts["translated"]
    llama3 = [claim("egoistai", ego, "April 2024", _month(2024, 4, 30), "date", "Llama 3", "release"),
              claim("fortune", fortune, "April", _month(2024, 4, 30), "date", "Llama 3", "release"),
              claim("fortune", fortune, "July 2024", _month(2024, 7, 31), "date", "Llama 3", "release")]
    day = DateValue(dt.date(2023, 7, 18), dt.date(2023, 7, 18), "day")
    llama2 = [claim("egoistai", ego, "July 2023", _month(2023, 7, 31), "date", "Llama 2", "release"),
              claim("fortune", fortune, "July 18, 2023", day, "date", "Llama 2", "release")]
    facebook = EntityValue("Facebook AI Research", "facebook ai research")
    fundamental = EntityValue("Fundamental AI Research", "fundamental ai research")
    fair = [claim("egoistai", ego, "Facebook AI Research", facebook, "entity", "FAIR", "expansion"),
            claim("fortune", fortune, "Fundamental AI Research", fundamental, "entity", "FAIR", "expansion")]
    if hostile:
        fair.append(claim("hostile", HOSTILE, "Fair & <b>Open</b> Research",
                          EntityValue("Fair & <b>Open</b> Research", "fair open research"), "entity", "FAIR",
                          "expansion"))
    many = FigureValue(Decimal(600_000_000), None, "gt", "time")
    downloads = [claim("fortune", fortune, "over 600 million times", many, "figure", "Llama", "downloads"),
                 claim("translated", translated, "more than 600 million times", many, "figure", "Llama",
                       "downloads")]
    findings = (
        finding("conflict", "egoistai says April 2024; fortune says April 2024 and July 2024.", llama3, 60.1),
        finding("conflict", "egoistai says Facebook AI Research; fortune says Fundamental AI Research.", fair,
                52.9, ("ai", "fair", "research")),
        finding("compatible", "egoistai says July 2023; fortune says July 18, 2023.", llama2, 72.1),
        finding("agreement", "fortune and translated both say over 600 million times.", downloads, 72.4,
                ("downloaded", "hugging", "face")),
    )
    claims = tuple(c for f in findings for c in f.claims)
    return Result(sources=sources, claims=claims, findings=findings, waived=tuple(waived))
