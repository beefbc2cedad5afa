"""The SQLite store: schema and migrations, idempotent parallel ingest, and the queries answers use.

``Store.open(path)`` gives a migrated database; :func:`ingest` brings it up to date with files.
"""

from __future__ import annotations

from bot.store.ingestion import IngestReport, Progress, ingest, iter_document_files
from bot.store.store import DocRow, EntityRow, QuoteRow, Store, StoreError

__all__ = [
    "DocRow",
    "EntityRow",
    "IngestReport",
    "Progress",
    "QuoteRow",
    "Store",
    "StoreError",
    "ingest",
    "iter_document_files",
]
