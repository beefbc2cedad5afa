"""Descriptions that point back at a known person: "the minister", "the 54-year-old",
"the Ukrainian leader".

Why apart: these mentions are found after the people are known (the second pass) and only with
lower-case words; their patterns are unrelated to reading capitalised names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.digest import lexicon as lx
from bot.digest.model import Mention
from bot.digest.registry import _add_role, _best, _mention, _PersonBuild, _Registry
from bot.digest.roles import _RANK, _format_role, _reports_its_sentence


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
        if roles[role].first_seen > i:
            continue  # "The singer grabbed ..." is not the singer Sir Elton John named later
        _mention(roles[role], text, i, j, mentions, False)


# Words that tie a description to one person as a nationality does: a US state or other
# one-word place ("the California congressman"), or a party ("the Republican nominee").
_PLACE_MARKS = frozenset(w for w in lx.PLACES if " " not in w) | frozenset(
    ("Democratic", "Republican", "Conservative", "Labour", "Libertarian")
)


# Positions that head a description as roles do: "the Chile forward will be lining up".
_POSITIONS = frozenset(["forward", "keeper", "flanker"])

_THE = re.compile(r"[“\"‘']?The ")


def _sentence_the(text: str):
    """Every "The " (perhaps after an opening mark) that opens a line or follows the end of a
    sentence and a space or two. A literal search checked by hand: a pattern with look-behinds
    at every position is several times slower on long documents."""
    for m in _THE.finditer(text):
        i = m.start()
        if (
            i == 0
            or text[i - 1] == "\n"
            or (text[i - 1] == " " and (text[i - 2 : i - 1] in ".!?" and i >= 2))
            or (text[i - 2 : i] == "  " and i >= 3 and text[i - 3] in ".!?")
        ):
            yield m


_AGE = re.compile(r"\d{1,3}-year-old")


def _hyphened_modifier(word: str) -> bool:
    """A modifier of two or three words joined by hyphens, the first in lower case
    ("double-Olympic", "two-time", "long-serving"): one word of a description."""
    parts = word.split("-")
    return 1 < len(parts) <= 3 and parts[0].islower() and all(x.isalpha() for x in parts)


_DESCR_STOP = frozenset({"of", "for", "at", "to", "in", "on", "and", "or", "who", "whose", "with"})


def _person_index(
    reg: _Registry, mentions: list[Mention]
) -> tuple[list[tuple[int, str]], list[int], dict]:
    """Person mentions as (start, name) in text order, their starts (for bisect), and the
    registry's people by name: what both description passes look up."""
    people = sorted(((m.start, m.name) for m in mentions if m.kind == "person"), key=lambda x: x[0])
    return people, [x[0] for x in people], {p.name: p for p in reg.people}


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence running at ``at`` ends (a full stop or a line break), looked for no
    further than 600 characters ahead so that absurd input stays linear."""
    ceil = min(len(text), at + 600)
    ends = [e for e in (text.find(". ", at, ceil), text.find("\n", at, ceil)) if e >= 0]
    return min(ends) if ends else ceil


def _reporter_among(
    text: str, people: list[tuple[int, str]], lo: int, hi: int, by_name: dict
) -> _PersonBuild | None:
    """The one of ``people[lo:hi]`` (the sentence before a description) who reports that
    sentence at its end, with no role yet ("Tony Blair has failed, Michael Howard has said.
    “…”, the Conservative leader said": the one speaking, not the one spoken of)."""
    for j in range(lo, hi):
        s, name = people[j]
        if _reports_its_sentence(text, s):
            p = by_name.get(name)
            return p if p is not None and not p.roles else None
    return None


def _all_known(names: set[str], by_name: dict) -> list[_PersonBuild] | None:
    """The people of ``names``, or None when one of them is not in ``by_name``."""
    found = [p for n in names if (p := by_name.get(n)) is not None]
    return found if len(found) == len(names) else None


def _the_one_described(names: set[str], by_name: dict, head: str) -> _PersonBuild | None:
    """The person a description may mean among those just named: the only one, or, of two or
    three, the only one whose role the text has not given ("Arsenal manager Arsene Wenger does
    not know why Alexis Sanchez chose them, but the Chile forward ..." is Sanchez) when no
    other has a role of the same kind ("the Labour peer" after Lord Alli, the peer, is him)."""
    if len(names) == 1:
        return by_name.get(next(iter(names)))
    if not 1 < len(names) <= 3:
        return None
    found = _all_known(names, by_name)
    if found is None:
        return None
    head = head.lower()
    if any(r[2].lower().split()[-1:] == [head] for p in found for r in p.roles):
        return None
    roleless = [p for p in found if not p.roles]
    return roleless[0] if len(roleless) == 1 else None


def _second_role(words: list[str], head: int) -> bool:
    """ "The American top seed and defending champion overcame ...": "and" joins another
    role of the same person (not "The chairman and the board"; not two offices, which are two
    people: "The prime minister and chancellor faced discontent")."""
    if words[head + 1] != "and":
        return False
    second = [w.split()[0] for w in words[head + 2 : head + 4]]
    heads = [w for w in second if w in lx.ROLE_HEADS]
    return bool(heads) and not (lx.ROLE_HEADS.get(words[head].lower()) and lx.ROLE_HEADS[heads[0]])


def _subject_before(
    text: str, first: tuple[int, str], prev_end: int, names: set[str], by_name: dict, head: str
) -> _PersonBuild | None:
    """Of two or three people named in the sentence before, none with a role yet, the one
    that sentence opens with: its subject, whom the next sentence goes on about ("Andy Roddick
    will play Cyril Saulnier in the final. The American top seed overcame ...")."""
    start, name = first
    if not 1 < len(names) <= 3 or text[prev_end + 1 : start].strip():
        return None
    if lx.ROLE_HEADS.get(head.lower()):
        return None  # an office ("Anthony Pemberton met Gordon Brown. The prime minister was
        # pleased"): either may hold it; the reader is told elsewhere, or not at all
    found = _all_known(names, by_name)
    if found is None or any(p.roles for p in found):
        return None
    return by_name.get(name)


def _later_descriptions(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """A role given only by a description that opens the next sentence: "Tony Blair has
    apologised ... The prime minister was commenting", "... Kostas Kenteris. The Greek sprinter
    denies it". Only when the sentence before names exactly one person, that person has no role
    yet, and that sentence does not already use the head word ("Mr Blair's spokesman ... The
    spokesman said" is someone else). Adds a role only, never a mention."""
    people, starts, by_name = _person_index(reg, mentions)
    if not people:
        return
    for k, m in enumerate(_sentence_the(text)):
        if k > 5000:
            break  # absurd input: the first few thousand sentences tell enough
        words = text[m.end() : m.end() + 80].split(maxsplit=5)
        head = -1
        party = _party_words(words)  # "The Liberal Democrat leader": the party's two words
        for i, w in enumerate(words[:4]):
            w = w.rstrip(",.;:")
            if i < party:
                continue
            if (
                w.endswith(("'s", "’s"))
                and w[:-2].islower()
                and w[:-2] in lx.ROLE_HEADS
                and w[:-2] not in ("champion", "holder", "winner")  # "The champion's loss": a team
            ):
                words[i] = w = w[:-2]  # "The defender's attentions now turn to ...": his
            if (
                w == "world"
                and words[i + 1 : i + 2] == ["number"]
                and i + 2 < len(words)
                and _RANK.fullmatch(words[i + 2])
            ):
                head = i + 2  # "The former world number one was 22 when she retired": a ranking
                break
            if w == "number" and words[i + 1 : i + 2] == ["eight"]:
                head = i + 1  # "The 25-year-old number eight made a scoring return": rugby's
                break  # position, two words
            if (w.islower() and (w in lx.ROLE_HEADS or w in _POSITIONS)) or (
                w.istitle() and lx.ROLE_HEADS.get(w.lower())  # "The Chancellor said": an office
            ):
                head = i
                break
            if not (
                w in ("former", "new", "veteran")
                or w in lx.ROLE_MODIFIERS
                or (w.istitle() and w.lower() in lx.ROLE_MODIFIERS)  # "The Prime Minister"
                or w in lx.DEMONYMS
                or w in _PLACE_MARKS
                or _AGE.fullmatch(w)
                or _hyphened_modifier(w)  # "The double-Olympic champion", "The two-time winner"
                or (i == 0 and _body_word(w, reg))  # "The Amnesty secretary-general said"
                or (i < 3 and w.isalpha() and w.islower() and w not in _DESCR_STOP)
            ):  # ("The constitutional affairs secretary outlined ...")
                break
        if head < 0 or head + 1 >= len(words) or words[head] != words[head].rstrip(",.;:"):
            continue
        nxt = words[head + 1]
        if (nxt in _DESCR_STOP or not nxt[:1].islower()) and not _second_role(words, head):
            continue  # "The chairman of the CBI", "The minister Jack Straw": someone else
        # The sentence before: from the previous sentence end to this "The".
        floor = max(0, m.start() - 600)  # bounded look-back: linear time
        top = max(floor, m.start() - 2)
        prev_end = max(text.rfind(". ", floor, top), text.rfind("\n", floor, top), floor - 1)
        lo = bisect.bisect_left(starts, prev_end + 1)
        hi = bisect.bisect_left(starts, m.start())
        if (
            hi == lo
            and prev_end > floor
            and (
                m.start() - prev_end < 80
                or text[prev_end + 1 : prev_end + 6].lstrip().startswith(("He ", "She "))
            )
        ):  # (or "Gordon Brown has outlined ... He said ... The chancellor has": his sentence)
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
        p = (
            _reporter_among(text, people, lo, hi, by_name)
            or _the_one_described(names, by_name, words[head])
            or _subject_before(text, people[lo], prev_end, names, by_name, words[head])
        )
        head_word = words[head]
        if p is None or p.roles or f" {head_word}" in text[prev_end + 1 : m.start()]:
            continue
        end = _sentence_end(text, m.end())
        if any(people[j][1] == p.name for j in range(hi, bisect.bisect_left(starts, end))):
            continue  # "The judge agreed with Ivana Trump": the description is someone else
        if _other_gender(p, text[m.end() : end]):
            continue  # "His wife Sharon ... The heavy metal star said he ...": not her
        role_words = [
            w
            for k, w in enumerate(words[: head + 1])
            if (w.islower() or k == head or (w.istitle() and w.lower() in lx.ROLE_MODIFIERS))
            and not _AGE.fullmatch(w)
            and (k == head or not _hyphened_modifier(w))  # ("long-serving" is no office)
        ]
        while role_words and role_words[0] in ("former", "new", "veteran"):
            role_words = role_words[1:]
        if role_words:
            _give_described_role(
                p, role_words, words, head, reg, (people, starts, by_name), m, party
            )


def _party_words(words: list[str]) -> int:
    """How many capitalised words opening ``words`` name a body the lexicon knows, as written
    or in the plural ("Liberal Democrat" for the Liberal Democrats); 0 for one word or none."""
    n = 0
    while n < min(3, len(words)) and words[n][:1].isupper() and words[n].isalpha():
        n += 1
    if n < 2:
        return 0
    name = " ".join(words[:n])
    return n if name in lx.KNOWN_ORGS or name + "s" in lx.KNOWN_ORGS else 0


_HE = re.compile(r"\b(?:he|his|him)\b")
_QUOTE_MARK = re.compile('["“”‘]')
_SHE = re.compile(r"\b(?:she|her)\b")


def _other_gender(p: _PersonBuild, sentence: str) -> bool:
    """Whether the description's own sentence speaks of it as "he" (or "she") while ``p``'s
    given name is a woman's (or a man's)."""
    gender = lx.GIVEN_GENDER.get(p.words[0]) if len(p.words) > 1 else None
    sentence = _QUOTE_MARK.split(sentence[:60], 1)[0]  # (not "he" in someone's words)
    if gender == "f":
        return _HE.search(sentence) is not None and _SHE.search(sentence) is None
    if gender == "m":
        return _SHE.search(sentence) is not None and _HE.search(sentence) is None
    return False


def _give_described_role(
    p: _PersonBuild,
    role_words: list[str],
    words: list[str],
    head: int,
    reg: _Registry,
    index: tuple[list[tuple[int, str]], list[int], dict[str, _PersonBuild]],
    m: re.Match[str],
    party: int = 0,
) -> None:
    """Give ``p`` the role a description states (and the body a capitalised word before it
    names), unless someone named just before holds that very office ("Mr Blunkett had
    complained ... Mr Blair retorted ... The home secretary has already admitted": Home
    Secretary David Blunkett's)."""
    role = _format_role(role_words)
    if _held_nearby(role, p, *index, m.start()):
        return
    body = words[0] if head > 0 and _body_word(words[0], reg) else None
    if party:
        body = " ".join(words[:party])
    _add_role(p, 4, m.start(), role, body)


def _held_nearby(
    role: str,
    p: _PersonBuild,
    people: list[tuple[int, str]],
    starts: list[int],
    by_name: dict[str, _PersonBuild],
    at: int,
) -> bool:
    """Whether someone other than ``p`` who holds ``role`` (as written, any case) is named in
    the 800 characters before ``at``: the description is theirs."""
    low = role.lower()
    for j in range(bisect.bisect_left(starts, at - 800), bisect.bisect_left(starts, at)):
        q = by_name.get(people[j][1])
        if q is not None and q is not p and any(r[2].lower() == low for r in q.roles):
            return True
    return False


def _body_word(word: str, reg: _Registry) -> bool:
    """A capitalised word before a role that names the body the role is in ("The Amnesty
    secretary-general", "The Chelsea boss"): no one's name, no common capital."""
    return (
        word.istitle()
        and word.isalpha()
        and word not in lx.GIVEN_NAMES
        and word not in lx.STOPCAPS
        and word not in lx.COMMON_CAPS
        and word not in reg.by_last
        and word not in reg.by_first
    )


_INLINE_THE = re.compile(r"the (?=\d{1,3}-year-old |[A-Z][a-z]+ [a-z])")


def _inline_the(text: str):
    """Every "the " inside a sentence (after a lowercase word or a comma and a space) before an
    age or a capitalised word and a lowercase one; a literal search checked by hand (a leading
    look-behind makes the pattern engine try every position)."""
    for m in _INLINE_THE.finditer(text):
        i = m.start()
        if i >= 2 and text[i - 1] == " " and ("a" <= text[i - 2] <= "z" or text[i - 2] == ","):
            yield m


def _inline_descriptions(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """A description inside a sentence that refers back: "Kostas Kenteris' lawyer wants the
    charges against the Greek sprinter dropped", "... hinted that the 35-year-old Cobh runner
    may run". Stricter than at a sentence's start: the description must carry a nationality or
    an age (what news adds to a person, not to a firm), exactly one person is named from the
    previous sentence's start up to it, and nobody is named between it and the sentence's end.
    Adds a role only, never a mention."""
    people, starts, by_name = _person_index(reg, mentions)
    if not people:
        return
    for k, m in enumerate(_inline_the(text)):
        if k > 5000:
            break  # absurd input: the first few thousand tell enough
        if text.endswith(("of ", "to ", "with "), 0, m.start()):
            continue  # "a friend of the Tory leader", "close to the Labour leader": another one
        words = text[m.end() : m.end() + 80].split(maxsplit=5)
        head = -1
        marked = False
        for i, w in enumerate(words[:4]):
            w = w.rstrip(",.;:")
            if i > 0 and w.endswith(("'s", "’s")) and w[:-2].islower() and w[:-2] in lx.ROLE_HEADS:
                # "... that Ken Livingstone has brought his office into disrepute. The probe
                # follows the London mayor's comments": the role, owning what follows.
                words[i] = w = w[:-2]
            if w.islower() and (w in lx.ROLE_HEADS or w in _POSITIONS):
                head = i
                break
            if (
                w in lx.DEMONYMS
                or w in _PLACE_MARKS
                or _AGE.fullmatch(w)
                or (i == 0 and w[:1].isupper() and w not in reg.by_last and w not in reg.by_first)
            ):
                # "the Greek sprinter", "the Vermont senator", "the 35-year-old", "the
                # Tottenham midfielder" (a club's or a party's: not a firm's product)
                marked = True
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
        if (
            text.endswith(", ", 0, m.start())
            and nxt.rstrip(".,") in _TAIL_VERBS
            and not _OPENER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "Mr Brown liked to rattle off ..., the Tory leader said": the one
            # reporting the sentence, not the one it names (but "However, the England coach
            # added": the sentence's subject)
        # The previous sentence's start, looked for in a bounded window (linear time).
        floor = max(0, m.start() - 600)
        lo_text = max(text.rfind(". ", floor, m.start()), text.rfind("\n", floor, m.start()), floor)
        while lo_text > floor and text[lo_text - 1].isspace():
            lo_text -= 1
        if text[lo_text : lo_text + 14].lstrip(". \n").startswith(_ASKED):
            continue  # "Asked where bin Laden was now, the Pentagon spokesman said": another
        prev_end = max(
            text.rfind(". ", floor, lo_text), text.rfind("\n", floor, lo_text), floor - 1
        )
        lo = bisect.bisect_left(starts, prev_end + 1)
        hi = bisect.bisect_left(starts, m.start())
        if hi == lo or hi - lo > 8:
            continue
        p = _reporter_among(text, people, lo, hi, by_name) or _the_one_described(
            {people[j][1] for j in range(lo, hi)}, by_name, words[head].rstrip(",.;:")
        )
        head_word = words[head].rstrip(",.;:")
        if p is None or p.roles or f" {head_word}" in text[prev_end + 1 : m.start()]:
            continue
        end = _sentence_end(text, m.end())
        if bisect.bisect_left(starts, end) != hi:
            continue  # someone else named later in the sentence may be the one described
        role_words = [w.rstrip(",.;:") for w in words[: head + 1]]
        role_words = [w for w in role_words if w.islower() and not _AGE.fullmatch(w)]
        while role_words and role_words[0] in ("former", "veteran"):
            role_words = role_words[1:]
        if role_words:
            _give_described_role(p, role_words, words, head, reg, (people, starts, by_name), m)


# A sentence's opening word and its comma: "However, ", "But, " (at a sentence's start).
_OPENER_BEFORE = re.compile(r"(?:^|[.!?\n] ?)[A-Z][a-z]*, \Z")

# Reporting verbs after a description that closes its sentence: ", the Tory leader said."
_TAIL_VERBS = frozenset(
    "said says added adds told tells claimed claims argued argues insisted insists warned".split()  # noqa: SIM905
)

# Openings of a sentence whose question is about someone other than who answers it.
_ASKED = ("Asked ", "Questioned ", "Pressed ")

_LOWER_ROLE = re.compile(r"[a-z \-]+")


_WORD_EDGE = re.compile(r"\b")


# Offices a country has one holder of at a time: "the prime minister" means that person.
# The sole offices, the most senior first: the person a story names most is more likely its
# head of government than a minister (and an office given settles the next).
_SENIORITY = (
    "prime minister",
    "taoiseach",
    "first minister",
    "chancellor",
    "foreign secretary",
    "home secretary",
    "attorney general",
)

# A capitalised word may say whose ("the UK chancellor", "The Israeli prime minister").
# (It starts at "he ": a literal the engine finds fast; the "t" or "T" before is checked after.)
_SOLE_OFFICE = re.compile(r"he (?:([A-Z][A-Za-z]+) )?(" + "|".join(_SENIORITY) + r")\b")


def _speaker_of_quote_around(text: str, pos: int, p: _PersonBuild) -> bool:
    """Whether ``pos`` stands inside a quotation in double marks whose attribution right after
    it names ``p`` ("“When the prime minister turns to the chancellor ...,” observed Mr
    MacKenzie"): nobody calls themselves "the prime minister"."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    if line.count('"') % 2 == 0 and line.count("“") <= line.count("”"):
        return False
    close = min((k for k in (text.find('"', pos), text.find("”", pos)) if k >= 0), default=-1)
    if close < 0:
        return False
    after = text[close + 1 : close + 60].replace(".", " ").split()
    return bool(p.core) and p.core[-1] in after


# Words that open a clause of its own after a sentence's subject and verb.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|while|as|because|since|although|though|claimed|claims|said|says"
    r"|reported|that)\b"
)


@dataclass
class _SoleOffices:
    """What giving the sole offices of one text looks up (see :func:`_sole_office_roles`)."""

    text: str
    spans: dict[str, list[tuple[int, int]]]  # each office's mentions, by office
    people: list[tuple[int, str]]  # person mentions (start, name) in text order
    starts: list[int]
    by_name: dict[str, _PersonBuild]
    held: set[str]  # the roles people hold, lowercase
    totals: dict[str, int]  # mentions by name
    mentions: list[Mention]

    def give(self, office: str) -> bool:
        """Give ``office`` to the person named most before it with no role of their own;
        whether it was given."""
        text, people, starts, by_name = self.text, self.people, self.starts, self.by_name
        if any(
            h.endswith(office) and not lx.another_office(h.split(), office.split())
            for h in self.held
        ):
            return False  # someone holds it (or a like office): "the chancellor" is them
        # (the first time the office comes after a name: a lead may name it before anyone)
        i = next((a for a, _ in self.spans[office] if bisect.bisect_left(starts, a) > 0), -1)
        if i < 0:
            return False
        counts: dict[str, int] = {}
        for _, name in people[: bisect.bisect_left(starts, i)]:
            p = by_name.get(name)
            if p is not None and not p.roles:
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[1] >= ranked[0]):
            return False
        name = next(n for n, c in counts.items() if c == ranked[0])
        if _speaker_of_quote_around(text, i, by_name[name]):
            return False
        if ranked[0] < 2 and (len(ranked) > 1 or self.totals.get(name, 0) < 2):
            # "Michael Howard has accused Tony Blair of ... prompted the prime minister to say
            # ... Mr Blair": named once before, but the only one without a role, and again after.
            return False
        self._settle(office, name, i)
        return True

    def give_to_subject(self, office: str) -> bool:
        """ "Gordon Brown has made an appeal for unity after reports claimed Mr Blair went back
        on a pledge ... The chancellor would not comment": the office opening the sentence
        right after one whose subject is someone with no role is that subject's (before any
        count of mentions, which a story about two leaders can tip either way)."""
        text, people, starts = self.text, self.people, self.starts
        i = self.spans[office][0][0]
        if not (i >= 2 and text[i] == "T" and text[i - 2 : i] in (". ", ".\n", "\n\n")):
            return False
        lo = max(text.rfind(". ", 0, i - 2), text.rfind("\n", 0, i - 2)) + 1
        while lo < i and text[lo] in " \n":
            lo += 1
        k = bisect.bisect_left(starts, lo)
        if k >= len(people) or people[k][0] != lo or i - lo > 400:
            return False
        name = people[k][1]
        p = self.by_name.get(name)
        if p is None or p.roles:
            return False
        for s, n in people[k + 1 : bisect.bisect_left(starts, i)]:
            if n != name and _SUBORDINATE.search(text, lo, s) is None:
                return False  # "Anthony Pemberton met Gordon Brown. The prime minister ...":
                # someone else in the main clause could be meant (but not "after reports
                # claimed Mr Blair went back on a pledge": a clause of its own)
        if any(
            h.endswith(office) and not lx.another_office(h.split(), office.split())
            for h in self.held
        ):
            return False
        self._settle(office, name, i)
        return True

    def _settle(self, office: str, name: str, i: int) -> None:
        """Give ``office`` (first named at ``i``) to ``name``: a role, and every mention of the
        office a mention of them."""
        text, by_name = self.text, self.by_name
        _add_role(by_name[name], 5, i, _format_role(office.split()), None)
        self.held.add(office)
        taken = {(m.start, m.end) for m in self.mentions}
        for span in self.spans[office]:
            if span not in taken:  # each "the prime minister" now a mention of them ("he" after)
                _mention(by_name[name], text, span[0], span[1], self.mentions, False)


def _sole_office_roles(text: str, reg: _Registry, mentions: list[Mention]) -> None:
    """ "... Tony Blair ... Mr Blair ... the prime minister prepares to ...": a country's one
    holder of an office, named by it where the text gives nobody that role, is the person the
    text has named most often so far with no role of their own (only when one clearly leads:
    at least two mentions, more than anyone else without a role; or the only one without a role
    so far, named again later). Adds a role only."""
    spans: dict[str, list[tuple[int, int]]] = {}  # by office, in the order first seen
    whose: dict[str, set[str | None]] = {}
    for m in _SOLE_OFFICE.finditer(text):  # one scan for all the offices
        office, start = m.group(2), m.start() - 1
        if start < 0 or text[start] not in "tT" or (start > 0 and text[start - 1].isalpha()):
            continue  # ("the" or "The", a word of its own)
        if not text.startswith(" of ", m.end()):  # (not "the prime minister of Israel")
            spans.setdefault(office, []).append((start, m.end()))
            whose.setdefault(office, set()).add(m.group(1))
    for office, owners in whose.items():
        if None not in owners or len(owners) > 2:
            # Only "the Israeli prime minister": perhaps not the story's country's; or two
            # countries' ("the Israeli prime minister" and "the Palestinian prime minister").
            del spans[office]
    if not spans:
        return
    people, starts, by_name = _person_index(reg, mentions)
    if not people:
        return
    held = {r[2].lower() for p in reg.people for r in p.roles}
    totals: dict[str, int] = {}
    for _, name in people:
        totals[name] = totals.get(name, 0) + 1
    offices = _SoleOffices(text, spans, people, starts, by_name, held, totals, mentions)
    pending = sorted(spans, key=_SENIORITY.index)  # the head of government first
    pending = [office for office in pending if not offices.give_to_subject(office)]
    for _ in range(2):  # an office given can settle another ("the chancellor" once "the prime
        # minister" is Tony Blair, in a story that names him and Gordon Brown as often)
        given = [office for office in pending if offices.give(office)]
        if not given:
            break
        pending = [office for office in pending if office not in given]
