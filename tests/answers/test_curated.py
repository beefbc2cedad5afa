"""The answers layer over hand-made digests: exact, extractor-independent behaviour."""

from __future__ import annotations

from bot.answers import Answers
from bot.answers.results import (
    BriefResult,
    HelpResult,
    ParticipantsResult,
    ProfileResult,
    QuotesResult,
    SearchResult,
    SourcesResult,
    TimelineResult,
)
from bot.store.textsearch import fold
from tests.curated import add_curated, make_digest, person


async def test_brief_korea_draws_on_every_korea_document_newest_first(curated_answers: Answers):
    result = await curated_answers.brief("korea")
    assert isinstance(result, BriefResult) and result.found
    assert [s.title for s in result.sources] == [
        "North Korea fires missile during allied drills",  # 2023-04-02
        "NATO chief visits Seoul",  # 2023-01-30
    ]
    assert 1 <= len(result.summary) <= 5
    assert sum(len(s) + 1 for s in result.summary) < 900
    assert all("kore" in fold(s) for s in result.summary)
    names = {p.name for p in result.people}
    assert {"Hiroshi Nakagawa", "Jens Stoltenberg"} <= names
    assert "Rachel Tamaki" not in names
    assert result.quote is not None and result.quote.source.title in {
        s.title for s in result.sources
    }


async def test_brief_never_repeats_a_near_duplicate_sentence(curated_answers: Answers):
    result = await curated_answers.brief("ballistic missile")
    assert isinstance(result, BriefResult) and result.found
    fired = [s for s in result.summary if s.startswith("North Korea fired")]
    assert len(fired) == 1, result.summary


async def test_brief_forgives_case_plurals_and_adjectives(curated_answers: Answers):
    base = await curated_answers.brief("korea")
    assert isinstance(base, BriefResult)
    for variant in ("KOREA", "Korean", "koreans"):
        other = await curated_answers.brief(variant)
        assert isinstance(other, BriefResult) and other.found, variant
        assert {s.doc_id for s in other.sources} == {s.doc_id for s in base.sources}, variant
    missiles = await curated_answers.brief("missiles")
    assert isinstance(missiles, BriefResult) and missiles.found
    assert any("missile" in s for s in missiles.summary)


async def test_brief_forgives_accents(curated_answers: Answers):
    for topic in ("Jose Ramos-Horta", "JOSÉ RAMOS HORTA", "ramos-horta"):
        result = await curated_answers.brief(topic)
        assert isinstance(result, BriefResult) and result.found, topic
        assert result.people[0].name == "José Ramos-Horta"


async def test_a_persons_name_is_a_topic(curated_answers: Answers):
    result = await curated_answers.brief("Jens Stoltenberg")
    assert isinstance(result, BriefResult) and result.found
    assert result.people[0].name == "Jens Stoltenberg"
    assert {s.title for s in result.sources} == {
        "NATO chief visits Seoul",
        "NATO adopts climate security plan",
    }
    assert result.quote is not None and result.quote.speaker == "Jens Stoltenberg"


async def test_unknown_topic_suggests_the_closest_known_ones(curated_answers: Answers):
    result = await curated_answers.brief("koreaa")
    assert isinstance(result, BriefResult)
    assert not result.found and not result.summary and not result.sources
    assert "North Korea" in result.suggestions


async def test_quotes_by_surname_full_name_alias_any_case(curated_answers: Answers):
    for query in ("stoltenberg", "Jens Stoltenberg", "MR. STOLTENBERG", "the Secretary General"):
        result = await curated_answers.quotes(query)
        assert isinstance(result, QuotesResult), query
        assert result.speaker == "Jens Stoltenberg", query
        assert [q.source.date for q in result.quotes] == ["2023-01-30", "2021-06-14"]
    quote = result.quotes[0]
    assert quote.text in quote.context
    assert quote.source.title == "NATO chief visits Seoul"


async def test_quotes_filtered_by_topic(curated_answers: Answers):
    result = await curated_answers.quotes("Stoltenberg", topic="climate")
    assert isinstance(result, QuotesResult)
    assert [q.text for q in result.quotes] == ["Climate change makes the world more dangerous,"]
    none = await curated_answers.quotes("Stoltenberg", topic="fisheries")
    assert isinstance(none, QuotesResult) and none.quotes == []


async def test_quotes_of_an_unknown_speaker_suggest_names(curated_answers: Answers):
    result = await curated_answers.quotes("Stoltenbreg")
    assert isinstance(result, QuotesResult)
    assert result.speaker is None and result.quotes == []
    assert "Jens Stoltenberg" in result.suggestions


async def test_participants_counts_documents_mentions_and_quotes(curated_answers: Answers):
    result = await curated_answers.participants()
    assert isinstance(result, ParticipantsResult)
    first = result.people[0]
    assert (first.name, first.documents, first.quotes) == ("Jens Stoltenberg", 2, 2)
    assert first.role == "Secretary General" and first.organization == "NATO"
    assert len(result.people) == 7


async def test_participants_of_a_topic(curated_answers: Answers):
    result = await curated_answers.participants("fisheries")
    assert isinstance(result, ParticipantsResult)
    assert {p.name for p in result.people} == {"Rachel Tamaki", "Joeli Vakarau"}
    unknown = await curated_answers.participants("zeppelins")
    assert isinstance(unknown, ParticipantsResult) and unknown.people == []


async def test_who_gives_a_profile(curated_answers: Answers):
    result = await curated_answers.who("stoltenberg")
    assert isinstance(result, ProfileResult) and result.found
    assert result.person is not None and result.person.role == "Secretary General"
    assert len(result.documents) == 2 and len(result.quotes) == 2
    assert "Stoltenberg" in result.aliases
    missing = await curated_answers.who("Angela Merkel")
    assert isinstance(missing, ProfileResult) and not missing.found


async def test_timeline_is_in_date_order_and_follows_the_topic(curated_answers: Answers):
    everything = await curated_answers.timeline()
    assert isinstance(everything, TimelineResult)
    dates = [e.date for e in everything.events]
    assert dates == sorted(dates) and len(dates) == 6
    korea = await curated_answers.timeline("korea")
    assert isinstance(korea, TimelineResult)
    assert [e.date for e in korea.events] == ["2023-01-29", "2023-01-30", "2023-04-02"]


async def test_sources_lists_every_document_newest_first(curated_answers: Answers):
    result = await curated_answers.sources()
    assert isinstance(result, SourcesResult)
    assert [d.source.date for d in result.documents] == [
        "2023-04-02", "2023-03-14", "2023-01-30", "2022-09-21", "2021-06-14",
    ]  # fmt: skip
    korea = result.documents[0]
    assert (korea.sentences, korea.people, korea.quotes, korea.events) == (6, 2, 2, 1)


async def test_search_highlights_the_matching_words(curated_answers: Answers):
    result = await curated_answers.search("ballistic missiles")
    assert isinstance(result, SearchResult) and result.passages
    for passage in result.passages:
        marked = {passage.text[a:b].lower() for a, b in passage.highlights}
        assert {"ballistic", "missile"} <= marked


async def test_autocomplete(curated_answers: Answers):
    topics = await curated_answers.complete_topics("kor")
    assert set(topics) == {"North Korea", "South Korea", "Republic of Korea"}
    assert await curated_answers.complete_speakers("STOL") == ["Jens Stoltenberg"]
    assert await curated_answers.complete_speakers("ramos h") == ["José Ramos-Horta"]
    assert len(await curated_answers.complete_topics("", limit=100)) <= 25
    assert await curated_answers.complete_topics("zzz") == []


def test_help_lists_every_command(curated_answers: Answers):
    result = curated_answers.help()
    assert isinstance(result, HelpResult)
    usages = " ".join(u for u, _ in result.commands)
    for command in ("/brief", "/quote", "/participants", "/who", "/timeline", "/sources"):
        assert command in usages


async def test_long_lists_are_capped_and_say_so(curated_store):
    many = [
        make_digest(
            f"bulk/{i}.txt",
            f"Briefing number {i}",
            f"2020-01-{1 + i % 28:02d}",
            [f"“Stage {i} of the harbour project is done,” spokesperson Ada Quill said."],
            quotes=[(f"Stage {i} of the harbour project is done,", "Ada Quill", 0)],
            people=[person("Ada Quill", "spokesperson")],
        )
        for i in range(105)
    ]
    await add_curated(curated_store, many)
    answers = Answers(curated_store)
    result = await answers.quotes("Ada Quill")
    assert isinstance(result, QuotesResult)
    assert len(result.quotes) == 100 and result.truncated
    search = await answers.search("harbour project")
    assert isinstance(search, SearchResult) and len(search.passages) == 100 and search.truncated


async def test_brief_quotes_someone_from_its_sources_even_off_topic(curated_store):
    newer = make_digest(
        "curated/patrols.txt",
        "Patrol data sharing begins",
        "2023-10-02",
        ["The first exchange of patrol data between the six Pacific fisheries agencies "
         "took place on Monday, officials confirmed."],
    )  # fmt: skip
    await add_curated(curated_store, [newer])
    result = await Answers(curated_store).brief("patrol data")
    assert isinstance(result, BriefResult) and result.found
    assert result.quote is not None
    assert result.quote.speaker in {"Rachel Tamaki", "Joeli Vakarau"}
    assert result.sources[0].title == "Patrol data sharing begins"  # newest, but no quotes
    assert result.quote.source.title == "Pacific ministers sign fisheries pact"
