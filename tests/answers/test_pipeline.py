"""The answers over the real digest pipeline: the seed and the fixture documents."""

from __future__ import annotations

from bot.answers import Answers
from bot.answers.results import BriefResult, QuotesResult, SourcesResult


async def test_brief_korea_on_the_seed_and_the_news(answers: Answers):
    result = await answers.brief("korea")
    assert isinstance(result, BriefResult) and result.found
    titles = [s.title for s in result.sources]
    assert any("Republic of Korea" in t for t in titles)
    assert any("North Korea fires" in t for t in titles)
    dates = [s.date for s in result.sources]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert 1 <= len(result.summary) <= 5 and sum(len(s) for s in result.summary) < 900
    assert len(set(result.summary)) == len(result.summary)
    assert result.quote is not None


async def test_seed_quotes_by_stoltenberg(answers: Answers):
    result = await answers.quotes("stoltenberg")
    assert isinstance(result, QuotesResult) and result.speaker == "Jens Stoltenberg"
    assert len(result.quotes) == 2
    assert all(q.source.date == "2023-01-30" for q in result.quotes)
    assert any("North Korea" in q.text for q in result.quotes)


async def test_sources_have_titles_dates_and_counts(answers: Answers):
    result = await answers.sources()
    assert isinstance(result, SourcesResult) and len(result.documents) == 4
    for item in result.documents:
        assert item.source.title and item.sentences > 0
    seed = [d for d in result.documents if d.source.path.endswith("000_eb33f95aa847253a.txt")]
    assert seed and seed[0].source.date == "2023-01-30" and seed[0].quotes == 2


async def test_unknown_topic(answers: Answers):
    result = await answers.brief("quantum zeppelins")
    assert isinstance(result, BriefResult) and not result.found
    # Nothing is close to "zeppelins": the best-known names are offered instead of nothing.
    assert result.suggestions and "Jens Stoltenberg" in result.suggestions
