"""The answers layer's facade: user text in, plain result objects out (no Discord, no terminal).

Every public method validates its input itself and turns any database trouble into a
:class:`Problem`, so renderers never see an exception. Lists are ranked and capped at
:data:`LIST_CAP` items with ``truncated`` set when more matched, so renderers can paginate.

The commands are composed here from small modules, one concern each: :mod:`.inputs` (cleaning
user text, database guard), :mod:`.topics` (topic and name resolution, suggestions),
:mod:`.vocabulary` (names in memory for autocomplete), :mod:`.brief` (a brief's sentences and
quotation), :mod:`.quotations` (merging quotations), :mod:`.events` (readable timeline events),
:mod:`.people` (people as shown) and :mod:`.sources` (citations).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from bot.answers.brief import (
    BRIEF_DOCS,
    compose,
    newest_key,
    presentable_quotes,
)
from bot.answers.events import CENTRAL_SHARE, TOPIC_EVENTS, readable_events
from bot.answers.inputs import MAX_INPUT, clean_input, guard
from bot.answers.people import name_aliases, person_item
from bot.answers.quotations import arrange_quotes
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
from bot.answers.sources import display_path
from bot.answers.topics import ALL_KINDS, Topics
from bot.store.store import DocRow, EntityRow, QuoteRow, Store, split_rowid
from bot.store.textsearch import (
    content_words,
    fold,
    highlight_spans,
    match_query,
    prefix_query,
    words,
)

__all__ = ["LIST_CAP", "Answers", "clean_input"]

log = logging.getLogger(__name__)

LIST_CAP = 100  # items in any list answer
SEARCH_SCOPE = 5000  # matching sentences ranked by /search (the most recent ones)

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


class Answers:
    """The bot's answers over a :class:`Store`; shared by the Discord cogs and the console."""

    def __init__(self, store: Store) -> None:
        self.topics = Topics(store)

    @property
    def store(self) -> Store:
        """The store answered from; one reference, shared with :attr:`topics`."""
        return self.topics.store

    @store.setter
    def store(self, store: Store) -> None:
        self.topics.store = store

    # -- helpers ---------------------------------------------------------------------------------

    def _source(self, doc: DocRow) -> SourceRef:
        return SourceRef(
            doc_id=doc.id,
            title=doc.title,
            date=doc.date,
            path=display_path(doc.path),
            date_precision=doc.date_precision,
        )

    async def _sources(self, doc_ids: Sequence[int]) -> dict[int, SourceRef]:
        docs = await self.store.documents(doc_ids)
        return {doc_id: self._source(doc) for doc_id, doc in docs.items()}

    async def warm(self) -> None:
        """Load what the first autocomplete needs, so that it is fast too (called at start)."""
        try:
            await self.topics.names()
        except sqlite3.Error:
            log.exception("could not load the names for autocomplete")

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

    # -- commands --------------------------------------------------------------------------------

    @guard
    async def brief(self, topic: str) -> BriefResult | Problem:
        """At most ~5 non-repeating sentences (< 900 chars) on ``topic`` from the documents that
        matter most, newest first, with the people involved, one quotation and the sources."""
        cleaned = clean_input(topic, "topic")
        if isinstance(cleaned, Problem):
            return cleaned
        found = await self.topics.topic(cleaned)
        if not found.hits:
            return BriefResult(
                topic=cleaned, found=False, suggestions=await self.topics.suggest(cleaned)
            )
        # The documents that matter: those with the most matching sentences (at least a
        # quarter of the best one's), then shown newest first.
        hits = found.hits
        ranked = sorted(hits, key=lambda d: -hits[d])[: BRIEF_DOCS * 3]
        docs = await self.store.documents(ranked)
        ranked = sorted(
            (d for d in ranked if d in docs), key=lambda d: (-hits[d], newest_key(docs[d]))
        )
        best = hits[ranked[0]] if ranked else 0
        chosen = [d for d in ranked[:BRIEF_DOCS] if hits[d] * 4 >= best] or ranked[:1]
        chosen.sort(key=lambda d: newest_key(docs[d]))
        quote = await self._brief_quote(chosen, found.match, found.tokens, found.person)
        summary = await compose(self.store, chosen, found, docs, quote.text if quote else None)

        people = [
            PersonItem(e.name, e.role, e.organization, documents=n, mentions=m, quotes=q)
            for e, n, m, q in await self.store.people_in_documents(chosen, 10)
        ]
        if found.person is not None:
            people = [p for p in people if p.name != found.person.name]
            people.insert(0, person_item(found.person))
        return BriefResult(
            topic=found.corrected or cleaned,
            found=True,
            summary=summary,
            people=people[:10],
            quote=quote,
            sources=[self._source(docs[d]) for d in chosen],
        )

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
            good = presentable_quotes(found)
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

    @guard
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
        entities = await self.topics.resolve_entities(cleaned, ["person", "organization"])
        if not entities:
            return QuotesResult(
                query=cleaned,
                speaker=None,
                topic=topic_clean,
                suggestions=await self.topics.suggest(cleaned, kinds=["person", "organization"]),
            )
        entity = entities[0]
        others = [e.name for e in entities[1:5] if e.name != entity.name]
        match = match_query(content_words(topic_clean)) if topic_clean else None
        if topic_clean and not match:
            match = match_query(words(topic_clean))
        rows = await self.store.quotes_by([entity.id], match, LIST_CAP + 1)
        items = arrange_quotes(await self._quote_items(rows[:LIST_CAP]))
        if not items and not topic_clean:
            # "Gorbachov" is a spelling a few speeches use, quoted in none: point to the
            # similar names that have quotations ("Mikhail Gorbachev").
            others = list(
                dict.fromkeys(others + await self.topics.quoted_like(cleaned, entity.name))
            )
        return QuotesResult(
            query=cleaned,
            speaker=entity.name,
            topic=topic_clean,
            quotes=items,
            suggestions=others,
            truncated=len(rows) > LIST_CAP,
        )

    @guard
    async def participants(self, topic: str | None = None) -> ParticipantsResult | Problem:
        """People with role, organisation and counts (documents, mentions, quotations)."""
        if topic is None or not str(topic).strip():
            rows = await self.store.people_in_documents(None, LIST_CAP + 1)
            return ParticipantsResult(
                topic=None,
                people=[person_item(e) for e, *_ in rows[:LIST_CAP]],
                truncated=len(rows) > LIST_CAP,
            )
        cleaned = clean_input(topic, "topic")
        if isinstance(cleaned, Problem):
            return cleaned
        found = await self.topics.topic(cleaned)
        doc_ids = found.ranked_documents()
        if not doc_ids:
            return ParticipantsResult(topic=cleaned, suggestions=await self.topics.suggest(cleaned))
        weights = await self.topics.relevance(doc_ids, found.hits)
        rows = await self.store.people_in_documents(doc_ids, LIST_CAP + 1, weights=weights)
        return ParticipantsResult(
            topic=cleaned,
            people=[
                PersonItem(e.name, e.role, e.organization, documents=n, mentions=m, quotes=q)
                for e, n, m, q in rows[:LIST_CAP]
            ],
            truncated=len(rows) > LIST_CAP,
        )

    @guard
    async def who(self, name: str) -> ProfileResult | Problem:
        """One person's profile: role, organisation, aliases, documents and quotations."""
        cleaned = clean_input(name, "name")
        if isinstance(cleaned, Problem):
            return cleaned
        people = await self.topics.resolve_entities(cleaned, ["person"])
        if not people:
            return ProfileResult(
                query=cleaned,
                found=False,
                suggestions=await self.topics.suggest(cleaned, kinds=["person"]),
            )
        person = people[0]
        doc_ids = await self.store.entity_documents(person.id, LIST_CAP + 1)
        sources = await self._sources(doc_ids[:LIST_CAP])
        quotes = await self.store.quotes_by([person.id], None, LIST_CAP + 1)
        aliases = name_aliases(person.name, await self.store.aliases_of(person.id))
        return ProfileResult(
            query=cleaned,
            found=True,
            person=person_item(person),
            aliases=aliases,
            documents=[sources[d] for d in doc_ids[:LIST_CAP] if d in sources],
            quotes=arrange_quotes(await self._quote_items(quotes[:LIST_CAP])),
            suggestions=[p.name for p in people[1:5]],
            truncated=len(doc_ids) > LIST_CAP or len(quotes) > LIST_CAP,
        )

    @guard
    async def timeline(self, topic: str | None = None) -> TimelineResult | Problem:
        """Dated events in date order (the latest :data:`LIST_CAP` when there are more)."""
        cleaned = None
        doc_ids: list[int] | None = None
        if topic is not None and str(topic).strip():
            cleaned = clean_input(topic, "topic")
            if isinstance(cleaned, Problem):
                return cleaned
            found = await self.topics.topic(cleaned)
            doc_ids = found.ranked_documents()
            if not doc_ids:
                return TimelineResult(topic=cleaned, suggestions=await self.topics.suggest(cleaned))
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
            rows = readable_events(relevant or rows)[: LIST_CAP + 1]
        else:
            # Read twice the list: some are dropped as unreadable fragments.
            rows = readable_events(await self.store.events(None, 2 * LIST_CAP + 1))
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

    @guard
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
            return SearchResult(query=cleaned, suggestions=await self.topics.suggest(cleaned))
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
            vocabulary = await self.topics.names()
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
