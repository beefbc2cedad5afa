"""``/sync``: the bot owner resyncs the command tree without restarting.

Hidden from members without Administrator (``default_permissions``) and, whoever sees it, refused
to anyone but the application's owner (checked with ``Bot.is_owner``, which asks Discord once
and caches the answer).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.utils.embeds import no_mentions

if TYPE_CHECKING:
    from bot.bot import Briefbot

log = logging.getLogger(__name__)


class NotOwner(app_commands.CheckFailure):
    """Raised when someone other than the owner tries an owner-only command."""


async def _is_owner(interaction: discord.Interaction) -> bool:
    client = interaction.client
    if isinstance(client, commands.Bot) and await client.is_owner(interaction.user):
        return True
    raise NotOwner("Only the bot's owner can do that.")


class Admin(commands.Cog):
    """Owner-only maintenance commands."""

    def __init__(self, bot: Briefbot) -> None:
        self.bot = bot

    @app_commands.command(name="sync", description="Owner only: resync Briefbot's slash commands")
    @app_commands.describe(scope="here: this server now; global: every server (slow to appear)")
    @app_commands.choices(
        scope=[
            app_commands.Choice(name="here", value="here"),
            app_commands.Choice(name="global", value="global"),
        ]
    )
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(_is_owner)
    async def sync(self, interaction: discord.Interaction, scope: str = "here") -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        if scope == "here" and interaction.guild is not None:
            self.bot.tree.copy_global_to(guild=interaction.guild)
            synced = await self.bot.tree.sync(guild=interaction.guild)
            where = "this server"
        else:
            synced = await self.bot.tree.sync()
            where = "every server (may take up to an hour to appear)"
        log.info("resynced %d commands to %s on request", len(synced), where)
        await interaction.edit_original_response(
            content=f"Synced {len(synced)} commands to {where}.", allowed_mentions=no_mentions()
        )
