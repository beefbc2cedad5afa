"""People, organisations and places (baseline; the people work replaces this)."""

from __future__ import annotations

from bot.digest.model import Entities, Sentence


def extract_entities(text: str, sentences: list[Sentence]) -> Entities:
    return Entities()
