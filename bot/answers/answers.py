"""The answers layer: user text in, plain result objects out (no Discord, no terminal).

Every public method validates its input itself and turns any database trouble into a
:class:`Problem`, so renderers never see an exception. Lists are ranked and capped at
:data:`LIST_CAP` items with ``truncated`` set when more matched, so renderers can paginate.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from rapidfuzz import fuzz, process

from bot.answers.results import (
    BriefResult,
    DocumentItem,
    EventItem,
    HelpResult,
    ParticipantsResult,
    Passage,
    PersonItem,
    Problem,
    ProfileResult,
    QuoteItem,
    QuotesResult,
    SearchResult,
    SourceRef,
    SourcesResult,
    TimelineResult,
)
from bot.digest.lexicon import ROLE_HEADS
from bot.store.store import DocRow, EntityRow, QuoteRow, Store, split_rowid
from bot.store.textsearch import (
    content_words,
    fold,
    highlight_spans,
    match_query,
    name_key,
    prefix_query,
    words,
)

log = logging.getLogger(__name__)

MAX_INPUT = 200  # characters in a topic, name or search
TYPO_SCORE = 85  # similarity (0-100) above which an unknown topic is taken as a known name
LIST_CAP = 100  # items in any list answer
BRIEF_SENTENCES = 5
BRIEF_CHARS = 900
BRIEF_DOCS = 8  # documents a brief draws on at most
TOPIC_DOC_HITS = 20000  # matching sentences read to find a topic's documents
TOPIC_DOCS = 1000  # documents /participants and /timeline consider for a topic (most hits first)
CENTRAL_SHARE = 0.3  # a document with this share of its sentences on a topic is about it
TOPIC_EVENTS = 5000  # events of a topic's documents read to find those told about the topic
VOCABULARY = 8000  # names held in memory for autocomplete and suggestions
SEARCH_SCOPE = 5000  # matching sentences ranked by /search (the most recent ones)
ALL_KINDS = ("person", "organization", "place")

P = ParamSpec("P")
R = TypeVar("R")

HELP = [
    ("/brief topic:", "a short summary of what the documents say about a topic, with sources"),
    ("/quote speaker: [topic:]", "what a person said, with context, source and date"),
    ("/participants [topic:]", "the people involved, with role and how often they appear"),
    ("/who name:", "one person's profile: role, organisation, documents, quotations"),
    ("/timeline [topic:]", "dated events in order"),
    ("/sources", "the documents loaded, with dates and counts"),
    ("/search text:", "passages that match, highlighted, with sources"),
    ("/help", "this list"),
]


def _guard(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R | Problem]]:
    """Turn database failures into a polite :class:`Problem` (and log them)."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | Problem:
        try:
            return await method(*args, **kwargs)
        except sqlite3.Error:
            log.exception("database error in %s", method.__name__)
            return Problem("Sorry, the database could not answer that right now.")

    return wrapper


def clean_input(value: object, what: str, *, limit: int = MAX_INPUT) -> str | Problem:
    """Normalise user text (controls removed, spaces collapsed) or explain why it is unusable."""
    if not isinstance(value, str):
        return Problem(f"Please give a {what} as text.")
    text = unicodedata.normalize("NFC", value)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn") or ch in "\u200d"
    )
    text = " ".join(text.split())
    if not text:
        return Problem(f"Please give a {what}.")
    if len(text) > limit:
        return Problem(
            f"That {what} is too long ({len(text)} characters); please keep it under {limit}."
        )
    if not words(text):
        return Problem(f"A {what} needs at least one word (letters or digits).")
    return text


class Answers:
    """The bot's answers over a :class:`Store`; shared by the Discord cogs and the console."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._vocabulary: _Vocabulary | None = None

    # -- helpers ---------------------------------------------------------------------------------

    def _source(self, doc: DocRow) -> SourceRef:
        return SourceRef(
            doc_id=doc.id,
            title=doc.title,
            date=doc.date,
            path=_display_path(doc.path),
            date_precision=doc.date_precision,
        )

    async def _sources(self, doc_ids: Sequence[int]) -> dict[int, SourceRef]:
        docs = await self.store.documents(doc_ids)
        return {doc_id: self._source(doc) for doc_id, doc in docs.items()}

    async def warm(self) -> None:
        """Load what the first autocomplete needs, so that it is fast too (called at start)."""
        try:
            await self._names()
        except sqlite3.Error:
            log.exception("could not load the names for autocomplete")

    async def _names(self) -> _Vocabulary:
        """The most documented names, in memory: autocomplete must answer in a few ms."""
        generation = await self.store.generation()
        if self._vocabulary is None or self._vocabulary.generation != generation:
            rows = await self.store.all_names(VOCABULARY)
            self._vocabulary = _Vocabulary(generation, rows)
        return self._vocabulary

    async def _suggest(self, text: str, *, kinds: Sequence[str] = ALL_KINDS) -> list[str]:
        """The known names closest to ``text`` (typos, partial names), best first."""
        vocabulary = await self._names()
        names = [entry.name for entry in vocabulary.entries if entry.kind in kinds]
        if not names:
            return []
        # WRatio scores a short name inside a longer word highly ("GB" for "rugby"): a
        # suggestion must be at least half as long as what was typed, and three letters.
        shortest = max(3, len(fold(text)) // 2)
        close = [name for name in names if len(fold(name)) >= shortest]
        # A short word is partly inside many names ("nato" in "Nathan Lane"): compare it whole.
        scorer = fuzz.ratio if len(fold(text)) <= 5 else fuzz.WRatio
        found = process.extract(
            fold(text), close, scorer=scorer, processor=fold, limit=5, score_cutoff=70
        )
        if not found:
            # Nothing is close: name the best-known topics instead (names are ranked by
            # documents), so the user always learns what can be asked about.
            return names[:5]
        return list(dict.fromkeys(name for name, _, _ in found))

    async def _closest_name(self, text: str, kinds: Sequence[str]) -> str | None:
        """The known name ``text`` misspells ("hilary clintn" -> "Hillary Clinton"), if one is
        clearly closest; whole-string similarity, so a partial name is not a typo."""
        vocabulary = await self._names()
        folded = fold(text)
        if len(folded) < 4:
            return None
        names = [e.name for e in vocabulary.entries if e.kind in kinds]
        best = process.extractOne(
            folded, names, scorer=fuzz.ratio, processor=fold, score_cutoff=TYPO_SCORE
        )
        if best is None or fold(best[0]) == folded:
            return None
        return best[0]

    async def _quoted_like(self, text: str, exclude: str) -> list[str]:
        """Known speakers with quotations whose names are close to ``text``."""
        vocabulary = await self._names()
        quoted = [
            e.name
            for e in vocabulary.entries
            if e.quotes and e.kind == "person" and e.name != exclude
        ]
        found = process.extract(
            fold(text), quoted, scorer=fuzz.WRatio, processor=fold, limit=5, score_cutoff=80
        )
        return [name for name, _, _ in found]

    async def _prefer_titled(
        self, text: str, found: list[EntityRow], kinds: Sequence[str]
    ) -> list[EntityRow]:
        """For "President Clinton", the Clinton whose role is President first.

        One article's extractor may file "President Clinton" under Hillary Clinton; the user
        asking for it means the person holding that title, when the collection has one."""
        tokens = words(text)
        if len(tokens) < 2 or tokens[0] not in ROLE_HEADS:
            return found
        if any(_role_word(e.role) == tokens[0] for e in found):
            return found
        match = match_query(tokens[1:])
        others = await self.store.entities_matching(match, kinds, 10) if match else []
        titled = [e for e in others if _role_word(e.role) == tokens[0]]
        if not titled:
            return found
        return titled + [e for e in found if e.id not in {t.id for t in titled}]

    async def _resolve_entities(self, text: str, kinds: Sequence[str]) -> list[EntityRow]:
        """Entities named by ``text``: any alias exactly (any case/accents), else all its words,
        else the known name it misspells."""
        key = name_key(text)
        if key:
            exact = await self.store.entities_by_alias(key, kinds)
            if exact:
                return await self._prefer_titled(text, exact, kinds)
        match = match_query(words(text))
        found = await self.store.entities_matching(match, kinds, 10) if match else []
        if found:
            return found
        corrected = await self._closest_name(text, kinds)
        if corrected is None:
            return []
        return await self.store.entities_by_alias(name_key(corrected), kinds)

    def _quote_item(self, row: QuoteRow, sources: dict[int, SourceRef]) -> QuoteItem | None:
        source = sources.get(row.doc_id)
        if source is None:
            return None
        return QuoteItem(
            text=row.text, speaker=row.speaker, context=row.context, source=source, cue=row.cue
        )

    async def _quote_items(self, rows: Sequence[QuoteRow]) -> list[QuoteItem]:
        sources = await self._sources([r.doc_id for r in rows])
        items = [self._quote_item(r, sources) for r in rows]
        return [i for i in items if i is not None]

    async def _topic(self, topic: str, *, correct: bool = True) -> _Topic:
        """What a topic names: a person (by any name), the MATCH expression, hits per document.

        A topic found nowhere that is a typo of a known name ("hilary clintn") is read as that
        name (``_Topic.corrected``) before single words are tried: "hilary" alone would find
        "hilarious" and brief on the wrong story."""
        person = None
        key = name_key(topic)
        if key:
            people = await self.store.entities_by_alias(key, ["person"])
            person = people[0] if people else None
        tokens = content_words(topic)
        match = match_query(tokens) if tokens else None
        rowids = await self.store.match_rowids(match, TOPIC_DOC_HITS) if match else []
        if not rowids and person is not None:
            # "Jens Stoltenberg" where the text says "Mr. Stoltenberg": search the surname.
            tokens = name_key(person.name).split()[-1:]
            match = match_query(tokens)
            rowids = await self.store.match_rowids(match, TOPIC_DOC_HITS) if match else []
        if not rowids and person is None and correct:
            corrected = await self._closest_name(topic, ALL_KINDS)
            if corrected is not None:
                found = await self._topic(corrected, correct=False)
                if found.hits:
                    found.corrected = corrected
                    return found
        if not rowids and len(tokens) > 1:
            match = match_query(tokens, any_token=True)
            rowids = await self.store.match_rowids(match, TOPIC_DOC_HITS) if match else []
        hits: dict[int, int] = {}
        sentences: dict[int, list[int]] = {}
        for rowid in rowids:
            doc_id = split_rowid(rowid)[0]
            hits[doc_id] = hits.get(doc_id, 0) + 1
            sentences.setdefault(doc_id, []).append(rowid)
        if person is not None:
            for doc_id in await self.store.entity_documents(person.id, TOPIC_DOC_HITS):
                hits.setdefault(doc_id, 1)
        return _Topic(person, match, tokens, hits, sentences)

    async def _topic_documents(self, topic: str) -> list[int]:
        """Documents about ``topic``, those with the most matching sentences first."""
        found = await self._topic(topic)
        return sorted(found.hits, key=lambda d: -found.hits[d])[:TOPIC_DOCS]

    # -- commands --------------------------------------------------------------------------------

    @_guard
    async def brief(self, topic: str) -> BriefResult | Problem:
        """At most ~5 non-repeating sentences (< 900 chars) on ``topic`` from the documents that
        matter most, newest first, with the people involved, one quotation and the sources."""
        cleaned = clean_input(topic, "topic")
        if isinstance(cleaned, Problem):
            return cleaned
        found = await self._topic(cleaned)
        if not found.hits:
            return BriefResult(topic=cleaned, found=False, suggestions=await self._suggest(cleaned))
        # The documents that matter: those with the most matching sentences (at least a
        # quarter of the best one's), then shown newest first.
        hits = found.hits
        ranked = sorted(hits, key=lambda d: -hits[d])[: BRIEF_DOCS * 3]
        docs = await self.store.documents(ranked)
        ranked = sorted(
            (d for d in ranked if d in docs), key=lambda d: (-hits[d], _newest(docs[d]))
        )
        best = hits[ranked[0]] if ranked else 0
        chosen = [d for d in ranked[:BRIEF_DOCS] if hits[d] * 4 >= best] or ranked[:1]
        chosen.sort(key=lambda d: _newest(docs[d]))
        quote = await self._brief_quote(chosen, found.match, found.tokens, found.person)
        summary = await self._compose(chosen, found, docs, quote.text if quote else None)

        people = [
            PersonItem(e.name, e.role, e.organization, documents=n, mentions=m, quotes=q)
            for e, n, m, q in await self.store.people_in_documents(chosen, 10)
        ]
        if found.person is not None:
            people = [p for p in people if p.name != found.person.name]
            people.insert(0, _person_item(found.person))
        return BriefResult(
            topic=found.corrected or cleaned,
            found=True,
            summary=summary,
            people=people[:10],
            quote=quote,
            sources=[self._source(docs[d]) for d in chosen],
        )

    async def _compose(
        self, chosen: list[int], found: _Topic, docs: dict, quoted: str | None = None
    ) -> list[str]:
        """Pick the best sentences round-robin over documents, skipping near-repeats, sentences
        that do not stand alone, and the one the brief's quotation comes from.

        Sentences are scored here rather than by FTS5 bm25: ranking inside one document with
        a rowid range still costs a full scan for common words (50 ms each on the UN corpus).
        """
        candidates = {d: sorted(found.sentences.get(d, []))[:300] for d in chosen}
        texts = await self.store.sentence_texts(r for q in candidates.values() for r in q)
        queues: dict[int, list[int]] = {}
        for doc_id, rowids in candidates.items():
            scored = [(_sentence_score(texts.get(r, ""), found.tokens), r) for r in rowids]
            queues[doc_id] = [r for _, r in sorted(scored, key=lambda x: -x[0])[:12]]

        picked: list[tuple[int, int, str]] = []  # (doc position, sentence rowid, text)
        seen: list[str] = []
        total = 0
        titles = {fold(docs[d].title) for d in chosen}
        quote_key = _quote_key(quoted) if quoted else None
        while len(picked) < BRIEF_SENTENCES and any(queues.values()):
            for position, doc_id in enumerate(chosen):
                queue = queues[doc_id]
                while queue:
                    rowid = queue.pop(0)
                    text = _NUMBERING.sub("", " ".join(texts.get(rowid, "").split()))
                    folded = fold(text)
                    if not _readable(text) or not _stands_alone(text) or folded in titles:
                        continue
                    if quote_key and quote_key in _quote_key(text):
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

    async def _brief_quote(
        self, chosen: list[int], match: str | None, tokens: list[str], person: EntityRow | None
    ) -> QuoteItem | None:
        if not chosen:
            return None
        order = {doc_id: i for i, doc_id in enumerate(chosen)}

        def newest_first(found: list[QuoteRow]) -> list[QuoteRow]:
            return sorted(found, key=lambda q: order.get(q.doc_id, len(order)))

        async def presentable(found: list[QuoteRow]) -> list[QuoteRow]:
            """The first quotation worth showing, a person's before an organisation's (a
            session's theme "attributed" to the General Assembly is no quotation)."""
            good = _presentable(found)
            if not good:
                return []
            kinds = await self.store.entities({r.entity_id for r in good if r.entity_id})
            people = [
                r for r in good if r.entity_id in kinds and kinds[r.entity_id].kind == "person"
            ]
            return (people or good)[:1]

        rows: list[QuoteRow] = []
        if person is not None:
            rows = await presentable(await self.store.quotes_by([person.id], None, 10))
        if not rows and tokens:
            topic_match = match_query(tokens)
            if topic_match:
                found = await self.store.quotes_matching(topic_match, chosen, 20)
                rows = await presentable(newest_first(found))
        if not rows and match:
            found = await self.store.quotes_matching(match, chosen, 20)
            rows = await presentable(newest_first(found))
        if not rows:
            # Nothing quoted on the topic itself: an attributed quotation from the newest
            # source that has one.
            found = await self.store.quotes_in(chosen, 200)
            found.sort(key=lambda q: (q.entity_id is None, order.get(q.doc_id, len(order))))
            rows = await presentable(found) or [q for q in found if q.entity_id][:1]
        items = await self._quote_items(rows)
        return items[0] if items else None

    @_guard
    async def quotes(self, speaker: str, topic: str | None = None) -> QuotesResult | Problem:
        """A speaker's quotations (surname, full name or any alias), optionally on a topic."""
        cleaned = clean_input(speaker, "speaker")
        if isinstance(cleaned, Problem):
            return cleaned
        topic_clean = None
        if topic is not None and topic.strip():
            topic_clean = clean_input(topic, "topic")
            if isinstance(topic_clean, Problem):
                return topic_clean
        entities = await self._resolve_entities(cleaned, ["person", "organization"])
        if not entities:
            return QuotesResult(
                query=cleaned,
                speaker=None,
                topic=topic_clean,
                suggestions=await self._suggest(cleaned, kinds=["person", "organization"]),
            )
        entity = entities[0]
        others = [e.name for e in entities[1:5] if e.name != entity.name]
        match = match_query(content_words(topic_clean)) if topic_clean else None
        if topic_clean and not match:
            match = match_query(words(topic_clean))
        rows = await self.store.quotes_by([entity.id], match, LIST_CAP + 1)
        items = _arrange_quotes(await self._quote_items(rows[:LIST_CAP]))
        if not items and not topic_clean:
            # "Gorbachov" is a spelling a few speeches use, quoted in none: point to the
            # similar names that have quotations ("Mikhail Gorbachev").
            others = list(dict.fromkeys(others + await self._quoted_like(cleaned, entity.name)))
        return QuotesResult(
            query=cleaned,
            speaker=entity.name,
            topic=topic_clean,
            quotes=items,
            suggestions=others,
            truncated=len(rows) > LIST_CAP,
        )

    @_guard
    async def participants(self, topic: str | None = None) -> ParticipantsResult | Problem:
        """People with role, organisation and counts (documents, mentions, quotations)."""
        if topic is None or not str(topic).strip():
            rows = await self.store.people_in_documents(None, LIST_CAP + 1)
            return ParticipantsResult(
                topic=None,
                people=[_person_item(e) for e, *_ in rows[:LIST_CAP]],
                truncated=len(rows) > LIST_CAP,
            )
        cleaned = clean_input(topic, "topic")
        if isinstance(cleaned, Problem):
            return cleaned
        found = await self._topic(cleaned)
        doc_ids = sorted(found.hits, key=lambda d: -found.hits[d])[:TOPIC_DOCS]
        if not doc_ids:
            return ParticipantsResult(topic=cleaned, suggestions=await self._suggest(cleaned))
        weights = await self._relevance(doc_ids, found.hits)
        rows = await self.store.people_in_documents(doc_ids, LIST_CAP + 1, weights=weights)
        return ParticipantsResult(
            topic=cleaned,
            people=[
                PersonItem(e.name, e.role, e.organization, documents=n, mentions=m, quotes=q)
                for e, n, m, q in rows[:LIST_CAP]
            ],
            truncated=len(rows) > LIST_CAP,
        )

    async def _relevance(self, doc_ids: list[int], hits: dict[int, int]) -> dict[int, float]:
        """How much each of a topic's documents matters: its share of the topic's matching
        sentences, times recency (a speech ten years older than the newest counts half)."""
        docs = await self.store.documents(doc_ids)
        years = {d: _year(doc.date) for d, doc in docs.items()}
        newest = max((y for y in years.values() if y), default=0)
        best = max((hits.get(d, 0) for d in doc_ids), default=1) or 1
        weights = {}
        for doc_id in doc_ids:
            year = years.get(doc_id)
            recency = 1.0 / (1.0 + (newest - year) / 10.0) if year and newest else 0.5
            weights[doc_id] = (0.2 + hits.get(doc_id, 0) / best) * recency
        return weights

    @_guard
    async def who(self, name: str) -> ProfileResult | Problem:
        """One person's profile: role, organisation, aliases, documents and quotations."""
        cleaned = clean_input(name, "name")
        if isinstance(cleaned, Problem):
            return cleaned
        people = await self._resolve_entities(cleaned, ["person"])
        if not people:
            return ProfileResult(
                query=cleaned,
                found=False,
                suggestions=await self._suggest(cleaned, kinds=["person"]),
            )
        person = people[0]
        doc_ids = await self.store.entity_documents(person.id, LIST_CAP + 1)
        sources = await self._sources(doc_ids[:LIST_CAP])
        quotes = await self.store.quotes_by([person.id], None, LIST_CAP + 1)
        aliases = _name_aliases(person.name, await self.store.aliases_of(person.id))
        return ProfileResult(
            query=cleaned,
            found=True,
            person=_person_item(person),
            aliases=aliases,
            documents=[sources[d] for d in doc_ids[:LIST_CAP] if d in sources],
            quotes=_arrange_quotes(await self._quote_items(quotes[:LIST_CAP])),
            suggestions=[p.name for p in people[1:5]],
            truncated=len(doc_ids) > LIST_CAP or len(quotes) > LIST_CAP,
        )

    @_guard
    async def timeline(self, topic: str | None = None) -> TimelineResult | Problem:
        """Dated events in date order (the latest :data:`LIST_CAP` when there are more)."""
        cleaned = None
        doc_ids: list[int] | None = None
        if topic is not None and str(topic).strip():
            cleaned = clean_input(topic, "topic")
            if isinstance(cleaned, Problem):
                return cleaned
            found = await self._topic(cleaned)
            doc_ids = sorted(found.hits, key=lambda d: -found.hits[d])[:TOPIC_DOCS]
            if not doc_ids:
                return TimelineResult(topic=cleaned, suggestions=await self._suggest(cleaned))
            rows = await self.store.events(doc_ids, TOPIC_EVENTS)
            # A long speech that mentions Korea a few times dates many other things: from it,
            # keep the events told in a sentence about the topic. A document mostly about the
            # topic (a news story on a visit to Seoul) keeps all its events.
            docs = await self.store.documents({r[0] for r in rows})
            central = {
                d
                for d, doc in docs.items()
                if found.hits.get(d, 0) >= CENTRAL_SHARE * max(doc.n_sentences, 1)
            }
            on_topic = {split_rowid(r) for rowids in found.sentences.values() for r in rowids}
            relevant = [r for r in rows if r[0] in central or (r[0], r[3]) in on_topic]
            rows = _readable_events(relevant or rows)[: LIST_CAP + 1]
        else:
            # Read twice the list: some are dropped as unreadable fragments.
            rows = _readable_events(await self.store.events(None, 2 * LIST_CAP + 1))
            rows = rows[: LIST_CAP + 1]
        sources = await self._sources([r[0] for r in rows])
        events = [
            EventItem(date=date, text=text, source=sources[doc_id])
            for doc_id, date, text, _ in reversed(rows[:LIST_CAP])
            if doc_id in sources
        ]
        return TimelineResult(topic=cleaned, events=events, truncated=len(rows) > LIST_CAP)

    async def sources(self) -> SourcesResult:
        """Every document loaded, newest first, with its counts."""
        try:
            docs = await self.store.documents()
        except sqlite3.Error:
            log.exception("database error in sources")
            return SourcesResult()
        return SourcesResult(
            documents=[
                DocumentItem(
                    source=self._source(doc),
                    sentences=doc.n_sentences,
                    people=doc.n_people,
                    quotes=doc.n_quotes,
                    events=doc.n_events,
                )
                for doc in docs.values()
            ]
        )

    @_guard
    async def search(self, text: str) -> SearchResult | Problem:
        """Passages matching all the words of ``text``, best first, with highlights."""
        cleaned = clean_input(text, "search")
        if isinstance(cleaned, Problem):
            return cleaned
        tokens = content_words(cleaned) or words(cleaned)
        match = match_query(tokens)
        hits = (
            await self.store.match_sentences(match, LIST_CAP + 1, scope=SEARCH_SCOPE)
            if match
            else []
        )
        if not hits:
            return SearchResult(query=cleaned, suggestions=await self._suggest(cleaned))
        texts = await self.store.sentence_texts(r for r, _ in hits[:LIST_CAP])
        sources = await self._sources([split_rowid(r)[0] for r, _ in hits[:LIST_CAP]])
        passages = []
        for rowid, _ in hits[:LIST_CAP]:
            passage = texts.get(rowid)
            source = sources.get(split_rowid(rowid)[0])
            if passage is None or source is None:
                continue
            passages.append(Passage(passage, highlight_spans(passage, tokens), source))
        return SearchResult(query=cleaned, passages=passages, truncated=len(hits) > LIST_CAP)

    def help(self) -> HelpResult:
        return HelpResult(commands=list(HELP))

    async def complete_topics(self, prefix: str, limit: int = 25) -> list[str]:
        """Known topics (people, organisations, places) starting with the typed words."""
        return await self._complete(prefix, limit, ALL_KINDS)

    async def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Known speakers (people first, then organisations) matching the typed words."""
        return await self._complete(prefix, limit, ("person", "organization"))

    async def _complete(self, prefix: str, limit: int, kinds: Sequence[str]) -> list[str]:
        try:
            limit = max(1, min(int(limit), 25))
            text = prefix[:MAX_INPUT] if isinstance(prefix, str) else ""
            vocabulary = await self._names()
            by_quotes = "person" in kinds and "place" not in kinds
            names = vocabulary.complete(text, kinds, limit, by_quotes=by_quotes)
            if len(names) < min(limit, 5) and len(fold(text)) >= 3:
                # Rare names beyond the in-memory vocabulary: ask the names index.
                match = prefix_query(text)
                if match:
                    more = await self.store.complete_names(match, kinds, limit)
                    names.extend(n for n in more if n not in names)
        except (sqlite3.Error, ValueError, TypeError):
            log.exception("autocomplete failed")
            return []
        return [n[:100] for n in names][:limit]


@dataclass(slots=True)
class _Entry:
    name: str
    kind: str
    docs: int
    quotes: int
    folded: str
    joined: str  # " word1 word2…": a typed word starts a name's word iff " typed" is in it


class _Vocabulary:
    """Known names with their folded forms, ranked by documents (and by quotations)."""

    def __init__(self, generation: int, rows: list[tuple[str, str, int, int]]) -> None:
        self.generation = generation
        self.entries = [
            _Entry(name, kind, docs, quotes, fold(name), " " + " ".join(words(name)))
            for name, kind, docs, quotes in rows
        ]
        self.by_quotes = sorted(self.entries, key=lambda e: (-e.quotes, -e.docs))

    def complete(
        self, text: str, kinds: Sequence[str], limit: int, *, by_quotes: bool = False
    ) -> list[str]:
        """Names starting with ``text`` first, then names with words starting with each typed
        word (the last one as a prefix): "kor" -> "Korea", "Republic of Korea"."""
        entries = self.by_quotes if by_quotes else self.entries
        start = fold(text).strip()
        typed = words(text)
        first: list[str] = []
        second: list[str] = []
        for entry in entries:
            if entry.kind not in kinds:
                continue
            if not start or entry.folded.startswith(start):
                first.append(entry.name)
            elif len(second) < limit and typed and all(f" {t}" in entry.joined for t in typed):
                second.append(entry.name)
            if len(first) >= limit:
                break
        return list(dict.fromkeys(first + second))[:limit]


@dataclass(slots=True)
class _Topic:
    person: EntityRow | None
    match: str | None
    tokens: list[str]
    hits: dict[int, int]  # doc id -> matching sentences
    sentences: dict[int, list[int]]  # doc id -> rowids of its matching sentences
    corrected: str | None = None  # the known name a misspelt topic was read as


def _sentence_score(text: str, tokens: list[str]) -> float:
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


def _newest(doc: DocRow) -> tuple[bool, str]:
    """Sort key putting the newest dated document first and undated ones last."""
    return (doc.date is None, "".join(chr(0x10FFFF - ord(c)) for c in doc.date or ""))


_NUMBERING = re.compile(r"^\d{1,3}\.\s+(?=[A-Z“\"])")  # "72. Right after…" (numbered paragraphs)
_OPENERS = "\"“‘'(["


def _readable(text: str) -> bool:
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


def _stands_alone(text: str) -> bool:
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


FRAGMENT_WORDS = 3  # a quotation of fewer words is a scare quote ("lump"), shown last


def _arrange_quotes(items: list[QuoteItem]) -> list[QuoteItem]:
    """One entry per quoted passage, substantial quotations first.

    A quotation split by its attribution ("What we owe…," Mr. Obama said, "and to say…") comes
    back as two items with the same context: they are joined with an ellipsis in reading order.
    Scare quotes of one or two words ("lump", "manufactured") say little on their own and go
    after the real quotations (the order is otherwise kept)."""
    merged: list[QuoteItem] = []
    for item in items:
        host = next(
            (
                i
                for i, other in enumerate(merged)
                if other.source.doc_id == item.source.doc_id
                and other.context
                and item.context
                and (item.context in other.context or other.context in item.context)
                and item.text in (context := max(other.context, item.context, key=len))
                and other.text.split(" … ")[0] in context
            ),
            None,
        )
        if host is None:
            merged.append(item)
            continue
        other = merged[host]
        context = max(other.context, item.context, key=len)
        parts = [*other.text.split(" … "), item.text]
        if item.text in parts[:-1]:
            continue  # the same words twice
        parts.sort(key=lambda part: context.find(part))
        merged[host] = QuoteItem(
            text=" … ".join(parts),
            speaker=other.speaker,
            context=context,
            source=other.source,
            cue=other.cue,
        )
    return sorted(_distinct_quotes(merged), key=lambda q: len(q.text.split()) < FRAGMENT_WORDS)


def _distinct_quotes(items: list[QuoteItem]) -> list[QuoteItem]:
    """Each quotation once: two outlets quoting the same words ("The unfairness of the tax
    laws is unbelievable") or one quoting a longer stretch of them give one entry, the longer
    wording, at the place of the first (newest)."""
    kept: list[QuoteItem] = []
    keys: list[str] = []
    for item in items:
        # Words without a plural "s" ("the law" / "the laws"), padded to match whole words.
        key = " " + " ".join(w.rstrip("s") for w in words(item.text)) + " "
        for i, other in enumerate(keys):
            if key in other:
                break
            if other in key:
                kept[i], keys[i] = item, key
                break
        else:
            kept.append(item)
            keys.append(key)
    return kept


def _quote_key(text: str) -> str:
    """A quotation's words reduced for containment tests (case, accents, punctuation)."""
    return " ".join(words(text))[:80]


def _presentable(rows: Sequence[QuoteRow]) -> list[QuoteRow]:
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


def _name_aliases(name: str, aliases: Sequence[str]) -> list[str]:
    """The other names a person goes by ("Annan", "Secretary-General Annan", "Kofi"), without
    the bare descriptions the extractor also recorded ("the President", "the head of our")."""
    own = set(words(name))
    out = []
    for alias in aliases:
        if alias == name or alias[:1].islower():
            continue
        if own & set(words(alias)):
            out.append(alias)
    return out


_ORPHAN_TIME = re.compile(r"^(?:night|morning|evening|afternoon)\s*,\s*(?=\w)", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+,.*\(\w+\)$")  # "HEMPSTEAD, N.Y., Sept. 26 (UPI)"


def _readable_events(rows: list) -> list:
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


def _role_word(role: str | None) -> str | None:
    """A role's head word, folded: "President" -> "president" (not "presidential nominee")."""
    found = words(role) if role else []
    return found[0] if found else None


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _person_item(entity: EntityRow) -> PersonItem:
    return PersonItem(
        name=entity.name,
        role=entity.role,
        organization=entity.organization,
        documents=entity.docs,
        mentions=entity.mentions,
        quotes=entity.quotes,
    )


def _display_path(path: str) -> str:
    """The path relative to the working folder when it lies inside it (shorter to show)."""
    try:
        here = os.getcwd() + os.sep
    except OSError:
        return path
    return path[len(here) :] if path.startswith(here) else path
