"""Property tests over the WHOLE pipeline: nothing raises, and what comes out is consistent.

Text is drawn both from arbitrary Unicode and from news-like fragments (names, roles, reporting
verbs, every kind of quotation mark, dates, abbreviations), which reach far more code paths.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.digest import Digest, UnreadableDocument, digest_bytes, digest_document
from bot.digest.sentences import split
from bot.digest.text import normalize

FRAGMENTS = [
    "Jens Stoltenberg", "Mr. Stoltenberg", "the Secretary General", "NATO", "President Yoon",
    "Foreign Minister Park Jin", "Park Jin, the foreign minister,", "Donald Trump", "Melania Trump",
    "Mrs. Trump", "Rep. Emanuel Cleaver II (D-Mo.)", "according to", "said", "told reporters",
    "stressed that", "he said", "she said", "they", "the newspaper wrote", ":", ",", ".", "?", "!",
    "“", "”", '"', "'", "‘", "’", "«", "»", "(", ")", "—", "...", "\n", "\n\n", "on Sunday",
    "(30 January 2023)", "yesterday", "Jan. 5", "September 11, 2001", "U.S.", "No. 10", "3.5",
    "we will win", "the talks", "a disgrace", "so-called", "experts", "Seoul", "Korea", "inter-\n",
    "national", "J. K.", "Rowling", "Москва", "北京", "🙂", "\t", "\x00", "\r\n",
]  # fmt: skip

news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=80).map(
    " ".join
)
any_text = st.one_of(news_text, st.text(max_size=400))
COMMON = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_digest(d: Digest) -> None:
    text = d.text
    previous_end = 0
    for i, p in enumerate(d.paragraphs):
        assert p.index == i
        assert previous_end <= p.start < p.end <= len(text)
        previous_end = p.end
    previous_end = 0
    for i, s in enumerate(d.sentences):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        paragraph = d.paragraphs[s.paragraph]
        assert paragraph.start <= s.start and s.end <= paragraph.end
        previous_end = s.end
    names = {p.name for p in d.people} | set(d.organizations)
    for q in d.quotes:
        assert q.text and q.text in text
        assert q.speaker is None or q.speaker in names
        assert 0 <= q.sentence < len(d.sentences)
    for e in d.events:
        dt.date.fromisoformat(e.date)
        assert e.text
        assert 0 <= e.sentence < len(d.sentences)
    if d.date is not None:
        dt.date.fromisoformat(d.date)
    assert isinstance(d.summary, str)
    json.dumps(d.to_json())


@COMMON
@given(any_text, st.sampled_from(["doc.txt", "KOR_78_2023.txt", "2023-01-30-news.txt", ""]))
def test_any_text_gives_a_consistent_digest(text: str, source: str) -> None:
    check_digest(digest_document(text, source))


@COMMON
@given(st.binary(max_size=600))
def test_any_bytes_give_a_digest_or_a_clear_error(data: bytes) -> None:
    try:
        d = digest_bytes(data, "upload.txt")
    except UnreadableDocument as exc:
        assert str(exc)
    else:
        check_digest(d)


_CONTROLS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])


@COMMON
@given(news_text.map(lambda t: t.translate(_CONTROLS).encode("utf-8")))
def test_news_like_bytes_are_always_readable(data: bytes) -> None:
    check_digest(digest_bytes(data, "news.txt"))


@COMMON
@given(any_text)
def test_normalize_is_idempotent_and_split_covers_the_words(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    _, sentences = split(once)
    covered = " ".join(s.text for s in sentences).split()
    assert covered == once.split()


def _reference_normalize(text: str) -> str:
    """``normalize`` as it was before its regex passes learned to skip themselves: every pass,
    always. The fast paths must never change the result."""
    import unicodedata

    from bot.digest import text as t

    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = t.repair_mojibake(text)
    text = t._NEWLINES.sub("\n", text)
    stripped = t._CONTROLS.sub("", text)
    dropped = len(stripped) != len(text)
    text = t._HSPACE.sub(" ", stripped)
    if dropped:
        text = t.repair_mojibake(text)  # a dropped control can join a mojibake pair
    text = t._LINE_EDGES.sub("\n", text)
    text = t.drop_page_headers(text)
    if "-\n" in text:
        text = t._HYPHEN_BREAK.sub(lambda m: t._join_hyphen(m, text), text)
    text = t._BLANKS.sub("\n\n", text)
    return text.strip()


_SOUP_PIECES = [
    "a", "B", " ", "  ", "\n", "\n\n\n", "\t", "\u00a0", "\u2009", "\r\n", "\r", "\u2028", "\x0c",
    "\x85", "\x01", "\u200b", "\u00ad", "\ufeff", "inter-\n", "national", "e\u0301", "session",
    "PV.", "-", "1", "\u3000",
]  # fmt: skip
WHITESPACE_SOUP = st.lists(st.sampled_from(_SOUP_PIECES), max_size=40).map("".join)


@COMMON
@given(st.one_of(WHITESPACE_SOUP, any_text))
def test_normalize_fast_paths_equal_the_full_passes(text: str) -> None:
    assert normalize(text) == _reference_normalize(text)
