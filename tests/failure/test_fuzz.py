"""Every command's arguments fuzzed through the answers layer and the Discord rendering.

Whatever a member types — FTS5 syntax, mentions, 6,000 characters, control characters,
right-to-left text, emoji — the answers layer returns a result (never raises), and the rendered
pages stay within Discord's limits. The wire itself (allowed_mentions, limits as Discord checks
them) is covered end to end in tests/e2e/test_commands.py.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import Answers
from bot.answers.results import Problem
from bot.exts.briefing.render import render
from bot.store import Store, ingest
from bot.utils.embeds import no_mentions
from tests.failure.corpus import write_corpus
from tests.loopback.server import check_embed_limits

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_eb33f95aa847253a.txt"

FRAGMENTS = [
    '"',
    '""',
    "*",
    "NEAR(",
    "NEAR(korea nato, 3)",
    "OR",
    "AND",
    "NOT",
    "-",
    "^",
    "(",
    ")",
    ":",
    "{",
    "}",
    "+",
    "'",
    "\\",
    "%",
    "_",
    "korea",
    "Stoltenberg",
    "NATO",
    "missiles",
    "Yoon",
    "@everyone",
    "@here",
    "<@123>",
    "<@!123456789012345678>",
    "<@&123>",
    "<#123>",
    "`",
    "```",
    "**",
    "||",
    "\u202e",
    "\u200f",
    "\u200d",
    "\ufeff",
    "كوريا الشمالية",
    "שלום",
    "🚀",
    "🇰🇷",
    "👩‍👩‍👧",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "\ud7ff",
    "é",
    "ÉCOLE",
]

fragment = st.sampled_from(FRAGMENTS)
hostile = st.one_of(
    st.lists(st.one_of(fragment, st.text(max_size=12)), max_size=12).map(" ".join),
    st.lists(fragment, min_size=1, max_size=8).map("".join),
    st.text(max_size=60),
    st.builds(lambda piece, n: (piece * n)[:6000], fragment, st.integers(200, 6000)),
    st.text(min_size=5500, max_size=6000, alphabet=st.characters(codec="utf-8")),
)

FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[asyncio.AbstractEventLoop, Answers]]:
    """Answers over the seed and a few generated reports, on a loop of their own."""
    folder = tmp_path_factory.mktemp("fuzzdocs")
    shutil.copy(SEED, folder / SEED.name)
    write_corpus(folder, 12)
    loop = asyncio.new_event_loop()
    store = loop.run_until_complete(Store.open(folder / "fuzz.db"))
    report = loop.run_until_complete(ingest(store, [folder], workers=0))
    assert report.failed == 0
    try:
        yield loop, Answers(store)
    finally:
        loop.run_until_complete(store.close())
        loop.close()


def check_rendered(result: Any) -> None:
    assert not (isinstance(result, Problem) and "database" in result.message), result.message
    pages = render(result)
    assert pages, "every result renders at least one page"
    for page in pages:
        data = page.to_dict()
        assert check_embed_limits([data]) == [], (result, data)


def ask(world: tuple[asyncio.AbstractEventLoop, Answers], call: Any) -> Any:
    loop, _ = world
    return loop.run_until_complete(asyncio.wait_for(call, timeout=20))


@FUZZ
@given(text=hostile)
def test_brief(world: tuple[asyncio.AbstractEventLoop, Answers], text: str) -> None:
    check_rendered(ask(world, world[1].brief(text)))


@FUZZ
@given(speaker=hostile, topic=st.none() | hostile)
def test_quote(
    world: tuple[asyncio.AbstractEventLoop, Answers], speaker: str, topic: str | None
) -> None:
    check_rendered(ask(world, world[1].quotes(speaker, topic=topic)))


@FUZZ
@given(topic=st.none() | hostile)
def test_participants_and_timeline(
    world: tuple[asyncio.AbstractEventLoop, Answers], topic: str | None
) -> None:
    check_rendered(ask(world, world[1].participants(topic=topic)))
    check_rendered(ask(world, world[1].timeline(topic=topic)))


@FUZZ
@given(name=hostile)
def test_who(world: tuple[asyncio.AbstractEventLoop, Answers], name: str) -> None:
    check_rendered(ask(world, world[1].who(name)))


@FUZZ
@given(text=hostile)
def test_search(world: tuple[asyncio.AbstractEventLoop, Answers], text: str) -> None:
    check_rendered(ask(world, world[1].search(text)))


@FUZZ
@given(prefix=hostile)
def test_autocomplete(world: tuple[asyncio.AbstractEventLoop, Answers], prefix: str) -> None:
    for method in (world[1].complete_topics, world[1].complete_speakers):
        names = ask(world, method(prefix, limit=25))
        assert isinstance(names, list) and len(names) <= 25
        assert all(isinstance(n, str) and n.strip() for n in names)


def test_sources_and_help_render(world: tuple[asyncio.AbstractEventLoop, Answers]) -> None:
    check_rendered(ask(world, world[1].sources()))
    check_rendered(world[1].help())


def test_known_questions_still_answer(world: tuple[asyncio.AbstractEventLoop, Answers]) -> None:
    """The fuzz targets are live: on real input the same calls give real answers."""
    result = ask(world, world[1].quotes("stoltenberg"))
    assert len(result.quotes) == 2
    result = ask(world, world[1].search('missiles "North Korea" NEAR( OR -'))
    check_rendered(result)


def test_no_mentions_allows_nothing() -> None:
    allowed = no_mentions().to_dict()
    assert allowed.get("parse") == [] and not allowed.get("users") and not allowed.get("roles")
    assert not allowed.get("replied_user")
