"""The speakers a whole digest gives each quotation of a text: what the shape tests of news from
many outlets, wires and clauses assert on (one helper, not a copy per file)."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def speakers(text: str) -> dict[str, str | None]:
    """Each quotation's words → the speaker the digest gives them (``None``: nobody)."""
    return {q.text: q.speaker for q in digest_document(text, "story.txt").quotes}
