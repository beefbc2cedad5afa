"""Folding and FTS5 query building: user text can never become query syntax."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from bot.store.textsearch import (
    TOKENIZER,
    content_words,
    fold,
    highlight_spans,
    match_query,
    name_key,
    prefix_query,
    words,
)


def index(*texts: str) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(t, content='', tokenize='{TOKENIZER}')")
    conn.executemany("INSERT INTO f(rowid, t) VALUES (?, ?)", enumerate(texts))
    return conn


def hits(conn: sqlite3.Connection, text: str) -> list[int]:
    query = match_query(content_words(text))
    if query is None:
        return []
    return sorted(r[0] for r in conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (query,)))


def test_folding():
    assert fold("  Pérou   ÉTAT ") == "perou etat"
    assert words("Côte d’Ivoire's NEAR(x)") == ["cote", "d'ivoire", "near", "x"]
    assert name_key("Mr. Jens Stoltenberg") == "jens stoltenberg"
    assert name_key("H.E. Ms. José Ramos-Horta") == "jose ramos horta"


def test_plurals_adjectives_and_accents_match():
    conn = index(
        "North Korea fired missiles.",
        "The Korean peninsula.",
        "Talks in Perú.",
        "A missile test.",
        "Koreatown is a place.",
    )
    assert hits(conn, "korea") == [0, 1, 4]
    assert hits(conn, "Koreans") == [0, 1, 4]
    assert hits(conn, "missile") == [0, 3]
    assert hits(conn, "MISSILES") == [0, 3]
    assert hits(conn, "peru") == [2]
    assert hits(conn, "Korea's") == [0, 1, 4]


def test_syntax_is_literal():
    conn = index("NEAR the border, OR else.", "A * star and a ^ caret.")
    for text in ['"', "*", "NEAR(", "OR", "AND", "NOT", "-x", "^a", "t:x", "(((", "'"]:
        hits(conn, text)  # must not raise
    assert hits(conn, "border OR") == [0]


@given(st.text(max_size=200))
def test_any_text_gives_a_valid_query(text: str):
    conn = index("some words here")
    hits(conn, text)
    query = prefix_query(text)
    if query:
        conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (query,)).fetchall()


def test_highlights_mark_the_matching_words():
    text = "North Korea's missiles and the Korean missile test."
    spans = highlight_spans(text, ["korea", "missiles"])
    assert [text[a:b] for a, b in spans] == ["Korea's", "missiles", "Korean", "missile"]
