"""The token never appears in logs, even at debug level, even across RESUME and re-IDENTIFY."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from pathlib import Path

import discord
import pytest

from bot.bot import apply_endpoints, serve
from bot.config import Settings
from tests.loopback.plugin import BotProcess
from tests.loopback.server import LoopbackDiscord

pytestmark = pytest.mark.e2e

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_eb33f95aa847253a.txt"


def secrets_of(token: str) -> list[str]:
    """The whole token and its secret part (the first part is only the bot's ID in base64)."""
    return [token, token.rsplit(".", 1)[-1]]


def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir(exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    return folder


def test_debug_logs_of_a_troubled_session_hold_no_token(
    loopback: LoopbackDiscord, bot_process, tmp_path: Path
) -> None:
    bot: BotProcess = bot_process(
        ["-m", "bot", "run"],
        {
            "LOG_LEVEL": "DEBUG",
            "BRIEFBOT_DB": str(tmp_path / "b.db"),
            "BRIEFBOT_SEEDS": str(seeds(tmp_path)),
        },
    )
    bot.wait_ready(60)
    lb = loopback
    lb.slash("brief", topic="korea").wait_answered(10)
    lb.drop_connection()
    lb.wait_for(lambda: lb.resumes >= 1 and lb.connected, 15, "a RESUME (it carries the token)")
    lb.invalidate_session(resumable=False)
    lb.wait_for(lambda: lb.identifies >= 2 and lb.connected, 15, "a second IDENTIFY")
    lb.slash("quote", speaker="stoltenberg").wait_answered(10)
    bot.stop()
    output = bot.output
    assert "DEBUG" in output and "RESUME" in output  # debug logging really was on
    for secret in secrets_of(lb.token):
        assert secret not in output


def test_wrong_token_gives_a_clear_message_and_no_token(
    loopback: LoopbackDiscord, bot_process, tmp_path: Path
) -> None:
    wrong = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhJkLm.wrongwrongwrongwrongwrongwrongwrongwro"
    bot: BotProcess = bot_process(
        ["-m", "bot", "run"],
        {
            "DISCORD_TOKEN": wrong,
            "LOG_LEVEL": "DEBUG",
            "BRIEFBOT_DB": str(tmp_path / "b.db"),
            "BRIEFBOT_SEEDS": str(seeds(tmp_path)),
        },
    )
    assert bot.proc is not None
    code = bot.proc.wait(60)
    output = bot.output
    assert code == 2, output
    assert "Traceback" not in output
    assert "DISCORD_TOKEN" in output and "401" in output  # says what is wrong and where to fix it
    for secret in secrets_of(wrong):
        assert secret not in output
    assert [r.status for r in loopback.requests] == [401]


async def test_logging_records_never_carry_the_token(
    loopback: LoopbackDiscord,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In-process, before any redacting handler: no log record contains the token."""
    lb = loopback
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    settings = Settings(
        token=lb.token,
        dev_guild_id=lb.world.guild_id,
        db_path=tmp_path / "b.db",
        seeds_dir=seeds(tmp_path),
        log_level="DEBUG",
        api_base=lb.api_base,
        gateway_url=lb.gateway_url,
    )
    assert lb.token not in repr(settings)
    apply_endpoints(settings)
    caplog.set_level(logging.DEBUG)
    task = asyncio.create_task(serve(settings))
    try:
        await lb.wait_for_async(lambda: lb.ready_count and lb.commands, 60, "the bot to connect")
        record = lb.slash("quote", speaker="stoltenberg")
        await lb.wait_for_async(record.is_answered, 10, "an answer")
        lb.drop_connection()
        await lb.wait_for_async(lambda: lb.resumes >= 1 and lb.connected, 15, "a RESUME")
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    formatter = logging.Formatter()
    assert len(caplog.records) > 20
    for rec in caplog.records:
        text = rec.getMessage()
        if rec.exc_info:
            text += formatter.formatException(rec.exc_info)
        for secret in secrets_of(lb.token):
            assert secret not in text, f"{rec.name}: {text[:300]}"
