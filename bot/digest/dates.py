"""Document dates and dated events (baseline; the digest-core work replaces this)."""

from __future__ import annotations

import datetime as dt

from bot.digest.model import Event, Sentence


def document_date(text: str, source: str) -> dt.date | None:
    return None


def extract_events(text: str, sentences: list[Sentence], day: dt.date | None) -> list[Event]:
    return []
