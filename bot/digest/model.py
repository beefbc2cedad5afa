"""The digest's data model: plain, immutable-by-convention dataclasses.

Everything downstream (store, answers, renderers) consumes these, so they hold offsets into the
(normalised) document text as well as the text itself: offsets give citations, text gives answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Paragraph:
    """A run of text between blank lines (or single newlines in one-sentence-per-line files)."""

    index: int
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """One sentence; ``start``/``end`` are offsets into the digest's normalised text."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass(slots=True)
class Mention:
    """One place where an entity is named or referred to; ``name`` is its canonical name."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "organization"


@dataclass(slots=True)
class Person:
    """A person named in the document, merged over all the forms the text uses."""

    name: str
    role: str | None = None
    organization: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    gender: str | None = None  # "m", "f" or None: only for resolving "he"/"she"


@dataclass(slots=True)
class Entities:
    """What the people/organisation/place extractors found, with every mention's offsets."""

    people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start


@dataclass(slots=True)
class Quote:
    """A direct quotation: the words (without quotation marks) and who said them."""

    text: str
    speaker: str | None
    start: int  # offset of the first quoted character (after the opening mark)
    end: int
    sentence: int  # index of the sentence the quotation starts in
    cue: str | None = None  # the reporting verb, e.g. "said", "stressed"


@dataclass(slots=True)
class Event:
    """Something the document says happened (or will happen) on a given day."""

    date: str  # YYYY-MM-DD
    text: str
    sentence: int


@dataclass(slots=True)
class Digest:
    """The structured digest of one document."""

    source: str
    title: str | None
    date: str | None
    text: str  # the normalised text that every offset refers to
    # "day" when the text or file name gives the day; "year" when only the year is known (UN
    # speeches: ``date`` is then 1 September of that year, and renderers should show the year).
    date_precision: str = "day"
    summary: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict:
        """The public JSON shape of ``python -m bot digest --json`` (a contract: do not change)."""
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "summary": self.summary,
            "participants": [
                {
                    "name": p.name,
                    "role": p.role,
                    "organization": p.organization,
                    "aliases": list(p.aliases),
                    "mentions": p.mentions,
                }
                for p in self.people
            ],
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in self.quotes],
            "organizations": list(self.organizations),
            "places": list(self.places),
            "events": [{"date": e.date, "text": e.text} for e in self.events],
        }
