"""One place that turns command failures into a polite, private message.

The user sees a short ephemeral explanation (never a traceback); expected failures (checks,
cooldowns, bad values) are logged briefly, unexpected ones in full. If the command had deferred
publicly and nothing was sent yet, the "thinking…" placeholder is deleted so it does not hang.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts.briefing._cog import AnswersUnavailable
from bot.utils.embeds import no_mentions

log = logging.getLogger(__name__)

GENERIC = "Sorry, something went wrong while answering. It has been logged; please try again."


def user_message(error: app_commands.AppCommandError) -> tuple[str, bool]:
    """(what to tell the user, whether it was expected) for an application-command error."""
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s.", True
    if isinstance(error, app_commands.CheckFailure):
        text = str(error) if str(error) else "You can't use this command here."
        return text, True
    if isinstance(error, app_commands.TransformerError):
        return f"That value doesn't fit the option ({error.transformer.type.name}).", True
    original = getattr(error, "original", error)
    if isinstance(original, AnswersUnavailable):
        return "Briefbot is still starting up; try again in a few seconds.", True
    if isinstance(original, asyncio.TimeoutError | TimeoutError):
        return "That took too long to answer. Try a narrower question.", False
    return GENERIC, False


class ErrorHandler(commands.Cog):
    """Installs itself as the command tree's error handler while loaded."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous = None

    async def cog_load(self) -> None:
        self._previous = self.bot.tree.on_error
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        if self._previous is not None:
            self.bot.tree.on_error = self._previous  # type: ignore[method-assign]

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        text, expected = user_message(error)
        name = interaction.command.qualified_name if interaction.command else "?"
        if expected:
            log.info("/%s refused for user %s: %s", name, interaction.user.id, error)
        else:
            log.error("/%s failed for user %s", name, interaction.user.id, exc_info=error)
        try:
            await self.tell(interaction, text)
        except discord.HTTPException:
            log.warning(
                "could not tell user %s about the error", interaction.user.id, exc_info=True
            )

    @staticmethod
    async def tell(interaction: discord.Interaction, text: str) -> None:
        """Send ``text`` privately, whatever state the interaction is in."""
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete cannot carry a message
        if not interaction.response.is_done():
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=no_mentions()
            )
            return
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=no_mentions())
        if not interaction.extras.get("answered"):
            # the public "thinking…" placeholder would otherwise hang for 15 minutes
            with contextlib.suppress(discord.HTTPException):
                await interaction.delete_original_response()
