"""Every result type renders to valid, harmless embeds, whatever text the documents hold."""

from __future__ import annotations

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from bot.exts.briefing.render import highlight, render
from bot.utils.embeds import embed_problems
from bot.utils.mentions import has_live_mention
from tests.exts.samples import BRIEF, NOT_FOUND, PORT, many_quotes

NASTY = st.sampled_from(
    [
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@&123456789012345678>",
        "<#1234567890>",
        '"',
        "*",
        "NEAR(",
        " OR ",
        "-",
        "^",
        "\x00",
        "\x07",
        "\u202e",
        "שלום",
        "😀",
        "**",
        "`",
        "\n",
        "x" * 3000,
    ]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=30)), max_size=8).map("".join)
SHORT = st.lists(st.text(max_size=30), min_size=0, max_size=3)
COUNT = st.integers(min_value=0, max_value=10_000)
DATES = st.one_of(st.none(), st.sampled_from(["2024-02-12", "2023-13-45", "1999-12-31", ""]))

SOURCES = st.builds(SourceRef, COUNT, TEXT, DATES, TEXT)
PEOPLE = st.builds(
    PersonItem, TEXT, st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT), COUNT, COUNT, COUNT
)
QUOTES = st.builds(QuoteItem, TEXT, st.one_of(st.none(), TEXT), TEXT, SOURCES)
LISTS = {"max_size": 40}
RESULTS = st.one_of(
    st.builds(Problem, TEXT),
    st.builds(
        BriefResult,
        TEXT,
        st.booleans(),
        st.lists(TEXT, max_size=6),
        st.lists(PEOPLE, **LISTS),
        st.one_of(st.none(), QUOTES),
        st.lists(SOURCES, **LISTS),
        SHORT,
    ),
    st.builds(
        QuotesResult,
        TEXT,
        st.one_of(st.none(), TEXT),
        st.one_of(st.none(), TEXT),
        st.lists(QUOTES, **LISTS),
        SHORT,
    ),
    st.builds(ParticipantsResult, st.one_of(st.none(), TEXT), st.lists(PEOPLE, **LISTS), SHORT),
    st.builds(
        ProfileResult,
        TEXT,
        st.booleans(),
        st.one_of(st.none(), PEOPLE),
        SHORT,
        st.lists(SOURCES, **LISTS),
        st.lists(QUOTES, **LISTS),
        SHORT,
    ),
    st.builds(
        TimelineResult,
        st.one_of(st.none(), TEXT),
        st.lists(
            st.builds(EventItem, st.sampled_from(["2024-02-12", "bad"]), TEXT, SOURCES), **LISTS
        ),
        SHORT,
    ),
    st.builds(
        SourcesResult,
        st.lists(st.builds(DocumentItem, SOURCES, COUNT, COUNT, COUNT, COUNT), **LISTS),
    ),
    st.builds(
        SearchResult,
        TEXT,
        st.lists(
            st.builds(
                Passage,
                TEXT,
                st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=5).map(
                    tuple
                ),
                SOURCES,
            ),
            **LISTS,
        ),
        SHORT,
    ),
    st.builds(HelpResult, st.lists(st.tuples(TEXT, TEXT), max_size=30)),
)


def _all_text(embed: discord.Embed) -> str:
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    return "\n".join(parts + [f"{f.name}\n{f.value}" for f in embed.fields])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RESULTS)
def test_any_result_renders_within_limits_without_mentions(result: object) -> None:
    pages = render(result)
    assert pages
    for page in pages:
        assert embed_problems(page) == [], embed_problems(page)
        assert not has_live_mention(_all_text(page))
    if len(pages) > 1:
        assert all(
            p.footer.text.startswith(f"Page {i}/{len(pages)}") for i, p in enumerate(pages, 1)
        )


def test_the_brief_fits_in_one_embed() -> None:
    (embed,) = render(BRIEF)
    assert [f.name for f in embed.fields] == ["People involved", "Quotation", "Sources (2)"]


def test_not_found_offers_suggestions() -> None:
    (embed,) = render(NOT_FOUND)
    assert embed.description.endswith("Closest matches: port or Port of Eastmouth.")


def test_every_quotation_is_on_some_page() -> None:
    quotes = many_quotes(33)
    pages = render(QuotesResult("mertens", "Ilse Mertens", None, quotes))
    text = "\n".join(p.description for p in pages)
    for i in range(1, 34):
        assert f"Berth {i} will reopen" in text


def test_search_highlights_are_bold_and_escaped() -> None:
    text = "Officials said the *new* quota for cod would fall by a third."
    start = text.index("cod")
    assert highlight(Passage(text, ((start, start + 3),), PORT)) == (
        r"Officials said the \*new\* quota for **cod** would fall by a third."
    )
