"""Turning one file into rows, in a worker process: read, hash, digest, compress.

Everything CPU-heavy happens here so that the single writer in the main process only runs SQL.
The functions are top-level and return plain picklable objects for a process pool.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from array import array
from dataclasses import dataclass, field

from bot.digest import Digest, UnreadableDocument, digest_bytes
from bot.store.schema import MAX_SENTENCES
from bot.store.textsearch import name_key

MAX_CONTEXT = 600


@dataclass(slots=True)
class PersonRow:
    name: str
    key: str
    role: str | None
    organization: str | None
    mentions: int
    aliases: list[tuple[str, str]]  # (alias, key)


@dataclass(slots=True)
class QuoteRow:
    text: str
    speaker: str | None
    speaker_key: str | None
    context: str
    cue: str | None
    sentence: int


@dataclass(slots=True)
class Prepared:
    """One digested document, ready to be written."""

    path: str
    content_hash: str
    size: int
    mtime_ns: int
    title: str
    date: str | None
    summary: str
    text_z: bytes
    offsets: bytes
    sentences: list[str]
    people: list[PersonRow] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    events: list[tuple[str, str, int]] = field(default_factory=list)  # (date, text, sentence)
    text_chars: int = 0
    date_precision: str = "day"  # "year" when only the year is known (``date`` is then YYYY-09-01)


@dataclass(slots=True)
class Unchanged:
    """The file's content hash is the one already stored: only its stat needs refreshing."""

    path: str
    content_hash: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class Failed:
    path: str
    reason: str


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare_file(path: str, known_hash: str | None = None) -> Prepared | Unchanged | Failed:
    """Read and digest ``path``; never raises (a failure comes back as :class:`Failed`)."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except FileNotFoundError:
        return Failed(path, "the file vanished before it could be read")
    except IsADirectoryError:
        return Failed(path, "is a directory")
    except OSError as exc:
        return Failed(path, exc.strerror or str(exc))
    digest_hash = content_hash(data)
    if known_hash is not None and digest_hash == known_hash:
        return Unchanged(path, digest_hash, stat.st_size, stat.st_mtime_ns)
    try:
        digest = digest_bytes(data, path)
    except UnreadableDocument as exc:
        return Failed(path, str(exc))
    except Exception as exc:  # a digest bug must not stop the whole ingest
        return Failed(path, f"could not be digested ({type(exc).__name__}: {exc})")
    return prepare_digest(digest, path, digest_hash, stat.st_size, stat.st_mtime_ns)


def prepare_digest(
    digest: Digest, path: str, digest_hash: str, size: int, mtime_ns: int
) -> Prepared:
    """Rows for one :class:`Digest` (also used directly by tests with hand-made digests)."""
    text = digest.text
    sentences = digest.sentences[:MAX_SENTENCES]
    offsets = array("I")
    for sentence in sentences:
        offsets.append(sentence.start)
        offsets.append(sentence.end)
    people = []
    for person in digest.people:
        key = name_key(person.name)
        if not key:
            continue
        aliases = {key: person.name}
        for alias in person.aliases:
            alias_key = name_key(alias)
            if alias_key and len(alias_key) >= 2:
                aliases.setdefault(alias_key, alias)
        surname = key.split()[-1]
        if len(surname) >= 3:
            aliases.setdefault(surname, person.name.split()[-1])
        people.append(
            PersonRow(
                name=person.name,
                key=key,
                role=person.role,
                organization=person.organization,
                mentions=max(person.mentions, 1),
                aliases=[(alias, k) for k, alias in aliases.items()],
            )
        )
    quotes = []
    for quote in digest.quotes:
        quotes.append(
            QuoteRow(
                text=quote.text,
                speaker=quote.speaker,
                speaker_key=name_key(quote.speaker) if quote.speaker else None,
                context=_context(digest, quote.start, quote.end, quote.sentence),
                cue=quote.cue,
                sentence=quote.sentence,
            )
        )
    title = (digest.title or "").strip() or os.path.basename(path)
    return Prepared(
        path=path,
        content_hash=digest_hash,
        size=size,
        mtime_ns=mtime_ns,
        title=title[:300],
        date=digest.date,
        summary=digest.summary,
        text_z=zlib.compress(text.encode("utf-8"), 6),
        offsets=offsets.tobytes(),
        sentences=[text[s.start : s.end] for s in sentences],
        people=people,
        organizations=list(dict.fromkeys(o for o in digest.organizations if o.strip())),
        places=list(dict.fromkeys(p for p in digest.places if p.strip())),
        quotes=quotes,
        events=[(e.date, e.text, e.sentence) for e in digest.events],
        text_chars=len(text),
        date_precision=getattr(digest, "date_precision", None) or "day",
    )


def _context(digest: Digest, start: int, end: int, first: int) -> str:
    """The sentence(s) a quotation stands in, trimmed to a readable length."""
    parts = []
    for sentence in digest.sentences[max(first, 0) :]:
        if sentence.start >= end and parts:
            break
        if sentence.end > start or sentence.index == first:
            parts.append(sentence.text)
        if sum(len(p) for p in parts) > MAX_CONTEXT:
            break
    context = " ".join(parts) if parts else digest.text[max(0, start - 1) : end + 1]
    if len(context) > MAX_CONTEXT:
        context = context[: MAX_CONTEXT - 1].rstrip() + "…"
    return context


def unpack_offsets(blob: bytes) -> array:
    offsets = array("I")
    offsets.frombytes(blob)
    return offsets


def unpack_text(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")
