"""Reading one run of capitalised words into a candidate person, organisation or place.

Why apart: this is the hot inner step of the people extractor (every run in every document);
its splitting, trimming and cached reading are one concern, kept with the module-level LRU cache
that makes repeated runs ("Mr. Trump", "NATO") cost one dictionary look-up.
"""

from __future__ import annotations

import functools
import re

from bot.digest import lexicon as lx
from bot.digest.names import (
    _CONNECTORS,
    _INITIAL,
    _MONTH_SURNAMES,
    _NAMEY,
    _PARTICLES,
    _WEEKDAY_SURNAMES,
    _is_namey,
    _name_ends_ok,
    _name_word,
    _sentence_start,
    _Tok,
    _wordlike,
)
from bot.digest.organizations import _org_of, _org_or_place
from bot.digest.registry import _Cand
from bot.digest.roles import (
    _POSITIONS_BEFORE_NAMES,
    _format_role,
    _left_role,
    _role_head,
    _role_word,
    _singular,
    _title_start,
)

_CUE_AFTER = re.compile(
    r"(?:,? (?:said|says|told|added|noted|wrote|argued|explained|stated|tweeted|insisted|"
    r"claimed|asked|replied|warned|stressed|declared|continued|recalled|acknowledged|"
    r"pointed out|admitted|announced|conceded|testified|responded|suggested|revealed|described)\b"
    r")"
)


_ADJECTIVES = frozenset(
    [
        "Former",
        "Retired",
        "Late",
        "Then",
        "Acting",
        "Outgoing",
        "Incoming",
        "Embattled",
        "Disgraced",
        "Veteran",
        "Longtime",
        "Top",
        "Senior",
        "Ex",
        "Excellency",
        "Highness",
        "Majesty",
        "Honourable",
        "Honorable",
        "His",
        "Her",
    ]
)


def _split_and(parts: list[list[_Tok]]) -> list[list[_Tok]]:
    """Split "Donald Trump and Hillary Clinton" in two, but keep "Trade and Industry Secretary",
    "Bosnia and Herzegovina" and "Department of Health and Human Services" whole."""
    out = []
    for part in parts:
        words = [t.word for t in part]
        if "and" not in words and "on" not in words and "for" not in words and "of" not in words:
            out.append(part)
            continue
        phrase = " ".join(words)
        if phrase in lx.KNOWN_ORGS or phrase in lx.PLACES or lx.country(phrase):
            out.append(part)
            continue
        # Whether any later word is an organisation word / a role head (suffix scans keep this
        # linear on absurd runs like "John Smith and John Smith and ...").
        n = len(words)
        org_after = [False] * (n + 1)
        head_after = [False] * (n + 1)
        for k in range(n - 1, -1, -1):
            org_after[k] = org_after[k + 1] or words[k] in lx.ORG_WORDS
            head_after[k] = head_after[k + 1] or _role_head(words[k])
        cur: list[_Tok] = []
        for k, t in enumerate(part):
            if (
                t.word in ("on", "for")
                and cur
                and cur[-1].word not in lx.ORG_WORDS
                and (
                    t.word == "on"
                    or (cur[0].word in lx.GIVEN_NAMES and not _role_word(cur[-1].word))
                    or _titled_full_name(cur)
                    or (t.word == "for" and " ".join(c.word for c in cur) in lx.PLACES)
                )
            ):
                # "Susan Fletcher for Eve Green": a person, then what she is up for ("U.S.
                # District Judge William Orrick for the Northern District of California": a
                # judge, then the court's district; "in San Francisco for Twitter": a place).
                out.append(cur)
                cur = []
                continue
            if t.word == "of" and (
                _person_before_of(cur) or _name_before_nation(cur, part[k + 1 : k + 7])
            ):
                # "Cara Diemont of Dimension Data": a person, then her employer ("Jan Hernych of
                # the Czech Republic": then the nation a player is from).
                out.append(cur)
                cur = []
                continue
            if t.word == "and" and cur:
                before = cur[-1].word
                # "Trade and Industry Secretary" stays whole; "Secretary General and President
                # Yoon" does not (a complete title before "and").
                if (
                    (_role_word(before) and not _role_head(before) and head_after[k + 1])
                    or (
                        org_after[k + 1]
                        and not _person_then_of(part, k + 1)
                        and not _given_surname(cur)  # "Waleed Aly and Seven News' Robert Ovadia"
                        and not (  # "Democrats Barack Obama and Bill Clinton": labels, a name
                            len(cur) >= 3
                            and _given_surname(cur[-2:])
                            and all(_label_word(t.word) for t in cur[:-2])
                        )
                        and not _titled_surname(cur)  # "Lord Falconer and Downing Street adviser"
                        and not _titled_full_name(cur)  # "German Chancellor Gerhard Schroeder and"
                        and not _two_known_bodies(cur, part[k + 1 :])  # "the IMF and World Bank"
                    )
                ):
                    cur.append(t)
                    continue
                out.append(cur)
                cur = []
                continue
            cur.append(t)
        if cur:
            out.append(cur)
    return out


def _two_known_bodies(before: list[_Tok], after: list[_Tok]) -> bool:
    """Whether the words on each side of "and" are each an organisation the lexicon knows
    ("the IMF and World Bank"): two bodies, not one name with "and" in it."""
    words = [t.word for t in before]
    lower = [k for k, w in enumerate(words) if not w[:1].isupper()]
    first = " ".join(words[lower[-1] + 1 :] if lower else words)  # ("Both the IMF": the IMF)
    return first in lx.KNOWN_ORGS and " ".join(t.word for t in after) in lx.KNOWN_ORGS


def _given_surname(cur: list[_Tok]) -> bool:
    """Two or three words that are a person's name: a known given name, then surname-shaped
    words that are no organisation's or place's ("David Lloyd George and Andrew Bonar Law")."""
    return (
        2 <= len(cur) <= 3
        and cur[0].word in lx.GIVEN_NAMES
        and all(
            _NAMEY.fullmatch(t.word) is not None
            and t.word not in lx.ORG_WORDS
            and t.word not in lx.PLACE_WORDS
            and not _role_word(t.word)
            for t in cur[1:]
        )
    )


def _titled_full_name(cur: list[_Tok]) -> bool:
    """A run that ends in a capitalised title, a given name and a surname ("German Chancellor
    Gerhard Schroeder and European Commission President ..."): a person, complete before
    "and"."""
    return (
        len(cur) >= 3
        and cur[-3].word[:1].isupper()
        and _role_word(cur[-3].word)
        and _given_surname(cur[-2:])
    )


def _titled_surname(cur: list[_Tok]) -> bool:
    """A run that ends in an honorific and a surname ("Home Office Minister Lord Falconer"):
    a person, complete before "and"."""
    return (
        len(cur) >= 2
        and cur[-2].word in lx.HONORIFICS
        and _NAMEY.fullmatch(cur[-1].word) is not None
        and not _role_word(cur[-1].word)
        and cur[-1].word not in lx.ORG_WORDS
        and cur[-1].word not in lx.PLACE_WORDS
    )


def _person_then_of(part: list[_Tok], k: int) -> bool:
    """ "Cooper and Martha Raddatz of ABC News": after "and" comes a person, then "of" and her
    employer, so the organisation word after "of" must not hold the run together."""
    for j in range(k + 2, min(k + 4, len(part))):
        if part[j].word == "of":
            return _person_before_of(part[k:j])
    return False


# Titles only a person bears, unlike "Duke" or "Queen" ("Duke of Edinburgh").
_PERSONAL_TITLES = frozenset("Dr Mr Mrs Ms Miss Prof Professor Rev Sen Rep Gov".split())  # noqa: SIM905


def _name_before_nation(cur: list[_Tok], rest: list[_Tok]) -> bool:
    """Two name-shaped words before "of (the) <country>": "Jan Hernych of the Czech Republic",
    "Irakli Labadze of the Republic of Georgia" (sport reports give a player's nation so)."""
    if len(cur) != 2 or not all(_NAMEY.fullmatch(t.word) for t in cur):
        return False
    if any(
        t.word in lx.ORG_WORDS
        or t.word in lx.PLACE_WORDS
        or t.word in lx.PLACES
        or _role_word(t.word)
        for t in cur
    ) or (cur[0].word in lx.STOPCAPS and cur[0].word not in _GIVEN_STOPCAPS):
        return False
    return lx.nation_after_of([t.word for t in rest[:6]])


def _person_before_of(cur: list[_Tok]) -> bool:
    """ "Given Surname" before "of" is a person ("Cara Diemont of Dimension Data"), unlike "Bank of
    England", "Duke of Edinburgh" or "Mary Queen of Scots" (a title word before "of")."""
    if not 2 <= len(cur) <= 5:
        return False  # checked first: this runs for every "of" of a run, however long
    if len(cur) >= 3 and _label_word(cur[0].word) and cur[1].word in lx.GIVEN_NAMES:
        cur = cur[1:]  # "Republican Chuck Hagel of the Foreign Relations Committee"
    titled = cur[0].word.rstrip(".") in _PERSONAL_TITLES
    if titled:
        cur = cur[1:]  # "Dr. Surendra Shastri of Tata Memorial Hospital": the title says person
    else:
        k = 0
        while k < len(cur) - 2 and cur[k].word[:1].isupper() and _role_word(cur[k].word):
            k += 1
        if k and cur[k].word in lx.GIVEN_NAMES:
            # "Detective Inspector Paul Miller of Thames Valley Police": a title, then a name
            cur = cur[k:]
    n = len(cur) - sum(t.word in _PARTICLES for t in cur)  # "Nick Van den Brul of BNP"
    return (
        (1 if titled else 2) <= n <= 3
        and (
            titled
            or cur[0].word in lx.GIVEN_NAMES
            or (len(cur) == 2 and cur[1].word in lx.SURNAMES and cur[0].word not in lx.PLACES)
        )
        and all(
            (_NAMEY.fullmatch(t.word) or t.word in _PARTICLES)
            and (t is cur[0] or t.word not in lx.ORG_WORDS)  # "Bill" is a given name first
            and t.word not in lx.PLACE_WORDS
            and t.word not in lx.STOPCAPS
            and not _role_word(t.word)
            for t in cur
        )
    )


_POST_NOMINALS = frozenset(
    "QC KC SC MP MEP MSP MLA MPP TD OBE MBE CBE KBE DBE PhD MD Esq Esq. JP AO AC".split()  # noqa: SIM905
)


_GIVEN_STOPCAPS = frozenset(["Will", "April", "June", "May", "August", "Sunday", "Dawn", "Jan"])
_CLOCK_WORDS = frozenset(["PM", "AM", "P.M.", "A.M.", "GMT", "BST", "EST", "EDT", "ET", "UTC"])
_AFTER_TIME = re.compile(r"\d(?::\d\d)?\s?\Z")
_CAPTION_LABELS = frozenset(["Credit", "Photo", "Photograph", "Image", "Picture", "Courtesy"])


# Participles that open a sentence before a name ("Born Jocelyn Stoker, the diva ...").
_OPENING_PARTICIPLES = frozenset(["Born", "Raised", "Educated", "Christened", "Nicknamed"])


def _trim(toks: list[_Tok], text: str, lower_vocab: set[str]) -> list[_Tok]:
    if len(toks) == 1:
        return _trim_one(toks, text, lower_vocab)
    if toks[-1].word == "Read" and text.startswith(" more", toks[-1].end):
        toks = toks[:-1]  # "... is just beginning | Nils Pratley Read more": a link's label
        if len(toks) == 1:
            return _trim_one(toks, text, lower_vocab)
    i, j = 0, len(toks)
    for k in range(j - 2):
        w = toks[k].word
        if (
            w.isupper()
            and len(w) > 2
            and toks[k + 1].word in lx.GIVEN_NAMES
            and not _role_word(w)
            and w not in lx.KNOWN_ORGS
        ):
            i = k + 1  # "Galleries ADVERTISEMENT Judy Avalos": a page label before a name
    while i < j:
        w = toks[i].word
        if (
            j - i >= 4
            and toks[i + 2].word in lx.GIVEN_NAMES
            and f"{w} {toks[i + 1].word}" in lx.KNOWN_ORGS
            and not any(_role_word(t.word) for t in toks[i + 3 : j])
        ):
            i += 2  # "For the Lib Dems David Laws said": a body's name, its comma left out
            continue
        if (
            j - i >= 3
            and w in lx.KNOWN_ORGS
            and w not in lx.GIVEN_NAMES
            and toks[i + 1].word in lx.GIVEN_NAMES
            and not any(_role_word(t.word) for t in toks[i + 1 : j])
            and toks[j - 1].word not in lx.ORG_WORDS
        ):
            i += 1  # "the public services union Unison Dave Prentis": the body, then its man
            continue
        if (
            j - i == 2
            and (i == 0 or (i == 1 and _place_demonym(toks[0].word)))
            and w in _GIVEN_STOPCAPS
            and toks[i + 1].word not in lx.STOPCAPS
            and toks[i + 1].word.lower() not in lower_vocab
            and (
                i == 1
                or not _sentence_start(text, toks[0].start)
                or text.startswith((" said", " says", " told"), toks[1].end)
                or text.startswith(("'s ", "’s "), toks[1].end)  # "Will Smith's first film"
            )
        ):
            # "says Will McClay", "with April Ryan", "Jan Berry said:", "face Czech Jan
            # Hernych": a given name that is also a stop word
            break
        if (
            w in _GIVEN_MONTHS
            and (j - i >= 3 or (j - i == 2 and toks[i + 1].word in lx.SURNAMES))
            and all(_NAMEY.fullmatch(t.word) for t in toks[i + 1 : j])
            and not any(t.word in lx.PLACES for t in toks[i + 1 : j])
            and not any(t.word in lx.STOPCAPS or t.word in lx.COMMON_CAPS for t in toks[i + 1 : j])
            and not _DATE_WORD_BEFORE.search(text, max(0, toks[i].start - 8), toks[i].start)
        ):
            break  # "with June Carter Cash", "April Ashley": a given name, no month
        if (w in lx.STOPCAPS and w not in lx.HONORIFICS) or w in _CONNECTORS:
            i += 1
            continue
        if (
            (j - i >= 3 or (j - i == 2 and i == 1 and toks[0].word.endswith("-seeded")))
            # ("Eighth-seeded American Agassi": the seeding, the nationality, the surname)
            and (_place_demonym(w) or _follower(w) or _plural_demonym(w))
            # ("Californian", "Blairite", "Britons Kathy Butler and Hayley Yelling")
            and all(_NAMEY.fullmatch(t.word) for t in toks[i + 1 : j])
            and (
                not any(_role_word(t.word) for t in toks[i + 1 : j])
                # ("Scot Kathy Butler": a surname that is also a trade, after a given name)
                or (j - i == 3 and toks[i + 1].word in lx.GIVEN_NAMES)
            )
            and toks[j - 1].word not in lx.ORG_WORDS  # (but "British Casino Association")
        ):
            i += 1  # "American Justin Gatlin"
            continue
        if (
            j - i == 2
            and i == 0
            and toks[1].word in lx.SURNAMES  # (set lookups first: most pairs stop here)
            and w not in lx.GIVEN_NAMES
            and _place_demonym(w)
            and toks[1].word not in lx.COMMON_CAPS
            and toks[1].word not in lx.ORG_WORDS
            and toks[1].word not in lx.PLACES
            and not _role_word(toks[1].word)
        ):
            i += 1  # "Australian Johnson, who shocked her rivals": the surname alone
            continue
        if (
            j - i >= 4
            and toks[i + 1].word[:1].isupper()
            and _place_demonym(f"{w} {toks[i + 1].word}")  # "New Zealander", "New Yorker"
            and all(_NAMEY.fullmatch(t.word) for t in toks[i + 2 : j])
        ):
            i += 2  # "New Zealander Graham Henry"
            continue
        if (
            i == 0
            and w in _CLOCK_WORDS
            and _AFTER_TIME.search(text, max(0, toks[0].start - 8), toks[0].start)
        ):
            i += 1  # "8:09 PM Inappropriate video?": a time of day, not a Prime Minister
            continue
        if (
            i == 0
            and j - i >= 3
            and w in _OPENING_PARTICIPLES
            and _sentence_start(text, toks[0].start)
            and toks[1].word in lx.GIVEN_NAMES
        ):
            i += 1  # "Born Jocelyn Stoker, the Devon diva ...": a participle opens the sentence
            continue
        if i == 0 and j >= 2 and "-" in w and w.rpartition("-")[2] in _LEADING_ADJECTIVES:
            i += 1  # "the Oscar-nominated Owen", "Brazil-born Deco": an adjective, not a name
            continue
        if i == 0 and j >= 3 and "-" in w and _hyphened_label(w):
            i += 1  # "Oscar-winner Andrea Arnold", "Man-of-the-match Stephen Jones": a label
            continue
        if (
            i == 0
            and j >= 2
            and "-" in w
            and w.endswith("s")
            and (
                (j >= 3 and toks[1].word in lx.GIVEN_NAMES)
                or (w.rpartition("-")[2].isalpha() and w.rpartition("-")[2].islower())
            )
            and w not in lx.GIVEN_NAMES
        ):
            # "Goal-kickers Charlie Hodgson and Olly Barkley", "Team-mates Neymar and Dani
            # Alves": a plural label (no name has a lowercase plural after its hyphen)
            i += 1
            continue
        if i == 0 and j >= 3 and _RANK_NUMBER.fullmatch(w):
            i += 1  # "the world No35 Garbiñe Muguruza": a ranking, not a name
            continue
        if (
            i == 0
            and w == "Said"
            and j >= 2
            and text.startswith((":", ","), toks[j - 1].end)
            and _sentence_start(text, toks[0].start)
        ):
            i += 1  # "Said Williams: “…”": the verb before its speaker, not "Said" the name
            continue
        if i == 0 and j >= 3 and w in _RELATION_LABELS and toks[1].word[:1].isupper():
            i += 1  # "Compatriots Mulugeta Wondimu, Abiyote Abate and ...": a relation, no name
            continue
        if i == 0 and w in ("Fellow", "Former") and j >= 2:
            # "Fellow Bath prop Duncan Bell", "Fellow Briton Andy Murray", "Former Manfred Mann
            # singer Paul Jones": an adjective
            i += 1
            continue
        if i == 0 and w in _CAPTION_LABELS and j - i >= 3 and toks[1].word in lx.GIVEN_NAMES:
            i += 1  # "Credit Ashraf Shazly/Agence France-Presse": a photo credit's label
            continue
        if (
            i == 0
            and j >= 3
            and w.endswith(("ant", "ent", "ive", "ful", "ous", "ious"))
            and w not in lx.GIVEN_NAMES
            and w not in lx.SURNAMES
            and not _role_word(w)  # (not "President", "Representative")
            and w not in lx.HONORIFICS
            and toks[1].word in lx.GIVEN_NAMES
        ):
            i += 1  # "Defiant Matt Williams says ...": an adjective before a full name
            continue
        if (
            i == 0
            and j >= 3
            and w.endswith(("ed", "ing"))
            and w.lower() not in _POSITIONS_BEFORE_NAMES  # ("Wing Christophe Dominici")
            and w not in lx.GIVEN_NAMES
            and w not in lx.SURNAMES
            and not _role_word(w)
            and w not in lx.HONORIFICS
            and (toks[1].word in lx.GIVEN_NAMES or toks[j - 1].word in lx.SURNAMES)
            and _sentence_start(text, toks[0].start)
        ):
            # "Injured Rio Ferdinand and Sol Campbell were ...", "Featuring Cliff Richard and
            # Boy George, the song ...": a participle opening the sentence before a full name
            i += 1
            continue
        if (
            i == 0
            and w.lower() in lower_vocab
            and w not in lx.GIVEN_NAMES
            and not _role_word(w)
            and w not in lx.HONORIFICS  # "Lord Bingham - a senior law lord -"
            and (
                _sentence_start(text, toks[i].start)
                # "... saw the alarming sight Tourist Tim Weston took a photo": a photo caption
                # run into the text, its first word a common noun before a full name
                or (j >= 3 and toks[1].word in lx.GIVEN_NAMES and toks[2].word not in lx.STOPCAPS)
            )
        ):
            i += 1
            continue
        break
    if j - i >= 2 and toks[j - 1].word.endswith("s") and toks[j - 1].word[:-1] in lx.DEMONYMS:
        j -= 1  # "six unnamed Roma Czechs": a people, not a surname
    if toks[j - 1].word.endswith("-winning"):
        return []  # "Grammy Award-winning composer David Arnold": an award's, no one's name
    if (
        j - i >= 2
        and (toks[j - 1].word in lx.DEMONYMS or toks[j - 1].word in _EVENT_ADJECTIVES)
        and toks[j - 2].word not in lx.GIVEN_NAMES
        and toks[j - 2].word not in lx.HONORIFICS
    ):
        # "Legendary Dutch coach Rinus Michels", "Double Olympic champion Kelly Holmes": the
        # adjectives before a role, no name
        return []
    if j - i >= 3 and toks[j - 1].word in _POST_NOMINALS:
        j -= 1  # "Lionel Robbards QC", "Jane Roe MP": letters after a name, not part of it
    while j > i and (toks[j - 1].word in _CONNECTORS or toks[j - 1].word in lx.STOPCAPS):
        prev = toks[j - 2].word if j - 2 >= i else ""
        if toks[j - 1].word in _MONTH_SURNAMES and (
            prev in lx.GIVEN_NAMES or prev in lx.HONORIFICS
        ):
            break  # "Theresa May", "Mrs May"
        if (
            toks[j - 1].word in _WEEKDAY_SURNAMES
            and j - i == 2
            and prev in lx.GIVEN_NAMES
            and _left_role(text, toks[i].start) is not None
        ):
            break  # "coach Mike Friday" (but "met Mike Friday" is someone met on a Friday)
        j -= 1
    for k in range(i + 1, j - 1):
        if "-" in toks[k].word:
            stem, _, suffix = toks[k].word.rpartition("-")
            if suffix in _ADJECTIVE_SUFFIXES and stem[:1].isupper():
                # "the Carwyn James-inspired Lions": the name ends at the suffix (the run
                # after it is what the name describes)
                return [*toks[i:k], _Tok(stem, toks[k].start, toks[k].start + len(stem))]
    if j > i and "-" in toks[j - 1].word:
        last = toks[j - 1]
        stem, _, suffix = last.word.rpartition("-")
        if suffix in _ADJECTIVE_SUFFIXES and stem[:1].isupper():
            # "Chet Baker-ish", "a Lone Star State-sized ego", "Trump-era": the name without the
            # suffix that makes it an adjective.
            return [*toks[i : j - 1], _Tok(stem, last.start, last.start + len(stem))]
    return toks[i:j]


def _place_demonym(word: str) -> bool:
    """Whether ``word`` names the people of a place: a nationality ("American", "New
    Zealander") or a place's name with the ending that makes it one ("Californian", "Texan",
    "Londoner", "New Yorker")."""
    if word in lx.DEMONYMS or word in lx.COUNTRYMEN:
        return True
    if word in lx.GIVEN_NAMES or word in lx.SURNAMES:
        return False  # "Hunter Biden", "Yorke"
    if word.endswith("n") and (word[:-1] in lx.PLACES or word[:-1] + "s" in lx.PLACES):
        return True
    if word.endswith("an") and lx.country(word[:-1]) is not None:
        return True  # "Slovakian"
    return word.endswith("er") and word[:-2] in lx.PLACES


def _follower(word: str) -> bool:
    """ "Blairite", "Thatcherite": a follower of someone, named by their surname and "-ite"."""
    return word.endswith("ite") and word[:-3] in lx.SURNAMES


def _trim_one(toks: list[_Tok], text: str, lower_vocab: set[str]) -> list[_Tok]:
    """:func:`_trim` of a run of one word (most runs), with only the tests that can apply."""
    tok = toks[0]
    w = tok.word
    if w in lx.STOPCAPS or w in _CONNECTORS:
        return []  # (an honorific among them is trimmed from the end: nothing is left)
    if w in _CLOCK_WORDS and _AFTER_TIME.search(text, max(0, tok.start - 8), tok.start):
        return []  # "8:09 PM"
    if (
        w.lower() in lower_vocab
        and w not in lx.GIVEN_NAMES
        and not _role_word(w)
        and w not in lx.HONORIFICS
        and _sentence_start(text, tok.start)
    ):
        return []  # a common word opening a sentence
    if "-" in w:
        stem, _, suffix = w.rpartition("-")
        if suffix in _ADJECTIVE_SUFFIXES and stem[:1].isupper():
            return [_Tok(stem, tok.start, tok.start + len(stem))]  # "Trump-era"
    return toks


_RANK_NUMBER = re.compile(r"No\.?\d{1,4}")
_LEADING_ADJECTIVES = frozenset(
    "nominated winning born based bound owned backed led trained educated raised seeded "  # noqa: SIM905
    "form".split()
)
# Relations that open a sentence before a full name ("Compatriots Mulugeta Wondimu").
_RELATION_LABELS = frozenset(
    "Compatriot Compatriots Teammate Teammates Colleague Colleagues Countryman Countrymen "  # noqa: SIM905
    "Classmate Classmates".split()
)


# Months that are women's given names, and the words that make one before them a month ("in
# June", "since April").
_GIVEN_MONTHS = frozenset(["June", "April"])
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:in|on|by|since|until|till|from|to|last|next|early|late|mid|of|this|that|each|every|"
    r"through|during|before|after)[ -]\Z",
    re.IGNORECASE,
)


def _plural_demonym(word: str) -> bool:
    """ "Britons", "Kenyans": a people's name in the plural, before the names of a list."""
    return len(word) > 4 and word.endswith("s") and _place_demonym(word[:-1])


def _hyphened_label(word: str) -> bool:
    """A capitalised hyphened word that labels the full name after it ("Oscar-winner",
    "Man-of-the-match"): it ends in a prize's holder, or runs through "-of-" ("Player-of-the-year").
    No name has a lowercase word after "of" joined by hyphens."""
    last = word.rpartition("-")[2]
    return (
        last in lx.AWARD_HOLDERS
        or ("-of-" in word and last.isalpha() and last.islower())
        or last in ("grader", "graders")  # "Sixth-grader Kayla Hunter"
    )


# Adjectives of events that end a run of capitalised words before a role ("Double Olympic
# champion").
_EVENT_ADJECTIVES = frozenset(["Olympic", "Paralympic"])

_ADJECTIVE_SUFFIXES = frozenset(
    "ish esque like style sized size era led backed based born owned run themed inspired "  # noqa: SIM905
    "type friendly loving bashing funded financed sponsored supporting linked allied aligned "
    "affiliated connected endorsed appointed controlled obsessed centric focused hating".split()
)


def _memo(cache: dict, key, compute):
    """``cache[key]``, computed once (keeps per-surname checks linear on repetitive input)."""
    if key not in cache:
        cache[key] = compute(key)
    return cache[key]


def _used_alone(text: str, runs: list[_Cand]) -> bool:
    """Whether a surname stands alone as a name at least twice, once as a sentence's subject
    ("Idowu landed ...", "Idowu said"), not as a modifier ("Olympic champion", "Olympic 100m")."""
    alone = 0
    subject = False
    for c in runs:
        nxt = _NEXT_WORD.match(text, c.end)
        if nxt is not None and (_role_word(nxt.group(1)) or nxt.group(1)[0].isdigit()):
            continue
        alone += 1
        subject = subject or bool(
            (nxt is not None and nxt.group(1).islower() and _sentence_start(text, c.start))
            or _CUE_AFTER.match(text, c.end)
        )
    return alone >= 2 and subject


# Place and organisation words that are also common surnames (the census list leaves them out).
SURNAME_PLACE_WORDS = frozenset(
    [
        "Hill",
        "Hall",
        "Park",
        "Field",
        "Bridge",
        "Street",
        "Forest",
        "Castle",
        "Temple",
        "Tower",
        "Beach",
        "Lake",
        "Bay",
        "Coast",
        "Law",
        "Church",
        "Hills",
        "Fields",
        "Banks",
    ]
)


# Countries that are also surnames, after a given name: "Michael Jordan", "Sharon Holland".
# (and places that are frequent family names: "Kenny Washington", "Samuel L. Jackson")
_COUNTRY_SURNAMES = frozenset(
    "Jordan Holland England Wales Israel Chad Ireland "  # noqa: SIM905
    "Washington Jackson Lincoln Houston Austin Madison Denver Phoenix".split()
)


def _office_tail(word: str) -> bool:
    """The last word of an office's complement, not a surname: "Prosecutions", "Affairs"."""
    return word not in lx.SURNAMES and (
        word.lower() in lx.ROLE_MODIFIERS
        or word in lx.ORG_WORDS
        or word in lx.COMMON_CAPS
        or (word.endswith("s") and not word.endswith("ss") and word not in lx.GIVEN_NAMES)
    )


def _surname_place(nwords: list[str], titled: bool) -> bool:
    """'Robert Hill', 'Senator Hill', 'Defence Minister Robert Hill': a given name (or a title)
    and a surname that is also a place word name a person. Context may still make it a place
    ("at Grant Park"): the caller, which sees the text, decides that."""
    if titled and len(nwords) == 1:
        return nwords[0] in SURNAME_PLACE_WORDS
    return (
        2 <= len(nwords) <= 3 and nwords[0] in lx.GIVEN_NAMES and nwords[-1] in SURNAME_PLACE_WORDS
    )


# Endings of plural nouns ("Witnesses", "Officials", "Youngsters", "Seeds", "Nominees"): one
# opening a sentence is no name, and heads a list of names that follows it.
PLURAL_ENDINGS = (
    "sses", "ers", "ents", "ants", "ists", "ians", "ors", "als", "ies", "ees", "ours", "eds",
)  # fmt: skip


def _plural_noun_shape(word: str) -> bool:
    return (
        len(word) >= 5
        and word[1:].islower()
        and word.endswith(PLURAL_ENDINGS)
        and word not in lx.GIVEN_NAMES
        and word not in lx.SURNAMES
    )


def _label_word(word: str) -> bool:
    """A capitalised word that labels a name without being part of it: a party ("Libertarian"),
    a nationality, a frequent capitalised word, an organisation word. Never an unknown word:
    "Naeil Ahmad Abdullah" keeps "Naeil"."""
    return (
        word in lx.PARTIES
        or word in lx.DEMONYMS
        or (word.endswith("s") and word[:-1] in lx.DEMONYMS)  # "Americans John Sankus and ..."
        or word in lx.FAITHS
        or word in lx.STOPCAPS
        or word in lx.COMMON_CAPS
        or (word in lx.ORG_WORDS and word not in lx.GIVEN_NAMES)
        or word.lower().endswith("-year-old")  # "Twenty-eight-year-old Mohammed Afroz"
        or _plural_noun_shape(word)  # "Youngsters Ben Hudell and ...", "Seeds Dominik Hrbaty"
        or (  # "ambassador to Ukraine Marie Yovanovitch": the country the office is for
            lx.country(word) is not None
            and word not in lx.GIVEN_NAMES
            and word not in _COUNTRY_SURNAMES
        )
        or (word in lx.PLACES and word not in lx.GIVEN_NAMES)  # "ambassador to Washington"
    )


# Titles of peers, who take a place's name: "Baroness Scotland", "Lord Kingsdown".
_PEERAGES = frozenset(["Lord", "Lady", "Baroness", "Baron"])

# Two capitals that are an abbreviation, not a person's initials ("US Treasury", "TV Azteca").
_TWO_LETTER_WORDS = frozenset(
    "US UK EU UN UC TV PM MP AP AI IT PC PR HR UP OK NY LA DC GP BP GE HP LG ID OR IS AM FM ER "  # noqa: SIM905
    "SA NZ NT WA SC NC ND SD VA WV FC AC CF FK GB".split()
)


# A firm's regional arm: "Lycos Europe", "Sony UK", "Microsoft Asia".
_REGIONAL_ARMS = frozenset(["Europe", "UK", "Asia", "America", "International", "Africa"])

# Bodies named "<body> of <members>": "Association of Chief Police Officers", "Federation of
# Small Businesses", "Institute of Directors", "Royal College of Nursing".


# Abbreviated U.S. titles some outlets write without the full stop ("Sen Brian Schatz").
_DOTLESS_TITLES = frozenset(["Sen", "Sens", "Rep", "Reps", "Gov"])


def _trade_surname(word: str) -> bool:
    """Whether a capitalised word after an honorific is a surname that is also a trade or a
    player's position ("Mr Baker", "Prof Brewer", "Mrs Butler"): a known surname that is no
    formal office (unlike "Mr President", "Madam Speaker")."""
    return word in lx.SURNAMES and lx.ROLE_HEADS.get(word.lower()) is False


def _read(toks: list[_Tok], text: str) -> _Cand | None:
    """Decide what a trimmed run of capitalised words names."""
    words = [t.word for t in toks]
    if len(words) >= 3 and words[0] in _DOTLESS_TITLES and words[1] in lx.GIVEN_NAMES:
        words[0] += "."  # "Sen Brian Schatz": the abbreviation without its full stop ("Sen"
        # alone is also a surname: "Amartya Sen")
    phrase = " ".join(words)
    start, end = toks[0].start, toks[-1].end
    if words[-1][-1:] == "s" and words[-1][:-1] in lx.FAITHS:
        return None  # "Roman Catholics", "Muslims": the faithful, no one
    if (
        len(words) == 2
        and words[1] in _REGIONAL_ARMS
        and words[0] not in lx.GIVEN_NAMES
        and words[0] not in lx.PLACES
        and words[0] not in lx.STOPCAPS
        and not lx.country(words[0])
    ):
        return _Cand("org", start, end, words)  # "Lycos Europe", "Sony UK": a firm's arm
    lead = 0
    while (
        lead < 2
        and lead < len(words)
        and (words[lead] in lx.DEMONYMS or words[lead] in ("Royal", "National", "International"))
    ):
        lead += 1  # "British Chambers of Commerce", "Royal College of Nursing"
    if (
        len(words) - lead >= 3
        and words[lead + 1] == "of"
        and (words[lead] in lx.BODIES_OF or words[lead][:-1] in lx.BODIES_OF)
        and not any(w in lx.GIVEN_NAMES for w in words[lead + 2 :])
    ):
        # "Association of Chief Police Officers": a body of people whose title it names
        return _Cand("org", start, end, words)
    # Titles and honorifics first: "NATO Secretary General Jens Stoltenberg", "Mr. Park".
    a = _title_start(words)
    i = a if a >= 0 else 0
    hon: str | None = None
    titled = False  # a title written out before any honorific ("Health Commissioner Dr. ...")
    role_words: list[str] = []
    org_words: list[str] = words[:a] if a > 0 else []
    if org_words == ["New"]:
        org_words = org_words[1:]  # "New Home Secretary Charles Clarke": new, not a body
    gender = None
    while a >= 0 and i < len(words):
        w = words[i]
        two = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if two in lx.HONORIFICS:
            hon = two
            r, hon_gender = lx.HONORIFICS[two]
            role_words = [r] if r else role_words
            i += 2
            continue
        if w in lx.HONORIFICS:
            hon = w
            r, hon_gender = lx.HONORIFICS[w]
            if r and not (titled and any(_role_head(x) for x in role_words)):
                role_words = [r]  # (but "Health Commissioner Dr. Kristina Box" stays Commissioner)
            gender = hon_gender or gender
            i += 1
            continue
        if _role_word(w) and (w[0].isupper()):
            if not role_words and len(words) - i == 2 and w in lx.GIVEN_NAMES:
                break  # "Dean Boyd", "Ally McCoist": a given name before a surname
            if hon is not None and len(words) - i == 1 and _trade_surname(w):
                break  # "Mr Baker", "Prof Brewer": a surname that is also a trade
            if (
                len(words) - i == 2
                and _singular(w) != w
                and not role_words
                and words[i + 1] not in lx.SURNAMES
                and words[i + 1] not in lx.EAST_ASIAN_SURNAMES
            ):
                break  # "Shareholders United" is no shareholder (but "Officers Liu and Ramos")
            if (
                len(words) - i == 2
                and role_words
                and _role_head(role_words[-1])
                and not _role_head(w)
                and w != "General"
                and not _role_word(words[i + 1])
            ):
                break  # "Police Chief Art Acevedo": a modifier after the office's head word,
                # with only a surname after it, is a given name (but "Secretary General Ban")
            role_words.append(w)
            titled = True
            i += 1
            continue
        if w in _CONNECTORS and role_words and i + 1 < len(words) and _role_word(words[i + 1]):
            role_words.append(w)
            i += 1
            continue
        break
    if (
        role_words
        and i < len(words)
        and (
            words[i] in ("of", "for")
            or (words[i] == "and" and ("of" in role_words or "for" in role_words))
        )
    ):
        # "Speaker of the House Newt Gingrich", "Secretary of State John Kerry", "Commissioner
        # for Climate Action and Energy Miguel Arias Cañete", "Secretary of Health and Human
        # Services Alex Azar" (the title's words read up to "and" before).
        j = next(
            (
                k
                for k in range(i + 1, len(words))
                if words[k] in lx.GIVEN_NAMES or words[k].split("-")[0] in lx.GIVEN_NAMES
            ),
            -1,
        )  # "Deputy Director of Public Prosecution Eva-Marie Persson"
        if words[i] == "of":
            if j < 0 and len(words) - i >= 4:
                j = len(words) - 2
        elif j > len(words) - 2 or any(w in ("the", "of") for w in words[i + 1 : j]):
            j = -1  # (after "for" or "and": a title of capitalised words, then a given name and
            # a surname; not "Attorney for the District of Columbia")
        if j > i + 1:
            role_words += words[i:j]
            i = j
    if "of" in role_words and 0 < len(words) - i <= 2 and all(_office_tail(w) for w in words[i:]):
        role_words += words[i:]  # "Director of Public Prosecutions": an office, no name after it
        i = len(words)
    has_head = hon is not None or any(_role_head(w) for w in role_words)
    short = i - 1  # the title word(s) right before the name: "President" in "... President Yoon"
    while short > 0 and words[short - 1] not in _CONNECTORS and _role_word(words[short - 1]):
        short -= 1
    if has_head and i > 0:
        name = toks[i:]
        # Drop trailing role modifiers that were really the start of nothing.
        while (
            role_words
            and not _role_head(role_words[-1])
            and role_words[-1]
            not in (
                "Representative",
                "Senator",
                "Governor",
            )
        ):
            if role_words[-1] in _CONNECTORS:
                role_words.pop()
                continue
            break
        # "White House Press Secretary", "Ohio Democratic Party Chairman": an organisation word
        # at the front of the title belongs to the organisation.
        while (
            org_words
            and len(role_words) > 1
            and not _role_head(role_words[0])
            and (
                " ".join([*org_words, role_words[0]]) in lx.KNOWN_ORGS
                or (
                    role_words[0] in lx.ORG_WORDS
                    and org_words[-1] not in lx.ORG_WORDS
                    and " ".join(org_words) not in lx.KNOWN_ORGS
                )
            )
        ):
            org_words = [*org_words, role_words.pop(0)]
        role = _format_role(role_words) if role_words else None
        if role_words == ["Veteran"]:
            role = None  # "Veteran Spaniard Conchita Martinez": an adjective, no one's office
        org = None
        while org_words and (org_words[0] in _ADJECTIVES or org_words[0] in lx.STOPCAPS):
            if org_words[0] == "New" and len(org_words) > 1:
                break  # "New York Gov. Andrew Cuomo"
            org_words = org_words[1:]
        if org_words:
            org = _org_of(org_words)
            if (
                org is None
                and all(_is_namey(w, False) or w.isupper() for w in org_words)
                and not (hon and len(org_words) == 1 and org_words[0].endswith("ing"))
            ):
                # (but "Commenting Mr Macklin said": a participle opening the sentence)
                org = " ".join(org_words)
        if not name:
            if role and not hon and (not org_words or org):
                return _Cand("roleref", toks[a].start, end, words[a:], role=role, org=org)
            return None
        nwords = [t.word for t in name]
        name_phrase = " ".join(nwords)
        surname_place = _surname_place(nwords, hon is not None or bool(role))
        # "Referee Graham Poll": a title, a given name, then a common word that is a surname
        # too (as after a role in lower case: see people._common_surname_after_role)
        word_surname = (
            len(nwords) == 2
            and nwords[0] in lx.GIVEN_NAMES
            and nwords[1] in lx.COMMON_CAPS
            and nwords[1] not in lx.ORG_WORDS
            and nwords[1].isalpha()
        )
        if (
            any(
                (w in lx.ORG_WORDS or w in lx.COMMON_CAPS)
                and w not in lx.GIVEN_NAMES
                and w not in lx.EAST_ASIAN_SURNAMES
                and not (word_surname and w is nwords[1])
                for w in nwords
            )
            or (nwords[-1] in lx.ORG_WORDS and not surname_place)
            or (nwords[-1] in lx.PLACE_WORDS and not surname_place)
            or (
                (lx.country(name_phrase) or name_phrase in lx.PLACES)
                and not (hon in _PEERAGES and len(nwords) == 1)  # "Baroness Scotland"
            )
            or (name_phrase in lx.KNOWN_ORGS and not (hon and len(nwords) == 1))
        ):  # (but "Dr Fox", "Mr Ford": an honorific makes a surname of a firm's name)
            return _org_or_place(toks, words, phrase, start, end)
        if nwords[0] not in lx.GIVEN_NAMES and nwords[0] not in lx.EAST_ASIAN_SURNAMES:
            # "Miss Universe Alicia Machado": the name starts at the given name (but "Dr Khoo
            # Kay Peng" starts with his family name).
            g = next((k for k, w in enumerate(nwords) if w in lx.GIVEN_NAMES and k > 0), -1)
            if g > 0 and len(nwords) - g >= 2:
                name, nwords = name[g:], nwords[g:]
        if not word_surname:
            # a name word, or a given name that is also a month or a word ("Representative
            # Jan Schakowsky", "Dr June Raine") opening a name of two words or more
            k = 0
            while k < len(nwords) and (
                _name_word(nwords[k], False)
                or (k == 0 and len(nwords) > 1 and nwords[k] in _GIVEN_STOPCAPS)
            ):
                k += 1
            if k < len(nwords):
                name, nwords = name[:k], nwords[:k]
        while name and nwords[-1] in _PARTICLES:
            name, nwords = name[:-1], nwords[:-1]
        if not _name_ends_ok(nwords):
            return None
        if len(nwords) > 4:
            # at most four words, not counting particles ("Luiz Inacio Lula da Silva")
            keep, core = 0, 0
            while keep < len(nwords) and (core < 4 or nwords[keep] in _PARTICLES):
                core += nwords[keep] not in _PARTICLES
                keep += 1
            while keep > 1 and nwords[keep - 1] in _PARTICLES:
                keep -= 1
            name, nwords = name[:keep], nwords[:keep]
        return _Cand(
            "person",
            name[0].start,
            name[-1].end,
            nwords,
            title_start=toks[max(short, 0)].start,
            honorific=hon,
            role=role,
            org=org,
            gender=gender,
            strong=True,
        )
    if (
        len(words) == 3
        and words[0].lower() in _POSITIONS_BEFORE_NAMES
        and words[0][1:].islower()
        and words[1] in lx.GIVEN_NAMES
        and _name_word(words[2], False)
    ):
        # "Lock Alec Parker, blind-side flanker Brian Surgener and ...": a player's position
        # heading the sentence, then his name.
        return _Cand("person", toks[1].start, end, words[1:], role=words[0].lower(), strong=True)
    surname_place = _surname_place(words, False)
    found = None if surname_place else _org_or_place(toks, words, phrase, start, end)
    if found:
        return found
    # Bare names: "Donald Trump", "Melezia Figueroa".
    if "of" in words[2:4]:
        # "Xana Kernodle of Avondale", "Kevin Swanson of Morro Bay": a name and where it is from
        # (a person only with the evidence a name needs: a given name, an age, a cue).
        k = words.index("of", 2)
        if all(_name_word(w) for w in words[:k]) and not any(w in lx.ORG_WORDS for w in words[:k]):
            strong = words[0] in lx.GIVEN_NAMES
            return _Cand("name?", start, toks[k - 1].end, words[:k], strong=strong)
    p = next(
        (k for k in (1, 2) if k < len(words) and len(words[k]) > 1 and words[k] in lx.PARTIES), 0
    )
    if (
        p
        and len(words) - p >= 3
        and " ".join(words[:p]) in lx.PLACES
        and words[p + 1] in lx.GIVEN_NAMES
        and not _surname_place(words[p + 1 :], False)
    ):
        # "Virginia Republican Bob Goodlatte", "New York Democrat Chuck Schumer": the state a
        # member sits for and the party, then the name ("Virginia" is a given name too)
        return _Cand("name?", toks[p + 1].start, end, words[p + 1 :], strong=True)
    g = next((k for k, w in enumerate(words) if w in lx.GIVEN_NAMES), -1)
    if (
        0 < g <= 2
        and len(words) - g >= 2
        and (all(_label_word(w) for w in words[:g]) or " ".join(words[:g]) in lx.PARTIES)
        and not _surname_place(words[g:], False)
    ):
        # "Libertarian Gary Johnson": the name starts at the given name (the words before are
        # a party, a label or a place).
        return _Cand("name?", toks[g].start, end, words[g:], strong=True)
    if (
        len(words) == 2
        and len(words[0]) == 2
        and words[0].isupper()
        and words[0] not in _TWO_LETTER_WORDS
        and _NAMEY.fullmatch(words[1])
        and (words[1] in lx.SURNAMES or not words[1].endswith("s"))  # not "FA Insights"
        and words[1] not in lx.ORG_WORDS
        and words[1] not in lx.PLACES
        and words[0] not in lx.KNOWN_ORGS
        and not lx.country(words[0])
        and not lx.country(words[1])  # "SG Australia" is a bank's
    ):
        return _Cand("name?", start, end, words, strong=True)  # "JK Rowling", "JM Coetzee"
    if (
        1 <= len(words) <= 5
        and all(
            _name_word(w)
            or (surname_place and w is words[-1])
            or (w is words[0] and len(words) == 2 and w in _GIVEN_STOPCAPS)  # "Will McClay"
            or (
                w == "A"
                and k == 1
                and len(words) == 3
                and words[0] in lx.GIVEN_NAMES
                and words[2] not in lx.COMMON_CAPS
            )  # ("Charles A Blixt": a middle initial written without its full stop)
            for k, w in enumerate(words)
        )
        and _name_ends_ok(words)
    ):
        if words[0] in lx.NAME_SUFFIXES or _INITIAL.fullmatch(words[-1]):
            return None  # "Charles G." (and David H. Koch)
        if (
            any(w in lx.PLACES or (lx.country(w) and w not in lx.DEMONYMS) for w in words[1:])
            and not (
                len(words) == 2 and words[0] in lx.GIVEN_GENDER and words[1] in _COUNTRY_SURNAMES
            )
            and not (words[0] in lx.GIVEN_NAMES and any(_INITIAL.fullmatch(w) for w in words[1:-1]))
        ):
            if (
                len(words) == 2
                and words[0] in lx.GIVEN_GENDER
                and words[1] in lx.PLACES
                and lx.country(words[1]) is None
            ):
                # "referee Hugh Dallas": a name only with evidence the context gives (a role)
                return _Cand("name?", start, end, words, strong=False)
            return None  # "Franco Spain", "Jordan Israel" (but "Mark Cuban", "Michael Jordan")
        strong = (words[0] in lx.GIVEN_NAMES and len(words) >= 2) or (
            len(words) == 3
            and words[1] in lx.GIVEN_NAMES  # "Naeil Ahmad Abdullah", not "Hold Melania Trump"
            and not _wordlike(words[0])
            and words[0] not in lx.STOPCAPS
            and words[0] not in lx.COMMON_CAPS
        )
        return _Cand("name?", start, end, words, strong=strong)
    return None


def _read_cached(toks: list[_Tok]) -> _Cand | None:
    """:func:`_read` depends only on the words, so repeated runs ("Mr. Trump", "NATO") are read
    once per process (a bounded LRU keyed on the words); offsets are rebuilt from the token
    positions."""
    tpl = _read_words((toks[0].word,) if len(toks) == 1 else tuple(t.word for t in toks))
    if tpl is None:
        return None
    kind, si, ei, ti, words, hon, role, org, gender, strong = tpl
    return _Cand(
        kind,
        toks[si].start,
        toks[ei].end,
        list(words),
        toks[ti].start if ti >= 0 else -1,
        hon,
        role,
        org,
        gender,
        strong,
    )


@functools.lru_cache(maxsize=1 << 16)
def _read_words(words: tuple[str, ...]) -> tuple | None:
    """:func:`_read` on stand-in tokens laid out one space apart, as token indices (so the
    answer can be replayed on any run of the same words)."""
    if "Vs" in words or "Versus" in words:
        return None  # "Freddy Vs Jason", "Alien Vs Predator": a title, two names set apart
    toks: list[_Tok] = []
    pos = 0
    for w in words:
        toks.append(_Tok(w, pos, pos + len(w)))
        pos += len(w) + 1
    c = _read(toks, "")
    if c is None:
        return None
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    si, ei = starts[c.start], ends[c.end]
    ti = starts[c.title_start] if c.title_start >= 0 else -1
    return (c.kind, si, ei, ti, tuple(c.words), c.honorific, c.role, c.org, c.gender, c.strong)


_NEXT_WORD = re.compile(r" ([\w’'-]+)")
