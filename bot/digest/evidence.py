"""Context that tells whether a name-shaped run is a person: the words before and after it.

Why a module of its own: :mod:`bot.digest.people` decides who the people are from these cues (an
age after the name, a speech verb, "he" or "she" soon after, a nationality before it) and refuses
runs whose context says firm, team, institution or fictional character; keeping the cues here
keeps the passes there short enough to read.
"""

from __future__ import annotations

import re

from bot.digest import lexicon as lx
from bot.digest.registry import _Cand
from bot.digest.runs import PLURAL_ENDINGS, SURNAME_PLACE_WORDS

_STRONG_CUE = re.compile(
    r", (?:who|whose)\b| whose\b|, \d{1,3},|, an? \d+-year-old\b|\s*\([DRI](?:-|\))"
    r"|, of [A-Z][a-z]+, [A-Z]"
)

# "Massoud Shadjareh, from the Muslim Safety Forum, said": a speaker, introduced by the body
# they speak for.
_FROM_BODY_CUE = re.compile(
    r", (?:from|of|at) (?:the )?(?:[A-Z][\w'’&-]*(?: (?:of|for|and|the|on))? ){0,6}[A-Z][\w'’-]*"
    r", (?:said|says|told|added)\b"
)

_NOUN_AFTER = re.compile(r" (?!(?:of|and|or|was|is|has|had|who|said|says|told)\b)[a-z]")

_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old \Z")  # "20-year-old Xana Kernodle of Avondale"

_TWEET_AUTHOR = re.compile(r" \(@\w{1,30}\)")  # "— Jane Doe (@janedoe) May 2, 2015"

# '“...,” explains Radek Babicek from Fantastic Gardeners': a name after a quotation's reporting
# verb is its speaker.
_INVERTED_SPEAKER = re.compile(
    r"[,?!][\"”’] (?:said|says|explains|explained|adds|added|asks|asked|writes|wrote|recalls|"
    r"recalled|notes|noted|continues|continued|insists|insisted|warns|warned) "
    r"(?:the (?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s )?\Z"  # ("wrote the Washington Post’s")
)

_ANY_PRONOUN = re.compile(r"\b(he|him|his|she|her|it|its)\b", re.IGNORECASE)

_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)

_PLACE_LEAD = frozenset({"the", "at", "in", "near", "to", "from", "on", "into", "across"})

_FORMER = ("former ", "fellow ", "late ", "ex-", "Former ", "Fellow ")


def _title_after_former(c: _Cand, text: str) -> bool:
    """ "former Beatle George Harrison", "fellow Democrat Jane Roe": after "former" or
    "fellow", a capitalised word before a given name is a title, not part of the name."""
    return (
        c.kind in ("person", "name?")
        and c.title_start < 0
        and len(c.words) >= 3
        and c.words[0] not in lx.GIVEN_NAMES
        and c.words[1] in lx.GIVEN_NAMES
        and text.endswith(_FORMER, 0, c.start)
    )


def _place_after_all(c: _Cand, text: str) -> bool:
    """'Protesters gathered at Grant Park': an untitled given name and a place word read as a
    person ("Robert Hill") are a place after a word that leads to places."""
    if c.kind not in ("person", "name?") or c.title_start >= 0 or c.honorific:
        return False
    if len(c.words) < 2 or c.words[-1] not in SURNAME_PLACE_WORDS:
        return False
    before = text[max(0, c.start - 12) : c.start].split()
    return bool(before) and before[-1].lower() in _PLACE_LEAD


# A single capitalised word after a preposition or a thing's noun names a place or the thing:
# "just west of Burakin, says", "Another Victorian boat, Tevake, claimed second place".
_THING_BEFORE = re.compile(
    r"(?:\b(?:of|in|at|from|near|to|into|outside|inside)|\b(?:boat|yacht|ship|vessel|horse|colt|"
    r"mare|dog|company|firm|band|album|film|movie|song|show|series|book|novel|play|team|club|"
    r"hotel|restaurant|ship|storm|cyclone|hurricane|typhoon|maxi),?) $"
)

# An elected member's seat: "The MP for Sittingbourne and Sheppey said" names a place (and
# the MP speaks).
_SEAT_BEFORE = re.compile(r"\b(MP|MSP|MEP|AM|TD)s? for (?:[A-Z][\w'-]*,? )*(?:and )?$")

# After a surname, words that make it stand for something else than the person.
_NOT_THE_PERSON = re.compile(
    r":|(?:['’]s)? (?:administration|campaign|era|years|government|team|camp|aides|doctrine|"
    r"presidency|foundation|library|family|White House|Center|Centre|Institute|supporters)\b"
)


def _plural_before(text: str, end: int) -> bool:
    """Whether the role before the name that ends at ``end`` is plural ("actors Harvey
    Keitel"): a plural role is shared by the next name in the list, a singular one is not."""
    start = text.rfind("\n", max(0, end - 120), end) + 1
    words = text[max(start, end - 120) : end].split()
    k = len(words) - 1
    while k >= 0 and words[k][:1].isupper():
        k -= 1  # back over the name itself
    return k >= 0 and _plural_word(words[k])


def _plural_word(word: str) -> bool:
    """A noun written in the plural ("actors", "chairmen"; not "boss")."""
    word = word.strip(",:;")
    return word.endswith(("s", "men")) and not word.endswith("ss")


def _plural_noun(core: list[str]) -> bool:
    """'Witnesses told ...', 'Officials said ...': a plural noun opening a sentence, no name."""
    w = core[0]
    return (
        len(core) == 1
        and w.endswith(PLURAL_ENDINGS)
        and w not in lx.SURNAMES
        and w not in lx.GIVEN_NAMES
    )


# "Dave Skylark (James Franco)": a character, with the actor who plays them in brackets.
_ACTOR_AFTER = re.compile(r" \((?:played by )?([A-Z][\w'’.-]+) [A-Z][\w'’-]+\)")

# "Straight North, an Internet marketing agency": a firm, not a person.
_FIRM_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]{1,20} ){0,3}(?:agency|company|firm|startup|start-up|retailer|chain|"
    r"brand|label|band|charity|organi[sz]ation|network|publisher|bank|manufacturer|maker|"
    r"consultancy|group|business|restaurant|store|shop|website|site|app)\b(?![’'])"
)  # (not "Milton Velez, the agency's district supervisor": a possessive names his employer)


def _character_or_firm(text: str, end: int) -> bool:
    m = _ACTOR_AFTER.match(text, end)
    if m and m.group(1) in lx.GIVEN_NAMES and text.count(m.group().lstrip()) < 2:
        return True  # (an actor is named once in a cast; "(Vera Drake)" after two nominees is
        # a film)
    firm = _FIRM_AFTER.match(text, end)
    if firm is None:
        return False
    between = firm.group().split()[2:-1]
    if any(w in lx.ROLE_HEADS or w in ("with", "at", "for", "of") for w in between):
        return False  # "Lindsay Schroth, an analyst with research firm ...": her employer
    # "said Nancy Silvestri, the agency spokesperson": the firm word qualifies her role.
    after = text[firm.end() : firm.end() + 30].split(maxsplit=2)
    return not (after and after[0].rstrip(".,;") in lx.ROLE_HEADS)


_QUOTE_CLOSERS = (",” ", '," ', "?” ", '?" ', "!” ", '!" ', ",’ ")

_SPEECH_VERB = re.compile(r"\b(?:said|says|told|added|wrote|explained|noted|asked|argued)\b")


def _speaker_after_quote(text: str, start: int, end: int) -> bool:
    """'“...,” Wray Grimaldi of the University of Otago said': the name right after a closing
    quotation mark, with a reporting verb later in the same sentence, is the speaker."""
    if not text.endswith(_QUOTE_CLOSERS, 0, start):
        return False
    rest = text[end : end + 150]
    stop = rest.find(". ")
    m = _SPEECH_VERB.search(rest, 0, stop if stop >= 0 else len(rest))
    return m is not None


def _nation_before(text: str, start: int) -> bool:
    """A nationality right before a full name: "Norway's Casper Ruud", "Ethiopian Tirunesh
    Dibaba" — news (sport above all) introduces people so, and companies rarely."""
    window = text[max(0, start - 40) : start]
    if not window.endswith(" "):
        return False
    words = window.split()
    if not words:
        return False
    w = words[-1]
    if w.endswith(("'s", "’s")):
        base = w[:-2]
        # A country only: a city's possessive is as often a district ("London's West End").
        return base[:1].isupper() and bool(lx.country(base))
    return w in lx.DEMONYMS


def _team_name(core: list[str]) -> bool:
    """ "Miami Dolphins", "San Francisco Giants": a place and a plural noun name a team."""
    last = core[-1]
    return (
        len(core) >= 2
        and len(last) > 4
        and last.endswith("s")
        and not last.endswith("ss")
        and last not in lx.SURNAMES
        and last not in lx.GIVEN_NAMES
        and (core[0] in lx.PLACES or " ".join(core[:-1]) in lx.PLACES)
    )


# A name followed by a lowercase institution noun names the place: "taken to Royal Shrewsbury
# hospital", "at Kennedy airport", "Lincoln school".
_INSTITUTION_AFTER = re.compile(
    r" (?:hospital|airport|school|university|college|church|cathedral|prison|jail|stadium|"
    r"station|hotel|bridge|street|road|avenue|park|library|museum|hall|center|centre|"
    r"magazine|newspaper)\b"
)  # ("told Marie Claire magazine": a publication named after someone)

_ROLE_CLAUSE_BEFORE = re.compile(r", (?!the |a |an |his |her |its |their )[a-z][^,\n]{0,80}, \Z")


def _employer_of_previous(text: str, start: int, person_ends: set[int]) -> bool:
    """Whether the name at ``start`` ends a signature line after another person's bare role
    ("Albert Dotson Jr., partner, Bilzin Sumberg"): then it names the firm, and the role before
    it is not its own ("Ruddock, the Foreign Minister, Alexander Downer" is a list of people)."""
    m = _ROLE_CLAUSE_BEFORE.search(text, max(0, start - 90), start)
    if m is None or m.start() not in person_ends:
        return False
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end >= 0 else len(text)]
    return len(rest.split()) <= 4  # a signature line ends with the firm


def _nation_appositive(text: str, start: int, end: int) -> bool:
    """A full name set off by commas after a nationality: "another Ethiopian, Berhane Adera, in
    Stuttgart" — a people noun in apposition, which a firm or a place never gets."""
    if not text.startswith(", ", end) or not text.endswith(", ", 0, start):
        return False
    words = text[max(0, start - 40) : start - 2].split()
    return bool(words) and words[-1] in lx.DEMONYMS and words[-1][:1].isupper()


# "of" and the words after it (up to a punctuation mark): "Jan Hernych| of the Czech Republic".
_OF_WORDS = re.compile(r" of ((?:[\w'’-]+ ){0,5}[\w'’-]+)")


def _of_nation_after(text: str, end: int) -> bool:
    """A full name followed by the country it is from ("Jan Hernych of the Czech Republic",
    "Irakli Labadze of the Republic of Georgia"): a player's nation, as sport reports give it."""
    m = _OF_WORDS.match(text, end)
    return m is not None and lx.nation_after_of(m.group(1).split())


def _personal_pronoun_after(text: str, end: int, span: int = 300) -> bool:
    """A "he"/"she" (not after an "its") within the next ``span`` characters."""
    pm = _PRONOUN.search(text, end, end + span)
    return pm is not None and " its " not in text[end : pm.start()]
