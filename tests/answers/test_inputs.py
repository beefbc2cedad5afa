"""Every bad input gets a polite Problem or a normal empty answer: never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import Answers
from bot.answers.results import (
    BriefResult,
    ParticipantsResult,
    Problem,
    ProfileResult,
    QuotesResult,
    SearchResult,
    TimelineResult,
)

BAD_INPUTS = [
    "",
    "   \t\n ",
    "x" * 6000,
    "korea\x00\x07\x1b[31m",
    '"',
    '"korea',
    "korea*",
    "*",
    "NEAR(korea missile)",
    "korea OR nato",
    "OR",
    "AND NOT",
    "-korea",
    "^korea",
    "text:korea",
    "sentences_fts:korea",
    "كوريا الشمالية",
    "צפון קוריאה",
    "🚀🇰🇷",
    "@everyone",
    "<@123456789>",
    "'; DROP TABLE documents; --",
    "\u202ekorea\u202c",
    "korea\u200b",
    "(((((",
    "a" * 200,
]

EXPECTED = {
    "brief": (BriefResult, Problem),
    "search": (SearchResult, Problem),
    "quotes": (QuotesResult, Problem),
    "participants": (ParticipantsResult, Problem),
    "who": (ProfileResult, Problem),
    "timeline": (TimelineResult, Problem),
}


@pytest.mark.parametrize("text", BAD_INPUTS)
async def test_bad_inputs_never_raise(curated_answers: Answers, text: str):
    for name, types in EXPECTED.items():
        result = await getattr(curated_answers, name)(text)
        assert isinstance(result, types), (name, text, result)
        if isinstance(result, Problem):
            assert result.message.endswith(".") and len(result.message) < 200
    for complete in (curated_answers.complete_topics, curated_answers.complete_speakers):
        names = await complete(text)
        assert isinstance(names, list) and len(names) <= 25


@pytest.mark.parametrize("text", ["", "   ", "x" * 6000, "🚀", "\x00\x01"])
async def test_unusable_input_is_a_problem_with_a_reason(curated_answers: Answers, text: str):
    result = await curated_answers.brief(text)
    assert isinstance(result, Problem)
    assert any(w in result.message for w in ("Please", "too long", "needs at least one word"))


async def test_query_syntax_is_taken_literally(curated_answers: Answers):
    quoted = await curated_answers.brief('"korea"')
    assert isinstance(quoted, BriefResult) and quoted.found
    star = await curated_answers.search("missile*")
    assert isinstance(star, SearchResult) and star.passages
    near = await curated_answers.search("NEAR(korea")
    assert isinstance(near, SearchResult)  # "near" is a stopword; "korea" is searched
    assert near.passages


async def test_quotes_with_a_bad_topic(curated_answers: Answers):
    result = await curated_answers.quotes("Stoltenberg", topic="x" * 6000)
    assert isinstance(result, Problem)
    blank = await curated_answers.quotes("Stoltenberg", topic="   ")
    assert isinstance(blank, QuotesResult) and blank.topic is None and len(blank.quotes) == 2


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
async def test_any_text_is_answered(curated_answers: Answers, text: str):
    for name, types in EXPECTED.items():
        result = await getattr(curated_answers, name)(text)
        assert isinstance(result, types)
    assert len(await curated_answers.complete_topics(text)) <= 25
