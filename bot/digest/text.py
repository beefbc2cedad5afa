"""Decoding raw bytes into text, and normalising that text once so every offset refers to it.

Why here and not in each extractor: quotations, people and sentences all store offsets into the
document, so the text they see must be one and the same string. ``normalize`` makes it predictable
(NFC, ``\\n`` newlines, single spaces, no control characters, OCR line-break hyphens joined) with a
handful of linear regular expressions and C-level string methods, so it costs little even on the
213 MB UN corpus.
"""

from __future__ import annotations

import codecs
import re
import unicodedata


class UnreadableDocument(ValueError):
    """The bytes are not a text document we can digest (binary, or undecodable)."""


# Bytes that never occur in text files (C0 controls except \t \n \v \f \r, and ESC is tolerated
# because some terminals' logs contain colour codes; DEL).
_BINARY_BYTES = bytes([*range(0, 9), 14, 15, *range(16, 27), *range(28, 32), 127])
_SAMPLE = 1 << 16
# A text file may contain a stray control byte or two; binary data is full of them.
_MAX_CONTROL_RATIO = 0.01


def _too_many_controls(sample: bytes) -> bool:
    """More than a stray few control bytes (and over 1% of the sample): binary, not text."""
    count = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return count > 8 and count > _MAX_CONTROL_RATIO * len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (for Latin text)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (BOM optional), UTF-16/32 with a BOM, else cp1252/Latin-1 if plausible.

    Raises :class:`UnreadableDocument` with the reason when the bytes are not text (binary data,
    images, archives): a document we cannot read is reported and skipped, never digested as junk.
    """
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return _decode_with(data, "utf-32")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _decode_with(data, "utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return _decode_with(data, "utf-8-sig")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        encoding = _utf16_without_bom(sample)
        if encoding:
            return _decode_with(data, encoding)
        raise UnreadableDocument("looks like a binary file (contains NUL bytes)")
    if _too_many_controls(sample):
        raise UnreadableDocument("looks like a binary file (too many control bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    # Not UTF-8: an older single-byte encoding is plausible only if the text is mostly ASCII
    # (Western text in cp1252 has a few accented letters; binary data has high bytes everywhere).
    high = len(sample) - len(sample.translate(None, bytes(range(128, 256))))
    if high > 0.3 * len(sample):
        raise UnreadableDocument(f"not valid UTF-8 text ({utf8_error}) and not plausible as cp1252")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _decode_with(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(
            f"not valid {encoding} text ({exc.reason} at byte {exc.start})"
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


# Line separators other than \n.
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Control characters (except \t and \n), zero-width space, BOM, soft hyphen: never meaningful.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\ufeff\u00ad]+")
# Horizontal whitespace runs (tabs, NBSP, thin spaces...) become one space. Only runs that are not
# already a single space match: a text of ordinary spaces costs one fast scan and no replacement.
_HS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_HSPACE = re.compile(f" [ {_HS}]+|[{_HS}][ {_HS}]*")
# OCR/hard-wrap hyphenation: "inter-\nnational" → "international" (lowercase on both sides only,
# so "Indo-\nPacific" and list dashes are left alone). The lookbehind is one character: linear.
_HYPHEN_BREAK = re.compile(r"-\n(?=[a-z\u00df-\u00ff])")
# Spaces at line ends and more than one blank line.
_LINE_EDGES = re.compile(r" \n ?|\n ")
_BLANKS = re.compile(r"\n{3,}")


def _join_hyphen(m: re.Match[str], text: str) -> str:
    """Drop the hyphen and newline only after a letter ("inter-\nnational", not "1990-\n")."""
    return "" if m.start() > 0 and text[m.start() - 1].isalpha() else m.group()


def normalize(text: str) -> str:
    """NFC, ``\\n`` newlines, no control characters, joined OCR hyphens, collapsed whitespace.

    Every step is a single regex pass without nested quantifiers (no backtracking blow-up) or a
    C-level string method, so the cost is linear and small.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _HSPACE.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub(lambda m: _join_hyphen(m, text), text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()
