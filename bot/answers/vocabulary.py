"""The known names held in memory for autocomplete and suggestions.

Discord wants autocomplete choices within a few milliseconds: the most documented names are read
once per store generation and matched here without touching the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.store.textsearch import fold, words

VOCABULARY = 8000  # names held in memory for autocomplete and suggestions


@dataclass(slots=True)
class Entry:
    name: str
    kind: str
    docs: int
    quotes: int
    folded: str
    joined: str  # " word1 word2…": a typed word starts a name's word iff " typed" is in it


class Vocabulary:
    """Known names with their folded forms, ranked by documents (and by quotations)."""

    def __init__(self, generation: int, rows: list[tuple[str, str, int, int]]) -> None:
        self.generation = generation
        self.entries = [
            Entry(name, kind, docs, quotes, fold(name), " " + " ".join(words(name)))
            for name, kind, docs, quotes in rows
        ]
        self.by_quotes = sorted(self.entries, key=lambda e: (-e.quotes, -e.docs))

    def complete(
        self, text: str, kinds: Sequence[str], limit: int, *, by_quotes: bool = False
    ) -> list[str]:
        """Names starting with ``text`` first, then names with words starting with each typed
        word (the last one as a prefix): "kor" -> "Korea", "Republic of Korea"."""
        entries = self.by_quotes if by_quotes else self.entries
        start = fold(text).strip()
        typed = words(text)
        first: list[str] = []
        second: list[str] = []
        for entry in entries:
            if entry.kind not in kinds:
                continue
            if not start or entry.folded.startswith(start):
                first.append(entry.name)
            elif len(second) < limit and typed and all(f" {t}" in entry.joined for t in typed):
                second.append(entry.name)
            if len(first) >= limit:
                break
        return list(dict.fromkeys(first + second))[:limit]
