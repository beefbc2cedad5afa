"""The loopback Discord proven with a minimal discord.py bot (tests/loopback/minibot.py).

These do not depend on Briefbot: they show that the server speaks enough of Discord for
discord.py's own connection, interaction and view code, so the end-to-end tests can trust it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.loopback.plugin import BotProcess
from tests.loopback.server import LoopbackDiscord, _pings, check_embed_limits

pytestmark = pytest.mark.e2e

MINIBOT = ["-m", "tests.loopback.minibot"]


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopbackDiscord, BotProcess]]:
    server = LoopbackDiscord(split_frames=True, heartbeat_interval_ms=300).start()
    bot = BotProcess(
        server,
        MINIBOT,
        tmp_path_factory.mktemp("minibot"),
        {"MINIBOT_VIEW_TIMEOUT": "3", "LOG_LEVEL": "DEBUG"},
    ).start()
    try:
        bot.wait_ready(30)
        yield server, bot
    finally:
        bot.stop()
        server.stop()


def test_login_identify_and_command_sync(mini: tuple[LoopbackDiscord, BotProcess]) -> None:
    lb, _ = mini
    paths = [(r.method, r.path) for r in lb.requests]
    assert ("GET", "/users/@me") in paths
    assert ("GET", "/oauth2/applications/@me") in paths
    auth = {
        r.authorization for r in lb.requests if r.path in ("/users/@me", "/oauth2/applications/@me")
    }
    assert auth == {f"Bot {lb.token}"}
    sync = lb.wait_commands()
    assert sorted(c["name"] for c in sync) == ["echo", "pages", "slow"]
    first = lb.connections[0]
    assert first.compressor.kind == "zlib-stream"  # discord.py's transport compression
    intents = lb.sessions[next(iter(lb.sessions))].intents
    assert intents is not None and intents & 1  # guilds
    assert not intents & ((1 << 1) | (1 << 8) | (1 << 15))  # members, presences, message content
    lb.wait_for(lambda: sum(c.heartbeats for c in lb.connections) >= 4, 5, "regular heartbeats")
    # The server logs its acknowledgement just after it counts the heartbeat: wait for it too.
    lb.wait_for(
        lambda: sum(1 for g in lb.gateway_log if g.op == 11) >= 4, 5, "acknowledged heartbeats"
    )
    acks = [g for g in lb.gateway_log if g.op == 11]
    assert len(acks) >= 4, "every heartbeat is acknowledged"
    assert not lb.violations


def test_reply_autocomplete_defer_and_followup(mini: tuple[LoopbackDiscord, BotProcess]) -> None:
    lb, _ = mini
    echo = lb.slash("echo", word="armistice").wait_answered(5)
    assert echo.callback_type == 4
    assert echo.message is not None and echo.message["content"] == "echo: armistice"
    assert echo.latency is not None and echo.latency < 3
    assert echo.callbacks[0][1]["data"]["allowed_mentions"] == {"parse": []}

    choices = lb.autocomplete("echo", "word", word="fire").wait_answered(5).choices
    assert choices == [{"name": "ceasefire", "value": "ceasefire"}]

    slow = lb.slash("slow").wait_answered(5)
    assert slow.callback_type == 5
    lb.wait_for(lambda: slow.followups, 5, "the follow-up")
    assert slow.message is not None and slow.message["content"] == "slow: done"
    assert not slow.message["flags"] & 128  # no longer "thinking"
    assert [m["content"] for m in slow.followup_messages] == ["slow: more after 'slow: done'"]
    assert any(r.method == "GET" and r.path.endswith("/messages/@original") for r in lb.requests)
    assert not lb.violations


def test_buttons_asker_others_and_timeout(mini: tuple[LoopbackDiscord, BotProcess]) -> None:
    lb, _ = mini
    pages = lb.slash("pages").wait_answered(5)
    mid = pages.message_id
    assert mid is not None
    refused = lb.press(mid, "mini:next", by=lb.world.other).wait_answered(5)
    assert refused.callback_type == 4 and refused.message is not None
    assert refused.message["flags"] & 64  # ephemeral refusal
    assert lb.messages[mid]["content"] == "page 1/3"  # unchanged by the stranger

    turned = lb.press(mid, "mini:next").wait_answered(5)
    assert turned.callback_type == 7
    assert lb.messages[mid]["content"] == "page 2/3"

    lb.wait_for(
        lambda: all(b.get("disabled") for b in lb.buttons(lb.messages[mid])),
        8,
        "the buttons to be disabled on timeout",
    )
    assert not lb.violations


def test_late_first_response_is_refused_like_discord(
    mini: tuple[LoopbackDiscord, BotProcess],
) -> None:
    lb, _ = mini
    lb.first_response_deadline = 0.0
    try:
        late = lb.slash("echo", word="summit")
        lb.wait_for(lambda: late.errors, 5, "the refused callback")
    finally:
        lb.first_response_deadline = 3.0
    assert late.errors[0][0] == 404 and not late.callbacks
    assert [v.rule for v in lb.violations] == ["late-response"]
    lb.violations.clear()


def test_drop_reconnect_and_invalid_session_survived(
    mini: tuple[LoopbackDiscord, BotProcess],
) -> None:
    lb, bot = mini
    identifies = lb.identifies

    lb.drop_connection()
    missed = lb.slash("echo", word="delegation")  # sent while the bot is away: replayed on RESUME
    lb.wait_for(lambda: lb.resumes >= 1 and lb.connected, 10, "a RESUME")
    assert lb.connections[-1].path == "/resume/"  # resumed at READY's resume_gateway_url
    assert missed.wait_answered(5).message["content"] == "echo: delegation"
    assert lb.identifies == identifies  # resumed, not re-identified

    lb.send_reconnect()
    lb.wait_for(lambda: lb.resumes >= 2 and lb.connected, 10, "a RESUME after op 7")
    assert lb.slash("echo", word="treaty").wait_answered(5).message["content"] == "echo: treaty"

    lb.invalidate_session(resumable=False)
    lb.wait_for(lambda: lb.identifies == identifies + 1 and lb.connected, 10, "a new IDENTIFY")
    assert lb.slash("echo", word="summit").wait_answered(5).message["content"] == "echo: summit"
    bot.assert_alive()
    assert not lb.violations
    assert lb.token not in bot.output  # discord.py logs at DEBUG, and never the token


def test_wrong_token_is_refused(loopback: LoopbackDiscord, tmp_path: Path) -> None:
    bot = BotProcess(loopback, MINIBOT, tmp_path, {"DISCORD_TOKEN": "bm90LXRoZS10b2tlbg.AAAAAA.x"})
    bot.start()
    assert bot.proc is not None and bot.proc.wait(30) != 0
    assert "Improper token" in bot.output
    assert [r.status for r in loopback.requests] == [401]


def test_limits_and_mentions_checks_can_fail() -> None:
    assert check_embed_limits([{"title": "t", "description": "d" * 4096}]) == []
    assert check_embed_limits([{"title": "t" * 257}])
    assert check_embed_limits([{"description": "x" * 4000}, {"description": "y" * 2001}])
    assert check_embed_limits([{"title": "t", "fields": [{"name": "n", "value": ""}]}])
    users = {123456789012345678: object()}
    assert _pings("@everyone look", None, users)[0] is True  # type: ignore[arg-type]
    assert _pings("@everyone look", {"parse": []}, users) == (False, [], [])  # type: ignore[arg-type]
    assert _pings("<@123456789012345678>", {"parse": ["users"]}, users)[1]  # type: ignore[arg-type]
