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
:mod:`bot.digest.descriptions` ("the minister", "the 54-year-old"), :mod:`bot.digest.evidence`
(the context that says a run is a person, or a firm) and :mod:`bot.digest.families` (relatives
and nicknames). This module keeps the public entry point, :func:`extract_entities`, and the
passes that put them together, each a function named for what it finds.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from bot.digest import lexicon as lx
from bot.digest.descriptions import (
    _inline_descriptions,
    _later_descriptions,
    _lowercase_roles,
    _sole_office_roles,
)
from bot.digest.evidence import (
    _AGE_BEFORE,
    _ANY_PRONOUN,
    _FROM_BODY_CUE,
    _INSTITUTION_AFTER,
    _INVERTED_SPEAKER,
    _NOT_THE_PERSON,
    _NOUN_AFTER,
    _PRONOUN,
    _SEAT_BEFORE,
    _STRONG_CUE,
    _THING_BEFORE,
    _TWEET_AUTHOR,
    _character_or_firm,
    _employer_of_previous,
    _nation_appositive,
    _nation_before,
    _of_nation_after,
    _personal_pronoun_after,
    _place_after_all,
    _plural_before,
    _plural_noun,
    _plural_word,
    _speaker_after_quote,
    _team_name,
    _title_after_former,
)
from bot.digest.families import (
    _family_of,
    _nicknamed,
    _share_family_names,
    _with_nicknamed,
)
from bot.digest.headlines import _headline_mentions, _Headlines
from bot.digest.later_roles import (
    among_roles,
    as_roles,
    award_roles,
    captain_marks,
    heading_roles,
    lead_roles,
    list_heading_roles,
    pronoun_roles,
    will_do_roles,
)
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
from bot.digest.organizations import _infer_orgs, _media_refs, merge_org_aliases
from bot.digest.registry import (
    _BUCKET,
    ROYAL_TITLES,
    SPOUSE_ROLES,
    _add_role,
    _best,
    _by_role,
    _Cand,
    _cataphora,
    _knight_of,
    _mention,
    _misspelt,
    _PersonBuild,
    _Registry,
    _spouse_only,
    _weak_roles,
)
from bot.digest.roles import (
    _APPOS_WORD,
    _FIRM_KINDS,
    _PLACE_PREFIXES,
    _RANKS,
    _after_firm_kind,
    _apposed_person,
    _appositive,
    _copula_role,
    _described_person,
    _format_role,
    _honorific_role,
    _leading_role,
    _left_comma_role,
    _left_role,
    _list_subject_before,
    _note_context,
    _position_played,
    _postnominal,
    _role_head,
    _surname_pair,
)
from bot.digest.runs import (
    _CUE_AFTER,
    _memo,
    _read_cached,
    _split_and,
    _trim,
    _used_alone,
)
from bot.digest.team_sheets import initial_line_ups, outside

_SAID_BEFORE = ("said ", "says ", "told ", "asked ", "added ")


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


_MAX_RUN = 24


_COORD = frozenset({" and ", ", ", ", and ", " & ", " or ", ", or "})


# Set by strict_entities(): extract_entities lets a bug raise instead of hiding it.
_STRICT: ContextVar[bool] = ContextVar("strict_entities", default=False)


@contextmanager
def strict_entities() -> Iterator[None]:
    """Within this block a bug in the entity extractor raises instead of giving a digest
    without people. The evaluation runs this way: a crash hidden by the safety net would only
    show as figures quietly lower."""
    token = _STRICT.set(True)
    try:
        yield
    finally:
        _STRICT.reset(token)


def extract_entities(text: str, sentences: list[Sentence]) -> Entities:
    """People, organisations and places of one document, with every mention's offsets.

    Never raises on arbitrary text: anything it cannot read is simply not an entity, and a bug
    gives a digest without people (one bad story must not stop an ingest) unless
    strict_entities() is in force.
    """
    try:
        return _extract(text)
    except Exception:
        if _STRICT.get():
            raise
        return Entities()


@dataclass(slots=True)
class _Scan:
    """One document's capitalised runs, read once, and what every pass over them shares."""

    text: str
    lower_vocab: set[str]  # the document's lowercase words: "Bush" is no name where "bush" is
    cands: list[_Cand] = field(default_factory=list)
    singles: dict[str, list[_Cand]] = field(default_factory=dict)  # one-word name-like runs
    pairs: list[_Cand] = field(default_factory=list)  # two-word name-like runs
    reg: _Registry = field(default_factory=_Registry)
    # A list's role for entries not yet known as people: (their words, (role, organisation)).
    list_roles: list[tuple[list[str], tuple[str, str | None]]] = field(default_factory=list)


def _extract(text: str) -> Entities:
    """The passes in order: read the runs; decide who the people are (full names with
    evidence, then weaker shapes that lean on those); resolve every run to a mention; then the
    lowercase references ("the minister said") and the output records."""
    scan = _read_runs(text)
    _listed_things(scan)
    _acronym_products(scan)
    _named_firms(scan)
    _bracketed_affiliations(scan)
    _no_one_of_their_own(scan)
    nicknamed = _nicknamed(text)
    if nicknamed:
        scan.cands = _with_nicknamed(scan.cands, nicknamed)
    _share_family_names(scan.cands, text)
    _full_names(scan)
    _line_ups(scan)
    _ranked_lists(scan)
    sheet_players = initial_line_ups(text, scan.reg, scan.cands)
    if sheet_players:
        scan.cands = outside(scan.cands, sheet_players)
        scan.pairs = outside(scan.pairs, sheet_players)
        scan.singles = {w: outside(cs, sheet_players) for w, cs in scan.singles.items()}
    _listed_names(scan)
    _settle_list_roles(scan)
    _surnames_used_alone(scan)
    _known_surname_pairs(scan)
    _partial_names(scan)
    _famous_surnames(scan)
    _single_names_after_roles(scan)
    _mononym_lists(scan)
    _relatives(scan)
    label_people = _transcript_labels(text, scan.reg)
    mentions, orgs, places, org_seen = _resolve_runs(scan)
    for start, end, p in label_people:
        _mention(p, text, start, end, mentions, False)
    for start, end, _, p in sheet_players:
        _mention(p, text, start, end, mentions, True)
    reg = scan.reg
    # Lowercase role references: "the foreign minister said".
    pronoun_roles(text, mentions, reg)
    lead_roles(text, mentions, reg)
    heading_roles(text, mentions, reg)
    list_heading_roles(text, mentions, reg)
    award_roles(text, mentions, reg)
    among_roles(text, mentions, reg)
    captain_marks(text, mentions, reg)
    _lowercase_roles(text, reg, mentions)
    _later_descriptions(text, reg, mentions)
    _inline_descriptions(text, reg, mentions)
    _sole_office_roles(text, reg, mentions)
    will_do_roles(text, mentions, reg)  # (only for who has no role by now)
    as_roles(text, mentions, reg)  # (the weakest source: after every other)
    _media_refs(text, org_seen, mentions)
    renamed = merge_org_aliases(orgs, mentions)
    if renamed:
        for p in reg.people:
            p.orgs = [renamed.get(o, o) for o in p.orgs]
            p.roles = [(a, b, r, renamed.get(o, o) if o else o) for a, b, r, o in p.roles]
    return _entities(text, reg, mentions, orgs, places)


_STORMS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Storm"])
_CHARACTER_FIRSTS = frozenset(n.split()[0] for n in lx.CHARACTERS)


def _spelt_out(text: str, toks: list[_Tok]) -> bool:
    """Whether the run in brackets spells out the capitals right before them ("LCD (Liquid
    Crystal Display)"): what the letters stand for, not a name."""
    before = text[max(0, toks[0].start - 12) : toks[0].start - 2].rsplit(None, 1)
    initials = "".join(t.word[0] for t in toks if t.word[:1].isupper())
    return bool(before) and before[-1].isupper() and before[-1] == initials


_INITIALS_AFTER = re.compile(r" \(([A-Z]{3,6})\)")


def _initials_after(text: str, toks: list[_Tok]) -> bool:
    """Whether the capitals in brackets right after the run are its words' initials
    ("American Crystal Sugar (ACS)"): a body's name, written out before its acronym, not a
    person after a demonym ("Crystal Sugar"). Not a name that opens with a given name
    ("John Fitzgerald Kennedy (JFK)")."""
    if not text.startswith(" (", toks[-1].end):
        return False
    m = _INITIALS_AFTER.match(text, toks[-1].end)
    if m is None or toks[0].word in lx.GIVEN_NAMES:
        return False
    return "".join(t.word[0] for t in toks if t.word[:1].isupper()) == m.group(1)


_NICKNAMED = re.compile(r"\bnicknamed ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")

# The tail of a firm's name after " & ": "& Sons", "& Spencer", "& Co".
_FIRM_TAIL = re.compile(r" (& [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")

# A station's number after "Radio" or "Channel" (not a figure: "Channel 4.5bn").
_STATION_NUMBER = re.compile(r" (\d{1,2})\b(?![.,]\d)")


# Articles of other languages that open titles of works, never a given name ("La Traviata").
_ARTICLES = frozenset("La Le Les Il Lo Los Las Die Der Das".split())  # noqa: SIM905


def _no_one_of_their_own(scan: _Scan) -> None:
    """Names that are nobody of their own: a nickname of someone named before ("And Moya,
    nicknamed Charly,"; not "also known as", which as often gives the full name: "JK, also
    known as Jason King") and fictional characters ("the next James Bond"). Their runs become
    things, which no pass reads as people."""
    text = scan.text
    other = set(_NICKNAMED.findall(text)) if "nicknamed " in text else set()
    names = lx.CHARACTERS | other if other else lx.CHARACTERS
    firsts = {n.split()[0] for n in other} | _CHARACTER_FIRSTS if other else _CHARACTER_FIRSTS
    longer: set[tuple[str, ...]] | None = None  # the tails of longer runs, built when needed
    for c in scan.cands:
        if c.kind not in ("person", "name?"):
            continue
        if c.words[0] in firsts and " ".join(c.words) in names:
            c.kind = "thing"  # (the first word a cheap test: most runs are no character's)
        elif c.words[0] in _ARTICLES and len(c.words) >= 2 and not c.honorific:
            # "Le Figaro newspaper", "The Chorus (Les Choristes)": a title or a paper, not
            # a person (but "Les Dennis", and "Le Pen" after "Jean-Marie Le Pen")
            if c.words[0] == "Les" and (
                c.role or c.words[1] in lx.SURNAMES or c.words[1] in lx.GIVEN_NAMES
            ):
                continue  # (and "Chief Executive Les Moonves": a title says person)
            if longer is None:
                longer = {tuple(d.words[k:]) for d in scan.cands for k in range(1, len(d.words))}
            if tuple(c.words) not in longer:
                c.kind = "thing"


# Words after a name's comma that go on with the sentence, not an apposition ("Brit Awards,
# were among the performers").
_CLAUSE_AFTER_COMMA = ("were ", "was ", "are ", "is ", "who ", "which ", "and ", "but ")


# The rest of a ticker after its symbol and full stop ("(BA.N)", "(AMZN.O)", "(VOWG_p.DE)"):
# one or two capitals of the exchange, then the bracket closes.
_TICKER_TAIL = re.compile(r"[A-Z]{1,2}\)")
# "the anti-immigrant Britain First group": a lowercase kind of body after a name, and "the"
# (with lowercase words only) before it.
_BODY_NOUN_AFTER = re.compile(r" (?:group|movement|organization|organisation|network)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,3}\Z")
# The agency after a dateline's city: "GENEVA (Reuters) - ".
_DATELINE_AGENCY = re.compile(r" \((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|PA)\)")


# A word with a surname run into the next word ("BidenGiuliani", "McCain2020", "WatersCNN"),
# each place a lowercase letter meets a capital or a digit, and the link box's end.
_GLUED_WORD = re.compile(r"\b[A-Z][\w'’-]*?[a-z][A-Z0-9][\w'’-]*")
_GLUE = re.compile(r"[a-z](?=[A-Z0-9])")
_LINK_BOX_END = re.compile(r" MORE\b")


def link_boxes(text: str) -> list[tuple[int, int]]:
    """Spans of the link boxes some sites paste after a politician's name ("Former Vice
    President Joe Biden Joe BidenGiuliani associate prepared to testify ... report MORE and
    Sen. ..."): the full legal name run into the headlines of other stories, up to "MORE".
    The name before the box is the story's; the box is no part of its sentences."""
    if " MORE" not in text:
        return []
    boxes: list[tuple[int, int]] = []
    for w in _GLUED_WORD.finditer(text):
        if boxes and w.start() < boxes[-1][1]:
            continue
        more = _LINK_BOX_END.search(text, w.end(), w.end() + 700)
        if more is None:
            continue
        for glue in _GLUE.finditer(w.group()):
            surname = w.group()[: glue.end()]  # ("McCain" in "McCain2020", not "Mc")
            shown = text.rfind(f"{surname} ", max(0, w.start() - 80), w.start())
            if shown >= 0 and "\n" not in text[shown : more.start()]:
                boxes.append((shown + len(surname) + 1, more.end()))
                break
    return boxes


def _read_runs(text: str) -> _Scan:
    """Every run of capitalised words, split at "and", trimmed and read (cached per run)."""
    scan = _Scan(text, set(_LOWER_WORD.findall(text)))
    lower_vocab, cands = scan.lower_vocab, scan.cands
    in_headline = _Headlines(text, lower_vocab)
    stop = lx.STOPCAPS
    boxes = link_boxes(text)
    box_starts = [a for a, _ in boxes]
    for m in _runs(text):
        if boxes:
            lo, hi = m.start(), m.end()
            k = j = bisect.bisect_right(box_starts, hi)  # (the boxes are in order, apart)
            while j > 0 and boxes[j - 1][1] > lo:
                j -= 1
            for a, b in boxes[j:k]:
                if a < hi and lo < b:
                    if lo >= a:
                        lo = b  # the box's legal name and other stories' headlines
                    else:
                        hi = a - 1  # "Joe Biden" of "Joe Biden Joe BidenGiuliani ..."
            if (lo, hi) != (m.start(), m.end()):
                outside_box = _RUN.search(text, lo, hi) if lo < hi else None
                if outside_box is None:
                    continue
                m = outside_box
        g = m.group()
        if g in stop:
            continue  # "The", "He", "In": the most frequent capitalised words, never names
        if m.start() > 0 and text[m.start() - 1].isalpha() and ". " not in g:
            continue  # "@realDonald Trump Facts", "eBay": the rest of a word, not a name (but
            # "the iPod. Californian Thomas Slattery" goes on into the next sentence)
        if (
            text.endswith(" & ", 0, m.start())
            and text[m.start() - 4 : m.start() - 3].isalnum()
            and ". " not in g
        ):
            continue  # the second half of a firm's name ("Marks & Spencer"), read with the first
            # (but not "... at Standard & Poor's. But Ian Shepherdson": a run that goes on)
        if (
            text.startswith(".", m.start() - 1)
            and text.startswith(")", m.end())
            and len(g) <= 2
            and g.isupper()
        ):
            continue  # the exchange of a ticker: "(VTBR.MM)"
        if (
            g[-1] == "."
            and text.startswith("(", m.start() - 1)
            and _TICKER_TAIL.match(text, m.end())
        ):
            continue  # "Boeing Co (BA.N)": a share's ticker and exchange, named beside its firm
        if g.isupper() and _DATELINE_AGENCY.match(text, m.end()):
            continue  # "GENEVA (Reuters) - ...": the dateline's city in capitals, no body
        single = " " not in g and g[-1] not in ".s’'"
        if (
            not single
            and _POSSESSIVE_IN_RUN.search(g)
            and (g.removeprefix("The ") in lx.KNOWN_ORGS or _body_name_with_possessive(g))
        ):
            # "the Information Commissioner's Office", "the National Women's Law Center": a
            # body whose name holds a possessive
            start = m.start() + (4 if g.startswith("The ") else 0)
            cands.append(_Cand("org", start, m.end(), g[start - m.start() :].split()))
            continue
        # one plain word: most runs, made cheaply
        parts = [[_Tok(g, m.start(), m.end())]] if single else _run_parts(m)
        for part in parts:
            if len(part) > _MAX_RUN:
                continue  # no name or title is this long: absurd input, skip it in O(1)
            if single:
                phrase = g  # (no "The " to drop: "The" alone is a stop word)
            else:
                phrase = " ".join(t.word for t in part)
                if phrase.startswith("The "):
                    phrase = phrase[4:]
            if phrase in lx.KNOWN_ORGS:
                cands.append(_Cand("org", part[0].start, part[-1].end, phrase.split()))
                continue
            k = _the_known_org(part)
            if k >= 0:
                # "The Atlantic", "As The Hill put it": a publication whose one word alone is
                # something else (an ocean, a surname)
                cands.append(_Cand("org", part[k].start, part[-1].end, [t.word for t in part[k:]]))
                continue
            toks = _trim(part, text, lower_vocab)
            if not toks:
                continue
            if (len(toks) > 1 and toks[0].word in _STORMS) or (
                text[toks[0].start - 1 : toks[0].start] == "(" and _spelt_out(text, toks)
            ):
                continue  # "Hurricane Mitch"; "LCD (Liquid Crystal Display)": no one
            c = _read_cached(toks)
            if c is not None and c.kind in ("person", "name?") and _initials_after(text, part):
                c = _Cand("org", part[0].start, part[-1].end, [t.word for t in part])
            if (
                (c is None or c.kind == "place")
                and len(part) >= 2
                and _BODY_NOUN_AFTER.match(text, part[-1].end)
                and _THE_BEFORE.search(text, max(0, part[0].start - 40), part[0].start)
            ):
                # "the anti-immigrant Britain First group": a body's name before the kind of
                # body it is
                c = _Cand("org", part[0].start, part[-1].end, [t.word for t in part])
            if (
                c is not None
                and c.role
                and c.title_start == toks[0].start
                and text.endswith(lx.NOT_THE_OFFICE_PREFIXES, 0, toks[0].start)
                and not c.role.lower().startswith(lx.NOT_THE_OFFICE_PREFIXES)
                and not (  # "attorney general under President George W. Bush": whom he served
                    text.endswith("under ", 0, toks[0].start)
                    and not c.role.lower().startswith("secretary")
                )
            ):
                # "deputy PM John Prescott": the lowercase word before the title makes it
                # another office
                prefix = text[: toks[0].start].rsplit(None, 1)[-1]
                c.role = _format_role([prefix, *c.role.split()])
            if (
                (c is None or c.kind == "place")
                and len(toks) == 2
                and _common_surname_after_role(toks, text)
            ):
                c = _Cand("name?", toks[0].start, toks[1].end, [toks[0].word, toks[1].word])
                c.strong = True
            if toks[-1].word in ("Radio", "Channel") and (c is None or c.kind == "org"):
                number = _STATION_NUMBER.match(text, toks[-1].end)
                if number is not None:
                    # "Radio 1 said ...", "BBC Radio 4", "Channel 4": a station's number
                    words = [t.word for t in toks] + [number.group(1)]
                    c = _Cand("org", toks[0].start, number.end(1), words)
            if text.startswith(" & ", toks[-1].end):
                firm = _FIRM_TAIL.match(text, toks[-1].end)
                if firm is not None:
                    # "AG Edwards & Sons", "Marks & Spencer": a firm, never its founders
                    words = [t.word for t in toks] + firm.group(1).split()
                    c = _Cand("org", toks[0].start, firm.end(1), words)
            if (
                c is not None
                and c.kind == "org"
                and len(toks) == 2
                and toks[0].word in lx.GIVEN_NAMES
                and text.startswith(", ", toks[1].end)
                and not text.startswith(_CLAUSE_AFTER_COMMA, toks[1].end + 2)
                and _appositive(text, toks[1].end) is not None
            ):
                # "Jim Press, vice president and chief operating officer of Toyota's US sales
                # arm, said": a given name, a surname that is also a body's word, then a role
                c = _Cand("name?", toks[0].start, toks[1].end, [toks[0].word, toks[1].word])
                c.strong = True
            if c is not None and _place_after_all(c, text):
                c = _Cand("place", c.start, c.end, [t.word for t in toks])
            elif c is not None and _title_after_former(c, text):
                # "former Beatle George Harrison": the word after "former" is a title.
                role = c.words[0]
                c = _Cand("person", toks[1].start, c.end, c.words[1:], title_start=c.start)
                c.role, c.strong = role, True
            at = toks[0].start
            if (c is None or c.kind not in ("org", "place")) and (
                in_headline.result if in_headline.lo <= at < in_headline.hi else in_headline(at)
            ):  # (the line's answer is kept: most runs ask about the line before them)
                c = _Cand("name?", toks[0].start, toks[-1].end, [t.word for t in toks])
                c.headline = (toks[0].start, toks[-1].end)
            if c is not None:
                cands.append(c)
    _split_glued(scan)
    for c in scan.cands:
        if c.kind == "name?" and c.headline is None:
            if len(c.words) == 1:
                scan.singles.setdefault(c.words[0], []).append(c)
            elif len(c.words) == 2:
                scan.pairs.append(c)
    return scan


# Plural nouns whose possessive opens the rest of a body's name ("the National Women's Law
# Center", "Children's Hospital of Philadelphia", "the People's Party"): never a person's (nor
# is an office's: "Police Officer’s Association").
_PLURAL_OWNERS = frozenset(["Women", "Children", "People", "Men", "Peoples"])


def _the_known_org(part: list[_Tok]) -> int:
    """Where a known body whose name is "The" and one word starts in a run's part ("The
    Atlantic", or after a sentence's opening word: "As The Atlantic"), or -1."""
    n = len(part)
    k = n - 2
    if k < 0 or k > 1 or part[k].word != "The" or (k == 1 and part[0].word not in lx.STOPCAPS):
        return -1
    return k if f"The {part[-1].word}" in lx.KNOWN_ORGS else -1


_POSSESSIVE_IN_RUN = re.compile(r"(?:['’]s|s['’]) ")


def _body_name_with_possessive(run: str) -> bool:
    """Whether a run of capitalised words is one body's name with a possessive inside it, of a
    plural ("National Women's Law Center") or of an office's holders ("Police Officer’s
    Association", "Correspondents’ Association"), its last word a body's: not "Trump's Chief of
    Staff Mark Meadows", nor "Women's" at the end of the run, nor a list joined by "and"."""
    words = run.split()
    if " and " in run:
        return False  # ("Robert Mueller and Democrats on the House of Representatives’ ...")
    for w in words[:-1]:
        if (
            w.endswith(("'s", "’s"))
            and (w[:-2] in _PLURAL_OWNERS or w[:-2].lower() in lx.ROLE_HEADS)
        ) or (
            w.endswith(("s'", "s’")) and w[:-2].lower() in lx.ROLE_HEADS
        ):  # (or an office's holders': "the St. Louis Police Officer’s Association", "the
            # State Department Correspondents’ Association")
            return words[-1] in lx.ORG_WORDS
    return False


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of capitalised words, a run that goes on past a sentence's end after a body's
    name with a possessive cut there ("the National Women's Law Center. Children's Hospital
    ..."): the name is read whole, the rest as a run of its own."""
    for m in _RUN.finditer(text):
        g = m.group()
        cut = g.find(". ")
        if cut < 0 or not _POSSESSIVE_IN_RUN.search(g) or not _body_name_with_possessive(g[:cut]):
            yield m
            continue
        head = _RUN.match(text, m.start(), m.start() + cut)
        rest = _RUN.search(text, m.start() + cut + 2, m.end())
        yield from (r for r in (head, rest) if r is not None)


def _common_surname_after_role(toks: list[_Tok], text: str) -> bool:
    """ "Kidman's publicist Wendy Day", "Tory leader John Major": a given name and a surname
    that is also a common capitalised word ("Day", "Major") or a country ("France"), which no
    run reads as a name alone, are one after a role."""
    first, last = toks[0].word, toks[1].word
    return (
        first in lx.GIVEN_NAMES
        and (last in lx.COMMON_CAPS or last in lx.PLACE_WORDS or lx.country(last) is not None)
        # ("correspondent Stephen Cape", "ombudsman Elizabeth France")
        and last not in lx.STOPCAPS
        and last.isalpha()
        and last[1:].islower()
        and _left_role(text, toks[0].start) is not None
    )


def _split_glued(scan: _Scan) -> None:
    """Photo captions run into the text without a full stop ("... for Tottenham against
    Burnley Townsend was brought on", "Valencia Lionel Messi"): a name-like run whose two
    halves each stand alone elsewhere in the document is two runs glued together, read apart,
    when the first half cannot be a given name of the second: a place, an organisation, a
    multi-word name or someone's surname."""
    name_kinds = ("person", "name?")
    singles: set[str] = set()
    surnames: set[str] = set()
    for c in scan.cands:
        if c.headline is None:
            if len(c.words) == 1:
                singles.add(c.words[0])
            elif c.kind in name_kinds:
                surnames.add(c.words[-1])
    # Only runs whose second half may stand alone can be glued (most documents have none).
    maybe = [
        i
        for i, c in enumerate(scan.cands)
        if c.kind in name_kinds
        and c.headline is None
        and c.title_start < 0
        and 2 <= len(c.words) <= 5
        and (c.words[-1] in singles or any(w in lx.GIVEN_NAMES for w in c.words[1:-1]))
    ]
    if not maybe:
        return
    multi = Counter(
        " ".join(c.words) for c in scan.cands if c.headline is None and len(c.words) > 1
    )
    splits: dict[int, list[_Cand]] = {}
    for i in maybe:
        c = scan.cands[i]
        k = _glue_point(c.words, singles, multi, surnames)
        parts = _tokens_at(scan.text[c.start : c.end], c.start) if k else []
        if len(parts) == 1 and [t.word for t in parts[0]] == c.words:
            halves = (parts[0][:k], parts[0][k:])
            splits[i] = [
                _read_cached(h) or _Cand("name?", h[0].start, h[-1].end, [t.word for t in h])
                for h in halves
            ]
    if splits:
        scan.cands = [r for i, c in enumerate(scan.cands) for r in splits.get(i, (c,))]


def _glue_point(
    words: list[str], singles: set[str], multi: Counter[str], surnames: set[str]
) -> int:
    """Where a run of 2-5 words splits into two runs that stand alone elsewhere, or 0."""
    n = len(words)
    if not 2 <= n <= 5:
        return 0
    if n == 2 and (
        words[1] not in singles or (words[0] not in singles and not _placeish(words[0]))
    ):
        return 0  # the common case, settled without joining any words
    if multi[" ".join(words)] > 1:
        return 0  # "Usain Bolt ... Usain Bolt": a name the text repeats whole

    def alone(part: list[str]) -> bool:
        if len(part) == 1:
            return part[0] in singles or _placeish(part[0])
        return multi[" ".join(part)] > 0

    for k in range(1, n):
        if k == n - 1:
            if words[-1] not in singles:
                continue
            if words[-1] not in surnames and not (
                n == 2 and _not_given(words[0], surnames) and words[0] not in surnames
            ):
                # the second half is someone's surname, used alone too (or the first half is a
                # place, country or organisation: "Germany Guardiola", "Wembley Henderson")
                continue
        elif words[k] not in lx.GIVEN_NAMES:
            continue  # ... or a full name of its own (not "Suu Kyi", though "Aung San" is one)
        if not alone(words[:k]) or not alone(words[k:]):
            continue
        if k >= 2 and all(w in lx.GIVEN_NAMES for w in words[:k]):
            continue  # "Juan Carlos Ferrero ... Ferrero ... “Juan Carlos hasn't ...”": given names
        # and a surname, each written alone too, are one full name
        if (
            (k >= 2 and k == n - 1)
            or (k == 1 and _not_given(words[0], surnames))
            or (k == 1 and n >= 3 and words[0] not in lx.GIVEN_NAMES)
        ):
            # "Jade Dernbach Pietersen", "Bahamas Bolt"; "Valencia Lionel Messi" (a word that
            # is no given name before a full name the text also writes alone)
            return k
    return 0


def _placeish(word: str) -> bool:
    """A country or a known organisation that is no given name ("Germany", "Lionsgate"): never
    the first name of the surname glued after it (cities are: "London Breed")."""
    return word not in lx.GIVEN_NAMES and (lx.country(word) is not None or word in lx.KNOWN_ORGS)


def _not_given(word: str, surnames: set[str]) -> bool:
    """A capitalised word that is no given name before a surname: "Bahamas", "Arsenal", or
    the surname of someone else ("Muto Muto"). A known given name never is ("Taylor Kinney"
    beside a Ms Taylor), nor a word the text uses alone like one ("LeBron ... LeBron James")."""
    if word in lx.GIVEN_NAMES:
        return False
    return (
        word in lx.PLACES
        or lx.country(word) is not None
        or word in lx.KNOWN_ORGS
        or word in surnames
    )


# "the cruise liner Crystal Harmony", "the film Jerry Maguire", "Glasgow group Franz Ferdinand"
# ("Hurricane Katrina" is not this: a capital): a vessel, an animal, a storm, a work or a band
# named like a person.
_THING_WORDS = frozenset(
    "liner ship vessel yacht ferry tanker submarine frigate racehorse horse colt mare filly "  # noqa: SIM905
    "album film movie song novel storm cyclone hurricane typhoon band group drama comedy "
    "thriller musical sitcom biopic documentary classic remake sequel blockbuster".split()
)


# "brands such as Dairy Milk, Dr Pepper and Snapple": a list of things, not people.
_THING_NOUNS = frozenset(
    "brands products drinks beers wines cars models titles films movies shows series programmes "  # noqa: SIM905
    "programs games songs albums books novels magazines newspapers labels chains stores shops "
    "restaurants hotels sites websites apps ships bands".split()
)
_LIST_OPENERS = (" such as ", " including ", " like ")
# A verb whose subject names the list's kind: "Its top brands include Newcastle Brown Ale, ...
# John Smith's", "Other bands at the festival include ..., Keane".
_LIST_VERBS = (" include ", " included ", " includes ")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s")
# Plural nouns of works that open a list of titles with no "such as" ("box office hits Vera
# Drake, Calendar Girls and Enduring Love", "the films Ray and Sideways"); "hits" only as
# "box office hits" or "chart hits" (a verb too: "scandal hits Blair").
_WORKS_LIST = re.compile(
    r"\b(?:films|movies|albums|novels|(?:office|chart) hits|the firms|the companies) (?=[A-Z])"
)  # (and "the firms Young & Rubicam and J Walter Thompson": businesses)
# Nouns after a title that make it a work ("the Harry Potter series").
_WORK_AFTER = (" series", " franchise", " trilogy", " saga")
_WORK_AFTER_WORDS = frozenset(w.strip() for w in _WORK_AFTER)
_WORK_NOUNS = frozenset(["films", "movies", "albums", "novels", "hits", "firms", "companies"])


# Last words that make a name an event, an honour or a work named after someone ("the Adam Smith
# Lecture", "the Ivor Novello Memorial Trophy", "The Joe Louis Story"): no person.
_EVENT_TAILS = frozenset(
    "Lecture Lectures Memorial Trophy Medal Scholarship Fellowship Stakes Handicap Story".split()  # noqa: SIM905
)

# Where such a list ends: a sentence's end, a bracket ("films like Star Wars (pictured) Dr
# Adrian Quarterman": a caption), or a lowercase word other than "and".
_LIST_END = re.compile(
    r"[.;:!?()\n]|, (?![A-Z]|the [A-Z])| (?!and |the [A-Z]|of (?:the )?[A-Z])(?<!\bof )[a-z]"
)
# (a name may hold "of the": "Queens of the Stone Age"; an entry may open with "the": "...,
# the Rolling Stones' Emotional Rescue and ...")


def _list_span(text: str, start: int) -> tuple[int, int]:
    """A list of things that starts at ``start``: up to its end (see _LIST_END), 200
    characters at most."""
    stop = _LIST_END.search(text, start, start + 200)
    return start, stop.start() if stop else min(len(text), start + 200)


def _listed_things(scan: _Scan) -> None:
    """The runs of a list that a plural noun of things opens are things, and so are events
    named after someone: no pass makes them people ("brands such as Dairy Milk, Dr Pepper and
    Snapple", "the Adam Smith Lecture")."""
    text = scan.text
    spans = []
    nouns = not _THING_NOUNS.isdisjoint(scan.lower_vocab)  # (most documents name no such kind)
    for opener in _LIST_OPENERS if nouns else ():  # (literal searches: most documents have none)
        i = text.find(opener)
        while i >= 0:
            before = text[max(0, i - 16) : i].rsplit(None, 1)
            if before and before[-1] in _THING_NOUNS:
                spans.append(_list_span(text, i + len(opener)))
            i = text.find(opener, i + 1)
    for verb in _LIST_VERBS if nouns else ():
        i = text.find(verb)
        while i >= 0:
            clause = _SENTENCE_BREAK.split(text[max(0, i - 60) : i])[-1].split()
            end = i + len(verb)
            if text[end : end + 1].isupper() and any(w in _THING_NOUNS for w in clause):
                spans.append(_list_span(text, end))  # (not "films included the Stephen ...")
            i = text.find(verb, i + 1)
    works = () if _WORK_NOUNS.isdisjoint(scan.lower_vocab) else _WORKS_LIST.finditer(text)
    for m in works:
        spans.append(_list_span(text, m.end()))
    spans.sort()
    starts = [a for a, _ in spans]
    things = set()
    work_after = not _WORK_AFTER_WORDS.isdisjoint(scan.lower_vocab)
    for c in scan.cands:
        if c.words[-1] in _EVENT_TAILS and c.kind in ("person", "name?"):
            things.add(tuple(c.words))  # "the 14th Adam Smith Lecture": an event
        elif work_after and c.kind in ("person", "name?") and text.startswith(_WORK_AFTER, c.end):
            things.add(tuple(c.words))  # "the Harry Potter series": a work
        elif spans and c.kind in ("person", "name?"):
            k = bisect.bisect_right(starts, c.start) - 1
            if k >= 0 and c.start < spans[k][1] and not _maker_in_list(text, c):
                things.add(tuple(c.words))
    if not things:
        return
    for c in scan.cands:  # and wherever else the text names them ("led by Dr Pepper")
        if c.kind in ("person", "name?") and tuple(c.words) in things:
            c.kind = "thing"


# A possessive after a name: the name owns what follows it.
_OWNER_AFTER = ("'s ", "’s ", "' ", "’ ")


def _maker_in_list(text: str, c: _Cand) -> bool:
    """ "albums ... include Bruce Springsteen's Born In The USA": a plain name owning the work
    listed is its maker (but "films have included Captain Corelli's Mandolin": a title's)."""
    return text.startswith(_OWNER_AFTER, c.end) and c.title_start < 0 and not c.honorific


# Kinds of business that name the firm right after them ("retailer Wal-Mart", "drugs group Eli
# Lilly", "law firm Tods Murray"); not "producer" or "publisher", which people are too.
_FIRMS_BEFORE_NAMES = (
    _FIRM_KINDS - {"maker", "carrier", "producer", "publisher", "label", "operator"}
) | {"drugmaker", "outfit", "side", "club"}  # and teams: "Mexican outfit Red Sharks Veracruz"
# and publications: "awarded the title by US publication Forbes", "magazine Rolling Stone"
_FIRMS_BEFORE_NAMES |= {"publication", "magazine", "newspaper", "tabloid", "weekly"}


def _bracketed_affiliations(scan: _Scan) -> None:
    """A team sheet's clubs in brackets after its players' names ("Serge Betsen (Biarritz),
    Jerome Thion (Biarritz), Fabien Pelous (Stade Toulousain, capt)") are bodies, not people,
    there and wherever the text names them again."""
    text = scan.text
    if " (" not in text:
        return
    opened = set()  # where a capitalised word opens a bracket after a lowercase letter
    i = text.find(" (")
    while i >= 0:
        if text[i + 2 : i + 3].isupper() and text[i - 1 : i].islower():
            opened.add(i + 2)
        i = text.find(" (", i + 2)
    if not opened:
        return
    bracketed: Counter[tuple[str, ...]] = Counter()
    for c in scan.cands:
        if (
            c.start in opened
            and c.kind in ("name?", "person")
            and text[c.end : c.end + 1] in (")", ",")
        ):
            w = text.rfind(" ", max(0, c.start - 40), c.start - 2)
            if text[w + 1 : w + 2].isupper():  # the word before the bracket: a name's
                bracketed[tuple(c.words)] += 1
    # (a club comes back for several players; a cast list names each actor once: a name that
    # comes back, "Phil Davis (Vera Drake) ... Imelda Staunton (Vera Drake)", is a film's)
    repeated = {words for words, n in bracketed.items() if n > 1}
    _names_of_bodies(scan, {words for words in repeated if words[0] not in lx.GIVEN_NAMES})
    works = {words for words in repeated if words[0] in lx.GIVEN_NAMES}
    if works:
        for c in scan.cands:
            if c.kind in ("name?", "person") and tuple(c.words) in works:
                c.kind = "thing"


def _named_firms(scan: _Scan) -> None:
    """A name-shaped run right after a kind of business is the firm's, there and wherever the
    text names it again ("drugs group Eli Lilly ... Eli Lilly said"): no pass makes it a person."""
    text = scan.text
    after_kind = set()  # where a capitalised word follows a kind of business
    for kind in _FIRMS_BEFORE_NAMES & scan.lower_vocab:  # (most texts have few or none)
        i = text.find(f" {kind} ")
        while i >= 0:
            j = i + len(kind) + 2
            if text[j : j + 1].isupper():
                after_kind.add(j)
            i = text.find(f" {kind} ", j)
    if "maker" in scan.lower_vocab:
        # "Game maker Valve", "chip maker Intel": a product's maker is a firm (a film maker is
        # a person: only products, not works)
        after_kind.update(m.end() for m in _PRODUCT_MAKER.finditer(text))
    listed = _listed_firm_starts(scan)
    if not scan.lower_vocab.isdisjoint(_SPEAKING_FOR_BODIES):
        after_kind.update(_bodies_with_spokespeople(scan))
    if not after_kind and not listed:
        return
    bodies = {
        tuple(c.words)
        for c in scan.cands
        if c.kind in ("name?", "person")
        and (
            (c.start in after_kind and c.kind == "name?") or (c.start in listed and not c.honorific)
        )
    }
    for c in scan.cands:
        if c.kind == "person" and c.start in listed and tuple(c.words) in bodies:
            c.kind, c.role = "name?", None  # ("Miners Rio Tinto": a plural is no one's role)
    _names_of_bodies(scan, bodies)


def _bodies_with_spokespeople(scan: _Scan) -> list[int]:
    """Where a one-word name before "spokesman" or "official" after an article starts ("a Jive
    spokeswoman said", "said a Juventus official"): a body that speaks through one, when that
    word is no one's name, given or family, in the text or the lexicon ("a Kerry spokesman"
    speaks for a man)."""
    surnames = {c.words[-1] for c in scan.cands if len(c.words) > 1}
    return [
        m.start(1)
        for m in _SPOKESPERSON_OF.finditer(scan.text)
        if m.group(1) not in surnames
        and m.group(1) not in lx.GIVEN_NAMES
        and m.group(1) not in lx.SURNAMES
        and m.group(1) not in lx.FAMOUS_SURNAMES
    ]


_SPEAKING_FOR_BODIES = frozenset(["spokesman", "spokeswoman", "spokesperson", "official"])
_SPOKESPERSON_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ([A-Z][a-z]+) (?:" + "|".join(sorted(_SPEAKING_FOR_BODIES)) + r")\b"
)


def _listed_firm_starts(scan: _Scan) -> set[int]:
    """Where each name of a list after a plural kind of business starts ("casino operators
    London Clubs International, Rank Group and Stanley Leisure"; "Miners Rio Tinto" opening a
    sentence). Only the kinds the text has are looked for: a search per kind is not free."""
    text = scan.text
    openers = {  # (the words opening a title before a name: "Miners" in "Miners Rio Tinto")
        text[c.title_start : c.start].split(None, 1)[0]
        for c in scan.cands
        if 0 <= c.title_start < c.start
    }
    starts: set[int] = set()
    for kinds in _FIRMS_BEFORE_LISTS:
        if kinds in scan.lower_vocab or kinds.capitalize() in openers:
            starts |= _list_after(text, f" {kinds} ", anywhere=True)
            starts |= _list_after(text, f"{kinds.capitalize()} ", anywhere=False)
    return starts


def _list_after(text: str, needle: str, anywhere: bool) -> set[int]:
    """The starts of the names listed right after each ``needle`` (only where it opens a
    sentence or a line unless ``anywhere``), up to the list's last name."""
    starts: set[int] = set()
    i = text.find(needle)
    while i >= 0:
        j = i + len(needle)
        if anywhere or i == 0 or text[i - 1] == "\n" or text[i - 2 : i] == ". ":
            while j < len(text) and text[j].isupper():
                m = _LISTED_NAME.match(text, j)
                if m is None:
                    break
                starts.add(j)
                j = m.end() if m.group(1) else len(text)
        i = text.find(needle, i + 1)
    return starts


def _acronym_products(scan: _Scan) -> None:
    """ "BT Communicator", "BT Retail": two capitals that the text also writes alone as an
    organisation are its name, not someone's initials ("JK Rowling")."""
    pairs = [
        c
        for c in scan.cands
        if c.kind == "name?" and len(c.words) == 2 and len(c.words[0]) == 2 and c.words[0].isupper()
    ]
    if not pairs:
        return
    alone = {c.words[0] for c in scan.cands if c.kind == "org" and len(c.words) == 1}
    for c in pairs:
        if c.words[0] in alone:
            c.kind = "org"


# Plural kinds of business before a list of firms (not "producers" or "publishers": people).
_FIRMS_BEFORE_LISTS = frozenset(
    "firms companies groups carmakers retailers banks lenders insurers airlines carriers "  # noqa: SIM905
    "conglomerates manufacturers operators bookmakers miners auditors".split()
)
# One name of a list and what leads to the next ("Rank Group and ", "London Clubs, ").
_LISTED_NAME = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*(, and |, | and )?")

_PRODUCT_MAKER = re.compile(
    r"\b(?:[Gg]ame|[Cc]ar|[Cc]hip|[Dd]rugs?|[Tt]oy|[Pp]hone|[Hh]andset|[Ss]oftware|[Aa]ircraft|"
    r"[Pp]lane|[Ss]teel|[Cc]omputer|PC|[Cc]onsole|[Tt]yre|[Tt]ruck|[Ee]ngine|[Dd]rinks?|[Bb]eer|"
    r"[Ww]atch|[Cc]amera|[Tt]elevision|TV|[Ff]ood|[Cc]igarette|[Pp]arts|[Cc]omponents?|[Ee]quipment|"
    r"[Ee]lectronics|[Cc]hemicals?|[Aa]ppliances?|[Vv]ehicle) maker (?=[A-Z])"
)


def _names_of_bodies(scan: _Scan, bodies: set[tuple[str, ...]]) -> None:
    """Every name-like run of those words is an organisation's."""
    if bodies:
        for c in scan.cands:
            if c.kind == "name?" and tuple(c.words) in bodies:
                c.kind = "org"


_COMPASS = frozenset(["North", "South", "East", "West", "Central"])


def _thing_names(text: str, cands: list[_Cand], lower_vocab: set[str]) -> set[tuple[str, ...]]:
    """The runs the text names as a thing somewhere: right after "film", "liner", "band" ...,
    or right before ", which" (a firm, a product: "MG Rover, which employs 6,000 people")."""
    things: set[tuple[str, ...]] = set()
    named = not _THING_WORDS.isdisjoint(lower_vocab)
    # where ", which" follows a word: "MG Rover, which employs ...": people are "who"
    which = {m.start() for m in _WHICH.finditer(text)} if ", which " in text else set()
    # where a work's title follows a part in it: "her role in Vera Drake"
    works = (
        {m.end() for m in _PART_IN_WORK.finditer(text)}
        if not _PARTS_IN_WORKS.isdisjoint(lower_vocab)
        else set()
    )
    if not named and not which and not works:
        return things  # (no such word anywhere: the usual case, found at once)
    which_things: set[tuple[str, ...]] = set()
    for c in cands:
        if c.kind in ("person", "name?"):
            if named:
                _named_thing(text, c, things)
            if (
                c.end in which
                and c.title_start < 0
                and not c.honorific
                and not (text.endswith(", ", 0, c.start) and _left_comma_role(text, c.start))
                and (text.startswith(_WHICH_IS, c.end) or _left_role(text, c.start) is None)
            ):  # (but "a former British spy, Christopher Steele, which ...": a person's name
                # in apposition, and the clause is about what came before; "an argument with
                # chair umpire Carlos Ramos, which cost her a game": a role before the name)
                which_things.add(tuple(c.words))
            if c.start in works and not text.startswith(_OWNER_AFTER, c.end):
                things.add(tuple(c.words))  # (but "his role in Tony Blair's government")
    if which_things:
        # (but "June Carter Cash, the future wife of Johnny Cash" elsewhere: a person's role
        # in apposition, and ", which" after her name is about the song before it)
        described = {
            tuple(c.words)
            for c in cands
            if tuple(c.words) in which_things
            and c.end not in which
            and _apposed_person(text, c.end)
        }
        things |= which_things - described
    return things


_WHICH = re.compile(", which ")
# ", which was created for the film": what is said of a thing, even after a role ("will play
# cult leader Humma Kavula, which was especially created")
_WHICH_IS = (", which was ", ", which is ", ", which has ", ", which had ", ", which were ")


# A part played in a work, then the work's title: "her role in Vera Drake", "an Oscar nominee
# for her performance in Vera Drake".
_PARTS_IN_WORKS = frozenset(["role", "roles", "performance", "performances"])
_PART_IN_WORK = re.compile(r"\b(?:role|roles|performance|performances) in (?=[A-Z])")


def _thing_word_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` names a kind of thing ("film", "classic", "liner")."""
    before = text[max(0, start - 16) : start]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in _THING_WORDS


def _named_thing(text: str, c: _Cand, things: set[tuple[str, ...]]) -> bool:
    """Whether the run names a thing: after "liner", "film" ... here, or anywhere once the
    text has so named it ("the cruise liner Crystal Harmony ... operates the Crystal
    Harmony")."""
    key = tuple(c.words)
    if _thing_word_before(text, c.start):
        things.add(key)
    return key in things


# "Franz Ferdinand frontman Alex Kapranos": a band's member named after it (the band is no
# person, as "Obama adviser David Axelrod" may be).
_BAND_MEMBER_AFTER = re.compile(
    r"(?:'s|’s)? (?:frontman|frontwoman|guitarist|drummer|bassist|keyboardist|vocalist|"
    r"lead singer|singer) [A-Z]"
)

# What is named after someone, written in lowercase after the name: "the Gino Marinuzzi
# conducting competition", "the Mo Mowlam memorial lecture".
_EPONYM_AFTER = re.compile(
    r"(?: [a-z]+)? (?:competition|prize|award|trophy|memorial|lecture|scholarship|fellowship|"
    r"medal|academy|school|institute|foundation)\b"  # ("at the Ruben Di Pietro theatre academy")
)

# (With "Lane": "at White Hart Lane"; but "of Graham Lane, leader of ..." is a person: see
# _full_names.)
_STREET_WORDS = frozenset(
    "Street Avenue Road Boulevard Highway Terrace Crescent Drive Parade Lane".split()  # noqa: SIM905
)
_STREET_BEFORE = re.compile(r"(?:\b(?:on|at|in|off|along|near|down|up|of)|\d) \Z")
_STREET_AFTER = re.compile(
    r"(?:,| and) (?:[A-Z][\w'-]* ){1,3}(?:Street|Avenue|Road|Boulevard|Highway|Drive|Lane)\b"
)


def _street(text: str, c: _Cand) -> bool:
    """Whether "Quincy Street" is the street: after "on"/"at"/a number, or listed with other
    roads ("Quincy Street, Military Road"), not the actor Juston Street in a cast list."""
    return bool(
        _STREET_BEFORE.search(text, max(0, c.start - 8), c.start)
        or _STREET_AFTER.match(text, c.end)
    )


_TITLE_TAILS = frozenset(["Mother", "Consort", "Regent", "Emeritus", "Dowager"])

# "Minister for Defence Procurement": a title's last word, no surname after it.
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ship", "ism", "ology")

# Words that open place names, never a person's name: "North Tyneside", "Port Talbot".
_PLACE_OPENERS = _PLACE_PREFIXES | frozenset(["Loch", "Lough", "Isle"])

_PLURAL_APPOSITIVES = (", who ", ", two ", ", three ", ", both ", " were ", " are ")

# A lawmaker's home after the name, which a list of them goes on after: "Sens. Rand Paul of
# Kentucky and Mike Lee of Utah", "Sens. Cory Gardner, R-Colo., and Rick Scott, R-Fla.",
# "Reps. Tom Cole (R., Okla.) and ...". Bounded: a place of one or two words.
_HOME_AFTER = re.compile(
    r" \((?:[DRI]\.?(?:-|, ?| ))?[A-Z][\w.]*(?: [A-Z][\w.]*)?\)"
    r"|, [DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?(?=,)"
    r"| of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _list_goes_on_from(text: str, end: int) -> int:
    """Where the next name of a list may follow the one that ends at ``end``: after the
    lawmaker's home the name carries ("Rand Paul of Kentucky and Mike Lee"), if any."""
    m = _HOME_AFTER.match(text, end)
    if m is None or (m.group(1) is not None and m.group(1) not in lx.PLACES):
        return end
    return m.end()


def _full_names(scan: _Scan) -> None:
    """Pass 1: who are the people? Full names with a title, a given name, or context evidence;
    each with the role stated before it, after it ("Park Jin, the foreign minister") or by a
    copula."""
    text, lower_vocab, reg = scan.text, scan.lower_vocab, scan.reg
    person_ends: set[int] = set()
    prev_left: tuple[int, tuple[str, str | None]] | None = None
    prev_plural = False  # whether that role was written in the plural ("novelists")
    # The people of a list read so far (or the words of a name-shaped entry not known yet as
    # anyone: a later pass may find it a person, "Uma Thurman" between two stars).
    listed: list[tuple[int, _PersonBuild | list[str]]] = []
    # names the text gives a ship, a horse, a film ... anywhere (the headline's "Vera Drake
    # leads UK Oscar hopes" before "Mike Leigh's film Vera Drake")
    things = _thing_names(text, scan.cands, lower_vocab)
    titled = {
        c.words[0] for c in scan.cands if c.kind == "person" and c.honorific and len(c.words) == 1
    }
    for c in scan.cands:
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
            left = _left_role(text, c.start)
            if left is None and c.start - 2 not in person_ends:  # (not "Graham Taylor, Glenn")
                left = _left_comma_role(text, c.start)
            shared = False
            if (
                left is None
                and prev_left
                and prev_plural
                and text[prev_left[0] : c.start] in _COORD
                and (
                    text[prev_left[0] : c.start] != ", "
                    or text.startswith((", ", " and "), _list_goes_on_from(text, c.end))
                )
            ):
                # "novelists Hari Kunzru and Ali Smith" (but not "media chief Alastair
                # Campbell, Peter Mandelson has said": no list goes on after him; nor
                # "president Konstantinos Panagopoulos and Panagiotis Dimakos": one president)
                left, shared = prev_left[1], True
            if left is not None and not shared:
                prev_plural = _role_written_plural(text, c.start)
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
            evidence = _context_evidence(scan, c, core, bool(left or appos), titled)
        if _BAND_MEMBER_AFTER.match(text, c.end):
            things.add(tuple(c.words))  # "Franz Ferdinand frontman Alex Kapranos": a band
        if _named_thing(text, c, things):
            c.kind = "thing"  # a ship, a film, a band: no later pass makes it a person
            continue
        if text.endswith("the ", 0, c.start) and _EPONYM_AFTER.match(text, c.end):
            c.kind = "thing"  # "the Gino Marinuzzi conducting competition": named after him
            continue
        if (
            not evidence
            or (
                c.title_start < 0
                and core[0] not in lx.GIVEN_NAMES
                and text.endswith(" the ", 0, c.start)
            )  # "to win the Wooden Spoon": a thing, not someone
            or (
                core[-1] in _STREET_WORDS
                and not (core[-1] == "Lane" and core[0] in lx.GIVEN_NAMES)  # ("Graham Lane")
                and _street(text, c)
            )
            or (left is None and _character_or_firm(text, c.end))  # (not "from chief
            # executive Sidney Taurel, the company says": a role before the name)
            or _INSTITUTION_AFTER.match(text, c.end)
            or _team_name(core)
            or (
                text.startswith((" MP", " MSP", " AM "), c.end)
                and (core[-1] in _COMPASS or text.endswith(("the ", "The "), 0, c.start))
            )  # ("The Glasgow Kelvin MP, who was expelled from Labour": a seat)
            # ("a Cabinet Office minister and Bolton West MP": a constituency)
        ):
            if listed and not evidence and text[listed[-1][0] : c.start] in _COORD:
                listed = [*listed[-8:], (c.end, c.words)]
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
            # a role only, never evidence of a person
            appos = _copula_role(text, c.end) or _position_played(text, c.end)
        _note_context(p, c, text, left, appos)
        if listed and text[listed[-1][0] : c.start] not in _COORD:
            listed = []  # the list ended before this name
        if appos and listed and text.startswith(_PLURAL_APPOSITIVES, c.end):
            # "Bill Jacobson and Dave Ulrich, who co-founded WorkBar", "James Watt and Martin
            # Dickie, two young Scottish craft brewers", "Cate Blanchett, Leonardo DiCaprio and
            # Richard Gere were just some of the actors": the list shares the role.
            for end, q in listed:
                if isinstance(q, list):
                    scan.list_roles.append((q, appos))  # settled once every person is known
                elif not q.roles:
                    _add_role(q, 1, end, appos[0], appos[1])
        listed = [*listed[-8:], (c.end, p)]
        prev_left = (c.end, left) if left and c.title_start < 0 else None
        if c.title_start >= 0 and _plural_title(text, c):
            prev_left = (c.end, (c.role or "", c.org))  # "Businessmen Solomon Lew and Lindsay Fox"
            prev_plural = True
        if prev_left and prev_plural:
            prev_left = (_list_goes_on_from(text, c.end), prev_left[1])


def _plural_title(text: str, c: _Cand) -> bool:
    """Whether the title read with the name is written in the plural ("Businessmen Solomon Lew
    and ...", "shadow cabinet members David Davis, ..."): a role the list shares."""
    if not c.role or c.title_start < 0:
        return False
    title = text[c.title_start : c.start].split()
    return bool(title) and title[-1].rstrip(".").endswith(("s", "men")) and title[-1] != c.role


def _role_written_plural(text: str, start: int) -> bool:
    """Whether the role just before the name at ``start`` is written in the plural
    ("novelists Hari Kunzru", "artists including Damien Hirst", "managers (clockwise) Glenn
    Hoddle", "two senior leaders, Ismail Abu Shanab"): then the next names of the list share it;
    a singular role ("president Konstantinos Panagopoulos and ...") is one person's."""
    window = text[max(0, start - 80) : start].rstrip()
    if window.endswith(")"):
        window = window[: window.rfind("(")].rstrip()  # a photo's aside
    words = window.split()
    if words[-1:] in (["are"], ["were"], ["include"], ["included"]) and _list_subject_before(
        text, start
    ):
        return True  # "Other actors expected to ... are Gael Garcia Bernal, Imelda Staunton"
    while words and words[-1] in ("including", "like", "as", "such", "are", "were", "include"):
        words.pop()
    if _plural_word(words[-1] if words else ""):
        return True
    tail = words[-6:]
    if "of" in tail[1:]:
        # "The authors of the JME paper, Paul Edelstein and Lutz Kilian": the role before "of"
        return _plural_word(tail[len(tail) - 2 - tail[::-1].index("of")])
    return False


_DEFINITE_AGE = re.compile(r"\b[Tt]he \d{1,3}-year-old \Z")


# "E Hayot, writing in the culture blogzine Print Culture, said": a lowercase apposition, then
# the reporting verb (a person only with a "he"/"she" after it: a firm says "it").
_APPOSITION_THEN_CUE = re.compile(
    r", [a-z][^,.;:!?\n“”\"]{0,80}, (?:said|says|told|added|wrote|writes)\b"
)


# A given name of two capitalised parts joined by a hyphen ("Hyung-Taik", "Jean-Marc").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


# Two sets' scores after a name ("defeated Michaella Krajicek 6-4 6-2", "7-6 (7-3) 6-3"): a
# tennis player, one person (a doubles pair is two names joined by "and").
_SET_SCORES = re.compile(r" [0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))? [0-7]-[0-7]\b")


# A lowercase role, then a full name, right after a run: the run is whose role it is.
_ROLE_THEN_NAME = re.compile(r" ([a-z][a-z-]{2,20}) [A-Z][a-z]+ [A-Z]")


def _context_evidence(
    scan: _Scan, c: _Cand, core: list[str], has_role: bool, titled: set[str]
) -> bool:
    """Whether the words around a name-shaped run with no given name from the lists say it is
    a person: a role, an age, a speech verb, a "he"/"she" after it."""
    text = scan.text
    if len(core) == 1 and _DEFINITE_AGE.search(text, max(0, c.start - 20), c.start):
        return False  # "The 68-year-old Yankee said": a description of someone named before
    role_then_name = _ROLE_THEN_NAME.match(text, c.end)
    if role_then_name is not None and _role_head(role_then_name.group(1)):
        return False  # "said Prebon Yamane economist Lena Komileva": her employer, no one
    if len(core) >= 2 and core[0] in _PLACE_OPENERS:
        return False  # "from Tynemouth, North Tyneside, said": a place, whatever follows it
    if (
        has_role
        or _STRONG_CUE.match(text, c.end)
        or _described_person(text, c.start, c.end)
        or (
            _AGE_BEFORE.search(text, max(0, c.start - 16), c.start) is not None
            and not _NOUN_AFTER.match(text, c.end)  # "a 21-year-old East Flatbush resident"
        )
        or _speaker_after_quote(text, c.start, c.end)
        or _INVERTED_SPEAKER.search(text, max(0, c.start - 70), c.start) is not None
        or (
            _TWEET_AUTHOR.match(text, c.end) is not None
            and not any(w in lx.ORG_WORDS or w in lx.MEDIA_WORDS for w in c.words)
        )
        or core[-1] in titled
        or (len(core) >= 2 and _SET_SCORES.match(text, c.end) is not None)
        or (
            len(core) >= 2
            and _FROM_BODY_CUE.match(text, c.end) is not None
            and not any(w in lx.ORG_WORDS for w in core)
        )
        or _nation_appositive(text, c.start, c.end)
        or (
            len(core) == 2
            and _HYPHENED_GIVEN.fullmatch(core[0]) is not None
            and (core[1] in lx.EAST_ASIAN_SURNAMES or core[1] in lx.SURNAMES)
        )  # "Hyung-Taik Lee", "Jean-Marc Ayrault": a given name of two joined parts
        or (
            len(core) >= 2
            and not any(w in lx.ORG_WORDS for w in core)
            and _of_nation_after(text, c.end)
        )
        or (
            len(core) >= 2
            and _nation_before(text, c.start)
            and (core[-1] in scan.singles or _personal_pronoun_after(text, c.end))
        )
    ):
        # A nationality alone also fits a firm ("Britain's Royal Mail"): the text must go on
        # with the surname alone or a "he"/"she".
        return True
    if (
        _CUE_AFTER.match(text, c.end) or _APPOSITION_THEN_CUE.match(text, c.end)
    ) and not _plural_noun(core):
        # "Time Warner said ... its": a company speaks too; want a personal pronoun.
        pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
        return pm is not None and pm.group(1).lower() not in ("it", "its")
    if core[0] in lx.EAST_ASIAN_SURNAMES and all(len(w) <= 6 for w in core[1:]):
        return _CUE_AFTER.match(text, c.end) is not None
    return False


# A team sheet: "Man City: James, Mills (Bradley Wright-Phillips 83), Dunne, Distin, ...".
_SHEET_ITEM = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?: \d{1,3}(?: og| pen)?)?"
_SHEET_ITEM += rf"(?: \({_SHEET_ITEM}\))?"
_SHEET_LIST = re.compile(rf"{_SHEET_ITEM}(?:, {_SHEET_ITEM}){{1,40}}")
_COLON_CAPITAL = re.compile(r": (?=[A-Z])")
_HEADING_WORDS = re.compile(r"(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*\Z")
_SHEET_HEADS = frozenset(
    "Subs Substitutes Replacements Booked Goals Scorers Tries Cons Pens Bench Sent".split()  # noqa: SIM905
)
_SHEET_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")


def _line_ups(scan: _Scan) -> None:
    """Team sheets at the foot of match reports: every entry of "Team: Name, Name (Sub 83),
    ..." is a player, mostly by surname alone. A list is a team sheet when its heading is a
    sheet's (Subs, Booked, Goals ...) or most of its entries are known surnames, and none is a
    place, a country or an organisation."""
    text, reg = scan.text, scan.reg
    for colon in _COLON_CAPITAL.finditer(text):
        # (A literal search for ": " and a list matched right after it: a pattern that began
        # with the heading would be tried at every capital letter of the document.)
        m = _SHEET_LIST.match(text, colon.end())
        heading = _HEADING_WORDS.search(text, max(0, colon.start() - 60), colon.start())
        if m is None or heading is None:
            continue
        names = [(n.start(), n.group()) for n in _SHEET_NAME.finditer(text, m.start(), m.end())]
        if any(lx.country(w) or w in lx.PLACES or w in lx.KNOWN_ORGS for _, w in names):
            continue
        head = heading.group().split()
        while len(head) > 1 and any(w.endswith(".") for w in head[:-1]):
            head = head[1:]  # "Fowler. Subs Not Used:": the heading after the full stop
        known = sum(1 for _, w in names if w.split()[-1] in lx.SURNAMES or reg.by_last.get(w))
        if not (head and head[0] in _SHEET_HEADS) and (len(names) < 4 or 2 * known < len(names)):
            continue
        bench = bool(head) and head[0] in ("Subs", "Substitutes", "Replacements", "Bench")
        for start, name in names:
            words = name.split()
            if words[0] in lx.STOPCAPS:
                continue  # "The Eagles": a band in a list of singers
            if reg.find_full(words) is None and not (len(words) == 1 and reg.by_last.get(name)):
                p = reg.add(words, start)
                if bench:
                    _add_role(p, 3, start, "substitute", None)  # "Subs Not Used: Weaver, ..."
        for c in scan.cands:
            if m.start() <= c.start < m.end() and c.kind == "name?":
                c.kind = "person"


# One line of a ranked list: "1 Roger Federer (Switzerland)", "24. Feliciano Lopez (Spain)".
_RANKED_LINE = re.compile(
    r"^\d{1,3}\.? ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) \(([^()\n]{2,30})\)[ \t]*$", re.M
)


def _ranked_lists(scan: _Scan) -> None:
    """The seedings or rankings under a sports story, one entry a line: "1 Roger Federer
    (Switzerland)". In a list of at least four such lines whose brackets are mostly countries
    and whose entries are mostly people already, every entry is a person ("24 Feliciano Lopez
    (Spain)", a given name the lexicon does not know)."""
    text, reg = scan.text, scan.reg
    if "\n1 " not in text and "\n1. " not in text:
        return  # (a cheap test first: a ranked list starts at one)
    lists: list[list[re.Match[str]]] = []
    for m in _RANKED_LINE.finditer(text):
        if lists and not text[lists[-1][-1].end() : m.start()].strip():
            lists[-1].append(m)  # the next line of the same list (blank lines between)
        else:
            lists.append([m])
    spans: list[tuple[int, int]] = []  # the entries that are people, in text order
    for entries in lists:
        if len(entries) < 4 or 2 * sum(1 for m in entries if lx.country(m[2])) < len(entries):
            continue
        names = [m[1].split() for m in entries]
        if 2 * sum(1 for words in names if reg.find_full(words)) < len(names):
            continue
        for m, words in zip(entries, names, strict=True):
            if any(w in lx.STOPCAPS or w in lx.KNOWN_ORGS or w in lx.PLACES for w in words):
                continue
            if reg.find_full(words) is None:
                reg.add(words, m.start(1))
            spans.append(m.span(1))
    if not spans:
        return
    starts = [lo for lo, _ in spans]
    for c in scan.cands:  # (one pass over the runs, not one per entry: linear on long lists)
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.start < spans[k][1] and c.kind == "name?":
            c.kind = "person"


def _settle_list_roles(scan: _Scan) -> None:
    """A list's role for the entries that only the list passes found to be people ("...,
    Drew Barrymore, ... are among the other movie superstars")."""
    for words, (role, org) in scan.list_roles:
        p = scan.reg.find_full(words)
        if p is not None and not p.roles:
            _add_role(p, 1, p.first_seen, role, org)


def _listed_names(scan: _Scan) -> None:
    """Lists: "Mark Landler and Coral Davenport", "Angela Davis, Ava DuVernay and ...": a
    name-shaped neighbour of a person in a list is a person too.

    Both directions, so that a list whose known person comes last is read too; a given name
    between two listed people may carry a common word ("Justin Day", "Abbi Easter")."""
    text, cands, lower_vocab, reg = scan.text, scan.cands, scan.lower_vocab, scan.reg
    for order in (range(len(cands)), range(len(cands) - 1, -1, -1)):
        for k in order:
            c = cands[k]
            if c.kind != "name?" or c.headline or not 2 <= len(c.words) <= 3:
                continue
            if not all(_is_namey(w) for w in c.words) or c.words[0] in _ARTICLES:
                continue  # ("Verdi's La Traviata and Richard Strauss's ...": a work)
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


# Words after a name that make it a business or a team: "Deutsche Boerse shares", "said in a".
_BUSINESS_AFTER = re.compile(r"(?:'s|’s)? (?:shares|stock|group|team|side|newspaper|board)\b")


def _surnames_used_alone(scan: _Scan) -> None:
    """Full names whose given name is in no list and has no cue, but whose surname the text
    goes on using alone for a "he" or "she": "Phillips Idowu ... Idowu landed ... if he
    jumps"."""
    text, singles, lower_vocab, reg = scan.text, scan.singles, scan.lower_vocab, scan.reg
    used_alone: dict[str, bool] = {}
    for c in scan.pairs:
        if (
            c.kind == "name?"
            and singles.get(c.words[1])
            and all(_is_namey(w) and not _INITIAL.fullmatch(w) for w in c.words)
            and not any(w.lower() in lower_vocab for w in c.words)
            and not _wordlike(c.words[0])
            and c.words[0] not in _PLACE_OPENERS  # "North Tyneside ... Tyneside"
            and not (c.words[0] in lx.PLACES and c.words[0] not in lx.GIVEN_NAMES)  # "London
            # Irish ... Irish replied": a club named by its city
            and (
                (
                    len(singles[c.words[1]]) >= 2
                    and _memo(used_alone, c.words[1], lambda w: _used_alone(text, singles[w]))
                )
                # "Zaccarias Moussaoui ... Moussaoui, 33, a French national": an age says person
                or any(_STRONG_CUE.match(text, s.end) for s in singles[c.words[1]])
                # "Garbiñe Muguruza ... to beat Muguruza": the surname alone again later (not
                # "Sydney Swans ... the Swans", "Deutsche Boerse ... Boerse")
                or (
                    any(s.start > c.end for s in singles[c.words[1]])
                    and c.words[0] not in lx.PLACES
                    and "-" not in c.words[0]
                    and not c.words[1].endswith(("s", "S"))  # "Guangsha Lions"
                    and not _BUSINESS_AFTER.match(text, c.end)
                )
            )
            and c.words[1] not in reg.by_last  # the surname alone is someone else's already
            and reg.find_full(c.words) is None
        ):
            # A personal pronoun soon after, before any "its" (a firm's): "It's all down to
            # him" still counts.
            pm = _PRONOUN.search(text, c.end, c.end + 300)
            aged = any(_STRONG_CUE.match(text, s.end) for s in singles[c.words[1]])
            if aged or (pm is not None and " its " not in text[c.end : pm.start()]):
                c.kind = "person"
                reg.add(c.words, c.start)


def _known_surname_pairs(scan: _Scan) -> None:
    """A known surname after a name-shaped word, the surname used again alone or a "he"/"she"
    soon after (a firm is "it"): "LaShawn Merritt ... Merritt" is a person too."""
    text, reg = scan.text, scan.reg
    for c in scan.pairs:
        if (
            c.kind == "name?"
            and c.words[1] in lx.SURNAMES
            and _surname_pair(c.words, scan.lower_vocab)
            and not _INSTITUTION_AFTER.match(text, c.end)
            and not text.endswith(" the ", 0, c.start)  # "to win the Wooden Spoon": a thing
            and not _after_firm_kind(text, c.start)  # "technology giant Hewlett Packard"
            and c.words[1] not in reg.by_last  # then a relative at most: see _relatives
            and reg.find_full(c.words) is None
        ):
            again = any(s.start > c.end for s in scan.singles.get(c.words[1], ()))
            if again or _personal_pronoun_after(text, c.end, 200):
                c.kind = "person"
                reg.add(c.words, c.start)


# After a surname that opens a sentence, a verb and, later in the same sentence, "he" or "she"
# as the subject of a clause: "Franchitti seemed to like it, though he probably won't need it".
_HE_LATER = re.compile(r" [a-z][^.!?\n]{0,120}?(?:, | and | but | though )(he|she) [a-z]")


def _named_mid_sentence(scan: _Scan, word: str) -> bool:
    """Whether the document also writes ``word`` alone inside a sentence, where only names are
    capitalised (so it is no adverb or participle that happens to open one)."""
    return any(not _sentence_start(scan.text, s.start) for s in scan.singles.get(word, ()))


# Words before a one-word run that make it a place, not a speaker named by surname alone.
_PLACE_PREPOSITIONS = (" in ", "In ", " near ")


def _unknown_or_spouse(known: _PersonBuild | None, c: _Cand) -> bool:
    """No one registered goes by ``c``'s one name, or only someone the text calls a spouse
    while ``c`` holds an office ("President Trump" beside "first lady Melania Trump")."""
    if known is None:
        return True
    return (
        c.honorific is None
        and c.role is not None
        and c.role.lower() not in SPOUSE_ROLES
        and _spouse_only(known)
    )


def _partial_names(scan: _Scan) -> None:
    """People the text never names in full: "Mr. Figueroa", "Melanie said" (a given name,
    perhaps with the family name of a relative), "said Putney, the chief of police"."""
    text, cands, lower_vocab, reg = scan.text, scan.cands, scan.lower_vocab, scan.reg
    # "Merrill said" after "Merrill Lynch": a firm's first word is the firm, not a given name
    firm_heads = {c.words[0] for c in cands if c.kind == "org" and len(c.words) >= 2}
    for c in cands:
        if len(c.words) == 1 and c.words[0] in firm_heads:
            continue
        if c.kind == "name?" and text.endswith(_PLACE_PREPOSITIONS, 0, c.start):
            continue  # "from Dartford in Kent, said": a place, not a given name nor a surname
        if (
            c.kind == "person"
            and (c.honorific or c.role)
            and len(_core(c.words)) == 1
            and _is_namey(c.words[0])
            and not _INITIAL.fullmatch(c.words[0])
            and (c.honorific or not _common_words(c.words, lower_vocab))
            and (c.honorific or not c.words[0].lower().endswith(_ABSTRACT_ENDINGS))
            and c.words[0] not in _TITLE_TAILS  # "the Queen Mother", "Queen Consort"
            and not _thing_word_before(text, c.title_start if c.title_start >= 0 else c.start)
            # ("Hollywood classic King Kong": a film)
            and not _INSTITUTION_AFTER.match(text, c.end)  # "King Cross station": a place
            and (
                _unknown_or_spouse(reg.by_part(c.words[0], c.gender, not _royal(c)), c)
                or (  # "President Trump" beside "Donald Trump Jr.": the father, named alone
                    c.role is not None
                    and _junior_in_family(reg, c.words[0])
                    and _implied_father(reg, c.words[0]) is None
                )
            )
            and _knight_of(reg, c) is None
            and _misspelt_surname_of(reg, c) is None
        ):
            p = reg.add(c.words, c.start)
            p.east_asian = False
            closes = text.startswith((",", ". ", " of "), c.end)  # (" of Lairg": a peer's seat)
            left = _left_comma_role(text, c.start) if closes else None
            _note_context(p, c, text, left, None)  # "the Lord Chancellor, Lord Falconer,"
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
            kin = _family_of(text, c.start, reg, cands)
            words = [c.words[0], *kin[0].split()] if kin else c.words
            if kin and reg.find_full(words) is not None:
                continue
            p = reg.add(words, c.start)
            p.gender = lx.GIVEN_GENDER.get(c.words[0])
            if kin:
                # "Nogar's son Stephen": the relation is what the text calls him (and finds him
                # by: "his son said"), the weakest of roles
                _add_role(p, 9, c.start, kin[1], None)
        elif (
            c.kind == "name?"
            and not c.headline
            and len(c.words) == 1
            and (
                _CUE_AFTER.match(text, c.end)
                or (text.endswith(_SAID_BEFORE, 0, c.start) and _appositive(text, c.end))
                or (text.startswith(",", c.end) and _left_comma_role(text, c.start))
                or (text.startswith(", who ", c.end) and _sentence_start(text, c.start))
                or (
                    _sentence_start(text, c.start)
                    and _HE_LATER.match(text, c.end)
                    and _named_mid_sentence(scan, c.words[0])  # not "Rather", "Born", "Soon"
                )
            )  # "the captain, Iriyanto, an Indonesian who uses one name"; "DiCaprio, who lost"
            and _is_namey(c.words[0])
            and c.words[0].lower() not in lower_vocab
            and not _wordlike(c.words[0])
            and not _plural_noun(c.words)
            and not text.endswith(("the ", "The "), 0, c.start)
            and not _DEFINITE_AGE.search(text, max(0, c.start - 20), c.start)  # "the 68-year-old"
            and not _THING_BEFORE.search(text, max(0, c.start - 30), c.start)
            and not _SEAT_BEFORE.search(text, max(0, c.start - 60), c.start)
            and c.words[0] not in lx.KNOWN_ORGS
            and not lx.country(c.words[0])
            and reg.by_part(c.words[0], None) is None
        ):
            # "Peabody said ... he", "said Putney, the chief of police": a speaker the text
            # names by surname only (a company that "said" is "it", and has no such role).
            pm = _ANY_PRONOUN.search(text, c.end, c.end + 300)
            he_later = (
                _HE_LATER.match(text, c.end)
                if _sentence_start(text, c.start) and _named_mid_sentence(scan, c.words[0])
                else None
            )
            if he_later is not None:
                pm = he_later  # "Franchitti seemed to like it, though he ...": "he" is his
            appos = _appositive(text, c.end)
            left = _left_comma_role(text, c.start) if text.startswith(",", c.end) else None
            personal = pm is not None and pm.group(1).lower() not in ("it", "its")
            if personal and not (left or appos) and _owns_its(scan, c.words[0]):
                for x in scan.singles[c.words[0]]:
                    x.kind = "org"
                continue  # "Shell said ... She was leaving", but "Shell had inflated its
                # reserves": a body, whatever pronoun follows one of its mentions
            if left or appos or personal:
                p = reg.add(c.words, c.start)
                if personal and pm is not None:
                    p.gender = "m" if pm.group(1).lower() in ("he", "his", "him") else "f"
                _note_context(p, c, text, left, appos)


def _owns_its(scan: _Scan, word: str) -> bool:
    """Whether the text has ``word`` as the subject of "its" a few words on, with no noun
    phrase between to own it instead ("that Shell had inflated its reserves", not "Peabody
    said the firm had cut its prices"): a body's name."""
    text = scan.text
    for c in scan.singles.get(word, ()):
        m = _ITS_AFTER.match(text, c.end)
        if m is not None and not _DETERMINERS_BETWEEN.search(m.group()):
            return True
    return False


# Up to five lowercase words, then "its".
_ITS_AFTER = re.compile(r"(?: [a-z]+){0,5}? its\b")
_DETERMINERS_BETWEEN = re.compile(r" (?:the|a|an|this|that|his|her|their|company|firm|group)\b")


def _famous_surnames(scan: _Scan) -> None:
    """A famous surname alone ("Obama said", "Putin's war"), when no one of that name is
    known and it does not stand for a government or a campaign ("the Obama administration")."""
    text, reg = scan.text, scan.reg
    for c in scan.cands:
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


def _single_names_after_roles(scan: _Scan) -> None:
    """One capitalised word right after a lowercase role ("Barca midfielder Deco, formerly
    managed by ..."): someone known by one name, as footballers and singers are, when the
    word is no common word of the document, no place, organisation or nationality, and no
    one the text names in full bears it."""
    text, reg, lower_vocab = scan.text, scan.reg, scan.lower_vocab
    for word, cs in scan.singles.items():
        if (
            word.lower() in lower_vocab
            or word in lx.PLACES
            or word in lx.KNOWN_ORGS
            or word in lx.DEMONYMS
        ):
            continue  # (set lookups first: they turn most words away)
        hits = [c for c in cs if _after_mononym_role(text, c)]
        if word in lx.GIVEN_NAMES:
            # "R&B star Nelly", but not '"Jersey Shore" star Mike "The Situation" Sorrentino':
            # a given name alone is a name only where nothing of a longer one follows it
            hits = [c for c in hits if not text.startswith(_MORE_OF_A_NAME, c.end)]
        if not hits or not _is_namey(word) or lx.country(word):
            continue
        c = hits[0]
        p = _mononym_person(reg, c)
        if p is None:
            continue
        left = _left_role(text, c.start)
        if left:
            _add_role(p, 3, c.start, left[0], left[1])


def _mononym_person(reg: _Registry, c: _Cand) -> _PersonBuild | None:
    """The person a one-word name after a role is: the one the registry already holds by that
    word alone with no role yet (a famous one-word name: "singer Usher"), else a new one;
    None when someone the text names in full bears the word, or its bearer has a role."""
    known = reg.by_part(c.words[0], None)
    if known is not None and (known.words != c.words or known.roles):
        return None
    c.kind = "person"
    return known or reg.add(c.words, c.start)


# What follows a given name when a longer name goes on: a nickname in quotation marks, a
# bracket ("Mike (The Situation) Sorrentino").
_MORE_OF_A_NAME = (' "', " “", " '", " ‘", " (")


def _after_mononym_role(text: str, c: _Cand) -> bool:
    """Whether the name-like run ``c`` stands right after a player's or performer's role
    ("midfielder Deco"), not in an award's name ("the best actor Bafta")."""
    if c.kind != "name?" or c.headline is not None or text[c.start - 1 : c.start] != " ":
        return False
    space = text.rfind(" ", max(0, c.start - 30), c.start - 1)
    if text[space + 1 : c.start - 1] not in _MONONYM_ROLES:
        return False
    return not text.endswith(("best ", "supporting ", "leading "), 0, space + 1)


# Roles of people only (never of a firm, as "carmaker" or "giant" are) whose holders news
# names by one word: players, performers, their managers.
_MONONYM_ROLE_WORDS = (
    "midfielder striker defender goalkeeper keeper winger forward playmaker full-back "
    "fullback centre-back flanker fly-half scrum-half captain coach manager boss "
    "singer rapper actor actress model designer comedian guitarist drummer bassist "
    "frontman frontwoman artist star photographer painter sculptor poet writer novelist author "
    "composer musician dancer director performer newcomer"
)
_MONONYM_ROLES = frozenset(_MONONYM_ROLE_WORDS.split())

# The same roles in the plural, opening a list: "A-list singers Madonna, Sir Elton John, Nelly
# and Usher", "strikers Ronaldo and Adriano".
_PLURAL_MONONYM = {
    (w[:-3] + "men" if w.endswith("man") else w + "es" if w.endswith("ss") else w + "s"): w
    for w in _MONONYM_ROLES
    if w not in ("boss", "manager", "captain", "coach", "forward", "model", "keeper")
}
_MONONYM_LIST = re.compile(
    r"\b(" + "|".join(sorted(_PLURAL_MONONYM)) + r")(?: -| —|:|,? including)? (?=[A-Z])"
)  # ("the artists - Beenie Man, Sizzla, ...", "artists including Chris Martin and Jamelia")
_PLURAL_MONONYM_WORDS = frozenset(w.rsplit("-", 1)[-1] for w in _PLURAL_MONONYM)  # as in vocab
_LIST_ENTRY = re.compile(r"(?:(?:Sir|Dame) )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(, | and | & )?")
_LABEL_AFTER = re.compile(r" ([a-z]+) [A-Z]")  # "Oscar winner Adrien Brody"


def _mononym_lists(scan: _Scan) -> None:
    """Every entry of a list that a plural performer's or player's role opens is someone with
    that role, those known by one name too ("singers Madonna, Sir Elton John, Nelly and
    Usher"): one-word entries that are no common word, place, organisation or nationality."""
    text, reg, lower_vocab = scan.text, scan.reg, scan.lower_vocab
    if lower_vocab.isdisjoint(_PLURAL_MONONYM_WORDS):
        return  # (most documents: no scan)
    by_start: dict[int, _Cand] | None = None  # one-word runs by offset, built when first needed
    for m in _MONONYM_LIST.finditer(text):
        role = _PLURAL_MONONYM[m.group(1)]
        entries: list[tuple[int, list[str]]] = []
        pos, last = m.end(), False
        while len(entries) < 12:
            e = _LIST_ENTRY.match(text, pos)
            if e is None:
                break
            label = _LABEL_AFTER.match(text, e.end(1)) if e.group(2) is None else None
            if label is not None and (
                _role_head(label.group(1)) or label.group(1) in lx.AWARD_HOLDERS
            ):
                break  # "which stars Naomi Watts and Oscar winner Adrien Brody": a label
            entries.append((e.start(1), e.group(1).split()))
            pos = e.end()
            if last or e.group(2) is None:
                break
            last = e.group(2) in (" and ", " & ")  # the entry after "and" is the last
            if not last and text.startswith("and ", pos):
                pos, last = pos + 4, True  # ", and Usher"
        if len(entries) < 2:
            continue
        for start, words in entries:
            if len(words) > 1:
                p = reg.find_full(words) or _listed_performer(scan, start, words)
                if p is not None and not p.roles:
                    _add_role(p, 3, start, role, None)
                continue
            word = words[0]
            if by_start is None:
                by_start = {c.start: c for cs in scan.singles.values() for c in cs}
            c = by_start.get(start)
            if (
                c is None
                or c.kind != "name?"
                or word.lower() in lower_vocab
                or word in lx.PLACES
                or word in lx.KNOWN_ORGS
                or word in lx.DEMONYMS
                or lx.country(word)
                or not _is_namey(word)
            ):
                continue
            p = _mononym_person(reg, c)
            if p is not None:
                _add_role(p, 3, start, role, None)


def _listed_performer(scan: _Scan, start: int, words: list[str]) -> _PersonBuild | None:
    """A name of two or three words in a performers' or players' list ("the artists - ...,
    Buju Banton, Bounty Killer, ... and Vybz Kartel"): a person, when the run was read as a
    possible name (no organisation, place or thing) and none of its words is a common one."""
    for c in scan.pairs:
        if c.start == start and c.words == words:
            break
    else:
        return None
    if (
        c.kind != "name?"
        or any(w.lower() in scan.lower_vocab or w in lx.KNOWN_ORGS for w in words)
        or not all(_is_namey(w) for w in words)
    ):
        return None
    c.kind = "person"
    return scan.reg.add(c.words, c.start)


def _relatives(scan: _Scan) -> None:
    """Relatives: "Rakeyia Scott" beside "Keith Lamont Scott" is a second person of the
    family, even when her given name is in no list and nothing else introduces her."""
    reg = scan.reg
    for c in scan.pairs:
        if (
            c.kind == "name?"
            and c.words[-1] in reg.by_last
            and all(_is_namey(w) for w in c.words)
            and not any(w.lower() in scan.lower_vocab for w in c.words)
            and any(
                len(q.core) >= 2 and q.first_seen < c.start
                for q in reg.by_last.get(c.words[-1], ())
            )
            and not _wordlike(c.words[0])
            and c.words[0] not in reg.by_last
            and c.words[0] not in reg.by_first
            and not (c.words[0] in scan.singles and c.words[0] not in lx.GIVEN_NAMES)
            and reg.find_full(c.words) is None
        ):
            # (A first word the text also uses alone is a place or a club run into a photo
            # caption: "the draw with Burnley Townsend was unhappy".)
            c.kind = "person"
            reg.add(c.words, c.start)


def _resolve_runs(
    scan: _Scan,
) -> tuple[list[Mention], dict[str, str], dict[str, str], list[tuple[int, str]]]:
    """Pass 2: resolve every run to a person, organisation or place, with its mention; a role
    stated only at a later, partial mention ("said Mr. Reeves, a senior fellow at") is noted
    here. Returns the mentions, organisations, places, and where each organisation stands."""
    text, reg = scan.text, scan.reg
    mentions: list[Mention] = []
    orgs: dict[str, str] = {}
    places: dict[str, str] = {}
    org_seen: list[tuple[int, str]] = []
    for c in scan.cands:
        if c.headline:
            _headline_mentions(text, c.headline, reg, mentions)
        elif c.kind in ("person", "name?"):
            _resolve_name(scan, c, mentions)
        elif c.kind == "roleref":
            _resolve_roleref(scan, c, mentions)
        elif c.kind == "org":
            owner = _surname_of_named(reg, c)
            if owner is not None:
                # "Leading actor Edward Fox ... Fox told the South Wales Evening Post": the
                # surname of the one person named in full before, not the broadcaster.
                _mention(owner, text, c.start, c.end, mentions, False)
                continue
            name = " ".join(c.words)
            if not orgs.get(name):
                orgs[name] = name
            mentions.append(Mention(c.start, c.end, name, "organization"))
            org_seen.append((c.start, name))
        elif c.kind == "place":
            name = " ".join(c.words)
            key = lx.country(name) or name
            places.setdefault(key, name)
    return mentions, orgs, places, org_seen


# A plural role, a titled name and "and" before another titled name.
_PLURAL_TITLED_PAIR = re.compile(
    r"[a-z]s ((?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.? [A-Z][\w'’-]+) and \Z"
)


def _surname_of_named(reg: _Registry, c: _Cand) -> _PersonBuild | None:
    """The one person named in full before ``c`` whose surname is ``c``'s one word (a name
    the lexicon knows as an organisation's: "Fox", "Ford")."""
    if len(c.words) != 1:
        return None
    owners = [
        p
        for p in reg.by_last.get(c.words[0], ())[:_BUCKET]
        if len(p.core) >= 2 and p.core[-1] == c.words[0]
    ]
    if len(owners) == 1 and owners[0].first_seen < c.start:
        return owners[0]
    return None


def _royal(c: _Cand) -> bool:
    """ "Prince Charles", "Queen Elizabeth": one given name after a royal title, no one's
    given name alone ("Prince Charles" is not Charles Kennedy)."""
    return c.honorific in ROYAL_TITLES or (c.role in ROYAL_TITLES and c.title_start >= 0)


def _resolve_name(scan: _Scan, c: _Cand, mentions: list[Mention]) -> None:
    text, reg = scan.text, scan.reg
    p = reg.find_full(c.words) if len(c.words) >= 2 else None
    full = p is not None
    if p is None:
        core = [w for w in c.words if w not in lx.NAME_SUFFIXES]
        if len(core) == 1 or (c.honorific and core):
            given = (c.honorific is None and c.role is None) or not _royal(c)
            plain = c.honorific in _PLAIN_HONORIFICS
            p = reg.by_part(core[-1], c.gender, given, plain)
            suffixed = _suffixed_namesake(reg, core[-1], c.words) if len(core) == 1 else None
            if suffixed is not None:
                p = suffixed  # "Trump Jr. shared ...": the son, not the father
            elif p is not None and c.role is not None and _junior_in_family(reg, core[-1]):
                # "President Trump" beside "Donald Trump Jr." and "Ivanka Trump": a son named
                # "Jr." implies the man who bears the name alone, whom an office title before
                # the bare surname means
                p = _implied_father(reg, core[-1])
            if p is None and len(core) >= 1 and c.honorific:
                p = (
                    reg.by_part(core[0], c.gender, given)
                    or _knight_of(reg, c)
                    or _misspelt_surname_of(reg, c)
                )
    if p is None:
        return
    if c.gender and p.gender != c.gender and p.core[0] in lx.EITHER_SEX:
        p.gender = c.gender  # "Deputy Mayor Nicky Gavron ... Ms Gavron said": a woman
    s = c.title_start if (c.title_start >= 0 and not full) else c.start
    _mention(p, text, s, c.end, mentions, full)
    if c.kind == "person" and c.title_start >= 0:
        left = _left_role(text, c.title_start) if c.role is None and not full else None
        if (
            left is None
            and c.role is None
            and not full
            and text.endswith(" and ", 0, c.title_start)
        ):
            pair = _PLURAL_TITLED_PAIR.search(text, max(0, c.title_start - 60), c.title_start)
            if pair is not None:
                left = _left_role(text, pair.start(1))  # "Irish billionaires Mr McManus and Mr
                # Magnier": the plural role is both men's
        _note_context(p, c, text, left, None)  # "Federal Reserve chairman Mr Greenspan"
        if not full and _weak_roles(p):
            later = _appositive(text, c.end)  # "said Mr. Reeves, a senior fellow at"
            if later:
                _add_role(p, 2 if p.roles else 4, c.start, later[0], later[1])
    elif not full and _weak_roles(p):
        # "said Yearout, 51, co-owner and chief executive of ...": a role stated at a later,
        # surname-only mention.
        at = c.title_start if c.title_start >= 0 else c.start
        later = (
            _appositive(text, c.end)
            or _left_role(text, at)  # "chairman Mr Greenspan"
            or _copula_role(text, c.end)  # "Fey was head writer at SNL"
        )
        if later:
            # only if nothing better, but above a role shared with a list
            _add_role(p, 2 if p.roles else 4, c.start, later[0], later[1])


def _misspelt_surname_of(reg: _Registry, c: _Cand) -> _PersonBuild | None:
    """ "Mr Montieth" after "David Monteith": a plain honorific and one word of five letters
    or more, one letter off (or two swapped) the surname of exactly one person named in full."""
    if c.honorific not in _PLAIN_HONORIFICS and c.honorific not in ("Dr", "Dr."):
        return None
    if len(c.words) != 1:
        return None
    return _misspelt(c.words[0], reg.by_last, lambda q: len(q.core) >= 2)  # named in full


_PLAIN_HONORIFICS = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms."])


def _resolve_roleref(scan: _Scan, c: _Cand, mentions: list[Mention]) -> None:
    """A capitalised title without a name ("the Secretary General said"): the person who holds
    it, or the next person named when the title comes first."""
    text, reg = scan.text, scan.reg
    the = text[max(0, c.start - 4) : c.start].lower() == "the "
    p = (
        reg.by_part(c.words[0], None)
        if len(c.words) == 1 and not the and c.words[0] in reg.by_last
        else None
    )
    if p is not None and p.core[-1] == c.words[0]:
        # "Dean, a medical doctor, ...": the surname of someone named in full that is also a
        # title word.
        _mention(p, text, c.start, c.end, mentions, False)
        return
    if not the and (c.start > 0 and text[c.start - 1] != "\n"):
        return
    last = c.words[-1].lower().rstrip(".")
    if last not in lx.ROLE_HEADS and _role_head(last):
        return  # "the Athletes": a plural names a group, not one person
    p = _by_role(reg, c.role)
    s = c.start
    if text[max(0, s - 4) : s].lower() == "the ":
        s -= 4
    if p is not None:
        _mention(p, text, s, c.end, mentions, False)
    elif c.role and s < c.start:
        p = _cataphora(reg, c.end)
        if p is not None:
            # "..., the Trade and Industry Secretary has said. Patricia Hewitt said": a title
            # before anyone is named belongs to the next person named.
            _add_role(p, 3, c.start, c.role, c.org)
            _mention(p, text, s, c.end, mentions, False)


def _entities(
    text: str,
    reg: _Registry,
    mentions: list[Mention],
    orgs: dict[str, str],
    places: dict[str, str],
) -> Entities:
    """The output records: people who are mentioned at all, most mentioned first, each with
    the best-sourced role, an organisation and a gender (from the given name or the
    pronouns after the first mention)."""
    people = [p for p in reg.people if p.mentions > 0]
    _infer_orgs(people, places, text)
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "person" and m.name not in first:
            first[m.name] = m
    person_marks = sorted((m.start, m.name) for m in mentions if m.kind == "person")
    for p in people:
        if p.gender is None:
            p.gender = (
                lx.GIVEN_GENDER.get(p.core[0]) if len(p.core) > 1 and not p.east_asian else None
            )
        if p.gender is None:
            p.gender = _pronoun_gender(text, first.get(p.name), person_marks)
    people.sort(key=lambda p: (-p.mentions, p.first_seen))
    kin = _kin_roles(text, [p for p in people if not p.roles], mentions)
    out = [
        Person(
            name=p.name,
            role=_best(p.roles)[0] or kin.get(p.name),
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


_KIN_WORDS = (
    "wife|husband|son|daughter|brother|sister|father|mother|widow|widower|son-in-law|"
    "daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law|grandson|"
    "granddaughter|grandfather|grandmother|nephew|niece|cousin|uncle|aunt|fiancée|fiancé|"
    "stepson|stepdaughter|stepfather|stepmother"
)
# "Saipov's sister, Umida", "his wife Melania", "son-in-law Jared Kushner" (an in-law needs
# no owner) before a name; ", his wife," after one.
_KIN_BEFORE = re.compile(
    r"(?:(?:\b(?:his|her|their)|['’]s?) (?:late |twin |younger |elder |older |eldest |youngest )?"
    r"(" + _KIN_WORDS + r")|\b((?:son|daughter|father|mother|brother|sister)-in-law)),? \Z"
)
_KIN_AFTER = re.compile(r", (?:his|her|their) (" + _KIN_WORDS + r"),")


def _kin_roles(text: str, roleless: list[_PersonBuild], mentions: list[Mention]) -> dict[str, str]:
    """The relation the text names someone by when it gives no office: "Saipov's sister, Umida
    Saipova", "his wife, Melania", "son-in-law Jared Kushner", "Ann Brown, his widow,"."""
    if not roleless:
        return {}
    wanted = {p.name for p in roleless}
    found: dict[str, str] = {}
    for m in mentions:
        if m.kind != "person" or m.name not in wanted or m.name in found:
            continue
        before = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start)
        after = None if before is not None else _KIN_AFTER.match(text, m.end)
        if before is not None:
            found[m.name] = before.group(1) or before.group(2)
        elif after is not None:
            found[m.name] = after.group(1)
    return found


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


# Nouns that name someone of a known sex: a pronoun after one of them may be theirs.
_GENDERED_NOUN = re.compile(
    r"\b(?:\w*wom[ae]n|(?:spokes|chair|business|congress|police|fire|gun|French|English|Irish"
    r"|Scots|Dutch|front|sports|fisher|country)?m[ae]n|girls?|boys?|mother|father|wife|husband|daughter|son|sister"
    r"|brother|widow|widower|grandmother|grandfather|aunt|uncle|niece|nephew|queen|king"
    r"|princess|prince|actress|waitress|lady|gentleman)\b",
    re.IGNORECASE,
)

_QUOTED_SPAN = re.compile(r"\"[^\"]*\"|“[^“”]*”")


def _pronoun_gender(text: str, m0: Mention | None, marks: list[tuple[int, str]]) -> str | None:
    """ "he"/"she" right after a person's first mention, before anyone else is named (the
    person named again is no one else: "dancer Bez. At one time Bez was ... but he has").
    ``marks``: every person mention as (start, name), in order."""
    if m0 is None:
        return None
    j = bisect.bisect_left(marks, (m0.start,)) - 1
    if j >= 0 and m0.start - marks[j][0] < 120:
        between = text[marks[j][0] : m0.start]
        if " and " in between and ". " not in between:
            return None  # "Knight and drum 'n' bass star Roni Size have released ... She": the
            # pronoun may be either's
    k = bisect.bisect_left(marks, (m0.end + 1,))
    while k < len(marks) and marks[k][1] == m0.name and marks[k][0] < m0.end + 200:
        k += 1
    nxt = marks[k][0] if k < len(marks) else len(text)
    window = text[m0.end : min(nxt, m0.end + 200)]
    if '"' in window or "“" in window:
        window = _QUOTED_SPAN.sub(" ", window)
    other = _GENDERED_NOUN.search(window)
    if other is not None:
        # "according to Dr Asier Sáez-Cirión, ... the Frenchwoman does not ... she": the
        # pronoun after a gendered noun is that noun's, not the person's.
        window = window[: other.start()]
    pm = _PRONOUN.search(window)  # (outside quotation marks: a quoted "her" is someone else)
    if not pm:
        return None
    return "m" if pm.group(1).lower() in ("he", "him", "his") else "f"


def _junior_in_family(reg: _Registry, surname: str) -> bool:
    """Whether someone of the text with ``surname`` carries "Jr." (a father of the name is
    implied: "Donald Trump Jr.")."""
    return any("Jr" in p.suffix for p in reg.by_last.get(surname, []))  # (stops left out)


def _suffixed_namesake(reg: _Registry, surname: str, words: list[str]) -> _PersonBuild | None:
    """The one person of the family whose name carries the suffix a surname-only mention has
    ("Trump Jr." for "Donald Trump Jr.")."""
    suffix = [w.rstrip(".") for w in words if w in lx.NAME_SUFFIXES]
    if not suffix:
        return None
    found = [p for p in reg.by_last.get(surname, []) if p.suffix == suffix]
    return found[0] if len(found) == 1 else None


def _implied_father(reg: _Registry, surname: str) -> _PersonBuild | None:
    """The father a "Jr." implies, if the text names him: a man (or someone of unknown sex) of
    the family with no suffix ("Donald Trump", or "Trump" alone), not "Ivanka Trump"."""
    fathers = [p for p in reg.by_last.get(surname, []) if not p.suffix and p.gender != "f"]
    return max(fathers, key=lambda p: len(p.core)) if fathers else None
