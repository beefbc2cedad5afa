"""A minimal discord.py bot that proves the loopback server, independently of Briefbot.

Run as ``python -m tests.loopback.minibot`` with the loopback's environment (see
``LoopbackDiscord.bot_env``). It exercises what Briefbot needs from Discord: login, guild command
sync, a direct reply, autocomplete, a deferred reply edited later, a follow-up, and a paginator
whose buttons only the asker may press and which disables itself on timeout.
"""

from __future__ import annotations

import logging
import os

import discord
import yarl
from discord import app_commands
from discord.ext import commands

WORDS = ["alliance", "armistice", "ceasefire", "delegation", "deterrence", "summit", "treaty"]


def point_at(api_base: str | None, gateway_url: str | None) -> None:
    """Send discord.py's REST and gateway traffic elsewhere (both are class attributes)."""
    if api_base:
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


class Pages(discord.ui.View):
    def __init__(self, owner_id: int, pages: list[str], timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.pages = pages
        self.index = 0
        self.interaction: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "Only the person who asked can turn these pages.",
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            return False
        return True

    @discord.ui.button(label="Next", custom_id="mini:next", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = (self.index + 1) % len(self.pages)
        await interaction.response.edit_message(content=self.pages[self.index], view=self)

    async def on_timeout(self) -> None:
        for item in self.children:
            item.disabled = True  # type: ignore[attr-defined]
        if self.interaction is not None:
            await self.interaction.edit_original_response(view=self)


class Mini(commands.Bot):
    def __init__(self) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.guild_id = int(os.environ["DEV_GUILD_ID"])
        self.view_timeout = float(os.environ.get("MINIBOT_VIEW_TIMEOUT", "2"))

    async def setup_hook(self) -> None:
        guild = discord.Object(self.guild_id)
        tree = self.tree

        @tree.command(name="echo", description="Repeat a word", guild=guild)
        @app_commands.describe(word="the word")
        async def echo(interaction: discord.Interaction, word: str) -> None:
            await interaction.response.send_message(f"echo: {word}")

        @echo.autocomplete("word")
        async def echo_complete(interaction: discord.Interaction, current: str):
            return [app_commands.Choice(name=w, value=w) for w in WORDS if current.lower() in w][
                :25
            ]

        @tree.command(name="slow", description="A deferred answer with a follow-up", guild=guild)
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.edit_original_response(content="slow: done")
            original = await interaction.original_response()  # GET .../messages/@original
            await interaction.followup.send(f"slow: more after {original.content!r}")

        @tree.command(name="pages", description="A paginated answer", guild=guild)
        async def pages(interaction: discord.Interaction) -> None:
            view = Pages(
                interaction.user.id, ["page 1/3", "page 2/3", "page 3/3"], self.view_timeout
            )
            view.interaction = interaction
            await interaction.response.send_message("page 1/3", view=view)

        await tree.sync(guild=guild)


def main() -> None:
    point_at(os.environ.get("DISCORD_API_BASE"), os.environ.get("DISCORD_GATEWAY_URL"))
    level = getattr(logging, os.environ.get("LOG_LEVEL", "INFO").upper(), logging.INFO)
    Mini().run(os.environ["DISCORD_TOKEN"], log_level=level, root_logger=True)


if __name__ == "__main__":
    main()
