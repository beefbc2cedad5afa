"""Word lists for the entity extractor, loaded once from ``bot/digest/data/``.

Why plain text files: they are easy to review and extend, and loading a few kilobytes at import
time costs far less than any model. Everything here is a frozen set or a dict keyed by the word
exactly as news writes it (case matters: "Park" the surname vs "park" the place).
"""

from __future__ import annotations

from pathlib import Path

from bot.digest.countries import ALIASES, COUNTRIES, lookup

_DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of a data file."""
    return frozenset(w for ln in _lines(name) for w in ln.split())


_male = _words("given_male.txt") | _words("census_male.txt")
_female = _words("given_female.txt") | _words("census_female.txt")
# The census lists (U.S. 1990, filtered of English words and places) lift recall on uncommon but
# unambiguous given names; given_intl.txt adds names that news from abroad uses (no gender kept).
# Given names of many countries (from Faker's locales, filtered: tools/given_world.py) lift recall
# on world news: "Raheem Sterling", "Dejan Lovren", "Thibaut Courtois".
GIVEN_NAMES: frozenset[str] = _male | _female | _words("given_intl.txt") | _words("given_world.txt")
# A name on both lists (Jan, Robin, Kim) tells us nothing about gender.
GIVEN_GENDER: dict[str, str] = {n: "m" for n in _male - _female} | {n: "f" for n in _female - _male}
# Names that either sex bears though the lists give them one ("Nicky", "Chris", "Marion"): a
# "Ms" or "Mr" before the surname is the same person, not a spouse.
EITHER_SEX: frozenset[str] = frozenset(
    "Nicky Chris Sam Alex Jamie Charlie Jo Kim Terry Frankie Jess Pat Val Lee Sandy Casey Mel "  # noqa: SIM905
    "Jordan Ashley Sasha Jodie Toni Kelly Dana Marion Lindsay Kerry Nicola Simone Dominique Hilary "
    "Evelyn Andrea Jean Tracy Stacy Lynn Carol".split()
)

HONORIFICS: dict[str, tuple[str | None, str | None]] = {}
for _ln in _lines("honorifics.txt"):
    _form, _role, _gender = _ln.split("\t")
    HONORIFICS[_form] = (None if _role == "-" else _role, None if _gender == "-" else _gender)

ROLE_HEADS: dict[str, bool] = {}  # lowercase head word -> formal office (written in Title Case)
for _ln in _lines("roles.txt"):
    _word, _kind = _ln.split()
    ROLE_HEADS[_word] = _kind == "F"
ROLE_MODIFIERS: frozenset[str] = _words("role_modifiers.txt")

ORG_WORDS: frozenset[str] = _words("org_words.txt")
KNOWN_ORGS: frozenset[str] = frozenset(_lines("orgs.txt"))
CHARACTERS: frozenset[str] = frozenset(_lines("characters.txt"))
PLACES: frozenset[str] = frozenset(_lines("places.txt"))
PLACE_WORDS: frozenset[str] = _words("place_words.txt")
EAST_ASIAN_SURNAMES: frozenset[str] = _words("east_asian_surnames.txt")
# Weak evidence only (most are also ordinary words or places somewhere): frequent U.S. surnames.
SURNAMES: frozenset[str] = _words("surnames.txt")
STOPCAPS: frozenset[str] = _words("stopcaps.txt")
# Public figures news names by surname alone ("Obama said"): a person even with no other cue.
FAMOUS_SURNAMES: frozenset[str] = _words("famous_surnames.txt")
COMMON_CAPS: frozenset[str] = _words("common_caps.txt") - GIVEN_NAMES

COUNTRY_NAMES: frozenset[str] = frozenset(COUNTRIES.values())
# Endings of demonyms ("Korean", "Japanese", "Polish", "New Zealander").
_ADJ_ENDINGS: tuple[str, ...] = tuple(
    "an ese ish ch ss i ek ik ak kh yz men ic ine ot no ao lander".split()  # noqa: SIM905
)
# Demonyms ("Korean", "South African") name a country but are adjectives, not places.
DEMONYMS: frozenset[str] = frozenset(
    k
    for k in ALIASES
    if k not in COUNTRY_NAMES
    and k.endswith(_ADJ_ENDINGS)
    and "Republic" not in k
    and k not in {"Brunei", "Vatican", "Palestine"}
)

# Nouns for a nation's people that are no adjective of the country list: "Scot Nick Smith",
# "Briton Hayley Yelling" (before a name as a demonym is).
COUNTRYMEN = frozenset(
    "Scot Scotsman Scotswoman Welshman Welshwoman Englishman Englishwoman Irishman Irishwoman "  # noqa: SIM905
    "Ulsterman Yorkshireman Cornishman Kiwi Aussie Briton Frenchman Frenchwoman Spaniard "
    "Dutchman Dutchwoman Swede Dane Pole Turk Croat Serb".split()
)

PARTIES: dict[str, str] = {
    "D": "Democratic Party",
    "R": "Republican Party",
    "I": "Independent",
    "Democratic": "Democratic Party",
    "Democrat": "Democratic Party",
    "Democrats": "Democratic Party",
    "Republican": "Republican Party",
    "Republicans": "Republican Party",
    "GOP": "Republican Party",
    "Labour": "Labour Party",
    "Libertarian": "Libertarian Party",
    "Green": "Green Party",
    "Conservative": "Conservative Party",
    "Tory": "Conservative Party",
    "Tories": "Conservative Party",
    "Liberal Democrat": "Liberal Democrats",
    "Liberal Democrats": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats",
}

# Who won, holds or was put up for a prize or a record ("Oscar winner", "Record-holder", "the
# two-time Academy Award winner"): a person the prize's name labels, never the prize.
AWARD_HOLDERS: frozenset[str] = frozenset(["winner", "nominee", "holder", "laureate", "finalist"])

# Words before an office that make it another office: "the chancellor" is not the shadow
# chancellor, "the president" not the vice president, "the prime minister" not his deputy.
NOT_THE_OFFICE: frozenset[str] = frozenset({"shadow", "deputy", "vice", "assistant", "under"})
NOT_THE_OFFICE_PREFIXES: tuple[str, ...] = tuple(sorted(w + " " for w in NOT_THE_OFFICE))


def another_office(held: list[str] | tuple[str, ...], named: list[str] | tuple[str, ...]) -> bool:
    """Whether a role held (its lowercase words) is another office than the one named: "deputy
    prime minister" is not "the prime minister" (but is "the deputy prime minister"); nor is the
    "seventh seed" "the top seed"."""
    if any(w in NOT_THE_OFFICE and w not in named for w in held):
        return True
    rank_held = next((ORDINALS[w] for w in held if w in ORDINALS), None)
    rank_named = next((ORDINALS[w] for w in named if w in ORDINALS), None)
    return rank_held is not None and rank_named is not None and rank_held != rank_named


# The ranks of a seeding or an order, in words ("top" is the first): roles read them before
# "seed" ("fourth seed", "top-seeded") and offices of different ranks are different.
ORDINALS: dict[str, int] = {
    w: n
    for n, ws in enumerate(
        (
            ("top", "first"), ("second",), ("third",), ("fourth",), ("fifth",), ("sixth",),
            ("seventh",), ("eighth",), ("ninth",), ("tenth",),
        ),
        start=1,
    )
    for w in ws
}  # fmt: skip


NAME_SUFFIXES: frozenset[str] = frozenset(
    {"Jr.", "Jr", "Jnr", "Jnr.", "Sr.", "Sr", "Snr", "Snr.", "II", "III", "IV"}
    | {"VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"}
    | {"XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"}  # regnal numbers: "Benedict XVI"
)
MEDIA_WORDS: frozenset[str] = frozenset(
    [
        "Times",
        "Post",
        "Journal",
        "Tribune",
        "Herald",
        "Gazette",
        "Telegraph",
        "Guardian",
        "Chronicle",
        "Examiner",
        "News",
        "Today",
        "Magazine",
        "Radio",
        "Television",
        "TV",
        "Press",
        "Observer",
        "Independent",
        "Mail",
        "Express",
        "Mirror",
        "Sun",
    ]
)
MEDIA_ORGS: frozenset[str] = frozenset(
    [
        "Reuters",
        "AP",
        "AFP",
        "UPI",
        "Bloomberg",
        "CNN",
        "MSNBC",
        "CNBC",
        "Fox",
        "ABC",
        "NBC",
        "CBS",
        "PBS",
        "NPR",
        "BBC",
        "ITV",
        "Politico",
        "Breitbart",
        "HuffPost",
        "Axios",
        "Vox",
        "BuzzFeed",
        "Newsweek",
        "Time",
    ]
)


_NICKNAMES = (
    "Joe=Joseph Bill=William Will=William Billy=William Bob=Robert Rob=Robert Bobby=Robert "
    "Mike=Michael Jim=James Jimmy=James Tom=Thomas Dick=Richard Rick=Richard Chuck=Charles "
    "Charlie=Charles Ted=Edward Ed=Edward Tony=Anthony Dan=Daniel Dave=David Chris=Christopher "
    "Liz=Elizabeth Beth=Elizabeth Kate=Katherine Katie=Katherine Steve=Stephen Ben=Benjamin "
    "Nick=Nicholas Pat=Patrick Alex=Alexander Matt=Matthew Andy=Andrew Sam=Samuel Jeff=Jeffrey "
    "Greg=Gregory Ron=Ronald Don=Donald Jerry=Gerald Larry=Lawrence Hank=Henry Jack=John "
    "Johnny=John Bernie=Bernard Fred=Frederick Al=Albert Ken=Kenneth Tim=Timothy Jon=Jonathan "
    "Nate=Nathan Pete=Peter Phil=Philip Sue=Susan Jen=Jennifer Jenny=Jennifer Debbie=Deborah "
    "Vicky=Victoria Mitch=Mitchell Newt=Newton Hillary=Hillary"
)
NICKNAMES: dict[str, str] = dict(pair.split("=") for pair in _NICKNAMES.split())


def given_key(name: str) -> str:
    """The formal given name a nickname stands for ("Joe" → "Joseph"), else the name itself."""
    return NICKNAMES.get(name, name)


def leads_with_country(words: list[str]) -> bool:
    """Whether the first one, two or three of ``words`` name a country ("Czech Republic
    Davis Cup": yes)."""
    return any(country(" ".join(words[:n])) is not None for n in range(min(3, len(words)), 0, -1))


def nation_after_of(words: list[str]) -> bool:
    """Whether the words after "of" name a country ("the Czech Republic", "the Republic of
    Georgia", "Spain"): where a player or a delegate is from."""
    while words[:1] in (["the"], ["The"]) or words[:2] == ["Republic", "of"]:
        words = words[2:] if words[:1] == ["Republic"] else words[1:]
    return leads_with_country(words)


def country(phrase: str) -> str | None:
    """Canonical country for a country name, alias or demonym, else None."""
    return lookup(phrase) if phrase[:1].isupper() else None


# Bodies named for the people they gather: "Association of Chief Police Officers", "British
# Chambers of Commerce" (a body, not the person named before "of").
BODIES_OF = frozenset(
    [
        "Association",
        "Federation",
        "Institute",
        "Institution",
        "College",
        "Society",
        "Union",
        "Confederation",
        "Guild",
        "Council",
        "League",
        "Board",
        "Chamber",
    ]
)

# Faiths before a name label it: "moderate Muslim Hamid Karzai".
FAITHS = frozenset(
    "Muslim Christian Catholic Jewish Hindu Buddhist Sikh Shia Shiite Sunni Protestant Anglican "  # noqa: SIM905
    "Orthodox Evangelical Mormon".split()
)
