"""Words that look like names but are not."""

from ..vocabulary import MONTHS, WEEKDAYS

# Capitalised words that start sentences or name months and days: never part of a name.
SENTENCE_WORDS = frozenset({
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "It", "Its", "This", "That", "These",
    "Those", "But", "And", "Or", "As", "After", "Before", "When", "While", "With", "Still", "Now",
    "Meanwhile", "Also", "He", "She", "They", "We", "Yes", "No", "Unlike", "Although", "Then",
    "Even", "Just", "Only", "If", "Once", "Was", "Is", "Are", "Does", "Did", "Will", "Can", "What",
    "Why", "How", "Who", "Where", "Since", "Until", "During", "Despite", "Through", "Under", "Over",
    "Into", "Within", "Without", "Among", "Nonetheless",
    *(name.capitalize() for name in (*MONTHS, *WEEKDAYS)),
    "Source", "Sources", "Photo", "Share", "Tags", "Crucially",
    "Suddenly", "Unexpectedly", "According", "Following", "Subsequently", "Specifically", "Shortly",
    "Initially", "However", "Moreover", "Additionally", "Finally", "Recently", "Currently", "Today",
    "Overall", "Instead", "Indeed", "Here", "There", "Some", "Many", "Most", "Several",
})

# Names of fields and job titles that read like proper names but name no one thing ("work
# on AI", "the LLM"): a claim is never about them while its sentence names anything else.
GENERIC_NAMES = frozenset({
    "AI", "AGI", "GenAI", "LLM", "LLMs", "GPU", "GPUs", "API", "APIs", "CEO", "CTO", "CFO", "COO",
    "Internet", "Web", "Big Tech", "Silicon Valley", "US", "U.S",
})


def _letters(test) -> str:
    # Latin (with its extensions), Greek and Cyrillic: the scripts whose names are capitalised.
    codes = [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]
    return "".join(chr(code) for code in codes if test(chr(code)) and chr(code).isalpha())


# Character classes for capital and small letters, accented ones included ("Timothée",
# "Tomáš", "Łukasz"): the `re` module has no class for a letter's case.
UPPER = "[" + _letters(str.isupper) + "]"
LOWER = "[" + _letters(str.islower) + "]"


_ADVERB_ENDINGS = ("ously", "ally", "ably", "ibly", "ently", "antly", "ately", "edly", "ingly", "ively",
                   "fully", "lessly", "arly", "ctly", "ntly")


def adverb(word: str) -> bool:
    """Tell whether a capitalised word is an adverb opening a sentence ("Obviously Perry").

    By its ending, which no given name or surname of news English has ("Kelly", "Emily" and
    "Beverly" keep theirs).
    """
    return len(word) > 6 and word.endswith(_ADVERB_ENDINGS)
