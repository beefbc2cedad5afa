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

The reading itself lives in small modules, one concern each: :mod:`bot.digest.names` (the run
pattern and name words), :mod:`bot.digest.registry` (the people found so far),
:mod:`bot.digest.organizations` (organisations and places), :mod:`bot.digest.roles` (titles and
roles), :mod:`bot.digest.runs` (reading one run, cached), :mod:`bot.digest.headlines` and
:mod:`bot.digest.descriptions` ("the minister", "the 54-year-old"). This module keeps the public
entry point, :func:`extract_entities`, and the two passes that put them together.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter

from bot.digest import lexicon as lx
from bot.digest.descriptions import (
    _inline_descriptions,
    _later_descriptions,
    _lowercase_roles,
    _person_index,
)
from bot.digest.headlines import _headline_mentions, _Headlines
from bot.digest.model import Entities, Mention, Person, Sentence
from bot.digest.names import (
    _INITIAL,
    _LOWER_WORD,
    _NAMEY,
    _RUN,
    _core,
    _is_namey,
    _name_word,
    _sentence_start,
    _Tok,
    _tokens_at,
    _wordlike,
)
from bot.digest.organizations import _infer_orgs, _media_refs
from bot.digest.registry import (
    _add_role,
    _best,
    _by_role,
    _Cand,
    _cataphora,
    _knight_of,
    _mention,
    _PersonBuild,
    _Registry,
)
from bot.digest.roles import (
    _APPOS_WORD,
    _RANKS,
    _appositive,
    _copula_role,
    _described_person,
    _honorific_role,
    _leading_role,
    _left_comma_role,
    _left_role,
    _note_context,
    _postnominal,
    _role_head,
    _role_phrase,
    _surname_pair,
)
from bot.digest.runs import (
    _CUE_AFTER,
    SURNAME_PLACE_WORDS,
    _memo,
    _read_cached,
    _split_and,
    _trim,
    _used_alone,
)

_STRONG_CUE = re.compile(
    r", (?:who|whose)\b| whose\b|, \d{1,3},|, an? \d+-year-old\b|\s*\([DRI]-"
    r"|, of [A-Z][a-z]+, [A-Z]"
)
_NOUN_AFTER = re.compile(r" (?!(?:of|and|or|was|is|has|had|who|said|says|told)\b)[a-z]")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old \Z")  # "20-year-old Xana Kernodle of Avondale"
_TWEET_AUTHOR = re.compile(r" \(@\w{1,30}\)")  # "— Jane Doe (@janedoe) May 2, 2015"


_SAID_BEFORE = ("said ", "says ", "told ", "asked ", "added ")
# '“...,” explains Radek Babicek from Fantastic Gardeners': a name after a quotation's reporting
# verb is its speaker.
_INVERTED_SPEAKER = re.compile(
    r"[,?!][\"”’] (?:said|says|explains|explained|adds|added|asks|asked|writes|wrote|recalls|"
    r"recalled|notes|noted|continues|continued|insists|insisted|warns|warned) \Z"
)


_LABEL = re.compile(r"^[\"“‘']?([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?):", re.MULTILINE)


_NOT_LABELS = frozenset(
    [
        "UPDATE",
        "NEW",
        "ALSO",
        "SEE",
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


_PLURAL_ENDINGS = ("sses", "ers", "ents", "ants", "ists", "ians", "ors", "als", "ies", "ees")


# A single capitalised word after a preposition or a thing's noun names a place or the thing:
# "just west of Burakin, says", "Another Victorian boat, Tevake, claimed second place".
_THING_BEFORE = re.compile(
    r"(?:\b(?:of|in|at|from|near|to|into|outside|inside)|\b(?:boat|yacht|ship|vessel|horse|colt|"
    r"mare|dog|company|firm|band|album|film|movie|song|show|series|book|novel|play|team|club|"
    r"hotel|restaurant|ship|storm|cyclone|hurricane|typhoon|maxi),?) $"
)


# After a surname, words that make it stand for something else than the person.
_NOT_THE_PERSON = re.compile(
    r":|(?:['’]s)? (?:administration|campaign|era|years|government|team|camp|aides|doctrine|"
    r"presidency|foundation|library|family|White House|Center|Centre|Institute|supporters)\b"
)


_KIN = re.compile(
    r"(?:\b(his|her|their)|(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w'’-]+)['’]s|\b([A-Z][\w'’-]+)['’]s)"
    r" (?:late |twin |younger |elder |older |little |big )?(wife|husband|son|daughter|brother|"
    r"sister|father|mother|widow|widower),? $"
)


_SURNAME_PARTICLES = frozenset("van von der den de del della da di du la le ter ten bin".split())  # noqa: SIM905


def _family_name(core: list[str]) -> str:
    """The family name at the end of a full name, with its particles: "Van Der Beek"."""
    k = len(core) - 1
    while k > 1 and core[k - 1].lower() in _SURNAME_PARTICLES:
        k -= 1
    return " ".join(core[k:])


def _family_of(text: str, start: int, reg: _Registry, cands: list[_Cand]) -> str | None:
    """The family name of the person whose relative is named at ``start`` by a given name:
    "Mr Conlon's father Giuseppe" → "Conlon"; "Sheldon Adelson and his wife, Miriam" → "Adelson"
    (the person named last before "his"/"her")."""
    m = _KIN.search(text, max(0, start - 40), start)
    if m is None:
        return None
    owner = m.group(2) or m.group(3)
    if owner:
        p = reg.by_part(owner, None)
        return _family_name(p.core) if p is not None and len(p.core) >= 2 else None
    k = bisect.bisect_left([c.start for c in cands], m.start()) - 1
    while k >= 0 and m.start() - cands[k].end < 200:
        c = cands[k]
        if c.kind == "person" or (c.kind == "name?" and len(c.words) >= 2):
            p = reg.find_full(c.words) if len(c.words) >= 2 else reg.by_part(c.words[-1], None)
            pronoun_gender = {"his": "m", "her": "f"}.get(m.group(1))
            if p is None or len(p.core) < 2 or p.east_asian:
                return None
            if pronoun_gender and p.gender and p.gender != pronoun_gender:
                return None  # "Steve Waugh ... She left her son Jason": not his family
            return _family_name(p.core)
        k -= 1
    return None


def _plural_before(text: str, end: int) -> bool:
    """Whether the role before the name that ends at ``end`` is plural ("actors Harvey
    Keitel"): a plural role is shared by the next name in the list, a singular one is not."""
    start = text.rfind("\n", max(0, end - 120), end) + 1
    words = text[max(start, end - 120) : end].split()
    k = len(words) - 1
    while k >= 0 and words[k][:1].isupper():
        k -= 1  # back over the name itself
    return k >= 0 and words[k].endswith(("s", "men")) and not words[k].endswith("ss")


def _plural_noun(core: list[str]) -> bool:
    """'Witnesses told ...', 'Officials said ...': a plural noun opening a sentence, no name."""
    w = core[0]
    return (
        len(core) == 1
        and w.endswith(_PLURAL_ENDINGS)
        and w not in lx.SURNAMES
        and w not in lx.GIVEN_NAMES
    )


# The nickname in quotation marks, then the surname; the given name is read backwards from it.
_NICKNAME = re.compile(r"[\"“][A-Z][\w.'’-]{1,20}[\"”] ([A-Z][a-zà-ÿ'’-]+)\b")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-zà-ÿ]+)(?: [A-Z]\.)? $")  # "Robert C. "Bobby" Scott"


def _nicknamed(text: str) -> list[_Cand]:
    """'Joko "Jokowi" Widodo', 'Don "Moose" Jamison': a name with a nickname inside it."""
    out = []
    for m in _NICKNAME.finditer(text):
        g = _GIVEN_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if g is None:
            continue
        given, surname = g.group(1), m.group(1)
        if given in lx.GIVEN_NAMES or surname in lx.SURNAMES:
            out.append(_Cand("name?", g.start(1), m.end(), [given, surname], strong=True))
    return out


def _with_nicknamed(cands: list[_Cand], nicknamed: list[_Cand]) -> list[_Cand]:
    """The candidates with each nicknamed name in place of the fragments it spans ("Rep.
    Robert C." before the nickname keeps its title for the whole name)."""
    out = list(cands)
    for n in nicknamed:
        keep = []
        for c in out:
            if c.end <= n.start or c.start >= n.end:
                keep.append(c)
            elif c.title_start >= 0 or c.honorific or c.role:
                n.title_start = c.title_start if c.title_start >= 0 else c.start
                n.honorific, n.role, n.org, n.kind = c.honorific, c.role, c.org, "person"
        out = [*keep, n]
    out.sort(key=lambda c: c.start)
    return out


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
    if m and m.group(1) in lx.GIVEN_NAMES:
        return True
    return _FIRM_AFTER.match(text, end) is not None


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
    r"station|hotel|bridge|street|road|avenue|park|library|museum|hall|center|centre)\b"
)


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


def _share_family_names(cands: list[_Cand], text: str) -> None:
    """ "Co-founders Patrick and John Collison", "Venus and Serena Williams": a given name joined
    by "and" to a full name shares its family name (the candidate is read as the full name)."""
    for k in range(len(cands) - 1):
        c, nxt = cands[k], cands[k + 1]
        if (
            c.kind in ("name?", "person")
            and c.headline is None
            and len(c.words) == 1
            and c.words[0] in lx.GIVEN_NAMES
            and not lx.country(c.words[0])
            and c.words[0] not in lx.PLACES
            and nxt.kind in ("name?", "person")
            and len(nxt.words) == 2
            and nxt.words[0] in lx.GIVEN_NAMES
            and nxt.words[1] not in lx.GIVEN_NAMES
            and text[c.end : nxt.start] == " and "
            # a shared title is plural ("Co-founders Patrick and ..."); "Prince Harry and Meghan
            # Markle" keep their own names
            and (c.title_start < 0 or text[c.title_start : c.start].rstrip().endswith("s"))
        ):
            c.words = [c.words[0], nxt.words[1]]


def _run_parts(m: re.Match[str]) -> list[list[_Tok]]:
    """:func:`_split_and` of :func:`_tokens` for a run of capitalised words: it depends only on
    the run's text, so a name repeated through a document (or a corpus) is split once; the
    offsets are shifted to where this run stands."""
    shape = _run_shape(m.group())
    at = m.start()
    return [[_Tok(w, at + s, at + e) for w, s, e in part] for part in shape]


@functools.lru_cache(maxsize=1 << 12)
def _run_shape(run: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    parts = _split_and(_tokens_at(run, 0))
    return tuple(tuple((t.word, t.start, t.end) for t in part) for part in parts)


def _counterpart(reg: _Registry, start: int, org: str | None) -> tuple[str, str | None] | None:
    """ "Australian captain Steve Waugh and his South African counterpart, Shaun Pollock": a
    counterpart holds the office of the person whose role was stated just before (looked for
    among the last people named, so that a long document stays linear)."""
    best: tuple[int, str] | None = None
    for q in reg.people[-12:]:
        for _prio, pos, role, _org in q.roles:
            if start - 250 <= pos < start and role != "counterpart" and (not best or pos > best[0]):
                best = (pos, role)
    return (best[1], org) if best else None


def _nation_appositive(text: str, start: int, end: int) -> bool:
    """A full name set off by commas after a nationality: "another Ethiopian, Berhane Adera, in
    Stuttgart" — a people noun in apposition, which a firm or a place never gets."""
    if not text.startswith(", ", end) or not text.endswith(", ", 0, start):
        return False
    words = text[max(0, start - 40) : start - 2].split()
    return bool(words) and words[-1] in lx.DEMONYMS and words[-1][:1].isupper()


def _personal_pronoun_after(text: str, end: int, span: int = 300) -> bool:
    """A "he"/"she" (not after an "its") within the next ``span`` characters."""
    pm = _PRONOUN.search(text, end, end + span)
    return pm is not None and " its " not in text[end : pm.start()]


_MAX_RUN = 24


_COORD = frozenset({" and ", ", ", ", and ", " & "})


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
            parts = _run_parts(m)
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
            if c is not None and _place_after_all(c, text):
                c = _Cand("place", c.start, c.end, [t.word for t in toks])
            elif c is not None and _title_after_former(c, text):
                # "former Beatle George Harrison": the word after "former" is a title.
                role = c.words[0]
                c = _Cand("person", toks[1].start, c.end, c.words[1:], title_start=c.start)
                c.role, c.strong = role, True
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

    nicknamed = _nicknamed(text)
    if nicknamed:
        cands = _with_nicknamed(cands, nicknamed)

    _share_family_names(cands, text)
    person_ends: set[int] = set()
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
        elif c.role is None or c.role in _RANKS or (_honorific_role(c) and c.role == "Doctor"):
            # "director Sir Richard Eyre", "said its chairman, Sir Anthony Greener", "The Bishop
            # of Durham, the Rt Rev Dr Tom Wright" (a stated office beats "Dr")
            left = _left_role(text, c.title_start) or _left_comma_role(text, c.title_start)
            if (
                left is None
                and prev_left
                and text[prev_left[0] : c.title_start] in _COORD
                and _plural_before(text, prev_left[0])
            ):
                left = prev_left[1]  # "actors Harvey Keitel and Sir Roger Moore"
        appos = _appositive(text, c.end) or _postnominal(text, c.end)
        if appos is None and text.startswith(" the ", c.end) and _sentence_start(text, c.start):
            # "George Harrison the guitarist, songwriter and film producer was ...": an
            # apposition without its comma, at the head of a sentence only ("told Smith the
            # president would ..." is no apposition).
            appos = _leading_role(_APPOS_WORD.findall(text[c.end + 1 : c.end + 80]))
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
                or _described_person(text, c.start, c.end)
                or (
                    _AGE_BEFORE.search(text, max(0, c.start - 16), c.start) is not None
                    and not _NOUN_AFTER.match(text, c.end)  # "a 21-year-old East Flatbush resident"
                )
                or _speaker_after_quote(text, c.start, c.end)
                or _INVERTED_SPEAKER.search(text, max(0, c.start - 20), c.start) is not None
                or (
                    _TWEET_AUTHOR.match(text, c.end) is not None
                    and not any(w in lx.ORG_WORDS or w in lx.MEDIA_WORDS for w in c.words)
                )
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
            elif _CUE_AFTER.match(text, c.end) and not _plural_noun(core):
                # "Time Warner said ... its": a company speaks too; want a personal pronoun.
                pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
                evidence = pm is not None and pm.group(1).lower() not in ("it", "its")
            elif core[0] in lx.EAST_ASIAN_SURNAMES and all(len(w) <= 6 for w in core[1:]):
                evidence = _CUE_AFTER.match(text, c.end) is not None
        if (
            not evidence
            or _character_or_firm(text, c.end)
            or _INSTITUTION_AFTER.match(text, c.end)
            or _team_name(core)
        ):
            continue
        if left is not None and _employer_of_previous(text, c.start, person_ends):
            continue  # "Donna Abood, principal and managing director, Avison Young": her firm
        c.kind = "person"
        person_ends.add(c.end)
        if left and left[0] == "counterpart":
            left = _counterpart(reg, c.start, left[1]) or left
        if appos and appos[0] == "counterpart":
            appos = _counterpart(reg, c.start, appos[1]) or appos
        p = reg.add(c.words, c.start)
        if appos is None and left is None and (c.role is None or _honorific_role(c)):
            appos = _copula_role(text, c.end)  # a role only, never evidence of a person
        _note_context(p, c, text, left, appos)
        prev_left = (c.end, left) if left and c.title_start < 0 else None
        if c.role and c.title_start >= 0:
            title = text[c.title_start : c.start].split()
            if title and title[-1].endswith(("s", "men")) and title[-1] != c.role:
                prev_left = (c.end, (c.role, c.org))  # "Businessmen Solomon Lew and Lindsay Fox"

    # Lists: "Mark Landler and Coral Davenport", "Angela Davis, Ava DuVernay and ...": a
    # name-shaped neighbour of a person in a list is a person too.
    # Both directions, so that a list whose known person comes last is read too; a given name
    # between two listed people may carry a common word ("Justin Day", "Abbi Easter").
    for order in (range(len(cands)), range(len(cands) - 1, -1, -1)):
        for k in order:
            c = cands[k]
            if c.kind != "name?" or c.headline or not 2 <= len(c.words) <= 3:
                continue
            if not all(_is_namey(w) for w in c.words):
                continue
            prev = cands[k - 1] if k > 0 else None
            nxt = cands[k + 1] if k + 1 < len(cands) else None
            after_person = (
                prev is not None and prev.kind == "person" and text[prev.end : c.start] in _COORD
            )
            before_person = (
                nxt is not None and nxt.kind == "person" and text[c.end : nxt.start] in _COORD
            )
            if any(w.lower() in lower_vocab for w in c.words) and not (
                after_person and before_person and c.words[0] in lx.GIVEN_NAMES
            ):
                continue
            if (after_person or before_person) and reg.find_full(c.words) is None:
                c.kind = "person"
                reg.add(c.words, c.start)

    # "Phillips Idowu ... Idowu landed ... if he jumps": a full name whose given name is in no
    # list and has no cue, but whose surname the text goes on using alone for a "he" or "she".
    used_alone: dict[str, bool] = {}
    for c in pairs:
        if (
            c.kind == "name?"
            and singles.get(c.words[1])
            and all(_is_namey(w) and not _INITIAL.fullmatch(w) for w in c.words)
            and not any(w.lower() in lower_vocab for w in c.words)
            and not _wordlike(c.words[0])
            and (
                (
                    len(singles[c.words[1]]) >= 2
                    and _memo(used_alone, c.words[1], lambda w: _used_alone(text, singles[w]))
                )
                # "Zaccarias Moussaoui ... Moussaoui, 33, a French national": an age says person
                or any(_STRONG_CUE.match(text, s.end) for s in singles[c.words[1]])
            )
            and reg.find_full(c.words) is None
        ):
            # A personal pronoun soon after, before any "its" (a firm's): "It's all down to
            # him" still counts.
            pm = _PRONOUN.search(text, c.end, c.end + 300)
            aged = any(_STRONG_CUE.match(text, s.end) for s in singles[c.words[1]])
            if aged or (pm is not None and " its " not in text[c.end : pm.start()]):
                c.kind = "person"
                reg.add(c.words, c.start)

    # "LaShawn Merritt ... Merritt": a known surname after a name-shaped word, the surname used
    # again alone or a "he"/"she" soon after (a firm is "it"), is a person too.
    for c in pairs:
        if (
            c.kind == "name?"
            and c.words[1] in lx.SURNAMES
            and _surname_pair(c.words, lower_vocab)
            and not _INSTITUTION_AFTER.match(text, c.end)
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
            and (
                _CUE_AFTER.match(text, c.end)
                or text.endswith(_SAID_BEFORE, 0, c.start)
                or _described_person(text, c.start, c.end)  # "her son Jason", "his brother Emilio"
            )
            and reg.by_part(c.words[0], None) is None
        ):
            # "Melanie said", "said Melanie": someone the text names by a given name only;
            # "Mr Conlon's father Giuseppe", "Steve Waugh and his twin brother Mark": a relative
            # named by a given name takes the family name.
            family = _family_of(text, c.start, reg, cands)
            words = [c.words[0], *family.split()] if family else c.words
            if family and reg.find_full(words) is not None:
                continue
            p = reg.add(words, c.start)
            p.gender = lx.GIVEN_GENDER.get(c.words[0])
        elif (
            c.kind == "name?"
            and not c.headline
            and len(c.words) == 1
            and (
                _CUE_AFTER.match(text, c.end)
                or (text.endswith(_SAID_BEFORE, 0, c.start) and _appositive(text, c.end))
                or (text.startswith(",", c.end) and _left_comma_role(text, c.start))
            )  # "the captain, Iriyanto, an Indonesian who uses one name"
            and _is_namey(c.words[0])
            and c.words[0].lower() not in lower_vocab
            and not _wordlike(c.words[0])
            and not _plural_noun(c.words)
            and not text.endswith(("the ", "The "), 0, c.start)
            and not _THING_BEFORE.search(text, max(0, c.start - 30), c.start)
            and c.words[0] not in lx.KNOWN_ORGS
            and not lx.country(c.words[0])
            and reg.by_part(c.words[0], None) is None
        ):
            # "Peabody said ... he", "said Putney, the chief of police": a speaker the text
            # names by surname only (a company that "said" is "it", and has no such role).
            pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
            appos = _appositive(text, c.end)
            left = _left_comma_role(text, c.start) if text.startswith(",", c.end) else None
            if left or appos or (pm is not None and pm.group(1).lower() not in ("it", "its")):
                p = reg.add(c.words, c.start)
                if pm is not None and pm.group(1).lower() not in ("it", "its"):
                    p.gender = "m" if pm.group(1).lower() in ("he", "his", "him") else "f"
                _note_context(p, c, text, left, appos)

    # "Obama said", "Putin's war": a famous surname alone, when no one of that name is known
    # and it does not stand for a government or a campaign ("the Obama administration").
    for c in cands:
        if (
            c.kind == "name?"
            and c.headline is None
            and len(c.words) == 1
            and c.words[0] in lx.FAMOUS_SURNAMES
            and not text.endswith(("the ", "The "), 0, c.start)
            and not _NOT_THE_PERSON.match(text, c.end)
            and reg.by_part(c.words[0], None) is None
        ):
            reg.add(c.words, c.start)

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
                left = _left_role(text, c.title_start) if c.role is None and not full else None
                _note_context(p, c, text, left, None)  # "Federal Reserve chairman Mr Greenspan"
                if not full and not p.roles:
                    later = _appositive(text, c.end)  # "said Mr. Reeves, a senior fellow at"
                    if later:
                        _add_role(p, 4, c.start, later[0], later[1])
            elif not full and not p.roles:
                # "said Yearout, 51, co-owner and chief executive of ...": a role stated at a
                # later, surname-only mention.
                at = c.title_start if c.title_start >= 0 else c.start
                later = (
                    _appositive(text, c.end)
                    or _left_role(text, at)  # "chairman Mr Greenspan"
                    or _copula_role(text, c.end)  # "Fey was head writer at SNL"
                )
                if later:
                    _add_role(p, 4, c.start, later[0], later[1])  # only if nothing better
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
    _pronoun_roles(text, mentions, reg)
    _heading_roles(text, mentions, reg)
    _award_roles(text, mentions, reg)
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


_PRONOUN_ROLE = re.compile(
    r"\b([Hh]e|[Ss]he) (?:is|was|has been|had been|became|is now|was then"
    r"|(?:worked|works|served|serves|spent \w+ \w+)(?: [a-z]+){0,4} as) (?=(?:a|an|the|its|their) )"
)


def _pronoun_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """'He worked as a Christian missionary in Cambodia', 'She is a professor at Yale': a role
    stated later about the person last named before the pronoun (a weak source: used only
    when nothing better names the role)."""
    if all(p.roles for p in reg.people):
        return  # the common case: nobody is left without a role
    people = [m for m in mentions if m.kind == "person"]
    if not people:
        return
    people.sort(key=lambda m: m.start)
    starts = [m.start for m in people]
    by_name = {p.name: p for p in reg.people}
    # Only the 400 characters after a mention of someone without a role can hold such a
    # sentence: scan those stretches (merged), not the whole text.
    spans: list[list[int]] = []
    for m in people:
        p = by_name.get(m.name)
        if p is None or p.roles:
            continue
        if spans and m.end <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], m.end + 400)
        else:
            spans.append([m.end, m.end + 400])
    found_in = (m for lo, hi in spans for m in _PRONOUN_ROLE.finditer(text, lo, min(hi, len(text))))
    for m in found_in:
        k = bisect.bisect_left(starts, m.start()) - 1
        if k < 0 or m.start() - people[k].end > 400:
            continue
        p = by_name.get(people[k].name)
        gender = "m" if m.group(1).lower() == "he" else "f"
        if p is None or (p.gender and p.gender != gender):
            continue
        stop = _SENTENCE_STOP.search(text, m.end(), m.end() + 160)
        words = _APPOS_WORD.findall(text[m.end() : stop.start() if stop else m.end() + 160])
        found = _leading_role(words) or _role_phrase(words)
        if found:
            _add_role(p, 4, m.start(), found[0], found[1])


def _heading_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """A name on a line of its own with its role on the next line, as panels and profiles set
    them out ("Eric Lascelles" / "Chief economist, RBC Global Asset Management – Toronto")."""
    by_name = {p.name: p for p in reg.people}
    for m in mentions:
        if m.kind != "person" or (m.start > 0 and text[m.start - 1] != "\n"):
            continue
        if m.end < len(text) and text[m.end] != "\n":
            continue
        p = by_name.get(m.name)
        if p is None or p.roles:
            continue
        k = m.end
        while k < len(text) and k < m.end + 4 and text[k] in "\n \t":
            k += 1
        line_end = text.find("\n", k, k + 300)
        line = text[k : line_end if line_end >= 0 else k + 300]
        role_part, _, rest = line.partition(",")
        words = _APPOS_WORD.findall(role_part)
        if not words or len(words) > 12 or not words[0][:1].isupper():
            continue
        # ("Senior Vice President of Technology and Ad Operations at IAB": the office is read up
        # to its first preposition, so a longer line is still an office and not a sentence.)
        found = _role_phrase(words)
        if found is None:
            continue
        org = found[1]
        if org is None and rest.strip()[:1].isupper():
            org = re.split(r"\s[–—|-]\s|[,;]", rest.strip(), maxsplit=1)[0].strip() or None
        _add_role(p, 3, k, found[0], org)


# "are nominated for best actress", "the best director shortlist includes", "won best actor".
_AWARD = re.compile(
    r"\b(?:nominated for|shortlisted for|shortlisted in|up for|won|wins|named|for the) (?:the )?"
    r"best (?:supporting |leading |new )?([a-z]+)\b|\b[Tt]he best (?:supporting )?([a-z]+) "
    r"(?:shortlist|nominees|category|award) (?:includes?|are|is)\b"
)


def _award_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """Roles that an award category states: "Pam Ferris, Victoria Hamilton and Kelly Reilly
    are nominated for best actress" (the people named before it in the sentence), "The best
    director shortlist includes Luc Bondy ..., Simon McBurney ..." (those named after it).
    Weak: used only for people the text gives no other role."""
    if "best " not in text:
        return
    people, starts, by_name = _person_index(reg, mentions)
    for m in _AWARD.finditer(text):
        role = m.group(1) or m.group(2)
        if not _role_head(role):
            continue
        floor, ceil = max(0, m.start() - 400), min(len(text), m.end() + 400)  # linear time
        lo = max(text.rfind(". ", floor, m.start()), text.rfind("\n", floor, m.start()), floor - 1)
        ends = [
            e for e in (text.find(". ", m.end(), ceil), text.find("\n", m.end(), ceil)) if e >= 0
        ]
        hi = min(ends) if ends else ceil
        before = (bisect.bisect_left(starts, lo + 1), bisect.bisect_left(starts, m.start()))
        after = (bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, hi))
        # The names come first ("X, Y and Z are nominated for best actress") unless the
        # sentence names nobody before it ("The best director shortlist includes X, Y").
        first, last = before if (before[1] > before[0] and not m.group(2)) else after
        for k in range(first, last):
            p = by_name.get(people[k][1])
            if p is not None and not p.roles:
                _add_role(p, 4, m.start(), role, None)


_SENTENCE_STOP = re.compile(r"[.;:!?\n,]| who | which | and | but ")


def _common_words(words: list[str], lower_vocab: set[str], half: bool = False) -> bool:
    """All the words (or, with ``half``, at least half of them) are common lowercase words of
    this document, and none is a given name: "General Election" is no person."""
    if any(w in lx.GIVEN_NAMES for w in words):
        return False
    common = sum(1 for w in words if w.lower() in lower_vocab and w not in lx.EAST_ASIAN_SURNAMES)
    return common * 2 >= len(words) if half else common == len(words)


def _transcript_labels(text: str, reg: _Registry) -> list[tuple[int, int, _PersonBuild]]:
    """Speaker labels at the start of lines, resolved to people (created when the transcript
    names no one else by that name). At most a few thousand lines are looked at."""
    found: list[tuple[int, int, _PersonBuild]] = []
    labels = list(itertools.islice(_LABEL.finditer(text), 5000))
    counts = Counter(m.group(1) for m in labels)
    for m in labels:
        label = m.group(1)
        parts = label.split()
        if (
            label in _NOT_LABELS
            or parts[0] in _NOT_LABELS
            or parts[-1] in _NOT_LABELS  # "ALSO READ:", "READ MORE:", "EDITOR'S NOTE:"
            or label in lx.KNOWN_ORGS
            or lx.country(label.title())
        ):
            continue
        words = [w.title() if w.isupper() else w for w in label.split()]
        if not all(_NAMEY.fullmatch(w) for w in words):
            continue
        p = reg.find_full(words) if len(words) > 1 else reg.by_part(words[-1], None)
        if p is None:
            if counts[label] < 2:
                continue  # "PERRIS: Woman shot ...": a dateline (transcripts repeat speakers)
            p = reg.add(words, m.start(1))
        found.append((m.start(1), m.end(1), p))
    return found


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
