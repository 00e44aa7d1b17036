"""Sentence and line spans on real text: quotes must be whole sentences, lines 1-based."""
import bisect
import re

import hypothesis
import hypothesis.strategies as st
import pytest
from runner import REPO, SOURCES

from crosscheck.text import Locator, sentence_spans

SENTENCES = [
    # fortune-2024-11-19: "U.S." inside a sentence does not end it
    ("In June 2023, two U.S. senators wrote a letter to Zuckerberg, criticizing Llama’s release "
     "and warning of its potential misuse for fraud, malware, harassment, and privacy violations. "
     "Not everyone loves the idea of a bigger-than-anything Llama.",
     2),
    # nbcnews: a photo caption with "Calif." then the next paragraph on its own line
    ("Meta CEO Mark Zuckerberg in Menlo Park, Calif., in September.Josh Edelson / AFP via Getty "
     "Imagesfile\n\nMeta is spending big on artificial intelligence — only to offer its latest "
     "advanced AI models to the public for free.",
     2),
    # fortune-2024-11-19: a closing quotation mark stays with its sentence
    ("On July 18, 2023, Meta released Llama 2 “free for research and commercial use.” "
     "The episode could have just been another footnote.",
     2),
    # PAC train, tokenised news (new-york-times-news 2018-03): a stop, then a spaced closing quote
    ("and to overlook their sovereign prerogative to do so . ” There is no doubt that the California "
     "lawsuit is at odds with some of the Trump administration ’s usual positions .",
     2),
    # PAC train, tokenised (vox 2019-02-22): a stop, then a spaced opening quote
    ("senior staff attorney for the ACLU ’s Reproductive Freedom Project , said in a statement . “ It "
     "allows us to go back to court",
     2),
    # PAC train, tokenised (washington-times 2013-04-10): "Sen ." does not end a sentence
    ("“ I think it ’s disgraceful for anyone to say we ’re going to filibuster a gun bill , ” Sen . Kirsten "
     "Gillibrand , New York Democrat , said during an appearance on MSNBC ’s “ Morning Joe ” on Wednesday "
     "morning . At least nine Republican senators have signaled",
     2),
    # egoistai: list items on their own lines are sentences
    ("  • Llama 2 (July 2023): This was the game-changer.\n"
     "  • Llama 3 (April 2024): The latest iteration significantly raised the bar.",
     2),
]


@pytest.mark.parametrize("text, count", SENTENCES)
def test_sentences(text, count):
    spans = sentence_spans(text)
    assert len(spans) == count, [text[a:b] for a, b in spans]
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()


def test_closing_quote_stays_with_its_sentence():
    text = SENTENCES[2][0]
    start, end = sentence_spans(text)[0]
    assert text[start:end].endswith("use.”")


def test_locator_lines_count_crlf_and_lf():
    text = "Tuesday, November 19, 2024\r\nBusiness\n\nIt was the summer of 2023."
    locator = Locator(text)
    assert locator.line(text.index("summer")) == 4
    start, end = locator.sentence(text.index("summer"), text.index("summer") + 6)
    assert text[start:end] == "It was the summer of 2023."


# The split as first written: one boundary at a time, an abbreviation looked for in the few
# characters before each full stop. sentence_spans must give exactly its spans.
_ONE_AT_A_TIME = re.compile(
    r"""[.!?\n](?:(?<=[.!?])(?:["'”’)\]]|\s[”’)\]])*\s+(?=(?:["'“‘(\[]\s?)?[A-Z0-9])|(?<=\n)\n*)""")
_ABBREVIATION_BEFORE = re.compile(
    r"""(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|
    Inc|Corp|Co|Ltd|No|vs|etc|Calif|Mass|Wash|Gov|Sen|Rep|Gen|approx|est|Fig)
    |\b[A-Z](?:\.[A-Z])*)\x20?\.$""",
    re.VERBOSE,
)


def _spans_one_boundary_at_a_time(text):
    spans, start = [], 0
    for boundary in _ONE_AT_A_TIME.finditer(text):
        mark = boundary.group().rstrip()
        before = text[max(start, boundary.start() - 12): boundary.start() + 1]
        if not mark or not _ABBREVIATION_BEFORE.search(before):
            spans.append((start, boundary.start() + len(mark)))
            start = boundary.end()
    spans.append((start, len(text)))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        trimmed.append((start, start + len(piece.strip())))
    return [(a, b) for a, b in trimmed if a < b]


def _real_texts():
    paths = sorted(SOURCES.glob("*.txt")) + sorted((REPO / "tests" / "gold").glob("*/*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_sentences_of_real_text_are_those_found_one_boundary_at_a_time():
    texts = _real_texts()
    assert texts
    for text in texts:
        assert sentence_spans(text) == _spans_one_boundary_at_a_time(text), text[:80]


# Text made of what the split reads: stops, closing quotes, spaces and breaks, initials,
# abbreviations (whole, cut, or run into a word) and words of each case.
_PIECES = [".", "!", "?", ". ", ".\n", "\n", "\n\n", "\r\n", " ", "  ", "\t", "”", "’", ")", "“", "(", "\"",
           "A", "U.S.", "J. R. R.", "x", "Inc", "Inc.", "Calif.", "approx.", "Sept.", "vs.", "No", "No.",
           "o.", "Nov", "Mr.", "ABC", "Llama", "the", "model", "7", "2024", "é", "\u00a0", "\u2028",
           " .", "Sen .", " ”", "“ ", "\" "]


@hypothesis.settings(max_examples=500, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_sentences_are_those_found_one_boundary_at_a_time(pieces):
    text = "".join(pieces)
    assert sentence_spans(text) == _spans_one_boundary_at_a_time(text), repr(text)


@hypothesis.settings(max_examples=200, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n"]), max_size=30),
                  st.lists(st.integers(0, 31), max_size=10))
def test_locator_lines_are_the_line_starts_before_the_offset(pieces, offsets):
    text = "".join(pieces)
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    locator = Locator(text)
    for offset in offsets + sorted(offsets):  # asked out of order, then in order
        assert locator.line(offset) == bisect.bisect_right(line_starts, offset), (repr(text), offset)


def test_locator_lines_of_real_text():
    # fortune-2024-11-19, its opening lines
    text = "Tuesday, November 19, 2024\nBusiness\n\nIt was the summer of 2023.\nMeta released Llama 2."
    locator = Locator(text)
    assert [locator.line(text.index(word)) for word in ("Tuesday", "Business", "summer", "Llama")] == [1, 2, 4, 5]
    assert locator.line(text.index("Business")) == 2  # asked again, after a later offset


def _sentence_by_bisection(spans, start, end):
    """The sentence around [start, end) as Locator.sentence first found it, for every value."""
    if not spans:
        return start, end
    starts = [a for a, _ in spans]
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, first)
    return min(spans[first][0], start), max(spans[last][1], end)


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 80), st.integers(0, 8))
def test_the_sentence_around_a_value_is_found_as_by_bisection(pieces, start, length):
    text = "".join(pieces)
    spans = sentence_spans(text)
    assert Locator(text).sentence(start, start + length) == _sentence_by_bisection(spans, start, start + length), (
        repr(text), start, length)
