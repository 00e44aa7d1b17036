"""Numbers in digits and words, quoted from real sentences (origin noted per row)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from crosscheck.numbers import fold, fraction_percent, parse_number, vague_range

# (origin, sentence, the number phrase in it, its value or None)
NUMBERS = [
    ("fortune-2024-11-19", "Twelve days later, OpenAI released ChatGPT", "Twelve", 12),
    ("fortune-2024-11-19", "In June 2023, two U.S. senators wrote a letter to Zuckerberg", "two", 2),
    ("fortune-2024-11-19", "Erik Meijer, who spent eight years at Meta", "eight", 8),
    ("fortune-2024-11-19", "downloaded over 600 million times", "600 million", 600000000),
    ("translated-llama-comeback", "will be as high as 40 billion US dollars", "40 billion", 40000000000),
    ("huggingface.co/blog/llama31", "Eight open-weight models (3 base models and 5 fine-tuned ones)",
     "Eight", 8),
    ("quantulum3 quantities.json", "is at 1,500,000 kilometres (930,000 mi) from Earth", "1,500,000",
     1500000),
    ("quantulum3 quantities.json", "where one hundred cents equal the basic unit", "one hundred", 100),
    ("quantulum3 quantities.json", "temperatures ranged from -18 °C to -34 °C", "-18", -18),
    ("quantulum3 quantities.json", "And I would walk 0.5k miles", "0.5k", 500),
    ("newser.com/story/347213", "met 65 times with the commission over eight years", "65", 65),
    ("gist.github.com/cedrickchee (Llama 3.1)", "over 25M synthetically generated examples", "25M",
     25000000),
    ("gist.github.com/cedrickchee (Llama 3.1)", "Trained on a massive ~15T tokens of public data", "15T",
     15 * 10**12),
    ("vercel.com/ai-gateway/models/llama-3.1-70b", "introduced context of 131.1K tokens", "131.1K", 131100),
    ("yorkshirepost.co.uk", "was a record $26.3bn dollars (£19.9bn)", "26.3bn", 26300000000),
    ("mosaic.news", "more than 65 times during this investigation", "more than 65", None),
    ("webtrading.org", "There are several hundred RespOrgs and toll free service providers",
     "several hundred", None),
    ("dumpstersource.com", "The call center, 1-800-995-8212., is open Monday", "1-800-995-8212", None),
    ("fortune-2024-11-19", "In November 2022, FAIR released a demo of an LLM chatbot", "FAIR", None),
    ("quantulum3 quantities.json", "two and a half miles to the east", "two and a half", 2.5),
]


@pytest.mark.parametrize("origin, sentence, phrase, value", NUMBERS)
def test_parse_number(origin, sentence, phrase, value):
    assert phrase in sentence
    wanted = None if value is None else Decimal(str(value))
    assert parse_number(phrase) == wanted, f"{phrase!r} in {sentence!r} ({origin})"


@pytest.mark.parametrize("origin, sentence, phrase, percent", [
    ("blog-meta-open-source-investment", "It found that two-thirds of organizations surveyed", "two-thirds",
     "66.67"),
    ("blog-meta-open-source-investment", "with nearly half citing cost savings", "half", "50"),
    ("quantulum3 quantities.json", "I'd like two thirds of the cake.", "two thirds", "66.67"),
    ("quantulum3 quantities.json", "approximately one-half miles east", "one-half", "50"),
    ("fortune-2024-11-19", "Twelve days later, OpenAI released ChatGPT", "Twelve", None),
])
def test_fraction_percent(origin, sentence, phrase, percent):
    assert phrase in sentence
    wanted = None if percent is None else Decimal(percent)
    assert fraction_percent(phrase) == wanted, f"{phrase!r} in {sentence!r} ({origin})"


@pytest.mark.parametrize("origin, sentence, word, scale, low, high", [
    ("egoistai-zuckerberg-ai-pivot", "buying hundreds of thousands of Nvidia H100 GPUs", "hundreds", 1000,
     200000, 1000000),
    ("fortune-2024-11-19", "giving Llama away for free to thousands of companies", "thousands", 1,
     2000, 1000000),
    ("nbcnews-meta-free-ai-models", "when you have $100s of billions of dollars", "100s", 10**9,
     200 * 10**9, 10**12),
    ("egoistai-zuckerberg-ai-pivot", "Billions, then tens of billions, were poured", "tens", 10**9,
     20 * 10**9, 100 * 10**9),
])
def test_vague_range(origin, sentence, word, scale, low, high):
    assert word in sentence
    assert vague_range(word, scale) == (Decimal(low), Decimal(high)), f"{word!r} in {sentence!r} ({origin})"


@pytest.mark.parametrize("sentence, phrase, value", [
    ("experiencing a tenfold growth since 2023", "tenfold", 10),  # blog-meta-open-source-investment
    ("delivers a 100-fold speedup for deep learning", "100-fold", 100),  # game-debate.com/news/23522
])
def test_fold(sentence, phrase, value):
    assert phrase in sentence and fold(phrase) == value, sentence
