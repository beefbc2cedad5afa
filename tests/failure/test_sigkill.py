"""An ingest killed with SIGKILL halfway through a large folder: nothing lost, nothing corrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.failure.corpus import write_corpus
from tests.failure.helpers import (
    bot_env,
    consistency,
    documents,
    integrity,
    run_bot,
    summary_line,
)

pytestmark = pytest.mark.slow

TOTAL = 2500


def _stored(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_halfway_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, TOTAL)
    db = tmp_path / "briefbot.db"
    # Its own process group, so the kill takes the digest workers too (as a power cut would).
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(corpus)],
        cwd=tmp_path,
        env=bot_env(db),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    try:
        while _stored(db) < TOTAL // 3:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    assert integrity(db) == ["ok"]
    assert consistency(db) == []
    partial = documents(db)
    assert TOTAL // 3 <= len(partial) < TOTAL, "killed halfway, not before or after"

    rerun = run_bot(["ingest", str(corpus)], db, tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert summary_line(rerun.stdout) == (
        f"added {TOTAL - len(partial)}, updated 0, unchanged {len(partial)}, failed 0"
    )
    assert integrity(db) == ["ok"]
    assert consistency(db) == []

    stored = documents(db)
    stored_paths = [p for p, _ in stored]
    assert len(stored_paths) == len(set(stored_paths)) == TOTAL  # none lost, none duplicated
    assert len({h for _, h in stored}) == TOTAL
    assert {Path(p).name for p in stored_paths} == {p.name for p in paths}
    print(f"\n[sigkill] killed after {len(partial)}/{TOTAL} documents; rerun added the rest")
