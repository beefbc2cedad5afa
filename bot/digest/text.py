"""Decoding and normalising raw document text (baseline; the digest-core work replaces this)."""

from __future__ import annotations

import unicodedata


class UnreadableDocument(ValueError):
    """The bytes are not a text document we can digest (binary, or undecodable)."""


def decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise UnreadableDocument("looks like a binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"not valid UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
