"""The database schema as a list of migrations, applied in order and recorded in ``user_version``.

Design for size (issue 5: database at most 1.5 x the text): a document's normalised text is
stored once, zlib-compressed, with its sentence offsets packed beside it. Sentences are indexed by a
*contentless* FTS5 table whose rowid encodes ``(document id, sentence index)``; answers slice the
sentence text back out of the document. Quotations, events and names are small, so they keep their
text in ordinary tables behind external-content FTS5 tables kept in step by triggers.
"""

from __future__ import annotations

from bot.store.textsearch import TOKENIZER

#: Sentence rowids in ``sentences_fts`` are ``doc_id << SENTENCE_BITS | sentence_index``.
SENTENCE_BITS = 22
MAX_SENTENCES = (1 << SENTENCE_BITS) - 1

MIGRATIONS: list[str] = [
    # 1: the initial schema.
    f"""
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        digest_version INTEGER NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        title TEXT NOT NULL,
        date TEXT,
        summary TEXT NOT NULL DEFAULT '',
        text_z BLOB NOT NULL,
        offsets BLOB NOT NULL,
        n_sentences INTEGER NOT NULL DEFAULT 0,
        n_people INTEGER NOT NULL DEFAULT 0,
        n_quotes INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_date ON documents(date);

    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='', tokenize='{TOKENIZER}'
    );

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        role TEXT,
        organization TEXT,
        docs INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        quotes INTEGER NOT NULL DEFAULT 0,
        last_date TEXT,
        UNIQUE (kind, key)
    );
    CREATE INDEX entities_docs ON entities(kind, docs DESC);

    CREATE TABLE entity_docs (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        mentions INTEGER NOT NULL DEFAULT 0,
        role TEXT,
        organization TEXT,
        PRIMARY KEY (entity_id, doc_id)
    ) WITHOUT ROWID;
    CREATE INDEX entity_docs_doc ON entity_docs(doc_id);

    CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        UNIQUE (entity_id, key)
    );
    CREATE INDEX aliases_key ON aliases(key);
    CREATE VIRTUAL TABLE names_fts USING fts5(
        alias, content='aliases', content_rowid='id', tokenize='{TOKENIZER}'
    );
    CREATE TRIGGER aliases_ai AFTER INSERT ON aliases BEGIN
        INSERT INTO names_fts(rowid, alias) VALUES (new.id, new.alias);
    END;
    CREATE TRIGGER aliases_ad AFTER DELETE ON aliases BEGIN
        INSERT INTO names_fts(names_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
    END;

    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        context TEXT NOT NULL,
        cue TEXT,
        sentence INTEGER NOT NULL
    );
    CREATE INDEX quotes_doc ON quotes(doc_id);
    CREATE INDEX quotes_entity ON quotes(entity_id);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, context, content='quotes', content_rowid='id', tokenize='{TOKENIZER}'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, context) VALUES (new.id, new.text, new.context);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, context)
        VALUES ('delete', old.id, old.text, old.context);
    END;

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        sentence INTEGER NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_date ON events(date);

    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: /participants over a topic aggregates people per document: a covering index that
    # holds only people keeps that to a few thousand index entries even for 1,000 documents.
    """
    ALTER TABLE entity_docs ADD COLUMN person INTEGER NOT NULL DEFAULT 0;
    UPDATE entity_docs SET person = 1
        WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'person');
    CREATE INDEX entity_docs_person ON entity_docs(doc_id, person, entity_id, mentions);
    INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0');
    """,
    # 3: year-only dates (UN speeches: "2021", not "1 Sep 2021"), and people merged across
    # documents: ``canon_id`` points a partial name ("Kofi", "Waldheim") at the full name it
    # folds into (NULL: the entity stands for itself). Recomputed by ``refresh_stats``.
    """
    ALTER TABLE documents ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day';
    ALTER TABLE entities ADD COLUMN canon_id INTEGER;
    CREATE INDEX entities_canon ON entities(canon_id);
    INSERT OR REPLACE INTO meta(key, value) VALUES ('stats_dirty', '1');
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
