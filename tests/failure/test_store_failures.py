"""A read-only or full database, a file that vanishes mid-ingest, undecodable files among good ones.

In every case: a clear error (no traceback), the good files ingested, nothing corrupted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from bot.store import Store, ingest
from tests.failure.corpus import write_corpus
from tests.failure.helpers import bot_env, consistency, documents, integrity, run_bot, summary_line

# The module that defines ``ingest`` (and calls ``prepare_file`` by its global name).
ingest_module = sys.modules[ingest.__module__]
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_eb33f95aa847253a.txt"


# ---- read-only ----------------------------------------------------------------------------------


def _without_dac_override() -> list[str]:
    """A prefix that makes a root process obey file permissions (as any user would)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_read_only_database_file_and_folder(tmp_path: Path) -> None:
    import subprocess

    data = tmp_path / "data"
    db = data / "briefbot.db"
    first = write_corpus(tmp_path / "first", 12)
    more = write_corpus(tmp_path / "more", 12, start=500)
    done = run_bot(["ingest", str(first[0].parent)], db, tmp_path)
    assert done.returncode == 0, done.stderr
    before = documents(db)

    modes = {p: p.stat().st_mode for p in [data, *data.iterdir()]}
    for path in data.iterdir():
        path.chmod(0o444)
    data.chmod(0o555)
    try:
        prefix = _without_dac_override()
        refused = subprocess.run(
            [*prefix, sys.executable, "-m", "bot", "ingest", str(more[0].parent)],
            cwd=tmp_path,
            env=bot_env(db),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        asked = subprocess.run(
            [*prefix, sys.executable, "-m", "bot", "ask", "/sources"],
            cwd=tmp_path,
            env=bot_env(db, BRIEFBOT_SEEDS=str(tmp_path / "none")),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))

    print(
        "\n[read-only ingest]",
        refused.returncode,
        refused.stderr.strip()[-300:],
        "\n[read-only ask]",
        asked.returncode,
        (asked.stdout + asked.stderr).strip()[-300:],
    )
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr, refused.stderr
    assert any(
        w in refused.stderr.lower()
        for w in ("read-only", "readonly", "permission", "cannot", "unable")
    ), refused.stderr
    assert "Traceback" not in asked.stderr + asked.stdout, asked.stderr
    assert (asked.stdout + asked.stderr).strip()
    assert integrity(db) == ["ok"]
    assert documents(db) == before  # nothing written, nothing lost


# ---- full ---------------------------------------------------------------------------------------


async def test_full_database_stops_cleanly_and_recovers(tmp_path: Path) -> None:
    db = tmp_path / "briefbot.db"
    first = write_corpus(tmp_path / "first", 20)
    later = write_corpus(tmp_path / "later", 600, start=1000)
    store = await Store.open(db)
    try:
        report = await ingest(store, [first[0].parent], workers=0)
        assert report.added == 20
        pages = (await (await store.conn.execute("PRAGMA page_count")).fetchone())[0]
        await store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")
        full = await ingest(store, [later[0].parent], workers=0)
    finally:
        await store.close()

    assert full.fatal and "full" in full.fatal.lower(), full.fatal
    assert full.added < 600 and full.added + full.failed == 600
    assert integrity(db) == ["ok"]
    assert consistency(db) == []
    stored = len(documents(db))
    assert stored == 20 + full.added  # what was reported added is there, nothing else

    store = await Store.open(db)  # a new connection: the limit is lifted (disk freed)
    try:
        again = await ingest(store, [later[0].parent], workers=0)
    finally:
        await store.close()
    assert again.fatal is None and again.failed == 0
    assert again.added == 600 - full.added and again.unchanged == full.added
    assert len(documents(db)) == 620
    assert integrity(db) == ["ok"]


# ---- a file that vanishes -----------------------------------------------------------------------


async def test_file_vanishing_mid_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_corpus(tmp_path / "docs", 20)
    victim = paths[9]
    real = ingest_module.prepare_file

    def vanishing(path: str, *args: object, **kwargs: object):
        if Path(path).name == victim.name:
            victim.unlink()  # listed and stat-ed, then gone before it is read
        return real(path, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "prepare_file", vanishing)
    db = tmp_path / "briefbot.db"
    store = await Store.open(db)
    try:
        report = await ingest(store, [tmp_path / "docs"], workers=0)
    finally:
        await store.close()
    assert report.failed == 1 and report.added == 19
    path, reason = report.failures[0]
    assert Path(path).name == victim.name
    assert reason and "Traceback" not in reason
    assert victim.name not in {Path(p).name for p, _ in documents(db)}
    assert integrity(db) == ["ok"]


# ---- undecodable files --------------------------------------------------------------------------


def test_binary_and_undecodable_files_among_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    good = write_corpus(folder, 30)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "scan.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    )
    (folder / "archive.md").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(3000))
    (folder / "legacy.txt").write_bytes(
        "Caf\u00e9 owners in Li\u00e8ge said \u201cprices rose\u201d on 3 March 2022.\n".encode(
            "cp1252"
        )
    )
    db = tmp_path / "briefbot.db"

    result = run_bot(["ingest", str(folder)], db, tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    line = summary_line(result.stdout)
    assert line.startswith("added ") and "updated 0, unchanged 0" in line
    failed = int(line.rsplit("failed ", 1)[1])
    assert failed >= 2  # the PNG and the zip at least
    assert result.returncode == 1
    for name in ("scan.txt", "archive.md"):
        assert any(name in err and "skipped" in err for err in result.stderr.splitlines()), (
            result.stderr
        )
    stored = {Path(p).name for p, _ in documents(db)}
    assert {p.name for p in good} | {SEED.name} <= stored  # every good file is in
    assert not {"scan.txt", "archive.md"} & stored
    assert integrity(db) == ["ok"]

    again = run_bot(["ingest", str(folder)], db, tmp_path)  # and a rerun changes nothing
    assert summary_line(again.stdout).startswith("added 0, updated 0")
    assert integrity(db) == ["ok"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(stored)
