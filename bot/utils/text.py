"""Length-aware text helpers.

Discord counts lengths the way JavaScript does (UTF-16 code units), so an emoji can count twice.
Measuring in UTF-16 is the conservative choice: a text that fits by this measure fits however
Discord counts.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"

_CONTROL_TABLE = dict.fromkeys(
    i for i in (*range(0x20), *range(0x7F, 0xA0)) if chr(i) not in "\n\t"
)


def dlen(text: str) -> int:
    """The length of ``text`` as Discord counts it (UTF-16 code units)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _cut(text: str, budget: int) -> str:
    """The longest prefix of ``text`` whose :func:`dlen` is at most ``budget``."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > budget:
            return text[:i]
    return text


def truncate(text: str, limit: int, suffix: str = ELLIPSIS) -> str:
    """``text`` if it fits in ``limit``, else cut (at a word boundary if one is near) + ``suffix``.

    The result always fits: ``dlen(truncate(t, n)) <= n``.
    """
    if dlen(text) <= limit:
        return text
    if limit <= dlen(suffix):
        return _cut(suffix, limit)
    head = _cut(text, limit - dlen(suffix))
    space = head.rfind(" ")
    if space >= len(head) * 0.75:  # do not throw away more than a quarter for a nicer cut
        head = head[:space]
    return head.rstrip() + suffix


def clean_control(text: str) -> str:
    """Drop control characters (keeping newlines and tabs) and normalise to NFC."""
    return unicodedata.normalize("NFC", text.translate(_CONTROL_TABLE))


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def chunk_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` (by :func:`dlen`), never losing a character.

    Splits preferably at blank lines, then line ends, then sentence ends, then spaces; a word
    longer than ``limit`` is cut hard.
    """
    if limit < 2:  # below 2 an emoji (two UTF-16 units) could never fit
        raise ValueError("limit must be at least 2")
    pieces: list[str] = []
    rest = text
    while dlen(rest) > limit:
        head = _cut(rest, limit)
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = head.rfind(sep)
            if pos > 0:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = max(len(head), 1)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces
