"""The SQLite store (aiosqlite): opening and migrating, the single writer's batches, and queries.

One connection, autocommit mode with explicit ``BEGIN IMMEDIATE`` transactions: each batch of
documents is written atomically, so a crash (even SIGKILL) leaves every document either wholly
present in its old or new form, or absent, and a rerun of the ingest completes the rest.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from bot.store.people import (
    PersonStat,
    canonical_people,
    plausible_person,
    vote_role_organization,
)
from bot.store.records import Prepared, Unchanged, unpack_offsets, unpack_text
from bot.store.schema import MIGRATIONS, SCHEMA_VERSION, SENTENCE_BITS


class StoreError(RuntimeError):
    """The database cannot be used (read-only, full, corrupt, from a newer version…)."""


@dataclass(slots=True, frozen=True)
class Known:
    """What the store remembers about an ingested file, to skip it quickly when unchanged."""

    id: int
    content_hash: str
    size: int
    mtime_ns: int
    digest_version: int


@dataclass(slots=True, frozen=True)
class DocRow:
    id: int
    path: str
    title: str
    date: str | None
    n_sentences: int = 0
    n_people: int = 0
    n_quotes: int = 0
    n_events: int = 0
    date_precision: str = "day"


@dataclass(slots=True, frozen=True)
class EntityRow:
    id: int
    kind: str
    name: str
    role: str | None
    organization: str | None
    docs: int
    mentions: int
    quotes: int
    last_date: str | None


@dataclass(slots=True, frozen=True)
class QuoteRow:
    id: int
    doc_id: int
    entity_id: int | None
    speaker: str | None
    text: str
    context: str
    cue: str | None


_ENTITY_COLUMNS = "id, kind, name, role, organization, docs, mentions, quotes, last_date"
_DOC_COLUMNS = "id, path, title, date, n_sentences, n_people, n_quotes, n_events, date_precision"
_QUOTE_COLUMNS = "q.id, q.doc_id, q.entity_id, q.speaker, q.text, q.context, q.cue"


def explain(exc: BaseException) -> str:
    """A sentence a person can act on, for SQLite's terse errors."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the database is read-only (check the file's permissions and BRIEFBOT_DB)"
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return "the disk holding the database is full"
    if "unable to open" in lowered:
        return "the database file cannot be opened (does its folder exist and is it writable?)"
    if "not a database" in lowered or "malformed" in lowered:
        return "the file is not a Briefbot database (or it is damaged)"
    if "locked" in lowered or "busy" in lowered:
        return "the database is busy (another Briefbot is writing to it)"
    return text


def sentence_rowid(doc_id: int, index: int) -> int:
    return (doc_id << SENTENCE_BITS) | index


def split_rowid(rowid: int) -> tuple[int, int]:
    return rowid >> SENTENCE_BITS, rowid & ((1 << SENTENCE_BITS) - 1)


class Store:
    """The database. Create with :meth:`open`; always :meth:`close` (or ``async with``)."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._entity_ids: dict[tuple[str, str], int] | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open (creating and migrating when needed) the database at ``path``.

        Raises :class:`StoreError` with a readable reason when it cannot be used.
        """
        db_path = Path(path)
        if str(db_path) != ":memory:":
            try:
                db_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {db_path.parent}: {exc.strerror}") from exc
        try:
            conn = await aiosqlite.connect(str(db_path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{db_path}: {explain(exc)}") from exc
        store = cls(conn, db_path)
        try:
            await store._configure()
            await store._migrate()
        except sqlite3.Error as exc:
            await conn.close()
            raise StoreError(f"{db_path}: {explain(exc)}") from exc
        except BaseException:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        await self.conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _configure(self) -> None:
        conn = self.conn
        await conn.execute("PRAGMA busy_timeout = 5000")
        await conn.execute("PRAGMA foreign_keys = ON")
        row = await (await conn.execute("PRAGMA journal_mode")).fetchone()
        if row and str(row[0]).lower() != "wal":
            await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA cache_size = -16000")  # 16 MB page cache
        await conn.execute("PRAGMA temp_store = MEMORY")

    async def _migrate(self) -> None:
        version = await self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer Briefbot (schema {version}, "
                f"this one knows {SCHEMA_VERSION})"
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[number - 1]
            try:
                await self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except BaseException:
                if self.conn.in_transaction:
                    await self.conn.execute("ROLLBACK")
                raise

    async def schema_version(self) -> int:
        row = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        return int(row[0]) if row else 0

    # -- writing (the single writer) -----------------------------------------------------------

    async def known_documents(self) -> dict[str, Known]:
        cursor = await self.conn.execute(
            "SELECT path, id, content_hash, size, mtime_ns, digest_version FROM documents"
        )
        return {row[0]: Known(*row[1:]) for row in await cursor.fetchall()}

    async def _load_entity_ids(self) -> dict[tuple[str, str], int]:
        if self._entity_ids is None:
            cursor = await self.conn.execute("SELECT kind, key, id FROM entities")
            self._entity_ids = {(k, key): i for k, key, i in await cursor.fetchall()}
        return self._entity_ids

    async def write_batch(
        self,
        prepared: Sequence[Prepared],
        unchanged: Sequence[Unchanged] = (),
        *,
        digest_version: int,
        replace_ids: dict[str, int] | None = None,
    ) -> None:
        """Write documents atomically (one transaction); ``replace_ids`` maps path -> old doc id.

        A document whose path is already stored is replaced in place (same id), its old
        sentences, quotations, events and links removed first.
        """
        replace_ids = replace_ids or {}
        conn = self.conn
        await conn.execute("BEGIN IMMEDIATE")
        try:
            entity_ids = await self._load_entity_ids()
            row = await (
                await conn.execute("SELECT coalesce(max(id), 0) FROM documents")
            ).fetchone()
            next_doc = int(row[0]) + 1
            row = await (await conn.execute("SELECT coalesce(max(id), 0) FROM entities")).fetchone()
            next_entity = int(row[0]) + 1
            for old_id in [replace_ids[p.path] for p in prepared if p.path in replace_ids]:
                await self._delete_document(old_id)
            docs, fts, links, aliases, quotes, events = [], [], [], [], [], []
            new_entities = []

            def entity(kind: str, name: str, key: str) -> int:
                nonlocal next_entity
                found = entity_ids.get((kind, key))
                if found is None:
                    found = entity_ids[(kind, key)] = next_entity
                    next_entity += 1
                    new_entities.append((found, kind, name, key))
                    aliases.append((found, name, key))
                return found

            for item in prepared:
                doc_id = replace_ids.get(item.path)
                if doc_id is None:
                    doc_id, next_doc = next_doc, next_doc + 1
                docs.append(
                    (
                        doc_id, item.path, item.content_hash, digest_version, item.size,
                        item.mtime_ns, item.title, item.date, item.summary, item.text_z,
                        item.offsets, len(item.sentences), len(item.people), len(item.quotes),
                        len(item.events), item.date_precision,
                    )
                )  # fmt: skip
                base = doc_id << SENTENCE_BITS
                fts.extend((base | i, text) for i, text in enumerate(item.sentences))
                linked: dict[int, list] = {}
                person_keys: dict[str, int] = {}
                for person in item.people:
                    eid = entity("person", person.name, person.key)
                    for alias, key in person.aliases:
                        aliases.append((eid, alias, key))
                        person_keys.setdefault(key, eid)
                    link = linked.setdefault(eid, [eid, doc_id, 0, None, None, 1])
                    link[2] += person.mentions
                    link[3] = link[3] or person.role
                    link[4] = link[4] or person.organization
                for kind, names in (("organization", item.organizations), ("place", item.places)):
                    for name in names:
                        eid = entity(kind, name, _fold_key(name))
                        linked.setdefault(eid, [eid, doc_id, 1, None, None, 0])
                for quote in item.quotes:
                    eid = None
                    if quote.speaker and quote.speaker_key:
                        key = quote.speaker_key
                        eid = person_keys.get(key) or entity_ids.get(("person", key))
                        if eid is None:
                            eid = entity_ids.get(("organization", key)) or entity(
                                "organization", quote.speaker, key
                            )
                        linked.setdefault(eid, [eid, doc_id, 0, None, None, 0])
                    quotes.append(
                        (doc_id, eid, quote.speaker, quote.text, quote.context, quote.cue,
                         quote.sentence)
                    )  # fmt: skip
                links.extend(tuple(v) for v in linked.values())
                events.extend((doc_id, d, t, s) for d, t, s in item.events)

            if new_entities:
                await conn.executemany(
                    "INSERT INTO entities(id, kind, name, key) VALUES (?, ?, ?, ?)", new_entities
                )
            if docs:
                await conn.executemany(
                    "INSERT INTO documents(id, path, content_hash, digest_version, size, mtime_ns,"
                    " title, date, summary, text_z, offsets, n_sentences, n_people, n_quotes,"
                    " n_events, date_precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    docs,
                )
            if fts:
                await conn.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)", fts)
            if links:
                await conn.executemany(
                    "INSERT INTO entity_docs(entity_id, doc_id, mentions, role, organization,"
                    " person) VALUES (?, ?, ?, ?, ?, ?)",
                    links,
                )
            if aliases:
                await conn.executemany(
                    "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES (?, ?, ?)", aliases
                )
            if quotes:
                await conn.executemany(
                    "INSERT INTO quotes(doc_id, entity_id, speaker, text, context, cue, sentence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    quotes,
                )
            if events:
                await conn.executemany(
                    "INSERT INTO events(doc_id, date, text, sentence) VALUES (?, ?, ?, ?)", events
                )
            if unchanged:
                await conn.executemany(
                    "UPDATE documents SET size = ?, mtime_ns = ? WHERE path = ?",
                    [(u.size, u.mtime_ns, u.path) for u in unchanged],
                )
            if prepared:
                await conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('stats_dirty', '1')"
                )
                await self._bump_generation()
            await conn.execute("COMMIT")
        except BaseException:
            self._entity_ids = None  # ids handed out in this batch were not written
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise

    async def _max_id(self, table: str) -> int:
        cursor = await self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
        row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def _delete_document(self, doc_id: int) -> None:
        """Remove one document and everything drawn from it (inside the caller's transaction)."""
        conn = self.conn
        row = await (
            await conn.execute("SELECT text_z, offsets FROM documents WHERE id = ?", (doc_id,))
        ).fetchone()
        if row is None:
            return
        text, offsets = unpack_text(row[0]), unpack_offsets(row[1])
        base = doc_id << SENTENCE_BITS
        await conn.executemany(
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', ?, ?)",
            [
                (base | i, text[offsets[2 * i] : offsets[2 * i + 1]])
                for i in range(len(offsets) // 2)
            ],
        )
        for table in ("quotes", "events", "entity_docs"):
            await conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        await conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    async def _bump_generation(self) -> None:
        await self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    async def generation(self) -> int:
        """A number that changes whenever the documents or their statistics change."""
        rows = await self._all("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else 0

    async def stats_dirty(self) -> bool:
        row = await (
            await self.conn.execute("SELECT value FROM meta WHERE key = 'stats_dirty'")
        ).fetchone()
        return bool(row and row[0] == "1")

    async def refresh_stats(self) -> None:
        """Recompute per-entity counts, merged people and roles after documents changed (one
        transaction).

        People: partial names that stand for one full name ("Kofi", "Waldheim") point at it
        through ``canon_id`` (see :func:`bot.store.people.canonical_people`); the full name's
        counts then cover all its forms, and its role and organisation are voted over every
        document (:func:`bot.store.people.vote_role_organization`)."""
        conn = self.conn
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _STATS_SQL:
                await conn.execute(statement)
            own: dict[int, list] = {}
            for eid, role, date in await self._all(
                "SELECT ed.entity_id, ed.role, d.date FROM entity_docs ed "
                "JOIN documents d ON d.id = ed.doc_id WHERE ed.person = 1 AND ed.role IS NOT NULL"
            ):
                own.setdefault(eid, []).append((role, None, date, None))
            people = [
                PersonStat(int(i), key, int(docs), vote_role_organization(own.get(i, ()))[0])
                for i, key, docs in await self._all(
                    "SELECT id, key, docs FROM entities WHERE kind = 'person' AND docs > 0"
                )
            ]
            canon = canonical_people(people)
            await conn.execute("UPDATE entities SET canon_id = NULL WHERE canon_id IS NOT NULL")
            if canon:
                await conn.executemany(
                    "UPDATE entities SET canon_id = ? WHERE id = ?",
                    [(root, member) for member, root in canon.items()],
                )
            for statement in _GROUP_SQL:
                await conn.execute(statement)
            votes: dict[int, list] = {}
            for rid, role, org, date, title in await self._all(
                "SELECT coalesce(e.canon_id, e.id), ed.role, ed.organization, d.date, d.title "
                "FROM entity_docs ed JOIN entities e ON e.id = ed.entity_id "
                "JOIN documents d ON d.id = ed.doc_id "
                "WHERE ed.person = 1 AND (ed.role IS NOT NULL OR ed.organization IS NOT NULL)"
            ):
                votes.setdefault(rid, []).append((role, org, date, title))
            await conn.execute(
                "UPDATE entities SET role = NULL, organization = NULL WHERE kind = 'person'"
            )
            updates = []
            for rid, rows in votes.items():
                role, org = vote_role_organization(rows)
                if role or org:
                    updates.append((role, org, rid))
            if updates:
                await conn.executemany(
                    "UPDATE entities SET role = ?, organization = ? WHERE id = ?", updates
                )
            for statement in _STATS_DONE_SQL:
                await conn.execute(statement)
            await conn.execute("COMMIT")
        except BaseException:
            self._entity_ids = None
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
        self._entity_ids = None

    # -- reading -------------------------------------------------------------------------------

    async def _all(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row | tuple]:
        cursor = await self.conn.execute(sql, tuple(params))
        rows = await cursor.fetchall()
        await cursor.close()
        return list(rows)

    async def document_count(self) -> int:
        rows = await self._all("SELECT count(*) FROM documents")
        return int(rows[0][0])

    async def documents(self, ids: Iterable[int] | None = None) -> dict[int, DocRow]:
        """Documents by id (all of them, newest first, when ``ids`` is None)."""
        if ids is None:
            rows = await self._all(
                f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY date IS NULL, date DESC, id"
            )
        else:
            wanted = list(dict.fromkeys(ids))
            if not wanted:
                return {}
            rows = await self._all(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN "
                f"(SELECT value FROM json_each(?))",
                (_json_list(wanted),),
            )
        return {row[0]: DocRow(*row) for row in rows}

    async def match_sentences(
        self, match: str, limit: int, *, scope: int | None = None
    ) -> list[tuple[int, float]]:
        """(rowid, bm25) of the best sentences for an FTS5 MATCH expression (lower = better).

        Ranking every hit of a very common phrase is slow (bm25 for ~150k rows takes ~200 ms on
        the UN corpus), so when more than ``scope`` sentences match, only the ``scope`` most
        recently ingested ones are ranked.
        """
        floor = 0
        if scope is not None:
            rows = await self._all(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (match, scope - 1),
            )
            floor = int(rows[0][0]) if rows else 0
        return [
            (int(r[0]), float(r[1]))
            for r in await self._all(
                "SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? "
                "AND rowid >= ? ORDER BY rank LIMIT ?",
                (match, floor, limit),
            )
        ]

    async def match_rowids(self, match: str, limit: int) -> list[int]:
        """Rowids of matching sentences, most recently ingested first (no ranking: fast)."""
        rows = await self._all(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        )
        return [int(r[0]) for r in rows]

    async def rank_in_document(
        self, match: str, doc_id: int, limit: int
    ) -> list[tuple[int, float]]:
        """(rowid, bm25) of one document's best matching sentences."""
        low = doc_id << SENTENCE_BITS
        rows = await self._all(
            "SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? "
            "AND rowid >= ? AND rowid < ? ORDER BY rank LIMIT ?",
            (match, low, low + (1 << SENTENCE_BITS), limit),
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    async def count_sentences(self, match: str, cap: int) -> int:
        rows = await self._all(
            "SELECT count(*) FROM "
            "(SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)",
            (match, cap),
        )
        return int(rows[0][0])

    async def sentence_texts(self, rowids: Iterable[int]) -> dict[int, str]:
        """The text of sentences given by their FTS rowids (sliced from each document's text)."""
        by_doc: dict[int, list[int]] = {}
        for rowid in rowids:
            doc_id, index = split_rowid(rowid)
            by_doc.setdefault(doc_id, []).append(index)
        out: dict[int, str] = {}
        if not by_doc:
            return out
        # No cache across calls: another process may replace a document at any time, and
        # decompressing one speech takes ~50 µs.
        rows = await self._all(
            "SELECT id, text_z, offsets FROM documents WHERE id IN "
            "(SELECT value FROM json_each(?))",
            (_json_list(list(by_doc)),),
        )
        for doc_id, text_z, blob in rows:
            text, offsets = unpack_text(text_z), unpack_offsets(blob)
            for index in by_doc[doc_id]:
                if 2 * index + 1 < len(offsets):
                    start, end = offsets[2 * index], offsets[2 * index + 1]
                    out[sentence_rowid(doc_id, index)] = text[start:end]
        return out

    async def entities_by_alias(self, key: str, kinds: Sequence[str]) -> list[EntityRow]:
        """Entities one of whose names folds to exactly ``key`` (most documented first)."""
        rows = await self._all(
            f"SELECT {', '.join('e.' + c for c in _ENTITY_COLUMNS.split(', '))} "
            "FROM aliases a JOIN entities m ON m.id = a.entity_id "
            "JOIN entities e ON e.id = coalesce(m.canon_id, m.id) "
            "WHERE a.key = ? AND e.kind IN (SELECT value FROM json_each(?)) "
            "GROUP BY e.id ORDER BY e.quotes DESC, e.docs DESC, e.mentions DESC",
            (key, _json_list(list(kinds))),
        )
        return [EntityRow(*r) for r in rows]

    async def entities_matching(
        self, match: str, kinds: Sequence[str], limit: int
    ) -> list[EntityRow]:
        """Entities with a name matching an FTS5 expression, most documented first."""
        rows = await self._all(
            f"SELECT {', '.join('e.' + c for c in _ENTITY_COLUMNS.split(', '))} FROM entities e "
            "WHERE e.id IN (SELECT coalesce(m.canon_id, m.id) FROM names_fts JOIN aliases a "
            "ON a.id = names_fts.rowid JOIN entities m ON m.id = a.entity_id "
            "WHERE names_fts MATCH ? LIMIT 5000) "
            "AND e.kind IN (SELECT value FROM json_each(?)) "
            "ORDER BY e.docs DESC, e.quotes DESC, e.mentions DESC LIMIT ?",
            (match, _json_list(list(kinds)), limit),
        )
        return [EntityRow(*r) for r in rows]

    async def entities(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        rows = await self._all(
            f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (_json_list(list(ids)),),
        )
        return {r[0]: EntityRow(*r) for r in rows}

    async def top_entities(self, kinds: Sequence[str], limit: int) -> list[EntityRow]:
        rows = await self._all(
            f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE canon_id IS NULL AND kind IN "
            "(SELECT value FROM json_each(?)) ORDER BY docs DESC, quotes DESC, mentions DESC "
            "LIMIT ?",
            (_json_list(list(kinds)), limit),
        )
        return [EntityRow(*r) for r in rows]

    async def aliases_of(self, entity_id: int) -> list[str]:
        rows = await self._all(
            "SELECT alias FROM aliases WHERE entity_id IN "
            "(SELECT id FROM entities WHERE id = ? OR canon_id = ?) "
            "GROUP BY key ORDER BY length(alias) DESC",
            (entity_id, entity_id),
        )
        return [r[0] for r in rows]

    async def all_names(self, limit: int) -> list[tuple[str, str, int, int]]:
        """(name, kind, docs, quotes) of the most documented entities, most documented first:
        the vocabulary for suggestions and autocomplete."""
        rows = await self._all(
            "SELECT name, kind, docs, quotes FROM entities WHERE canon_id IS NULL "
            "ORDER BY docs DESC, quotes DESC LIMIT ?",
            (limit,),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def people_in_documents(
        self,
        doc_ids: Sequence[int] | None,
        limit: int,
        *,
        weights: dict[int, float] | None = None,
    ) -> list[tuple[EntityRow, int, int, int]]:
        """(person, documents, mentions, quotes) within ``doc_ids`` (everywhere when None).

        Partial names count for the full name they fold into. Ranked by documents, then
        quotations, then mentions; with ``weights`` (doc id -> how much that document matters,
        e.g. topic relevance times recency) by the summed weight of each person's documents
        instead, so that the people of the most relevant, recent documents come first."""
        if doc_ids is None:
            return [
                (e, e.docs, e.mentions, e.quotes)
                for e in await self.top_entities(["person"], limit + 20)
                if plausible_person(e.name)
            ][:limit]
        ids = _json_list(list(doc_ids))
        rows = await self._all(
            "SELECT coalesce(e.canon_id, e.id), ed.doc_id, ed.mentions FROM entity_docs ed "
            "JOIN entities e ON e.id = ed.entity_id "
            "WHERE ed.doc_id IN (SELECT value FROM json_each(?)) AND ed.person = 1",
            (ids,),
        )
        docs: dict[int, set[int]] = {}
        mentions: dict[int, int] = {}
        for rid, doc_id, count in rows:
            docs.setdefault(rid, set()).add(doc_id)
            mentions[rid] = mentions.get(rid, 0) + (count or 0)
        quoted: dict[int, int] = {}
        for rid, n in await self._all(
            "SELECT coalesce(e.canon_id, e.id), count(*) FROM quotes q "
            "JOIN entities e ON e.id = q.entity_id "
            "WHERE q.doc_id IN (SELECT value FROM json_each(?)) GROUP BY 1",
            (ids,),
        ):
            quoted[rid] = n
        if weights is None:
            ranked = sorted(docs, key=lambda r: (-len(docs[r]), -quoted.get(r, 0), -mentions[r], r))
        else:
            score = {
                r: sum(weights.get(d, 0.0) for d in found) * (1 + 0.1 * min(quoted.get(r, 0), 5))
                for r, found in docs.items()
            }
            ranked = sorted(docs, key=lambda r: (-score[r], -len(docs[r]), r))
        ranked = ranked[: limit * 2]
        entities = await self.entities(ranked)
        out = [
            (entities[r], len(docs[r]), mentions[r], quoted.get(r, 0))
            for r in ranked
            if r in entities and entities[r].kind == "person" and plausible_person(entities[r].name)
        ]
        return out[:limit]

    async def entity_documents(self, entity_id: int, limit: int) -> list[int]:
        rows = await self._all(
            "SELECT ed.doc_id FROM entity_docs ed JOIN documents d ON d.id = ed.doc_id "
            "WHERE ed.entity_id IN (SELECT id FROM entities WHERE id = ? OR canon_id = ?) "
            "GROUP BY ed.doc_id "
            "ORDER BY d.date IS NULL, d.date DESC, sum(ed.mentions) DESC, ed.doc_id DESC "
            "LIMIT ?",
            (entity_id, entity_id, limit),
        )
        return [r[0] for r in rows]

    async def quotes_by(
        self, entity_ids: Sequence[int], match: str | None, limit: int
    ) -> list[QuoteRow]:
        """Quotations by these speakers, newest first (best matching first with ``match``)."""
        ids = _json_list(list(entity_ids))
        members = (
            "(SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?)) "
            "OR canon_id IN (SELECT value FROM json_each(?)))"
        )
        if match:
            sql = (
                f"SELECT {_QUOTE_COLUMNS} FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
                "JOIN documents d ON d.id = q.doc_id WHERE quotes_fts MATCH ? AND q.entity_id IN "
                f"{members} ORDER BY quotes_fts.rank, d.date DESC LIMIT ?"
            )
            params: tuple = (match, ids, ids, limit)
        else:
            sql = (
                f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.doc_id "
                f"WHERE q.entity_id IN {members} "
                "ORDER BY d.date IS NULL, d.date DESC, q.doc_id DESC, q.sentence LIMIT ?"
            )
            params = (ids, ids, limit)
        return [QuoteRow(*r) for r in await self._all(sql, params)]

    async def quotes_matching(
        self, match: str, doc_ids: Sequence[int] | None, limit: int
    ) -> list[QuoteRow]:
        """Quotations whose words or context match, attributed and best first (only in
        ``doc_ids`` if given)."""
        where = ""
        params: list[object] = [match]
        if doc_ids is not None:
            where = " AND q.doc_id IN (SELECT value FROM json_each(?))"
            params.append(_json_list(list(doc_ids)))
        params.append(limit)
        rows = await self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
            f"WHERE quotes_fts MATCH ?{where} ORDER BY q.entity_id IS NULL, quotes_fts.rank "
            "LIMIT ?",
            params,
        )
        return [QuoteRow(*r) for r in rows]

    async def quotes_in(self, doc_ids: Sequence[int], limit: int) -> list[QuoteRow]:
        rows = await self._all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q WHERE q.doc_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY q.entity_id IS NULL, q.doc_id, q.sentence "
            "LIMIT ?",
            (_json_list(list(doc_ids)), limit),
        )
        return [QuoteRow(*r) for r in rows]

    async def events(
        self, doc_ids: Sequence[int] | None, limit: int
    ) -> list[tuple[int, str, str, int]]:
        """(doc_id, date, text, sentence), latest first."""
        if doc_ids is None:
            rows = await self._all(
                "SELECT doc_id, date, text, sentence FROM events "
                "ORDER BY date DESC, doc_id DESC, sentence DESC LIMIT ?",
                (limit,),
            )
        else:
            rows = await self._all(
                "SELECT doc_id, date, text, sentence FROM events WHERE doc_id IN "
                "(SELECT value FROM json_each(?)) "
                "ORDER BY date DESC, doc_id DESC, sentence DESC LIMIT ?",
                (_json_list(list(doc_ids)), limit),
            )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def complete_names(self, match: str, kinds: Sequence[str], limit: int) -> list[str]:
        """Names for autocomplete: those matching the prefix expression, most documented first."""
        rows = await self._all(
            "SELECT e.name, max(a.key) FROM names_fts JOIN aliases a ON a.id = names_fts.rowid "
            "JOIN entities m ON m.id = a.entity_id "
            "JOIN entities e ON e.id = coalesce(m.canon_id, m.id) "
            "WHERE names_fts MATCH ? AND e.kind IN "
            "(SELECT value FROM json_each(?)) GROUP BY e.id "
            "ORDER BY e.docs DESC, e.quotes DESC LIMIT ?",
            (match, _json_list(list(kinds)), limit),
        )
        return [r[0] for r in rows]


_STATS_SQL = [
    """CREATE TEMP TABLE IF NOT EXISTS agg(
        entity_id INTEGER PRIMARY KEY, docs INT, mentions INT, last_date TEXT)""",
    "DELETE FROM agg",
    """INSERT INTO agg
        SELECT ed.entity_id, count(*), sum(ed.mentions), max(d.date)
        FROM entity_docs ed JOIN documents d ON d.id = ed.doc_id
        GROUP BY ed.entity_id""",
    "CREATE TEMP TABLE IF NOT EXISTS qagg(entity_id INTEGER PRIMARY KEY, n INT)",
    "DELETE FROM qagg",
    """INSERT INTO qagg SELECT entity_id, count(*) FROM quotes
        WHERE entity_id IS NOT NULL GROUP BY entity_id""",
    """UPDATE entities SET
        docs = coalesce((SELECT docs FROM agg WHERE agg.entity_id = entities.id), 0),
        mentions = coalesce((SELECT mentions FROM agg WHERE agg.entity_id = entities.id), 0),
        last_date = (SELECT last_date FROM agg WHERE agg.entity_id = entities.id),
        quotes = coalesce((SELECT n FROM qagg WHERE qagg.entity_id = entities.id), 0)""",
]

# A merged person's counts cover all its forms (documents counted once).
_GROUP_SQL = [
    """CREATE TEMP TABLE IF NOT EXISTS gagg(
        entity_id INTEGER PRIMARY KEY, docs INT, mentions INT, last_date TEXT, quotes INT)""",
    "DELETE FROM gagg",
    """INSERT INTO gagg(entity_id, docs, mentions, last_date, quotes)
        SELECT coalesce(e.canon_id, e.id), count(DISTINCT ed.doc_id), sum(ed.mentions),
               max(d.date), 0
        FROM entities e JOIN entity_docs ed ON ed.entity_id = e.id
        JOIN documents d ON d.id = ed.doc_id
        WHERE e.canon_id IS NOT NULL
           OR e.id IN (SELECT canon_id FROM entities WHERE canon_id IS NOT NULL)
        GROUP BY 1""",
    "CREATE TEMP TABLE IF NOT EXISTS gq(entity_id INTEGER PRIMARY KEY, n INT)",
    "DELETE FROM gq",
    """INSERT INTO gq SELECT coalesce(e.canon_id, e.id), count(*) FROM quotes q
        JOIN entities e ON e.id = q.entity_id GROUP BY 1""",
    """UPDATE gagg SET quotes = coalesce(
        (SELECT n FROM gq WHERE gq.entity_id = gagg.entity_id), 0)""",
    """UPDATE entities SET
        docs = (SELECT docs FROM gagg WHERE gagg.entity_id = entities.id),
        mentions = (SELECT mentions FROM gagg WHERE gagg.entity_id = entities.id),
        last_date = (SELECT last_date FROM gagg WHERE gagg.entity_id = entities.id),
        quotes = (SELECT quotes FROM gagg WHERE gagg.entity_id = entities.id)
        WHERE id IN (SELECT entity_id FROM gagg)""",
]

_STATS_DONE_SQL = [
    "DELETE FROM aliases WHERE entity_id IN (SELECT id FROM entities WHERE docs = 0)",
    """UPDATE entities SET canon_id = NULL
        WHERE canon_id IN (SELECT id FROM entities WHERE docs = 0)""",
    "DELETE FROM entities WHERE docs = 0",
    "INSERT OR REPLACE INTO meta(key, value) VALUES ('stats_dirty', '0')",
    """INSERT INTO meta(key, value) VALUES ('generation', '1')
        ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1""",
]


def _fold_key(name: str) -> str:
    from bot.store.textsearch import name_key

    return name_key(name) or " ".join(name.casefold().split())


def _json_list(values: list) -> str:
    import json

    return json.dumps(values)
