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


def _not_found(title: str, text: str, suggestions: list[str]) -> list[discord.Embed]:
    hint = suggestion_text(suggestions)
    body = text + (f"\n\n{safe(hint)}" if hint else "")
    return [message_embed(title, body, colour=WARN)]


@singledispatch
def render(result: object) -> list[discord.Embed]:
    """The embeds (pages) for any answers result; at least one."""
    raise TypeError(f"no Discord renderer for {type(result).__name__}")


@render.register
def _(result: Problem) -> list[discord.Embed]:
    return [message_embed("Can't answer that", safe(result.message), colour=WARN)]


@render.register
def _(result: BriefResult) -> list[discord.Embed]:
    topic = safe(one_line(result.topic), markdown=False)
    if not result.found:
        return _not_found(
            truncate(f"Nothing known about “{topic}”", limits.EMBED_TITLE),
            "No loaded document says anything about that topic.",
            result.suggestions,
        )
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


@render.register
def _(result: QuotesResult) -> list[discord.Embed]:
    topic = f" on “{safe(one_line(result.topic), markdown=False)}”" if result.topic else ""
    if result.speaker is None:
        return _not_found(
            truncate(f"No speaker called “{safe(one_line(result.query), markdown=False)}”", 256),
            "Nobody by that name is quoted in the loaded documents.",
            result.suggestions,
        )
    speaker = safe(result.speaker, markdown=False)
    if not result.quotes:
        return _not_found(
            truncate(f"No quotations from {speaker}{topic}", limits.EMBED_TITLE),
            f"{speaker} is known, but no quotation of theirs matches.",
            result.suggestions,
        )
    return paginate(
        f"Quotations: {speaker}{topic}",
        [_quote_block(q, speaker=False) for q in result.quotes],
        per_page=5,
        footer=plural(len(result.quotes), "quotation"),
    )


@render.register
def _(result: ParticipantsResult) -> list[discord.Embed]:
    topic = f" in “{safe(one_line(result.topic), markdown=False)}”" if result.topic else ""
    if not result.people:
        return _not_found(
            truncate(f"Nobody found{topic}", limits.EMBED_TITLE),
            "No people are named in the matching documents.",
            result.suggestions,
        )
    return paginate(
        f"Participants{topic}",
        [_person_line(p) for p in result.people],
        per_page=15,
        sep="\n",
        footer=plural(len(result.people), "person", "people"),
    )


@render.register
def _(result: ProfileResult) -> list[discord.Embed]:
    if not result.found or result.person is None:
        return _not_found(
            truncate(f"Nobody called “{safe(one_line(result.query), markdown=False)}”", 256),
            "No person by that name appears in the loaded documents.",
            result.suggestions,
        )
    p = result.person
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


@render.register
def _(result: TimelineResult) -> list[discord.Embed]:
    topic = f": “{safe(one_line(result.topic), markdown=False)}”" if result.topic else ""
    if not result.events:
        return _not_found(
            truncate(f"No dated events{topic}", limits.EMBED_TITLE),
            "No matching document gives dates for what happened.",
            result.suggestions,
        )
    blocks = [
        f"**{human_date(e.date)}** — {safe(truncate(one_line(e.text), 500))}\n↳ {_src(e.source)}"
        for e in result.events
    ]
    return paginate(
        f"Timeline{topic}", blocks, per_page=8, footer=plural(len(result.events), "event")
    )


@render.register
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


@render.register
def _(result: SearchResult) -> list[discord.Embed]:
    query = safe(one_line(result.query), markdown=False)
    if not result.passages:
        return _not_found(
            truncate(f"No passage matches “{query}”", limits.EMBED_TITLE),
            "Try fewer or different words.",
            result.suggestions,
        )
    blocks = [f"{highlight(p)}\n↳ {_src(p.source)}" for p in result.passages]
    return paginate(
        truncate(f"Search: {query}", limits.EMBED_TITLE),
        blocks,
        per_page=5,
        footer=plural(len(result.passages), "passage"),
    )


@render.register
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
