"""Extractive summaries (baseline; the digest-core work replaces this)."""

from __future__ import annotations

from bot.digest.model import Paragraph, Sentence


def summarize(
    text: str, sentences: list[Sentence], paragraphs: list[Paragraph], title: str | None
) -> str:
    body = [s.text for s in sentences if not (title and s.text == title)]
    return " ".join(body[:3])
