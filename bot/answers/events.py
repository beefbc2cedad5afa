"""Which dated events a /timeline shows.

Dates are attached to clauses by the extractor; some come out as fragments or wire datelines
that a reader cannot follow. They are filtered here, apart from the database queries.
"""

from __future__ import annotations

import re

from bot.store.textsearch import fold

CENTRAL_SHARE = 0.3  # a document with this share of its sentences on a topic is about it
TOPIC_EVENTS = 5000  # events of a topic's documents read to find those told about the topic

_ORPHAN_TIME = re.compile(r"^(?:night|morning|evening|afternoon)\s*,\s*(?=\w)", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+,.*\(\w+\)$")  # "HEMPSTEAD, N.Y., Sept. 26 (UPI)"


def readable_events(rows: list) -> list:
    """Events a reader can follow: not a clause cut mid-sentence ("’s trip to Hofstra…",
    "the debate tomorrow"), not a wire dateline, and each told once per document (a sentence
    with two dates is one story, shown at its latest date: rows come latest first)."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for row in rows:
        doc_id, date, text, sentence = row
        text = text.strip()
        orphan = _ORPHAN_TIME.match(text)
        if orphan:  # "Night, Clinton leaned in…": the rest of "Monday night" the date took
            rest = text[orphan.end() :]
            text = rest[:1].upper() + rest[1:]
            row = (doc_id, date, text, sentence)
        first = text.lstrip("\"“‘'(")[:1]
        if not first or not (first.isupper() or first.isdigit()) or len(text.split()) < 4:
            continue
        if _DATELINE.match(text):
            continue
        key = (doc_id, fold(text))
        if key in seen:
            continue
        seen.add(key)
        kept.append(row)
    return kept
