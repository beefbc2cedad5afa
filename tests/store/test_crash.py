"""SIGKILL in the middle of an ingest leaves a consistent database; a rerun completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COUNT = 600


def write_docs(folder: Path) -> None:
    folder.mkdir()
    for i in range(COUNT):
        (folder / f"report_{i:04d}.txt").write_text(
            f"Council minutes {i}\n\n"
            f"The city council met on Tuesday to discuss the budget for district {i}. "
            f"Councillor Mara Lindqvist said the new tram line would reach the district by 2027. "
            f"“We cannot wait another decade for this,” she told the chamber. "
            f"The motion carried with a large majority, and token{i}x marks this record.\n\n"
            + "The council also reviewed the parks, the libraries and the bus routes. "
            * 20
        )


def count_documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun(tmp_path: Path):
    docs = tmp_path / "docs"
    write_docs(docs)
    db = tmp_path / "crash.db"
    env = {**os.environ, "BRIEFBOT_DB": str(db), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bot", "ingest", str(docs), "--workers", "2"]
    process = subprocess.Popen(
        command,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while count_documents(db) == 0 and process.poll() is None:
            assert time.monotonic() < deadline, "the ingest wrote nothing in two minutes"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        # Its worker processes must not outlive it (they would hold the job queue forever).
        deadline = time.monotonic() + 10
        while _group_alive(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(process.pid), "worker processes outlived the killed ingest"
    finally:
        if _group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
    stored = count_documents(db)
    assert 0 < stored <= COUNT

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")

    rerun = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    added = int(rerun.stdout.split()[1].rstrip(","))
    assert rerun.stdout.strip().endswith("failed 0")
    assert added == COUNT - stored
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == COUNT
        for i in (0, COUNT // 2, COUNT - 1):
            hits = conn.execute(
                "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (f"token{i}x",)
            ).fetchone()[0]
            assert hits == 1  # nothing lost, nothing duplicated
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
