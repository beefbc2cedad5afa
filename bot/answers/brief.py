"""How a brief chooses its sentences and its quotation.

A brief shows a few sentences lifted out of their documents: these rules decide which of them read
well on their own (whole, not leaning on the sentence before, not OCR-damaged) and which
quotations are worth showing beside them. All pure functions except :func:`compose`, which
reads the candidate sentences' texts in one store call and scores them here (cheaper than bm25).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.answers.topics import Topic
from bot.store.store import DocRow, QuoteRow, Store
from bot.store.textsearch import fold, highlight_spans, words

BRIEF_SENTENCES = 5
BRIEF_CHARS = 900
BRIEF_DOCS = 8  # documents a brief draws on at most


def sentence_score(text: str, tokens: list[str]) -> float:
    """How well a sentence serves a brief: query words it holds, at a readable length."""
    if not text:
        return -1e9
    spans = highlight_spans(text, tokens)
    found = {fold(text[a:b])[:4] for a, b in spans}
    length = len(text)
    score = 2.0 * len(found) + 0.3 * min(len(spans), 4) - abs(length - 170) / 150
    first = text.split(None, 1)[0].strip("“\"‘'(").casefold() if text.split() else ""
    if first in _ANAPHORA:  # "It affects…", "This is why…": meaningless out of context
        score -= 1.5
    if _FIRST_PERSON.search(text):  # "I will work with…": whose "I"? (only the source says)
        score -= 1.0
    return score


_ANAPHORA = frozenset(
    {
        "it", "its", "this", "that", "these", "those", "they", "them", "he", "she", "his",
        "her", "there", "here", "such", "and", "but", "or", "so", "however", "therefore",
        "thus", "also", "then", "again", "moreover", "furthermore", "nevertheless",
    }
)  # fmt: skip


def newest_key(doc: DocRow) -> tuple[bool, str]:
    """Sort key putting the newest dated document first and undated ones last."""
    return (doc.date is None, "".join(chr(0x10FFFF - ord(c)) for c in doc.date or ""))


NUMBERING = re.compile(r"^\d{1,3}\.\s+(?=[A-Z“\"])")  # "72. Right after…" (numbered paragraphs)
_OPENERS = "\"“‘'(["


def readable(text: str) -> bool:
    """A sentence that can stand alone in a brief: whole, neither a fragment nor a wall."""
    if not 40 <= len(text) <= 400:
        return False
    first, last = text[0], text[-1]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False  # a quotation cut in two by the sentence splitter
    return last in '.!?”"’)'


_LEADS = (
    "by doing so", "in doing so", "to that end", "to this end", "in this regard",
    "in that regard", "in this context", "in that context", "in this connection",
    "in that connection", "as a result", "for this reason", "for that reason", "at the same time",
    "in addition", "on the other hand", "that is why", "this is why", "in other words",
    "in particular", "on the contrary", "as such", "by the same token", "in turn",
    "having said that", "that said", "with that said", "even so", "still,",
)  # fmt: skip
_CLOSERS = "\"”’'"

_SAID = re.compile(r"[,.]?\s*[”\"’']?,?\s+(?:he|she|they|it|we)\s+(?:said|added|noted|stressed)"
                   r"\.?\s*$", re.I)  # fmt: skip
# OCR damage: doubled commas, a stray full stop inside a sentence ("status quo. but"), a
# floating mark (" . "), a word broken at a line end ("inter- national").
_DAMAGED = re.compile(r",,|\b[a-z]{2,}\.\s+[a-z]{2,}\s|\s[.,;]\s|[a-z]-\s[a-z]{3,}")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


_LEANS_BACK = re.compile(
    r"^(?:\w+\s+){0,2}(?:these|those)\b|^(?:while|despite|given|after|before|besides|beyond|"
    r"like|unlike|with|for|from|because of|in spite of)\s+(?:this|that|it|them)\b",
    re.I,
)  # "Despite this, …", "While that may sound…", "Those countries…": who or what?


def stands_alone(text: str) -> bool:
    """Whether a sentence makes sense out of its document: it does not lean on the one before
    ("Nevertheless, …", "By doing so, it…", "This is why…", "He added…"), is not a quotation
    closed by "he said", and is not visibly damaged by OCR (",,", "quo. but", "inter- national")."""
    folded = fold(text).lstrip("\"“‘'( ")
    first = folded.split(None, 1)[0].strip(",;:") if folded.split() else ""
    if first in _ANAPHORA and first != "there":  # "There is…" stands alone
        return False
    if folded.startswith(_LEADS):
        return False
    stripped = text.strip()
    body = stripped.rstrip(".")
    if stripped[:1] in "\"“‘'" and body[-1:] in _CLOSERS and not any(c in body[1:-1] for c in '”"'):
        return False  # a whole quotation without its speaker: whose words?
    if stripped.startswith("(") and stripped.rstrip(".").endswith(")"):
        return False  # an aside to the sentence before
    return not (_SAID.search(text) or _DAMAGED.search(text) or _LEANS_BACK.search(folded))


def quote_words(text: str) -> str:
    """A quotation's words reduced for containment tests (case, accents, punctuation)."""
    return " ".join(words(text))[:80]


def presentable_quotes(rows: Sequence[QuoteRow]) -> list[QuoteRow]:
    """Quotations worth showing in a brief: attributed, a real sentence, not OCR-damaged."""
    good = [
        r
        for r in rows
        if r.entity_id is not None
        and 30 <= len(r.text) <= 500
        and len(r.text.split()) >= 6
        and not _DAMAGED.search(r.text)
    ]
    return good


async def compose(
    store: Store, chosen: list[int], found: Topic, docs: dict, quoted: str | None = None
) -> list[str]:
    """Pick the best sentences round-robin over documents, skipping near-repeats, sentences
    that do not stand alone, and the one the brief's quotation comes from.

    Sentences are scored here rather than by FTS5 bm25: ranking inside one document with
    a rowid range still costs a full scan for common words (50 ms each on the UN corpus).
    """
    candidates = {d: sorted(found.sentences.get(d, []))[:300] for d in chosen}
    texts = await store.sentence_texts(r for q in candidates.values() for r in q)
    queues: dict[int, list[int]] = {}
    for doc_id, rowids in candidates.items():
        scored = [(sentence_score(texts.get(r, ""), found.tokens), r) for r in rowids]
        queues[doc_id] = [r for _, r in sorted(scored, key=lambda x: -x[0])[:12]]

    picked: list[tuple[int, int, str]] = []  # (doc position, sentence rowid, text)
    seen: list[str] = []
    total = 0
    titles = {fold(docs[d].title) for d in chosen}
    quote_key = quote_words(quoted) if quoted else None
    while len(picked) < BRIEF_SENTENCES and any(queues.values()):
        for position, doc_id in enumerate(chosen):
            queue = queues[doc_id]
            while queue:
                rowid = queue.pop(0)
                text = NUMBERING.sub("", " ".join(texts.get(rowid, "").split()))
                folded = fold(text)
                if not readable(text) or not stands_alone(text) or folded in titles:
                    continue
                if quote_key and quote_key in quote_words(text):
                    continue  # the quotation is shown below the summary already
                if any(fuzz.token_set_ratio(folded, other) >= 80 for other in seen):
                    continue
                if total + len(text) + 1 > BRIEF_CHARS - 10:
                    continue
                picked.append((position, rowid, text))
                seen.append(folded)
                total += len(text) + 1
                break
            if len(picked) >= BRIEF_SENTENCES:
                break
    picked.sort()
    return [text for _, _, text in picked]
