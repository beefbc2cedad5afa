"""People (with roles and organisations), organisations and places, by fast rules.

Why rules and not a model: the whole digest must run at well over 1 MB/s on one core, and news
writes people in a handful of very regular shapes. One linear regular expression finds every run
of capitalised words ("NATO Secretary General Jens Stoltenberg", "Mr. Stoltenberg"); each run is
then read in Python with word lists (honorifics, titles, given names, organisation and place
words, countries) and a little context on either side ("Clinton campaign spokesman Brian
Fallon", "Park Jin, the foreign minister", "Rep. Emanuel Cleaver II (D-Mo.)").

Two passes: the first decides who the people are (full names with evidence); the second reads
every run again and resolves partial forms ("Stoltenberg", "Mr. Stoltenberg", "President Yoon",
"Mrs. Trump", "the Secretary General") to those people, which gives mentions with offsets for the
quotation extractor.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from bot.digest import lexicon as lx
from bot.digest.model import Entities, Mention, Person, Sentence

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())
_CAPTOK = rf"(?:[{_UPPER}]\.(?:[{_UPPER}]\.)+|[{_UPPER}][\w’'\-]*\.?)"
_CONN = r"(?:of|the|for|and|de|da|del|der|di|du|la|le|van|von|bin|ibn|al|y|dos|das|on)"
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
    rf"[{_UPPER}](?:[{_LOW}]+|[a-z]{{0,2}}[{_UPPER}][{_LOW}]+|[’'][{_UPPER}][{_LOW}]+)"
    rf"(?:[-’'][{_UPPER}][{_LOW}]*)*"
    rf"|[{_UPPER}][{_LOW}]{{0,2}}-[{_LOW}]+"
)
_INITIAL = re.compile(rf"(?:[{_UPPER}]\.)+")
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
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
_PARTY = re.compile(r"\s*\(([DRI])-([A-Z][\w.]*(?: [A-Z][\w.]*)?)\)")
_APPOS_START = re.compile(r", (?:who is |who was |who's )?")
_APPOS_END = re.compile(r"[,;:.()\n“”\"]| who | said | says | and | told | is | was |—|–")
_APPOS_WORD = re.compile(r"[\w’'\-.]+")
_CUE_AFTER = re.compile(
    r"(?:,? (?:said|says|told|added|noted|wrote|argued|explained|stated|tweeted|insisted|"
    r"claimed|asked|replied|warned|stressed|declared|continued|recalled|acknowledged)\b"
    r")"
)
_STRONG_CUE = re.compile(
    r", (?:who|whose)\b|, \d{1,3},|, an? \d+-year-old\b|\s*\([DRI]-|, of [A-Z][a-z]+, [A-Z]"
)
_SAID_BEFORE = ("said ", "says ", "told ", "asked ", "added ")
_LABEL = re.compile(r"^[\"“‘']?([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?):", re.MULTILINE)
_NOT_LABELS = frozenset(
    [
        "UPDATE",
        "NOTE",
        "EDITOR",
        "CORRECTION",
        "CLARIFICATION",
        "DISCLAIMER",
        "TRANSCRIPT",
        "INTERVIEWER",
        "HOST",
        "ANNOUNCER",
        "NARRATOR",
        "UNIDENTIFIED",
        "AUDIENCE",
        "WATCH",
        "READ",
        "VIDEO",
        "PHOTO",
        "PHOTOS",
        "BREAKING",
        "RELATED",
        "MORE",
        "SOURCE",
        "SOURCES",
        "CREDIT",
        "ALERT",
        "WARNING",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "COMMENT",
        "LIVE",
        "Q",
        "A",
        "TO",
        "FROM",
        "SUBJECT",
        "DATE",
        "CC",
        "BCC",
        "PS",
        "NB",
        "UPDATED",
        "EDITORS",
    ]
)
_ANY_PRONOUN = re.compile(r"\b(he|him|his|she|her|it|its)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
_BOUNDARY_LEFT = '.!?\n;:"“”()[]'
_QUOTEISH = " \t\"“‘'([—–-*•"
_CONNECTORS = frozenset(_CONN[3:-1].split("|"))
_KEEP_DOT = frozenset({"St.", "Mt.", "Co.", "Corp.", "Inc.", "Ltd.", "Jr.", "Sr.", "Ft."})
_ORG_NOUNS = frozenset({"campaign", "administration", "team", "camp", "government", "office"})
_MEDIA_REFS = re.compile(
    r"\b[Tt]he (newspaper|paper|network|channel|broadcaster|magazine|outlet|station|"
    r"publication|website|tabloid|daily|news agency|agency)\b"
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
_NATIONAL_ROLES = ("president", "minister", "premier", "chancellor", "king", "queen")


@dataclass(slots=True)
class _Tok:
    word: str
    start: int
    end: int


@dataclass(slots=True)
class _Cand:
    """One capitalised run, read: what it names and which words are the name."""

    kind: str  # "person", "org", "place", "roleref", "name?" (unresolved name-like words)
    start: int
    end: int
    words: list[str]  # the name words (person) or the whole phrase
    title_start: int = -1  # offset where an honorific/title before the name starts
    honorific: str | None = None
    role: str | None = None
    org: str | None = None
    gender: str | None = None
    strong: bool = False  # evidence enough to create a person from a full name
    headline: tuple[int, int] | None = None  # the whole run, when it stands in a headline


@dataclass(slots=True, eq=False)  # compared by identity: people are looked up in lists
class _PersonBuild:
    words: list[str]
    first_seen: int
    roles: list[tuple[int, int, str, str | None]] = field(default_factory=list)  # prio, pos, r, o
    orgs: list[str] = field(default_factory=list)
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    last_seen: int = -1
    east_asian: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.words)

    role_index: dict[str, list[_PersonBuild]] | None = None  # the registry's, shared
    core: list[str] = field(default_factory=list)  # name words without suffixes and initials
    suffix: list[str] = field(default_factory=list)  # Jr., II


def _add_role(p: _PersonBuild, prio: int, pos: int, role: str, org: str | None) -> None:
    """Record a role for ``p`` and index it by each of its word suffixes ("foreign minister",
    "minister") so that "the minister" finds its person in constant time."""
    if len(p.roles) >= _BUCKET:
        return  # a name repeated with its title thousands of times: the first ones tell all
    p.roles.append((prio, pos, role, org))
    if p.role_index is None:
        return
    words = role.lower().split()
    for k in range(len(words)):
        bucket = p.role_index.setdefault(" ".join(words[k:]), [])
        if len(bucket) < 2 and p not in bucket:
            bucket.append(p)  # only "one person or several" matters


def _core(words: list[str]) -> list[str]:
    """The words that identify a name: without suffixes and initials ("George W. Bush" →
    George Bush), unless initials are all there is besides the surname ("J.K. Rowling")."""
    core = [w for w in words if w not in lx.NAME_SUFFIXES and not _INITIAL.fullmatch(w)]
    if len(core) < 2:
        core = [w for w in words if w not in lx.NAME_SUFFIXES]
    return core


# --------------------------------------------------------------------------------------------
# Helpers on words


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
    )


def _name_ends_ok(words: list[str]) -> bool:
    return bool(words) and words[0] not in _PARTICLES and words[-1] not in _PARTICLES


def _role_head(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in lx.ROLE_HEADS or (
        w.endswith("s") and w[:-1] in lx.ROLE_HEADS and (len(w) > 4 or word[:-1].isupper())
    )


def _role_word(word: str) -> bool:
    w = word.lower()
    return w in lx.ROLE_HEADS or w in lx.ROLE_MODIFIERS or _role_head(word)


def _singular(word: str) -> str:
    """'novelists' → 'novelist' when only the singular is a role head."""
    w = word.lower()
    if w not in lx.ROLE_HEADS and w.endswith("s") and w[:-1] in lx.ROLE_HEADS:
        return word[:-1]
    return word


def _format_role(words: list[str]) -> str:
    """Formal offices in Title Case ("Foreign Minister"), informal roles as written, lowercase."""
    words = [_singular(w) for w in words]
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
    return " ".join(out)


def _org_of(words: list[str]) -> str | None:
    """The organisation or country a run of capitalised words before a title names, if any."""
    if not words:
        return None
    phrase = " ".join(words)
    if phrase in lx.PARTIES:
        return lx.PARTIES[phrase]
    c = lx.country(phrase)
    if c:
        return c if phrase in lx.DEMONYMS else phrase
    if phrase.startswith("The "):
        phrase = phrase[4:]
    if phrase in lx.KNOWN_ORGS or words[-1] in lx.ORG_WORDS:
        return phrase
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return phrase
    return None


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


class _Headlines:
    """Whether the line around a position is written in Title Case (a headline), where capitals
    say nothing. Positions come in increasing order, so finding lines stays linear."""

    def __init__(self, text: str, lower_vocab: set[str]) -> None:
        self.text = text
        self.vocab = lower_vocab
        self.lo = self.hi = 0
        self.result = False

    def __call__(self, pos: int) -> bool:
        if self.lo <= pos < self.hi:
            return self.result
        text = self.text
        # self.hi is the previous line's "\n", so searching from it finds at least that one.
        self.lo = text.rfind("\n", self.hi if pos >= self.hi else 0, pos) + 1
        hi = text.find("\n", pos)
        self.hi = hi if hi >= 0 else len(text)
        self.result = _title_case(text[self.lo : self.hi], self.vocab)
        return self.result


def _title_case(line: str, lower_vocab: set[str]) -> bool:
    result = False
    if len(line) < 200 and len(_LOWER_LONG.findall(line)) <= 3:  # short, few lowercase words
        words = line.split()
        long = [w for w in words if len(w) > 3 and w[0].isalpha()]
        caps = sum(1 for w in long if w[0].isupper())
        result = len(words) >= 3 and caps >= 3 and caps >= 0.8 * len(long)
        if result:
            # A headline capitalises common words ("Hammers", "Bank"); a sentence full of
            # names and titles does not.
            common = sum(
                1
                for w in long[1:]
                if w[0].isupper()
                and w.lower().strip(".,:;’'\"") in lower_vocab
                and not _role_word(w)
                and w not in lx.GIVEN_NAMES
            )
            result = common >= 2
    return result


# --------------------------------------------------------------------------------------------
# Reading one run


def _tokens(m: re.Match[str]) -> list[list[_Tok]]:
    """Split a run into parts at sentence-final periods and possessives."""
    parts: list[list[_Tok]] = []
    cur: list[_Tok] = []
    s = m.start()
    for w in m.group().split(" "):  # the run's words are joined by single spaces
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
                )
            ):
                # "Susan Fletcher for Eve Green": a person, then what she is up for.
                out.append(cur)
                cur = []
                continue
            if t.word == "of" and _person_before_of(cur):
                # "Cara Diemont of Dimension Data": a person, then her employer.
                out.append(cur)
                cur = []
                continue
            if t.word == "and" and cur:
                before = cur[-1].word
                # "Trade and Industry Secretary" stays whole; "Secretary General and President
                # Yoon" does not (a complete title before "and").
                if (_role_word(before) and not _role_head(before) and head_after[k + 1]) or (
                    org_after[k + 1] and not _person_then_of(part, k + 1)
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


def _person_then_of(part: list[_Tok], k: int) -> bool:
    """ "Cooper and Martha Raddatz of ABC News": after "and" comes a person, then "of" and her
    employer, so the organisation word after "of" must not hold the run together."""
    for j in range(k + 2, min(k + 4, len(part))):
        if part[j].word == "of":
            return _person_before_of(part[k:j])
    return False


def _person_before_of(cur: list[_Tok]) -> bool:
    """ "Given Surname" before "of" is a person ("Cara Diemont of Dimension Data"), unlike "Bank of
    England", "Duke of Edinburgh" or "Mary Queen of Scots" (a title word before "of")."""
    return (
        2 <= len(cur) <= 3
        and cur[0].word in lx.GIVEN_NAMES
        and all(
            _NAMEY.fullmatch(t.word)
            and (t is cur[0] or t.word not in lx.ORG_WORDS)  # "Bill" is a given name first
            and t.word not in lx.PLACE_WORDS
            and t.word not in lx.STOPCAPS
            and not _role_word(t.word)
            for t in cur
        )
    )


def _trim(toks: list[_Tok], text: str, lower_vocab: set[str]) -> list[_Tok]:
    i, j = 0, len(toks)
    while i < j:
        w = toks[i].word
        if (w in lx.STOPCAPS and w not in lx.HONORIFICS) or w in _CONNECTORS:
            i += 1
            continue
        if (
            w in lx.DEMONYMS
            and j - i >= 3
            and all(_NAMEY.fullmatch(t.word) for t in toks[i + 1 : j])
            and not any(_role_word(t.word) for t in toks[i + 1 : j])
        ):
            i += 1  # "American Justin Gatlin"
            continue
        if (
            i == 0
            and w.lower() in lower_vocab
            and w not in lx.GIVEN_NAMES
            and not _role_word(w)
            and _sentence_start(text, toks[i].start)
        ):
            i += 1
            continue
        break
    while j > i and (toks[j - 1].word in _CONNECTORS or toks[j - 1].word in lx.STOPCAPS):
        prev = toks[j - 2].word if j - 2 >= i else ""
        if toks[j - 1].word in _MONTH_SURNAMES and (
            prev in lx.GIVEN_NAMES or prev in lx.HONORIFICS
        ):
            break  # "Theresa May", "Mrs May"
        j -= 1
    return toks[i:j]


_WORD_SUFFIXES = (
    "ing", "ed", "tion", "sion", "ment", "ness", "ity", "ous", "ive", "ful", "less", "ance",
    "ence", "ice", "ure", "ors", "ists", "ants", "ents", "ians",
)  # fmt: skip


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
            if k == n and a > 0 and not _org_of(words[:a]) and not _adjectival(words[a - 1]):
                return -1  # "Martin Luther King": a name ending in a title word
            return a
    return -1


def _read(toks: list[_Tok], text: str) -> _Cand | None:
    """Decide what a trimmed run of capitalised words names."""
    words = [t.word for t in toks]
    phrase = " ".join(words)
    start, end = toks[0].start, toks[-1].end
    # Titles and honorifics first: "NATO Secretary General Jens Stoltenberg", "Mr. Park".
    a = _title_start(words)
    i = a if a >= 0 else 0
    hon: str | None = None
    role_words: list[str] = []
    org_words: list[str] = words[:a] if a > 0 else []
    gender = None
    while a >= 0 and i < len(words):
        w = words[i]
        two = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if two in lx.HONORIFICS:
            hon = two
            r, g = lx.HONORIFICS[two]
            role_words = [r] if r else role_words
            i += 2
            continue
        if w in lx.HONORIFICS:
            hon = w
            r, g = lx.HONORIFICS[w]
            if r:
                role_words = [r]
            gender = g or gender
            i += 1
            continue
        if _role_word(w) and (w[0].isupper()):
            role_words.append(w)
            i += 1
            continue
        if w in _CONNECTORS and role_words and i + 1 < len(words) and _role_word(words[i + 1]):
            role_words.append(w)
            i += 1
            continue
        break
    if role_words and i < len(words) and words[i] == "of":
        # "Speaker of the House Newt Gingrich", "Secretary of State John Kerry".
        j = next((k for k in range(i + 1, len(words)) if words[k] in lx.GIVEN_NAMES), -1)
        if j < 0 and len(words) - i >= 4:
            j = len(words) - 2
        if j > i + 1:
            role_words += words[i:j]
            i = j
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
        org = None
        while org_words and (org_words[0] in _ADJECTIVES or org_words[0] in lx.STOPCAPS):
            org_words = org_words[1:]
        if org_words:
            org = _org_of(org_words)
            if org is None and all(_is_namey(w, False) or w.isupper() for w in org_words):
                org = " ".join(org_words)
        if not name:
            if role and not hon and (not org_words or org):
                return _Cand("roleref", toks[a].start, end, words[a:], role=role, org=org)
            return None
        nwords = [t.word for t in name]
        if (
            any(
                (w in lx.ORG_WORDS or w in lx.COMMON_CAPS)
                and w not in lx.GIVEN_NAMES
                and w not in lx.EAST_ASIAN_SURNAMES
                for w in nwords
            )
            or nwords[-1] in lx.ORG_WORDS
            or nwords[-1] in lx.PLACE_WORDS
            or lx.country(" ".join(nwords))
            or " ".join(nwords) in lx.PLACES
            or " ".join(nwords) in lx.KNOWN_ORGS
        ):
            return _org_or_place(toks, words, phrase, start, end)
        if nwords[0] not in lx.GIVEN_NAMES:
            # "Miss Universe Alicia Machado": the name starts at the given name.
            g = next((k for k, w in enumerate(nwords) if w in lx.GIVEN_NAMES and k > 0), -1)
            if g > 0 and len(nwords) - g >= 2:
                name, nwords = name[g:], nwords[g:]
        if not all(_name_word(w, False) for w in nwords):
            good = []
            for t in name:
                if _name_word(t.word, False):
                    good.append(t)
                else:
                    break
            name = good
            nwords = [t.word for t in name]
        while name and nwords[-1] in _PARTICLES:
            name, nwords = name[:-1], nwords[:-1]
        if not _name_ends_ok(nwords):
            return None
        if len(nwords) > 4:
            name = name[:4]
            nwords = nwords[:4]
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
    found = _org_or_place(toks, words, phrase, start, end)
    if found:
        return found
    # Bare names: "Donald Trump", "Melezia Figueroa".
    if 1 <= len(words) <= 5 and all(_name_word(w) for w in words) and _name_ends_ok(words):
        if words[0] in lx.NAME_SUFFIXES or _INITIAL.fullmatch(words[-1]):
            return None  # "Charles G." (and David H. Koch)
        if any(w in lx.PLACES or (lx.country(w) and w not in lx.DEMONYMS) for w in words[1:]):
            return None  # "Franco Spain", "Jordan Israel" (but "Mark Cuban" is a name)
        strong = words[0] in lx.GIVEN_NAMES and len(words) >= 2
        return _Cand("name?", start, end, words, strong=strong)
    return None


def _read_cached(toks: list[_Tok]) -> _Cand | None:
    """:func:`_read` depends only on the words, so repeated runs ("Mr. Trump", "NATO") are read
    once per process (a bounded LRU keyed on the words); offsets are rebuilt from the token
    positions."""
    tpl = _read_words(tuple(t.word for t in toks))
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


def _acronym(words: list[str]) -> bool:
    """A lone all-capitals word like NATO or CFPB (not a roman numeral or a common one)."""
    if len(words) != 1:
        return False
    w = words[0]
    return (
        w.isupper()
        and 2 <= len(w) <= 6
        and w.isalpha()
        and w not in lx.STOPCAPS
        and w not in ("II", "III", "IV", "VI", "OK", "TV", "CEO", "AM", "PM", "I")
    )


def _org_or_place(toks, words, phrase, start, end) -> _Cand | None:
    bare = phrase[4:] if phrase.startswith("The ") else phrase
    if bare in lx.KNOWN_ORGS:
        return _Cand("org", start, end, bare.split())
    if bare in lx.PLACES or (lx.country(bare) and bare not in lx.DEMONYMS):
        return _Cand("place", start, end, bare.split())
    last = words[-1]
    if (
        last in lx.ORG_WORDS
        or any(
            w in lx.ORG_WORDS and words[k + 1] in ("of", "for", "on")
            for k, w in enumerate(words[:-1])
        )
    ) and (len(words) >= 2 or last in lx.KNOWN_ORGS):
        return _Cand("org", start, end, bare.split())
    if len(words) >= 2 and (
        last in lx.PLACE_WORDS or words[0] in ("Lake", "Mount", "Fort", "Port", "Saint")
    ):
        return _Cand("place", start, end, bare.split())
    if _acronym(words):
        return _Cand("org", start, end, [last])
    if len(words) == 1 and "." in last and last.replace(".", "").isupper() and lx.country(last):
        return _Cand("place", start, end, [last])
    return None


# --------------------------------------------------------------------------------------------
# Context around a name


def _left_role(text: str, start: int) -> tuple[str, str | None] | None:
    """'Clinton campaign spokesman Brian Fallon' → ('spokesman', 'Clinton campaign')."""
    lo = max(0, start - 90)
    window = text[lo:start]
    if not window.endswith(" "):
        return None
    cut = max(window.rfind(c) for c in _BOUNDARY_LEFT)
    window = window[cut + 1 :]
    words = window.split()
    if words[-2:] == ["such", "as"] and len(words) > 2 and words[-3].endswith("s"):
        words = words[:-2]  # "playwrights such as Martin Lynch and Gary Mitchell"
    complement: list[str] = []
    if (
        len(words) >= 3
        and words[-2] == "for"
        and words[-1].isalpha()
        and words[-1].islower()
        and _role_head(words[-3])
        and words[-3].islower()
    ):
        complement = words[-2:]  # "spokeswoman for women Sandra Gidley"
        words = words[:-2]
    if not words or not _role_head(words[-1]) or words[-1][0].isupper():
        return None
    k = len(words)
    while k > 0 and _role_word(words[k - 1]) and not words[k - 1][0].isupper():
        k -= 1
    run = words[k:]
    org = None
    before = [_strip_possessive(w)[0] for w in words[max(0, k - 4) : k]]
    caps = []
    for w in reversed(before):
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
    return _format_role(run + complement), org


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


def _nation_appositive(text: str, start: int, end: int) -> bool:
    """A full name set off by commas after a nationality: "another Ethiopian, Berhane Adera, in
    Stuttgart" — a people noun in apposition, which a firm or a place never gets."""
    if not text.startswith(", ", end) or not text.endswith(", ", 0, start):
        return False
    words = text[max(0, start - 40) : start - 2].split()
    return bool(words) and words[-1] in lx.DEMONYMS and words[-1][:1].isupper()


# Capitalised words that start places and surnames, not given names: "New Yorker", "Van Allen".
_NOT_GIVEN = frozenset(
    "New Old North South East West Upper Lower Great Little San Santa St Ste Saint Van Von De "  # noqa: SIM905
    "Le La Da Du Di Mount Fort Port Lake Cape Glen Bay".split()
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


def _personal_pronoun_after(text: str, end: int, span: int = 300) -> bool:
    """A "he"/"she" (not after an "its") within the next ``span`` characters."""
    pm = _PRONOUN.search(text, end, end + span)
    return pm is not None and " its " not in text[end : pm.start()]


def _appositive(text: str, end: int) -> tuple[str, str | None] | None:
    """'Jens Stoltenberg, NATO's Secretary General' → ('Secretary General', 'NATO')."""
    m = _APPOS_START.match(text, end)
    if not m:
        return None
    if text.startswith("its ", m.end()):
        return None  # "Morgan Stanley, its former banker": a firm's role, not a person's
    window = text[m.end() : m.end() + 120]
    stop = _APPOS_END.search(window)
    if stop:
        if window.startswith(" and now ", stop.start()):
            # "former Labour minister and now a European Commissioner": the current office.
            rest = window[stop.start() + 9 :]
            later = _APPOS_END.search(rest)
            found = _role_phrase(_APPOS_WORD.findall(rest[: later.start()] if later else rest))
            if found:
                return found
        window = window[: stop.start()]
    return _role_phrase(_APPOS_WORD.findall(window))


_COPULA = re.compile(
    r"(?: is| was| has been|, who is|, who was|, who heads|, who runs) (?:the |an? )?"
)
_HEADS = (", who heads ", ", who runs ")


def _copula_role(text: str, end: int) -> tuple[str, str | None] | None:
    """'Aaron Kall is director of debate at the University of Michigan', 'Ann Lee, who heads
    the Arts Council': a role said with a verb. Every word before the role's complement must
    be a role word ("is expected to be named chief" is no role)."""
    m = _COPULA.match(text, end)
    if not m:
        return None
    window = text[m.end() : m.end() + 120]
    if text.startswith(_HEADS, end):
        org = _first_caps(_APPOS_WORD.findall(window.split(",")[0])[:6], loose=True)
        return ("head", org) if org else None
    stop = _APPOS_END.search(window)
    words = _APPOS_WORD.findall(window[: stop.start()] if stop else window)
    j = next((i for i, w in enumerate(words) if w in _PREPS), len(words))
    if j == 0 or j > 4 or not all(_role_word(w) and w[:1].islower() for w in words[:j]):
        return None
    return _role_phrase(words)


def _left_comma_role(text: str, start: int) -> tuple[str, str | None] | None:
    """'The Mexican president, Enrique Peña Nieto' and 'A lawyer for the outlets, David Schulz'."""
    if not text.endswith(", ", 0, start):
        return None
    lo = max(0, start - 100)
    window = text[lo : start - 2]
    cut = max(window.rfind(c) for c in _BOUNDARY_LEFT + ",")
    words = _APPOS_WORD.findall(window[cut + 1 :])
    for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
        if words[k] in _DETERMINERS or (words[k][:1].isupper() and _strip_possessive(words[k])[1]):
            found = _role_phrase(words[k:])
            if found:
                return found
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
    if (any(w in lx.ORG_WORDS for w in run) and len(run) >= 2) or (loose and len(run) <= 5):
        return " ".join(run)
    return None


_MAX_RUN = 24
# At most this many people sharing a name word are compared with a new form of a name: real
# documents have a handful; absurd ones must stay linear.
_BUCKET = 64
_NEXT_WORD = re.compile(r" ([\w’'-]+)")
_DETERMINERS = frozenset(
    ["the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its", "Its"]
)
_COORD = frozenset({" and ", ", ", ", and ", " & "})
_PREPS = frozenset({"of", "at", "for", "in", "on", "to", "with"})


def _role_phrase(words: list[str]) -> tuple[str, str | None] | None:
    """Read a short noun phrase that ends in a role: 'NATO's Secretary General', 'the former head
    of the FBI', 'an expert on trade at the Peterson Institute', 'Lynch's chief of staff'."""
    if not words:
        return None
    org = None
    complement: list[str] = []
    for k, w in enumerate(words):
        if w in _PREPS and k > 0 and _role_head(words[k - 1]):
            tail = words[k + 1 :]
            if w == "of" and tail and tail[0].islower() and tail[0] not in ("the", "a", "an"):
                n = 1  # "chief of staff", "director of air transport"
                while n < min(3, len(tail)) and tail[n].islower() and tail[n] not in _PREPS:
                    n += 1
                complement = ["of", *tail[:n]]
                tail = tail[n:]
            org = _first_caps(tail, loose=w in ("of", "at"))
            words = words[:k]
            break
    if not words or len(words) > 8 or not _role_head(words[-1]):
        return None
    k = len(words)
    while k > 0 and _role_word(words[k - 1]):
        k -= 1
    run = words[k:]
    while run and run[0].lower() in ("former", "top", "the", "a", "an"):
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
        caps = []
        for w in reversed(prev):
            if w[:1].isupper() and w not in lx.STOPCAPS:
                caps.insert(0, w)
            else:
                break
        if caps:
            org = _org_of(caps)
    return _format_role(run + complement), org


def _party(text: str, end: int) -> str | None:
    m = _PARTY.match(text, end)
    return lx.PARTIES[m.group(1)] if m else None


# --------------------------------------------------------------------------------------------
# The extractor


class _Registry:
    """The people of one document, merged over the forms the text uses, indexed by name word
    so that a long document with many people stays linear."""

    def __init__(self) -> None:
        self.people: list[_PersonBuild] = []
        self.by_last: dict[str, list[_PersonBuild]] = {}
        self.by_first: dict[str, list[_PersonBuild]] = {}
        self.by_role: dict[str, list[_PersonBuild]] = {}
        self._firsts: list[tuple[int, int]] = []

    def first_seen(self) -> list[tuple[int, int]]:
        """(first offset, index) of every person, sorted; people are all known by pass 2."""
        if len(self._firsts) != len(self.people):
            self._firsts = sorted((p.first_seen, i) for i, p in enumerate(self.people))
        return self._firsts

    def find_full(self, words: list[str]) -> _PersonBuild | None:
        core = _core(words)
        if len(core) < 2:
            return None
        suffix = [w for w in words if w in lx.NAME_SUFFIXES]
        for p in self.by_last.get(core[-1], ())[:_BUCKET]:
            pc = p.core
            if p.suffix != suffix or len(pc) < 2:
                continue
            if (
                lx.given_key(pc[0]) == lx.given_key(core[0])
                or pc == core[-len(pc) :]
                or core == pc[-len(core) :]
            ):
                return p
        for p in self.by_first.get(core[0], ())[:_BUCKET]:
            # "Nicolás Maduro" and "Nicolás Maduro Moros": one is the other's beginning.
            pc = p.core
            prefix = pc == core[: len(pc)] or core == pc[: len(core)]
            if len(pc) >= 2 and prefix and p.suffix == suffix:
                return p
        return None

    def _index(self, p: _PersonBuild) -> None:
        p.role_index = self.by_role
        p.core = _core(p.words)
        p.suffix = [w for w in p.words if w in lx.NAME_SUFFIXES]
        if p.core:
            self.by_last.setdefault(p.core[-1], []).append(p)
            self.by_first.setdefault(p.core[0], []).append(p)

    def add(self, words: list[str], pos: int) -> _PersonBuild:
        p = self.find_full(words)
        if p is None:
            p = _PersonBuild(list(words), pos)
            p.east_asian = (
                words[0] in lx.EAST_ASIAN_SURNAMES
                and len(words) >= 2
                and (words[0] not in lx.GIVEN_NAMES or "-" in words[-1])
                and all(w not in lx.GIVEN_NAMES for w in words[1:])
            )
            self._index(p)
            if not p.east_asian and p.core and len(p.core) >= 2:
                p.gender = lx.GIVEN_GENDER.get(p.core[0])
            self.people.append(p)
        elif len(words) > len(p.words):
            old_first = p.core[0] if p.core else None
            p.words = list(words)
            p.core = _core(p.words)
            if p.core and p.core[0] != old_first:
                self.by_first.setdefault(p.core[0], []).append(p)
        return p

    def by_part(self, word: str, gender: str | None) -> _PersonBuild | None:
        """A single name word ("Trump", "Yoon", "Hillary") → the person it most likely means."""
        fam = self.by_last.get(word, [])[:_BUCKET]
        for p in self.by_first.get(word, ())[:_BUCKET]:
            if (
                p not in fam
                and len(p.core) >= 2
                and (p.east_asian or word in lx.EAST_ASIAN_SURNAMES)
            ):
                fam.append(p)
        if not fam and word in lx.GIVEN_NAMES:
            fam = [p for p in self.by_first.get(word, ())[:_BUCKET] if len(p.core) >= 2]
        if gender and len(fam) > 1:
            same = [p for p in fam if p.gender == gender]
            if same:
                fam = same
            else:
                unknown = [p for p in fam if p.gender is None]
                fam = unknown or fam
        elif gender and fam and fam[0].gender and fam[0].gender != gender:
            return None
        if not fam:
            return None
        return max(fam, key=lambda p: (p.mentions, p.last_seen))


def extract_entities(text: str, sentences: list[Sentence]) -> Entities:
    """People, organisations and places of one document, with every mention's offsets.

    Never raises on arbitrary text: anything it cannot read is simply not an entity.
    """
    try:
        return _extract(text)
    except Exception:  # pragma: no cover - a safety net: a digest without people beats none
        return Entities()


def _extract(text: str) -> Entities:
    lower_vocab = set(_LOWER_WORD.findall(text))
    in_headline = _Headlines(text, lower_vocab)
    cands: list[_Cand] = []
    singles: dict[str, list[_Cand]] = {}  # one-word name-like runs, by word
    pairs: list[_Cand] = []  # two-word name-like runs
    stop = lx.STOPCAPS
    for m in _RUN.finditer(text):
        g = m.group()
        if g in stop:
            continue  # "The", "He", "In": the most frequent capitalised words, never names
        if " " not in g and g[-1] not in ".s’'":
            parts = [[_Tok(g, m.start(), m.end())]]  # one plain word: most runs, made cheaply
        else:
            parts = _split_and(_tokens(m))
        for part in parts:
            if len(part) > _MAX_RUN:
                continue  # no name or title is this long: absurd input, skip it in O(1)
            phrase = " ".join(t.word for t in part)
            if phrase.startswith("The "):
                phrase = phrase[4:]
            if phrase in lx.KNOWN_ORGS:
                cands.append(_Cand("org", part[0].start, part[-1].end, phrase.split()))
                continue
            toks = _trim(part, text, lower_vocab)
            if not toks:
                continue
            c = _read_cached(toks)
            if (c is None or c.kind not in ("org", "place")) and in_headline(toks[0].start):
                c = _Cand("name?", toks[0].start, toks[-1].end, [t.word for t in toks])
                c.headline = (toks[0].start, toks[-1].end)
            if c is not None:
                cands.append(c)
                if c.kind == "name?" and c.headline is None:
                    if len(c.words) == 1:
                        singles.setdefault(c.words[0], []).append(c)
                    elif len(c.words) == 2:
                        pairs.append(c)

    reg = _Registry()
    prev_left: tuple[int, tuple[str, str | None]] | None = None
    titled = {c.words[0] for c in cands if c.kind == "person" and c.honorific and len(c.words) == 1}
    # Pass 1: who are the people? Full names with a title, a given name, or context evidence.
    for c in cands:
        if c.kind not in ("person", "name?") or c.headline:
            continue
        core = _core(c.words)
        if len(core) < 2:
            continue
        evidence = c.strong
        if evidence and not c.honorific and _common_words(core, lower_vocab, c.title_start >= 0):
            evidence = False  # "General Election": a title word before common nouns
        left = None
        if c.title_start < 0:
            left = _left_role(text, c.start) or _left_comma_role(text, c.start)
            if left is None and prev_left and text[prev_left[0] : c.start] in _COORD:
                left = prev_left[1]  # "novelists Hari Kunzru and Ali Smith"
        elif c.role is None:
            # "director Sir Richard Eyre", "said its chairman, Sir Anthony Greener"
            left = _left_role(text, c.title_start) or _left_comma_role(text, c.title_start)
        appos = _appositive(text, c.end)
        if (
            not evidence
            and len(core) <= 3
            and all(_name_word(w) for w in core)
            and not any(w.lower() in lower_vocab for w in core)
        ):
            if (
                left
                or appos
                or _STRONG_CUE.match(text, c.end)
                or core[-1] in titled
                or _nation_appositive(text, c.start, c.end)
                or (
                    len(core) >= 2
                    and _nation_before(text, c.start)
                    and (core[-1] in singles or _personal_pronoun_after(text, c.end))
                )
            ):
                # A nationality alone also fits a firm ("Britain's Royal Mail"): the text must
                # go on with the surname alone or a "he"/"she".
                evidence = True
            elif _CUE_AFTER.match(text, c.end):
                # "Time Warner said ... its": a company speaks too; want a personal pronoun.
                pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
                evidence = pm is not None and pm.group(1).lower() not in ("it", "its")
            elif core[0] in lx.EAST_ASIAN_SURNAMES and all(len(w) <= 6 for w in core[1:]):
                evidence = _CUE_AFTER.match(text, c.end) is not None
        if not evidence:
            continue
        c.kind = "person"
        p = reg.add(c.words, c.start)
        if appos is None and left is None and c.role is None:
            appos = _copula_role(text, c.end)  # a role only, never evidence of a person
        _note_context(p, c, text, left, appos)
        prev_left = (c.end, left) if left and c.title_start < 0 else None

    # Lists: "Mark Landler and Coral Davenport", "Angela Davis, Ava DuVernay and ...": a
    # name-shaped neighbour of a person in a list is a person too.
    for k, c in enumerate(cands):
        if c.kind != "name?" or c.headline or not 2 <= len(c.words) <= 3:
            continue
        if not all(_is_namey(w) for w in c.words) or any(w.lower() in lower_vocab for w in c.words):
            continue
        prev = cands[k - 1] if k > 0 else None
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        listed = (
            prev is not None and prev.kind == "person" and text[prev.end : c.start] in _COORD
        ) or (nxt is not None and nxt.kind == "person" and text[c.end : nxt.start] in _COORD)
        if listed and reg.find_full(c.words) is None:
            c.kind = "person"
            reg.add(c.words, c.start)

    # "Phillips Idowu ... Idowu landed ... if he jumps": a full name whose given name is in no
    # list and has no cue, but whose surname the text goes on using alone for a "he" or "she".
    used_alone: dict[str, bool] = {}
    for c in pairs:
        if (
            c.kind == "name?"
            and len(singles.get(c.words[1], ())) >= 2
            and all(_is_namey(w) and not _INITIAL.fullmatch(w) for w in c.words)
            and not any(w.lower() in lower_vocab for w in c.words)
            and not _wordlike(c.words[0])
            and _memo(used_alone, c.words[1], lambda w: _used_alone(text, singles[w]))
            and reg.find_full(c.words) is None
        ):
            # A personal pronoun soon after, before any "its" (a firm's): "It's all down to
            # him" still counts.
            pm = _PRONOUN.search(text, c.end, c.end + 300)
            if pm is not None and " its " not in text[c.end : pm.start()]:
                c.kind = "person"
                reg.add(c.words, c.start)

    # "LaShawn Merritt ... Merritt": a known surname after a name-shaped word, the surname used
    # again alone or a "he"/"she" soon after (a firm is "it"), is a person too.
    for c in pairs:
        if (
            c.kind == "name?"
            and c.words[1] in lx.SURNAMES
            and _surname_pair(c.words, lower_vocab)
            and reg.find_full(c.words) is None
        ):
            again = any(s.start > c.end for s in singles.get(c.words[1], ()))
            if again or _personal_pronoun_after(text, c.end, 200):
                c.kind = "person"
                reg.add(c.words, c.start)

    # Honorific + surname of someone never named in full: "Mr. Figueroa" is a person too.
    for c in cands:
        if (
            c.kind == "person"
            and (c.honorific or c.role)
            and len(_core(c.words)) == 1
            and _is_namey(c.words[0])
            and not _INITIAL.fullmatch(c.words[0])
            and (c.honorific or not _common_words(c.words, lower_vocab))
            and reg.by_part(c.words[0], c.gender) is None
            and _knight_of(reg, c) is None
        ):
            p = reg.add(c.words, c.start)
            p.east_asian = False
            _note_context(p, c, text, None, None)
        elif (
            c.kind == "name?"
            and not c.headline
            and len(c.words) == 1
            and c.words[0] in lx.GIVEN_NAMES
            and (_CUE_AFTER.match(text, c.end) or text.endswith(_SAID_BEFORE, 0, c.start))
            and reg.by_part(c.words[0], None) is None
        ):
            # "Melanie said", "said Melanie": someone the text names by a given name only.
            p = reg.add(c.words, c.start)
            p.gender = lx.GIVEN_GENDER.get(c.words[0])
        elif (
            c.kind == "name?"
            and not c.headline
            and len(c.words) == 1
            and (
                _CUE_AFTER.match(text, c.end)
                or (text.endswith(_SAID_BEFORE, 0, c.start) and _appositive(text, c.end))
            )
            and _is_namey(c.words[0])
            and c.words[0].lower() not in lower_vocab
            and not _wordlike(c.words[0])
            and not text.endswith(("the ", "The "), 0, c.start)
            and c.words[0] not in lx.KNOWN_ORGS
            and not lx.country(c.words[0])
            and reg.by_part(c.words[0], None) is None
        ):
            # "Peabody said ... he", "said Putney, the chief of police": a speaker the text
            # names by surname only (a company that "said" is "it", and has no such role).
            pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
            appos = _appositive(text, c.end)
            if appos or (pm is not None and pm.group(1).lower() not in ("it", "its")):
                p = reg.add(c.words, c.start)
                if pm is not None and pm.group(1).lower() not in ("it", "its"):
                    p.gender = "m" if pm.group(1).lower() in ("he", "his", "him") else "f"
                _note_context(p, c, text, None, appos)

    # Relatives: "Rakeyia Scott" beside "Keith Lamont Scott" is a second person of the family,
    # even when her given name is in no list and nothing else introduces her.
    for c in pairs:
        if (
            c.kind == "name?"
            and c.words[-1] in reg.by_last
            and all(_is_namey(w) for w in c.words)
            and not any(w.lower() in lower_vocab for w in c.words)
            and any(
                len(q.core) >= 2 and q.first_seen < c.start
                for q in reg.by_last.get(c.words[-1], ())
            )
            and not _wordlike(c.words[0])
            and c.words[0] not in reg.by_last
            and c.words[0] not in reg.by_first
            and reg.find_full(c.words) is None
        ):
            c.kind = "person"
            reg.add(c.words, c.start)

    # Transcript labels ("WALLACE: Let's start..."): the speaker, in capitals.
    label_people = _transcript_labels(text, reg)

    # Pass 2: resolve every run to a person, organisation or place; count mentions.
    mentions: list[Mention] = []
    orgs: dict[str, str] = {}
    places: dict[str, str] = {}
    org_seen: list[tuple[int, str]] = []
    for c in cands:
        if c.headline:
            _headline_mentions(text, c.headline, reg, mentions)
            continue
        if c.kind in ("person", "name?"):
            p = reg.find_full(c.words) if len(c.words) >= 2 else None
            full = p is not None
            if p is None:
                core = [w for w in c.words if w not in lx.NAME_SUFFIXES]
                if len(core) == 1 or (c.honorific and core):
                    p = reg.by_part(core[-1], c.gender)
                    if p is None and len(core) >= 1 and c.honorific:
                        p = reg.by_part(core[0], c.gender) or _knight_of(reg, c)
            if p is None:
                continue
            s = c.title_start if (c.title_start >= 0 and not full) else c.start
            _mention(p, text, s, c.end, mentions, full)
            if c.kind == "person" and c.title_start >= 0:
                _note_context(p, c, text, None, None)
        elif c.kind == "roleref":
            the = text[max(0, c.start - 4) : c.start].lower() == "the "
            p = (
                reg.by_part(c.words[0], None)
                if len(c.words) == 1 and not the and c.words[0] in reg.by_last
                else None
            )
            if p is not None and p.core[-1] == c.words[0]:
                # "Dean, a medical doctor, ...": the surname of someone named in full that is
                # also a title word.
                _mention(p, text, c.start, c.end, mentions, False)
                continue
            if not the and (c.start > 0 and text[c.start - 1] != "\n"):
                continue
            last = c.words[-1].lower().rstrip(".")
            if last not in lx.ROLE_HEADS and _role_head(last):
                continue  # "the Athletes": a plural names a group, not one person
            p = _by_role(reg, c.role)
            s = c.start
            if text[max(0, s - 4) : s].lower() == "the ":
                s -= 4
            if p is not None:
                _mention(p, text, s, c.end, mentions, False)
            elif c.role and s < c.start:
                p = _cataphora(reg, c.end)
                if p is not None:
                    # "..., the Trade and Industry Secretary has said. Patricia Hewitt said":
                    # a title before anyone is named belongs to the next person named.
                    _add_role(p, 3, c.start, c.role, c.org)
                    _mention(p, text, s, c.end, mentions, False)
        elif c.kind == "org":
            name = " ".join(c.words)
            if not orgs.get(name):
                orgs[name] = name
            mentions.append(Mention(c.start, c.end, name, "organization"))
            org_seen.append((c.start, name))
        elif c.kind == "place":
            name = " ".join(c.words)
            key = lx.country(name) or name
            places.setdefault(key, name)

    for start, end, p in label_people:
        _mention(p, text, start, end, mentions, False)

    # Lowercase role references: "the foreign minister said".
    _lowercase_roles(text, reg, mentions)
    _later_descriptions(text, reg, mentions)
    _inline_descriptions(text, reg, mentions)
    _media_refs(text, org_seen, mentions)

    people = [p for p in reg.people if p.mentions > 0]
    _infer_orgs(people, places, text)
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "person" and m.name not in first:
            first[m.name] = m
    person_starts = sorted(m.start for m in mentions if m.kind == "person")
    for p in people:
        if p.gender is None:
            p.gender = (
                lx.GIVEN_GENDER.get(p.core[0]) if len(p.core) > 1 and not p.east_asian else None
            )
        if p.gender is None:
            p.gender = _pronoun_gender(text, first.get(p.name), person_starts)
    people.sort(key=lambda p: (-p.mentions, p.first_seen))
    out = [
        Person(
            name=p.name,
            role=_best(p.roles)[0],
            organization=_best(p.roles)[1] or (p.orgs[0] if p.orgs else None),
            aliases=[a for a in p.aliases if a != p.name],
            mentions=p.mentions,
            gender=p.gender,
        )
        for p in people
    ]
    mentions.sort(key=lambda m: (m.start, -m.end))
    return Entities(
        people=out,
        organizations=list(orgs.values()),
        places=list(places.values()),
        mentions=mentions,
    )


def _knight_of(reg: _Registry, c: _Cand) -> _PersonBuild | None:
    """ "Sir Digby" after "Sir Digby Jones": a knight or dame is called by the given name."""
    if c.honorific not in ("Sir", "Dame") or len(c.words) != 1:
        return None
    return next((q for q in reg.by_first.get(c.words[0], ())[:_BUCKET] if len(q.core) >= 2), None)


def _common_words(words: list[str], lower_vocab: set[str], half: bool = False) -> bool:
    """All the words (or, with ``half``, at least half of them) are common lowercase words of
    this document, and none is a given name: "General Election" is no person."""
    if any(w in lx.GIVEN_NAMES for w in words):
        return False
    common = sum(1 for w in words if w.lower() in lower_vocab and w not in lx.EAST_ASIAN_SURNAMES)
    return common * 2 >= len(words) if half else common == len(words)


def _best(roles: list[tuple[int, int, str, str | None]]) -> tuple[str | None, str | None]:
    if not roles:
        return None, None
    _prio, _, role, org = min(roles, key=lambda r: (r[0], r[1]))
    if org is None:
        org = next(
            (o for _, _, r, o in sorted(roles, key=lambda x: x[:2]) if o and r == role), None
        )
    return role, org


def _note_context(p, c: _Cand, text: str, left, appos) -> None:
    if c.role:
        prio = 0 if (c.honorific is None or c.role not in ("Representative", "Senator")) else 2
        if c.honorific and c.role and c.role == (lx.HONORIFICS.get(c.honorific) or (None,))[0]:
            prio = 2
        _add_role(p, prio, c.start, c.role, c.org)
    if left:
        _add_role(p, 1, c.start, left[0], left[1])
    if appos:
        _add_role(p, 1, c.start, appos[0], appos[1])
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


def _transcript_labels(text: str, reg: _Registry) -> list[tuple[int, int, _PersonBuild]]:
    """Speaker labels at the start of lines, resolved to people (created when the transcript
    names no one else by that name). At most a few thousand lines are looked at."""
    found: list[tuple[int, int, _PersonBuild]] = []
    for k, m in enumerate(_LABEL.finditer(text)):
        if k > 5000:
            break
        label = m.group(1)
        if label in _NOT_LABELS or label in lx.KNOWN_ORGS or lx.country(label.title()):
            continue
        words = [w.title() if w.isupper() else w for w in label.split()]
        if not all(_NAMEY.fullmatch(w) for w in words):
            continue
        p = reg.find_full(words) if len(words) > 1 else reg.by_part(words[-1], None)
        if p is None:
            p = reg.add(words, m.start(1))
        found.append((m.start(1), m.end(1), p))
    return found


def _cataphora(reg: _Registry, end: int) -> _PersonBuild | None:
    """The person first named soon after ``end``, if they have no role of their own."""
    firsts = reg.first_seen()
    k = bisect.bisect_right(firsts, (end, 1 << 62))
    if k != 0 or not firsts or firsts[0][0] >= end + 300:
        return None  # someone was named before the title, or nobody soon after it
    p = reg.people[firsts[0][1]]
    return p if not p.roles else None


def _headline_mentions(
    text: str, span: tuple[int, int], reg: _Registry, mentions: list[Mention]
) -> None:
    """In a Title Case headline only names of people the body names count, word by word."""
    k = span[0]
    words = [(m.start() + k, m.end() + k) for m in _WORD.finditer(text[span[0] : span[1]])]
    i = 0
    while i < len(words):
        s, e = words[i]
        if i + 1 < len(words):
            p = reg.find_full([text[s:e], text[words[i + 1][0] : words[i + 1][1]]])
            if p is not None:
                _mention(p, text, s, words[i + 1][1], mentions, True)
                i += 2
                continue
        w, _ = _strip_possessive(text[s:e])
        p = reg.by_part(w, None) if _is_namey(w) else None
        if p is not None:
            _mention(p, text, s, s + len(w), mentions, False)
        i += 1


def _mention(p: _PersonBuild, text: str, s: int, e: int, out: list[Mention], full: bool) -> None:
    surface = text[s:e]
    if surface.startswith("The "):
        surface = "the " + surface[4:]
    if surface != p.name and surface not in p.aliases:
        p.aliases.append(surface)
    p.mentions += 1
    p.last_seen = s
    out.append(Mention(s, e, p.name, "person"))


def _by_role(reg: _Registry, role: str | None) -> _PersonBuild | None:
    if not role:
        return None
    hits = reg.by_role.get(role.lower(), ())
    return hits[0] if len(hits) == 1 else None


def _lowercase_roles(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """ "the foreign minister" refers to the one person whose role it is. Found with one
    ``str.find`` scan per role (no per-document regex compile); longer roles win where two
    start at the same place, as an alternation ordered longest-first would."""
    roles: dict[str, _PersonBuild] = {}
    for p in reg.people:
        if p.mentions and p.roles:
            r = _best(p.roles)[0]
            if r:
                roles.setdefault(r.lower(), p)
    counts: dict[str, int] = {}
    for p in reg.people:
        for r in {x[2].lower() for x in p.roles}:
            counts[r] = counts.get(r, 0) + 1
    usable = [r for r in roles if counts.get(r, 0) == 1 and _LOWER_ROLE.fullmatch(r)]
    if not usable:
        return
    found: list[tuple[int, int, int, str]] = []
    for rank, role in enumerate(sorted(usable, key=len)[::-1]):
        for article in ("the ", "The "):
            needle = article + role
            i = text.find(needle)
            while i >= 0:
                j = i + len(needle)
                if _WORD_EDGE.match(text, i) and _WORD_EDGE.match(text, j):
                    found.append((i, rank, j, role))
                i = text.find(needle, i + 1)
    if not found:
        return
    found.sort()
    taken = {(m.start, m.end) for m in mentions}
    last_end = -1
    for i, _, j, role in found:
        if i < last_end:
            continue  # overlapped by an earlier (or longer) match, as finditer would skip it
        last_end = j
        if (i, j) in taken:
            continue
        _mention(roles[role], text, i, j, mentions, False)


# Words that tie a description to one person as a nationality does: a US state or other
# one-word place ("the California congressman"), or a party ("the Republican nominee").
_PLACE_MARKS = frozenset(w for w in lx.PLACES if " " not in w) | frozenset(
    ("Democratic", "Republican", "Conservative", "Labour", "Libertarian")
)
_SENTENCE_THE = re.compile(r"(?:^|(?<=[.!?]  )|(?<=[.!?] )|(?<=\n))[“\"‘']?The ", re.MULTILINE)
_AGE = re.compile(r"\d{1,3}-year-old")
_DESCR_STOP = frozenset({"of", "for", "at", "to", "in", "on", "and", "or", "who", "whose", "with"})


def _later_descriptions(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """A role given only by a description that opens the next sentence: "Tony Blair has
    apologised ... The prime minister was commenting", "... Kostas Kenteris. The Greek sprinter
    denies it". Only when the sentence before names exactly one person, that person has no role
    yet, and that sentence does not already use the head word ("Mr Blair's spokesman ... The
    spokesman said" is someone else). Adds a role only, never a mention."""
    people = sorted(((m.start, m.name) for m in mentions if m.kind == "person"), key=lambda x: x[0])
    if not people:
        return
    starts = [x[0] for x in people]
    by_name = {p.name: p for p in reg.people}
    for k, m in enumerate(_SENTENCE_THE.finditer(text)):
        if k > 5000:
            break  # absurd input: the first few thousand sentences tell enough
        words = text[m.end() : m.end() + 80].split(maxsplit=5)
        head = -1
        for i, w in enumerate(words[:4]):
            w = w.rstrip(",.;:")
            if w.islower() and w in lx.ROLE_HEADS:
                head = i
                break
            if not (
                w in ("former", "new", "veteran")
                or w in lx.ROLE_MODIFIERS
                or w in lx.DEMONYMS
                or w in _PLACE_MARKS
                or _AGE.fullmatch(w)
            ):
                break
        if head < 0 or head + 1 >= len(words) or words[head] != words[head].rstrip(",.;:"):
            continue
        nxt = words[head + 1]
        if nxt in _DESCR_STOP or not nxt[:1].islower():
            continue  # "The chairman of the CBI", "The minister Jack Straw": someone else
        # The sentence before: from the previous sentence end to this "The".
        floor = max(0, m.start() - 600)  # bounded look-back: linear time
        top = max(floor, m.start() - 2)
        prev_end = max(text.rfind(". ", floor, top), text.rfind("\n", floor, top), floor - 1)
        lo = bisect.bisect_left(starts, prev_end + 1)
        hi = bisect.bisect_left(starts, m.start())
        if hi == lo and prev_end > floor and m.start() - prev_end < 80:
            # "Trump isn't saying much ... Baiting the moderators. The Republican nominee has":
            # a short sentence naming nobody sits between; look one sentence further back.
            top2 = max(floor, prev_end - 1)
            prev_end = max(text.rfind(". ", floor, top2), text.rfind("\n", floor, top2), floor - 1)
            while prev_end > floor and text[prev_end - 1 : prev_end + 1] == "\n\n":
                prev_end -= 1
            lo = bisect.bisect_left(starts, prev_end + 1)
        if hi == lo or hi - lo > 8:
            continue
        names = {people[j][1] for j in range(lo, hi)}
        if len(names) != 1:
            continue
        p = by_name.get(names.pop())
        head_word = words[head]
        if p is None or p.roles or f" {head_word}" in text[prev_end + 1 : m.start()]:
            continue
        ceil = min(len(text), m.end() + 600)  # bounded look-ahead: linear time
        ends = [
            e for e in (text.find(". ", m.end(), ceil), text.find("\n", m.end(), ceil)) if e >= 0
        ]
        end = min(ends) if ends else ceil
        if any(people[j][1] == p.name for j in range(hi, bisect.bisect_left(starts, end))):
            continue  # "The judge agreed with Ivana Trump": the description is someone else
        role_words = [w for w in words[: head + 1] if w.islower() and not _AGE.fullmatch(w)]
        while role_words and role_words[0] in ("former", "new", "veteran"):
            role_words = role_words[1:]
        if role_words:
            _add_role(p, 4, m.start(), _format_role(role_words), None)


_INLINE_THE = re.compile(r"(?<=[a-z,] )the (?=\d{1,3}-year-old |[A-Z][a-z]+ [a-z])")


def _inline_descriptions(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """A description inside a sentence that refers back: "Kostas Kenteris' lawyer wants the
    charges against the Greek sprinter dropped", "... hinted that the 35-year-old Cobh runner
    may run". Stricter than at a sentence's start: the description must carry a nationality or
    an age (what news adds to a person, not to a firm), exactly one person is named from the
    previous sentence's start up to it, and nobody is named between it and the sentence's end.
    Adds a role only, never a mention."""
    people = sorted(((m.start, m.name) for m in mentions if m.kind == "person"), key=lambda x: x[0])
    if not people:
        return
    starts = [x[0] for x in people]
    by_name = {p.name: p for p in reg.people}
    for k, m in enumerate(_INLINE_THE.finditer(text)):
        if k > 5000:
            break  # absurd input: the first few thousand tell enough
        words = text[m.end() : m.end() + 80].split(maxsplit=5)
        head = -1
        marked = False
        for i, w in enumerate(words[:4]):
            w = w.rstrip(",.;:")
            if w.islower() and w in lx.ROLE_HEADS:
                head = i
                break
            if w in lx.DEMONYMS or w in _PLACE_MARKS or _AGE.fullmatch(w):
                marked = True  # "the Greek sprinter", "the Vermont senator", "the 35-year-old"
            elif not (
                w in ("former", "veteran")
                or w in lx.ROLE_MODIFIERS
                or (i > 0 and marked and w[:1].isupper() and w not in reg.by_last)
            ):
                break
        if head < 0 or not marked or head + 1 >= len(words):
            continue
        nxt = words[head + 1]
        if nxt in ("of", "for", "at") or nxt[:1].isupper():
            continue  # "the Greek minister of ...", "the Irish runner Sonia O'Sullivan"
        # The previous sentence's start, looked for in a bounded window (linear time).
        floor = max(0, m.start() - 600)
        lo_text = max(text.rfind(". ", floor, m.start()), text.rfind("\n", floor, m.start()), floor)
        while lo_text > floor and text[lo_text - 1].isspace():
            lo_text -= 1
        prev_end = max(
            text.rfind(". ", floor, lo_text), text.rfind("\n", floor, lo_text), floor - 1
        )
        lo = bisect.bisect_left(starts, prev_end + 1)
        hi = bisect.bisect_left(starts, m.start())
        if hi == lo or hi - lo > 8:
            continue
        names = {people[j][1] for j in range(lo, hi)}
        if len(names) != 1:
            continue
        p = by_name.get(names.pop())
        head_word = words[head].rstrip(",.;:")
        if p is None or p.roles or f" {head_word}" in text[prev_end + 1 : m.start()]:
            continue
        ceil = min(len(text), m.end() + 600)  # bounded look-ahead: linear time
        ends = [
            e for e in (text.find(". ", m.end(), ceil), text.find("\n", m.end(), ceil)) if e >= 0
        ]
        end = min(ends) if ends else ceil
        if bisect.bisect_left(starts, end) != hi:
            continue  # someone else named later in the sentence may be the one described
        role_words = [w.rstrip(",.;:") for w in words[: head + 1]]
        role_words = [w for w in role_words if w.islower() and not _AGE.fullmatch(w)]
        while role_words and role_words[0] in ("former", "veteran"):
            role_words = role_words[1:]
        if role_words:
            _add_role(p, 4, m.start(), _format_role(role_words), None)


_LOWER_ROLE = re.compile(r"[a-z \-]+")
_WORD_EDGE = re.compile(r"\b")


def _media_refs(text: str, org_seen: list[tuple[int, str]], mentions: list[Mention]) -> None:
    media = [(s, n) for s, n in org_seen if n in lx.MEDIA_ORGS or n.split()[-1] in lx.MEDIA_WORDS]
    if not media:
        return
    k = 0
    last = None
    for m in _MEDIA_REFS.finditer(text):
        while k < len(media) and media[k][0] < m.start():
            last = media[k][1]
            k += 1
        if last:
            mentions.append(Mention(m.start(), m.end(), last, "organization"))


def _infer_orgs(people: list[_PersonBuild], places: dict[str, str], text: str) -> None:
    """A head of state or minister with no stated country belongs to the country the document
    is about, when the headline names it and it is the document's most-mentioned country."""
    first_nl = text.find("\n")
    title = text[: first_nl if first_nl > 0 else 200]
    counts: dict[str, int] = {}
    for key, name in places.items():
        if key in lx.COUNTRY_NAMES:
            counts[name] = text.count(name)
    if not counts:
        return
    top = max(counts, key=lambda k: counts[k])
    if len(title) > 160 or top not in title or list(counts.values()).count(counts[top]) > 1:
        return
    for p in people:
        role, org = _best(p.roles)
        if role and not org and not p.orgs and role.lower().endswith(_NATIONAL_ROLES):
            p.orgs.append(top)


def _pronoun_gender(text: str, m0: Mention | None, person_starts: list[int]) -> str | None:
    """ "he"/"she" right after a person's first mention, before anyone else is named."""
    if m0 is None:
        return None
    k = bisect.bisect_right(person_starts, m0.end)
    nxt = person_starts[k] if k < len(person_starts) else len(text)
    window = text[m0.end : min(nxt, m0.end + 200)]
    pm = _PRONOUN.search(window)
    if not pm:
        return None
    return "m" if pm.group(1).lower() in ("he", "him", "his") else "f"
