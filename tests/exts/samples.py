"""Hand-built answers results in the style of real news, and a stand-in answers API.

The text is written for these tests (wire-service style); some of it is hostile on purpose
(mentions, markdown, control characters) because documents are not trusted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

PORT = SourceRef(
    1, "Harbour authority reopens northern port after storm damage", "2024-02-12", "news/port.txt"
)
TALKS = SourceRef(2, "Fishing quota talks stall over Baltic cod", "2024-03-04", "news/talks.md")
HOSTILE = SourceRef(
    3,
    "Council minutes @everyone <@&998877665544332211> **urgent**",
    "2024-03-09",
    "news/minutes.txt",
)

MERTENS = PersonItem("Ilse Mertens", "harbour master", "Port of Eastmouth", 2, 7, 3)
OKAFOR = PersonItem("Daniel Okafor", "fisheries minister", None, 1, 4, 2)
RAHMAN = PersonItem("Salma Rahman", None, "Baltic Fishers' Association", 1, 2, 1)

Q1 = QuoteItem(
    "We expect the first container ships back at berth three by Thursday",
    "Ilse Mertens",
    "“We expect the first container ships back at berth three by Thursday,” harbour master Ilse "
    "Mertens told reporters on the quay, adding that divers had cleared most of the debris.",
    PORT,
    "told",
)
Q2 = QuoteItem(
    "Nobody leaves this room with a deal that empties the sea",
    "Daniel Okafor",
    "Fisheries minister Daniel Okafor said late on Monday: “Nobody leaves this room with a deal "
    "that empties the sea.”",
    TALKS,
    "said",
)
Q_HOSTILE = QuoteItem(
    "Tell @everyone and <@123456789012345678> to check <#223456789012345678> __now__",
    "Ilse Mertens",
    "She wrote: “Tell @everyone and <@123456789012345678> to check <#223456789012345678> __now__”"
    " \x1b[31min red\x1b[0m.",
    HOSTILE,
    "wrote",
)


def many_quotes(n: int) -> list[QuoteItem]:
    return [
        QuoteItem(
            f"Berth {i} will reopen once the crane inspections are complete and the insurers have "
            f"signed off on the repairs to the quay wall, section {i}",
            "Ilse Mertens",
            f"Speaking on day {i} of the clean-up, Mertens said: “Berth {i} will reopen once the "
            f"crane inspections are complete and the insurers have signed off on the repairs to "
            f"the quay wall, section {i}.” " + "The storm surge reached 2.4 metres. " * 10,
            PORT,
            "said",
        )
        for i in range(1, n + 1)
    ]


BRIEF = BriefResult(
    topic="port",
    found=True,
    summary=[
        "The Port of Eastmouth reopened its northern basin on Monday, ten days after a storm "
        "surge tore two cranes from their rails.",
        "Harbour master Ilse Mertens said divers had cleared most of the debris from the channel.",
        "Insurers have yet to agree on the cost of repairs to the quay wall.",
    ],
    people=[MERTENS, OKAFOR],
    quote=Q1,
    sources=[PORT, TALKS],
)
NOT_FOUND = BriefResult(topic="volcano", found=False, suggestions=["port", "Port of Eastmouth"])


@dataclass
class FakeAnswers:
    """The answers API's shape (async methods, sync ``help``) with canned results."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    quotes_result: QuotesResult | None = None
    fail: bool = False

    async def brief(self, topic: str) -> BriefResult | Problem:
        self.calls.append(("brief", (topic,)))
        if self.fail:
            raise RuntimeError("database is locked")
        if not topic.strip():
            return Problem("Give a topic, e.g. /brief port.")
        if topic.lower() in {"port", "eastmouth"}:
            return BRIEF
        return BriefResult(topic=topic, found=False, suggestions=["port"])

    async def quotes(self, speaker: str, topic: str | None = None) -> QuotesResult | Problem:
        self.calls.append(("quotes", (speaker, topic)))
        if self.quotes_result is not None:
            return self.quotes_result
        if "mertens" in speaker.lower():
            return QuotesResult(speaker, "Ilse Mertens", topic, [Q1, Q_HOSTILE])
        return QuotesResult(speaker, None, topic, suggestions=["Ilse Mertens"])

    async def participants(self, topic: str | None = None) -> ParticipantsResult:
        self.calls.append(("participants", (topic,)))
        return ParticipantsResult(topic, [MERTENS, OKAFOR, RAHMAN])

    async def who(self, name: str) -> ProfileResult:
        self.calls.append(("who", (name,)))
        if "okafor" in name.lower():
            return ProfileResult(
                name, True, OKAFOR, ["Daniel Okafor", "Okafor", "the minister"], [TALKS], [Q2]
            )
        return ProfileResult(name, False, suggestions=["Daniel Okafor"])

    async def timeline(self, topic: str | None = None) -> TimelineResult:
        self.calls.append(("timeline", (topic,)))
        return TimelineResult(
            topic,
            [
                EventItem("2024-02-02", "A storm surge tore two cranes from their rails", PORT),
                EventItem("2024-02-12", "The northern basin reopened to container traffic", PORT),
                EventItem(
                    "2024-03-04", "Quota talks on Baltic cod broke up without agreement", TALKS
                ),
            ],
        )

    async def sources(self) -> SourcesResult:
        self.calls.append(("sources", ()))
        return SourcesResult([DocumentItem(PORT, 14, 3, 4, 2), DocumentItem(TALKS, 9, 2, 2, 1)])

    async def search(self, text: str) -> SearchResult:
        self.calls.append(("search", (text,)))
        passage = "Divers had cleared most of the debris from the channel by Sunday."
        start = passage.index("debris")
        return SearchResult(text, [Passage(passage, ((start, start + 6),), PORT)])

    def help(self) -> HelpResult:
        return HelpResult(
            [
                ("/brief topic:", "a short summary of what the documents say about a topic"),
                ("/quote speaker: [topic:]", "what a person said, with context and source"),
                ("/help", "this list"),
            ]
        )

    async def complete_topics(self, prefix: str, limit: int = 25) -> list[str]:
        names = ["port", "Port of Eastmouth", "Baltic cod", "quota talks"]
        names += [f"topic {i} " + "x" * 150 for i in range(40)]  # too many, too long
        return [n for n in names if n.lower().startswith(prefix.lower())][:limit]

    async def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        names = ["Ilse Mertens", "Daniel Okafor", "Salma Rahman"]
        return [n for n in names if prefix.lower() in n.lower()][:limit]
