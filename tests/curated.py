"""Hand-made digests with known people, quotations and events (written for these tests).

They go through the store's real write path (:func:`bot.store.records.prepare_digest`), so the
answers tests exercise everything but the extractors, whose output changes as they improve.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from bot.digest import Digest, Event, Paragraph, Person, Quote, Sentence
from bot.store import Store
from bot.store.records import content_hash, prepare_digest


def person(
    name: str,
    role: str | None = None,
    org: str | None = None,
    aliases: Sequence[str] = (),
    *,
    mentions: int = 1,
) -> Person:
    """A person as the extractors would report them (the tests' one way to write one)."""
    return Person(name=name, role=role, organization=org, aliases=list(aliases), mentions=mentions)


def make_digest(
    source: str,
    title: str,
    date: str | None,
    sentences: list[str],
    *,
    people: list[Person] = (),  # type: ignore[assignment]
    quotes: list[tuple[str, str | None, int]] = (),  # type: ignore[assignment]
    events: list[tuple[str, int]] = (),  # type: ignore[assignment]
    organizations: list[str] = (),  # type: ignore[assignment]
    places: list[str] = (),  # type: ignore[assignment]
) -> Digest:
    """A digest whose text is the title and sentences, with offsets computed from them."""
    text = title + "\n"
    spans = []
    for sentence in sentences:
        start = len(text)
        text += sentence + " "
        spans.append((start, start + len(sentence)))
    objects = [
        Sentence(index=i, start=a, end=b, paragraph=0, text=sentences[i])
        for i, (a, b) in enumerate(spans)
    ]
    quote_objects = []
    for words, speaker, index in quotes:
        start = text.index(words, spans[index][0])
        quote_objects.append(
            Quote(text=words, speaker=speaker, start=start, end=start + len(words), sentence=index)
        )
    return Digest(
        source=source,
        title=title,
        date=date,
        text=text,
        summary=" ".join(sentences[:2]),
        paragraphs=[Paragraph(index=0, start=0, end=len(text))],
        sentences=objects,
        people=list(people),
        organizations=list(organizations),
        places=list(places),
        quotes=quote_objects,
        events=[Event(date=d, text=sentences[i], sentence=i) for d, i in events],
    )


def un_speech(country: str, session: int, year: int, sentences: list[str], **kwargs) -> Digest:
    """A UN General Debate speech as the store sees one: titled by country and session, dated
    by its year only (``date_precision`` "year"); ``kwargs`` go to :func:`make_digest`."""
    digest = make_digest(
        f"un/{country[:3].upper()}_{session}_{year}.txt",
        f"{country}, UN General Debate, {session}th session ({year})",
        f"{year}-09-01",
        sentences,
        **kwargs,
    )
    digest.date_precision = "year"
    return digest


STOLTENBERG = person(
    "Jens Stoltenberg",
    "Secretary General",
    "NATO",
    ["Stoltenberg", "Mr. Stoltenberg", "the Secretary General"],
    mentions=4,
)


def curated_digests() -> list[Digest]:
    return [
        make_digest(
            "curated/nato_seoul.txt",
            "NATO chief visits Seoul",
            "2023-01-30",
            [
                "NATO Secretary General Jens Stoltenberg met President Yoon Suk Yeol in Seoul "
                "on Monday to discuss security in the Indo-Pacific.",
                "Mr. Stoltenberg said North Korea's repeated missile launches threatened the "
                "whole region and beyond.",
                "“What happens in Europe matters for Asia, and what happens in Asia matters "
                "for NATO,” Mr. Stoltenberg told students at a Seoul institute.",
                "President Yoon thanked the Secretary General for the Alliance's support for "
                "the Republic of Korea.",
                "The two leaders also laid a wreath at the national cemetery on Sunday.",
            ],
            people=[
                STOLTENBERG,
                person(
                    "Yoon Suk Yeol",
                    "President",
                    "Republic of Korea",
                    ["President Yoon", "Yoon"],
                    mentions=2,
                ),
            ],
            quotes=[
                (
                    "What happens in Europe matters for Asia, and what happens in Asia matters "
                    "for NATO,",
                    "Jens Stoltenberg",
                    2,
                )
            ],
            events=[("2023-01-30", 0), ("2023-01-29", 4)],
            organizations=["NATO"],
            places=["Seoul", "Republic of Korea", "North Korea"],
        ),
        make_digest(
            "curated/korea_launch.txt",
            "North Korea fires missile during allied drills",
            "2023-04-02",
            [
                "North Korea fired a short-range ballistic missile into the sea on Sunday, "
                "South Korea's military said.",
                "Japan's defence minister, Hiroshi Nakagawa, called the launch a clear "
                "violation of Security Council resolutions.",
                "“We will not accept these repeated provocations,” Mr. Nakagawa said in Tokyo.",
                "Kim Soo-ah, a researcher at the Asan Institute, said the launch was a "
                "message aimed at the joint drills.",
                "“Pyongyang wants to answer every exercise with a launch of its own,” "
                "Ms. Kim said.",
                "North Korea fired a short-range ballistic missile into the sea on Sunday, "
                "the South Korean military said.",
            ],
            people=[
                person(
                    "Hiroshi Nakagawa",
                    "defence minister",
                    "Japan",
                    ["Nakagawa", "Mr. Nakagawa"],
                    mentions=2,
                ),
                person("Kim Soo-ah", "researcher", "Asan Institute", ["Ms. Kim"], mentions=2),
            ],
            quotes=[
                ("We will not accept these repeated provocations,", "Hiroshi Nakagawa", 2),
                (
                    "Pyongyang wants to answer every exercise with a launch of its own,",
                    "Kim Soo-ah",
                    4,
                ),
            ],
            events=[("2023-04-02", 0)],
            places=["North Korea", "South Korea", "Japan", "Tokyo"],
        ),
        make_digest(
            "curated/fisheries.txt",
            "Pacific ministers sign fisheries pact",
            "2023-03-14",
            [
                "Fisheries ministers from six Pacific nations signed an agreement on Tuesday "
                "to share patrol data against illegal fishing.",
                "“Illegal fishing steals from the communities that depend on the ocean,” "
                "said Rachel Tamaki, New Zealand's fisheries minister.",
                "Fiji's fisheries minister, Joeli Vakarau, said the deal was a turning point "
                "for island fishermen.",
                "“Today that changes,” Mr. Vakarau said.",
            ],
            people=[
                person(
                    "Rachel Tamaki",
                    "fisheries minister",
                    "New Zealand",
                    ["Ms. Tamaki", "Tamaki"],
                    mentions=2,
                ),
                person("Joeli Vakarau", "fisheries minister", "Fiji", ["Mr. Vakarau"], mentions=2),
            ],
            quotes=[
                (
                    "Illegal fishing steals from the communities that depend on the ocean,",
                    "Rachel Tamaki",
                    1,
                ),
                ("Today that changes,", "Joeli Vakarau", 3),
            ],
            events=[("2023-03-14", 0)],
            places=["Fiji", "New Zealand"],
        ),
        make_digest(
            "curated/nato_climate.txt",
            "NATO adopts climate security plan",
            "2021-06-14",
            [
                "NATO leaders meeting in Brussels on Monday adopted a plan to cut the "
                "military's own emissions.",
                "“Climate change makes the world more dangerous,” Jens Stoltenberg said at "
                "the end of the summit.",
                "Mr. Stoltenberg added that the Alliance would measure the emissions of its "
                "armed forces for the first time.",
            ],
            people=[STOLTENBERG],
            quotes=[("Climate change makes the world more dangerous,", "Jens Stoltenberg", 1)],
            events=[("2021-06-14", 0)],
            organizations=["NATO"],
            places=["Brussels"],
        ),
        make_digest(
            "curated/timor.txt",
            "Timor-Leste president calls for ocean treaty",
            "2022-09-21",
            [
                "José Ramos-Horta, the President of Timor-Leste, urged the General Assembly "
                "to finish an ocean treaty within a year.",
                "“The sea is rising faster than our negotiations,” Mr. Ramos-Horta said.",
            ],
            people=[
                person(
                    "José Ramos-Horta",
                    "President",
                    "Timor-Leste",
                    ["Ramos-Horta", "Mr. Ramos-Horta"],
                    mentions=2,
                )
            ],
            quotes=[("The sea is rising faster than our negotiations,", "José Ramos-Horta", 1)],
            events=[("2022-09-21", 0)],
            places=["Timor-Leste"],
        ),
    ]


async def add_curated(store: Store, digests: list[Digest] | None = None) -> None:
    """Write digests straight into ``store`` (one batch) and refresh its statistics."""
    prepared = [
        prepare_digest(d, d.source, content_hash(d.text.encode()), len(d.text), 0)
        for d in digests or curated_digests()
    ]
    await store.write_batch(prepared, digest_version=1)
    await store.refresh_stats()


@asynccontextmanager
async def store_with(path: Path, digests: list[Digest]) -> AsyncIterator[Store]:
    """A new store at ``path`` holding ``digests`` only, closed on leaving (for fixtures)."""
    store = await Store.open(path)
    try:
        await add_curated(store, digests)
        yield store
    finally:
        await store.close()
