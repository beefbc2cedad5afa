"""Families and nicknames: people who share a family name, and names with a nickname inside.

"Steve Waugh and his twin brother Mark", "Mr Conlon's father Giuseppe", "Patrick and John
Collison", 'Robert C. "Bobby" Scott': the name words the text leaves out are taken from the
relative it names, so each person gets their own full name.
"""

from __future__ import annotations

import bisect
import re

from bot.digest import lexicon as lx
from bot.digest.names import GIVEN_BEFORE_NICKNAME, SURNAME_AFTER_NICKNAME
from bot.digest.registry import _Cand, _Registry

_KIN = re.compile(
    r"(?:\b(his|her|their)|(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w'’-]+)['’]s?|\b([A-Z][\w'’-]+)['’]s?)"
    r" (?:late |twin |younger |elder |older |little |big )?(wife|husband|son|daughter|brother|"
    r"sister|father|mother|widow|widower),? $"
)

_SURNAME_PARTICLES = frozenset(
    "van von der den de del della dal dalla da di du la le ter ten bin".split()  # noqa: SIM905
)


def _family_name(core: list[str]) -> str:
    """The family name at the end of a full name, with its particles: "Van Der Beek"."""
    k = len(core) - 1
    while k > 1 and core[k - 1].lower() in _SURNAME_PARTICLES:
        k -= 1
    return " ".join(core[k:])


def _family_of(text: str, start: int, reg: _Registry, cands: list[_Cand]) -> tuple[str, str] | None:
    """The family name of the person whose relative is named at ``start`` by a given name, and
    the relation: "Mr Conlon's father Giuseppe" → ("Conlon", "father"); "Sheldon Adelson and
    his wife, Miriam" → ("Adelson", "wife") (the person named last before "his"/"her")."""
    m = _KIN.search(text, max(0, start - 40), start)
    if m is None:
        return None
    family = _family_name_of(text, m, reg, cands)
    return (family, m.group(4)) if family is not None else None


def _family_name_of(text: str, m: re.Match[str], reg: _Registry, cands: list[_Cand]) -> str | None:
    """The family name of the one whose relation ``m`` is: the owner it names ("Mr Conlon's"),
    or the person named last before "his"/"her"."""
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
            if (
                pronoun_gender
                and p.gender is None
                and p.core[0] not in lx.GIVEN_NAMES
                and p.core[-1] not in lx.SURNAMES
                and ". " in text[c.end : m.start()]
            ):
                return None  # "reggae artist Beenie Man. She ... her daughter Teja": a name
                # of no known sex sentences before is likely not whose "her" it is (but
                # "Sheldon Adelson and his wife" is)
            return _family_name(p.core)
        k -= 1
    return None


# The nickname in quotation marks, then the surname; the given name is read backwards from it
# ("Robert C. "Bobby" Scott").
_NICKNAME = re.compile(rf"[\"“][A-Z][\w.'’-]{{1,20}}[\"”] ({SURNAME_AFTER_NICKNAME})\b")


def _nicknamed(text: str) -> list[_Cand]:
    """'Joko "Jokowi" Widodo', 'Don "Moose" Jamison': a name with a nickname inside it."""
    out = []
    for m in _NICKNAME.finditer(text):
        g = GIVEN_BEFORE_NICKNAME.search(text, max(0, m.start() - 25), m.start())
        if g is None:
            continue
        given, surname, end = g.group(1), m.group(1), m.end()
        if surname.endswith(("’s", "'s")):
            surname, end = surname[:-2], end - 2  # 'the late Desmond “Etika” Amofah’s account'
        if given in lx.GIVEN_NAMES or surname in lx.SURNAMES:
            out.append(_Cand("name?", g.start(1), end, [given, surname], strong=True))
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


# A lowercase plural right before a name: "champions ", "brothers ", "twins ".
_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}s $")


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
            and (
                nxt.words[1] not in lx.GIVEN_NAMES
                or (
                    nxt.words[1] in lx.SURNAMES
                    and _PLURAL_BEFORE.search(text, max(0, c.start - 30), c.start)
                )
            )  # ("champions Mike and Bob Bryan": a surname that is a given name too)
            and text[c.end : nxt.start] == " and "
            # the last two of a longer list of things ("Miramax, Columbia and Buena Vista") are
            # not one family
            and not (
                k > 0 and text[cands[k - 1].end : c.start] == ", " and cands[k - 1].kind != "person"
            )
            # a shared title is plural ("Co-founders Patrick and ..."); "Prince Harry and Meghan
            # Markle" keep their own names
            and (c.title_start < 0 or text[c.title_start : c.start].rstrip().endswith("s"))
        ):
            c.words = [c.words[0], nxt.words[1]]
