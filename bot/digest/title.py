"""Document titles (baseline; the digest-core work replaces this)."""

from __future__ import annotations

from pathlib import PurePath

from bot.digest.model import Paragraph


def extract_title(text: str, source: str, paragraphs: list[Paragraph]) -> str | None:
    if paragraphs:
        first = text[paragraphs[0].start : paragraphs[0].end].strip()
        if first and len(first) <= 200 and not first.endswith("."):
            return first
    stem = PurePath(source).stem
    return stem.replace("_", " ") or None
