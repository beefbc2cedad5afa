"""Idempotent, parallel ingest: worker processes digest files, the main process writes batches.

Files are known by path and content hash. An unchanged file (same size and mtime, or same hash)
is skipped without being digested; a changed one is replaced in place; every document is
re-digested when :data:`bot.digest.DIGEST_VERSION` moves on. A file that fails is reported and
skipped. Writes go in batches, each one transaction, so a killed ingest leaves a consistent
database and a rerun picks up where it stopped.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from bot.digest import DIGEST_VERSION
from bot.files import iter_document_files as find_documents
from bot.store.records import Failed, Prepared, Unchanged, prepare_file
from bot.store.store import Store, StoreError, explain

BATCH_DOCS = 200
BATCH_BYTES = 8 << 20
INLINE_LIMIT = 8  # fewer files than this are digested in a thread: no process start-up cost


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    fatal: str | None = None  # the database stopped accepting writes (read-only, full…)
    bytes_read: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """The one summary line every ingest ends with."""
        return (
            f"added {self.added}, updated {self.updated}, "
            f"unchanged {self.unchanged}, failed {self.failed}"
        )

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


def iter_document_files(paths: list[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """(absolute path, problem) for each file named or found (recursively, sorted) in folders."""
    for path, problem in find_documents(paths):
        yield os.path.normpath(path.absolute()), problem


class Progress:
    """Progress on a terminal: one line on stderr, redrawn, only when stderr is a TTY."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.total = total
        self.started = time.monotonic()
        self._last = 0.0
        self._drawn = False

    def update(self, done: int, nbytes: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.25:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-6)
        mb = nbytes / 1e6
        self.stream.write(
            f"\ringesting {done}/{self.total} files, {mb:.1f} MB, {mb / elapsed:.1f} MB/s "
        )
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


async def ingest(
    store: Store,
    paths: list[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    on_failure: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Bring the store up to date with the documents at ``paths``; never raises for a bad file."""
    started = time.monotonic()
    report = IngestReport()

    def fail(path: str, reason: str) -> None:
        report.failed += 1
        report.failures.append((path, reason))
        if on_failure:
            on_failure(path, reason)

    known = await store.known_documents()
    hashes = {k.content_hash: path for path, k in known.items()}
    jobs: list[tuple[str, str | None]] = []
    files = list(iter_document_files(paths))
    for path, problem in files:
        if problem:
            fail(path, problem)
            continue
        try:
            stat = os.stat(path)
        except OSError as exc:
            fail(path, exc.strerror or str(exc))
            continue
        old = known.get(path)
        current = old is not None and old.digest_version == DIGEST_VERSION
        if current and old.size == stat.st_size and old.mtime_ns == stat.st_mtime_ns:
            report.unchanged += 1
            continue
        jobs.append((path, old.content_hash if current else None))

    if progress is None:
        progress = Progress(len(files))
    done = len(files) - len(jobs)
    writer = _Writer(store, report, known, hashes, fail)
    try:
        async for result in _run_jobs(jobs, workers):
            done += 1
            await writer.accept(result)
            progress.update(done, report.bytes_read)
            if report.fatal:
                break
        await writer.flush()
    finally:
        progress.clear()
    if report.fatal:
        # Nothing more can be written: everything not yet stored counts as failed.
        stored = report.added + report.updated + report.unchanged + report.failed
        report.failed += max(0, len(files) - stored)
    elif report.changed or await store.stats_dirty():
        try:
            await store.refresh_stats()
        except sqlite3.Error as exc:
            report.fatal = explain(exc)
    report.seconds = time.monotonic() - started
    return report


async def _run_jobs(
    jobs: list[tuple[str, str | None]], workers: int | None
) -> AsyncIterator[Prepared | Unchanged | Failed]:
    if not jobs:
        return
    count = workers if workers is not None else _default_workers()
    if count <= 1 or len(jobs) < INLINE_LIMIT:
        for path, known_hash in jobs:
            yield await asyncio.to_thread(prepare_file, path, known_hash)
        return
    context = multiprocessing.get_context("spawn")
    window = count * 6
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=count,
        mp_context=context,
        initializer=_worker_init,
        initargs=(os.getpid(),),
    ) as pool:
        pending: set[asyncio.Future] = set()
        queue = iter(jobs)
        try:
            while True:
                while len(pending) < window:
                    job = next(queue, None)
                    if job is None:
                        break
                    pending.add(loop.run_in_executor(pool, prepare_file, *job))
                if not pending:
                    break
                finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for future in finished:
                    try:
                        yield future.result()
                    except Exception as exc:  # a worker died (e.g. killed): report, go on
                        yield Failed("?", f"worker failed: {type(exc).__name__}: {exc}")
        finally:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


def _worker_init(parent: int) -> None:
    """Make a worker die with the ingest that started it, even when that one is SIGKILLed.

    Without this, workers of a killed ingest wait forever on their job queue.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


class _Writer:
    """Collects prepared documents and writes them in batches, classifying each one."""

    def __init__(self, store, report, known, hashes, fail) -> None:
        self.store: Store = store
        self.report: IngestReport = report
        self.known = known
        self.hashes: dict[str, str] = hashes
        self.fail = fail
        self.prepared: list[Prepared] = []
        self.unchanged: list[Unchanged] = []
        self.replace: dict[str, int] = {}
        self.kinds: dict[str, str] = {}
        self.size = 0

    async def accept(self, result: Prepared | Unchanged | Failed) -> None:
        report = self.report
        if isinstance(result, Failed):
            self.fail(result.path, result.reason)
            return
        report.bytes_read += result.size
        if isinstance(result, Unchanged):
            report.unchanged += 1
            self.unchanged.append(result)
        else:
            old = self.known.get(result.path)
            other = self.hashes.get(result.content_hash)
            if old is not None:
                self.replace[result.path] = old.id
                self.kinds[result.path] = "updated"
            elif other is not None and other != result.path:
                report.unchanged += 1  # the same text is already stored under another name
                return
            else:
                self.kinds[result.path] = "added"
            self.hashes[result.content_hash] = result.path
            self.prepared.append(result)
            self.size += len(result.text_z) * 3
        if len(self.prepared) + len(self.unchanged) >= BATCH_DOCS or self.size >= BATCH_BYTES:
            await self.flush()

    async def flush(self) -> None:
        if not self.prepared and not self.unchanged:
            return
        prepared, unchanged, self.prepared, self.unchanged = (
            self.prepared, self.unchanged, [], [],
        )  # fmt: skip
        self.size = 0
        try:
            await self._write(prepared, unchanged)
        except sqlite3.Error as exc:
            reason = explain(exc)
            if _is_fatal(exc):
                # One message for the database (printed by the caller), not one per file.
                self.report.fatal = reason
                self.report.failed += len(prepared)
                self.report.failures.extend((item.path, reason) for item in prepared)
                return
            # Something in one document upset the database: write them one by one.
            for item in prepared:
                try:
                    await self._write([item], [])
                except sqlite3.Error as one:
                    if _is_fatal(one):
                        self.report.fatal = explain(one)
                    self.fail(item.path, explain(one))
        except StoreError as exc:
            self.report.fatal = str(exc)

    async def _write(self, prepared: list[Prepared], unchanged: list[Unchanged]) -> None:
        await self.store.write_batch(
            prepared,
            unchanged,
            digest_version=DIGEST_VERSION,
            replace_ids={p.path: self.replace[p.path] for p in prepared if p.path in self.replace},
        )
        for item in prepared:
            if self.kinds.get(item.path) == "updated":
                self.report.updated += 1
            else:
                self.report.added += 1


def _is_fatal(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(
        word in text for word in ("readonly", "read-only", "full", "disk i/o", "locked", "busy")
    )
