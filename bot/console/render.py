"""Answers → plain text for the terminal: the same content as the Discord embeds.

The console prints whole answers (the terminal scrolls and the output can be piped or searched),
so nothing is paginated or cut here except over-long quotations and contexts, which end in "…".
Control characters from documents are dropped so a file cannot drive the terminal.
"""

from __future__ import annotations

import textwrap
from functools import singledispatch

from bot.answers.results import (
    BriefResult,
    HelpResult,
    ParticipantsResult,
    Passage,
    PersonItem,
    Problem,
    ProfileResult,
    QuoteItem,
    QuotesResult,
    SearchResult,
    SourcesResult,
    TimelineResult,
)
from bot.utils.format import (
    highlight_segments,
    human_date,
    person_role,
    person_stats,
    plural,
    source_label,
    suggestion_text,
)
from bot.utils.text import clean_control, one_line, truncate

WIDTH = 88
QUOTE_CHARS = 600
CONTEXT_CHARS = 400


def _t(text: str | None) -> str:
    return one_line(clean_control(text or ""))


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or indent


def _heading(title: str) -> str:
    return f"{title}\n{'=' * min(len(title), WIDTH)}"


def _person_line(p: PersonItem) -> str:
    line = _t(p.name)
    role, stats = person_role(p), person_stats(p)
    if role:
        line += f" — {_t(role)}"
    if stats:
        line += f" ({stats})"
    return line


def _quote(q: QuoteItem, *, speaker: bool = True, context: bool = True) -> str:
    words = truncate(_t(q.text).rstrip(" ,;:"), QUOTE_CHARS)
    first = f"“{words}”" + (f" — {_t(q.speaker)}" if speaker and q.speaker else "")
    lines = [_wrap(first, "  ")]
    ctx = _t(q.context)
    if context and len(ctx) > len(_t(q.text)) + 20:
        lines.append(_wrap(f"Context: {truncate(ctx, CONTEXT_CHARS)}", "    "))
    lines.append(f"    Source: {_t(source_label(q.source))}")
    return "\n".join(lines)


def _not_found(title: str, text: str, suggestions: list[str]) -> str:
    hint = suggestion_text([_t(s) for s in suggestions])
    return "\n".join(x for x in (_heading(title), text, hint) if x)


@singledispatch
def render_text(result: object) -> str:
    """The text for any answers result."""
    raise TypeError(f"no text renderer for {type(result).__name__}")


@render_text.register
def _(result: Problem) -> str:
    return f"Can't answer that: {_t(result.message)}"


@render_text.register
def _(result: BriefResult) -> str:
    topic = _t(result.topic)
    if not result.found:
        return _not_found(
            f"Nothing known about “{topic}”",
            "No loaded document says anything about that topic.",
            result.suggestions,
        )
    out = [_heading(f"Briefing: {topic}")]
    summary = " ".join(_t(s) for s in result.summary)
    out.append(_wrap(summary) if summary else "The documents mention it, but say little.")
    if result.people:
        out.append("\nPeople involved:")
        out += [f"  • {_person_line(p)}" for p in result.people]
    if result.quote:
        out.append("\nQuotation:")
        out.append(_quote(result.quote, context=False))
    if result.sources:
        out.append(f"\nSources ({len(result.sources)}):")
        out += [f"  • {_t(source_label(s))}" for s in result.sources]
    return "\n".join(out)


@render_text.register
def _(result: QuotesResult) -> str:
    topic = f" on “{_t(result.topic)}”" if result.topic else ""
    if result.speaker is None:
        return _not_found(
            f"No speaker called “{_t(result.query)}”",
            "Nobody by that name is quoted in the loaded documents.",
            result.suggestions,
        )
    speaker = _t(result.speaker)
    if not result.quotes:
        return _not_found(
            f"No quotations from {speaker}{topic}",
            f"{speaker} is known, but no quotation of theirs matches.",
            result.suggestions,
        )
    out = [_heading(f"Quotations: {speaker}{topic} ({len(result.quotes)})")]
    for i, q in enumerate(result.quotes, 1):
        out.append(f"\n{i}.")
        out.append(_quote(q, speaker=False))
    return "\n".join(out)


@render_text.register
def _(result: ParticipantsResult) -> str:
    topic = f" in “{_t(result.topic)}”" if result.topic else ""
    if not result.people:
        return _not_found(
            f"Nobody found{topic}",
            "No people are named in the matching documents.",
            result.suggestions,
        )
    out = [_heading(f"Participants{topic} ({plural(len(result.people), 'person', 'people')})")]
    out += [f"  • {_person_line(p)}" for p in result.people]
    return "\n".join(out)


@render_text.register
def _(result: ProfileResult) -> str:
    if not result.found or result.person is None:
        return _not_found(
            f"Nobody called “{_t(result.query)}”",
            "No person by that name appears in the loaded documents.",
            result.suggestions,
        )
    p = result.person
    out = [_heading(_t(p.name)), _t(person_role(p)) or "Role and organisation not stated."]
    stats = person_stats(p)
    if stats:
        out.append(f"Appears: {stats}")
    aliases = [_t(a) for a in result.aliases if a != p.name]
    if aliases:
        out.append(_wrap("Also called: " + ", ".join(aliases)))
    if result.documents:
        out.append(f"\nDocuments ({len(result.documents)}):")
        out += [f"  • {_t(source_label(s))}" for s in result.documents]
    if result.quotes:
        out.append(f"\nQuotations ({len(result.quotes)}):")
        out += [_quote(q, speaker=False) for q in result.quotes]
    return "\n".join(out)


@render_text.register
def _(result: TimelineResult) -> str:
    topic = f": “{_t(result.topic)}”" if result.topic else ""
    if not result.events:
        return _not_found(
            f"No dated events{topic}",
            "No matching document gives dates for what happened.",
            result.suggestions,
        )
    out = [_heading(f"Timeline{topic} ({plural(len(result.events), 'event')})")]
    for e in result.events:
        out.append(_wrap(f"{human_date(e.date)} — {truncate(_t(e.text), 500)}", "  "))
        out.append(f"      ↳ {_t(source_label(e.source))}")
    return "\n".join(out)


@render_text.register
def _(result: SourcesResult) -> str:
    if not result.documents:
        return "No documents are loaded yet."
    out = [_heading(f"Sources ({plural(len(result.documents), 'document')})")]
    for d in result.documents:
        out.append(f"  • {_t(source_label(d.source))}")
        out.append(
            f"      {plural(d.sentences, 'sentence')} · {plural(d.people, 'person', 'people')} · "
            f"{plural(d.quotes, 'quotation')} · {plural(d.events, 'dated event')}"
        )
    return "\n".join(out)


def highlight_text(passage: Passage, limit: int = 700) -> str:
    """The passage with its matches marked *like this*, cut around the first match if long."""
    segments, before, after = highlight_segments(passage.text, passage.highlights, limit)
    body = "".join(f"*{t}*" if hit else t for t, hit in segments)
    return ("…" if before else "") + _t(body) + ("…" if after else "")


@render_text.register
def _(result: SearchResult) -> str:
    query = _t(result.query)
    if not result.passages:
        return _not_found(
            f"No passage matches “{query}”", "Try fewer or different words.", result.suggestions
        )
    out = [_heading(f"Search: {query} ({plural(len(result.passages), 'passage')})")]
    for p in result.passages:
        out.append(_wrap(highlight_text(p), "  "))
        out.append(f"      ↳ {_t(source_label(p.source))}")
    return "\n".join(out)


@render_text.register
def _(result: HelpResult) -> str:
    out = [_heading("Briefbot commands")]
    width = min(max((len(u) for u, _ in result.commands), default=0), 40)
    out += [f"  {u:<{width}}  {d}" for u, d in result.commands]
    out.append(
        "\nOn the console: options are written key:value, e.g. /quote stoltenberg topic:korea"
    )
    out.append("Type quit (or press Ctrl-D) to leave.")
    return "\n".join(out)
