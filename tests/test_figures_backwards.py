"""What stands before a number, read backwards or after a quick test, is what a search finds."""
import re

import hypothesis
import hypothesis.strategies as st

from crosscheck.extract import figure_words, figures
from crosscheck.extract.figure_words import HEDGES, hedge_before, word_before
from crosscheck.load import load_sources
from tests.conftest import REPO
from tests.test_figures import ROWS as FIGURE_ROWS

# The searches the backwards reads replace: each tries every character of the window.
_HEDGE_SEARCH = figure_words._HEDGE_BEFORE
_WORD_SEARCH = re.compile(r"(?<!\w)([A-Za-z0-9][\w’'.&-]*|#)\s*$")


def searched_hedge(text, start):
    found = _HEDGE_SEARCH.search(text, max(0, start - 20), start)
    return found and figure_words._hedge(found.start(), found.group())


def searched_word(text, start):
    found = _WORD_SEARCH.search(text[max(0, start - 30):start])
    return found and found.group(1)


def searched_currency(text, start):
    # Always searched: the skip of _currency_before is what this checks.
    return figures.currency_found(figure_words.CURRENCY_BEFORE.search(text, max(0, start - 6), start), start)


def searched_bare_number(text, start):
    # Always searched: the skip of _after_a_bare_number is what this checks.
    previous = figures._AFTER_A_NUMBER.search(text, max(0, start - 12), start)
    before = previous and text[:previous.start()].rstrip(" ")
    return previous is not None and (not before or before[-1] in ".!?;:(\n")


def searched_people(text, start):
    return bool(figures._PEOPLE_BEFORE.search(text, max(0, start - 30), start))


def assert_same_as_search(text, starts=None):
    for start in range(len(text) + 1) if starts is None else starts:
        assert figures._people_before(text, start) == searched_people(text, start), (text, start)
        assert hedge_before(text, start) == searched_hedge(text, start), (text, start)
        assert figures._after_a_bare_number(text, start) == searched_bare_number(text, start), (text, start)
        assert word_before(text, start) == searched_word(text, start), (text, start)
        assert figures._currency_before(text, start) == searched_currency(text, start), (text, start)


def test_the_backwards_reads_agree_with_a_search_on_tables_and_articles():
    for row in FIGURE_ROWS:
        assert_same_as_search(row[1])
    for source in load_sources([str(REPO / "sources")]):  # where numbers start
        assert_same_as_search(source.text, [match.start() for match in re.finditer(r"\d+", source.text)])


# Hedges, their parts and look-alikes ("adjust over" holds "just over"), spaces of every kind,
# names with numbers, and characters that case folding treats specially.
_TOKENS = [*{word for words in HEDGES.values() for word in words}, "just", "well", "adjust", "as",
           "of", "North", "UP TO", "Nearly", "-", "~", ".", "’s", "'s", "#", "No.", "Llama", "GPT-4", "3",
           "70B", "$", "é", "İ", "K", "_", "\n", "\t", "     ", "over-", "co-", "A.I.", "US$", "CN¥", "€", "₹",
           "USD", "EUR", "XYZ", "Rs", "Rs.", "RM", "RMB", "has", "a population of", "CROWD OF", "crowds of"]


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.example(["adjust", "over", "5"], [" "])
@hypothesis.example(["245", "3"], [" "])  # a number right after a bare one
@hypothesis.example(["US$", "\n", "5"], [" ", ""])  # a space and a line break between sign and number
@hypothesis.example(["in excess of", "     ", "     ", "5"], [" "])  # the hedge starts before the window
@hypothesis.given(st.lists(st.sampled_from(_TOKENS), max_size=10), st.lists(st.sampled_from([" ", "  ", ""])))
def test_the_backwards_reads_agree_with_a_search_on_any_mix_of_hedges(tokens, gaps):
    text = "".join(token + (gaps[i] if i < len(gaps) else " ") for i, token in enumerate(tokens))
    assert_same_as_search(text)


def test_a_hedge_spelled_with_a_long_s_reads_as_the_hedge():
    # 'ſome' matches the hedge 'some' under re.IGNORECASE; it once raised KeyError.
    assert hedge_before("They paid ſome 5 dollars.", 15) == (10, "approx")


def test_a_hedge_with_a_dotted_capital_i_is_no_hedge_and_no_crash():
    text = "They paid approxİmately 5 dollars."  # re.IGNORECASE matches it; casefold gives "i̇"
    assert hedge_before(text, text.index("5")) is None
