"""People across documents: which partial names fold into a full name, and which role and
organisation to show for a person seen in many documents.

Pure functions (no I/O), run by :meth:`bot.store.Store.refresh_stats` after every ingest that
changed something. Why at aggregation time rather than in the digest: one document only knows
"Waldheim" or "Kofi"; only the whole collection shows that "Kurt Waldheim" is the one
Waldheim it talks about. The mapping is recomputed from scratch each time, so a name that becomes
ambiguous later ("Kim" once "Kim Dae-jung" joins "Kim Jong Un") is split apart again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.digest.countries import lookup
from bot.digest.lexicon import DEMONYMS, KNOWN_ORGS, ORG_WORDS, ROLE_HEADS

#: A partial name folds into the leading full name only when that one has at least this many
#: times the documents of every other full name it could stand for, put together.
DOMINANCE = 3.0


@dataclass(slots=True, frozen=True)
class PersonStat:
    """One person entity as :func:`canonical_people` needs it."""

    id: int
    key: str  # the folded name: "kofi annan"
    docs: int
    role: str | None = None  # the role it is voted to have on its own (see below)


#: Titles that are not part of a name ("Comrade Andrei Gromyko" is Andrei Gromyko).
_TITLES = frozenset(
    {
        "comrade", "mr", "mrs", "ms", "dr", "sir", "dame", "signor", "senor", "don", "dona",
        "samdech", "pandit", "mwalimu", "madame", "monsieur", "herr", "prof", "professor",
        "honourable", "honorable", "excellency", "his", "her", "major", "general",
        "major-general", "lieutenant", "lieutenant-general", "colonel", "captain", "admiral",
        "marshal", "field", "brigadier", "commander",
    }
)  # fmt: skip
#: Roles that set a person apart from office holders: "Pope" Francis is not a President Francis.
_ROLE_CLASSES = {
    "pope": "church", "cardinal": "church", "archbishop": "church", "bishop": "church",
    "patriarch": "church", "imam": "church", "king": "crown", "queen": "crown",
    "prince": "crown", "princess": "crown", "emperor": "crown", "empress": "crown",
    "sultan": "crown", "emir": "crown",
}  # fmt: skip


def _role_class(role: str | None) -> str | None:
    if not role:
        return None
    for word in role.replace("-", " ").casefold().split():
        if word in _ROLE_CLASSES:
            return _ROLE_CLASSES[word]
    return "office"


def _roles_conflict(a: str | None, b: str | None) -> bool:
    """Whether two roles say two different people: "Pope" and "President" do. Offices do not
    conflict with each other (a Foreign Minister becomes President; extractors confuse them)."""
    class_a, class_b = _role_class(a), _role_class(b)
    return class_a is not None and class_b is not None and class_a != class_b


def _core(key: str) -> list[str]:
    """A folded name without leading titles: "comrade andrei gromyko" -> andrei gromyko."""
    tokens = key.split()
    while len(tokens) > 1 and tokens[0].rstrip(".") in _TITLES:
        tokens = tokens[1:]
    return tokens


def _spelled_out(short: list[str], full: list[str]) -> str | None:
    """How ``full`` spells out ``short``: "initials" ("a a gromyko" -> "andrei andreevich
    gromyko"), "variant" (a last letter lost to OCR, "vuk jeremi" -> "vuk jeremic" but not a
    plural "smiths"; one letter misread in a surname, "peres" -> "perez"; a doubled letter
    written once, "anan" -> "annan"), or None."""
    if len(short) != len(full) or short == full:
        return None
    kind = "initials"
    for i, (a, b) in enumerate(zip(short, full, strict=True)):
        if a == b or (len(a) == 1 and b.startswith(a) and len(b) > 1):
            continue
        if kind == "variant":
            return None  # one damaged word at most
        last = i == len(short) - 1
        clipped = last and len(a) >= 4 and len(b) == len(a) + 1 and b.startswith(a)
        misread = i > 0 and len(a) == len(b) >= 5
        one_letter = misread and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        # A doubled letter written once in a surname: "kofi anan" of "kofi annan".
        single = (
            i > 0
            and len(a) >= 4
            and len(b) == len(a) + 1
            and any(b[j] == b[j + 1] and b[:j] + b[j + 1 :] == a for j in range(len(b) - 1))
        )
        if (clipped and b[-1] != "s") or one_letter or single:
            kind = "variant"
        else:
            return None
    return kind


def canonical_people(people: Iterable[PersonStat]) -> dict[int, int]:
    """``{partial entity id: full-name entity id}`` for partial names that name one person.

    First, forms of one name fold together: with or without a title ("Comrade Andrei Gromyko"),
    with initials or a letter lost to OCR ("A. A. Gromyko", "Vuk Jeremi"). Then partial names:
    a surname, a given name or a trailing part of a longer name ("annan", "kofi", "perez de
    cuellar" of "javier perez de cuellar") folds into the full name with the most documents when
    that one dominates every other reading (:data:`DOMINANCE`); "Bush" with both "George Bush"
    and "George W. Bush" well documented stays apart, and so does a partial name whose role says
    it is someone else ("Pope" Francis, "President" Dennis Francis). Longer partial names are
    resolved first, so "Cuellar" counts "Perez de Cuellar" and "Javier Perez de Cuellar" as one.
    """
    people = [p for p in people if p.key]
    by_id = {p.id: p for p in people}
    core = {p.id: _core(p.key) for p in people}
    canon: dict[int, int] = {}

    def root(entity_id: int) -> int:
        while entity_id in canon:
            entity_id = canon[entity_id]
        return entity_id

    # 1. The same name with and without a title: the untitled, most documented form leads.
    same: dict[str, list[int]] = defaultdict(list)
    for person in people:
        same[" ".join(core[person.id])].append(person.id)
    for ids in same.values():
        if len(ids) > 1:
            ids.sort(key=lambda i: (len(by_id[i].key) != len(" ".join(core[i])), -by_id[i].docs, i))
            for other in ids[1:]:
                canon[other] = ids[0]
    # 2. Initials and OCR-clipped names, when exactly one spelled-out name fits.
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    for person in people:
        tokens = core[person.id]
        if len(tokens) >= 2 and person.id not in canon:
            buckets[(len(tokens), tokens[0][:1])].append(person.id)
    for ids in buckets.values():
        for short in ids:
            fits = {
                root(full)
                for full in ids
                if full != short
                and not any(len(t) == 1 for t in core[full])
                and (how := _spelled_out(core[short], core[full])) is not None
                and (how == "initials" or by_id[full].docs >= by_id[short].docs)
            }
            if len(fits) == 1 and (top := fits.pop()) != short:
                canon[short] = top
    # 2b. A middle initial the other documents leave out ("Donald J. Trump" of "Donald Trump"),
    # only when the plain form dominates: "George W. Bush" stays apart from a "George Bush"
    # (his father) documented nearly as often.
    plain: dict[str, int] = {}
    for key, ids in same.items():
        if ids:
            plain.setdefault(key, root(ids[0]))
    for person in people:
        tokens = core[person.id]
        if person.id in canon or len(tokens) < 3:
            continue
        middle = tokens[1:-1]
        if not any(len(t.rstrip(".")) == 1 for t in middle):
            continue
        bare = [tokens[0], *(t for t in middle if len(t.rstrip(".")) > 1), tokens[-1]]
        target = plain.get(" ".join(bare))
        if (
            target is not None
            and root(target) != person.id
            and by_id[root(target)].docs >= DOMINANCE * person.docs
            and not _roles_conflict(person.role, by_id[root(target)].role)
        ):
            canon[person.id] = root(target)
    # 3. Partial names. Every way a longer name can be referred to in part: its first word, its
    # last words.
    readings: dict[str, list[int]] = defaultdict(list)
    for person in people:
        tokens = core[person.id]
        if len(tokens) < 2:
            continue
        parts = {tokens[0]} | {" ".join(tokens[i:]) for i in range(1, len(tokens))}
        for part in parts:
            if len(part) >= 3:  # "de", "al", initials: never a name on their own
                readings[part].append(person.id)
    for person in sorted(people, key=lambda p: (-len(core[p.id]), -p.docs, p.id)):
        if person.id in canon:
            continue
        candidates = [c for c in readings.get(" ".join(core[person.id]), ()) if c != person.id]
        if not candidates:
            continue
        groups: dict[int, int] = defaultdict(int)
        for candidate in candidates:
            top = root(candidate)
            if _roles_conflict(person.role, by_id[top].role):
                continue  # "Francis" the Pope is not Dennis Francis
            if top != person.id:
                groups[top] += by_id[candidate].docs
        if not groups:
            continue
        ranked = sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))
        best, best_docs = ranked[0]
        others = sum(docs for _, docs in ranked[1:])
        if best_docs >= 2 and best_docs >= DOMINANCE * others and root(best) != person.id:
            canon[person.id] = best
    return {entity_id: root(entity_id) for entity_id in canon}


#: Words that end no person's name: "African Unity", "Roman Empire", "Cuban Revolution" are
#: what an extractor makes of "Organization of African Unity" and the like.
_NOT_NAME_WORDS = frozenset(
    {
        "Unity", "Empire", "Republics", "Republic", "Debate", "Session", "Assembly", "Nations",
        "Union", "Council", "Committee", "Party", "Government", "Movement", "Declaration",
        "Charter", "Treaty", "Conference", "Summit", "Agreement", "Accord", "Organization",
        "Organisation", "Community", "States", "Kingdom", "Islands", "Ocean", "Sea",
        "Secretariat", "Programme", "Fund", "Court", "Office", "Army", "Front", "Revolution",
        "War", "Plan", "Protocol", "Convention", "Doctrine", "Initiative",
    }
)  # fmt: skip


def plausible_person(name: str) -> bool:
    """Whether a name can be a person's (not "African Unity", "Debate", "Cuban Revolution")."""
    return not any(word in _NOT_NAME_WORDS for word in name.split())


# -- roles and organisations ------------------------------------------------------------------

#: Words that never make an organisation on their own, or that mark a title, not a body.
_JUNK_ORG_WORDS = frozenset(
    {
        "highness", "excellency", "excellencies", "majesty", "honourable", "honorable",
        "holiness", "eminence", "h.e.", "h.e", "mr", "mrs", "sir", "lord", "lady",
    }
)  # fmt: skip
_JUNK_ORGS = frozenset(
    {"foreign affairs", "secretary-general", "secretary general", "h.r.h.", "h.r.h", "h.m."}
)
_PRONOUN_TAIL = re.compile(r"\s+of\s+(?:our|this|that|the|my|your|their|his|her|its)\s*$", re.I)
_GENERIC_ROLES = frozenset({"head", "colleague", "leader", "member", "friend", "brother"})


def clean_organization(name: str | None) -> str | None:
    """A well-formed organisation, or None for junk ("State", "United", "Rejecting", "Royal
    Highness"). A demonym or alias of a country becomes the country's name."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" ,;:-")
    if not name or name.casefold() in _JUNK_ORGS:
        return None
    words = name.split()
    if any(w.casefold().strip(",.") in _JUNK_ORG_WORDS or w.casefold() in _JUNK_ORG_WORDS
           for w in words):  # fmt: skip
        return None
    if len(words) == 1:
        country = lookup(name)
        if country and (name == country or name not in DEMONYMS):
            return country  # "Israel"; "Russia" -> "Russian Federation"; not "Korean"
        letters = name.replace(".", "").replace("-", "")
        if 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper():
            return name  # an acronym: UN, NATO, OAU, ASEAN
        if name in KNOWN_ORGS:
            return name
        return None  # "State", "United", "Group", "Powers", "Assembly", participles…
    first = words[0].casefold().strip("-")
    if first.endswith("ing") and first not in ("king",):
        return None  # "Rejecting the proposals": a participle, not a body
    # A body's word ends the name or heads an "of" ("Ministry of Defence"): "President Bill
    # Clinton" is a person, though "Bill" is also a word of bodies.
    body = any(
        w in ORG_WORDS and (i == len(words) - 1 or words[i + 1].casefold() == "of")
        for i, w in enumerate(words)
        if i >= 1
    )
    if (first in ROLE_HEADS or first in ("foreign", "deputy")) and not body:
        return None  # "Secretary- General", "Foreign Affairs of Cote": a title, not a body
    if not words[0][:1].isupper():
        return None
    return name


def clean_role(role: str | None) -> str | None:
    """A role without a dangling "of our"/"of this" ("Secretary-General of Our" ->
    "Secretary-General"); None when nothing sensible is left."""
    if not role:
        return None
    role = _PRONOUN_TAIL.sub("", " ".join(role.split())).strip(" ,;:-")
    if len(role) < 2 or role.casefold() in ("of", "the"):
        return None
    return role


def _role_weight(role: str) -> float:
    words = role.replace("-", " ").casefold().split()
    if len(words) >= 2:
        return 1.0
    if words and words[0] in _GENERIC_ROLES:
        return 0.2
    if words and words[0] in ("general", "president", "minister", "secretary"):
        return 0.6  # a bare head word is often a fragment ("General" of "Secretary-General")
    if words and words[0] in ROLE_HEADS:
        return 0.8
    return 0.3


def _doc_country(title: str | None) -> str | None:
    """The country a UN speech is by, from its title ("Andorra, UN General Debate, …")."""
    if not title or "," not in title:
        return None
    return lookup(title.split(",", 1)[0].strip())


def vote_role_organization(
    rows: Iterable[tuple[str | None, str | None, str | None, str | None]],
) -> tuple[str | None, str | None]:
    """The role and organisation a person is best described by, over their documents.

    ``rows`` are (role, organisation, document date, document title), one per document. Each
    document votes; well-formed values weigh more, junk is dropped, and the country whose own
    speech mentions the person weighs less (an extractor easily takes the speaker's country for
    the person's: "Obama — President, Andorra"). Ties go to the more recent document.
    """
    role_votes: dict[str, list] = {}
    org_votes: dict[str, list] = {}
    for raw_role, raw_org, date, title in rows:
        recency = date or ""
        role = clean_role(raw_role)
        if role:
            key = role.replace("-", " ").casefold()
            vote = role_votes.setdefault(key, [0.0, "", defaultdict(int)])
            vote[0] += _role_weight(role)
            vote[1] = max(vote[1], recency)
            vote[2][role] += 1
        org = clean_organization(raw_org)
        if org:
            weight = 1.0 if len(org.split()) > 1 or lookup(org) or org.isupper() else 0.8
            if lookup(org) and lookup(org) == _doc_country(title):
                weight *= 0.3
            vote = org_votes.setdefault(org.casefold(), [0.0, "", defaultdict(int)])
            vote[0] += weight
            vote[1] = max(vote[1], recency)
            vote[2][org] += 1

    def best(votes: dict[str, list], share: float, least: float) -> str | None:
        if not votes:
            return None
        top = max(votes.values(), key=lambda v: (v[0], v[1]))
        total = sum(v[0] for v in votes.values())
        if top[0] < share * total or top[0] < least:
            return None  # scattered single votes ("President, Bolivia" once, "Panama" once…)
        forms = top[2]
        return max(forms, key=lambda f: (forms[f], f))

    # An organisation needs one whole vote: a country only ever seen in its own speeches
    # ("Eisenhower — President, Bolivia", twice in Bolivia's) is not enough.
    return best(role_votes, 0.0, 0.0), best(org_votes, 0.3, 1.0)
