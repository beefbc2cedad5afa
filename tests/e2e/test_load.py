"""200 interactions at once while an ingest writes to the same database.

Every interaction must get its first response within Discord's 3 seconds and then a real answer;
none may be lost (each one answered exactly once), and the ingest must finish with every document.
The figures are printed (run with ``-s`` to see them); the only timing assertion is Discord's rule.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import SEED
from tests.e2e.helpers import assert_well_behaved, message_text, start_briefbot
from tests.failure.corpus import write_corpus
from tests.loopback.server import InteractionRecord

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BURST = 200
INGEST_DOCS = 1500


def test_burst_of_200_during_an_ingest(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    corpus = tmp_path / "incoming"
    write_corpus(corpus, INGEST_DOCS)

    with start_briefbot(tmp_path, seeds) as running:
        lb = running.lb
        ingest = subprocess.Popen(
            [sys.executable, "-m", "bot", "ingest", str(corpus)],
            cwd=tmp_path,
            env={**running.bot.env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            # Start the burst once the ingest is really writing.
            lb.wait_for(
                lambda: _documents(running.db) > 1 or ingest.poll() is not None,
                30,
                "the ingest to start writing",
            )
            assert ingest.poll() is None, "the ingest finished before the burst could overlap it"
            kinds = [
                lambda: lb.slash("brief", topic="korea", send=False),
                lambda: lb.slash("quote", speaker="stoltenberg", send=False),
                lambda: lb.slash("search", text="missiles", send=False),
                lambda: lb.slash("participants", topic="korea", send=False),
                lambda: lb.slash("timeline", send=False),
                lambda: lb.autocomplete("quote", "speaker", speaker="sto", send=False),
                lambda: lb.slash("who", name="Yoon", send=False),
                lambda: lb.slash("help", send=False),
            ]
            batch = [kinds[i % len(kinds)]() for i in range(BURST)]
            started = time.monotonic()
            records = lb.send_interactions(batch)
            lb.wait_for(
                lambda: all(r.is_answered() for r in records),
                90,
                "every interaction of the burst to be answered",
            )
            all_answered = time.monotonic() - started
            ingest_running = ingest.poll() is None
        finally:
            out, err = ingest.communicate(timeout=120)

        assert ingest.returncode == 0, err
        assert (
            out.strip().splitlines()[-1] == f"added {INGEST_DOCS}, updated 0, unchanged 0, failed 0"
        )
        _report(records, all_answered, ingest_running)
        for record in records:
            assert_well_behaved(record, lb)
            assert len(record.callbacks) == 1  # answered once: none lost, none doubled
            if record.type == 2:
                assert message_text(record.message or {}).strip()
        korea = [r for r in records if r.name == "brief"]
        assert all("Stoltenberg" in message_text(r.message or {}) for r in korea)
        assert not lb.violations, lb.violations
        running.bot.assert_alive()


def _documents(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _report(records: list[InteractionRecord], all_answered: float, overlapped: bool) -> None:
    latencies = sorted(r.latency or 0.0 for r in records)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"\n[load] {len(records)} interactions during a {INGEST_DOCS}-document ingest "
        f"(ingest still running when all answered: {overlapped}): first response "
        f"median {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms; all answered after {all_answered:.2f} s"
    )
