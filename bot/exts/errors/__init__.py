"""The application-command error handler."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.errors._cog import ErrorHandler

if TYPE_CHECKING:
    from discord.ext import commands


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ErrorHandler(bot))
