"""Briefing commands (brief, quote, participants, who, timeline, sources, search, help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.briefing._cog import Briefing

if TYPE_CHECKING:
    from discord.ext import commands


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Briefing(bot))  # type: ignore[arg-type]
