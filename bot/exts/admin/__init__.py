"""Owner-only maintenance: resync the slash commands on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.admin._cog import Admin

if TYPE_CHECKING:
    from discord.ext import commands


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Admin(bot))  # type: ignore[arg-type]
