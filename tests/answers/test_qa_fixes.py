"""Faults a demanding user found in the answers on real news, each pinned on hand-written text.

Misspelt names, suggestions that are mere letters, unattributed quotations in a brief,
quotations split by their attribution, and timeline fragments.
"""

from __future__ import annotations

from bot.answers import Answers
from bot.answers.results import BriefResult, ProfileResult, QuotesResult, TimelineResult
from bot.digest import Event
from tests.curated import add_curated, make_digest, person

FORDE = person(
    "Lydia Forde",
    "Fisheries Minister",
    "Ireland",
    ["Forde", "Ms. Forde", "Minister Forde"],
    mentions=3,
)


def _quota_story():
    return make_digest(
        "qa/quotas.txt",
        "Ireland braces for lower fishing quotas",
        "2024-12-10",
        [
            "Fisheries Minister Lydia Forde warned coastal towns on Tuesday that catch "
            "quotas for mackerel would fall sharply next year.",
            "“Every harbour on the west coast will feel the mackerel quota cut within a year.”",
            "(Having said that, quota cuts for mackerel have been reversed before.)",
            "“What we owe the fishing families is honesty,” Ms. Forde said, “and honesty "
            "means telling them the quotas will fall.”",
            "The mackerel quota is set each December by ministers meeting in Brussels.",
            '"The mackerel quota decides whether the boats sail at all," said skipper Ronan '
            'Daly, "and this year the mackerel quota says they stay in.',
        ],
        people=[FORDE],
        quotes=[
            ("What we owe the fishing families is honesty,", "Lydia Forde", 3),
            ("and honesty means telling them the quotas will fall.", "Lydia Forde", 3),
        ],
        places=["Ireland", "Brussels", "GB"],
    )


def _follow_up():
    digest = make_digest(
        "qa/follow_up.txt",
        "Minister defends quota talks",
        "2024-12-15",
        [
            "Ms. Forde called the criticism of the Brussels talks “unfair” on Sunday.",
            "CORK, Ireland, Dec. 15 (Reuters)",
            "The minister will meet trawler owners in Killybegs on Friday to explain the deal.",
            "Fishing groups said they would protest outside the ministry on Monday.",
            "Councillor Lidia Fordes will chair the Killybegs meeting.",
            "Harbour master Nathan Lowe expects a quiet week in Killybegs.",
        ],
        people=[
            FORDE,
            person("Lidia Fordes", "Councillor"),
            person("Nathan Lowe", "Harbour master"),
        ],
        quotes=[("unfair", "Lydia Forde", 0)],
        places=["Killybegs"],
    )
    digest.events = [
        Event(date="2024-12-15", text="CORK, Ireland, Dec. 15 (Reuters)", sentence=1),
        Event(date="2024-12-20", text="’s meeting with trawler owners in Killybegs", sentence=2),
        Event(
            date="2024-12-20",
            text="The minister will meet trawler owners in Killybegs to explain the deal",
            sentence=2,
        ),
        Event(
            date="2024-12-16",
            text="Fishing groups said they would protest outside the ministry",
            sentence=3,
        ),
        Event(
            date="2024-12-09",
            text="Fishing groups said they would protest outside the ministry",
            sentence=3,
        ),
        # "On Friday night, the minister…" with "Friday" taken by the date.
        Event(
            date="2024-12-20", text="Night, the minister will face the trawler owners", sentence=2
        ),
    ]
    return digest


def _wire_copy():
    """Another outlet quoting part of the same words two days later."""
    return make_digest(
        "qa/wire.txt",
        "Irish fleet told to expect cuts",
        "2024-12-12",
        ["“What we owe the fishing families is honesty,” Ms. Forde told RTÉ radio."],
        people=[FORDE],
        quotes=[("What we owe the fishing families is honesty,", "Lydia Forde", 0)],
    )


async def _answers(curated_store) -> Answers:
    await add_curated(curated_store, [_quota_story(), _follow_up(), _wire_copy()])
    return Answers(curated_store)


async def test_a_misspelt_name_is_read_as_the_known_name(curated_store):
    answers = await _answers(curated_store)
    brief = await answers.brief("lydia frode")
    assert isinstance(brief, BriefResult) and brief.found
    assert brief.topic == "Lydia Forde"
    assert {s.title for s in brief.sources} <= {
        "Ireland braces for lower fishing quotas",
        "Minister defends quota talks",
        "Irish fleet told to expect cuts",
    }
    quotes = await answers.quotes("lydia forda")
    assert isinstance(quotes, QuotesResult) and quotes.speaker == "Lydia Forde"
    who = await answers.who("Lydia Frode")
    assert isinstance(who, ProfileResult) and who.found and who.person.name == "Lydia Forde"


async def test_a_word_known_nowhere_is_not_corrected_to_a_name(curated_store):
    answers = await _answers(curated_store)
    brief = await answers.brief("rugby")
    assert isinstance(brief, BriefResult) and not brief.found
    assert brief.suggestions  # the best-known topics, so the user learns what to ask
    assert "GB" not in brief.suggestions  # two letters found inside "ruGBy" are no match
    who = await answers.who("NATO")
    assert isinstance(who, ProfileResult) and not who.found
    assert "Nathan Lowe" not in who.suggestions  # "nato" is not a part of "Nathan"


async def test_brief_leaves_out_unattributed_quotations_and_asides(curated_store):
    answers = await _answers(curated_store)
    brief = await answers.brief("mackerel quota")
    assert isinstance(brief, BriefResult) and brief.found
    assert brief.summary
    assert not any(s.startswith("“Every harbour") for s in brief.summary), brief.summary
    assert not any(s.startswith("(Having said") for s in brief.summary), brief.summary
    assert not any("Ronan Daly" in s for s in brief.summary), brief.summary  # cut quotation
    assert any("set each December" in s for s in brief.summary), brief.summary


async def test_a_quotation_split_by_its_attribution_or_repeated_is_one_entry(curated_store):
    answers = await _answers(curated_store)
    result = await answers.quotes("Forde")
    assert isinstance(result, QuotesResult)
    texts = [q.text for q in result.quotes]
    assert texts[0] == (
        "What we owe the fishing families is honesty, … and honesty means telling them "
        "the quotas will fall."
    )
    assert texts[-1] == "unfair"  # a scare quote comes after the real quotation
    assert len(texts) == 2
    profile = await answers.who("Lydia Forde")
    assert isinstance(profile, ProfileResult)
    assert [q.text for q in profile.quotes] == texts


async def test_timeline_drops_fragments_datelines_and_repeats(curated_store):
    answers = await _answers(curated_store)
    result = await answers.timeline("Killybegs trawler ministry")
    assert isinstance(result, TimelineResult)
    texts = [e.text for e in result.events]
    assert "The minister will meet trawler owners in Killybegs to explain the deal" in texts
    assert not any(t.startswith(("’s", "CORK")) for t in texts), texts
    protests = [e for e in result.events if e.text.startswith("Fishing groups")]
    assert [e.date for e in protests] == ["2024-12-16"]
    assert "The minister will face the trawler owners" in texts  # no orphan "Night,"
    everything = await answers.timeline()
    assert isinstance(everything, TimelineResult)
    assert not any(e.text.startswith(("’s", "CORK")) for e in everything.events)


async def test_a_speaker_never_quoted_points_to_similar_quoted_names(curated_store):
    answers = await _answers(curated_store)
    result = await answers.quotes("Lidia Fordes")
    assert isinstance(result, QuotesResult)
    assert result.speaker == "Lidia Fordes" and not result.quotes
    assert "Lydia Forde" in result.suggestions


async def test_a_title_and_surname_find_the_person_holding_that_title(curated_store):
    campaign = make_digest(
        "qa/campaign.txt",
        "Okafor opens campaign in Lagos",
        "2024-11-02",
        [
            "Presidential candidate Ngozi Okafor opened her campaign in Lagos on Saturday.",
            "President Okafor's record on roads will be her main theme, aides said.",
        ],
        # The extractor took "President Okafor" (her husband's title) for her.
        people=[
            person(
                "Ngozi Okafor",
                "presidential candidate",
                None,
                ["Okafor", "President Okafor"],
                mentions=2,
            )
        ],
    )
    record = make_digest(
        "qa/roads.txt",
        "Former president defends road programme",
        "2024-10-20",
        ["Former President Emeka Okafor defended his road programme in Abuja on Sunday."],
        people=[person("Emeka Okafor", "President", None, ["Okafor"])],
    )
    await add_curated(curated_store, [campaign, record])
    answers = Answers(curated_store)
    who = await answers.who("President Okafor")
    assert isinstance(who, ProfileResult) and who.person.name == "Emeka Okafor"
    assert "Ngozi Okafor" in who.suggestions
    hers = await answers.who("Ngozi Okafor")
    assert isinstance(hers, ProfileResult) and hers.person.name == "Ngozi Okafor"
