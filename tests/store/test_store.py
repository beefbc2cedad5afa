"""The store: migrations, idempotent ingest, replacement, failures and the CLI's one-line report."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

import bot.store.ingestion as ingest_module
from bot.config import Settings
from bot.store import Progress, Store, StoreError, ingest
from bot.store.cli import ingest_command
from bot.store.records import Failed, prepare_file
from bot.store.schema import SCHEMA_VERSION


def fts_count(path: Path, word: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (f'"{word}"',)
        ).fetchone()[0]


async def test_schema_is_versioned_and_migrated_once(tmp_path: Path):
    path = tmp_path / "a.db"
    store = await Store.open(path)
    assert await store.schema_version() == SCHEMA_VERSION
    await store.close()
    store = await Store.open(path)  # reopening must not re-run migrations
    assert await store.schema_version() == SCHEMA_VERSION
    mode = await (await store.conn.execute("PRAGMA journal_mode")).fetchone()
    fks = await (await store.conn.execute("PRAGMA foreign_keys")).fetchone()
    assert mode[0] == "wal" and fks[0] == 1
    await store.close()


async def test_a_newer_schema_is_refused(tmp_path: Path):
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer"):
        await Store.open(path)


async def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Briefbot database"):
        await Store.open(path)


async def test_ingest_is_idempotent(tmp_path: Path, docs_dir: Path):
    db = tmp_path / "i.db"
    store = await Store.open(db)
    first = await ingest(store, [docs_dir], workers=0)
    assert first.line() == "added 4, updated 0, unchanged 0, failed 0"
    before = fts_count(db, "korea")
    second = await ingest(store, [docs_dir], workers=0)
    assert second.line() == "added 0, updated 0, unchanged 4, failed 0"
    assert fts_count(db, "korea") == before > 0
    # Touched but identical: recognised by its hash, not re-digested.
    seed = docs_dir / "000_eb33f95aa847253a.txt"
    os.utime(seed, ns=(1, 1))
    third = await ingest(store, [docs_dir], workers=0)
    assert third.line() == "added 0, updated 0, unchanged 4, failed 0"
    await store.close()


async def test_a_changed_file_is_replaced(tmp_path: Path, docs_dir: Path):
    db = tmp_path / "c.db"
    store = await Store.open(db)
    await ingest(store, [docs_dir], workers=0)
    news = docs_dir / "2023-04-02_korea_missile_news.txt"
    news.write_text(news.read_text().replace("ballistic missile", "hypersonic glider"))
    report = await ingest(store, [docs_dir], workers=0)
    assert report.line() == "added 0, updated 1, unchanged 3, failed 0"
    assert fts_count(db, "hypersonic") >= 1
    assert fts_count(db, "ballistic") == 1  # only the seed's sentence is left
    assert await store.document_count() == 4
    await store.close()


async def test_a_new_digest_version_redigests_everything(
    tmp_path: Path, docs_dir: Path, monkeypatch
):
    store = await Store.open(tmp_path / "v.db")
    await ingest(store, [docs_dir], workers=0)
    monkeypatch.setattr(ingest_module, "DIGEST_VERSION", ingest_module.DIGEST_VERSION + 1)
    report = await ingest(store, [docs_dir], workers=0)
    assert report.line() == "added 0, updated 4, unchanged 0, failed 0"
    again = await ingest(store, [docs_dir], workers=0)
    assert again.line() == "added 0, updated 0, unchanged 4, failed 0"
    await store.close()


async def test_the_same_text_under_another_name_is_not_stored_twice(tmp_path: Path, docs_dir):
    db = tmp_path / "d.db"
    store = await Store.open(db)
    await ingest(store, [docs_dir], workers=0)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(next(docs_dir.glob("000_*.txt")).read_bytes())
    report = await ingest(store, [copy], workers=0)
    assert report.line() == "added 0, updated 0, unchanged 1, failed 0"
    assert await store.document_count() == 4
    await store.close()


async def test_bad_files_are_reported_and_skipped(tmp_path: Path, docs_dir: Path):
    (docs_dir / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (docs_dir / "empty.md").write_bytes(b"")
    failures: list[tuple[str, str]] = []
    store = await Store.open(tmp_path / "b.db")
    report = await ingest(
        store,
        [docs_dir, tmp_path / "missing.txt"],
        workers=0,
        on_failure=lambda p, r: failures.append((p, r)),
    )
    assert report.added == 5  # the four documents and the empty one
    assert report.failed == 2
    reasons = {Path(p).name: r for p, r in failures}
    assert "binary" in reasons["binary.txt"]
    assert "no such file" in reasons["missing.txt"]
    await store.close()


async def test_a_file_that_vanishes_mid_ingest(tmp_path: Path, docs_dir: Path, monkeypatch):
    victim = docs_dir / "2023-09-19_ocean_speech.md"
    real = ingest_module.prepare_file

    def vanishing(path: str, known_hash: str | None = None):
        if path.endswith(victim.name) and victim.exists():
            victim.unlink()
        return real(path, known_hash)

    monkeypatch.setattr(ingest_module, "prepare_file", vanishing)
    store = await Store.open(tmp_path / "g.db")
    report = await ingest(store, [docs_dir], workers=0)
    assert report.line() == "added 3, updated 0, unchanged 0, failed 1"
    assert "vanished" in report.failures[0][1]
    await store.close()


def test_prepare_file_never_raises(tmp_path: Path):
    result = prepare_file(str(tmp_path / "nothing.txt"))
    assert isinstance(result, Failed) and "vanished" in result.reason
    result = prepare_file(str(tmp_path))
    assert isinstance(result, Failed)


async def test_a_full_database_stops_cleanly(tmp_path: Path, docs_dir: Path):
    db = tmp_path / "full.db"
    store = await Store.open(db)
    pages = await (await store.conn.execute("PRAGMA page_count")).fetchone()
    await store.conn.execute(f"PRAGMA max_page_count = {pages[0] + 2}")
    report = await ingest(store, [docs_dir], workers=0)
    assert report.fatal and "full" in report.fatal
    assert report.added + report.failed == 4 and report.failed >= 1
    await store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_parallel_ingest_with_worker_processes(tmp_path: Path, docs_dir: Path):
    for i in range(12):
        (docs_dir / f"note_{i:02d}.txt").write_text(
            f"Harbour note {i}\n\nThe harbour board met on Friday and approved berth {i}. "
            f"“Berth {i} opens next spring,” chairwoman Ines Okafor said.\n"
        )
    store = await Store.open(tmp_path / "p.db")
    report = await ingest(store, [docs_dir], workers=2)
    assert report.line() == "added 16, updated 0, unchanged 0, failed 0"
    assert await store.document_count() == 16
    await store.close()


def test_progress_is_drawn_only_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    plain, tty = io.StringIO(), Tty()
    for stream in (plain, tty):
        progress = Progress(10, stream)
        progress.update(5, 2_000_000, force=True)
        progress.clear()
    assert plain.getvalue() == ""
    assert "5/10 files" in tty.getvalue()


async def test_cli_prints_exactly_one_line(tmp_path: Path, docs_dir: Path, capsys):
    (docs_dir / "binary.txt").write_bytes(b"\x00" * 64)
    settings = Settings(db_path=tmp_path / "cli.db", seeds_dir=tmp_path / "none")
    status = await ingest_command(settings, [str(docs_dir)], workers=0)
    out, err = capsys.readouterr()
    assert status == 1
    assert out == "added 4, updated 0, unchanged 0, failed 1\n"
    assert "skipped" in err and "binary.txt" in err
    status = await ingest_command(settings, [str(docs_dir)], workers=0)
    out, _ = capsys.readouterr()
    assert out == "added 0, updated 0, unchanged 4, failed 1\n"


async def test_cli_reports_an_unusable_database(tmp_path: Path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    status = await ingest_command(Settings(db_path=bad), [str(tmp_path)])
    _, err = capsys.readouterr()
    assert status == 2 and "cannot open the database" in err


async def test_an_older_schema_is_migrated_in_place(tmp_path: Path):
    from bot.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
        conn.execute(
            "INSERT INTO documents(id, path, content_hash, digest_version, size, mtime_ns, title,"
            " text_z, offsets) VALUES (1, '/a.txt', 'h', 1, 1, 1, 'A', x'', x'')"
        )
        conn.execute("INSERT INTO entities(id, kind, name, key) VALUES (7, 'person', 'Ada', 'ada')")
        conn.execute(
            "INSERT INTO entities(id, kind, name, key) VALUES (8, 'place', 'Oslo', 'oslo')"
        )
        conn.execute(
            "INSERT INTO entity_docs(entity_id, doc_id, mentions) VALUES (7, 1, 3), (8, 1, 1)"
        )
    store = await Store.open(path)
    assert await store.schema_version() == SCHEMA_VERSION
    people = await store.people_in_documents([1], 10)
    assert [(e.name, n, m) for e, n, m, _ in people] == [("Ada", 1, 3)]
    await store.close()
