"""Decoding raw bytes into text, and normalising that text once so every offset refers to it.

Why here and not in each extractor: quotations, people and sentences all store offsets into the
document, so the text they see must be one and the same string. ``normalize`` makes it predictable
(NFC, ``\\n`` newlines, single spaces, no control characters, OCR line-break hyphens joined) with a
handful of linear regular expressions and C-level string methods, so it costs little even on the
213 MB UN corpus.
"""

from __future__ import annotations

import codecs
import contextlib
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
_NEWLINE_CHARS = "\r\u2028\u2029\x0b\x0c\x85"
# Control characters (except \t and \n), zero-width space, BOM, soft hyphen: never meaningful.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\ufeff\u00ad]+")
# Horizontal whitespace runs (tabs, NBSP, thin spaces...) become one space. Only runs that are not
# already a single space match: a text of ordinary spaces costs one fast scan and no replacement.
_HS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_HSPACE = re.compile(f" [ {_HS}]+|[{_HS}][ {_HS}]*")
_SPACES = re.compile(r"  +")
# OCR/hard-wrap hyphenation: "inter-\nnational" → "international" (lowercase on both sides only,
# so "Indo-\nPacific" and list dashes are left alone). The lookbehind is one character: linear.
_HYPHEN_BREAK = re.compile(r"-\n(?=[a-z\u00df-\u00ff])")
# Spaces at line ends and more than one blank line.
_LINE_EDGES = re.compile(r" \n ?|\n ")
_BLANKS = re.compile(r"\n{3,}")

# Running page headers of scanned UN records, on a line of their own between two halves of a
# sentence: "Forty-eighth session - 11 October l993 11" (OCR reads 1 as l), "Fiftieth session
# 12 October 1995", "12 General Assembly - Forty-eighth session", "General Assembly 22nd plenary
# meeting", "A/48/PV.20", "23/09/2015 A/70/PV.13", and the page number on the line next to one.
# Left in, they cut sentences in two and turn into dated "events". Each pattern starts with a
# literal ("session", "General Assembly", "PV."), which the regex engine finds with a fast
# substring search; what precedes it on its line is checked from the line's start.
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_ORDINAL_SESSION = r"[A-Z][a-z]{2,12}(?:-[a-z]{3,8})? "
_PAGE_HEADERS = (
    (
        "session",
        re.compile(
            rf"session(?: -)? \d{{1,2}} (?:{_MONTH_NAMES}) [lI1]\d{{3}}(?: \d{{1,3}})?(?=\n|$)"
        ),
        re.compile(_ORDINAL_SESSION),
    ),
    (
        "General Assembly ",
        re.compile(
            r"General Assembly (?:- " + _ORDINAL_SESSION + r"session|"
            r"\d{1,3}(?:st|nd|rd|th) (?:plenary )?meeting)(?: \d{1,3})?(?=\n|$)"
        ),
        re.compile(r"(?:\d{1,3} )?"),
    ),
    (
        "PV.",
        re.compile(r"PV\.\d{1,4}(?: \d\d/\d\d/\d{4})?(?=\n|$)"),
        re.compile(r"(?:\d\d/\d\d/\d{4} )?A/(?:\d{1,3}/)?"),
    ),
)
_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _join_hyphen(m: re.Match[str], text: str) -> str:
    """Drop the hyphen and newline only after a letter ("inter-\nnational", not "1990-\n")."""
    return "" if m.start() > 0 and text[m.start() - 1].isalpha() else m.group()


def drop_page_headers(text: str) -> str:
    """Remove the lines that are running page headers of UN records (see ``_PAGE_HEADERS``).

    Expects ``\\n`` newlines and lines without surrounding spaces (as inside :func:`normalize`).
    """
    cuts: list[tuple[int, int]] = []
    for literal, pattern, head in _PAGE_HEADERS:
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            if not head.fullmatch(text, start, m.start()):
                continue
            end = m.end() + 1  # the line and its newline
            # A page number on the line before or after goes too.
            before = text.rfind("\n", 0, max(0, start - 1)) + 1
            if start and _PAGE_NUMBER.fullmatch(text, before, start - 1):
                start = before
            after = text.find("\n", end)
            if end < len(text) and _PAGE_NUMBER.fullmatch(
                text, end, after if after >= 0 else len(text)
            ):
                end = after + 1 if after >= 0 else len(text)
            cuts.append((start, end))
    if not cuts:
        return text
    cuts.sort()
    pieces, previous = [], 0
    for start, end in cuts:
        if start > previous:
            pieces.append(text[previous:start])
        previous = max(previous, end)
    pieces.append(text[previous:])
    return "".join(pieces)


# Mojibake: UTF-8 bytes decoded as cp1252 or Latin-1 ("donâ€™t", "protegÃ©s"). Each byte 0x80–0xFF
# became one character: a lead byte one of U+00C2–U+00F4, a continuation byte one of U+0080–U+00BF
# or the cp1252 punctuation that stands for 0x80–0x9F ("€", "’", "™"…). The two sets are disjoint,
# so a candidate is one lead and its continuations, found by a single linear scan.
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)}
for _b in range(0x80, 0xA0):
    # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252: left as Latin-1 controls.
    with contextlib.suppress(UnicodeDecodeError):
        _BYTE_OF[bytes([_b]).decode("cp1252")] = _b
_CONT = "\x80-\xbf" + "".join(c for c, b in _BYTE_OF.items() if b < 0xC0 and ord(c) > 0xFF)
_MOJIBAKE = re.compile(f"[\xc2-\xf4][{_CONT}]{{1,3}}")
# Doubly-encoded text whose C1 control was lost ("FranÃÂ§ois" for "Fran\u00c3\u0083Â§ois"):
# the lost byte is taken as 0x83, the continuation of "Ã" (the commonest first layer).
_LOST_C1 = re.compile(f"\u00c3\u00c2(?=[{_CONT}])")


def _sequence_length(lead: str) -> int:
    code = ord(lead)
    return 2 if code < 0xE0 else 3 if code < 0xF0 else 4


def _is_strong(lead: str, fixed: str) -> bool:
    """A repair no correct text could be mistaken for: "Ã©"/"Â " (Latin-1 letters and signs),
    "â€™" (punctuation), a BOM, Hangul, CJK, kana or an emoji. Others ("Ä…" for "ą", "Ð¿" for
    "п") could be an accented capital before punctuation ("CAFÉ’s"), so they are repaired only
    where the text shows mojibake anyway."""
    if lead in "\u00c2\u00c3\u00e2":
        return True
    code = ord(fixed)
    return code == 0xFEFF or 0x3040 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7A3 or code >= 0x1F000


def _decode_run(run: str) -> tuple[str, bool] | None:
    """The character a lead-and-continuations run stands for, and whether the repair is sure."""
    try:
        fixed = bytes(_BYTE_OF[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not fixed.isprintable() and fixed not in "\u00a0\ufeff":
        return None
    return fixed, _is_strong(run[0], fixed)


def _repair_pass(text: str) -> str:
    """One layer of mojibake undone, or ``text`` itself when nothing is certain."""
    strong = False
    found: list[tuple[int, int, str, bool]] = []
    seen: dict[str, tuple[str, bool] | None] = {}  # a document repeats the same few runs
    for m in _MOJIBAKE.finditer(text):
        run = m.group()
        n = _sequence_length(run[0])
        if len(run) < n:
            continue
        run = run[:n]
        if run in seen:
            known = seen[run]
        else:
            known = seen[run] = _decode_run(run)
        if known is None:
            continue
        fixed, sure = known
        strong = strong or sure
        found.append((m.start(), m.start() + n, fixed, sure))
    if not found:
        return text
    pieces: list[str] = []
    previous = 0
    for i, (start, end, fixed, sure) in enumerate(found):
        chained = (i > 0 and found[i - 1][1] == start) or (
            i + 1 < len(found) and found[i + 1][0] == end
        )
        if sure or strong or chained:
            pieces.append(text[previous:start])
            pieces.append(fixed)
            previous = end
    if not pieces:
        return text
    pieces.append(text[previous:])
    return "".join(pieces)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/Latin-1, up to three layers deep ("FranÃƒÂ§ois" → "François").

    Why targeted and not ftfy: the signatures are few and fixed (a lead character and its
    continuations re-encode to valid UTF-8), a linear scan finds them, and correct text in any
    script is left alone because its accented letters are not followed by continuation
    characters. Never raises.
    """
    if text.isascii():
        return text
    if "\u00c3\u00c2" in text:
        text = _LOST_C1.sub("\u00c3\u0083", text)
    original = text
    for _ in range(3):
        repaired = _repair_pass(text)
        if repaired is text:
            break
        text = repaired
    if text is not original and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# HTML character references left in plain text by a scraper ("communiqu&#233;", "&quot;"): the
# numeric ones and the few named ones that stand for punctuation. "&amp;", and references to
# letters, digits, "&", "#" or ";", are left alone: decoding them could make a new reference,
# and normalising twice must change nothing.
_ENTITY = re.compile(r"&#(\d{2,7});|&#[xX]([0-9a-fA-F]{2,6});|&(quot|lt|gt|apos|nbsp);")
_NAMED = {"quot": '"', "lt": "<", "gt": ">", "apos": "'", "nbsp": " "}


def _entity_char(m: re.Match[str]) -> str:
    if m.group(3):
        return _NAMED[m.group(3)]
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    if code < 32 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return m.group()  # a control, nothing: left as written
    char = chr(code)
    if char.isascii() and (char.isalnum() or char in "&#;"):
        return m.group()  # ("&#6&#53;;" would make "&#65;": a second pass must change nothing)
    return char


def normalize(text: str) -> str:
    """NFC, mojibake repaired, ``\\n`` newlines, no control characters, joined OCR hyphens,
    collapsed whitespace, no running page headers.

    Every step is a single regex pass without nested quantifiers (no backtracking blow-up) or a
    C-level string method, so the cost is linear and small. Each regex pass is skipped when a
    C-level test (``in``, ``str.isprintable``) shows it has nothing to do, which is the usual case:
    that makes normalising clean text about ten times cheaper than running every pass.
    """
    if "&" in text and ";" in text:
        text = _ENTITY.sub(_entity_char, text)  # "Jos&#233; Manuel Barroso", "&quot;"
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        # Before newlines and controls are touched: "\x85" and "\x83" may be mojibake bytes.
        text = repair_mojibake(text)
    if any(c in text for c in _NEWLINE_CHARS):
        text = _NEWLINES.sub("\n", text)
    # Every control character and every space other than " " is non-printable, so a printable
    # text (newlines aside) needs neither _CONTROLS nor _HSPACE, only runs of spaces collapsed.
    # Tabs and NBSPs are common enough in clean text to be replaced first (as _HSPACE would).
    if not text.replace("\n", " ").isprintable():
        text = text.replace("\t", " ").replace("\u00a0", " ")
        if not text.replace("\n", " ").isprintable():
            stripped = _CONTROLS.sub("", text)
            dropped = len(stripped) != len(text)
            text = _HSPACE.sub(" ", stripped)
            if dropped and not text.isascii():
                # Dropping a control can join the two halves of a mojibake pair ("Â\x1f¡"):
                # repair again, or a second normalisation would change the text.
                text = repair_mojibake(text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    text = drop_page_headers(text)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub(lambda m: _join_hyphen(m, text), text)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()
