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
    not_found,
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


def _not_found(result: object) -> str | None:
    """The one text for every answer that found nothing (None when ``result`` found something)."""
    wording = not_found(result, _t)
    if wording is None:
        return None
    title, text = wording
    hint = suggestion_text([_t(s) for s in getattr(result, "suggestions", [])])
    return "\n".join(x for x in (_heading(title), text, hint) if x)


def render_text(result: object) -> str:
    """The text for any answers result: found nothing, or what :func:`_render` makes of it."""
    missing = _not_found(result)
    return _render(result) if missing is None else missing


@singledispatch
def _render(result: object) -> str:
    """The text for a result that found something (one function per result type)."""
    raise TypeError(f"no text renderer for {type(result).__name__}")


@_render.register
def _(result: Problem) -> str:
    return f"Can't answer that: {_t(result.message)}"


@_render.register
def _(result: BriefResult) -> str:
    out = [_heading(f"Briefing: {_t(result.topic)}")]
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


@_render.register
def _(result: QuotesResult) -> str:
    topic = f" on “{_t(result.topic)}”" if result.topic else ""
    speaker = _t(result.speaker)
    out = [_heading(f"Quotations: {speaker}{topic} ({len(result.quotes)})")]
    for i, q in enumerate(result.quotes, 1):
        out.append(f"\n{i}.")
        out.append(_quote(q, speaker=False))
    return "\n".join(out)


@_render.register
def _(result: ParticipantsResult) -> str:
    topic = f" in “{_t(result.topic)}”" if result.topic else ""
    out = [_heading(f"Participants{topic} ({plural(len(result.people), 'person', 'people')})")]
    out += [f"  • {_person_line(p)}" for p in result.people]
    return "\n".join(out)


@_render.register
def _(result: ProfileResult) -> str:
    p = result.person
    assert p is not None  # render_text answered "nobody called …" already
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


@_render.register
def _(result: TimelineResult) -> str:
    topic = f": “{_t(result.topic)}”" if result.topic else ""
    out = [_heading(f"Timeline{topic} ({plural(len(result.events), 'event')})")]
    for e in result.events:
        out.append(_wrap(f"{human_date(e.date)} — {truncate(_t(e.text), 500)}", "  "))
        out.append(f"      ↳ {_t(source_label(e.source))}")
    return "\n".join(out)


@_render.register
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


@_render.register
def _(result: SearchResult) -> str:
    out = [_heading(f"Search: {_t(result.query)} ({plural(len(result.passages), 'passage')})")]
    for p in result.passages:
        out.append(_wrap(highlight_text(p), "  "))
        out.append(f"      ↳ {_t(source_label(p.source))}")
    return "\n".join(out)


@_render.register
def _(result: HelpResult) -> str:
    out = [_heading("Briefbot commands")]
    width = min(max((len(u) for u, _ in result.commands), default=0), 40)
    out += [f"  {u:<{width}}  {d}" for u, d in result.commands]
    out.append(
        "\nOn the console: options are written key:value, e.g. /quote stoltenberg topic:korea"
    )
    out.append("Type quit (or press Ctrl-D) to leave.")
    return "\n".join(out)
