"""What a user's topic or name refers to, and what to suggest when it refers to nothing.

Topic resolution is shared by /brief, /participants and /timeline, and name resolution by /quote
and /who; both correct typos against the in-memory :class:`Vocabulary`, which this class owns so
that it is loaded once per store generation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.answers.vocabulary import VOCABULARY, Vocabulary
from bot.digest.lexicon import ROLE_HEADS
from bot.store.store import EntityRow, Store, split_rowid
from bot.store.textsearch import content_words, fold, match_query, name_key, words

TYPO_SCORE = 85  # similarity (0-100) above which an unknown topic is taken as a known name
TOPIC_DOC_HITS = 20000  # matching sentences read to find a topic's documents
TOPIC_DOCS = 1000  # documents /participants and /timeline consider for a topic (most hits first)
ALL_KINDS = ("person", "organization", "place")


class Topics:
    """Resolves topics and names over a :class:`Store`, with the names vocabulary cached."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._vocabulary: Vocabulary | None = None

    async def names(self) -> Vocabulary:
        """The most documented names, in memory: autocomplete must answer in a few ms."""
        generation = await self.store.generation()
        if self._vocabulary is None or self._vocabulary.generation != generation:
            rows = await self.store.all_names(VOCABULARY)
            self._vocabulary = Vocabulary(generation, rows)
        return self._vocabulary

    async def suggest(self, text: str, *, kinds: Sequence[str] = ALL_KINDS) -> list[str]:
        """The known names closest to ``text`` (typos, partial names), best first."""
        vocabulary = await self.names()
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

    async def closest_name(self, text: str, kinds: Sequence[str]) -> str | None:
        """The known name ``text`` misspells ("hilary clintn" -> "Hillary Clinton"), if one is
        clearly closest; whole-string similarity, so a partial name is not a typo."""
        vocabulary = await self.names()
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

    async def quoted_like(self, text: str, exclude: str) -> list[str]:
        """Known speakers with quotations whose names are close to ``text``."""
        vocabulary = await self.names()
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
        if any(role_word(e.role) == tokens[0] for e in found):
            return found
        match = match_query(tokens[1:])
        others = await self.store.entities_matching(match, kinds, 10) if match else []
        titled = [e for e in others if role_word(e.role) == tokens[0]]
        if not titled:
            return found
        return titled + [e for e in found if e.id not in {t.id for t in titled}]

    async def resolve_entities(self, text: str, kinds: Sequence[str]) -> list[EntityRow]:
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
        corrected = await self.closest_name(text, kinds)
        if corrected is None:
            return []
        return await self.store.entities_by_alias(name_key(corrected), kinds)

    async def topic(self, topic: str, *, correct: bool = True) -> Topic:
        """What a topic names: a person (by any name), the MATCH expression, hits per document.

        A topic found nowhere that is a typo of a known name ("hilary clintn") is read as that
        name (``Topic.corrected``) before single words are tried: "hilary" alone would find
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
            corrected = await self.closest_name(topic, ALL_KINDS)
            if corrected is not None:
                found = await self.topic(corrected, correct=False)
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
        return Topic(person, match, tokens, hits, sentences)

    async def documents(self, topic: str) -> list[int]:
        """Documents about ``topic``, those with the most matching sentences first."""
        return (await self.topic(topic)).ranked_documents()

    async def relevance(self, doc_ids: list[int], hits: dict[int, int]) -> dict[int, float]:
        """How much each of a topic's documents matters: its share of the topic's matching
        sentences, times recency (a speech ten years older than the newest counts half)."""
        docs = await self.store.documents(doc_ids)
        years = {d: year_of(doc.date) for d, doc in docs.items()}
        newest = max((y for y in years.values() if y), default=0)
        best = max((hits.get(d, 0) for d in doc_ids), default=1) or 1
        weights = {}
        for doc_id in doc_ids:
            year = years.get(doc_id)
            recency = 1.0 / (1.0 + (newest - year) / 10.0) if year and newest else 0.5
            weights[doc_id] = (0.2 + hits.get(doc_id, 0) / best) * recency
        return weights


@dataclass(slots=True)
class Topic:
    person: EntityRow | None
    match: str | None
    tokens: list[str]
    hits: dict[int, int]  # doc id -> matching sentences
    sentences: dict[int, list[int]]  # doc id -> rowids of its matching sentences
    corrected: str | None = None  # the known name a misspelt topic was read as

    def ranked_documents(self) -> list[int]:
        """The topic's documents, those with the most matching sentences first (at most
        :data:`TOPIC_DOCS`)."""
        return sorted(self.hits, key=lambda d: -self.hits[d])[:TOPIC_DOCS]


def role_word(role: str | None) -> str | None:
    """A role's head word, folded: "President" -> "president" (not "presidential nominee")."""
    found = words(role) if role else []
    return found[0] if found else None


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None
