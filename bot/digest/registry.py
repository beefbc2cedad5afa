"""The people found so far in one document, and the candidates read from capitalised runs.

Why apart: both passes of :mod:`bot.digest.people` and the later readers (headlines,
descriptions, organisations) add to and look up the same registry; its data shapes and lookups
are one concern, independent of how a run of words is read.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from bot.digest import lexicon as lx
from bot.digest.model import Mention
from bot.digest.names import _core, bare_surname


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


def _same_middle(middle: str, p: _PersonBuild) -> bool:
    """Whether two names' middle initials allow one person (either name may have none)."""
    other = _middle_initials(p.words)
    return not middle or not other or middle == other


def _middle_initials(words: list[str]) -> str:
    """The initials between a given name and the surname, as letters: "H.W." -> "HW"."""
    return "".join(
        w.replace(".", "") for w in words[1:-1] if w.replace(".", "").isupper() and len(w) <= 5
    )


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


_RELATIONS = frozenset(
    "ally rival opponent supporter backer donor mega-donor colleague".split()  # noqa: SIM905
)


# Roles that say whose spouse someone is.
SPOUSE_ROLES = frozenset(["first lady", "wife", "husband", "widow", "widower", "first gentleman"])


def _spouse_only(p: _PersonBuild) -> bool:
    """Whether every role stated for ``p`` is someone's spouse ("first lady Melania Trump")."""
    return bool(p.roles) and all(r.lower() in SPOUSE_ROLES for _, _, r, _ in p.roles)


def _add_role(p: _PersonBuild, prio: int, pos: int, role: str, org: str | None) -> None:
    """Record a role for ``p`` and index it by each of its word suffixes ("foreign minister",
    "minister") so that "the minister" finds its person in constant time."""
    if len(p.roles) >= _BUCKET:
        return  # a name repeated with its title thousands of times: the first ones tell all
    words = role.lower().split()
    if words and words[-1] not in _RELATIONS:
        p.roles.append((prio, pos, role, org))
    # (A relation, "Trump ally Chris Christie", "his rival", is no role of the person's own:
    # it still finds them for "the ally said", and leaves room for a real office stated later.)
    if p.role_index is None:
        return
    for k in range(len(words)):
        if k > 0 and words[k - 1] in lx.NOT_THE_OFFICE:
            break  # a shadow chancellor is no chancellor, a deputy leader no leader
        bucket = p.role_index.setdefault(" ".join(words[k:]), [])
        if len(bucket) < 2 and p not in bucket:
            bucket.append(p)  # only "one person or several" matters


def _weak_roles(p: _PersonBuild) -> bool:
    """Whether ``p`` has no role but a membership ("shadow cabinet members David Davis, Oliver
    Letwin and Tim Yeo") or a hope ("Oscar hopefuls"): an office stated at a later mention goes
    before it."""
    return not p.roles or all(r[2].lower().endswith(("member", "hopeful")) for r in p.roles)


# At most this many people sharing a name word are compared with a new form of a name: real
# documents have a handful; absurd ones must stay linear.
_BUCKET = 64


class _Registry:
    """The people of one document, merged over the forms the text uses, indexed by name word
    so that a long document with many people stays linear."""

    def __init__(self) -> None:
        self.people: list[_PersonBuild] = []
        self.by_last: dict[str, list[_PersonBuild]] = {}
        self.by_joined: dict[str, _PersonBuild] = {}  # the name's letters only, lower case
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
        suffix = _suffix(words)
        middle = _middle_initials(words)
        for p in self.by_last.get(core[-1], ())[:_BUCKET]:
            pc = p.core
            if (p.suffix != suffix and not _formal_numeral(p, words, suffix)) or len(pc) < 2:
                continue
            if not _same_middle(middle, p):
                continue  # "George W. Bush" is not "George H.W. Bush": father and son
            if (
                lx.given_key(pc[0]) == lx.given_key(core[0])
                or pc == core[-len(pc) :]
                or core == pc[-len(core) :]
            ):
                return p
        if len(core) == 2 and len(core[0].rstrip(".")) == 1 and core[0][:1].isupper():
            # "J. Powell" after "Jerome Powell": the initial of the one given name it can be
            same = [
                p
                for p in self.by_last.get(core[-1], ())[:_BUCKET]
                if len(p.core) >= 2 and p.core[0][:1] == core[0][0] and p.suffix == suffix
            ]
            if len(same) == 1:
                return same[0]
        for p in self.by_first.get(core[0], ())[:_BUCKET]:
            # "Nicolás Maduro" and "Nicolás Maduro Moros": one is the other's beginning.
            pc = p.core
            prefix = pc == core[: len(pc)] or core == pc[: len(core)]
            if len(pc) >= 2 and prefix and p.suffix == suffix and _same_middle(middle, p):
                return p
        found = self.by_joined.get(_joined(core, suffix))  # "Kim Jong-un" is "Kim Jong Un"
        if found is not None and not _same_middle(middle, found):
            found = None
        if found is None and len(core) == 2:
            found = self._one_letter_off(core, suffix)
        return found

    def _one_letter_off(self, core: list[str], suffix: list[str]) -> _PersonBuild | None:
        """A two-word name that differs from one already known by one letter in one word:
        "Stacy Sullivan" after "Stacey Sullivan", "Dmitri" after "Dmitry Medvedev" (the given
        name, four letters or more), "Charles Clark" after "Charles Clarke" (the surname, five
        or more: a typo; two such people in one story are rare)."""
        for same, other, index, shortest in ((-1, 0, self.by_last, 4), (0, -1, self.by_first, 5)):
            if len(core[other]) < shortest:
                continue
            for p in index.get(core[same], ())[:_BUCKET]:
                if (
                    len(p.core) == 2
                    and p.suffix == suffix
                    and _one_letter_apart(p.core[other], core[other])
                ):
                    return p
        return None

    def _index(self, p: _PersonBuild) -> None:
        p.role_index = self.by_role
        p.core = _core(p.words)
        p.suffix = _suffix(p.words)
        if p.core:
            self.by_joined.setdefault(_joined(p.core, p.suffix), p)
            self.by_last.setdefault(p.core[-1], []).append(p)
            self.by_first.setdefault(p.core[0], []).append(p)
            bare = bare_surname(p.core[-1])
            if bare != p.core[-1] and len(p.core) >= 2:
                self.by_last.setdefault(bare, []).append(p)  # "Assad" after "Bashar al-Assad"

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

    def by_part(
        self, word: str, gender: str | None, given: bool = True, plain: bool = False
    ) -> _PersonBuild | None:
        """A single name word ("Trump", "Yoon", "Hillary") → the person it most likely means
        (by a given name too unless ``given`` is false: "Prince Charles" is no Charles Kennedy;
        ``plain`` for "Mr", "Mrs", "Ms", which a knight or dame is not called)."""
        fam = (
            self.by_last.get(word, [])[:_BUCKET]
            or self.by_last.get(bare_surname(word), [])[:_BUCKET]
        )
        for p in self.by_first.get(word, ())[:_BUCKET]:
            if (
                p not in fam
                and len(p.core) >= 2
                and (p.east_asian or word in lx.EAST_ASIAN_SURNAMES)
            ):
                fam.append(p)
        if not fam and "-" in word:
            # "Mr Kilroy-Silk" after "Robert Kilroy Silk": the surname written with a hyphen.
            parts = word.split("-")
            fam = [
                p
                for p in self.by_last.get(parts[-1], ())[:_BUCKET]
                if len(p.core) > len(parts) and p.core[-len(parts) :] == parts
            ]
        if not fam and given and word in lx.GIVEN_NAMES:
            fam = [p for p in self.by_first.get(word, ())[:_BUCKET] if len(p.core) >= 2]
        elif not fam and given:
            # "Ozzy said" after "Ozzy Osbourne": a word the text itself uses as one person's
            # given name (and as no one's surname) is that person
            fam = [p for p in self.by_first.get(word, ())[:_BUCKET] if len(p.core) >= 2]
            fam = fam if len(fam) == 1 else []
        if plain and len(fam) > 1:
            # "Mr Blair" with Sir Ian Blair and Tony Blair in the story: a knight is "Sir Ian".
            untitled = [
                p for p in fam if not any(a.startswith(("Sir ", "Dame ")) for a in p.aliases)
            ]
            fam = untitled or fam
        if not gender and len(fam) > 1:
            # "President Trump" and "first lady Melania Trump": the surname alone is not the
            # one the text knows only as someone's spouse ("Mrs. Trump" still is)
            fam = [p for p in fam if not _spouse_only(p)] or fam
        if gender and len(fam) > 1:
            same = [p for p in fam if p.gender == gender]
            if same:
                fam = same
            else:
                unknown = [p for p in fam if p.gender is None]
                fam = unknown or fam
        elif (
            gender
            and fam
            and fam[0].gender
            and fam[0].gender != gender
            and not (len(fam) == 1 and fam[0].core[0] in lx.EITHER_SEX)
        ):
            return None  # "Mr Blair" after Cherie Blair alone: her husband, someone else
        if not fam:
            return None
        return max(fam, key=lambda p: (p.mentions, p.last_seen))


# Titles of people known by a given name alone: "Prince Charles", "Queen Elizabeth", "Pope John".
ROYAL_TITLES = frozenset("Prince Princess King Queen Emperor Empress Pope".split())  # noqa: SIM905


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("Stacey"/"Stacy", "Dmitri"/"Dmitry"), or two
    letters side by side swapped ("Monteith"/"Montieth")."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


# More surnames than this in one document is a roll call: comparing a typo with each of them is
# too costly, and a match would then be a guess.
_MAX_SURNAMES_COMPARED = 200
_T = TypeVar("_T")


def _misspelt(
    word: str, by_surname: Mapping[str, Iterable[_T]], keep: Callable[[_T], bool] = bool
) -> _T | None:
    """The one entry (that ``keep`` accepts) filed under a surname of five letters or more one
    letter off ``word``, or with two letters swapped ("Durken" for "Durkan", "Montieth" for
    "Monteith"); None when there is none, several, or too many surnames to compare."""
    if len(word) < 5 or len(by_surname) > _MAX_SURNAMES_COMPARED:
        return None
    found = dict.fromkeys(
        x
        for surname, xs in by_surname.items()
        if len(surname) >= 5 and _one_letter_apart(surname, word)
        for x in xs
        if keep(x)
    )
    return next(iter(found)) if len(found) == 1 else None


_NUMERALS = frozenset(["II", "III", "IV"])


def _formal_numeral(p: _PersonBuild, words: list[str], suffix: list[str]) -> bool:
    """ "Robert S. Mueller III" and "Robert Mueller", "Donald F. McGahn II" and "Don McGahn":
    a numeral with a middle initial is the formal form of the name the story otherwise uses
    (a "Jr." is a son, "Donald Trump Jr."; "Henry Ford II", no initial, a grandson)."""
    if p.suffix and suffix:
        return False
    formal_suffix, formal_words = (p.suffix, p.words) if p.suffix else (suffix, words)
    return (
        len(formal_suffix) == 1
        and formal_suffix[0] in _NUMERALS
        and bool(_middle_initials(formal_words))
    )


def _suffix(words: list[str]) -> list[str]:
    """A name's suffixes, their full stops left out: "Hank Williams Jr." ending a sentence and
    "Hank Williams Jr" are one man."""
    return [w.rstrip(".") for w in words if w in lx.NAME_SUFFIXES]


def _joined(core: list[str], suffix: list[str]) -> str:
    """ "Kim Jong-un" and "Kim Jong Un" alike: the name's letters, lower case (and its suffix:
    "Donald Trump Jr." is someone else)."""
    return "".join(core).replace("-", "").lower() + " ".join(suffix)


def _knight_of(reg: _Registry, c: _Cand) -> _PersonBuild | None:
    """ "Sir Digby" after "Sir Digby Jones": a knight or dame is called by the given name."""
    if c.honorific not in ("Sir", "Dame") or len(c.words) != 1:
        return None
    return next((q for q in reg.by_first.get(c.words[0], ())[:_BUCKET] if len(q.core) >= 2), None)


# Informal words for an office ("Leicester boss Nigel Pearson", "Chelsea ace Eden Hazard"):
# kept when nothing else is said, but the office the text also names ("Leicester manager
# Nigel Pearson") is the role.
_INFORMAL_ROLES = frozenset(["boss", "ace", "supremo"])


def _best(roles: list[tuple[int, int, str, str | None]]) -> tuple[str | None, str | None]:
    if not roles:
        return None, None
    _prio, _, role, org = min(
        roles, key=lambda r: (r[0] + (1.5 if r[2].lower() in _INFORMAL_ROLES else 0), r[1])
    )
    if org is None:
        org = next(
            (o for _, _, r, o in sorted(roles, key=lambda x: x[:2]) if o and r == role), None
        )
    return role, org


def _cataphora(reg: _Registry, end: int) -> _PersonBuild | None:
    """The person first named soon after ``end``, if they have no role of their own."""
    firsts = reg.first_seen()
    k = bisect.bisect_right(firsts, (end, 1 << 62))
    if k != 0 or not firsts or firsts[0][0] >= end + 300:
        return None  # someone was named before the title, or nobody soon after it
    p = reg.people[firsts[0][1]]
    return p if not p.roles else None


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
