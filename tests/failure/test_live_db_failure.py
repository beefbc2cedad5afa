"""The database breaking under a running bot: members get a polite reply, the bot stays up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import SEED
from tests.e2e.helpers import assert_well_behaved, message_text, start_briefbot

pytestmark = pytest.mark.e2e


def test_tables_dropped_under_the_bot(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    with start_briefbot(tmp_path, seeds) as running:
        lb = running.lb
        ok = lb.slash("quote", speaker="stoltenberg").wait_answered(10)
        assert "what happens in Europe" in message_text(ok.message or {})

        with sqlite3.connect(running.db, timeout=10) as conn:  # someone breaks the database
            conn.execute("PRAGMA foreign_keys = OFF")
            for table in ("quotes_fts", "quotes", "sentences_fts"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")

        for command, options in [
            ("quote", {"speaker": "stoltenberg"}),
            ("search", {"text": "missiles"}),
            ("brief", {"topic": "korea"}),
        ]:
            record = lb.slash(command, **options).wait_answered(15)
            assert_well_behaved(record, lb)
            text = message_text(record.message or {})
            assert text.strip() and "Traceback" not in text
            assert "what happens in Europe" not in text  # it did not pretend to answer
        running.bot.assert_alive()
        still = lb.slash("sources").wait_answered(10)  # what still works, still answers
        assert_well_behaved(still, lb)
        assert "Secretary General stresses" in message_text(still.message or {})
        assert lb.token not in running.bot.output
        assert not lb.violations
