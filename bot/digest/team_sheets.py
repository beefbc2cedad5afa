"""Team sheets written with initials: the line-ups at the foot of rugby and cricket reports.

    England: J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), ...

Every entry is a player, named by initials and surname; the run reader sees only loose
capitals there ("C Paterson", a lone "Webster" whose "S" it took for an initial of nothing),
so the sheet is read here as a whole: a line of at least five entries separated by commas or
semicolons, every one of them a name, most of them initials and a surname. An entry whose
surname and first initial are those of someone the text names in full ("S Taylor" after
"Simon Taylor") is a mention of them; the others are people of their own ("G Bulloch"), and
"(capt)" is a role.
"""

from __future__ import annotations

import bisect
import re

from bot.digest import lexicon as lx
from bot.digest.names import _PARTICLES
from bot.digest.registry import _add_role, _Cand, _PersonBuild, _Registry

# A cheap literal-led hint that a line may be a sheet: ", C Paterson" / "; D Parks".
_HINT = re.compile(r"[,;] [A-Z]{1,2} [A-Z][a-z]")

# One entry: initials or a given name, a surname (with a particle: "R de Marigny", "A Lo
# Cicero"), and a bracket for the club or the captaincy.
_ENTRY = re.compile(
    # (and an Afrikaans given name of two words: "De Wet Barry")
    r"(?P<given>[A-Z]-?[A-Z]?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?|De [A-Z][a-z]+) "
    r"(?P<surname>(?:(?:"
    + "|".join(sorted(_PARTICLES | {p.capitalize() for p in _PARTICLES} | {"Lo", "St"}))
    + r") ){0,2}"  # ("J van der Westhuyzen")
    r"[A-Z][A-Za-z'’-]+)"
    # (a bracket left unopened, "C Sweeney Newport-Gwent)", or unclosed: "G Thomas (Toulouse
    # (capt)")
    r"(?: \(?(?P<note>[^)\n]{0,40})\))?"
)

_CAPTAIN = re.compile(r"\bcapt(?:ain)?\b")

_MIN_ENTRIES = 5
_MAX_LINE = 2000  # longer lines are prose, not a sheet


def initial_line_ups(
    text: str, reg: _Registry, cands: list[_Cand]
) -> list[tuple[int, int, int, _PersonBuild]]:
    """The players of every team sheet written with initials, added to ``reg``, each as (start,
    end of the name, end of the entry with its bracket, person), in text order. ``cands`` are
    the document's name-like runs: "J Laharrague" is "the debutant Julien Laharrague"."""
    found: list[tuple[int, int, int, _PersonBuild]] = []
    comma_sheet = _COMMA_SHEET_HINT.search(text) is not None  # (searched once, used twice)
    if "; " not in text and not comma_sheet and _HINT.search(text) is None:
        return found  # (most sheets group positions with semicolons; a squad may use commas)
    hints: dict[int, int] = {}  # line start -> hints on that line
    line_start, line_end = -1, -1
    for hint in _HINT.finditer(text):
        if hint.start() >= line_end:
            line_start = text.rfind("\n", 0, hint.start()) + 1
            line_end = text.find("\n", hint.start())
            line_end = len(text) if line_end < 0 else line_end
        hints[line_start] = hints.get(line_start, 0) + 1
    full_names: dict[str, list[list[str]]] | None = None
    sheet_end = -1  # where the last sheet's line ended
    for start, count in hints.items():
        if count < 2:
            continue  # ", US President Bush": prose; a sheet has initials after many commas
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > _MAX_LINE:
            continue
        # The bench on the line after a sheet ("W Servat, O Milloud, ...") needs no known
        # surname: the sheet has shown what the lines are.
        bench = sheet_end >= 0 and not text[sheet_end:start].strip()
        entries = _sheet_entries(text, start, end, reg, bench)
        if entries:
            if full_names is None:
                full_names = _full_names_by_surname(cands)
            found.extend(_players(reg, entries, full_names))
            sheet_end = end
    if " (" in text and len(_CLUB_LINE_HINT.findall(text, 0, _CLUB_HINT_SPAN)) >= 3:
        if full_names is None:
            full_names = _full_names_by_surname(cands)
        found.extend(_club_lines(text, reg, {s for s, _, _, _ in found}, full_names))
        found.sort(key=lambda f: f[0])
    if text.count("; ") >= 2 or comma_sheet:
        found.extend(_surname_sheets(text, reg, {s for s, _, _, _ in found}, full_names, cands))
        found.sort(key=lambda f: f[0])
    return found


# A squad listed by events, a short line each, every entry with its club in brackets:
#     60m: D Chin (Belgrave Harriers), J Gardener (Wessex and Bath).
#     K Wall (Basildon AC).
#     B Challenger (Belgrave Harriers). Pole vault: N Buckfield (Crawley AC).
# No line has the five entries a sheet needs; together they are one.
_CLUB_LINE_HINT = re.compile(r"^(?:[\w ]{1,30}: )?[A-Z]{1,2} [A-Z][A-Za-z'’-]+ \(", re.M)
_CLUB_HINT_SPAN = 200_000  # (the hint is looked for no further: a squad is no longer than that)
_PIECE_HEADING = re.compile(r"[\w ]{1,30}: ")  # "60m: ", "Pole vault: "
_MIN_CLUB_LINES = 3
_MAX_CLUB_LINE = 400


def _club_line_entries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The entries of a line that holds nothing but players with their clubs in brackets (after
    a heading or two: "60m: ", ". Pole vault: "), or none."""
    entries = []
    for lo, hi in _pieces(text, start, end, ",;"):
        heading = _PIECE_HEADING.match(text, lo, hi)
        if heading is not None:
            lo = heading.end()
        m = _ENTRY.fullmatch(text, lo, hi)
        if m is None or not m.group("note") or not text.startswith(" (", m.end("surname")):
            return []
        entries.append(m)
    return entries


def _club_lines(
    text: str, reg: _Registry, taken: set[int], full_names: dict[str, list[list[str]]]
) -> list[tuple[int, int, int, _PersonBuild]]:
    """The players of every run of at least three lines (blank lines between them allowed) that
    hold only entries with a club in brackets, mostly initials and a surname, none a place."""
    found: list[tuple[int, int, int, _PersonBuild]] = []
    block: list[re.Match[str]] = []
    lines = 0

    def close() -> None:
        initials = sum(1 for m in block if m.group("given").isupper())
        if (
            lines >= _MIN_CLUB_LINES
            and len(block) >= _MIN_ENTRIES
            and 5 * initials >= 4 * len(block)
        ):
            found.extend(_players(reg, block, full_names))

    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start < end:
            entries = (
                _club_line_entries(text, start, end)
                if end - start <= _MAX_CLUB_LINE and text[start].isalnum()
                else []
            )
            if (
                entries
                and not any(m.start() in taken for m in entries)
                and not any(map(_place_or_body, entries))
            ):
                block.extend(entries)
                lines += 1
            else:
                close()
                block, lines = [], 0
        start = end + 1
    close()
    return found


def _place_or_body(m: re.Match[str]) -> bool:
    """Whether an entry's last word names a place or a body ("New York (USA)", "Paris"), not
    a player's surname."""
    last = m.group("surname").split()[-1]
    return bool(lx.country(last)) or last in lx.PLACES or last in lx.KNOWN_ORGS


# A sheet by surnames, its positions grouped by semicolons, with no heading of its own:
#     Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; ... Dallaglio (capt).
#     Replacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, ...
#     Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77) ... Not used: Fury
# (A pattern of its own, not the set imported above: a sheet by surname alone has only these.)
_PARTICLE_WORDS = r"(?:Van|van|De|de|Der|der|Den|den|Le|La|Du|Da|Di|Del|Dal|Lo|St|Mac|El|Al)"
_SURNAME_PARTICLES = rf"(?:{_PARTICLE_WORDS} ){{0,2}}"
_SURNAME_ENTRY = re.compile(
    # initials, an abbreviated given name ("Mi Bergamasco") or a given name ("Luis Garcia",
    # "Phil Neville"), never a particle ("De Marigny", "Lo Cicero")
    rf"(?:(?P<given>[A-Z]{{1,2}}\.?|(?!{_PARTICLE_WORDS} )[A-Z][a-z]{{1,12}}) )?"
    # (a space typed after a hyphen: "MacLeod- Henderson")
    rf"(?P<surname>{_SURNAME_PARTICLES}[A-Z][A-Za-z'’-]+(?:- [A-Z][A-Za-z'’-]+)?)"
    rf"(?: for (?:[A-Z]{{1,2}} )?{_SURNAME_PARTICLES}[A-Z][A-Za-z'’-]+)?"  # the player replaced
    r"(?: \((?P<note>[^()\n]{0,40})\))?"
)
_BENCH_HEADING = re.compile(
    r"(?:Replacements|Subs|Substitutes|Bench|Not used|Subs not used)(?: \(from\))?:[ \t]*",
    re.IGNORECASE,
)
_MIN_SURNAME_ENTRIES = 10
# A bench with no heading on the line after its sheet ("Moilanen, Kizys."): two names at least.
_MIN_BENCH = 2
# A cheap hint that a text may hold a sheet of commas only: a line that opens with a surname
# and a comma and goes on with two more, each perhaps with its club in brackets (a squad:
# "Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), ...").
_CLUB_NOTE = r"(?: \([^()\n]{1,40}\))?"
_COMMA_SHEET_HINT = re.compile(
    rf"(?m)^(?:: )?[A-Z][A-Za-z'’-]+{_CLUB_NOTE}, "  # (": Douglas, ...": the team name lost)
    rf"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’-]+)?{_CLUB_NOTE}, [A-Z]"
)
_UNUSED = re.compile(
    r"\. (?:Not used|Unused|Subs not used|Replacements not used):[ \t]*", re.IGNORECASE
)


def _surname_sheets(
    text: str,
    reg: _Registry,
    taken: set[int],
    full_names: dict[str, list[list[str]]] | None,
    cands: list[_Cand],
) -> list[tuple[int, int, int, _PersonBuild]]:
    """The players of sheets written by surname alone: a line of at least ten entries, two
    or more semicolons between positions, every entry a capitalised surname (perhaps with an
    initial and a bracket), a third of them surnames the lists or the text know; and the bench
    on a line after it, headed "Replacements" (entries may pair alternatives with "/") or, of
    five entries or more, with no heading."""
    out: list[tuple[int, int, int, _PersonBuild]] = []
    players: dict[tuple[str, ...], _PersonBuild] = {}  # one person per entry, however often
    sheet_end = -1  # the end of the last sheet's line, while only blank lines follow it
    line_start = 0
    while line_start < len(text):
        end = text.find("\n", line_start)
        end = len(text) if end < 0 else end
        line = text[line_start:end]
        if not line.strip():
            line_start = end + 1
            continue  # (blank lines between a sheet and its bench keep it open)
        entries: list[re.Match[str]] = []
        if len(line) <= _MAX_LINE:
            bench = _BENCH_HEADING.match(text, line_start)
            if bench is not None and sheet_end >= 0:
                # "... Gotting for Rees (39). Not used: Fury, Brooks": two benches on one line
                # ("Subs not used: Hamann, Harrison.": a heading says what even two names are)
                entries = _with_unused(
                    text, bench.end(), end, reg, known_needed=False, minimum=1, headed=True
                )
            elif sheet_end >= 0 and "; " not in line:
                # the bench with no heading, right after its sheet: "Hobson, Osentowski, ..."
                entries = _surname_entries(
                    text,
                    _past_lost_name(text, line_start),
                    end,
                    reg,
                    known_needed=False,
                    minimum=_MIN_BENCH,
                )
                if not entries and _comma_sheet(line):
                    entries = _sheet_line(text, line_start, end, reg)  # the other side's sheet
            elif line.count("; ") >= 2 or _comma_sheet(line):
                entries = _sheet_line(text, line_start, end, reg)
                if not entries and line.count("; ") >= 4 and ": " in line:
                    entries = _inline_sheets(text, line_start, end, reg)
        if entries:
            if not any(m.start() in taken for m in entries):
                if full_names is None:
                    full_names = _full_names_by_surname(cands)  # (only once a sheet is found)
                out.extend(_surname_players(reg, entries, full_names, players))
            sheet_end = end  # (a sheet another pass read still opens the bench below it)
        else:
            sheet_end = -1
        line_start = end + 1
    if out:
        # The match official on a line of his own under the sheets: "G Poll (Hertfordshire).",
        # "K Clark"
        for m in _OFFICIAL_LINE.finditer(text):
            if m.group(3) is None and (m.group(1) in "AI" or m.group(2) not in lx.SURNAMES):
                continue  # ("K Clark" alone: a known surname, and no article before it)
            if m.start() not in taken:
                if full_names is None:
                    full_names = _full_names_by_surname(cands)
                words = [m.group(1), m.group(2)]
                person = _player(reg, words, m.group(1), m.start(), full_names, players)
                out.append((m.start(), m.end(2), m.end(2), person))
    return out


# A line of an initial, a surname and a county or country in brackets, as the match official is
# given under a football or rugby sheet.
_OFFICIAL_LINE = re.compile(
    r"(?m)^([A-Z]) ([A-Z][A-Za-z'’-]+)( \([A-Z][\w .'’-]{1,30}\))?\.?[ \t]*$"
)  # (or with no bracket at all, "K Clark")


# A team's name and a colon opening a sheet inside a paragraph, after a sentence's full stop
# or at the line's start ("... an early pitch inspection. Leeds: Balshaw; Rees, ...").
_INLINE_TEAM = re.compile(r"([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,2}): ")


def _inline_sheets(text: str, start: int, end: int, reg: _Registry) -> list[re.Match[str]]:
    """The entries of sheets run into a paragraph's prose, each after its team's name and a
    colon ("... inspection. Leeds: Balshaw; Rees, ... Popham. Replacements: Kalman, ...
    Saracens: Bartholomeusz; ..."): each part a sheet by itself, and a bench after one."""
    heads = [
        m
        for m in _INLINE_TEAM.finditer(text, start, end)
        if m.start() == start or text.endswith(". ", 0, m.start())
    ]
    entries: list[re.Match[str]] = []
    sheet_before = False
    for n, m in enumerate(heads):
        part_end = heads[n + 1].start() if n + 1 < len(heads) else end
        while part_end > m.end() and text[part_end - 1] == " ":
            part_end -= 1
        if _BENCH_HEADING.fullmatch(text, m.start(), m.end()):
            found = (
                _surname_entries(
                    text, m.end(), part_end, reg, known_needed=False, minimum=1, headed=True
                )
                if sheet_before
                else []
            )
        elif text.count("; ", m.end(), part_end) >= 2:
            found = _surname_entries(text, m.end(), part_end, reg, known_needed=True)
            sheet_before = bool(found)
        else:
            found, sheet_before = [], False
        entries += found
    return entries


def _sheet_line(text: str, start: int, end: int, reg: _Registry) -> list[re.Match[str]]:
    """The entries of a sheet's line, with the bench on the same line after it ("...,
    Devine. Subs Not Used: Rice, Todd."); a colon whose team name the copy lost opens it
    (": Douglas, McNamara, ...")."""
    return _with_unused(text, _past_lost_name(text, start), end, reg, known_needed=True)


def _past_lost_name(text: str, start: int) -> int:
    """Where a line's entries start when the copy lost the team's name (or the bench's heading)
    before its colon: ": Douglas, McNamara, ...", ": Sheahan, Horan, ..."."""
    return start + 2 if text.startswith(": ", start) else start


def _with_unused(
    text: str,
    start: int,
    end: int,
    reg: _Registry,
    known_needed: bool,
    minimum: int = 3,
    headed: bool = False,
) -> list[re.Match[str]]:
    """The entries of ``text[start:end]`` up to a bench the same line opens (". Not used:"),
    then that bench's: players whoever they are, the heading says what they are."""
    unused = _UNUSED.search(text, start, end)
    entries = _surname_entries(
        text, start, unused.start() if unused else end, reg, known_needed, minimum, headed
    )
    if unused is not None and entries:
        entries += _surname_entries(
            text, unused.end(), end, reg, known_needed=False, minimum=1, headed=True
        )
    return entries


def _comma_sheet(line: str) -> bool:
    """Whether a line may be a sheet whose positions are not grouped, commas only and a full
    stop at its end ("Morton, Moffat, MacRae, Hore, ..., McEntee."): ten entries or more,
    and no word in lowercase."""
    return (
        line.count(", ") >= _MIN_SURNAME_ENTRIES - 1
        and len(line) < 600
        and line.rstrip().endswith(".")
        and _LOWER_START.search(line) is None
    )


_LOWER_START = re.compile(r"(?:^|[ (])(?!capt\b)[a-z]")  # (the captaincy is no prose)


def _surname_entries(
    text: str,
    start: int,
    end: int,
    reg: _Registry,
    known_needed: bool,
    minimum: int = 3,
    headed: bool = False,
) -> list[re.Match[str]]:
    entries: list[re.Match[str]] = []
    for lo, hi in _pieces(text, start, end, ",;/"):
        if _PLACEHOLDER.fullmatch(text, lo, hi) or text[lo:hi] in ("capt", "captain"):
            # ": Murphy, Horgan, TBC, D'Arcy, ...": a place not yet filled; "O'Connell, capt,
            # S Easterby": the captaincy's brackets lost
            continue
        m = _SURNAME_ENTRY.fullmatch(text, lo, hi)
        if m is None:
            return []  # prose, or a list of something else
        entries.append(m)
    if len(entries) < (_MIN_SURNAME_ENTRIES if known_needed else minimum):
        return []
    places = sum(1 for m in entries if _place_or_body(m))
    if places and (not (known_needed or headed) or 4 * places > len(entries)):
        # a list of places or bodies (but "Holland" among ten players is one, and "Jordan"
        # among four under "Subs Not Used:")
        return []
    known = sum(
        1
        for m in entries
        if m.group("surname").split()[-1] in lx.SURNAMES
        or m.group("surname").split()[-1] in reg.by_last
    )
    if known_needed and 3 * known < len(entries):
        return []
    return entries


def _surname_players(
    reg: _Registry,
    entries: list[re.Match[str]],
    full_names: dict[str, list[list[str]]],
    players: dict[tuple[str, ...], _PersonBuild],
) -> list[tuple[int, int, int, _PersonBuild]]:
    out = []
    for m in entries:
        surname = m.group("surname").replace("- ", "-")  # ("MacLeod- Henderson")
        given = m.group("given")
        words = [given, *surname.split()] if given else surname.split()
        person = _player(reg, words, given, m.start(), full_names, players)
        note = m.group("note") or ""
        if _CAPTAIN.search(note.lower()):
            _add_role(person, 3, m.start(), "captain", None)
        out.append((m.start(), m.end("surname"), m.end(), person))
        sub = _SUBSTITUTE.fullmatch(note)
        if sub is not None:
            # "Reiziger (Graham 82)": the substitute who came on, a player of the sheet too
            at = m.start("note")
            came_on = _player(reg, sub.group(1).split(), None, at, full_names, players)
            out.append((at, at + len(sub.group(1)), at + len(sub.group(1)), came_on))
    return out


# A substitution in an entry's bracket: "(Graham 82)", the player and the minute.
_SUBSTITUTE = re.compile(
    rf"((?:{_PARTICLE_WORDS} )?[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?) \d{{1,3}}"
)  # ("(Van Persie 82)", "(Sinama Pongolle 75)")


def _player(
    reg: _Registry,
    words: list[str],
    given: str | None,
    at: int,
    full_names: dict[str, list[list[str]]],
    players: dict[tuple[str, ...], _PersonBuild],
) -> _PersonBuild:
    """The person a sheet's entry names: one read before from the same entry, the one the
    text names in full ("Lewsey" after "Josh Lewsey"), or someone new."""
    key = tuple(words)
    person = players.get(key)
    if person is not None:
        return person  # (the same entry on another sheet: read once, so repeats stay linear)
    if given is None and len(words) == 2 and words[0][:1].isupper():
        # "Sinama Pongolle 75" for "Florent Sinama-Pongolle": the hyphen left out
        words = ["-".join(words)] if "-".join(words) in reg.by_last else words
    known = [p for p in reg.by_last.get(words[-1], ()) if len(p.core) >= 2]
    if len(known) == 1 and (given is None or known[0].core[0][0] == given[0]):
        person = known[0]  # "Lewsey" after "Josh Lewsey"
    elif not known:
        # "Murphy" for "Geordan Murphy", whom no pass has read yet
        full = {
            tuple(w)
            for w in full_names.get(words[-1], ())
            if (given is None or w[0][0] == given[0]) and w[0] not in lx.STOPCAPS
        }
        if len(full) == 1:
            person = reg.add(list(full.pop()), at)
    if person is None:
        person = reg.add(words, at)
    players[key] = person
    return person


def _full_names_by_surname(cands: list[_Cand]) -> dict[str, list[list[str]]]:
    """The runs of two or three words opening with a word shaped as a given name ("Julien",
    not on the lists), by their last word: one whose initial and surname are a sheet entry's
    is that player."""
    out: dict[str, list[list[str]]] = {}
    for c in cands:
        first = c.words[0]
        if (
            2 <= len(c.words) <= 3
            and len(first) > 1
            and first[1:].isalpha()
            and first[1:].islower()
            and first not in lx.STOPCAPS
        ):
            out.setdefault(c.words[-1], []).append(c.words)
    return out


def outside(cands: list[_Cand], found: list[tuple[int, int, int, _PersonBuild]]) -> list[_Cand]:
    """The candidates that do not start inside a sheet's entries (read there already: the
    names, and the clubs in brackets, "O Barkley (Bath)", that are no one)."""
    starts = [s for s, _, _, _ in found]
    kept = []
    for c in cands:
        k = bisect.bisect_right(starts, c.start) - 1
        if k < 0 or c.start >= found[k][2]:
            kept.append(c)
    return kept


def _sheet_entries(
    text: str, start: int, end: int, reg: _Registry, bench: bool
) -> list[re.Match[str]]:
    """The entries of the line ``text[start:end]`` if it is a sheet, else none."""
    colon = text.find(":", start, min(end, start + 40))
    body = colon + 1 if colon >= 0 else start  # "Scotland: C Paterson; ..."
    if text.startswith(_BULLETS, body):
        body += 2  # "- M Blair (Edinburgh), A Craig (Glasgow), ...": a list's bullet
    entries: list[re.Match[str]] = []
    for lo, hi in _split_glued_entries(text, _pieces(text, body, end, ",;/")):
        if text[lo] == "(" and text[hi - 1] == ")":
            continue  # "A Jones; (Neath-Swansea)": a stray separator before a club
        heading = _INNER_HEADING.match(text, lo, hi)
        if heading is not None:
            lo = heading.end()  # "... C Hoeft (New Zealand). Reserves: B Reihana ..."
        if _PLACEHOLDER.fullmatch(text, lo, hi):
            continue  # the sheet's placeholder for a player not yet chosen ("A N Other",
            # "Others to be added")
        m = _ENTRY.fullmatch(text, lo, hi)
        if m is None:
            return []  # prose, or a list of something else
        entries.append(m)
    if len(entries) < (3 if bench else _MIN_ENTRIES):
        return []  # (the line after a sheet may be a short one: "K Gleeson, T Howe, J Kelly")
    initials = sum(1 for m in entries if m.group("given").isupper())
    if 5 * initials < 3 * len(entries):
        return []  # "Paris, Rome, Berlin ...": most entries must be initials and a surname
    known = sum(
        1
        for m in entries
        if m.group("surname").split()[-1] in lx.SURNAMES
        or m.group("surname").split()[-1] in reg.by_last
    )
    if 5 * known < len(entries) and not bench:
        return []  # "Grades: A Level, B Grade, C Level, ...": surnames, a few at least
    if any(_place_or_body(m) for m in entries if not m.group("given").isupper()):
        return []  # (but "S Orlando": no place is written with initials)
    return entries


# What a sheet writes for players not yet chosen.
_PLACEHOLDER = re.compile(
    r"A N Other|(?:Others?|More|Rest|Remainder) to be (?:added|named|confirmed|announced)|TBC|TBA"
)

# A bullet before a list's line ("- M Blair (Edinburgh), ...").
_BULLETS = ("- ", "* ", "• ", "– ")

# A heading inside a sheet's line, before the bench: "Reserves: ", "Replacements: ".
_INNER_HEADING = re.compile(r"(Reserves|Replacements|Substitutes|Subs): ")
_BENCH_ROLES = {
    "Reserves": "reserve",
    "Replacements": "replacement",
    "Substitutes": "substitute",
    "Subs": "substitute",
}
# Two entries whose separator was left out: "J Fourie (S Africa) T Umaga (New Zealand)".
_GLUED_ENTRY = re.compile(r"(?<=\)) (?=[A-Z]{1,2} [A-Z][a-z])")


def _split_glued_entries(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces, each cut where a bracket closes and another entry starts with no separator."""
    out = []
    for lo, hi in pieces:
        for m in _GLUED_ENTRY.finditer(text, lo, hi):
            out.append((lo, m.start()))
            lo = m.end()
        out.append((lo, hi))
    return out


def _bench_start(entries: list[re.Match[str]]) -> tuple[int, str] | None:
    """Where a heading inside the sheet's line opens its bench ("... Reserves: B Reihana"), and
    the role it gives the players after it; ``None`` when there is none."""
    if not entries:
        return None
    heading = _INNER_HEADING.search(entries[0].string, entries[0].start(), entries[-1].end())
    return (heading.end(), _BENCH_ROLES[heading.group(1)]) if heading else None


def _players(
    reg: _Registry, entries: list[re.Match[str]], full_names: dict[str, list[list[str]]]
) -> list[tuple[int, int, int, _PersonBuild]]:
    out = []
    bench_from = _bench_start(entries)
    for m in entries:
        given, surname = m.group("given"), m.group("surname")
        words = [given, *surname.split()]
        person = None
        if given.isupper():
            same = [
                p
                for p in reg.by_last.get(words[-1], ())
                if len(p.core) >= 2 and not p.core[0].isupper() and p.core[0][0] == given[0]
            ]
            if len(same) == 1:
                person = same[0]  # "S Taylor" after "Simon Taylor"
            else:
                # "the debutant Julien Laharrague", read by no pass yet: the sheet names him
                full = {
                    tuple(w)
                    for w in full_names.get(words[-1], ())
                    if w[0][0] == given[0] and w[1:] == words[1:]
                }
                if len(full) == 1:
                    person = reg.add(list(full.pop()), m.start())
        if person is None:
            person = reg.add(words, m.start())
        note = (m.group("note") or "").lower()
        if _CAPTAIN.search(note):
            _add_role(person, 3, m.start(), "captain", None)
        elif bench_from is not None and m.start() >= bench_from[0]:
            _add_role(person, 3, m.start(), bench_from[1], None)  # "Reserves: B Reihana"
        out.append((m.start(), m.end("surname"), m.end(), person))
    return out


def _pieces(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """The entries of a sheet's line ``text[start:end]``: split at the separators outside
    brackets ("J Robinson (Sale Sharks, capt); M Cueto") and at a full stop typed for one ("M
    Horan. F Sheahan"), trimmed of spaces and a final full stop, empty ones left out."""
    out = []
    depth = 0
    piece = start
    for i in range(start, end + 1):
        ch = text[i] if i < end else separators[0]
        if ch == "(":
            depth = 1  # (no nesting in a sheet: "G Thomas (Toulouse (capt); ..." left one open)
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            ch in separators
            or (
                ch == "."
                and text[i + 1 : i + 2] == " "
                and not (text[i - 1].isupper() and (i - 1 == start or text[i - 2] in " ,;"))
            )  # (but not the initial's full stop: "S. Best")
        ):
            lo, hi = piece, i
            while lo < hi and text[lo] == " ":
                lo += 1
            while hi > lo and text[hi - 1] in " .":
                hi -= 1
            piece = i + 1
            if lo < hi:
                out.append((lo, hi))
    return out
