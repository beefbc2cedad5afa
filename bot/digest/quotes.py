"""Quotations and their speakers (baseline; the quotes work replaces this)."""

from __future__ import annotations

from bot.digest.model import Entities, Paragraph, Quote, Sentence


def extract_quotes(
    text: str, sentences: list[Sentence], paragraphs: list[Paragraph], entities: Entities
) -> list[Quote]:
    return []
