"""Answer quality that matters at scale: year-only dates, self-contained brief sentences, the
quotation not repeated in the summary, OCR damage kept out, participants ranked by relevance
and recency. Speeches are hand-made digests written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers import Answers
from bot.answers.results import SourceRef
from bot.console.render import render_text
from bot.utils.format import human_date, source_label
from tests.curated import person, store_with, un_speech

KOREA = [
    un_speech(
        "Republic of Korea",
        76,
        2021,
        [
            "Nevertheless, the Korean peninsula remains divided and the armistice has never "
            "become a peace treaty.",
            "By doing so, it gave new strength to the inter-Korean talks that followed on the "
            "Korean peninsula.",
            "The Republic of Korea proposes a declaration formally ending the Korean War, "
            "signed by the two Koreas, the United States and China.",
            "This is why Korea will keep knocking on the door of dialogue.",
            "“Peace on the Korean peninsula begins with trust between its two halves,” he said.",
            "Seoul will expand humanitarian cooperation with North Korea on vaccines, health "
            "care and food, whatever the state of the talks.",
        ],
        people=[person("Moon Jae-in", "President", "Republic of Korea", mentions=2)],
        quotes=[
            (
                "Peace on the Korean peninsula begins with trust between its two halves,",
                "Moon Jae-in",
                4,
            )
        ],
    ),
    un_speech(
        "Japan",
        76,
        2021,
        [
            "Japan urges North Korea to abandon its nuclear weapons and ballistic missiles in "
            "a complete, verifiable and irreversible manner.",
            "Japan urges North Korea to abandon all its nuclear weapons and ballistic missiles "
            "in a complete, verifiable and irreversible manner.",
            "The abduction of Japanese citizens by North Korea remains an urgent humanitarian "
            "issue that the Government of Japan will not forget.",
            "In addition, North Korea launched several ballistic missiles this year in "
            "violation of Security Council resolutions.",
            "The status quo. but the Korean issue remains , unresolved and inter- national.",
        ],
    ),
]

KOREA.append(
    un_speech(
        "Mongolia",
        77,
        2022,
        [
            "This year's debate opened under the theme “Peace for Korea and the world: "
            "solutions through solidarity”, chosen by the General Assembly.",
            "Despite this, talks on the Korean peninsula have not resumed since 2019.",
            "While that may sound modest, Mongolia offers Ulaanbaatar as a venue for talks "
            "between the two Koreas.",
            "Those countries that border Korea carry a special responsibility for peace.",
            "The Korean peninsula should be. that is our hope, free of nuclear weapons.",
            "Mongolia has declared its own territory free of nuclear weapons and invites the "
            "two Koreas to follow that example.",
        ],
        quotes=[
            (
                "Peace for Korea and the world: solutions through solidarity",
                "General Assembly",
                0,
            )
        ],
    )
)

FISHERIES = [
    un_speech(
        "Iceland",
        30,
        1975,
        ["Iceland extended its fisheries limit to 200 miles to protect its fish stocks."],
        people=[person("Geir Hallgrimsson", "Prime Minister", "Iceland", mentions=1)],
    ),
    un_speech(
        "Norway",
        31,
        1976,
        ["Norway watched the fisheries dispute between Iceland and the United Kingdom."],
        people=[person("Geir Hallgrimsson", "Prime Minister", "Iceland", mentions=1)],
    ),
    un_speech(
        "Palau",
        77,
        2022,
        [
            "Illegal fisheries are emptying the Pacific of tuna, and Palau will defend its "
            "fisheries with every patrol boat it has.",
            "Our fisheries are our future.",
            "Palau's reefs have lost a third of their coral in two decades of warming seas.",
            "Our young people leave for Guam and Hawaii because jobs at home are scarce.",
            "We ask our partners to honour the pledges they made for adaptation finance.",
            "The Compact of Free Association remains the cornerstone of our security.",
            "Tourism collapsed during the pandemic and has yet to return to its old level.",
            "Palau was among the first nations to ban reef-toxic sunscreen.",
            "We thank Taiwan, Japan and Australia for their steadfast partnership.",
            "On 16 April 2022 Palau hosted the Our Ocean Conference in Koror with the United "
            "States.",
            "On 1 June 2022 Palau closed its waters to foreign fisheries fleets.",
        ],
        people=[person("Surangel Whipps", "President", "Palau", mentions=2)],
        events=[("2022-04-16", 9), ("2022-06-01", 10)],
    ),
]


@pytest.fixture
async def korea_answers(tmp_path: Path):
    async with store_with(tmp_path / "korea.db", KOREA + FISHERIES) as store:
        yield Answers(store)


def test_a_year_only_date_shows_the_year():
    assert human_date("2021-09-01", "year") == "2021"
    assert human_date("2021-09-01") == "1 Sep 2021"
    titled = SourceRef(
        1, "Japan, UN General Debate, 76th session (2021)", "2021-09-01", "x", "year"
    )
    assert source_label(titled) == "Japan, UN General Debate, 76th session (2021)"
    plain = SourceRef(2, "Address by the Prime Minister", "2021-09-01", "x", "year")
    assert source_label(plain) == "Address by the Prime Minister (2021)"


async def test_year_only_sources_carry_their_precision(korea_answers: Answers):
    result = await korea_answers.brief("korea")
    assert result.sources and all(s.date_precision == "year" for s in result.sources)
    text = render_text(result)
    assert "Sep 2021" not in text and "(2021)" in text


async def test_brief_sentences_stand_alone_and_do_not_repeat(korea_answers: Answers):
    result = await korea_answers.brief("korea")
    assert result.found and result.quote is not None
    summary = " ".join(result.summary)
    for bad in (
        "Nevertheless",
        "By doing so",
        "This is why",
        "In addition",
        "he said",
        "Despite this",
        "While that",
        "Those countries",
    ):
        assert bad not in summary
    assert "status quo. but" not in summary and "be. that" not in summary  # OCR damage
    assert any("Mongolia has declared its own territory" in s for s in result.summary)
    # A person's words, not a session's theme "attributed" to the General Assembly.
    assert result.quote.speaker == "Moon Jae-in"
    # The quotation is shown under the summary, so the summary does not repeat it.
    assert result.quote.text.rstrip(",") not in summary
    assert any("declaration formally ending the Korean War" in s for s in result.summary)
    assert any("abduction of Japanese citizens" in s for s in result.summary)
    # The two near-identical Japanese sentences appear once at most.
    assert sum("Japan urges North Korea" in s for s in result.summary) <= 1
    assert len(result.summary) <= 5 and len(" ".join(result.summary)) < 900


async def test_participants_of_a_topic_put_recent_relevant_people_first(korea_answers: Answers):
    result = await korea_answers.participants("fisheries")
    names = [p.name for p in result.people]
    # Hallgrimsson is in more fisheries documents, but from fifty years ago.
    assert names[:2] == ["Surangel Whipps", "Geir Hallgrimsson"]
    assert result.people[1].documents == 2


async def test_the_seed_brief_reads_like_a_briefing(answers: Answers):
    result = await answers.brief("korea")
    assert result.found and result.quote is not None
    summary = " ".join(result.summary)
    assert "We also know" not in summary  # that is the quotation shown below
    assert not any(s.rstrip().endswith(("he said.", "she said.")) for s in result.summary)
    assert not any(s.split()[0] in ("He", "She", "They", "This", "It") for s in result.summary)
    assert "Jens Stoltenberg" in summary and "North Korea" in summary
    assert 3 <= len(result.summary) <= 5 and len(summary) < 900


async def test_a_topics_timeline_keeps_the_events_told_about_it(korea_answers: Answers):
    result = await korea_answers.timeline("fisheries")
    assert [e.date for e in result.events] == ["2022-06-01"]  # not the conference in Koror
    everything = await korea_answers.timeline()
    assert [e.date for e in everything.events] == ["2022-04-16", "2022-06-01"]
