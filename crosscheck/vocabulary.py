"""The words every parser reads: months, weekdays, seasons, ordinals, number and scale words.

One place for them, as dateutil keeps its `parserinfo`: the date patterns, the interval
arithmetic, the dateline reader and the figure parsers take their words from here, so that a
spelling added once ("Sept.") is known everywhere.
"""
from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# Abbreviations as news writes them, the longer first ("Sept" before "Sep"); "May" has none.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_MONTH_KEYS = tuple(name[:3] for name in MONTHS)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Meteorological, northern hemisphere: first month of each season.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# The ordinal of a quarter or a half: "third quarter", "Q3", "H1".
PERIOD_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                   "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4, "h1": 1, "h2": 2}
_FIRST_NINE = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# Ordinal words, "first" to "thirty-first" ("twenty first" is read with a space too).
ORDINAL_WORDS = {word: number for number, word in enumerate(
    (*_FIRST_NINE, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
     "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 1)}
ORDINAL_WORDS.update({f"twenty-{word}": 20 + number for number, word in enumerate(_FIRST_NINE, 1)})
ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
# Scale words, written apart from the number ("40 billion", "$3 bn", "1.2 mln"); lower case,
# as every reader compares them.
SCALES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
          "trillion": 10**12, "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9,
          "tn": 10**12, "mln": 10**6, "bln": 10**9, "lakh": 10**5, "crore": 10**7, "couple": 2,
          "pair": 2}
# Scales glued to digits: "100K", "1.2M", "$3bn", "~15T". "mil" only after a currency sign
# ("RM106.04mil"): alone it is a thousandth of an inch.
GLUED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "t": 10**12,
                "tn": 10**12, "mil": 10**6}


def month_number(name: str) -> int:
    """Return 1-12 for a month name or its abbreviation ("Sept.", "Nov")."""
    return _MONTH_KEYS.index(name.lower().rstrip(".")[:3]) + 1


def weekday_number(name: str) -> int:
    """Return 0 (Monday) to 6 for a weekday name."""
    return WEEKDAYS.index(name.lower())


def titled(words) -> tuple[str, ...]:
    """Return the words capitalised, as they start a name: "january" -> "January"."""
    return tuple(word.title() for word in words)


# Titles that stand before a person's name, lower case without their dot: "Sen. Chuck
# Schumer", "Taoiseach Leo Varadkar", "Energy Secretary Rick Perry". A title is a cue that a
# name follows and the role it states, never part of the name. (nameparser's list of 800
# titles was tried: it holds "united", "national", "family", "district", words that open
# the names of organisations.)
PERSON_TITLES = frozenset("""
president vice chancellor premier minister taoiseach secretary senator sen rep representative
congressman congresswoman governor gov lieutenant lt mayor speaker leader whip chairman chairwoman
chair ambassador commissioner administrator director judge justice attorney general prosecutor
sheriff spokesman spokeswoman spokesperson king queen prince princess pope cardinal archbishop
bishop rev reverend dr mr mrs ms mx sir dame lady gen col maj capt sgt adm pastor rabbi imam
ceo cfo cto coo founder cofounder co-founder professor prof
""".split())
# Words that qualify a title and belong to it: "Vice President", "Prime Minister", "Crown Prince".
TITLE_QUALIFIERS = frozenset("""
vice deputy acting former first chief prime crown majority minority ranking press assistant
associate executive surgeon district state foreign interior defense energy health labor
""".split())
# Words that head the name of an organisation or an office, and may take "of", "for", "on"
# after them: "Department of Justice", "Centers for Disease Control and Prevention",
# "Select Committee on Benghazi", "Speaker of the House".
ORGANISATION_HEADS = frozenset("""
department ministry office bureau agency administration service services center centers centre
council committee commission board court district fund foundation federation association union
institute university college school academy society league coalition party bank church chamber
corps command authority organization organisation alliance conference caucus congress house
senate secretary minister speaker president director chair chairman governor state states
republic kingdom province county city embassy consulate resolution act section division museum
""".split())
# Small words inside names of people: "Mohammed bin Salman", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("bin bint ibn al el de da di del der van von la le du dos".split())
# Words that end the names of organisations besides their heads ("Immigration and Customs
# Enforcement", "Health and Human Services"): an "and" before them joins one name.
ORGANISATION_ENDS = ORGANISATION_HEADS | frozenset("""
enforcement prevention security affairs protection development commerce industry justice rights
liberties relations studies research exchange communications transportation resources safety
education welfare technology space aeronautics
""".split())
# The words every title before a name ends in, lower case: "Meta Chairman and CEO Mark
# Zuckerberg", "Senate Majority Leader Chuck Schumer", "first lady Jill Biden".
TITLE_ENDS = tuple("""ceo cto cfo coo founder chair chairman chairwoman president vp head officer scientist
executive director analyst professor researcher engineer editor partner investor administrator secretary
minister governor manager spokesman spokeswoman spokesperson leader whip speaker senator sen. rep. gov.
representative congressman congresswoman general mayor judge justice ambassador commissioner
lady""".split())
# Capitalised words that stand before or inside a person's name but are never part of it:
# titles ("Leader Chuck Schumer", "Attorney General Merrick Garland"), institution words, job
# nouns, and words that open a clause, glued to a name by their capital ("Though Smith says").
NOT_IN_PERSON_NAMES = frozenset({
    "Chairman", "Chairwoman", "President", "Vice", "Chief", "Professor", "Senator", "Director",
    "Founder", "Cofounder", "Research", "Institute", "University", "School", "Foundation", "Labs",
    "Lab", "Group", "Company", "Platforms",
    "Speaker", "Leader", "Attorney", "General", "Secretary", "Governor", "Representative",
    "Congressman", "Congresswoman", "Mayor", "Judge", "Justice", "Whip", "Majority", "Minority",
    "Sen", "Rep", "Gov", "Ambassador", "Commissioner", "Administrator",
    "Teacher", "Nurse", "Officer", "Though", "Yet", "So", "Thus", "Perhaps", "Like", "Asked", "Both",
})
# Courtesy titles: before a name they state no role ("Mr. Pence", "Dr. Leana Wen").
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lady", "rev", "reverend"})
# Courtesy and office titles written with a period before a name ("Mrs. Clinton", "Sen. Paul"):
# the name follows, the title names no one.
NAME_TITLES = ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "rev", "prof", "lt", "sgt", "col")
# The states of the United States (and its capital) as party labels write them: the postal
# code ("D-CA"), the AP abbreviation ("D-Calif.", "R-W.Va."; AP spells out eight) and the
# name ("Republican of South Carolina"). Each is read as its postal code.
US_STATES = {
    "AL": ("Alabama", "Ala."), "AK": ("Alaska",), "AZ": ("Arizona", "Ariz."), "AR": ("Arkansas", "Ark."),
    "CA": ("California", "Calif."), "CO": ("Colorado", "Colo."), "CT": ("Connecticut", "Conn."),
    "DE": ("Delaware", "Del."), "DC": ("District of Columbia", "D.C."), "FL": ("Florida", "Fla."),
    "GA": ("Georgia", "Ga."), "HI": ("Hawaii",), "ID": ("Idaho",), "IL": ("Illinois", "Ill."),
    "IN": ("Indiana", "Ind."), "IA": ("Iowa",), "KS": ("Kansas", "Kan."), "KY": ("Kentucky", "Ky."),
    "LA": ("Louisiana", "La."), "ME": ("Maine",), "MD": ("Maryland", "Md."), "MA": ("Massachusetts", "Mass."),
    "MI": ("Michigan", "Mich."), "MN": ("Minnesota", "Minn."), "MS": ("Mississippi", "Miss."),
    "MO": ("Missouri", "Mo."), "MT": ("Montana", "Mont."), "NE": ("Nebraska", "Neb."),
    "NV": ("Nevada", "Nev."),
    "NH": ("New Hampshire", "N.H."), "NJ": ("New Jersey", "N.J."), "NM": ("New Mexico", "N.M."),
    "NY": ("New York", "N.Y."), "NC": ("North Carolina", "N.C."), "ND": ("North Dakota", "N.D."),
    "OH": ("Ohio",), "OK": ("Oklahoma", "Okla."), "OR": ("Oregon", "Ore."), "PA": ("Pennsylvania", "Pa."),
    "RI": ("Rhode Island", "R.I."), "SC": ("South Carolina", "S.C."), "SD": ("South Dakota", "S.D."),
    "TN": ("Tennessee", "Tenn."), "TX": ("Texas",), "UT": ("Utah",), "VT": ("Vermont", "Vt."),
    "VA": ("Virginia", "Va."), "WA": ("Washington", "Wash."), "WV": ("West Virginia", "W.Va."),
    "WI": ("Wisconsin", "Wis."), "WY": ("Wyoming", "Wyo."),
}

# Words that make "from X to Y" a change of one date, X the old and Y the new ("moved the
# open-enrollment date from October 15 to November 15", "an extension of the deadline from
# March 31 to April 15"), not one range ("runs from May 1 to May 31"). Written forms, lower case.
# Not the plural nouns ("changes from 2010 to 2020", "cuts from 2008 to 2010" span a period).
CHANGE_WORDS = frozenset("""
move moved moving delay delayed delaying postpone postponed postpones postponing postponement
reschedule rescheduled reschedules rescheduling shift shifted shifting change changed changing
extend extended extends extending extension advance advanced advancing cut cutting
shorten shortened shortens shortening
""".split())
# Verbs that say a change only with their particle, after them or after their object: "pushed
# back the deadline", "brought the vote forward" ("pushed for reform from 2010 to 2015" is a range).
CHANGE_PARTICLE_VERBS = frozenset("push pushed pushes pushing bring brought brings bringing bump bumped"
                                  .split())
CHANGE_PARTICLES = frozenset("back forward up out".split())
# Change words that also say how far a span reaches ("a drought that extended from 2010 to
# 2015"): a change only with an object or in the passive ("the deadline was extended from").
REACH_WORDS = frozenset("extend extended extends extending".split())

# Words that make a clause's verb the future when they follow its date: "On Wednesday, the House
# will likely elect", "Friday will be business as usual", "On Tuesday, lawmakers plan to vote".
# Tokenised text splits "won't" and "they'll": "wo n't", "they ’ll".
FUTURE_AUXILIARIES = frozenset(("will", "wo", "won't", "won’t", "shall", "'ll", "’ll"))
# ... and the verbs that are the future before "to": "is set to", "are expected to", "plans to".
FUTURE_BEFORE_TO = frozenset(("set", "scheduled", "slated", "expected", "due", "plan", "plans", "planning"))
# Words that end a clause or open another one: a future verb past them is not the date's
# ("said Monday that it will", "Monday's vote, which will", "On Friday, after the vote, ...").
CLAUSE_OPENERS = frozenset(("that", "which", "who", "whom", "whose", "where", "when", "while", "after",
                            "before", "because", "since", "if", "unless", "until", "as", "although",
                            "though", "said", "says", "told", "according"))
