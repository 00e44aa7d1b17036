"""Dates shown to readers: each granularity in the words a careful editor would use."""
import datetime as dt

import pytest

from crosscheck.display import show_date
from crosscheck.extract import dates
from crosscheck.model import DateValue, Source

CASES = [
    # (origin, sentence, published, mention text, how it reads)
    ("fortune-2024-11-19",
     "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.",
     None, "July 18, 2023", "July 18, 2023"),
    ("egoistai-zuckerberg-ai-pivot",
     "The rebrand from Facebook to Meta in October 2021 was a declaration of war on the present and "
     "an all-in bet on the future.",
     None, "October 2021", "October 2021"),
    ("egoistai-zuckerberg-ai-pivot",
     "ChatGPT exploded onto the scene in late 2022, igniting an AI arms race that caught almost "
     "everyone by surprise.",
     None, "late 2022", "late 2022"),
    ("fortune-2024-11-19",
     "It was the summer of 2023, and the question at hand was whether to release a Llama into the wild.",
     None, "summer of 2023", "summer 2023"),
    ("finanznachrichten-2023-11-02",
     "Revenue was $2.15 billion for the third quarter of 2023, an increase of 7% compared with the "
     "third quarter of 2022.",
     None, "third quarter of 2023", "Q3 2023"),
    ("fortune-2024-11-19",
     "The company has spent billions to build the Llama models: On its third-quarter earnings call, "
     "Meta announced that it projects capital expenditures for 2024 to reach as high as $40 billion, "
     "with a “significant” increase likely in 2025.",
     "2024-11-19", "third-quarter", "Q3 2024"),
    ("journal-abstracts",
     "A complete list of journals publishing surgical content between 2019 and 2020 was compiled.",
     None, "between 2019 and 2020", "2019-2020"),
    ("blog-meta-open-source-investment",
     "Since its initial release, Llama has become a leading engine of AI innovation, experiencing a "
     "tenfold growth since 2023.",
     None, "since 2023", "since 2023"),
    ("peps.python.org/pep-0375",
     "3.1 is no longer maintained. 3.1 received security fixes until June 2012.",
     None, "until June 2012", "through June 2012"),
    ("fortune-2024-11-19",
     "This article appears in the December 2024/January 2025 issue of Fortune as part of the 100 Most "
     "Powerful People in Business list.",
     None, "December 2024/January 2025", "December 2024 - January 2025"),
    ("macrumors-2023-07-10",
     "Apple launched three new Macs in the quarter, which ran from April 2 through July 1, including a "
     "15-inch MacBook Air, an updated Mac Studio, and an updated Mac Pro.",
     "2023-07-10", "from April 2 through July 1", "April 2 - July 1, 2023"),
    ("nkeconwatch-2010-12-02",
     "After major markets in the reclusive state were shut down in mid-January this year, rice prices in "
     "Pyongyang soared, hitting 1,300 won per kilo in early March.",
     "2010-12-02", "mid-January", "mid-January 2010"),
    ("verge-instagram-2018-06-20",
     "Over the past year, the company’s expanded in-app creation tools by letting users add GIFs, emoji "
     "sliders, and polls to their stories.",
     "2018-06-20", "the past year", "June 20, 2017 - June 20, 2018"),
]


@pytest.mark.parametrize("origin, sentence, published, text, shown", CASES, ids=[c[0] for c in CASES])
def test_a_found_date_reads_as_an_editor_writes_it(origin, sentence, published, text, shown):
    anchor = dt.date.fromisoformat(published) if published else None
    mentions = dates.extract(Source(id="t", path="t", text=sentence, published=anchor))
    assert [(m.text, show_date(m.value)) for m in mentions if m.text == text] == [(text, shown)], sentence


@pytest.mark.parametrize("value, shown", [
    (DateValue(dt.date(2024, 7, 13), dt.date(2024, 7, 15), "day"), "July 13-15, 2024"),
    (DateValue(dt.date(2024, 7, 30), dt.date(2024, 8, 2), "day"), "July 30 - August 2, 2024"),
    (DateValue(dt.date(2024, 11, 11), dt.date(2024, 11, 17), "week"), "the week of November 11, 2024"),
    (DateValue(dt.date(2024, 1, 1), dt.date(2024, 6, 30), "half"), "H1 2024"),
    (DateValue(dt.date(2023, 12, 1), dt.date(2024, 2, 29), "season"), "winter 2023-24"),
    (DateValue(dt.date(2023, 5, 1), dt.date(2023, 8, 31), "part"), "mid-2023"),
    (DateValue(dt.date(2024, 3, 21), dt.date(2024, 3, 31), "part"), "late March 2024"),
    (DateValue(dt.date(1996, 1, 1), dt.date(1999, 12, 31), "part"), "late 1990s"),
    (DateValue(dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade"), "1990s"),
    (DateValue(None, dt.date(2014, 12, 31), "year"), "through 2014"),
    (DateValue(dt.date(2022, 9, 1), dt.date(2023, 4, 30), "part"), "September 2022 - April 2023"),
])
def test_each_granularity_has_a_human_form(value, shown):
    assert show_date(value) == shown
