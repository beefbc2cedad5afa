"""Wording shared by the Discord and console renderers, so both say the same thing.

Plain text only: callers escape (Discord) or not (console) as their medium needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from bot.answers.results import (
    BriefResult,
    ParticipantsResult,
    PersonItem,
    ProfileResult,
    QuotesResult,
    SearchResult,
    SourceRef,
    TimelineResult,
)


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 quotation``, ``2 quotations`` (``words`` for irregular plurals)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def human_date(iso: str | None, precision: str = "day") -> str:
    """``2023-01-30`` → ``30 Jan 2023`` (``2023`` when ``precision`` is "year": a UN speech's
    date is only its year); anything unparsable is returned as it is."""
    if not iso:
        return "undated"
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    if precision == "year":
        return str(day.year)
    return day.strftime("%-d %b %Y")


def source_label(source: SourceRef) -> str:
    """``Title (30 Jan 2023)``, or the file name when the document has no title; a year-only
    date already in the title ("…, 76th session (2021)") is not repeated."""
    title = source.title.strip() or source.path or f"document {source.doc_id}"
    if not source.date:
        return title
    precision = getattr(source, "date_precision", "day")
    shown = human_date(source.date, precision)
    if precision == "year" and re.search(rf"(?<!\d){re.escape(shown)}(?!\d)", title):
        return title
    return f"{title} ({shown})"


def person_role(person: PersonItem) -> str:
    """``Secretary General, NATO`` — role and organisation, whichever are known."""
    parts = [p for p in (person.role, person.organization) if p]
    if len(parts) == 2 and parts[1].lower() in parts[0].lower():
        parts = parts[:1]  # "NATO Secretary General, NATO" says NATO twice
    return ", ".join(parts)


def person_stats(person: PersonItem) -> str:
    """``3 documents · 5 mentions · 2 quotations`` (zero counts left out)."""
    bits = []
    if person.documents:
        bits.append(plural(person.documents, "document"))
    if person.mentions:
        bits.append(plural(person.mentions, "mention"))
    if person.quotes:
        bits.append(plural(person.quotes, "quotation"))
    return " · ".join(bits)


def suggestion_text(suggestions: list[str]) -> str:
    """``Closest matches: a, b or c.`` or an empty string (suggestions are fuzzy matches, or
    the best-known names when nothing is close)."""
    if not suggestions:
        return ""
    items = list(dict.fromkeys(s for s in suggestions if s))[:8]
    if not items:
        return ""
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
    return f"Closest matches: {listed}."


def not_found(
    result: object, clean: Callable[[str], str], name: Callable[[str], str] | None = None
) -> tuple[str, str] | None:
    """``(title, text)`` saying that ``result`` found nothing, or None when it found something.

    One wording for every "not found" answer, so the console and Discord say the same thing (each
    adds ``result.suggestions`` in its own medium). ``clean`` makes the words a user typed safe
    for that medium; ``name`` (``clean`` unless given) does the same for a speaker's canonical
    name, so a renderer can show it exactly as in its titles of quotations found.
    """
    name = name or clean
    match result:
        case BriefResult(found=False):
            return (
                f"Nothing known about “{clean(result.topic)}”",
                "No loaded document says anything about that topic.",
            )
        case QuotesResult(speaker=None):
            return (
                f"No speaker called “{clean(result.query)}”",
                "Nobody by that name is quoted in the loaded documents.",
            )
        case QuotesResult(speaker=str(speaker), quotes=[]):
            topic = f" on “{clean(result.topic)}”" if result.topic else ""
            return (
                f"No quotations from {name(speaker)}{topic}",
                f"{name(speaker)} is known, but no quotation of theirs matches.",
            )
        case ParticipantsResult(people=[]):
            topic = f" in “{clean(result.topic)}”" if result.topic else ""
            return f"Nobody found{topic}", "No people are named in the matching documents."
        case ProfileResult() if not result.found or result.person is None:
            return (
                f"Nobody called “{clean(result.query)}”",
                "No person by that name appears in the loaded documents.",
            )
        case TimelineResult(events=[]):
            topic = f": “{clean(result.topic)}”" if result.topic else ""
            return f"No dated events{topic}", "No matching document gives dates for what happened."
        case SearchResult(passages=[]):
            return f"No passage matches “{clean(result.query)}”", "Try fewer or different words."
    return None


def highlight_segments(
    text: str, highlights: Iterable[tuple[int, int]], limit: int = 700
) -> tuple[list[tuple[str, bool]], bool, bool]:
    """Split ``text`` into (piece, is_match) segments, windowed to ``limit`` characters.

    A long text is cut around its first match; returns (segments, cut_before, cut_after) so the
    renderer can show "…" on the sides that were cut. Invalid or overlapping ranges are skipped.
    """
    spans = sorted((s, e) for s, e in highlights if 0 <= s < e <= len(text))
    start = max(0, spans[0][0] - limit // 3) if len(text) > limit and spans else 0
    end = min(len(text), start + limit)
    segments: list[tuple[str, bool]] = []
    pos = start
    for s, e in spans:
        if s < pos or s >= end:
            continue
        e = min(e, end)
        if s > pos:
            segments.append((text[pos:s], False))
        segments.append((text[s:e], True))
        pos = e
    if pos < end:
        segments.append((text[pos:end], False))
    return segments, start > 0, end < len(text)
