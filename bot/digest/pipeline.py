"""Wires the extractors together: one document's text in, one :class:`Digest` out."""

from __future__ import annotations

from bot.digest.dates import YearDate, document_date, extract_events
from bot.digest.model import Digest
from bot.digest.people import extract_entities
from bot.digest.quotes import extract_quotes
from bot.digest.sentences import split
from bot.digest.summary import summarize
from bot.digest.text import decode, normalize
from bot.digest.title import extract_title

# Bump whenever any extractor's output may change: the store re-digests every document whose
# stored digest has an older version.
DIGEST_VERSION = 7  # 7: archive speakers, team sheets, round 16 roles (6: sentence-split quotes)
# 3: people and speaker rules, name lists, titles, mojibake, weekday tense


def digest_document(text: str, source: str) -> Digest:
    """Digest one document. ``source`` is its file name or path (used for title/date fallbacks)."""
    text = normalize(text)
    paragraphs, sentences = split(text)
    title = extract_title(text, source, paragraphs)
    day = document_date(text, source)
    entities = extract_entities(text, sentences)
    quotes = extract_quotes(text, sentences, paragraphs, entities)
    events = extract_events(text, sentences, day)
    summary = summarize(text, sentences, paragraphs, title)
    return Digest(
        source=source,
        title=title,
        date=day.isoformat() if day else None,
        date_precision="year" if isinstance(day, YearDate) else "day",
        text=text,
        summary=summary,
        paragraphs=paragraphs,
        sentences=sentences,
        people=entities.people,
        organizations=entities.organizations,
        places=entities.places,
        quotes=quotes,
        events=events,
    )


def digest_bytes(data: bytes, source: str) -> Digest:
    """Decode raw file contents (raising :class:`UnreadableDocument` for binary) and digest them."""
    return digest_document(decode(data), source)
