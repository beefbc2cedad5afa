"""Running ``python -m bot ...`` as a subprocess and inspecting the database it leaves behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def bot_env(db: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "BRIEFBOT_", "DEV_GUILD"))
    }
    env.update({"BRIEFBOT_DB": str(db), "PYTHONPATH": str(PROJECT_ROOT), "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def run_bot(
    args: list[str], db: Path, cwd: Path, timeout: float = 120, **popen
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=bot_env(db),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **popen,
    )


def summary_line(stdout: str) -> str:
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert lines, "the ingest printed nothing on stdout"
    return lines[-1]


def integrity(db: Path) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``, read-only; ["ok"] when healthy."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    return rows + [f"foreign key: {fk}" for fk in fks]


def documents(db: Path) -> list[tuple[str, str]]:
    """(path, content hash) of every stored document."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT path, content_hash FROM documents ORDER BY path").fetchall()


def consistency(db: Path) -> list[str]:
    """Per-document counts that must agree with the rows actually stored."""
    checks = {
        "quotes": "SELECT count(*) FROM documents d WHERE d.n_quotes != "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)",
        "events": "SELECT count(*) FROM documents d WHERE d.n_events != "
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.id)",
        "orphan quotes": "SELECT count(*) FROM quotes "
        "WHERE doc_id NOT IN (SELECT id FROM documents)",
        "orphan events": "SELECT count(*) FROM events "
        "WHERE doc_id NOT IN (SELECT id FROM documents)",
    }
    problems = []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        for name, sql in checks.items():
            bad = conn.execute(sql).fetchone()[0]
            if bad:
                problems.append(f"{name}: {bad} rows disagree")
    return problems
