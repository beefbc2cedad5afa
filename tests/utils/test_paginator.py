"""The paginator view: turning pages, the owner check, stop and timeout, over real discord.py."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest

from bot.utils.paginator import REFUSAL, Paginator, send_pages
from tests.exts.harness import (
    OTHER_ID,
    Call,
    Harness,
    assert_reply_safe,
    command_data,
    interaction_payload,
)
from tests.exts.samples import FakeAnswers, QuotesResult, many_quotes

UPDATE_MESSAGE = 7
MESSAGE = 4


@pytest.fixture
async def harness(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    answers = FakeAnswers()
    answers.quotes_result = QuotesResult("mertens", "Ilse Mertens", None, many_quotes(12))
    h = await Harness.start(answers, monkeypatch)
    yield h
    await h.close()


def _ids(call: Call) -> dict[str, str]:
    return {b["label"]: b["custom_id"] for b in call.buttons}


async def _asked(harness: Harness) -> tuple[discord.Interaction, dict[str, str]]:
    interaction, calls = await harness.command("quote", speaker="mertens")
    return interaction, _ids(calls[-1])


def _page(call: Call) -> str:
    return call.embeds[0].footer.text.split(" · ")[0]


async def test_the_asker_turns_pages(harness: Harness) -> None:
    interaction, ids = await _asked(harness)
    (call,) = await harness.press(interaction, ids["Next ›"])
    assert call.callback_type == UPDATE_MESSAGE
    assert_reply_safe(call)
    assert _page(call) == "Page 2/3"
    assert "Berth 6 will reopen" in call.embeds[0].description
    (call,) = await harness.press(interaction, ids["»"])
    assert _page(call) == "Page 3/3"
    buttons = {b["label"]: b.get("disabled", False) for b in call.buttons}
    assert buttons == {"«": False, "‹ Prev": False, "Next ›": True, "»": True, "Stop": False}
    (call,) = await harness.press(interaction, ids["‹ Prev"])
    assert _page(call) == "Page 2/3"
    (call,) = await harness.press(interaction, ids["«"])
    assert _page(call) == "Page 1/3"


async def test_others_are_refused_privately_and_the_page_stays(harness: Harness) -> None:
    interaction, ids = await _asked(harness)
    (call,) = await harness.press(interaction, ids["Next ›"], user_id=OTHER_ID)
    assert call.callback_type == MESSAGE and call.ephemeral
    assert call.content == REFUSAL
    assert_reply_safe(call)
    (call,) = await harness.press(interaction, ids["Next ›"])
    assert _page(call) == "Page 2/3"  # the stranger's press did not move it


async def test_stop_disables_every_button(harness: Harness) -> None:
    interaction, ids = await _asked(harness)
    (call,) = await harness.press(interaction, ids["Stop"])
    assert call.callback_type == UPDATE_MESSAGE
    assert all(b.get("disabled") for b in call.buttons)


async def test_timeout_disables_the_buttons_and_edits_the_message(harness: Harness) -> None:
    pages = [discord.Embed(title=f"Page {i}", description="Quay wall repairs.") for i in range(3)]
    interaction = harness.interaction(interaction_payload(2, command_data("quote", {})))
    await interaction.response.defer(thinking=True)
    view = await send_pages(interaction, pages, view_timeout=0.05)
    assert isinstance(view, Paginator)
    start = len(harness.net.calls)
    assert await view.wait() is True  # True: it timed out
    await harness.net.wait_calls(start + 1)
    (call,) = harness.net.since(start)
    assert call.method == "PATCH" and call.path.endswith("/messages/@original")
    assert call.buttons and all(b.get("disabled") for b in call.buttons)
    assert_reply_safe(call)


async def test_a_single_page_gets_no_buttons(harness: Harness) -> None:
    interaction = harness.interaction(interaction_payload(2, command_data("quote", {})))
    view = await send_pages(interaction, [discord.Embed(title="One", description="Only page.")])
    assert view is None
    call = harness.net.calls[-1]
    assert call.callback_type == MESSAGE and not call.buttons
    assert_reply_safe(call)


def test_a_paginator_needs_pages() -> None:
    with pytest.raises(ValueError):
        Paginator([], owner_id=1)
