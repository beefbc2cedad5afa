"""Roles stated away from the name, read once every person is known: "He worked as a
missionary" after the person last named, a profile's role on the line below the name, a
squad's heading ("Defenders: ..."), and an award's category ("nominated for best actress").
Each is a weak source: it gives a role only to a person the text gave none."""

from __future__ import annotations

import bisect
import re

from bot.digest import lexicon as lx
from bot.digest.descriptions import _person_index, _sentence_end
from bot.digest.model import Mention
from bot.digest.registry import _add_role, _PersonBuild, _Registry, _weak_roles
from bot.digest.roles import (
    _APPOS_WORD,
    _POSITIONS_BEFORE_NAMES,
    _RANK,
    _leading_role,
    _ranking,
    _role_head,
    _role_phrase,
)

_SENTENCE_STOP = re.compile(r"[.;:!?\n,]| who | which | and | but ")


_PRONOUN_ROLE = re.compile(
    r"\b([Hh]e|[Ss]he) (?:is|was|has been|had been|became|is now|was then"
    r"|(?:worked|works|served|serves|spent \w+ \w+)(?: [a-z]+){0,4} as) "
    r"(?=(?:a|an|the|its|their) |[a-z]+(?: [a-z]+){0,2} (?:of|at|for) )"
)  # (no article: "while he was chief financial officer at the group")


def _in_own_words(text: str, pos: int) -> bool:
    """Whether ``pos`` falls inside a quotation its paragraph opened right after a reporting
    verb ("Blair said: “…”"): the speaker's own words, in which "he" is someone else (looked
    at no further back than 2,000 characters: linear on absurd input)."""
    floor = max(0, pos - 2000)
    lo = max(floor, text.rfind("\n", floor, pos) + 1)
    para = text[lo:pos]
    if para.count('"') % 2 == 1:
        opening = lo + para.rfind('"')
    elif para.rfind("“") > para.rfind("”"):
        opening = lo + para.rfind("“")
    else:
        return False
    return _SAID_BEFORE.search(text, max(lo, opening - 40), opening) is not None


# A reporting verb right before a quotation's opening mark: "said: “", "told the BBC, “".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|told [\w' ]{1,30})[:,]? ?\Z")


def pronoun_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
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
    found_in = (
        hit for lo, hi in spans for hit in _PRONOUN_ROLE.finditer(text, lo, min(hi, len(text)))
    )
    for hit in found_in:
        if text.endswith(("which ", "whom "), 0, hit.start()):
            continue  # "the government, of which he was a member": a body's member, no role
        if _in_own_words(text, hit.start()):
            continue  # 'Blair said: "... the journalist because he was a Jewish journalist"':
            # whom the speaker talks about, not the speaker named before the quotation
        k = bisect.bisect_left(starts, hit.start()) - 1
        if k < 0 or hit.start() - people[k].end > 400:
            continue
        p = by_name.get(people[k].name)
        gender = "m" if hit.group(1).lower() == "he" else "f"
        if p is None or (p.gender and p.gender != gender):
            continue
        stop = _SENTENCE_STOP.search(text, hit.end(), hit.end() + 160)
        words = _APPOS_WORD.findall(text[hit.end() : stop.start() if stop else hit.end() + 160])
        found = _leading_role(words) or _role_phrase(words)
        if found:
            _add_role(p, 4, hit.start(), found[0], found[1])


def heading_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
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


# "Goalkeepers: Paul Woolston (Newcastle United), Will Huffer (Leeds United) Defenders: ...":
# a plural role as the heading of a list of names.


def list_heading_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """Squads and panels: everyone named after "Defenders:" (up to the next such heading or
    the end of the line) is a defender, unless the text gives them a role of their own."""
    headings = []
    i = text.find("s: ")
    while i >= 0:  # a plain search: most texts have few "s: ", and a pattern would try them all
        j = i
        while j > 0 and i - j < 30 and (text[j - 1].isalpha() or text[j - 1] == "-"):
            j -= 1
        plural = text[j : i + 1]
        if (
            i + 3 < len(text)
            and text[i + 3].isupper()
            and plural[:1].isupper()
            and plural[1:].replace("-", "").islower()
        ):
            plural = plural.lower()
            for role in (plural[:-1], plural[:-2]):  # "midfielders", "coaches"
                # (positions such as "forward" are roles here too, as right before a name)
                if role in lx.ROLE_HEADS or role in _POSITIONS_BEFORE_NAMES:
                    headings.append((j, i + 3, role))
                    break
        i = text.find("s: ", i + 3)
    if not headings:
        return
    by_name = {p.name: p for p in reg.people}
    starts = [m.start for m in mentions]
    for n, (_, h_end, role) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(text)
        line_end = text.find("\n", h_end, end)
        end = line_end if line_end >= 0 else end
        for k in range(bisect.bisect_left(starts, h_end), len(mentions)):
            m = mentions[k]
            if m.start >= end:
                break
            p = by_name.get(m.name) if m.kind == "person" else None
            if p is not None and not p.roles:
                _add_role(p, 4, m.start, role, None)


# "are nominated for best actress", "the best director shortlist includes", "won best actor".
_AWARD_KIND = r"(?:supporting |leading |new |adapted |original )?"
_AWARD = re.compile(
    r"\b(?:nominated for|shortlisted for|shortlisted in|up for|won|wins|named|for the|award for) "
    rf"(?:the )?best {_AWARD_KIND}([a-z]+)\b|\b[Tt]he best (?:supporting )?([a-z]+) "
    r"(?:shortlist|nominees|category|award) (?:includes?|are|is)\b"
    # "best actor for Paul Giamatti", "the best director award to Ang Lee", "best presenters for
    # Richard McCourt and Dominic Wood": the names right after it
    rf"|\bbest {_AWARD_KIND}([a-z]+)(?: award| prize| gong| honour| trophy)? "
    r"(?:for|to) (?=[A-Z])"
    # "awarded Thomas Haden Church the best supporting actor prize": the name before it
    r"|\bthe best (?:supporting |leading |new )?([a-z]+) (?:prize|award|gong|trophy)\b"
)


# Who hands an award over, not who wins it: "who presented the best actress award".
_PRESENTER_BEFORE = re.compile(r"\b(?:present|presents|presented|presenting|hand|hands|handed)\b")


def award_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """Roles that an award category states: "Pam Ferris, Victoria Hamilton and Kelly Reilly
    are nominated for best actress" (the people named before it in the sentence), "The best
    director shortlist includes Luc Bondy ..., Simon McBurney ..." (those named after it).
    Weak: used only for people the text gives no other role."""
    if "best " not in text:
        return
    people, starts, by_name = _person_index(reg, mentions)
    mention_ends = {m.start: m.end for m in mentions if m.kind == "person"}
    prev_end = -1
    for m in _AWARD.finditer(text):
        role = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        plural = bool(m.group(3)) and role.endswith("s") and _role_head(role[:-1])
        if plural:
            role = role[:-1]  # "best presenters for X and Y": each a presenter
        if m.group(4) and _PRESENTER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Keanu Reeves, who presented the best actress award": its presenter
        earlier, prev_end = prev_end, m.end()
        if not _role_head(role):
            continue
        floor, ceil = max(0, m.start() - 400), min(len(text), m.end() + 400)  # linear time
        lo = max(text.rfind(". ", floor, m.start()), text.rfind("\n", floor, m.start()), floor - 1)
        # "X's drama was named best film and Y was named best actress": the names before it
        # only as far back as the award before it in the sentence
        lo = max(lo, earlier - 1)
        ends = [
            e for e in (text.find(". ", m.end(), ceil), text.find("\n", m.end(), ceil)) if e >= 0
        ]
        hi = min(ends) if ends else ceil
        before = (bisect.bisect_left(starts, lo + 1), bisect.bisect_left(starts, m.start()))
        after = (bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, hi))
        # The names come first ("X, Y and Z are nominated for best actress") unless the
        # sentence names nobody before it ("The best director shortlist includes X, Y").
        names_after = m.group(2) or m.group(3)
        first, last = before if (before[1] > before[0] and not names_after) else after
        if m.group(3):
            # only the names right after "for"/"to", joined by "and" ("best actor for Ray, while
            # Hilary Swank ...": a film, then someone else)
            first = last = after[0]
            at = m.end()
            while last < after[1] and starts[last] == at:
                end = mention_ends.get(at, at)
                at = end + 5 if plural and text.startswith(" and ", end) else -1
                last += 1
        for k in range(first, last):
            p = by_name.get(people[k][1])
            if p is not None and _weak_roles(p):  # ("Oscar hopefuls": an award says more)
                _add_role(p, 2 if p.roles else 4, m.start(), role, None)


# Words before " as " that make it no office: "such as", "as well as", "known as", "so as".
_NOT_OFFICE_AS = frozenset(
    "such well known so same just as seen regarded described dismissed branded hailed viewed "  # noqa: SIM905
    "treated portrayed billed labelled labeled cast played".split()
)
_SUBJECT_OPENERS = frozenset(["But", "And", "Yet", "Now", "So", "Meanwhile", "However,"])


# A ranking held "as": "as world number one" (not "as number two seed").
_RANK_AS = re.compile(rf"(world )?number ({_RANK.pattern})\b(?! seed)")


def _role_start(word: str) -> bool:
    """Whether a lowercase word may open an office ("home secretary", "chief executive")."""
    w = word.rstrip(",.;:")
    return w in ("a", "an", "the") or w in lx.ROLE_MODIFIERS or _role_head(w)


def _verb_before_as(text: str, at: int) -> bool:
    """Whether "as" at ``at`` follows a verb, directly or through the name of a club or firm
    ("joined Liverpool as chief executive", "stays at Manchester United as"): no cast list ("Tim
    Healy as Billy's father", a name and no verb) and no "regarded as", "such as"."""
    before = text[max(0, at - 60) : at].split()[-4:]
    while len(before) > 1 and before[-1][:1].isupper() and before[-1].isalpha():
        before.pop()  # "Liverpool", "Manchester United": the organisation joined
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    return before[-1] not in _NOT_OFFICE_AS


def as_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """ "Charles Clarke faces his first real test as home secretary", "Matt Williams says he
    will not quit as Scotland coach": an office held "as" something, stated later in a sentence
    whose subject is the person (and that names nobody else before it). Weak: used only for
    people the text gives no other role."""
    if " as " not in text or all(p.roles for p in reg.people):
        return
    people, starts, by_name = _person_index(reg, mentions)
    i = text.find(" as ")
    while i >= 0:
        at, i = i, text.find(" as ", i + 4)
        nxt = text[at + 4 : at + 24].split(None, 1)
        rank = _RANK_AS.match(text, at + 4) if nxt and nxt[0] in ("world", "number") else None
        if not nxt or not (nxt[0][:1].isupper() or _role_start(nxt[0]) or rank):
            continue  # (a cheap test first: "as well", "as a result", "as it was")
        if not _verb_before_as(text, at):
            continue
        floor = max(0, at - 300)
        lo = max(text.rfind(". ", floor, at), text.rfind("\n", floor, at))
        closed = max(text.rfind('." ', floor, at), text.rfind(".” ", floor, at))
        if closed >= 0 and closed + 1 > lo:
            lo = closed + 1  # a quotation ends the sentence before
        k = bisect.bisect_left(starts, lo + 1)
        if k >= len(people) or people[k][0] >= at:
            continue
        opening = text[lo + 1 : people[k][0]].split()
        if len(opening) > 2 or not all(w in _SUBJECT_OPENERS or w.istitle() for w in opening):
            continue  # the sentence does not open with the person's name ("Defiant Matt ...")
        end = bisect.bisect_left(starts, at)
        if any(people[n][1] != people[k][1] for n in range(k + 1, end)):
            continue  # "... to succeed Berti Vogts as Scotland manager": someone else's office
        p = by_name.get(people[k][1])
        if p is None or p.roles:
            continue
        if rank is not None:
            # "Federer began the year as world number one": a ranking held
            _add_role(p, 4, at, _ranking(bool(rank.group(1)), rank.group(2)), None)
            continue
        stop = _SENTENCE_STOP.search(text, at + 4, at + 84)
        words = _APPOS_WORD.findall(text[at + 4 : stop.start() if stop else at + 84])
        # the office ends after its head ("as Scotland coach even if ..."), or an "of" after it
        j = next((j for j in range(1, min(len(words), 5) + 1) if _role_head(words[j - 1])), 0)
        if j and j < len(words) and _role_head(words[j]):
            j += 1  # "as chief executive"
        if j and j + 1 < len(words) and words[j] == "of" and words[j + 1][:1].isupper():
            j = len(words)
        if j < len(words) and words[j][:1].isupper() and words[j - 1] != "of":
            continue  # "the same month as actor Kristen Bell": the office of the name after it
        found = _leading_role(words[:j]) or _role_phrase(words[:j]) if j else None
        if found:
            _add_role(p, 4, at, found[0], found[1])


# A news lead that describes its source before naming them: "..., London's most senior police
# officer has said.\n\nSir Ian Blair said ...".
_LEAD_DESCRIPTION = re.compile(
    r", ((?:[A-Z][\w-]*(?:'s|’s) |(?:a|an|the) )?[a-z][\w'’ -]{2,50}?) (?:has|have) "
    r"(?:said|warned|claimed|admitted|argued|insisted|told [\w ]{1,30}?)\.\s*\n"
)  # (", the firm's chief has told BBC News.")


def lead_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """The role a lead gives the source it names only in the next paragraph ("..., London's
    most senior police officer has said." then "Sir Ian Blair said"): the first person named
    after it, when nobody was named before it and they have no role of their own."""
    found = _described_lead_source(text, mentions, reg)
    if found is None:
        return
    p, m = found
    if p.roles:
        return
    words = _APPOS_WORD.findall(m.group(1))
    role = _leading_role(words) or _role_phrase(words)
    if role:
        _add_role(p, 3, m.start(), role[0], role[1])


def _described_lead_source(
    text: str, mentions: list[Mention], reg: _Registry
) -> tuple[_PersonBuild, re.Match[str]] | None:
    """The person a lead describes without naming, and the description (its group 1): the
    first person named after a closing ", ... has said." (nobody named before it), else after
    an opening "The ... has denied" sentence."""
    m = _LEAD_DESCRIPTION.search(text, 0, 800)
    if m is None:
        return _lead_subject_source(text, mentions, reg)
    people, starts, by_name = _person_index(reg, mentions)
    k = bisect.bisect_left(starts, m.start())
    if k > 0 or k >= len(people) or people[k][0] > m.end() + 300:
        return None  # someone was named before the description, or nobody soon after it
    p = by_name.get(people[k][1])
    return (p, m) if p is not None else None


# A lead that opens with a description of its source ("The Conservatives' campaign director
# has denied a report ..."), the name given only in the next sentence.
_LEAD_SUBJECT = re.compile(
    r"The ((?:[A-Z][\w-]*(?:'s|’s|s'|s’) )?[a-z][\w -]{2,40}?) (?:has|have) "
    r"(?:denied|said|warned|claimed|admitted|argued|insisted|rejected|defended|told)\b"
)


def _lead_subject_source(
    text: str, mentions: list[Mention], reg: _Registry
) -> tuple[_PersonBuild, re.Match[str]] | None:
    """The first person named after a lead that opens with a description of its source, when
    nobody is named before it; those the lead itself names are its objects ("... he warned
    Michael Howard the party could not win", then "Australian Lynton Crosby")."""
    lead = text.find("\n\n")
    lead = lead + 2 if 0 <= lead < 300 else 0
    m = _LEAD_SUBJECT.match(text, lead)
    if m is None:
        return None
    people, starts, by_name = _person_index(reg, mentions)
    end = _sentence_end(text, m.end())
    if bisect.bisect_left(starts, m.start()) > 0:
        return None  # someone named before the description (a headline's name is no mention)
    in_lead = {n for s, n in people if s < end}
    after = [n for s, n in people if end < s < end + 300 and n not in in_lead]
    p = by_name.get(after[0]) if after else None
    return (p, m) if p is not None else None


# "Among the leaders of the network were Americans John Sankus, Richard Berry and ...".
_AMONG_WERE = re.compile(r"\bAmong (?:the |its |their )?([a-z][\w -]{1,40}?) (?:were|are|was|is) ")


def among_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """Everyone named in a sentence that opens "Among the leaders of the network were ...":
    the plural role, in the singular, for those the text gives no other role."""
    if "Among " not in text:
        return
    people, starts, by_name = _person_index(reg, mentions)
    for m in _AMONG_WERE.finditer(text):
        words = m.group(1).split()
        head = next((w for w in words if w not in ("other", "many", "several")), "")
        role = head[:-1]
        if not head.endswith("s") or role not in lx.ROLE_HEADS:
            continue  # (only the plural of a known role: "leaders", "directors")
        stop = _sentence_end(text, m.end())
        for k in range(bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, stop)):
            p = by_name.get(people[k][1])
            if p is not None and not p.roles:
                _add_role(p, 4, m.start(), role, None)


def _people_by_end(mentions: list[Mention], reg: _Registry) -> dict[int, _PersonBuild]:
    """Each person mention's end offset → the person: what is said right after a name."""
    by_name = {p.name: p for p in reg.people}
    return {m.end: by_name[m.name] for m in mentions if m.kind == "person" and m.name in by_name}


def captain_marks(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """A team sheet marks its captain in brackets after the name ("Lawrence Dallaglio
    (capt)", "Fabien Pelous (Stade Toulousain, capt)")."""
    if "capt)" not in text:
        return
    ending_at = _people_by_end(mentions, reg)
    i = text.find("capt)")
    while i >= 0:
        bracket = text.rfind(" (", max(0, i - 40), i)
        if bracket >= 0 and ")" not in text[bracket:i]:
            p = ending_at.get(bracket)
            if p is not None:
                _add_role(p, 3, bracket, "captain", None)
        i = text.find("capt)", i + 5)


# "Sir Clive Woodward will coach the Northern team": a role said by what someone will do (not
# "will captain the side", most often a stand-in for a player with a position of his own).
_WILL_DO = re.compile(
    r" (?:will|is to|is set to|is due to) (coach|manage|referee|present|host|chair) the\b"
)
_DOER = {
    "coach": "coach",
    "manage": "manager",
    "referee": "referee",
    "present": "presenter",
    "host": "host",
    "chair": "chairman",
}


def will_do_roles(text: str, mentions: list[Mention], reg: _Registry) -> None:
    """A person with no role yet who, the text says, will coach, manage, host ... something
    ("Sir Clive Woodward will coach the Northern team"): the doer's noun is their role."""
    ending_at = _people_by_end(mentions, reg)
    for m in _WILL_DO.finditer(text):
        p = ending_at.get(m.start())
        if p is not None and not p.roles:
            _add_role(p, 4, m.start(), _DOER[m.group(1)], None)
