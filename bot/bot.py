"""The Discord bot: :class:`Briefbot` and :func:`run_bot`, the entry point ``python -m bot`` uses.

No privileged intents: slash commands arrive as interactions, so the ``guilds`` intent is all the
bot needs. ``AllowedMentions.none()`` is the bot-wide default (and every reply passes it again).
REST and gateway addresses can be redirected (``DISCORD_API_BASE`` / ``DISCORD_GATEWAY_URL``) to a
proxy or a loopback test server; the token never reaches a log line.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from bot.config import Settings
from bot.exts import EXTENSIONS

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_CONFIG = 2  # missing or rejected token, bad settings


def make_intents() -> discord.Intents:
    """Only ``guilds``: enough for application commands, and nothing privileged."""
    intents = discord.Intents.none()
    intents.guilds = True
    return intents


class Briefbot(commands.Bot):
    """The bot. ``answers`` is the answers API (set by :func:`serve` once the store is open)."""

    def __init__(
        self,
        settings: Settings,
        *,
        answers: Any = None,
        sync_commands: bool = True,
        extensions: tuple[str, ...] = EXTENSIONS,
    ) -> None:
        # Briefbot never joins voice: skip discord.py's warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=make_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
        )
        self.settings = settings
        self.answers = answers
        self.sync_commands = sync_commands
        self.initial_extensions = extensions

    async def setup_hook(self) -> None:
        for name in self.initial_extensions:
            await self.load_extension(name)
        if self.sync_commands:
            await self.sync_tree()

    async def sync_tree(self) -> list[discord.app_commands.AppCommand]:
        """Sync to ``DEV_GUILD_ID`` when set (instant), else globally (up to an hour to show)."""
        guild_id = self.settings.dev_guild_id
        try:
            if guild_id:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), guild_id)
            else:
                synced = await self.tree.sync()
                log.info("synced %d commands globally", len(synced))
        except discord.HTTPException as exc:
            # Commands synced earlier keep working; a failed sync must not stop the bot.
            log.error("command sync failed (%s %s): %s", exc.status, exc.code, exc.text)
            return []
        return synced

    async def on_ready(self) -> None:
        user = self.user
        log.info("connected as %s (id %s) to %d servers", user, user and user.id, len(self.guilds))


class RedactToken(logging.Filter):
    """Replace the token wherever it would appear in a log line (belt and braces)."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "[redacted]"), ()
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "[redacted]")
        return True


def apply_endpoints(settings: Settings) -> None:
    """Point discord.py's REST and gateway at ``settings.api_base`` / ``settings.gateway_url``.

    REST: every request (interaction callbacks and webhooks included) is ``Route.BASE + path``.
    Gateway: a non-sharded client connects to ``DiscordWebSocket.DEFAULT_GATEWAY`` (it does not ask
    ``GET /gateway/bot``), resumes at READY's ``resume_gateway_url`` and falls back to the default
    after INVALID_SESSION, so setting the default is enough for a loopback server.
    """
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _say(message: str) -> None:
    print(message, file=sys.stderr)


async def serve(settings: Settings, *, app: Any = None) -> int:
    """Log in, open the answers, connect and serve until closed; returns an exit code.

    ``app`` is an already-open ``bot.app`` object (tests); by default :func:`bot.app.open_app`
    opens one after the token is accepted, so a bad token fails fast, before any ingest.
    """
    if not settings.token:
        _say(
            "DISCORD_TOKEN is not set: put the bot token in .env "
            "(see the README, Running in Discord)."
        )
        return EXIT_CONFIG
    bot = Briefbot(settings)
    opened_here = app is None
    try:
        async with bot:
            try:
                await bot.login(settings.token)
            except discord.LoginFailure:
                _say(
                    "Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from "
                    "the Developer Portal (your application → Bot → Reset Token) into .env."
                )
                return EXIT_CONFIG
            if app is None:
                from bot.app import open_app
                from bot.store import StoreError

                try:
                    app = await _maybe_await(open_app(settings))
                except StoreError as exc:
                    _say(f"Cannot open the database {settings.db_path}: {exc}")
                    return EXIT_FAILURE
            bot.answers = app.answers
            await bot.connect(reconnect=True)
    except discord.ConnectionClosed as exc:
        if exc.code == 4004:  # the gateway's "authentication failed"
            _say("Discord's gateway rejected DISCORD_TOKEN (4004): reset the token and retry.")
            return EXIT_CONFIG
        _say(f"Discord closed the connection ({exc.code}): {exc.reason or 'no reason given'}")
        return EXIT_FAILURE
    except (aiohttp.ClientConnectorError, discord.GatewayNotFound) as exc:
        where = settings.api_base or "discord.com"
        _say(f"Cannot reach Discord ({where}): {exc}")
        return EXIT_FAILURE
    except discord.HTTPException as exc:
        _say(f"Discord refused the connection: {exc.status} {exc.text or exc}")
        return EXIT_FAILURE
    finally:
        if opened_here and app is not None:
            await _maybe_await(app.close())
    return EXIT_OK


def run_bot(settings: Settings) -> int:
    """``python -m bot`` with a token: set up logging and endpoints, run until Ctrl-C."""
    level = logging.getLevelName(settings.log_level)
    handler = logging.StreamHandler()
    handler.addFilter(RedactToken(settings.token))
    discord.utils.setup_logging(
        handler=handler, level=level if isinstance(level, int) else logging.INFO
    )
    apply_endpoints(settings)
    try:
        return asyncio.run(serve(settings))
    except KeyboardInterrupt:
        return EXIT_OK
