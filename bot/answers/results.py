"""Plain result objects returned by the answers layer.

They know nothing of Discord or terminals: :mod:`bot.exts` renders them as embeds and
:mod:`bot.console` as text, so both show the same answers. Lists hold *everything* that matched
(already ranked); renderers paginate instead of cutting silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class SourceRef:
    """A document an answer draws on."""

    doc_id: int
    title: str
    date: str | None  # YYYY-MM-DD
    path: str  # the file it was ingested from (relative where possible)
    # "year" when only the year is known (``date`` is then YYYY-09-01): show "2021", not a day.
    date_precision: str = "day"


@dataclass(slots=True, frozen=True)
class QuoteItem:
    text: str  # the quoted words, without quotation marks
    speaker: str | None
    context: str  # the sentence(s) the quotation stands in
    source: SourceRef
    cue: str | None = None


@dataclass(slots=True, frozen=True)
class PersonItem:
    name: str
    role: str | None
    organization: str | None
    documents: int = 0  # how many documents mention them
    mentions: int = 0  # total mentions
    quotes: int = 0  # quotations attributed to them


@dataclass(slots=True, frozen=True)
class EventItem:
    date: str  # YYYY-MM-DD
    text: str
    source: SourceRef


@dataclass(slots=True, frozen=True)
class Passage:
    """A matching passage; ``highlights`` are (start, end) character ranges inside ``text``."""

    text: str
    highlights: tuple[tuple[int, int], ...]
    source: SourceRef


@dataclass(slots=True, frozen=True)
class DocumentItem:
    source: SourceRef
    sentences: int
    people: int
    quotes: int
    events: int


@dataclass(slots=True)
class Problem:
    """A polite refusal: the input was unusable (empty, too long, …). Nothing was changed."""

    message: str


@dataclass(slots=True)
class BriefResult:
    topic: str
    found: bool
    summary: list[str] = field(default_factory=list)  # sentences, at most ~5, < 900 chars in all
    people: list[PersonItem] = field(default_factory=list)
    quote: QuoteItem | None = None
    sources: list[SourceRef] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)  # closest known topics when not found


@dataclass(slots=True)
class QuotesResult:
    query: str  # what the user typed
    speaker: str | None  # the canonical name it resolved to, None when unknown
    topic: str | None
    quotes: list[QuoteItem] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class ParticipantsResult:
    topic: str | None
    people: list[PersonItem] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class ProfileResult:
    query: str
    found: bool
    person: PersonItem | None = None
    aliases: list[str] = field(default_factory=list)
    documents: list[SourceRef] = field(default_factory=list)
    quotes: list[QuoteItem] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class TimelineResult:
    topic: str | None
    events: list[EventItem] = field(default_factory=list)  # in date order
    suggestions: list[str] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class SourcesResult:
    documents: list[DocumentItem] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class SearchResult:
    query: str
    passages: list[Passage] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    truncated: bool = False  # True when more matched than the list holds (capped, ranked)


@dataclass(slots=True)
class HelpResult:
    commands: list[tuple[str, str]]  # (usage, description)


Result = (
    BriefResult
    | QuotesResult
    | ParticipantsResult
    | ProfileResult
    | TimelineResult
    | SourcesResult
    | SearchResult
    | HelpResult
    | Problem
)
