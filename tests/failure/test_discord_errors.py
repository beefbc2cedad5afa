"""Discord answering with errors: rate limits, a flaky edge, a refused command sync."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import SEED
from tests.e2e.helpers import (
    BOT_ARGV,
    BotUnderTest,
    assert_well_behaved,
    message_text,
    start_briefbot,
)
from tests.loopback.plugin import BotProcess
from tests.loopback.server import InteractionRecord, LoopbackDiscord

pytestmark = pytest.mark.e2e


def _seeds(folder: Path) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    return seeds


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotUnderTest]:
    work = tmp_path_factory.mktemp("errbot")
    with start_briefbot(work, _seeds(work)) as bot:
        yield bot


def statuses(lb: LoopbackDiscord, record: InteractionRecord, method: str) -> list[int]:
    return [r.status for r in lb.requests if r.method == method and record.token in r.path]


def test_rate_limited_edit_is_retried(running: BotUnderTest) -> None:
    lb = running.lb
    lb.inject("PATCH", r"/messages/@original$", 429, retry_after=0.4)
    record = lb.slash("quote", speaker="stoltenberg").wait_answered(10)
    assert_well_behaved(record, lb)
    assert statuses(lb, record, "PATCH") == [429, 200]
    assert "what happens in Europe" in message_text(record.message or {})


def test_flaky_edge_on_the_first_response_is_retried_in_time(running: BotUnderTest) -> None:
    lb = running.lb
    lb.inject("POST", r"/callback$", 502)
    record = lb.slash("brief", topic="korea").wait_answered(15)
    assert statuses(lb, record, "POST") == [502, 200]
    assert_well_behaved(record, lb)  # the retry still lands within the 3 seconds
    assert "Stoltenberg" in message_text(record.message or {})


def test_refused_command_sync_is_reported_and_the_bot_stays_up(tmp_path: Path) -> None:
    with LoopbackDiscord() as lb:
        lb.inject("PUT", r"/commands$", 403)  # e.g. invited without applications.commands
        env = {"BRIEFBOT_DB": str(tmp_path / "b.db"), "BRIEFBOT_SEEDS": str(_seeds(tmp_path))}
        bot = BotProcess(lb, BOT_ARGV, tmp_path, env).start()
        try:
            lb.wait_for(lambda: lb.ready_count > 0, 60, "the bot to connect anyway")
            time.sleep(0.5)
            bot.assert_alive()
        finally:
            bot.stop()
        output = bot.output
        assert "sync" in output.lower() and "403" in output
        assert "Traceback" not in output
        assert lb.token not in output
