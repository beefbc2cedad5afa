"""Shared pieces of the end-to-end tests: starting Briefbot and judging what it sent."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.loopback.plugin import BotProcess
from tests.loopback.server import InteractionRecord, LoopbackDiscord, check_embed_limits

# The normal entry point; BRIEFBOT_VIEW_TIMEOUT (set below) shortens the paginator timeout.
BOT_ARGV = ["-m", "bot", "run"]
VIEW_TIMEOUT = "3"


@dataclass
class BotUnderTest:
    lb: LoopbackDiscord
    bot: BotProcess
    db: Path


@contextlib.contextmanager
def start_briefbot(
    work: Path, seeds: Path, *, env: dict[str, str] | None = None, ready_timeout: float = 60.0
) -> Iterator[BotUnderTest]:
    """A loopback Discord and Briefbot connected to it; both stopped on exit."""
    # Split zlib-stream frames: the bot must reassemble messages as it does from Discord.
    lb = LoopbackDiscord(split_frames=True).start()
    db = work / "briefbot.db"
    bot_env = {
        "BRIEFBOT_DB": str(db),
        "BRIEFBOT_SEEDS": str(seeds),
        "LOG_LEVEL": "DEBUG",
        "BRIEFBOT_VIEW_TIMEOUT": VIEW_TIMEOUT,
    }
    bot_env.update(env or {})
    bot = BotProcess(lb, BOT_ARGV, work, bot_env).start()
    try:
        bot.wait_ready(ready_timeout)
        yield BotUnderTest(lb, bot, db)
    finally:
        bot.stop()
        lb.stop()


def message_text(message: dict[str, Any]) -> str:
    """Everything a member reads in a message: content and every embed's text."""
    parts = [message.get("content") or ""]
    for e in message.get("embeds", []):
        parts += [e.get("title") or "", e.get("description") or ""]
        parts += [f"{f.get('name')}\n{f.get('value')}" for f in e.get("fields") or []]
        parts += [
            (e.get("footer") or {}).get("text") or "",
            (e.get("author") or {}).get("name") or "",
        ]
    return "\n".join(p for p in parts if p)


def bodies(record: InteractionRecord) -> list[dict[str, Any]]:
    """Every message body the bot sent for this interaction (callback data, edits)."""
    out = [b.get("data") or {} for _, b in record.callbacks]
    out += [b for _, b in record.edits]
    return out


def assert_well_behaved(
    record: InteractionRecord, lb: LoopbackDiscord, *, deadline: float = 3.0
) -> None:
    """The rules every reply obeys: on time, no mentions, within Discord's limits, no errors."""
    assert record.latency is not None, f"{record}: no response"
    assert record.latency < deadline, f"{record}: first response after {record.latency:.2f}s"
    assert not record.errors, f"{record}: Discord refused {record.errors}"
    for body in bodies(record):
        if body.get("content") or body.get("embeds") or body.get("components"):
            assert body.get("allowed_mentions") == {"parse": []}, (
                f"{record}: allowed_mentions {body.get('allowed_mentions')}"
            )
    message = record.message
    if message is not None:
        assert len(message.get("content") or "") <= 2000
        assert check_embed_limits(message.get("embeds", [])) == []
        assert not message["mention_everyone"] and not message["mentions"]
        assert not message["mention_roles"]
    mine = [v for v in lb.violations if str(record.id) in v.detail]
    assert not mine, f"{record}: {mine}"
