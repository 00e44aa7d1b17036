"""The anchored searches for figures and durations find exactly what a full scan finds."""
import re

import hypothesis
import hypothesis.strategies as st
from runner import SOURCES

from crosscheck import numbers, units
from crosscheck.extract import anchored, date_patterns, durations, figure_words, figures
from crosscheck.extract.figure_words import CORE, NUMBER_STEMS, PHONE
from crosscheck.load import load_sources
from tests.test_durations import CASES
from tests.test_figures import ROWS as FIGURE_ROWS

EMPTY = re.match("", "")


def spans(matches):
    return [match.span() for match in matches]


def assert_same_as_full_scan(text):
    phones, cores = figures.numbers_in(text)
    assert spans(phones) == spans(PHONE.finditer(text)), text
    assert spans(cores) == spans(CORE.finditer(text)), text
    assert spans(durations.candidates(text)) == spans(durations._PATTERN.finditer(text)), text
    assert spans(durations.stated(text)) == spans(durations._STATED.finditer(text)), text
    assert durations.find_anchors(text) == durations.plain_anchors(text), text


def test_the_anchored_searches_find_what_a_full_scan_finds_in_tables_and_articles():
    texts = [row[1] for row in FIGURE_ROWS] + [case[0] for case in CASES]
    texts += [source.text for source in load_sources([str(SOURCES)])]
    for text in texts:
        assert_same_as_full_scan(text)


def test_finding_words_by_str_find_gives_the_offsets_the_word_search_gives():
    texts = [row[1] for row in FIGURE_ROWS] + [case[0] for case in CASES]
    texts += [source.text for source in load_sources([str(SOURCES)])]
    texts += ["days later", "éday, _day, 2day, (day) weekday decades", "Yesterday: ten days before"]
    for words in (("day", "week", "month", "year", "decade"), ("one", "two", "million")):
        search = anchored.word_search(words)
        for text in texts:
            lower = text.lower()
            assert anchored.word_occurrences(lower, words) == anchored.word_starts(lower, search), text


def test_every_number_word_starts_with_a_stem():
    # The words CORE reads a number from; the search skips any it has no stem for.
    written = numbers.WORD_NUMBER + numbers.FRACTION + "|".join(numbers.VAGUE) + "|multi"
    words = set(re.findall(r"[a-z]{3,}", written)) - {"and"}
    assert len(words) > 30
    assert not [word for word in words if not word.startswith(NUMBER_STEMS)]


def test_the_currency_name_tree_reads_what_a_flat_alternation_reads():
    flat = re.compile("(?i:" + "|".join(re.escape(n) for n in sorted(units.CURRENCY_NAMES, key=len, reverse=True))
                      + r")\b")
    tree = re.compile(rf"(?i:{figure_words._NAMES})\b")
    for name in units.CURRENCY_NAMES:
        for text in (name, name.upper() + " bonds", name[:-1] + " ", name + "s."):
            expected = flat.match(text)
            assert (tree.match(text) or EMPTY).group() == (expected or EMPTY).group(), text


# Number words in several cases, digits in the shapes figures take, phone numbers, leads,
# time nouns and the characters that case folding or `\d` treat specially.
_TOKENS = ["one", "One", "ONE", "a", "an", "A", "twenty", "-five", "thirty-three", "half", "a half",
           "two-thirds", "hundreds", "of", "thousands", "multi-billion", "billion-dollar", "dollar",
           "million", "dozen", "tenfold", "3-fold", "fifteen", "money", "often", "$", "€", "10", "1,500",
           "2.5", "70B", "GPT-4", "USD", "100s", "+1", "(555)", "555-1234", "555.123.4567", "for", "after",
           "within", "several", "a few", "a couple of", "days", "week", "years", "decade", "later",
           "earlier", "Monday", "yesterday", "%", "per", "km", "ſeven", "İ", "ı", "٣", "_", "-", ",", ".",
           "\n"]


@hypothesis.settings(max_examples=400, deadline=None)
@hypothesis.example(["٣", "million", "dollars", "for", "٣", "days"], [" "])  # digits beyond 0-9
@hypothesis.example(["ſeven", "days", "later", "İ", "a", "million"], [" "])  # case folding moves offsets
@hypothesis.given(st.lists(st.sampled_from(_TOKENS), max_size=14), st.lists(st.sampled_from([" ", "  ", ""])))
def test_the_anchored_searches_agree_with_a_full_scan_on_any_mix_of_number_words(tokens, gaps):
    text = "".join(token + (gaps[i] if i < len(gaps) else " ") for i, token in enumerate(tokens))
    assert_same_as_full_scan(text)


def test_the_duration_anchors_found_by_shared_scans_are_those_of_one_scan_per_word():
    texts = [case[0] for case in CASES] + [source.text for source in load_sources([str(SOURCES)])]
    texts += ["Seconds, secs, a minute, 5 mins, 2hrs, an hour; aged 64, teenaged, turns 82, died at 80, "
              "dies at, diesel, retired at 65, page 4, engaged, the age of 27, 16 years old, midyear"]
    for text in texts:
        assert durations.find_anchors(text) == durations.plain_anchors(text), text
    assert durations.find_anchors("ſix days").time is None


def test_ages_found_near_their_words_are_those_a_full_scan_finds():
    texts = [row[1] for row in FIGURE_ROWS] + [case[0] for case in CASES]
    texts += [source.text for source in load_sources([str(SOURCES)])]
    texts += ["the 29-year-old suggested", "between 6 and 17 years old", "Biden , who turns 79 next month",
              "1,117 years old", "aged 64, he", "turned 2 percent", "a 16 year old girl"]
    for text in texts:
        assert [(m.start, m.end) for m in durations.ages(text)] == spans(durations._AGE.finditer(text)), text


def test_words_found_at_their_rarest_letter_are_those_str_find_finds():
    texts = [row[1] for row in FIGURE_ROWS] + [case[0] for case in CASES]
    texts += [source.text for source in load_sources([str(SOURCES)])]
    # Words that can share a letter of the text ("dayear", "hretire"), and a word over itself.
    texts += ["Yesterday, dayear and hretire; secsecond, the aged page; daydayday", "yryr ear"]
    for words in (date_patterns._LOWER_WORDS.words, durations._SCANNED, ("day", "year", "yr", "ear", "aa")):
        finder = anchored.Words(words)
        for text in texts + ["aaa baa"]:
            lower = text.lower()
            assert finder.positions(lower) == {word: anchored.occurrences(lower, (word,)) for word in words}, text
