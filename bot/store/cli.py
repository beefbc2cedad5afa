"""``python -m bot ingest PATH...``: add documents to the database named by the settings.

Failures go to stderr as ``skipped PATH: reason``; progress is drawn on stderr only when it is a
terminal; stdout gets exactly one line, ``added N, updated N, unchanged N, failed N``.
"""

from __future__ import annotations

import sys

from bot.config import Settings
from bot.store.ingestion import ingest
from bot.store.store import Store, StoreError


async def ingest_command(settings: Settings, paths: list[str], workers: int | None = None) -> int:
    """Ingest ``paths`` into ``settings.db_path``; exit 0 ok, 1 some files failed, 2 no database."""
    if workers is not None and workers < 0:
        print("--workers must be 0 or more", file=sys.stderr)
        return 2
    try:
        store = await Store.open(settings.db_path)
    except StoreError as exc:
        print(f"cannot open the database: {exc}", file=sys.stderr)
        return 2

    def report_failure(path: str, reason: str) -> None:
        print(f"skipped {path}: {reason}", file=sys.stderr)

    try:
        report = await ingest(store, paths, workers=workers, on_failure=report_failure)
    finally:
        await store.close()
    if report.fatal:
        print(f"stopped writing to {settings.db_path}: {report.fatal}", file=sys.stderr)
    print(report.line())
    if report.fatal:
        return 2
    return 1 if report.failed else 0
