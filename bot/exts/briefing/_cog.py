"""The briefing slash commands: brief, quote, participants, who, timeline, sources, search, help.

Each command defers first (the answer may need a database query longer than Discord's 3-second
window), asks :class:`bot.answers.Answers`, renders the result as embeds and sends them with the
paginator when there is more than one page. Autocomplete asks the answers layer for topics and
speakers under a short deadline and answers an empty list rather than fail.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts.briefing.render import render
from bot.utils import limits
from bot.utils.paginator import send_pages
from bot.utils.text import one_line, truncate

if TYPE_CHECKING:
    from bot.bot import Briefbot

log = logging.getLogger(__name__)

ANSWER_TIMEOUT = 60.0  # an answer slower than this is an error, not a wait
AUTOCOMPLETE_TIMEOUT = 2.0  # Discord drops autocomplete responses after 3 s
MAX_INPUT = 200  # option length enforced by Discord itself


class AnswersUnavailable(RuntimeError):
    """The bot is connected but its answers (database) are not open yet."""


def _choices(names: list[str]) -> list[app_commands.Choice[str]]:
    """At most 25 unique, non-empty choices, names and values cut to 100 characters."""
    out: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for name in names:
        label = truncate(one_line(name), limits.CHOICE_NAME)
        if not label or label in seen:
            continue
        seen.add(label)
        out.append(app_commands.Choice(name=label, value=label))
        if len(out) == limits.CHOICES:
            break
    return out


Text = app_commands.Range[str, 1, MAX_INPUT]


class Briefing(commands.Cog):
    """Briefings on the loaded documents."""

    def __init__(self, bot: Briefbot) -> None:
        self.bot = bot

    @property
    def answers(self) -> Any:
        answers = getattr(self.bot, "answers", None)
        if answers is None:
            raise AnswersUnavailable("the document store is still opening")
        return answers

    async def _reply(self, interaction: discord.Interaction, pending: Awaitable[Any]) -> None:
        """Run one answer and send it; the caller has already deferred."""
        result = await asyncio.wait_for(pending, timeout=ANSWER_TIMEOUT)
        await send_pages(interaction, render(result))

    # -- autocomplete ------------------------------------------------------------------------

    async def _complete(self, kind: str, current: str) -> list[app_commands.Choice[str]]:
        try:
            answers = self.answers
            method = answers.complete_topics if kind == "topic" else answers.complete_speakers
            names = await asyncio.wait_for(
                method(current[:MAX_INPUT], limit=limits.CHOICES), timeout=AUTOCOMPLETE_TIMEOUT
            )
        except Exception:  # autocomplete must never error: an empty list is a fine answer
            log.warning("%s autocomplete failed for %r", kind, current[:50], exc_info=True)
            return []
        return _choices(list(names or []))

    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete("topic", current)

    async def speaker_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete("speaker", current)

    # -- commands ----------------------------------------------------------------------------

    @app_commands.command(name="brief", description="A short briefing on a topic")
    @app_commands.describe(topic="A subject, place, organisation or person, e.g. korea")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def brief(self, interaction: discord.Interaction, topic: Text) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.brief(topic))

    @app_commands.command(name="quote", description="What someone said, with context and source")
    @app_commands.describe(
        speaker="Surname, full name or any known alias", topic="Only quotations on this topic"
    )
    @app_commands.autocomplete(speaker=speaker_autocomplete, topic=topic_autocomplete)
    async def quote(
        self, interaction: discord.Interaction, speaker: Text, topic: Text | None = None
    ) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.quotes(speaker, topic=topic))

    @app_commands.command(name="participants", description="The people in the documents")
    @app_commands.describe(topic="Only people involved in this topic")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def participants(
        self, interaction: discord.Interaction, topic: Text | None = None
    ) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.participants(topic=topic))

    @app_commands.command(name="who", description="One person's profile")
    @app_commands.describe(name="Surname, full name or any known alias")
    @app_commands.autocomplete(name=speaker_autocomplete)
    async def who(self, interaction: discord.Interaction, name: Text) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.who(name))

    @app_commands.command(name="timeline", description="Dated events in order")
    @app_commands.describe(topic="Only events about this topic")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def timeline(self, interaction: discord.Interaction, topic: Text | None = None) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.timeline(topic=topic))

    @app_commands.command(name="sources", description="The documents loaded, with dates and counts")
    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.sources())

    @app_commands.command(name="search", description="Passages that match some words")
    @app_commands.describe(text="Words to look for")
    async def search(self, interaction: discord.Interaction, text: Text) -> None:
        await interaction.response.defer(thinking=True)
        await self._reply(interaction, self.answers.search(text))

    @app_commands.command(name="help", description="What Briefbot can do")
    async def help(self, interaction: discord.Interaction) -> None:
        # help() is synchronous and instant: answer directly, privately.
        await send_pages(interaction, render(self.answers.help()), ephemeral=True)
