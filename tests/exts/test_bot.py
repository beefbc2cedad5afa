"""The bot object and its entry point: intents, sync, endpoints, token handling."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import aiohttp.web
import discord
import pytest
import yarl

from bot.bot import (
    EXIT_CONFIG,
    EXIT_FAILURE,
    Briefbot,
    RedactToken,
    apply_endpoints,
    make_intents,
    serve,
)
from bot.config import Settings
from bot.exts import EXTENSIONS

TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhJkLm.not-a-real-token-but-shaped-like-one"


def test_intents_are_minimal_and_unprivileged() -> None:
    intents = make_intents()
    assert intents.guilds
    assert not (intents.members or intents.presences or intents.message_content)
    assert intents.value == discord.Intents.guilds.flag


def test_the_bot_allows_no_mentions_by_default() -> None:
    bot = Briefbot(Settings())
    assert bot.allowed_mentions is not None
    assert bot.allowed_mentions.to_dict() == {"parse": []}


@pytest.mark.parametrize("guild_id", [None, 1100000000000000002])
async def test_setup_hook_loads_cogs_and_syncs_to_the_dev_guild_or_globally(
    monkeypatch: pytest.MonkeyPatch, guild_id: int | None
) -> None:
    bot = Briefbot(Settings(dev_guild_id=guild_id))
    synced: list[object] = []

    async def fake_sync(*, guild: object = None) -> list[object]:
        synced.append(guild)
        return []

    monkeypatch.setattr(bot.tree, "sync", fake_sync)
    await bot.setup_hook()
    assert set(bot.extensions) == set(EXTENSIONS)
    names = {c.name for c in bot.tree.get_commands()}
    assert {
        "brief",
        "quote",
        "participants",
        "who",
        "timeline",
        "sources",
        "search",
        "help",
        "sync",
    } <= names
    assert len(synced) == 1
    if guild_id is None:
        assert synced[0] is None
    else:
        assert synced[0].id == guild_id
        assert {c.name for c in bot.tree.get_commands(guild=discord.Object(guild_id))} == names
    for name in list(bot.extensions):
        await bot.unload_extension(name)


async def test_every_option_is_described_and_fits_discord() -> None:
    bot = Briefbot(Settings(), sync_commands=False)
    await bot.setup_hook()
    for command in bot.tree.get_commands():
        payload = command.to_dict(bot.tree)
        assert 1 <= len(payload["description"]) <= 100
        for option in payload.get("options", []):
            assert 1 <= len(option["description"]) <= 100, (command.name, option)
            if option["type"] == 3 and command.name != "sync":
                assert option.get("max_length") == 200
    for name in list(bot.extensions):
        await bot.unload_extension(name)


def test_endpoints_point_rest_and_gateway_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    apply_endpoints(
        Settings(api_base="http://127.0.0.1:8765/api/v10/", gateway_url="ws://127.0.0.1:8765/")
    )
    route = discord.http.Route("POST", "/interactions/{a}/{b}/callback", a=1, b="t")
    assert route.url == "http://127.0.0.1:8765/api/v10/interactions/1/t/callback"
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    assert gateway == yarl.URL("ws://127.0.0.1:8765/")


def test_redact_filter_hides_the_token() -> None:
    record = logging.LogRecord(
        "discord.http", logging.DEBUG, __file__, 1, "sent Authorization: Bot %s", (TOKEN,), None
    )
    assert RedactToken(TOKEN).filter(record)
    assert record.getMessage() == "sent Authorization: Bot [redacted]"


async def test_no_token_is_a_clear_configuration_error(capsys: pytest.CaptureFixture) -> None:
    assert await serve(Settings(token=None)) == EXIT_CONFIG
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err


@pytest.fixture
async def rejecting_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """A loopback REST server that rejects every token, as Discord does a wrong one."""
    seen: list[str] = []

    async def me(request: aiohttp.web.Request) -> aiohttp.web.Response:
        seen.append(request.headers.get("Authorization", ""))
        return aiohttp.web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)

    app = aiohttp.web.Application()
    app.router.add_get("/api/v10/users/@me", me)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    yield seen
    await runner.cleanup()


async def test_a_rejected_token_exits_2_with_one_clear_line(
    rejecting_discord: list[str], capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        code = await serve(Settings(token=TOKEN))
    assert code == EXIT_CONFIG
    assert rejecting_discord == [f"Bot {TOKEN}"]  # it really asked the server
    err = capsys.readouterr().err
    assert "Discord rejected DISCORD_TOKEN" in err and "Traceback" not in err
    assert TOKEN not in err and TOKEN not in caplog.text


async def test_an_unreachable_discord_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # discard port
    assert await serve(Settings(token=TOKEN, api_base="http://127.0.0.1:9/api/v10")) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert "Cannot reach Discord (http://127.0.0.1:9/api/v10)" in err
    assert TOKEN not in err
