"""Build deterministic corpora of two shapes, news-like and many-sources.

`news`: every document is drawn from templates with its own random choices (seeded by its
index), so values vary as in real news, few documents state the same fact, and no cache sees
the same span twice by accident.

`many`: the shape of a thousand articles about one event, or a documentation site whose pages
all state the product's version: a fixed set of facts, each stated by 0.5% to 50% of the
documents (5 to 500 of 1,000), in varied words, with a few documents giving a coarser value
(compatible) or another value (a conflict); around them the prose and values of `news`.

    python -m benchmarks.corpus OUT_DIR --docs 1000 [--shape news|many]
"""
from __future__ import annotations

import argparse
import math
import os
import random
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SYLLABLES = ["ka", "lo", "mer", "vin", "tra", "zel", "dor", "qui", "sen", "bra", "nov", "tel", "ix",
             "ar", "pol", "gen", "sy", "ron", "max", "lu"]
FIRST = ["Mark", "Sheryl", "Yann", "Ahmad", "Joelle", "Alex", "Priya", "Chen", "Maria", "Tom", "Aisha",
         "Lukas", "Sofia", "Kenji", "Fatima", "David", "Elena", "Omar", "Grace", "Ravi"]
ROLES = ["chief executive", "CEO", "chief scientist", "head of generative AI", "chief financial officer",
         "vice president of research", "founder", "spokesperson", "analyst"]
NOUNS = ["users", "developers", "downloads", "employees", "customers", "GPUs", "companies", "servers"]
# Prose between the values, put together from parts so that no sentence repeats: real reporting
# repeats no sentence either, and a cache keyed by sentence must not be flattered.
OPENINGS = ["", "", "", "For now, ", "Even so, ", "At the same time, ", "In recent weeks, ", "Privately, ",
            "Behind the scenes, ", "On the ground, ", "Across the industry, ", "By most accounts, "]
ACTORS = ["analysts", "the company", "critics", "supporters", "investors",
          "regulators in Washington and Brussels", "engineers", "some employees", "rivals", "academics",
          "people familiar with the matter",
          "lawmakers", "executives", "researchers outside the company", "several partners", "customers",
          "the board", "smaller start-ups", "developers", "industry groups"]
DOINGS = ["were divided on", "did not comment on", "raised questions about", "argued over",
          "have struggled to understand", "are watching", "said they were surprised by", "praised",
          "asked for more detail on", "warned about", "were briefed on", "pushed back against",
          "welcomed", "remain sceptical of", "spent months debating", "quietly prepared for"]
MATTERS = ["what the move means for the wider industry", "the safety of the approach", "the pricing",
           "access to the data", "how the systems are tested before release",
           "the energy the data centers use",
           "the plan", "the strategy", "the licence terms", "the open approach", "the new features",
           "the hiring freeze", "the shift in priorities", "the rollout", "how the spending will pay off",
           "the long-term bet", "oversight of the technology", "the decision to give the technology away"]
TAILS = ["", "", "", " rather than a quick win", " before it went public", " in private meetings",
         " over the summer", " according to people briefed on the matter", " as competition grows",
         " in a series of internal memos", " while the talks stalled", " despite the risks"]


def _prose(rng: random.Random) -> str:
    sentence = f"{rng.choice(OPENINGS)}{rng.choice(ACTORS)} {rng.choice(DOINGS)} {rng.choice(MATTERS)}"
    return sentence[0].upper() + sentence[1:] + rng.choice(TAILS) + "."


# Share of sentences that state values; the rest is prose. At 0.10 the corpus holds about as many
# claims per kilobyte as news reporting (3.1, where the sample articles hold 2.6; the Mistral gold
# excerpts, cut around their facts, hold 9.3: `python -m benchmarks.speed` measures all three).
# DENSE, the share this benchmark first used, gives 11.7: a stress test of the per-claim stages.
VALUE_SHARE = 0.10
DENSE = 0.35


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _company(rng):
    return f"{_name(rng)} {rng.choice(['Labs', 'AI', 'Systems', 'Inc.', 'Group', 'Technologies'])}"


def _person(rng):
    return f"{rng.choice(FIRST)} {_name(rng, rng.choice([2, 3]))}"


def _product(rng):
    return f"{_name(rng)} {rng.randint(1, 5)}"


def _year(rng):
    return rng.randint(1995, 2026)


def _date(rng):
    year, month, day = _year(rng), rng.randrange(12), rng.randint(1, 28)
    return rng.choice([
        f"{MONTHS[month]} {day}, {year}", f"{day} {MONTHS[month]} {year}", f"{SHORT[month]} {day}, {year}",
        f"{year}-{month + 1:02d}-{day:02d}", f"{MONTHS[month]} {year}", f"the summer of {year}",
        f"Q{rng.randint(1, 4)} {year}", f"early {year}", f"late {year}", f"{year}", "last year",
        f"{rng.choice(WEEKDAYS)}", f"{MONTHS[month]}", f"between {year - 4} and {year}",
        f"{MONTHS[month]} and {MONTHS[(month + 3) % 12]} {year}", f"the {year // 10 * 10}s",
    ])


def _money(rng):
    amount = rng.choice([f"{rng.randint(1, 99)}", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                         f"{rng.randint(100, 999)}"])
    scale = rng.choice(["million", "billion", "bn", "trillion", ""])
    pound = f"£{amount}{'bn' if scale == 'bn' else ' ' + scale}"
    return rng.choice([f"${amount} {scale}", f"€{amount} {scale}", pound, f"US${amount} {scale}"]).strip()


def _percent(rng):
    return rng.choice([f"{rng.randint(1, 95)}%", f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%",
                       f"{rng.randint(1, 90)} percent", rng.choice(["two-thirds", "half", "a third"])])


def _count(rng):
    return rng.choice([f"{rng.randint(2, 999)} million", f"{rng.randint(1, 99):,}",
                       f"{rng.randint(1000, 99999):,}", f"{rng.randint(2, 20)} billion"])


def _hedge(rng):
    return rng.choice(["", "about ", "more than ", "over ", "nearly ", "roughly ", "at least "])


TEMPLATES: List[Callable[[random.Random, Dict[str, str]], str]] = [
    lambda r, d: f"{d['company']} said on {_date(r)} that its revenue rose {_percent(r)} to {_money(r)}.",
    lambda r, d: f"{_person(r)}, {r.choice(ROLES)} of {d['company']}, said the {d['product']} model "
                 f"has {r.choice([7, 8, 13, 34, 70, 405])}B parameters.",
    lambda r, d: f"The {d['org']} ({d['acronym']}) announced {d['product']} in {_date(r)}, "
                 f"{_hedge(r)}{r.randint(2, 18)} months after its first model.",
    lambda r, d: f"By {_date(r)}, {_hedge(r)}{_count(r)} {r.choice(NOUNS)} had used {d['product']}, "
                 f"according to {d['company']}.",
    lambda r, d: f"Shares of {d['company']} fell {_percent(r)} on {r.choice(WEEKDAYS)}, wiping out "
                 f"{_hedge(r)}{_money(r)} in market value.",
    lambda r, d: f"{d['company']} plans to spend between {_money(r)} and {_money(r)} on data centers "
                 f"in {_year(r)}.",
    lambda r, d: f"{d['person']} founded the company in {_year(r)} with {r.randint(2, 9)} colleagues "
                 f"from {_company(r)}.",
    lambda r, d: f"In {_date(r)}, {d['person']} told investors that {_percent(r)} of {r.choice(NOUNS)} "
                 f"came from outside the United States.",
    lambda r, d: f"The {d['acronym']} said {d['product']} was trained on {_count(r)} tokens using "
                 f"{_hedge(r)}{_count(r)} GPUs.",
    lambda r, d: f"\u201cWe expect {d['product']} to reach {_count(r)} {r.choice(NOUNS)} "
                 f"by {_date(r)},\u201d {d['person']} said.",
]


def document(index: int, size: int = 5000, value_share: float = VALUE_SHARE) -> str:
    """Return news-like document number `index`, about `size` characters long."""
    rng = random.Random(index)
    org_words = [_name(rng).capitalize() for _ in range(3)]
    facts = {"company": _company(rng), "person": _person(rng), "product": _product(rng),
             "org": " ".join(org_words) + " Institute", "acronym": "".join(w[0] for w in org_words) + "I"}
    year, month, day = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    lines = [f"{facts['company']} bets on {facts['product']}", "",
             f"Published {MONTHS[month - 1]} {day}, {year}", ""]
    length = sum(len(line) for line in lines)
    while length < size:
        paragraph = " ".join(
            rng.choice(TEMPLATES)(rng, facts) if rng.random() < value_share else _prose(rng)
            for _ in range(rng.randint(3, 6)))
        lines += [paragraph, ""]
        length += len(paragraph) + 1
    return "\n".join(lines)


# The many-sources shape. Each fact has a subject, a value as most sources state it, a coarser
# value (compatible with it) and another value (in conflict), and a few phrasings; a document
# that states it picks one phrasing, and, rarely, the coarser or the other value.
FACTS = 40
SHARE_LOW, SHARE_HIGH = 0.005, 0.5  # of the documents stating one fact: 5 to 500 of 1,000
COARSER, OTHER = 0.05, 0.02  # of the statements of a fact: compatible, in conflict
LEADS = ["", "", "", "", "Separately, ", "As reported earlier, ", "According to the company, ",
         "Officials confirmed that ", "It is now known that "]
_COMMON = {"The", "Revenue", "Last", "Users", "Investors", "Developers", "On", "Since", "A"}
ENDS = ["", "", "", " according to people familiar with the matter", " the company said",
        " a spokesperson confirmed", " records show"]


@dataclass(frozen=True)
class Fact:
    """One fact of the event: how sources phrase it (with {v} for the value) and its values."""

    phrasings: Tuple[str, ...]
    value: str
    coarser: str
    other: str


def _release(rng: random.Random) -> Fact:
    product, year, month, day = _product(rng), rng.randint(2015, 2025), rng.randrange(12), rng.randint(1, 25)
    return Fact((f"{product} was released on {{v}}", f"The company made {product} available on {{v}}",
                 f"On {{v}}, {product} went on sale"),
                f"{MONTHS[month]} {day}, {year}", f"{MONTHS[month]} {year}",
                f"{MONTHS[month]} {day + 3}, {year}")


def _founded(rng: random.Random) -> Fact:
    company, year = _company(rng), rng.randint(1970, 2020)
    return Fact((f"{company} was founded in {{v}}", f"{company}, founded in {{v}}, is based in Austin",
                 f"Since its founding in {{v}}, {company} has grown quickly"),
                f"{year}", f"the {year // 10 * 10}s", f"{year + rng.randint(1, 3)}")


def _downloads(rng: random.Random) -> Fact:
    product, count = _product(rng), rng.randint(20, 900)
    return Fact((f"{product} has been downloaded {{v}} times", f"Users downloaded {product} {{v}} times",
                 f"Developers have downloaded {product} {{v}} times"),
                f"{count} million", f"more than {count} million", f"{count + rng.randint(20, 90)} million")


def _funding(rng: random.Random) -> Fact:
    company, amount = _company(rng), rng.randint(2, 40)
    return Fact((f"{company} raised {{v}} in its latest funding round", f"Investors put {{v}} into {company}",
                 f"The round brought {company} {{v}}"),
                f"${amount} billion", f"about ${amount} billion", f"${amount + rng.randint(2, 9)} billion")


def _growth(rng: random.Random) -> Fact:
    company, share = _company(rng), rng.randint(5, 60)
    return Fact((f"Revenue at {company} rose {{v}} last year",
                 f"{company} grew its revenue by {{v}} last year",
                 f"Last year {company} reported revenue up {{v}}"),
                f"{share}%", f"nearly {share}%", f"{share + rng.randint(4, 15)}%")


def _staff(rng: random.Random) -> Fact:
    company, staff = _company(rng), rng.randint(2, 90) * 1000
    return Fact((f"{company} employs {{v}} people", f"{company} has a workforce of {{v}} people",
                 f"The {{v}} employees of {company} were told on Monday"),
                f"{staff:,}", f"over {staff:,}", f"{staff + rng.randint(2, 9) * 1000:,}")


def _acronym(rng: random.Random) -> Fact:
    words = [_name(rng).capitalize() for _ in range(3)]
    other = [words[0], _name(rng).capitalize(), words[2]]
    acronym = "".join(w[0] for w in words) + "I"
    return Fact((f"The {{v}} ({acronym}) announced the plan", f"A report by the {{v}} ({acronym}) followed",
                 f"The plan came from the {{v}} ({acronym})"),
                " ".join(words) + " Institute", " ".join(words) + " Institute",  # no coarser name
                " ".join(other) + " Institute")


FAMILIES: List[Callable[[random.Random], Fact]] = [_release, _founded, _downloads, _funding, _growth, _staff,
                                                   _acronym]


def facts(count: int = FACTS, seed: int = 7) -> List[Fact]:
    """Return the event's facts, the same on every call."""
    rng = random.Random(seed)
    return [FAMILIES[n % len(FAMILIES)](rng) for n in range(count)]


def statements(docs: int, seed: int = 7) -> List[List[Tuple[Fact, str]]]:
    """Return, for each document, the facts it states with the value it gives each."""
    rng = random.Random(seed)
    stated: List[List[Tuple[Fact, str]]] = [[] for _ in range(docs)]
    for fact in facts(seed=seed):
        share = math.exp(rng.uniform(math.log(SHARE_LOW), math.log(SHARE_HIGH)))  # log-uniform
        for index in sorted(rng.sample(range(docs), max(2, min(docs, round(share * docs))))):
            draw = rng.random()
            value = fact.other if draw < OTHER else fact.coarser if draw < OTHER + COARSER else fact.value
            stated[index].append((fact, value))
    return stated


def many_sources(docs: int, size: int = 5000) -> Callable[[int], str]:
    """Return a function giving document number `index` of a many-sources corpus of `docs`."""
    stated = statements(docs)

    def make(index: int) -> str:
        rng = random.Random(f"many-{index}")
        published = f"Published {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2025"
        lines = [f"Update {index} on the event", "", published, ""]
        sentences = [_statement(rng, fact, value) for fact, value in stated[index]]
        background = document(index, size, VALUE_SHARE).split("\n")[4:]  # its prose and own values
        filler = " ".join(background).split(". ")
        length = sum(map(len, sentences))
        while length < size - 200 and filler:
            sentences.append(filler.pop().strip().rstrip(".") + ".")
            length += len(sentences[-1])
        rng.shuffle(sentences)
        paragraphs = [" ".join(sentences[at:at + 4]) for at in range(0, len(sentences), 4)]
        return "\n".join(lines + [line for paragraph in paragraphs for line in (paragraph, "")])

    return make


def _statement(rng: random.Random, fact: Fact, value: str) -> str:
    phrasing, lead = rng.choice(fact.phrasings).format(v=value), rng.choice(LEADS)
    if lead and phrasing.split()[0] in _COMMON:  # not a name, so lower-cased after a lead
        phrasing = phrasing[0].lower() + phrasing[1:]
    sentence = lead + phrasing
    end = rng.choice(ENDS)
    return sentence[0].upper() + sentence[1:] + ("," + end if end else "") + "."


SHAPES = ("news", "many")


def build(folder: str, docs: int, size: int = 5000, value_share: float = VALUE_SHARE,
          shape: str = "news") -> int:
    """Write `docs` documents of `shape` into `folder`; return the bytes written."""
    os.makedirs(folder, exist_ok=True)
    total = 0
    make = (lambda index: document(index, size, value_share)) if shape == "news" else many_sources(docs, size)
    for index in range(docs):
        data = make(index).encode("utf-8")
        with open(os.path.join(folder, f"doc-{index:06d}.txt"), "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def add_options(parser: argparse.ArgumentParser, docs: int = 1000, sizes: bool = False,
                shape: bool = False) -> None:
    """Add the corpus's options (--docs, --size, --dense; --shape with `shape`) to a benchmark's parser.

    With `sizes`, --docs is a comma-separated list of sizes (a string), and has no default.
    """
    if sizes:
        parser.add_argument("--docs", help="documents, or several sizes: 1000,3000,10000")
    else:
        parser.add_argument("--docs", type=int, default=docs)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--dense", action="store_true",
                        help=f"value share {DENSE}, not {VALUE_SHARE}: ~4x the claims per kB")
    if shape:
        parser.add_argument("--shape", choices=SHAPES, default="news", help="the generated corpus's shape")


def build_for(args: argparse.Namespace, folder: str, docs: int = 0, shape: str = "news") -> float:
    """Build the corpus that `add_options`' arguments ask for into `folder`; return its MB."""
    return build(folder, docs or args.docs, args.size, DENSE if args.dense else VALUE_SHARE, shape) / 1e6


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--size", type=int, default=5000, help="characters per document")
    parser.add_argument("--value-share", type=float, default=VALUE_SHARE,
                        help="share of sentences that state values")
    parser.add_argument("--shape", choices=SHAPES, default="news",
                        help="news: few documents state each fact; many: many documents state the same facts")
    args = parser.parse_args(argv)
    total = build(args.folder, args.docs, args.size, args.value_share, args.shape)
    print(f"{args.docs} documents, {total / 1e6:.1f} MB in {args.folder}")


if __name__ == "__main__":
    main()
