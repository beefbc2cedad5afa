"""The digest engine: pure, deterministic functions from one document's text to a :class:`Digest`.

No I/O, no asyncio, no Discord here: the store and the CLI read files and hand the text in. Each
extractor lives in its own module and the pipeline below wires them together in dependency order
(sentences → title/date → entities → quotes → events → summary).
"""

from __future__ import annotations

from bot.digest.model import (
    Digest,
    Entities,
    Event,
    Mention,
    Paragraph,
    Person,
    Quote,
    Sentence,
)
from bot.digest.pipeline import DIGEST_VERSION, digest_bytes, digest_document
from bot.digest.text import UnreadableDocument

__all__ = [
    "DIGEST_VERSION",
    "Digest",
    "Entities",
    "Event",
    "Mention",
    "Paragraph",
    "Person",
    "Quote",
    "Sentence",
    "UnreadableDocument",
    "digest_bytes",
    "digest_document",
]
