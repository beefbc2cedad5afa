"""Organisations and places: telling an organisation or a place from a person, and linking
people to the organisation they speak for.

Why apart: "Clinton campaign", "NATO", "the Times" are read with their own word lists and
rules; the people extractor only needs the answers.
"""

from __future__ import annotations

import re

from bot.digest import lexicon as lx
from bot.digest.model import Mention
from bot.digest.registry import _best, _Cand, _PersonBuild

_MEDIA_REFS = re.compile(
    r"\b[Tt]he (newspaper|paper|network|channel|broadcaster|magazine|outlet|station|"
    r"publication|website|tabloid|daily|news agency|agency)\b"
)


_NATIONAL_ROLES = ("president", "minister", "premier", "chancellor", "king", "queen")


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
        last in lx.PLACE_WORDS
        or words[0] in ("Lake", "Mount", "Mt", "Mt.", "Fort", "Port", "Saint", "Camp")
        or (words[0] in ("San", "Santa", "Monte", "Puerto", "Porto") and words[1] != "Claus")
    ):
        return _Cand("place", start, end, bare.split())
    if _acronym(words):
        return _Cand("org", start, end, [last])
    if len(words) == 1 and "." in last and last.replace(".", "").isupper() and lx.country(last):
        return _Cand("place", start, end, [last])
    return None


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


# Nicknames news uses for a party it also names in full (the speaker resolver reads them too).
PARTY_NICKNAMES = {
    "Tories": ("Conservatives", "Conservative Party"),
    "Tory": ("Conservatives", "Conservative Party"),
    "Lib Dems": ("Liberal Democrats",),
    "Lib Dem": ("Liberal Democrats",),
}

_INITIAL_SKIP = frozenset(("of", "and", "the", "for", "&"))


_COMPANY_WORDS = ("Company", "Group", "Corporation", "Corp", "Inc", "Ltd", "plc", "Holdings", "Co")


def _with_company_word(name: str, present: set[str]) -> str | None:
    """The same firm's name with a company word after it, when the text also uses that."""
    for word in _COMPANY_WORDS:
        longer = f"{name} {word}"
        if longer in present:
            return longer
    return None


def _acronym_form(name: str) -> bool:
    """An acronym, in capitals ("BNP") or, as the BBC writes some, in title case ("Bat" for
    British American Tobacco): merged only with a name the text spells out."""
    return (
        2 <= len(name) <= 6
        and name.isalpha()
        and (name.isupper() or (len(name) >= 3 and name[0].isupper() and name[1:].islower()))
    )


def acronyms_of(name: str) -> set[str]:
    """The acronyms a body's name can be written as: the initials of its capitalised words
    ("British National Party": BNP), without a company word at its end ("General Motors Co":
    GM), each part of a hyphened word ("Anti-Defamation League": ADL), every letter of a dotted
    abbreviation opening it ("U.S. Citizenship and Immigration Services": USCIS)."""
    words = [w for w in name.split() if w.lower() not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return set()
    found = {"".join(w[0] for w in words)}
    if len(words) >= 3 and words[-1] in _COMPANY_WORDS:
        found.add("".join(w[0] for w in words[:-1]))
    parts = [part for w in words for part in w.split("-")]
    if len(parts) > len(words) and all(part[:1].isupper() for part in parts):
        found.add("".join(part[0] for part in parts))
    if "." in words[0] and words[0].replace(".", "").isupper():
        found.add(words[0].replace(".", "") + "".join(w[0] for w in words[1:]))
    return found


def merge_org_aliases(orgs: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """One organisation under one name: an acronym the text also spells out ("BNP" and
    "British National Party"), a party's nickname ("Tories" and "Conservatives"), a firm's
    name without its company word ("Atlantic Shipping") become the full name, in the list and
    in every mention. Returns what became what."""
    names = list(orgs.values())
    present = set(names)
    shortened = {n.rsplit(" ", 1)[0] for n in names if n.rsplit(" ", 1)[-1] in _COMPANY_WORDS}
    if len(names) < 2 or not any(
        _acronym_form(n) or n in PARTY_NICKNAMES or n in shortened for n in names
    ):
        return {}  # (no acronym, no nickname, no short form: nothing to merge, found at once)
    spelled: dict[str, list[str]] = {}
    for name in names:
        for acronym in acronyms_of(name):
            spelled.setdefault(acronym, []).append(name)
    canon: dict[str, str] = {}
    for name in names:
        longer = _with_company_word(name, present) if name in shortened else None
        if longer:
            canon[name] = longer  # "Atlantic Shipping" -> "Atlantic Shipping Company"
            continue
        full = spelled.get(name.upper(), []) if _acronym_form(name) else []
        if len(full) == 1:
            canon[name] = full[0]  # "BNP" -> "British National Party"
        for long in PARTY_NICKNAMES.get(name, ()):
            if long in present:
                canon[name] = long
                break
    if not canon:
        return {}
    for key in [k for k, v in orgs.items() if v in canon]:
        del orgs[key]
    for m in mentions:
        if m.kind == "organization" and m.name in canon:
            m.name = canon[m.name]
    return canon
