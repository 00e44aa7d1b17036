"""Sentence and line spans on real text: quotes must be whole sentences, lines 1-based."""
import pytest

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
