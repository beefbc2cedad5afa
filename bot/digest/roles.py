"""Roles and titles: "Secretary General", "Clinton campaign spokesman", "the foreign
minister", "(D-Mo.)", read before, after or beside a name.

Why apart: a role is found in several shapes (left title, appositive, copula, left comma) that
share one vocabulary and one formatting; keeping them together keeps that vocabulary consistent.
"""

from __future__ import annotations

import functools
import re

from bot.digest import lexicon as lx
from bot.digest.names import (
    _CONNECTORS,
    _INITIAL,
    _adjectival,
    _is_namey,
    _strip_possessive,
    _wordlike,
)
from bot.digest.organizations import _org_of
from bot.digest.registry import _add_role, _Cand

_PARTY = re.compile(r"\s*\(([DRI])-([A-Z][\w.]*(?: [A-Z][\w.]*)?)\)")


_APPOS_START = re.compile(
    r"(?:, | [-–—] )(?:\d{1,3}, )?(?:(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|MPH|JD|MBA|Esq\.), ){0,3}"
    r"(?:who is |who was |who's |now |then |(?:who was )?(?:newly |recently )?"
    r"(?:installed|appointed|named|elected|chosen|sworn in) as )?"
)  # ", 51, co-owner", ", MD, president of ...", ", installed as interim leader by the party"


# What may follow a dash that sets off a role: a lowercase word ("then economic adviser to",
# "a former Yale historian") or an employer's possessive ("Chelsea's manager").
_DASH_ROLE = re.compile(r"[a-z]|[A-Z][\w-]*['’]s ")

_APPOS_END = re.compile(
    r"[,;:()\n“”\"]|(?<!\b[A-Z])\.| who | said\b| says\b| and | told | is | was | by |—|–"
    r"| (?:announcing|speaking|commenting|saying|adding|explaining|writing) "
)  # ("Greg Abbott, Texas attorney general announcing the action": a participle ends it;
# "Peter Dobrow, a T-Mobile spokesperson said.": the closing comma left out before the verb)


_APPOS_WORD = re.compile(r"[\w’'\-.]+")

# A reporting verb that ends its sentence after a name ("..., Michael Howard has said."): the
# one who reports the sentence (for the people's roles and for the speakers alike).
_REPORTING_TAIL = re.compile(
    r" (?:has |have |had )?(?:said|says|warned|warns|claimed|claims|insisted|insists"
    r"|argued|argues|told [A-Z][\w ]{0,30}|admitted|admits)\."
)
_REPORTER_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


def _reports_its_sentence(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` ends its sentence as the one who reports it, after a comma
    ("Tony Blair has failed, Michael Howard has said.")."""
    if not text.endswith(", ", 0, pos):
        return False
    m = _REPORTER_NAME.match(text, pos)
    return m is not None and _REPORTING_TAIL.match(text, m.end()) is not None


_BOUNDARY_LEFT = '.!?\n;:"“”()[]'
_AFTER_BOUNDARY = re.compile(r'(?<=[.!?\n;:"“”()\[\]])[^.!?\n;:"“”()\[\]]*$')


_ORG_NOUNS = frozenset({"campaign", "administration", "team", "camp", "government", "office"})


# Lowercase words with these endings name a practitioner ("physicist", "pianist", "ecologist")
# even when the role list lacks them; the verbs and nouns that share the ending are listed out.
_AGENT_ENDINGS = ("ologist", "ist")
_NOT_AGENTS = frozenset(
    [
        "exist",
        "insist",
        "resist",
        "persist",
        "consist",
        "assist",
        "subsist",
        "desist",
        "enlist",
        "twist",
        "wrist",
        "fist",
        "mist",
        "gist",
        "list",
        "whist",
        "amidst",
        "midst",
        "checklist",
        "playlist",
        "wishlist",
        "shortlist",
        "blacklist",
        "whitelist",
        "waitlist",
        "tryst",
    ]
)


def _agent_noun(w: str) -> bool:
    return len(w) > 6 and w.isalpha() and w.endswith(_AGENT_ENDINGS) and w not in _NOT_AGENTS


_ELECT = ("-elect", "-designate")
# Abbreviations news puts before a name, written out: "Pakistan PM Imran Khan", "Ravens GM Ozzie
# Newsome", "rookie QB Dak Prescott".
_SPELLED_OUT = {"PM": "Prime Minister", "GM": "general manager", "QB": "quarterback"}


# Makers that are businesses, not people ("Car-maker Honda", "drug-maker Pfizer"; but a
# "film-maker" or a "policy-maker" is a person).
_MAKER_BUSINESSES = frozenset(
    "car drug chip phone handset aircraft plane jet steel toy truck tyre tire engine computer "  # noqa: SIM905
    "camera beer cigarette vehicle printer software games game".split()
)


@functools.lru_cache(maxsize=1 << 12)
def _role_head(word: str) -> bool:
    w = word.lower().rstrip(".")
    if w in lx.ROLE_HEADS or (word[:1].islower() and _agent_noun(w)):
        return True
    if w.endswith("-maker") and w[:-6] in _MAKER_BUSINESSES:
        return False
    if (
        "-" in w
        and (
            w.rsplit("-", 1)[-1] in lx.ROLE_HEADS
            or (w.endswith("s") and w.rsplit("-", 1)[-1][:-1] in lx.ROLE_HEADS)  # "-guitarists"
        )
        and w.split("-", 1)[0].isalpha()
        and (not w.startswith("co-") or word.islower())  # "co-producer" (not "Co-op Bank")
        and not word.isupper()  # "AFL-CIO" is a federation, not an officer
    ):
        return True  # "writer-director", "singer-songwriter", "actor-producer"
    if w.endswith(_ELECT) and w.rsplit("-", 1)[0] in lx.ROLE_HEADS:
        return True  # "President-elect", "Prime Minister-designate"
    if w.endswith("men") and w[:-3] + "man" in lx.ROLE_HEADS:
        return True  # "businessmen", "spokeswomen"
    if w.endswith(("ches", "shes", "sses")) and w[:-2] in lx.ROLE_HEADS:
        return True  # "coaches", "bosses"
    return w.endswith("s") and w[:-1] in lx.ROLE_HEADS and (len(w) > 4 or word[:-1].isupper())


@functools.lru_cache(maxsize=1 << 12)
def _role_word(word: str) -> bool:
    w = word.lower()
    return w in lx.ROLE_HEADS or w in lx.ROLE_MODIFIERS or _role_head(word)


def _singular(word: str) -> str:
    """'novelists' → 'novelist', 'Businessmen' → 'Businessman', when only the singular is a
    role head."""
    w = word.lower()
    if w.endswith("men") and w not in lx.ROLE_HEADS and w[:-3] + "man" in lx.ROLE_HEADS:
        return word[:-3] + "man"
    last = w.rsplit("-", 1)[-1]  # "singer-guitarists" → "singer-guitarist"
    if (
        w not in lx.ROLE_HEADS
        and w.endswith("s")
        and (last[:-1] in lx.ROLE_HEADS or w[:-1] in lx.ROLE_HEADS)
    ):
        return word[:-1]
    if (
        w not in lx.ROLE_HEADS
        and w.endswith(("ches", "shes", "sses"))
        and last[:-2] in lx.ROLE_HEADS
    ):
        return word[:-2]  # "coaches" → "coach", "bosses" → "boss"
    return word


# The ordinals in words, in order ("top|first|second|...|tenth").
_ORDINAL_WORDS = "|".join(sorted(lx.ORDINALS, key=lambda w: (lx.ORDINALS[w], w != "top")))

# A rank and a role written as one word: "eighth-seed", "13th-seed", "top-seed".
_ORDINAL_HEAD = re.compile(
    rf"(?:{_ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th))-(?:seed|scorer)", re.IGNORECASE
)


def _format_role(words: list[str]) -> str:
    """Formal offices in Title Case ("Foreign Minister"), informal roles as written, lowercase."""
    if len(words) > 1 and all(w.isupper() for w in words):
        words = [w.lower() for w in words]  # credits in capitals: "EXECUTIVE PRODUCER"
    elif len(words) == 1 and words[0].isupper() and len(words[0]) > 4:
        words = [words[0].lower()]  # "COMPOSER" (but "CEO" stays)
    words = [_singular(w) for w in words]
    if words and _ORDINAL_HEAD.fullmatch(words[-1]):
        words = [*words[:-1], *words[-1].split("-")]  # "eighth-seed": the eighth seed
    heads = [w.lower() for w in words if w.lower() in lx.ROLE_HEADS]
    formal = any(lx.ROLE_HEADS[h] for h in heads)
    out = []
    for w in words:
        if w.lower() in _CONNECTORS:
            out.append(w.lower())
        elif formal:
            out.append(w if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:])
        else:
            out.append(w)  # informal roles keep the text's own spelling: "spokesman", "CEO"
    if words and words[-1] in _SPELLED_OUT:
        out[-1] = _SPELLED_OUT[words[-1]]
    if out and out[-1].lower() == "famer":
        out[-1] = "Hall of Famer"  # "Famer" stands only in "Hall of Famer Reggie Jackson"
    return " ".join(out)


# What an office is "of" when its title word alone could be a surname: "Herbert Chief of Staff
# Derek Miller" is the governor's chief of staff (but "Tom Baker of Googol" is a name).
_OFFICE_OF = frozenset(["Staff", "Police", "Naval", "Mission"])


def _title_start(words: list[str]) -> int:
    """Index of the first honorific or title (a run of role words with a head), or -1."""
    n = len(words)
    for a, w in enumerate(words):
        if w in lx.HONORIFICS or (a + 1 < n and f"{w} {words[a + 1]}" in lx.HONORIFICS):
            return a
        if not (w[:1].isupper() and _role_word(w)):
            continue
        k = a
        head = False
        while k < n and (_role_word(words[k]) or words[k] in ("of", "and")):
            head = head or (_role_head(words[k]) and words[k][:1].isupper())
            k += 1
        if head:
            if (
                (k == n or all(w in lx.NAME_SUFFIXES for w in words[k:]))
                and a > 0
                and not _org_of(words[:a])
                and not _adjectival(words[a - 1])
            ):
                return -1  # "Martin Luther King (Jr.)": a name ending in a title word
            if k < n and words[k] in lx.ORG_WORDS and words[k] not in lx.GIVEN_NAMES:
                continue  # "Senior Executives Association President Bill Valdez": an org's name
            last = k
            while last > a + 1 and words[last - 1] in ("of", "and"):
                last -= 1  # ("Eric Baker of Google": the "of" opens his employer)
            if (
                a > 0
                and last == a + 1
                and words[a - 1] in lx.GIVEN_NAMES
                and not lx.ROLE_HEADS.get(w.lower(), True)
                and not (last + 1 < n and words[last] == "of" and words[last + 1] in _OFFICE_OF)
            ):
                continue  # "Rhett Butler Hattie McDaniel": a surname (an informal role word)
            return a
    return -1


_NOT_COMPLEMENTS = frozenset(
    ["both", "all", "each", "every", "the", "a", "an", "his", "her", "their", "its", "them"]
)


# Australian royal commissions' lawyer: "Counsel assisting (the commission), Lionel Robbards QC".
_COUNSEL_ASSISTING = re.compile(r"\b[Cc]ounsel [Aa]ssisting(?: the [A-Za-z ]{1,40})?,? $")


def _lowercase_office_of(words: list[str]) -> int:
    """Index of the "of" of a lowercase office ending ``words`` ("secretary of state", "minister
    of mines and energy"), or -1: a lowercase role head, "of", then up to four lowercase words."""
    for k in range(len(words) - 2, max(0, len(words) - 6), -1):
        if words[k] != "of":
            continue
        tail = words[k + 1 :]
        if (
            tail
            and tail[0] not in ("the", "a", "an", "his", "her", "their", "its")
            # ("members of the Conlon family", "members of his band and engineer Thorne Nogar")
            and tail[-1] != "and"
            and all(w.isalpha() and w.islower() for w in tail)
            and words[k - 1].islower()
            and _role_head(words[k - 1])
        ):
            return k
        return -1
    return -1


# The kinds of business a lowercase office may end in ("chief of technology giant ..."): the
# capitalised words after it name that business.
_FIRM_KINDS = frozenset(
    "giant firm company group maker carmaker retailer chain bank lender insurer airline carrier "  # noqa: SIM905
    "conglomerate manufacturer producer publisher label operator startup bookmaker housebuilder "
    "supermarket drugmaker chipmaker automaker supplier provider distributor".split()
)


def _after_firm_kind(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a kind of business ("technology giant Hewlett
    Packard", "the carmaker Ford"): the name that follows is the firm's."""
    before = text[max(0, start - 16) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in _FIRM_KINDS


# Roles only right before a name, after a club, an age or a position's adjective: too common
# a word anywhere else ("Roma full back Jose Holebas", "Notre Dame guard Zack Martin").
_POSITIONS_BEFORE_NAMES = frozenset(
    "forward back guard tackle centre center wing prop hooker flanker lock sub keeper".split()  # noqa: SIM905
)
# Capitalised words before a position that are a verb's subject, not a club ("We back ...").
_SUBJECT_WORDS = frozenset(["we", "they", "i", "you", "he", "she", "voters", "fans"])
_PLAIN_POSITIONS = frozenset(["lock", "prop", "centre", "center", "wing", "hooker", "flanker"])
# Words after which a plain position names the player after it ("and lock Rob Sidoli",
# "without centre Will Greenwood", "passed to wing Jason Robinson").
_BEFORE_PLAIN_POSITION = frozenset(["and", "without", "with", "to", "by", "from", "for"])
_POSITION_ADJECTIVES = frozenset(
    "full defensive offensive left right starting reserve rookie veteran former second-string "  # noqa: SIM905
    "fellow loose tight tight-head loose-head tighthead loosehead".split()
)


# Words before a position written in the plural that make it a noun ("for backs", "the props").
_PLURAL_POSITION_OPENERS = frozenset(["for", "with", "the", "and", "as", "two", "three", "four"])


# Where a photo shows someone, set between a title and the name in captions.
# A role in brackets before the name, in a list of people ("(tour manager) Bill Beaumont").
_BRACKETED_ROLE = re.compile(r"\(([a-z][a-z-]*(?: [a-z][a-z-]*){0,3})\) \Z")
_CAPTION_ASIDE = re.compile(
    r" \((?:(?:far |second |from )?(?:left|right)|centre|center|clockwise|pictured|above|below|"
    r"top|bottom|inset|front|back|middle|l-r|L-R)\) \Z"
)


# A film's or a book's credits: "Directed by Antoine Fuqua", "written and produced by ...".
_CREDITS = {
    "directed": "director",
    "produced": "producer",
    "written": "writer",
    "choreographed": "choreographer",
    "composed": "composer",
    "hosted": "host",
}


# A ranking's number after "number": "one" ... "ten", or figures ("number 30").
_RANK = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d{0,2})")


def _ranking(world: bool, rank: str) -> str:
    """A ranking as a role: "world number one", or "number two" (a nationality left out)."""
    return f"{'world ' if world else ''}number {rank}"


# "the world number one", "the British number two" after a name and a comma (not "the number
# two seed": a seeding).
_RANK_APPOSITION = re.compile(
    r"the (?:former )?(?:(world) |[A-Z][a-z]+ |women's |men's )?number "
    rf"({_RANK.pattern})\b(?! seed)(?=[,.;:)]| -| and)"
)
_SEED_RANK = rf"{_ORDINAL_WORDS}|[1-9]\d?(?:st|nd|rd|th)"
_SEEDED = re.compile(rf"({_SEED_RANK})-seeded")
_SEED_ORDINAL = re.compile(_SEED_RANK)


def _ordinal_of_seed(words: list[str], k: int) -> bool:
    """Whether ``words`` end in "seed", the role words start at ``k`` and the word before them
    says which seed ("fourth seed", "the third seed"): an ordinal that belongs to the role."""
    return (
        k > 0 and words[-1] == "seed" and _SEED_ORDINAL.fullmatch(words[k - 1].lower()) is not None
    )


def _seeded_before(words: list[str]) -> str | None:
    """ "seventh-seeded Austrian Jurgen Melzer", "top-seeded Roger Federer": the seed, as a
    role ("seventh seed")."""
    k = len(words) - 1
    if k >= 1 and words[k] in lx.DEMONYMS:
        k -= 1  # a nationality between the seeding and the name
    if k < 0:
        return None
    if k < len(words) - 1 and words[k] == "seed":
        # "seventh seed Russian Mikhail Youzhny"
        return f"{words[k - 1].lower()} seed" if _ordinal_of_seed(words[: k + 1], k) else None
    m = _SEEDED.fullmatch(words[k].lower())
    return f"{m.group(1)} seed" if m is not None else None


# Offices held "to" or "for" a country, capitalised as titles ("US Ambassador to Ukraine").
_TO_A_COUNTRY = frozenset(["ambassador", "envoy", "representative", "minister", "secretary"])


def _left_role(text: str, start: int) -> tuple[str, str | None] | None:
    """'Clinton campaign spokesman Brian Fallon' → ('spokesman', 'Clinton campaign')."""
    lo = max(0, start - 90)
    window = text[lo:start]
    if not window.endswith(" "):
        return None
    if window.endswith(") "):
        bracketed = _BRACKETED_ROLE.search(window)
        if bracketed is not None:
            words = bracketed.group(1).split()
            if _role_head(words[-1]) and words[0] not in _NOT_COMPLEMENTS:
                return _format_role(words), None  # "(tour manager) Bill Beaumont"
    aside = _CAPTION_ASIDE.search(window) if window.endswith(") ") else None
    if aside is not None:
        window = window[: aside.start() + 1]  # "Former England managers (clockwise) Glenn Hoddle"
    tail = _AFTER_BOUNDARY.search(window)  # the text after the last boundary character
    window = window[tail.start() :] if tail else window
    if _COUNSEL_ASSISTING.search(window):
        return "counsel assisting", None  # "Counsel assisting the royal commissioner, Wayne Martin"
    words = window.split()
    if (
        len(words) >= 2
        and (words[-1] in lx.DEMONYMS or words[-1] in lx.COUNTRYMEN)
        and words[-2].islower()
        and _role_head(words[-2])
    ):
        words = words[:-1]  # "European cross country champion Briton Hayley Yelling"
    if (
        3 <= len(words) <= 6
        and words[-1] in ("is", "was")
        and (words[0] in ("The", "Its", "Their") or words[0].endswith(("'s", "’s")))
        and words[-2].islower()
        and _role_head(words[-2])
    ):
        # "The musical's British director is Matthew Warchus": the role, then whose it is
        role = [w for w in words[1:-1] if w.islower() and not w.endswith(("'s", "’s"))]
        return _format_role(role), None
    if [w.lower() for w in words[-2:]] == ["number", "eight"] and (
        len(words) < 3 or words[-3].lower() != "world"
    ):
        return "number eight", None  # "Number eight Imanol Harinordoquy": rugby's position
    if len(words) >= 2 and words[-2].lower() == "number" and _RANK.fullmatch(words[-1]):
        # "World number one Lindsay Davenport", "British number one Tim Henman", "former world
        # number 30 Harel Levy": a ranking
        return _ranking(len(words) >= 3 and words[-3].lower() == "world", words[-1]), None
    seeded = _seeded_before(words)
    if seeded is not None:
        return seeded, None
    if words and "/" in words[-1] and all(_role_head(w) for w in words[-1].split("/")):
        return words[-1], None  # "Kasabian songwriter/guitarist Sergio Pizzorno": both
    credit = words[:-1] if words and words[-1].endswith("-born") else words  # "Dutch-born"
    if len(credit) >= 2 and credit[-1] == "by" and credit[-2].lower() in _CREDITS:
        return _CREDITS[credit[-2].lower()], None  # "Directed by Antoine Fuqua, the film ..."
    if len(words) > 2 and words[-1] in ("named", "called"):
        # "a newly hired VP of engineering named Wayne Rosing", "an actor called Hayes Hargrove"
        # (an indefinite article only: in "The judges called Guy's book ..." "called" is a verb)
        det = next((k for k in range(len(words) - 2, -1, -1) if words[k] in _INDEFINITE), -1)
        if det < max(0, len(words) - 9) or any(w.endswith(",") for w in words[det:]):
            return None  # "Moore, a senior adviser to the campaign, called Mr. Obama's ..."
        return _role_phrase(words[det:-1])
    if words[-2:] == ["such", "as"] and len(words) > 2 and words[-3].endswith("s"):
        words = words[:-2]  # "playwrights such as Martin Lynch and Gary Mitchell"
    elif words[-1:] == ["as"] and "such" in words[-5:-2] and words[-2].endswith("s"):
        # "such Hollywood directors as Oliver Stone", "such screen stars as Michael Douglas"
        words = words[len(words) - words[::-1].index("such") :][:-1]
    elif (
        words[-1:] in (["including"], ["like"])
        and len(words) > 1
        and words[-2].rstrip(",").endswith("s")
    ):
        # "artists including Damien Hirst", "commentators like Rush Limbaugh", "A host of
        # Hollywood stars, including Cate Blanchett"
        words = [*words[:-2], words[-2].rstrip(",")]
    elif (
        words[-1:] == ["including"]
        and len(words) > 4
        and words[-3] == "in"
        and words[-2].endswith(",")
        and words[-2][:-1].isalpha()
        and words[-2].islower()
        and words[-4].endswith("s")
    ):
        words = words[:-3]  # "some of the biggest stars in music, including Paul Simon"
    elif (
        words[-1:] in (["are"], ["were"], ["include"], ["included"])
        and len(words) > 2
        and words[-2].endswith("s")
        and words[0] in ("The", "the", "Its", "Their", "Other")
        and (words[-2][:1].islower() or words[0] != "Other")  # (not "... in Scrubs include")
    ):
        # "The ten former outside directors are James Allen, Judith Areen, ...": the subject
        # names the list's role
        words = words[:-1]
    elif (opening := _opening_list_role(words)) is not None:
        words = [opening]
    complement: list[str] = []
    place = None
    if (
        len(words) >= 3
        and words[-2] in ("to", "for")
        and words[-1][:1].isupper()
        and lx.country(words[-1].rstrip(".,"))
        and (words[-3].islower() or (words[-3].istitle() and words[-3].lower() in _TO_A_COUNTRY))
        and _role_head(words[-3].lower())
    ):
        # "former U.S. ambassador to Ukraine Marie Yovanovitch", "special envoy for Ukraine ...",
        # "US Ambassador to Ukraine Geoffrey Pyatt" (a title, capitalised)
        place = lx.country(words[-1].rstrip(".,"))
        words = [*words[:-3], words[-3].lower()]
    if (
        5 <= len(words) <= 7
        and words[2] == "of"
        and words[3] == "the"
        and words[0][:1].isupper()
        and words[0].lower() in lx.ROLE_MODIFIERS
        and words[1].islower()
        and _role_head(words[1])
        and all(w[:1].isupper() for w in words[4:])
    ):
        # "Shadow leader of the Commons Oliver Heald said": an office of a house, opening the
        # sentence.
        return _format_role([words[0].lower(), *words[1:]]), None
    if (
        3 <= len(words) <= 5
        and words[1] == "of"
        and words[0][:1].isupper()
        and _role_head(words[0])
        and all(w.isalpha() and w.islower() for w in words[2:])
        and words[2] not in ("the", "a", "an")
    ):
        # "Head of financial reporting Richard Martin said": a title at the head of the sentence.
        return _format_role([words[0].lower(), *words[1:]]), None
    # "spokeswoman for women Sandra Gidley", "the minister for civil aviation Praful Patel"
    span = 0
    for n in (2, 3) if "for" in words[-3:] else ():
        if (
            len(words) > n
            and words[-n] == "for"
            and all(w.isalpha() and w.islower() for w in words[1 - n :])
            and words[1 - n] not in _NOT_COMPLEMENTS  # "lawyers for both Donald and Ivana Trump"
            and _role_head(words[-n - 1])
            and words[-n - 1].islower()
        ):
            span = n
            break
    if span:
        complement = words[-span:]
        words = words[:-span]
    elif len(words) >= 3 and words[-2:] == ["in", "charge"] and _role_head(words[-3]):
        complement = words[-2:]  # "FBI special agent in charge David Bowdich"
        words = words[:-2]
    elif (of := _lowercase_office_of(words)) > 0:
        if words[-1] in _FIRM_KINDS:
            return None  # "chief of technology giant Hewlett Packard": the firm, not a person
        complement = words[of:]  # "his secretary of state Henry Kissinger", "minister of mines
        words = words[:of]  # and energy Tom Alweendo"
    if (
        len(words) >= 2
        and words[-1] in _POSITIONS_BEFORE_NAMES
        and (
            (words[-2][:1].isupper() and words[-2].lower() not in _SUBJECT_WORDS)
            or words[-2].endswith("-year-old")
            or words[-2] in _POSITION_ADJECTIVES
            # "open-side Martyn Williams is fit and lock Rob Sidoli replaces ...": a list of
            # players (but "and back John Smith" may be a verb)
            or (
                (words[-2] in _BEFORE_PLAIN_POSITION or words[-2].endswith(","))
                and words[-1] in _PLAIN_POSITIONS
            )  # ("is without centre Will Greenwood and flanker Richard Hill")
        )
        and not (words[-2].endswith("ing") and "-" not in words[-2])
        # ("Looking forward Maria Lind said"; but "Tough-scrummaging prop Julian White")
    ):
        # "FC Tokyo's 22-year-old forward Yoshinori Muto", "Roma full back Jose Holebas"
        if words[-2] in ("full", "defensive", "offensive", "left", "right", "tight"):
            return f"{words[-2]} {words[-1]}", None
        return words[-1], None
    if (
        len(words) >= 2
        and words[-1][:-1] in _POSITIONS_BEFORE_NAMES
        and words[-1].endswith("s")
        and (words[-2] in _PLURAL_POSITION_OPENERS or words[-2] in _POSITION_ADJECTIVES)
    ):
        # "recalls for backs David Humphreys, Kevin Maggs and Guy Easterby": a position in the
        # plural heads a list (after a preposition or an adjective: "Labour backs Gordon
        # Brown" is a verb)
        return words[-1][:-1], None
    related = (
        len(words) >= 2
        and words[-1] in _SPOUSES
        and (words[-2].islower() or words[-2].isupper())
        and _role_head(words[-2])
    )
    if related:
        words = words[:-1]  # "her director husband Matthew Vaughn": his job, then the relation
    if len(words) == 1 and words[0][1:].islower() and _role_head(words[0].lower()):
        words = [words[0].lower()]  # "Goal-kickers Charlie Hodgson and ...": heading a sentence
    if words and not _role_head(words[-1]):
        words = _role_before_and(words)  # "pundit and former Liverpool stalwart Alan Hansen"
    if not words or not _role_head(words[-1]):
        return None
    if words[-1][0].isupper():
        return (words[-1], None) if related and words[-1].isupper() else None
    k = len(words)
    while k > 0 and _role_word(words[k - 1]) and not words[k - 1][0].isupper():
        k -= 1
    if _ordinal_of_seed(words, k):
        k -= 1  # "fourth seed Mikhail Youzhny", "Second seed Joachim Johansson": which seed
        words = [*words[:k], words[k].lower(), *words[k + 1 :]]
    if 2 <= k < len(words) and words[k - 1] == "and" and words[k - 2].islower():
        # "Defending champion and top seed Andy Roddick", "chairman and chief executive John
        # Smith": two roles joined are both the person's (as after the name: "John Smith,
        # chairman and chief executive of Acme")
        j = k - 1
        while j > 0 and _role_word(words[j - 1]) and not words[j - 1][0].isupper():
            j -= 1
        if j < k - 1 and _role_head(words[k - 2]) and _singular(words[k - 2]) == words[k - 2]:
            k = j  # (not "bloggers and commentators like Dwight Farrow": one of them)
    if k > 0 and words[k - 1].istitle() and words[k - 1].lower() in lx.NOT_THE_OFFICE:
        k -= 1  # "Shadow foreign secretary Michael Ancram", "Deputy prime minister John
        # Prescott" opening a sentence: another office than the one after it
        words = [*words[:k], words[k].lower(), *words[k + 1 :]]
    run = words[k:]
    if k > 0 and words[k - 1].lower() in _AUXILIARIES:
        return None  # "Cafod will host Mr Brown's speech": a verb, not a title
    org = None
    before = [_strip_possessive(w)[0] for w in words[max(0, k - 4) : k]]
    lead = words[max(0, k - 6) : max(0, k - 4)]  # (two words more, to see a title)
    caps: list[str] = []
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w in _CONNECTORS and i > 0:
            prior = [*lead, *before[:i]]
            if len(prior) >= 2 and prior[-2] in lx.HONORIFICS:
                break  # "Lord Falconer and Downing Street adviser": a person before "and"
        if w[:1].isupper() or w in _CONNECTORS:
            caps.insert(0, w)
        else:
            break
    while caps and caps[0] in _CONNECTORS:
        caps.pop(0)
    if run and run[0] in _ORG_NOUNS and caps and len(run) > 1:
        org = " ".join([*caps, run[0]])
        run = run[1:]
    elif caps:
        org = _org_of(caps)
    while run and run[0].lower() in ("former", "the", "a", "an"):
        run = run[1:]
    if not run:
        return None
    return _format_role(run + complement), org or place


# Adjectives before the plural role that opens a list's sentence ("Other actors ... are").
_LIST_OPENING_ADJECTIVES = frozenset(["Other", "Past", "Previous", "Former", "Recent"])


def _opening_list_role(words: list[str]) -> str | None:
    """ "Other actors expected to add to the glamour of the night are Gael Garcia Bernal, ...",
    "Players who have played for Wales Students ... include Robert Jones": the plural role
    that opens the sentence (``words``, from its start to the name) is the list's, words away."""
    if len(words) <= 3 or words[-1] not in ("are", "were", "include", "included"):
        return None
    k = 1 if words[0] in _LIST_OPENING_ADJECTIVES else 0
    if k == 0 and not words[0][:1].isupper():
        return None
    if k == 1 and words[1][:1].isupper():
        k = 2  # "Past Eurovision performers include Abba, Celine Dion, ...": whose performers
    elif (
        k == 1
        and words[1].isalpha()
        and words[1].islower()
        and len(words) > 4
        and words[2].endswith("s")
        and _role_head(_singular(words[2].lower()))
    ):
        k = 2  # "Other film stars to have appeared in Scrubs include Heather Graham"
    head = words[k].lower()
    if (
        not head.endswith("s")
        or not _role_head(_singular(head))
        or any(w.endswith((".", ",", ";", ":")) for w in words[:-1])
    ):
        return None
    return head


def _list_subject_before(text: str, start: int) -> bool:
    """Whether the sentence that runs up to ``start`` opens with a plural role whose list
    begins there (see _opening_list_role), read as far back as _left_role reads."""
    window = text[max(0, start - 90) : start]
    boundary = _AFTER_BOUNDARY.search(window)
    opening = window[boundary.start() :] if boundary else window
    return _opening_list_role(opening.split()) is not None


def _role_before_and(words: list[str]) -> list[str]:
    """The words up to a role joined by "and" to a description that names none ("BBC Sport
    pundit and former Liverpool stalwart": up to "pundit"), else no words."""
    if (
        len(words) < 3
        or not words[-1].isalpha()
        or not words[-1].islower()
        or words[-1] in _NOT_DESCRIBING  # ("president and chief operating officer at Acme")
    ):
        return []
    k = len(words) - 2
    while (
        k > 0
        and k >= len(words) - 4
        and (words[k][:1].isupper() or (words[k].isalpha() and words[k] not in _NOT_DESCRIBING))
    ):
        k -= 1  # "former Liverpool", "lifelong": a time, an employer, an adjective; no
        # determiner, possessive or preposition ("chairman and his wife Jane")
    if words[k] != "and" or k == 0 or not words[k - 1].islower():
        return []
    return words[:k] if _role_head(words[k - 1]) else []


# Lowercase words that end a description before a name, not part of it.
_NOT_DESCRIBING = frozenset(
    "the a an his her their its my our your of for to in with on at by from and or as who that "  # noqa: SIM905
    "which is was are were has had have be been".split()
)


# Words after which a role word is a verb ("will host", "would head"; "to" may be a
# preposition: "the injury to fly-half Jonny Wilkinson").
_AUXILIARIES = frozenset(
    "will would shall should can could may might must did does".split()  # noqa: SIM905
)


# Capitalised words that start places and surnames, not given names: "New Yorker", "Van Allen".
# Compass words and landforms that open place names ("North Tyneside", "Port Talbot").
_PLACE_PREFIXES = frozenset(
    "New North South East West Upper Lower Great Little Mount Mt Fort Port Lake Cape Glen "  # noqa: SIM905
    "Bay".split()
)
_NOT_GIVEN = _PLACE_PREFIXES | frozenset(
    "Old San Santa St Ste Saint Van Von De Le La Da Du Di".split()  # noqa: SIM905
)


def _surname_pair(words: list[str], lower_vocab: set[str]) -> bool:
    """Two words that may be "Given Surname" when the second is a known surname: the first is
    name-shaped and is no word, place, nationality, title or organisation of the text."""
    first = words[0]
    return (
        all(_is_namey(w) and not _INITIAL.fullmatch(w) and "-" not in w for w in words)
        and first not in _NOT_GIVEN
        and not any(w.lower() in lower_vocab for w in words)
        and not _wordlike(first)
        and not _adjectival(first)
        and first not in lx.PLACES
        and first not in lx.DEMONYMS
        and not lx.country(first)
        and not _role_word(first)
        and first not in lx.MEDIA_ORGS
    )


# "her director husband Matthew Vaughn", "his DJ partner Joel Ross": the job, then the relation.
_SPOUSES = frozenset(["husband", "wife", "partner", "boyfriend", "girlfriend", "fiancé", "fiancée"])

_RELATION_NOUN = re.compile(
    r"(?:an? |his |her )?(?:[\w-]+ )?(?:friend|colleague|ally|neighbour|neighbor)\b"
)


_AND_IN_NAME = re.compile(r" and [A-Z]")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\Z")


_STATE_OFFICE_AFTER_ITS = re.compile(
    r"its (?:[a-z]+ ){0,2}(?:minister|governor|mayor|ambassador|premier|envoy)\b"
)
# One capitalised word between commas, then another name: the next item of a list, no title.
_LIST_ITEM_AFTER = re.compile(r"[A-Z][a-z]+(?:, | and )([A-Z][a-z]+) [A-Z]")
_CAPITALISED_ITEM = re.compile(r", [A-Z][\w'’-]*(?:,| and )")  # ", TOK, " in a list of names
_AMPERSAND_ROLES = re.compile(r"([\w-]+) & ([\w-]+)")


def _and_for_ampersand(m: re.Match) -> str:
    """ "CEO & founder" is two offices, as "CEO and founder" (not "Python & iPhone developer")."""
    if _role_head(m.group(1)) and _role_head(m.group(2)):
        return f"{m.group(1)} and {m.group(2)}"
    return m.group()


# "one of the TNO researchers": a body (perhaps), a lowercase word or two, a plural role.
_ONE_OF = re.compile(
    r"one of (?:the |its |their |his |her )?([A-Z][\w&-]* )?((?:[a-z-]+ ){0,2}?)([a-z]{3,}s)\b"
)


# Words that open a phrase of company, not an apposition ("Clapton, alongside BB King, ...").
_COMPANY_WORDS = (
    "alongside ",
    "along with ",
    "together with ",
    "with ",
    "like ",
    "unlike ",
    "including ",
    "despite ",
    "besides ",
)


_EMERITUS = re.compile(r" emerit(?:us|a)\b")


def _appositive(text: str, end: int) -> tuple[str, str | None] | None:
    """'Jens Stoltenberg, NATO's Secretary General' → ('Secretary General', 'NATO')."""
    if text.startswith((", prosecuting,", ", prosecuting.", ", for the prosecution,"), end):
        return "prosecutor", None  # "David Jenkins, prosecuting, told the court": British courts
    if text.startswith(" (", end) and end + 3 < len(text) and text[end + 2].islower():
        # "Jeremy Corbyn (head of the Labour Party in Britain)": a role in brackets
        close = text.find(")", end + 2, end + 90)
        return _role_phrase(_APPOS_WORD.findall(text[end + 2 : close])) if close > 0 else None
    m = _APPOS_START.match(text, end)
    if not m:
        return None
    if text.startswith(("and ", "or "), m.end()):
        return None  # "between the CEO, Page, and the engineers": a list goes on
    if text.startswith(_COMPANY_WORDS, m.end()):
        return None  # "Clapton, alongside BB King, introduced ...": in whose company, no role
    if text[end] == " " and not _DASH_ROLE.match(text, m.end()):
        return None  # "Harry Kane - PFA Player of the Year?": a dash sets off a role in lowercase
    item = _LIST_ITEM_AFTER.match(text, m.end())
    if item and item.group(1) in lx.GIVEN_NAMES:
        return None  # "songs by Will Young, Queen, Kate Bush and Joy Division": a list
    if text.startswith("its ", m.end()) and not _STATE_OFFICE_AFTER_ITS.match(text, m.end()):
        # "Morgan Stanley, its former banker": a firm's role, not a person's (but "Alois Rhiel,
        # its minister for economic affairs": a state's office is a person's)
        return None
    rank = _RANK_APPOSITION.match(text, m.end())
    if rank is not None:
        # "Lindsay Davenport, the world number one": a ranking (its nationality left out, as
        # before a name)
        return _ranking(bool(rank.group(1)), rank.group(2)), None
    one = _ONE_OF.match(text, m.end())
    if one is not None and _role_head(_singular(one.group(3))):
        # "Jurgen den Hartog, one of the TNO researchers behind the project": one of a group
        role = " ".join([*one.group(2).split(), _singular(one.group(3))])
        return role, (one.group(1) or "").strip() or None
    window = text[m.end() : m.end() + 120]
    if text[end] == " ":
        window = window.split(" - ", 1)[0]  # up to the closing dash
    clause = window  # (before the stop: "appointed by the government as ..." reads past "by")
    if " & " in window:
        window = _AMPERSAND_ROLES.sub(_and_for_ampersand, window)
    if " emerit" in window:
        window = _EMERITUS.sub("", window)  # "associate professor emeritus at ...": the office
    stop = _APPOS_END.search(window)
    while (
        stop
        and _AND_IN_NAME.match(window, stop.start())
        and _CAPITAL_BEFORE.search(window, 0, stop.start())
    ):
        stop = _APPOS_END.search(window, stop.end())  # "the Health and Human Services secretary"
    if stop:
        if window.startswith(" and now ", stop.start()):
            # "former Labour minister and now a European Commissioner": the current office.
            rest = window[stop.start() + 9 :]
            later = _APPOS_END.search(rest)
            found = _role_phrase(_APPOS_WORD.findall(rest[: later.start()] if later else rest))
            if found:
                return found
        if window.startswith(" and ", stop.start()):
            # "co-owner and chief executive officer of Yearout Mechanical": both offices.
            first = _role_phrase(_APPOS_WORD.findall(window[: stop.start()]))
            rest = window[stop.start() + 5 :]
            later = _APPOS_END.search(rest)
            second = _role_phrase(_APPOS_WORD.findall(rest[: later.start()] if later else rest))
            if first and second:
                return f"{first[0]} and {second[0]}", second[1] or first[1]
            if second and not first and _RELATION_NOUN.match(window):
                return second  # "a longtime friend and adviser": the role, not the relation
            if second and not first:
                mods = _APPOS_WORD.findall(window[: stop.start()])
                if mods and mods[0] in _DETERMINERS:
                    mods = mods[1:]
                body = None
                if len(mods) > 1 and mods[0][:1].isupper() and mods[0].isalpha():
                    body, mods = mods[0], mods[1:]  # "Tory shadow work and pensions secretary"
                if 0 < len(mods) <= 2 and all(w.islower() for w in mods):
                    if body is not None:
                        words = _APPOS_WORD.findall(rest[: later.start()] if later else rest)
                        if all(w.islower() for w in words):
                            return f"{' '.join(mods)} and {' '.join(words)}", second[1] or body
                    # "his transport and environment spokesman": one office, two fields
                    return f"{' '.join(mods)} and {second[0]}", second[1]
        if (
            window[stop.start()] == ","
            and _CAPITALISED_ITEM.match(window, stop.start())
            and all(w[:1].isupper() for w in window[: stop.start()].split())
        ):
            return None  # "Buju Banton, Bounty Killer, TOK, Capleton and ...": a list of names
        window = window[: stop.start()]
    made = (
        _MADE_AS.search(_CLAUSE_END.split(clause, 1)[0]) if window.endswith(_MADE_WORDS) else None
    )
    if made is not None:
        # "Enrico Bondi, the turnaround specialist appointed by the Italian government as
        # Parmalat's chief executive": the office he was given, not what he was before
        found = _role_phrase(_APPOS_WORD.findall(made.group(1)))
        if found:
            return found
    words = _APPOS_WORD.findall(window)
    return _role_phrase(words) or _leading_role(words)


# An office given in an apposition: "... appointed by the Italian government as Parmalat's chief
# executive", "... named last month as its new coach".
_MADE_WORDS = ("appointed", "named", "installed", "elected", "hired", "brought in")
_MADE_AS = re.compile(rf"\b(?:{'|'.join(_MADE_WORDS)})\b[^,;]{{0,60}}? as ([^,;]{{2,80}})$")
_CLAUSE_END = re.compile(r"[,;:()\n“”\"]|\.(?:\s|$)")


def _leading_role(words: list[str]) -> tuple[str, str | None] | None:
    """'a friendly journalist smuggled in', 'the chief economist at RBC who ...': an apposition
    whose noun phrase (determiner, a few modifiers, a role) is followed by more words."""
    if len(words) < 3 or words[0] not in _DETERMINERS:
        return None
    for k in range(1, min(5, len(words))):
        w = words[k]
        if _role_head(w) and w[:1].islower():
            tail = words[k + 1 : k + 7] if words[k + 1 : k + 2] and words[k + 1] in _PREPS else []
            return _role_phrase(words[: k + 1] + tail)
        if w == "of" and words[k - 1].istitle() and words[k + 1 : k + 2] and words[k + 1].istitle():
            continue  # "a University of Michigan librarian working with Google": a body's name
        if w in _PREPS or not (w.isalpha() and (w.islower() or w.istitle())):
            return None  # modifiers may be capitalised: "an Antarctic ecologist from ..."
    return None


_COPULA = re.compile(
    r"(?: was named as| was appointed as| has been named as| has been appointed as"
    r"| was named| was voted| was appointed| has been named| has been appointed| will become"
    r"| will continue as| continues as| continued as| becomes| is| was| has been|, who is"
    r"|, who was|, who heads|, who runs| became| had become| has become| is now| serves as"
    r"| served as| will serve as| has worked as| worked as| works as| as| were| are)"
    r" (?:(?:just |also )?(?:(?:one|some|two|three|four|five|several) of|among) )?"
    r"(?:an? (?:host|number|group|handful|string|raft|clutch|couple|crop) of )?"  # "a host of"
    r"(?:the |an? |its |their |his |her |our )?(?:other |remaining )?"
)
# Award-style adjectives a stated role may carry: "was best actress", "was named best director".
_ROLE_ADJECTIVES = frozenset(
    ["best", "most", "promising", "leading", "top", "veteran", "new", "supporting", "next"]
)


_HEADS = (", who heads ", ", who runs ")
_VERBS_AFTER_ROLE = frozenset(
    "may might will would can could should must has had have is was were are does did".split()  # noqa: SIM905
)


# Offices said with a verb about a firm: "Jeff Park, who manages the Ravenswood Coworking
# Group", "Dave Ulrich, who co-founded WorkBar", "Robert Redford founded Sundance".
_VERB_OFFICES = {
    ", who manages ": "manager",
    ", who founded ": "founder",
    ", who co-founded ": "co-founder",
    ", who owns ": "owner",
    ", who coaches ": "coach",
    ", who chairs ": "chair",
    ", who edits ": "editor",
    " founded ": "founder",  # "Robert Redford founded Sundance in 1981"
    " co-founded ": "co-founder",
}
_VERB_OFFICE = re.compile("|".join(map(re.escape, _VERB_OFFICES)))


def _copula_role(text: str, end: int) -> tuple[str, str | None] | None:
    """'Aaron Kall is director of debate at the University of Michigan', 'Ann Lee, who heads
    the Arts Council': a role said with a verb. Every word before the role's complement must
    be a role word ("is expected to be named chief" is no role)."""
    verb = _VERB_OFFICE.match(text, end)
    if verb is not None:
        after = re.split(r"[,;:.!?\n]", text[verb.end() : verb.end() + 80], maxsplit=1)[0]
        org = _first_caps(_APPOS_WORD.findall(after)[:6], loose=True)
        return (_VERB_OFFICES[verb.group()], org) if org else None
    m = _COPULA.match(text, end)
    if not m:
        return None
    window = text[m.end() : m.end() + 120]
    if text.startswith(_HEADS, end):
        org = _first_caps(_APPOS_WORD.findall(window.split(",")[0])[:6], loose=True)
        return ("head", org) if org else None
    stop = _APPOS_END.search(window)
    words = _APPOS_WORD.findall(window[: stop.start()] if stop else window)
    # The role ends at a preposition, a clause word, or the first word after a role head that
    # is no role word: "has been a CNET News reporter since 2004", "is the best writer I've ...".
    loose = not m.group().startswith(" as ")  # "Trump as a general election nominee"
    j = next(
        (
            i
            for i, w in enumerate(words)
            if w in _PREPS
            or w in _CLAUSE_WORDS
            or (loose and i > 0 and _role_head(words[i - 1]) and not _role_word(w))
            # "the dismissal of Paul Downton as England's managing director may be ...": a
            # verb after "as ..." ends the role
            or (not loose and i > 0 and w in _VERBS_AFTER_ROLE and _role_head(words[i - 1]))
        ),
        len(words),
    )
    if j == 0 or j > 4 or not _role_head(words[j - 1]):
        return None
    # Before the head: lowercase role words, or capitalised words that name the organisation
    # ("was the Anglican Archbishop of Brisbane", "is the Fed's chief economist").
    # After "a"/"an", the word right before the head may be any plain noun or adjective that
    # says what kind ("is a politics reporter", "is an adjunct professor").
    kind = j - 2 if m.group().endswith((" a ", " an ")) else -1
    if not all(
        (_role_word(w) and w[:1].islower())
        or w[:1].isupper()
        or w in _ROLE_ADJECTIVES
        or (i == kind and w.isalpha() and w.islower() and not w.endswith(("ed", "ing", "ly")))
        for i, w in enumerate(words[: j - 1])
    ):
        return None
    tail = words[j:] if j < len(words) and words[j] in _PREPS else []
    return _role_phrase([w for w in words[:j] if w not in _ROLE_ADJECTIVES] + tail)


_CLAUSE_WORDS = frozenset(
    ["since", "until", "when", "while", "who", "whose", "and", "but", "because"]
)


# "Mefin Davies plays at hooker", "Tom Shanklin will start in the centre", "Alessandro Troncon
# continues at scrum-half", "replacing Mauro Bergamasco at flanker": a team's position said
# with a verb of playing or right after the name (rugby's and football's places on the field).
_POSITION_PLAYED = re.compile(
    r"(?:(?: will| is to| is set to)? (?:start|starts|play|plays|line up|lines up|come in|comes in|"
    r"continue|continues|remain|remains|stay|stays|return|returns)"
    r" (?:at|in the|on the|as)| at) (hooker|fly-half|scrum-half|lock|prop|centre|wing|full-back|"
    r"flanker|number eight|open-side|blind-side|loose-head prop|tight-head prop|"
    r"loosehead prop|tighthead prop|goalkeeper|sweeper|striker|centre-back|left-back|"
    r"right-back)\b"
)


def _position_played(text: str, end: int) -> tuple[str, str | None] | None:
    m = _POSITION_PLAYED.match(text, end)
    return (m.group(1), None) if m else None


_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
# ", Forestry" at the end of a window: one capitalised item of a list (bounded, no backtracking).
_CAPS_LIST_ITEM = re.compile(r"(?:^|[,(]) ?(?:[A-Z][\w&'’-]*)(?: (?:and|&) [A-Z][\w&'’-]*)?,?$")


_TITLE_AFTER_COMMA = re.compile(r", (?:Lord|Lady|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) \Z")


def _left_comma_role(text: str, start: int) -> tuple[str, str | None] | None:
    """'The Mexican president, Enrique Peña Nieto' and 'A lawyer for the outlets, David Schulz'."""
    titled = (
        _TITLE_AFTER_COMMA.search(text, max(0, start - 12), start)
        if text.endswith(" ", 0, start) and not text.endswith(", ", 0, start)
        else None
    )
    if titled is not None:
        start = titled.start() + 2  # "the Lord Chancellor, Lord Falconer": before the title
    if not text.endswith(", ", 0, start):
        return None
    lo = max(0, start - 130)
    window = _ACRONYM.sub("", text[lo : start - 2])  # "... Workers Union (AMWU), Name"
    if _COUNSEL_ASSISTING.search(window + ", "):
        return "counsel assisting", None
    cut = max(window.rfind(c) for c in _BOUNDARY_LEFT + ",")
    if window[cut : cut + 1] == ",":
        # "The Construction, Forestry, Mining and Energy Union secretary, Martin Kingham": a
        # list of capitalised words is part of the organisation's name.
        while cut > 0 and (item := _CAPS_LIST_ITEM.search(window, 0, cut)):
            cut = item.start()
    words = _APPOS_WORD.findall(window[cut + 1 :])
    if words and words[-1].lower() in _PERSON_NOUNS and any(w in _PREPS for w in words[:-1]):
        return None  # "a lawyer for Flynn's son, Michael Flynn Jr.": the son is named, no lawyer
        # (but "One witness, Felicia Sanders": a witness)
    words = [w for k, w in enumerate(words) if w != "then" or words[k - 1 : k] != ["the"]]
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("for", "as"):
            named = words[k - 1]
            if (
                named[:1].isupper()
                and named.isalpha()
                and not _role_word(named)
                and named not in lx.ORG_WORDS
                and (named in lx.SURNAMES or (k >= 2 and words[k - 2] in lx.GIVEN_NAMES))
            ):
                return None  # "Jeff Sessions for attorney general, Betsy DeVos for ...": a
                # list of people each named for an office; the office is the name's before it
            break
    # "the then Lord Chancellor, Lord Irvine"; "But director of the Victims of Crime Trust, ..."
    opened = 1 if len(words) > 3 and words[0] in lx.STOPCAPS and words[1].islower() else 0
    if (
        len(words) > 2 + opened
        and (words[0][:1].isupper() or opened)
        and words[1 + opened] in _PREPS
        and _role_head(words[opened])
        and (
            all(w[:1].isupper() or w in _ORG_GLUE for w in words[2 + opened :])
            # "Head of the division, Andrew Burke, spoke": a short office opening the sentence
            or (
                not opened
                and len(words) <= 5
                and window[cut : cut + 1] != ","
                and all(w.isalpha() and w.islower() for w in words[2:])
            )
        )
    ):
        words = words[opened:]
        # "Head of the Australian Food and Grocery Council, Mitch Hooke, says" (not "Lawyers for
        # both Donald and Ivana Trump filed papers, Ivana Trump said": a clause, not an office)
        found = _role_phrase([words[0].lower(), *words[1:]])
        if found:
            return found
    if "as" in words:
        a = len(words) - 1 - words[::-1].index("as")
        if all(w[:1].isupper() for w in words[a + 1 :]) and any(
            w.lower() in ("he", "she") for w in words[:a]
        ):  # (but "backed by his predecessor as Cabinet Secretary, Lord Armstrong": his)
            return None  # "as he begins his second term as US President, Tony Blair has
            # said": what the clause says its own subject is (but "Speaking as Nato chief, X")
    for k in range(len(words) - 1, max(-1, len(words) - 14), -1):
        if (
            words[k] in _DETERMINERS
            and k > 1
            and words[k - 1] in _PREPS
            and _role_head(words[k - 2])
        ):
            continue  # "The widow of a farmer, Terry Banks": the phrase starts further back
        if words[k] in _DETERMINERS or (words[k][:1].isupper() and _strip_possessive(words[k])[1]):
            found = _role_phrase(words[k:])
            if found:
                return found
    # "Blue Tongue Helicopters owner, Helen Gillies, says": a clause that is only an
    # organisation's name and a lowercase role.
    while words and words[0] in lx.STOPCAPS:
        words = words[1:]  # "Meanwhile Pelican Point Resort owner, ..."
    n_caps = 0
    while n_caps < len(words) and (
        words[n_caps][:1].isupper()
        or (
            words[n_caps] in _CONNECTORS
            and n_caps + 1 < len(words)
            and words[n_caps + 1][:1].isupper()
        )
    ):
        n_caps += 1
    rest = words[n_caps:]
    if (
        1 < n_caps == len(words) <= 5  # (not "Queen, Muse, Manic Street Preachers")
        and words[-1].lower() in lx.ROLE_HEADS
        and lx.ROLE_HEADS[words[-1].lower()]
    ):
        # "Argentine Economic Minister, Roberto Lavagna,": a title in Title Case in its own
        # apposition (what comes before its role words is the body or country)
        k = len(words) - 1
        while k > 0 and _role_word(words[k - 1]) and words[k - 1] not in lx.DEMONYMS:
            k -= 1
        return _format_role(words[k:]), _org_of(words[:k]) if k else None
    if (
        0 < n_caps <= 5
        and 0 < len(rest) <= 3
        and _role_head(rest[-1])
        and all(_role_word(w) and w.islower() for w in rest)
    ):
        return _format_role(rest), " ".join(words[:n_caps])
    # "research he conducted with former visiting psychologist to the centre, Kevin O'Sullivan":
    # the last role in the clause, with a short complement after it.
    for h in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if _role_head(words[h]) and words[h].islower():
            tail = words[h + 1 :]
            if not tail or (tail[0] in _PREPS and len(tail) <= 6):
                return _role_phrase(words[h:])
            break
    return None


def _first_caps(words: list[str], loose: bool = False) -> str | None:
    """The organisation named by the first capitalised run in ``words``, if it is one."""
    run: list[str] = []
    for w in words:
        w = _strip_possessive(w)[0]
        if w[:1].isupper() or (run and w in _CONNECTORS):
            run.append(w)
        elif run:
            break
    while run and run[-1] in _CONNECTORS:
        run.pop()
    if not run:
        return None
    after = words[words.index(run[-1]) + 1 :] if run[-1] in words else []
    if after and after[0] in _ORG_NOUNS:
        return " ".join([*run, after[0]])  # "the Clinton campaign"
    if len(run) == 1 and run[0] in lx.COMMON_CAPS:
        return None  # "President of the Republic"
    org = _org_of(run)
    if org:
        return org
    if (
        loose
        and 2 <= len(run) <= 3
        and run[0] in lx.GIVEN_NAMES
        and not any(w in lx.ORG_WORDS for w in run)
    ):
        return None  # "the new coach of ... Lleyton Hewitt": a person, not an organisation
    if (any(w in lx.ORG_WORDS for w in run) and len(run) >= 2) or (loose and len(run) <= 5):
        return " ".join(run)
    return None


_DETERMINERS = frozenset(
    "the The a A an An his His her Her their Their its Its another Another".split()  # noqa: SIM905
)


_ORG_GLUE = frozenset(["the", "of", "and", "for", "&", "de", "du", "des", "la", "le"])
_INDEFINITE = frozenset({"a", "an", "A", "An"})


_PREPS = frozenset({"of", "at", "for", "in", "on", "to", "with", "from"})


# The office that membership of a house is: "a Green member of the European Parliament".
_MEMBERS_OF = {
    "European Parliament": "MEP",
    "Parliament": "MP",
    "Scottish Parliament": "MSP",
    "Congress": "Representative",
}


def _role_phrase(words: list[str]) -> tuple[str, str | None] | None:
    """Read a short noun phrase that ends in a role: 'NATO's Secretary General', 'the former head
    of the FBI', 'an expert on trade at the Peterson Institute', 'Lynch's chief of staff'."""
    if not words:
        return None
    org = None
    complement: list[str] = []
    for k, w in enumerate(words):
        if w in _PREPS and k > 0 and words[k - 1].lower() in _PERSON_NOUNS:
            return None  # "a friend of the Tory leader" is no leader
        if w in _PREPS and k > 0 and _role_head(words[k - 1]):
            tail = words[k + 1 :]
            if w == "of" and tail and tail[0].islower() and tail[0] not in ("the", "a", "an"):
                n = 1  # "chief of staff", "director of air transport"
                while (
                    n < min(3, len(tail))
                    and tail[n].islower()
                    and tail[n] not in _PREPS
                    and tail[n] != "under"
                ):
                    n += 1
                if tail[n - 1] in _FIRM_KINDS or tail[0] in _COUNT_WORDS:
                    # "chief of technology giant Hewlett Packard": the firm's chief; "a member
                    # of two Grand Slam sides": a count, not the office's complement
                    n = 0
                complement = ["of", *tail[:n]] if n else []
                tail = tail[n:]
                if tail[:1] == ["under"]:
                    tail = []  # "secretary of state under President Obama": whom she served
            org = _first_caps(tail, loose=w in ("of", "at"))
            words = words[:k]
            house = (org or "").split(" for ")[0]  # "a member of Parliament for Bath"
            if words[-1] == "member" and w == "of" and house in _MEMBERS_OF:
                return _MEMBERS_OF[house], house  # "a member of the European Parliament": an MEP
            break
    if not words or len(words) > 8 or not _role_head(words[-1]):
        return None
    k = len(words)
    while k > 0 and _role_word(words[k - 1]):
        k -= 1
    if _ordinal_of_seed(words, k):
        k -= 1  # "Tommy Haas, the third seed,": which seed
    run = words[k:]
    while run and run[0].lower() in ("former", "top", "the", "a", "an") and run[1:] != ["seed"]:
        run = run[1:]
    if not run:
        return None
    n_caps = next((i for i, w in enumerate(run) if not w[:1].isupper()), len(run))
    if org is None and 0 < n_caps < len(run):
        # "the White House press secretary": capitals before a lowercase title name the
        # organisation, not the office.
        prev = [_strip_possessive(w)[0] for w in words[max(0, k - 3) : k] if w[:1].isupper()]
        found = (_org_of([*prev, *run[:n_caps]]) if prev else None) or _org_of(run[:n_caps])
        if found:
            org, run, k = found, run[n_caps:], len(words)
    if org is None and k > 0:
        prev = [_strip_possessive(w)[0] for w in words[max(0, k - 3) : k]]
        caps: list[str] = []
        for w in reversed(prev):
            if w[:1].isupper() and w not in lx.STOPCAPS:
                caps.insert(0, w)
            else:
                break
        if caps:
            org = _org_of(caps)
    return _format_role(run + complement), org


# Letters after a name that state an office: "Ross Ray QC", "Margaret Moran MP".
_POSTNOMINAL = re.compile(r" (QC|KC|SC|MP|MEP|MSP|MLA)\b(?![-'’])")


def _postnominal(text: str, end: int) -> tuple[str, str | None] | None:
    m = _POSTNOMINAL.match(text, end)
    return (m.group(1), None) if m else None


def _party(text: str, end: int) -> str | None:
    m = _PARTY.match(text, end)
    return lx.PARTIES[m.group(1)] if m else None


# Titles that are ranks or forms of address more than offices.
_RANKS = frozenset(
    [
        "Professor",
        "General",
        "Lieutenant-General",
        "Lieutenant General",
        "Major General",
        "Major-General",
        "Brigadier",
        "Colonel",
        "Admiral",
        "Sheikh",
        "Mullah",
        "Ayatollah",
        "Justice",
        "Rear Admiral",
        "Vice Admiral",
        "Reverend",
    ]
)


def _honorific_role(c: _Cand) -> bool:
    """Whether the candidate's only role is the one its honorific implies ("Dr" → Doctor)."""
    return (
        bool(c.honorific)
        and bool(c.role)
        and c.role == (lx.HONORIFICS.get(c.honorific or "") or (None,))[0]
    )


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many".split())  # noqa: SIM905


def _membership(role: str, prio: int) -> int:
    """The priority of a role read beside a name: a membership ("cabinet member", "among the
    senior GOP officials") or a fame ("US 400m legend Michael Johnson, a five-time Olympic gold
    medallist") or a hope ("Oscar hopefuls Mike Leigh and Imelda Staunton") is weaker than any
    office, so it is kept only when the text states none."""
    return 3 if role.lower().endswith(("member", "official", "legend", "hopeful")) else prio


_LIST_VERBS = (" are ", " were ", " include ", " included ")


def _note_context(p, c: _Cand, text: str, left, appos) -> None:
    """Record the roles read around one mention. Membership ("shadow cabinet members David
    Davis, Oliver Letwin and Tim Yeo") yields to an office stated anywhere ("Mr Yeo, his
    transport spokesman")."""
    if c.role:
        prio = 0 if (c.honorific is None or c.role not in ("Representative", "Senator")) else 2
        if _honorific_role(c):
            prio = 2
        elif c.role in _RANKS or (len(c.words) == 1 and p.core and len(p.core) > 1):
            # A rank or a form of address ("Professor", "General", "Sheikh"), or a title given
            # with the surname alone ("Senator Hill" after "Defence Minister Robert Hill"):
            # the office stated beside the full name is the role, when the text states one.
            prio = 2
        _add_role(p, _membership(c.role, prio), c.start, c.role, c.org)
    if left:
        # "The other protesters are John Holliday, 37, a huntsman": the list's subject is
        # weaker than what the apposition says of him.
        listed = text.endswith(_LIST_VERBS, 0, c.start)
        _add_role(p, _membership(left[0], 2 if listed else 1), c.start, left[0], left[1])
    if appos:
        _add_role(p, _membership(appos[0], 1), c.start, appos[0], appos[1])
    party = _party(text, c.end)
    if party:
        if not p.orgs:
            p.orgs.append(party)
        if p.roles:
            p.roles = [(a, b, r, o or party) for a, b, r, o in p.roles]
    if c.org and not c.role:
        p.orgs.append(c.org)
    if c.gender and p.gender is None:
        p.gender = c.gender


# Nouns that say "this is a person" without being an office: "the suspect, Ismaaiyl Brinsley",
# "his wife Joyce Wein", "Jane Roe, a mother of two": evidence of a person, never a role.
_PERSON_NOUNS = frozenset(
    [
        "suspect",
        "victim",
        "man",
        "woman",
        "boy",
        "girl",
        "teenager",
        "teen",
        "child",
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "brother",
        "sister",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "friend",
        "girlfriend",
        "boyfriend",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "widow",
        "widower",
        "neighbour",
        "neighbor",
        "resident",
        "passenger",
        "survivor",
        "witness",
        "mourner",
        "shooter",
        "patient",
        "tourist",
        "pensioner",
        "retiree",
        "inmate",
        "prisoner",
        "defendant",
        "plaintiff",
        "accused",
        "fugitive",
        "hostage",
        "refugee",
        "pilgrim",
        "fan",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "toddler",
        "baby",
        "infant",
        "schoolboy",
        "schoolgirl",
        "father-in-law",
        "mother-in-law",
        "son-in-law",
        "daughter-in-law",
        "brother-in-law",
        "sister-in-law",
    ]
)
_PERSON_NOUN_LEFT = re.compile(r"(?:^|[\s(])([a-zé-]{2,20})(?:, | )$")
_PERSON_NOUN_RIGHT = re.compile(
    r"(?:,| is| was) (?:a|an|the|his|her|their) (?:[a-z0-9-]{1,20} ){0,3}?([a-zé-]{2,20})\b"
)  # "Jane Roe, a mother of two", "Saphina Ndali is a mother of two"


# An apposition's first words after a name: ", the future wife of Johnny Cash", ", a Labour MP"
# (all of them, where _PERSON_NOUN_RIGHT reads the first noun only).
_APPOSITION_WORDS = re.compile(
    r", (?:a|an|the|his|her|their) ((?:[a-z-]{1,20} ){0,3}[a-z-]{2,20})\b"
)


def _apposed_person(text: str, end: int) -> bool:
    """Whether the apposition after the name ending at ``end`` calls it a person: a person's
    noun or a role among its first words ("June Carter Cash, the future wife of ...")."""
    m = _APPOSITION_WORDS.match(text, end)
    return m is not None and any(w in _PERSON_NOUNS or _role_head(w) for w in m.group(1).split())


def _described_person(text: str, start: int, end: int) -> bool:
    """A person noun right before ("victim Rafael Ramos", "the suspect, Ismaaiyl Brinsley") or in
    an apposition after ("Jane Roe, a mother of two") a name."""
    m = _PERSON_NOUN_LEFT.search(text, max(0, start - 24), start)
    if m and m.group(1) in _PERSON_NOUNS:
        return True
    m = _PERSON_NOUN_RIGHT.match(text, end)
    return bool(m and m.group(1) in _PERSON_NOUNS)
