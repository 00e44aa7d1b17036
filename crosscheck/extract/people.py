"""People: how their names are spelled, and the roles sources give them.

A capitalised pair or triple of words ("Shweta Khajuria", "Yann LeCun") is taken for a
person when the text treats it as one: the surname is used alone elsewhere ("Khajuria
believes"), a role stands next to it ("Facebook co-founder Dustin Moskovitz", "Arthur
Mensch (CEO)"), or a speech verb does ("says Abhishek Nagaraj"). Names may carry accents
("Timothée Lacroix", "Paul Röttger"). Nothing else is guessed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from ..entities.canonical import bare, fold, organisation
from ..entities.words import LOWER, SENTENCE_WORDS, UPPER, adverb
from ..model import EntityValue, Mention, Source
from ..vocabulary import NOT_IN_PERSON_NAMES, TITLE_ENDS, US_STATES
from .anchored import alternation, backwards, occurrences

# One class fewer than "(?:UPPER LOWER+|-UPPER LOWER+)", the same words: each class of a few hundred
# letters is parsed letter by letter when a pattern is compiled, at import.
_WORD_REST = rf"{LOWER}+(?:-?{UPPER}{LOWER}+)?"
_WORD = rf"{UPPER}{_WORD_REST}"  # "Tomáš", "LeCun", "Marie-Anne"
# A pattern's look-behind goes after its first capital (looking back over it) so that `re`
# can skip ahead to the next capital instead of trying the pattern at every character.
_NAME = re.compile(rf"({UPPER}(?<![\w’'-].){_WORD_REST}(?: {_WORD}){{1,2}})(?![\w-]| {_WORD})")
# Titles, institution words, job nouns and clause openers: never part of a person's name.
_NOT_NAMES = SENTENCE_WORDS | NOT_IN_PERSON_NAMES
_TITLE = (r"(?i:(?:(?:associate|assistant|senior|former|executive|managing|lead|principal|research)\s+)*"
          r"(?:ceo|cto|cfo|coo|co-?founder|founder|chair(?:man|woman)?|president|vice president|vp"
          r"|head|chief(?:\s+[\w-]+){0,2}?\s+(?:officer|scientist|executive)|director|analyst"
          r"|professor|researcher|scientist|engineer|editor|partner|investor|administrator|secretary"
          r"|minister|governor|manager|spokes(?:man|woman|person)"
          # political and civic titles: cues for a name and the role it holds, never part of it
          r"|(?:majority|minority)\s+(?:leader|whip)|leader|whip|speaker|senator|sen\.|rep\.|gov\."
          r"|representative|congress(?:man|woman)|attorney\s+general|press\s+secretary|mayor|judge"
          r"|justice|ambassador|commissioner|first\s+lady))")
_TITLES = rf"{_TITLE}(?:\s+and\s+{_TITLE})?"
_ONE_TITLE = re.compile(_TITLE)
_ORG = r"(?:[A-Z][\w&.-]*(?:[’']s)?(?: (?:(?:of|at|for|&) )?[A-Z][\w&.-]*(?:[’']s)?)*)"
_GENERIC = {"ai", "it", "us", "tech"}  # words an _ORG match can hit that name no organisation
_SPEECH_WORDS = ("says", "said", "told", "wrote", "recalls", "explains", "warns", "believes", "argues",
                 "adds", "added")
_SPEECH_VERBS = "(?:" + "|".join(_SPEECH_WORDS) + ")"
_SPEECH_BEFORE = re.compile(rf"{_SPEECH_VERBS}\s+$")
_SPEECH_AFTER = re.compile(rf"\s+{_SPEECH_VERBS}\b")


def extract(source: Source) -> list[Mention]:
    """Find name spellings, roles and parties of the people in a source."""
    names = _names(source.text)
    people = _people(source.text, names)
    mentions = []
    for _, start, name, key in names:
        if key in people:
            mentions.append(Mention("entity", start, start + len(name), name, EntityValue(name, key),
                                    subject=_surname(name), attribute="name spelling"))
    return mentions + _roles(source.text, people) + _parties(source.text)


# A politician's party and state after the name: "Nancy Pelosi (D-Calif.)", "Ted Cruz , R - Texas ,",
# "Kirsten Gillibrand , New York Democrat ,". The party is the detail compared; the state,
# written many ways ("Calif.", "CA", "California"), is kept on the party claim as its postal code.
_STATE = r"[A-Z][A-Za-z]*(?:\s?\.\s?[A-Z][a-z]*)*(?:\s?\.)?(?:\s[A-Z][a-z]+\.?)?"
_PARTY_LABEL = (
    rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})\s*(?:\(\s*(?P<party>[DRI])\s?-\s?(?P<state>{_STATE})\s*\)"
    rf"|,\s*(?:(?P<party_>[DRI])\s?-\s?(?P<state_>{_STATE})"
    rf"|(?P<state_word>(?:{_WORD}\s){{1,2}})(?P<party_word>Democrat|Republican))\s*,"
    # "Trey Gowdy , Republican of South Carolina"
    rf"|,\s*(?P<party_of>Democrat|Republican|Independent) of (?P<state_of>{_WORD}(?: {_WORD})?)\b)")
# The party before a title and a name: "Democratic Rep. Ted Lieu", "Republican Sen. Ted Cruz".
# The `\b` before the party is a look-behind after its capital, so that `re` skips from one "D",
# "R" or "I" to the next instead of trying the words at every character (3x faster).
_PARTY_BEFORE = (rf"(?P<party_before>D(?<!\w.)emocratic|R(?<!\w.)epublican|I(?<!\w.)ndependent)"
                 rf" (?:Rep|Sen|Gov)\s?\.\s?(?P<name>{_WORD}(?: {_WORD}){{1,2}})")


# The two party patterns are compiled on first use, not at import, where they were a third of this
# module's compiling (13 of 37 ms): most texts name no party, and a process that reads none never needs them.
@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    """Return `_PARTY_LABEL` or `_PARTY_BEFORE` compiled."""
    return re.compile(pattern)


# Every label holds one of these; `_PARTY_LABEL` is tried only in the stretch before each, where
# a scan of the whole text, trying a name at every capital, cost a third of this extractor.
# Each alternative opens with one character ("(" and "," apart), so that `re` skips to those (3x faster).
_PARTY_HINT = re.compile(r"\(\s*[DRI]\s?-|,\s*[DRI]\s?-|Democrat\b|Republican\b|Independent of\b")
# Its first two alternatives apart: each opens with one character, which `re` finds as fast as
# `str.find` does, where the five together cost a test of each character against all five.
_BRACKET_HINT = re.compile(r"\(\s*[DRI]\s?-")
_COMMA_HINT = re.compile(r",\s*[DRI]\s?-")
# The words `_PARTY_HINT` and `_PARTY_BEFORE` look for: a text without them (most that are not
# about politics) has neither a party before a title nor a label but "(D-" and ", R-".
_PARTY_WORDS = ("Democrat", "Republican", "Independent")


def _folded(state: str) -> str:
    return re.sub(r"[\s.]+", "", state).lower()  # "W.Va .", "W. Va." -> "wva"


_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent", "Democrat": "Democrat",
            "Republican": "Republican", "Democratic": "Democrat", "Independent": "Independent"}


def _party_labels(text: str, political: bool = True) -> list[re.Match]:
    """Return the matches of `_PARTY_LABEL` that end at a hint, tried from the few words before it."""
    found, done = [], 0
    for hint in _party_hints(text, political):
        start = max(done, text.rfind("\n", 0, hint.start()) + 1, hint.start() - 60)
        match = next((m for m in _compiled(_PARTY_LABEL).finditer(text, start, hint.end() + 30)
                      if m.start() <= hint.start() < m.end()), None)
        if match:
            found.append(match)
            done = match.end()
    return found


def _party_hints(text: str, political: bool) -> list[re.Match]:
    """Return the matches of `_PARTY_HINT` as `finditer` would: of its first two alone if not `political`.

    No two of its alternatives' matches overlap, so those of each, in order, are its own.
    """
    if political:
        return list(_PARTY_HINT.finditer(text))
    return sorted([*_BRACKET_HINT.finditer(text), *_COMMA_HINT.finditer(text)], key=lambda hint: hint.start())


def _parties(text: str) -> list[Mention]:
    mentions = []
    political = any(word in text for word in _PARTY_WORDS)
    before = _compiled(_PARTY_BEFORE).finditer(text) if political else []
    for match in [*_party_labels(text, political), *before]:
        name = _strip(match["name"])
        group = _matched(match, _PARTY_GROUPS)
        if not name:
            continue
        party = _PARTIES[match[group]]
        start = match.start(group)
        state = _matched(match, _STATE_GROUPS)
        mentions.append(Mention("entity", start, match.end(group), match[group],
                                EntityValue(party, party.lower()), subject=_surname(name), attribute="party",
                                state=us_state(match[state]) if state else ""))
    return mentions


# The groups of `_PARTY_LABEL` and `_PARTY_BEFORE` that hold a party, and a state.
_PARTY_GROUPS = ("party", "party_", "party_word", "party_of", "party_before")
_STATE_GROUPS = ("state", "state_", "state_word", "state_of")


def _matched(match: re.Match, groups: tuple[str, ...]) -> str | None:
    """Return the first of `groups` that the match's pattern has and that matched, or None."""
    return next((group for group in groups if match.re.groupindex.get(group) and match[group]), None)
# Each way of writing a state, folded as `_folded` folds it, and the state's postal code.
_STATE_CODES = {_folded(written): code for code, names in US_STATES.items() for written in (code, *names)}


def us_state(written: str) -> str:
    """Return the postal code of a state as a party label writes it ("Calif.", "S . C .", "Texas"), or ""."""
    code = _STATE_CODES.get(_folded(written))
    if code is None:
        # The words of a label run on past the state ("of Texas Ted") or start before it ("Freshman
        # Texas Democrat"): a word at either end that names a state, not a capitalised "In" or "Me".
        words = [word for word in (written.split()[:1] + written.split()[-1:]) if len(word) > 2]
        code = next((_STATE_CODES[_folded(word)] for word in words if _folded(word) in _STATE_CODES), None)
    return code or ""


def _names(text: str) -> list[tuple[int, int, str, str]]:
    """Return (run start, name start, name, folded name) of each capitalised run that may name a person."""
    names = []
    for match in _NAME.finditer(text):
        name = _strip(match.group(1))
        if name:
            names.append((match.start(), match.start() + match.group(1).index(name), name, fold(name)))
    return names


def _strip(run: str) -> str:
    words = run.split()
    # "Analyst Gary Mobley", "Obviously Perry"
    while words and (words[0] in _NOT_NAMES or _ONE_TITLE.fullmatch(words[0]) or adverb(words[0])):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 and not set(words) & _NOT_NAMES else ""


def _surname(name: str) -> str:
    return bare(name).split()[-1]


def _people(text: str, names: list[tuple[int, int, str, str]]) -> set[str]:
    """Return the folded full names (of `names`, from `_names`) the text treats as people's."""
    people = set()
    used_alone = _used_alone(text)
    for run_start, start, name, key in names:
        if key in people:
            continue
        end = start + len(name)
        before = text[max(run_start - 40, 0):start]
        after = text[end:end + 60]
        if (used_alone(_surname(name)) or _ends_in(before, _SPEECH_WORDS, _SPEECH_BEFORE)
                or _SPEECH_AFTER.match(after) or _next_to_role(before, after)):
            people.add(key)
    return people


_ALONE = re.compile(rf"({UPPER}(?<![\w-] .)(?<![\w’'-].)[\w-]*)(?=[’']s\b| {LOWER})")
_HEAD = re.compile(rf"({UPPER}(?<!\w.)[\w-]*) +{UPPER}")  # the look-behind is a `\b` before the capital


def _words_used_alone(text: str) -> set[str]:
    """Return the capitalised words that stand alone as a subject ("Khajuria believes").

    A word that also heads a longer name ("Meta AI", "Meta Platforms") names a company.
    """
    # findall hands back the words themselves: no match object for each capitalised word.
    return set(_ALONE.findall(text)) - set(_HEAD.findall(text))


def _used_alone(text: str) -> Callable[[str], bool]:
    """Return a test of whether a word is one of `_words_used_alone(text)`, reading only its occurrences.

    Only the surnames of a text's names are asked about, and most never stand alone: the two
    scans of every capitalised word were a fifth of this extractor's time. A match of `_ALONE`
    starts at each occurrence it is found at (no other match of it can cover a capital its
    look-behinds allow), so the occurrences of a word tell whether `findall` hands it back.
    """
    heads: list[set[str]] = []  # the words of `_HEAD`, found when a word first stands alone
    answers: dict[str, bool] = {}

    def used_alone(word: str) -> bool:
        if word not in answers:
            alone = any(_alone_at(text, at) == word for at in occurrences(text, [word]))
            if alone and not heads:
                heads.append(set(_HEAD.findall(text)))
            answers[word] = alone and word not in heads[0]
        return answers[word]
    return used_alone


def _alone_at(text: str, at: int) -> str | None:
    match = _ALONE.match(text, at)  # its look-behinds read the text before `at`
    return match.group(1) if match else None


_TITLE_BEFORE = re.compile(rf"\b{_TITLES}\s+$")
_TITLE_AFTER = re.compile(rf",\s+(?:(?:a|an|the)\s+)?(?:{_ORG}\s+)?{_TITLES}\b")
_TITLE_BRACKETED = re.compile(rf"\s*\(\s*{_TITLES}\s*\)")  # "Arthur Mensch (CEO)"


def _next_to_role(before: str, after: str) -> bool:
    return bool(_ends_in(before, TITLE_ENDS, _TITLE_BEFORE, folded=True)
                or _TITLE_AFTER.match(after) or _TITLE_BRACKETED.match(after))


def _ends_in(before: str, words: tuple[str, ...], pattern: re.Pattern, folded: bool = False) -> bool:
    """Tell whether `pattern` (words, then spaces at the end) finds a match in `before`, a name's lead.

    Each match ends in one of `words` (lower case if `folded`: every title ends in one of
    TITLE_ENDS), so `pattern`, tried at each character of `before` and so a third of the test
    of a name, is tried only when one ends it. `re.IGNORECASE` matches "ſ" and "K" (Kelvin) to
    "s" and "k", `str.lower` does not: text other than ASCII is always tried.
    """
    end = before.rstrip()
    if (end.lower() if folded else end).endswith(words) or folded and not before.isascii():
        return bool(pattern.search(before))
    return False


# "Shweta Khajuria, an analyst at Wolfe Research"; "Yann LeCun, Meta’s chief AI scientist"
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}}),\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?P<owner>{_ORG})[’']s\s+(?P<title1>{_TITLES})"
    rf"|(?P<title2>{_TITLES})\s+(?:at|of)\s+(?:the\s+)?"
    rf"(?:(?:[a-z][\w-]*|[A-Z]{{2,}})\s+){{0,3}}(?P<org>{_ORG}))")  # "the generative AI startup Abacus.AI"
_ROLE_BEFORE = re.compile(  # "Facebook co-founder Dustin Moskovitz"; "Meta Chairman and CEO Mark Zuckerberg"
    rf"(?P<org>{_ORG}) (?P<title>{_TITLES}) (?P<name>{_WORD}(?: {_WORD}){{1,2}})")


def _roles(text: str, people: set[str]) -> list[Mention]:
    if not people:
        return []  # a role is kept only for a name the text treats as a person's
    mentions = []
    for match in _ROLE_AFTER.finditer(text):
        org_group = "owner" if match["owner"] else "org"
        titles = match["title1"] or match["title2"]
        mentions += _role_mentions(match, org_group, titles, people)
    for match in _roles_before(text):
        mentions += _role_mentions(match, "org", match["title"], people)
    return mentions


# Every title before a name ends in one of these words, then a space and the name's capital.
# `_ROLE_BEFORE` is tried only in the runs of the characters it is written in that hold one:
# tried everywhere, it backtracks over each capitalised phrase looking for a title. Those
# spaces are found in one scan of the reversed text, a capital, a space, then a title word
# spelled backwards (looked ahead at, so that "Head CEO Ann" yields both spaces): a Python
# loop over every space before a capital cost twice as much. The words are matched ignoring
# case, as `_ROLE_BEFORE` matches them.
_CAPITAL_AFTER_TITLE_BACKWARDS = re.compile(rf"{UPPER} (?=(?i:{alternation(w[::-1] for w in TITLE_ENDS)}))")
_ROLE_BEFORE_CHARACTERS = re.compile(r"[\w&.’'\s-]*")


def _roles_before(text: str) -> Iterator[re.Match]:
    """Yield the matches of `_ROLE_BEFORE` as `finditer` would, trying only runs with a title word."""
    reversed_text, size = backwards(text), len(text)
    # A match starts at the capital; the space is the next character of the reversed text.
    spaces = [size - 2 - found.start() for found in _CAPITAL_AFTER_TITLE_BACKWARDS.finditer(reversed_text)]
    run_end = 0
    for space in reversed(spaces):
        if space < run_end:
            continue
        run_start = size - _ROLE_BEFORE_CHARACTERS.match(reversed_text, size - space).end()
        run_end = _ROLE_BEFORE_CHARACTERS.match(text, space).end()
        yield from _ROLE_BEFORE.finditer(text, run_start, run_end)


def _role_mentions(match: re.Match, org_group: str, titles: str, people: set[str]) -> list[Mention]:
    name = _strip(match["name"])
    org = bare(match[org_group]).rstrip(".")
    head, _, last = org.rpartition(" ")
    if head and last in ("Majority", "Minority"):  # "Senate Majority Leader": the Senate's majority leader
        org, titles = head, f"{last} {titles}"
    if fold(name) not in people or organisation(org) in _GENERIC | {""} or org.split()[0] in SENTENCE_WORDS:
        return []
    if _not_an_organisation(match[org_group], before_title=match.re is _ROLE_BEFORE):
        return []
    start = match.start(org_group)
    return [Mention("entity", start, start + len(org), org, EntityValue(org, organisation(org)),
                    subject=_surname(name), attribute=f"role: {title}")
            for title in _titles(titles)]


_CREDIT = re.compile(r"\b[A-Z]{2,} [A-Z]{2,}\b")  # "Jessica Estepa USA TODAY": an outlet in a photo credit
_SENTENCE_END = re.compile(r"[a-z]{2}\.$")  # "in Los Angeles. Rep. Cori Bush": the place ends a sentence
# "Democratic Missouri Rep. Cori Bush": a party and a state, no organisation
_PARTY_WORDS = {"Democratic", "Republican", "Democrat", "GOP"}


def _not_an_organisation(org: str, before_title: bool) -> bool:
    """Tell whether an organisation's words are a credit, a party or (before a title) a sentence's end."""
    return (bool(_CREDIT.search(org) or before_title and _SENTENCE_END.search(org))
            or org.split()[0] in _PARTY_WORDS)


# Abbreviated titles as the role they state.
_SPELT_OUT = {"sen": "senator", "rep": "representative", "gov": "governor", "vp": "vice president",
              "co founder": "cofounder"}


def _titles(titles: str) -> list[str]:
    """Split "Chairman and CEO" and fold each title: "co-founder" -> "cofounder", "Sen." -> "senator"."""
    parts = re.split(r"\s+and\s+", titles.strip(), flags=re.IGNORECASE)
    return [_SPELT_OUT.get(fold(part), fold(part)) for part in parts]
