"""Answers → Discord embeds.

Every piece of document or user text goes through :func:`bot.utils.mentions.safe` (no live
mentions, no markdown injection) and every embed through the limit-aware builders, so any result
renders as valid, harmless embeds. Long lists become pages for the paginator.
"""

from __future__ import annotations

from functools import singledispatch

import discord

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
    SourceRef,
    SourcesResult,
    TimelineResult,
)
from bot.utils import limits
from bot.utils.embeds import (
    INFO,
    WARN,
    fit_embed,
    join_lines,
    message_embed,
    number_pages,
    paginate,
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
from bot.utils.mentions import safe
from bot.utils.text import one_line, truncate

QUOTE_CHARS = 600  # one quotation's words
CONTEXT_CHARS = 400  # the sentence around it


def _src(source: SourceRef) -> str:
    return safe(source_label(source))


def _person_line(p: PersonItem) -> str:
    role = person_role(p)
    stats = person_stats(p)
    line = f"**{safe(p.name)}**"
    if role:
        line += f" — {safe(role)}"
    if stats:
        line += f" ({stats})"
    return line


def _quote_block(q: QuoteItem, *, speaker: bool = True, context: bool = True) -> str:
    words = safe(truncate(one_line(q.text).rstrip(" ,;:"), QUOTE_CHARS))
    lines = [f"“{words}”"]
    if speaker and q.speaker:
        lines[0] += f" — **{safe(q.speaker)}**"
    ctx = one_line(q.context)
    if context and len(ctx) > len(one_line(q.text)) + 20:  # only when it adds something
        lines.append(f"*{safe(truncate(ctx, CONTEXT_CHARS))}*")
    lines.append(f"Source: {_src(q.source)}")
    return "\n".join(lines)


def _words(text: str) -> str:
    """A user's or a document's words for a title: one line, no mentions (markdown kept)."""
    return safe(one_line(text), markdown=False)


def _name(name: str) -> str:
    """A speaker's canonical name (one line already) for a title: no mentions."""
    return safe(name, markdown=False)


def _not_found(result: object) -> list[discord.Embed] | None:
    """The one embed for every answer that found nothing (None when ``result`` found something)."""
    wording = not_found(result, _words, _name)
    if wording is None:
        return None
    title, text = wording
    hint = suggestion_text(getattr(result, "suggestions", []))
    body = text + (f"\n\n{safe(hint)}" if hint else "")
    return [message_embed(truncate(title, limits.EMBED_TITLE), body, colour=WARN)]


def render(result: object) -> list[discord.Embed]:
    """The embeds (pages) for any answers result; at least one."""
    missing = _not_found(result)
    return _render(result) if missing is None else missing


@singledispatch
def _render(result: object) -> list[discord.Embed]:
    """The embeds for a result that found something (one function per result type)."""
    raise TypeError(f"no Discord renderer for {type(result).__name__}")


@_render.register
def _(result: Problem) -> list[discord.Embed]:
    return [message_embed("Can't answer that", safe(result.message), colour=WARN)]


@_render.register
def _(result: BriefResult) -> list[discord.Embed]:
    topic = _words(result.topic)
    summary = " ".join(safe(one_line(s)) for s in result.summary)
    embed = discord.Embed(
        title=truncate(f"Briefing: {topic}", limits.EMBED_TITLE),
        description=truncate(summary, 3000) or "The documents mention it, but say little.",
        colour=INFO,
    )
    if result.people:
        embed.add_field(
            name="People involved",
            value=join_lines(
                [_person_line(p) for p in result.people],
                more=lambda n: f"… and {n} more — see /participants",
            ),
            inline=False,
        )
    if result.quote:
        embed.add_field(
            name="Quotation",
            value=truncate(_quote_block(result.quote, context=False), limits.FIELD_VALUE),
            inline=False,
        )
    if result.sources:
        embed.add_field(
            name=f"Sources ({len(result.sources)})",
            value=join_lines(
                [f"• {_src(s)}" for s in result.sources],
                more=lambda n: f"… and {n} more — see /sources",
            ),
            inline=False,
        )
    embed.set_footer(text=f"From {plural(len(result.sources), 'document')}")
    return [fit_embed(embed)]


@_render.register
def _(result: QuotesResult) -> list[discord.Embed]:
    topic = f" on “{_words(result.topic)}”" if result.topic else ""
    speaker = _name(result.speaker)
    return paginate(
        f"Quotations: {speaker}{topic}",
        [_quote_block(q, speaker=False) for q in result.quotes],
        per_page=5,
        footer=plural(len(result.quotes), "quotation"),
    )


@_render.register
def _(result: ParticipantsResult) -> list[discord.Embed]:
    topic = f" in “{_words(result.topic)}”" if result.topic else ""
    return paginate(
        f"Participants{topic}",
        [_person_line(p) for p in result.people],
        per_page=15,
        sep="\n",
        footer=plural(len(result.people), "person", "people"),
    )


@_render.register
def _(result: ProfileResult) -> list[discord.Embed]:
    p = result.person
    assert p is not None  # render answered "nobody called …" already
    embed = discord.Embed(
        title=truncate(safe(p.name, markdown=False), limits.EMBED_TITLE),
        description=safe(person_role(p)) or "Role and organisation not stated.",
        colour=INFO,
    )
    stats = person_stats(p)
    if stats:
        embed.add_field(name="Appears", value=stats, inline=False)
    aliases = [a for a in result.aliases if a != p.name]
    if aliases:
        embed.add_field(
            name="Also called", value=join_lines([safe(a) for a in aliases], sep=", "), inline=False
        )
    if result.documents:
        embed.add_field(
            name=f"Documents ({len(result.documents)})",
            value=join_lines([f"• {_src(s)}" for s in result.documents]),
            inline=False,
        )
    if result.quotes:
        first = result.quotes[0]
        more = len(result.quotes) - 1
        value = _quote_block(first, speaker=False, context=False)
        if more:
            value += f"\n… and {more} more on the next pages"
        embed.add_field(
            name=f"Quotations ({len(result.quotes)})",
            value=truncate(value, limits.FIELD_VALUE),
            inline=False,
        )
    pages = [embed]
    if len(result.quotes) > 1:
        pages += paginate(
            f"{safe(p.name, markdown=False)}: quotations",
            [_quote_block(q, speaker=False) for q in result.quotes],
            per_page=5,
        )
    if len(pages) > 1:
        for page in pages:  # renumber over the whole set
            page.remove_footer()
        return number_pages(pages)
    return [fit_embed(embed)]


@_render.register
def _(result: TimelineResult) -> list[discord.Embed]:
    topic = f": “{_words(result.topic)}”" if result.topic else ""
    blocks = [
        f"**{human_date(e.date)}** — {safe(truncate(one_line(e.text), 500))}\n↳ {_src(e.source)}"
        for e in result.events
    ]
    return paginate(
        f"Timeline{topic}", blocks, per_page=8, footer=plural(len(result.events), "event")
    )


@_render.register
def _(result: SourcesResult) -> list[discord.Embed]:
    if not result.documents:
        return [message_embed("Sources", "No documents are loaded yet.", colour=WARN)]
    blocks = [
        f"**{_src(d.source)}**\n"
        f"{plural(d.sentences, 'sentence')} · {plural(d.people, 'person', 'people')} · "
        f"{plural(d.quotes, 'quotation')} · {plural(d.events, 'dated event')}"
        for d in result.documents
    ]
    return paginate(
        "Sources", blocks, per_page=10, footer=plural(len(result.documents), "document")
    )


def highlight(passage: Passage, limit: int = 700) -> str:
    """The passage with its matches in bold, escaped, cut around the first match if long."""
    segments, before, after = highlight_segments(passage.text, passage.highlights, limit)
    body = "".join(f"**{safe(t)}**" if hit else safe(t) for t, hit in segments)
    return ("…" if before else "") + one_line(body) + ("…" if after else "")


@_render.register
def _(result: SearchResult) -> list[discord.Embed]:
    query = _words(result.query)
    blocks = [f"{highlight(p)}\n↳ {_src(p.source)}" for p in result.passages]
    return paginate(
        truncate(f"Search: {query}", limits.EMBED_TITLE),
        blocks,
        per_page=5,
        footer=plural(len(result.passages), "passage"),
    )


@_render.register
def _(result: HelpResult) -> list[discord.Embed]:
    embed = discord.Embed(
        title="Briefbot commands",
        description="Briefings on the loaded documents. Options autocomplete as you type.",
        colour=INFO,
    )
    for usage, text in result.commands[: limits.EMBED_FIELDS]:
        embed.add_field(
            name=truncate(safe(usage, markdown=False), limits.FIELD_NAME) or "—",
            value=truncate(safe(text, markdown=False), limits.FIELD_VALUE) or "—",
            inline=False,
        )
    return [fit_embed(embed)]
