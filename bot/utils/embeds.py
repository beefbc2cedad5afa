"""Embed builders that respect Discord's limits, and a checker for tests.

Builders truncate with "…" *and say so* (a note such as "… and 12 more" or a footer remark), so a
reader always knows when something was left out; nothing is cut silently. :func:`fit_embed` is the
last line of defence applied to every embed we send; :func:`embed_problems` is what tests assert on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import discord

from bot.utils import limits
from bot.utils.text import dlen, truncate

INFO = discord.Colour.blurple()
WARN = discord.Colour.orange()
ERROR = discord.Colour.red()

SHORTENED_NOTE = "Shortened to fit Discord's limits."
PAGE_BUDGET = 3800  # description characters per page: leaves room for title, fields, footer


def no_mentions() -> discord.AllowedMentions:
    """A fresh ``AllowedMentions`` that allows nothing (users, roles, @everyone, reply pings)."""
    return discord.AllowedMentions.none()


def embed_length(embed: discord.Embed) -> int:
    """The total Discord counts against the 6000-character limit."""
    total = dlen(embed.title or "") + dlen(embed.description or "")
    total += dlen(embed.footer.text or "") + dlen(embed.author.name or "")
    for f in embed.fields:
        total += dlen(f.name or "") + dlen(f.value or "")
    return total


def embed_problems(embed: discord.Embed) -> list[str]:
    """Every way ``embed`` breaks Discord's limits (empty list when it is valid)."""
    problems = []

    def check(label: str, text: str | None, limit: int) -> None:
        if text is not None and dlen(text) > limit:
            problems.append(f"{label} is {dlen(text)} > {limit}")

    check("title", embed.title, limits.EMBED_TITLE)
    check("description", embed.description, limits.EMBED_DESCRIPTION)
    check("footer", embed.footer.text, limits.FOOTER_TEXT)
    check("author", embed.author.name, limits.AUTHOR_NAME)
    if len(embed.fields) > limits.EMBED_FIELDS:
        problems.append(f"{len(embed.fields)} fields > {limits.EMBED_FIELDS}")
    for i, f in enumerate(embed.fields):
        if not (f.name or "").strip() or not (f.value or "").strip():
            problems.append(f"field {i} has an empty name or value")
        check(f"field {i} name", f.name, limits.FIELD_NAME)
        check(f"field {i} value", f.value, limits.FIELD_VALUE)
    if embed_length(embed) > limits.EMBED_TOTAL:
        problems.append(f"total {embed_length(embed)} > {limits.EMBED_TOTAL}")
    if not (embed.title or embed.description or embed.fields):
        problems.append("embed is empty")
    return problems


def _add_footer_note(embed: discord.Embed, note: str) -> None:
    text = embed.footer.text or ""
    if note in text:
        return
    text = f"{text} · {note}" if text else note
    embed.set_footer(text=truncate(text, limits.FOOTER_TEXT))


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Make ``embed`` valid in place (and return it); notes in the footer when it had to cut."""
    cut = False
    if embed.title and dlen(embed.title) > limits.EMBED_TITLE:
        embed.title, cut = truncate(embed.title, limits.EMBED_TITLE), True
    if embed.description and dlen(embed.description) > limits.EMBED_DESCRIPTION:
        embed.description, cut = truncate(embed.description, limits.EMBED_DESCRIPTION), True
    if embed.author.name and dlen(embed.author.name) > limits.AUTHOR_NAME:
        embed.set_author(name=truncate(embed.author.name, limits.AUTHOR_NAME))
        cut = True
    while len(embed.fields) > limits.EMBED_FIELDS:
        embed.remove_field(len(embed.fields) - 1)
        cut = True
    for i, f in enumerate(embed.fields):
        name = (f.name or "").strip() or "\u200b"
        value = (f.value or "").strip() or "—"
        if dlen(name) > limits.FIELD_NAME or dlen(value) > limits.FIELD_VALUE:
            cut = True
        embed.set_field_at(
            i,
            name=truncate(name, limits.FIELD_NAME),
            value=truncate(value, limits.FIELD_VALUE),
            inline=bool(f.inline),
        )
    if cut:
        _add_footer_note(embed, SHORTENED_NOTE)
    # Over the total: shorten the description, then drop fields from the end.
    while embed_length(embed) > limits.EMBED_TOTAL:
        excess = embed_length(embed) - limits.EMBED_TOTAL
        desc = embed.description or ""
        if dlen(desc) > excess + 200:
            embed.description = truncate(desc, dlen(desc) - excess)
        elif embed.fields:
            embed.remove_field(len(embed.fields) - 1)
        elif desc:
            embed.description = truncate(desc, max(1, dlen(desc) - excess))
        else:  # only title/footer/author left, each within its own limit: cannot exceed 6000
            break
        _add_footer_note(embed, SHORTENED_NOTE)
    return embed


def join_lines(
    lines: Sequence[str],
    limit: int = limits.FIELD_VALUE,
    more: Callable[[int], str] = lambda n: f"… and {n} more",
    sep: str = "\n",
) -> str:
    """Join the whole ``lines`` that fit in ``limit``, then a note saying how many were left out."""
    total = len(lines)
    joined = sep.join(lines)
    if dlen(joined) <= limit:
        return joined
    out: list[str] = []
    for i, line in enumerate(lines):
        note = sep + more(total - i - 1) if i < total - 1 else ""
        if dlen(sep.join([*out, line]) + note) > limit:
            break
        out.append(line)
    if not out:  # even the first line is too long: shorten it rather than show nothing
        note = sep + more(total - 1) if total > 1 else ""
        out = [truncate(lines[0], max(limit - dlen(note), 1))]
    left = total - len(out)
    return truncate(sep.join(out) + (sep + more(left) if left else ""), limit)


def paginate(
    title: str,
    blocks: Sequence[str],
    *,
    intro: str | None = None,
    colour: discord.Colour = INFO,
    footer: str | None = None,
    per_page: int = 10,
    budget: int = PAGE_BUDGET,
    sep: str = "\n\n",
) -> list[discord.Embed]:
    """Spread ``blocks`` over as many embeds as needed (``per_page`` at most, ``budget`` chars).

    A block too long for a page on its own is shortened with "…". Pages are numbered in the footer
    when there is more than one. Always returns at least one embed.
    """
    intro = intro or ""
    room = budget - (dlen(intro) + 2 if intro else 0)
    pages_text: list[list[str]] = [[]]
    used = 0
    for block in blocks:
        block = truncate(block, max(room, 200))
        cost = dlen(block) + (dlen(sep) if pages_text[-1] else 0)
        if pages_text[-1] and (len(pages_text[-1]) >= per_page or used + cost > room):
            pages_text.append([])
            used, cost = 0, dlen(block)
        pages_text[-1].append(block)
        used += cost
    embeds = []
    for chunk in pages_text:
        body = sep.join(chunk)
        description = f"{intro}\n\n{body}" if intro and body else (intro or body)
        embed = discord.Embed(title=truncate(title, limits.EMBED_TITLE), colour=colour)
        embed.description = description or None
        if footer:
            embed.set_footer(text=truncate(footer, limits.FOOTER_TEXT))
        embeds.append(embed)
    return number_pages(embeds)


def number_pages(pages: list[discord.Embed]) -> list[discord.Embed]:
    """Prefix each page's footer with ``Page i/n`` when there is more than one page."""
    if len(pages) < 2:
        return [fit_embed(p) for p in pages]
    for i, page in enumerate(pages, 1):
        text = page.footer.text or ""
        label = f"Page {i}/{len(pages)}"
        page.set_footer(text=truncate(f"{label} · {text}" if text else label, limits.FOOTER_TEXT))
    return [fit_embed(p) for p in pages]


def message_embed(title: str, text: str, *, colour: discord.Colour = INFO) -> discord.Embed:
    """A one-off embed (errors, refusals, notices), fitted."""
    return fit_embed(discord.Embed(title=title, description=text, colour=colour))
