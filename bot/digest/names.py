"""Name words: the capitalised-run pattern, tokens and the word tests behind a person's name.

Why apart: every other part of the people extractor (roles, organisations, headlines, the
registry) asks the same small questions of a word ("is this a name word?", "is it an initial?");
keeping those answers and the compiled patterns here gives them one definition, compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.digest import lexicon as lx

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())

# Arabic surnames with a lowercase article: "al-Assad", "el-Sisi", "bin Laden" (a connector);
# French ones with an elided "de": "Valery Giscard d'Estaing".
_PARTICLE = r"(?:(?:al|el|ad|ash|as|an|ar|at|az|ul)-|d['’])"
_CAPTOK = (
    rf"(?:[{_UPPER}]\.(?:[{_UPPER}]\.)+|{_PARTICLE}[{_UPPER}][\w’'\-]*|[{_UPPER}][\w’'\-]*\.?)"
)


_CONN = r"(?:of|the|for|and|de|da|del|dal|der|den|di|du|la|le|van|von|bin|ibn|al|y|dos|das|on)"


# A run of capitalised words joined by single spaces or short connectors. Every repetition must
# consume a capitalised word and connectors are lowercase, so matching is linear.
_RUN = re.compile(rf"{_CAPTOK}(?: (?:{_CONN} )*{_CAPTOK})*")


_WORD = re.compile(r"\S+")


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


_LOWER_LONG = re.compile(r"(?<![\w’'])[a-z][a-z’'\-]{3}")


_LOW = "a-z\u00df-\u024f"


# Smith, McDonald, MacArthur, DuVernay, O'Neill, Lewis-Francis; and Ki-moon, Jae-in (a short
# first part before a lowercase one), but not "League-trained".
_NAMEY = re.compile(
    rf"[{_UPPER}](?:[{_LOW}]+|[a-z]{{0,3}}[{_UPPER}][{_LOW}]+|[’'][{_UPPER}][{_LOW}]+)"
    rf"(?:[-’'][{_UPPER}][{_LOW}]*)*"
    rf"|[{_UPPER}][{_LOW}]{{0,4}}-[{_LOW}]+"  # "Geun-hye", "Ki-moon", "Jae-in"
    rf"|{_PARTICLE}[{_UPPER}][{_LOW}]+(?:-[{_UPPER}][{_LOW}]+)*"
)


# "W." and, between two names, "W" (news that drops the full stop: "George W Bush"); never
# "A" or "I", which are words.
_INITIAL = re.compile(rf"(?:[{_UPPER}]\.)+|[B-HJ-Z]")


_PARTICLES = frozenset(
    [
        "de",
        "da",
        "dal",
        "dalla",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "dos",
        "das",
        "ter",
        "ten",
        "y",
    ]
)


_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})  # Theresa May, Brian May
# Weekdays that are surnames too ("England sevens coach Mike Friday"): a name only after a
# given name that follows a role (see runs._trim).
_WEEKDAY_SURNAMES = frozenset({"Friday", "Monday", "Sunday"})


_QUOTEISH = " \t\"“‘'([—–-*•"


_CONNECTORS = frozenset(_CONN[3:-1].split("|"))


_KEEP_DOT = frozenset({"St.", "Mt.", "Co.", "Corp.", "Inc.", "Ltd.", "Jr.", "Sr.", "Ft."})


@dataclass(slots=True)
class _Tok:
    word: str
    start: int
    end: int


_PARTICLE_PREFIX = re.compile(rf"{_PARTICLE}", re.IGNORECASE)


def bare_surname(word: str) -> str:
    """'al-Assad' and 'Al-Assad' → 'Assad': the form a text uses alone after the full name."""
    m = _PARTICLE_PREFIX.match(word)
    return word[m.end() :] if m and len(word) > m.end() + 1 else word


def _core(words: list[str]) -> list[str]:
    """The words that identify a name: without suffixes and initials ("George W. Bush" →
    George Bush), unless initials are all there is besides the surname ("J.K. Rowling")."""
    core = [w for w in words if w not in lx.NAME_SUFFIXES and not _INITIAL.fullmatch(w)]
    if len(core) < 2:
        core = [w for w in words if w not in lx.NAME_SUFFIXES]
    return core


def _strip_possessive(word: str) -> tuple[str, bool]:
    if not word or word[-1] not in "s’'":
        return word, False
    for tail in ("’s", "'s"):
        if word.endswith(tail) and len(word) > 2:
            return word[: -len(tail)], True
    if word.endswith(("’", "'")) and len(word) > 2 and word[-2] == "s":
        return word[:-1], True
    return word, False


def _is_namey(word: str, strict: bool = True) -> bool:
    """A word shaped like a personal name: Capitalised, not all-caps, not a function word."""
    if word in lx.STOPCAPS or word in lx.COMMON_CAPS:
        return False
    if (
        strict
        and word not in lx.GIVEN_NAMES
        and word not in lx.EAST_ASIAN_SURNAMES
        and (word in lx.ORG_WORDS or word in lx.PLACE_WORDS)
    ):
        return False
    return bool(_NAMEY.fullmatch(word) or _INITIAL.fullmatch(word))


def _name_word(word: str, strict: bool = True) -> bool:
    """A word that may stand in a name: name-shaped, a suffix (Jr., II) or a particle (de, van)."""
    return (
        _is_namey(word, strict)
        or word in lx.NAME_SUFFIXES
        or word in _PARTICLES
        or word in _MONTH_SURNAMES
        or word in _WEEKDAY_SURNAMES
        or word == "Ten"  # "Henk Ten Cate": a particle that is also a number
    )


def _name_ends_ok(words: list[str]) -> bool:
    return bool(words) and words[0] not in _PARTICLES and words[-1] not in _PARTICLES


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in _QUOTEISH:
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] in "!?:;":
        return True
    if text[j] == ".":
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        prev = text[k : j + 1]
        return not (prev in lx.HONORIFICS or len(prev) == 2 or prev.count(".") > 1)
    return False


def _tokens(m: re.Match[str]) -> list[list[_Tok]]:
    """Split a run into parts at sentence-final periods and possessives."""
    return _tokens_at(m.group(), m.start())


# Owners named in the possessive inside an institution's name, and the heads such names end
# in: "the Morton County Sheriff's Department", "Boston Children's Hospital".
_OWNER_WORDS = (
    "Sheriff Sheriffs Children Women People Men Veterans Attorney Citizens Workers Farmers "
    "Teachers Nurses Governor Mayor Prosecutor Coroner Marshal Parents Shareholders Taxpayers "
    "Consumers Pensioners"
)
_HEAD_WORDS = (
    "Department Office Hospital Party Union Association Institute Commission Fund Society "
    "League Trust Museum Court Bureau Service Services Council Federation Alliance Foundation "
    "Network Home Homes Charity Campaign Centre Center Clinic Mission"
)
_INSTITUTION_OWNERS = frozenset(_OWNER_WORDS.split())
_INSTITUTION_HEADS = frozenset(_HEAD_WORDS.split())


def _tokens_at(run: str, s: int) -> list[list[_Tok]]:
    """:func:`_tokens` of the run ``run`` standing at offset ``s``."""
    parts: list[list[_Tok]] = []
    cur: list[_Tok] = []
    words = run.split(" ")  # the run's words are joined by single spaces
    for i, w in enumerate(words):
        e = s + len(w)
        nxt = e + 1
        end_part = False
        if (
            w.endswith(".")
            and w not in lx.HONORIFICS
            and w not in _KEEP_DOT
            and not (len(w) == 2 or w.count(".") > 1)
        ):
            w, e, end_part = w[:-1], e - 1, True
        w2, poss = _strip_possessive(w)
        if (
            poss
            and w2 in _INSTITUTION_OWNERS
            and i + 1 < len(words)
            and words[i + 1] in _INSTITUTION_HEADS
        ):
            poss = False  # "Morton County Sheriff's Department", "Children's Hospital": one name
        if poss:
            e -= len(w) - len(w2)
            w, end_part = w2, True
        if w:
            cur.append(_Tok(w, s, e))
        if end_part:
            parts.append(cur)
            cur = []
        s = nxt
    if cur:
        parts.append(cur)
    return parts


_WORD_SUFFIXES = (
    "ing", "ed", "tion", "sion", "ment", "ness", "ity", "ous", "ive", "ful", "less", "ance",
    "ence", "ice", "ure", "ors", "ists", "ants", "ents", "ians",
)  # fmt: skip


def _wordlike(word: str) -> bool:
    """Shaped like an English word rather than a name ("Injecting", "Notice", "Demonstrators"),
    unless it is a known given name (Alice, Beatrice)."""
    return word.lower().endswith(_WORD_SUFFIXES) and word not in lx.GIVEN_NAMES


def _adjectival(word: str) -> bool:
    """A demonym-like adjective before a title ("European Commissioner", "Australian
    Ambassador"), which makes it a title and not the end of a name ("Martin Luther King")."""
    if word in lx.DEMONYMS:
        return True
    return word.endswith(("ean", "ian", "ese", "ish")) and word not in lx.GIVEN_NAMES


# A name with a nickname in quotation marks inside it ('Joko "Jokowi" Widodo', 'Robert Francis
# “Beto” O’Rourke'): the given name (and an initial) before the marks, the surname after them
# (which may be "O’Rourke" or "McKeon"). People read the name from them; quotations leave the
# nickname out.
GIVEN_BEFORE_NICKNAME = re.compile(r"\b([A-Z][a-zà-ÿ]+)(?: [A-Z]\.)? $")
SURNAME_AFTER_NICKNAME = r"(?:Ma?c|[A-Z]['’])?[A-Z][a-zà-ÿ'’-]+"
