"""Command sync: globally without DEV_GUILD_ID, and ``/sync`` on demand for the owner only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import SEED
from tests.e2e.helpers import BotUnderTest, assert_well_behaved, message_text, start_briefbot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def global_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotUnderTest]:
    work = tmp_path_factory.mktemp("globalbot")
    seeds = work / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    with start_briefbot(work, seeds, env={"DEV_GUILD_ID": ""}) as running:
        yield running


def test_without_dev_guild_commands_sync_globally(global_bot: BotUnderTest) -> None:
    lb = global_bot.lb
    names = {c["name"] for c in lb.wait_commands(scope="global")}
    assert {"brief", "quote", "who", "help"} <= names
    assert str(lb.world.guild_id) not in lb.commands
    record = lb.slash("brief", topic="korea").wait_answered(10)
    assert_well_behaved(record, lb)
    assert "Stoltenberg" in message_text(record.message or {})


def test_sync_is_for_the_owner_only(global_bot: BotUnderTest, tmp_path: Path) -> None:
    lb = global_bot.lb
    with pytest.raises(ValueError):  # Discord hides it from members without Administrator
        lb.slash("sync", by=lb.world.asker, send=False)

    refused = lb.slash("sync", by=lb.world.moderator).wait_answered(10)
    assert_well_behaved(refused, lb)
    assert refused.message is not None and refused.message["flags"] & 64
    assert "owner" in message_text(refused.message).lower()
    assert str(lb.world.guild_id) not in lb.commands  # nothing was synced

    done = lb.slash("sync", by=lb.world.owner).wait_answered(10)
    assert_well_behaved(done, lb)
    assert done.message is not None and done.message["flags"] & 64
    assert "Synced" in message_text(done.message)
    here = {c["name"] for c in lb.commands[str(lb.world.guild_id)]}
    assert {"brief", "quote", "who", "help", "sync"} <= here

    before = sum(1 for r in lb.requests if r.method == "PUT" and r.path.endswith("/commands"))
    again = lb.slash("sync", by=lb.world.owner, scope="global").wait_answered(10)
    assert_well_behaved(again, lb)
    after = [r for r in lb.requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert len(after) == before + 1 and "/guilds/" not in after[-1].path
    assert not lb.violations
