"""The paginator over the wire: only the asker turns pages, and the buttons die on timeout.

On the seed, ``/who stoltenberg`` is a two-page answer (profile, then the rest of his quotations).
The bot runs with ``BRIEFBOT_VIEW_TIMEOUT=3`` (set by tests/e2e/helpers.py).
"""

from __future__ import annotations

import time

import pytest

from tests.e2e.helpers import BotUnderTest, assert_well_behaved, message_text
from tests.loopback.server import LoopbackDiscord

pytestmark = pytest.mark.e2e


def footer(lb: LoopbackDiscord, message_id: int) -> str:
    embeds = lb.messages[message_id]["embeds"]
    return (embeds[0].get("footer") or {}).get("text", "") if embeds else ""


def enabled(lb: LoopbackDiscord, message_id: int) -> dict[str, bool]:
    return {b["label"]: not b.get("disabled") for b in lb.buttons(lb.messages[message_id])}


def paged(seed_bot: BotUnderTest) -> int:
    lb = seed_bot.lb
    record = lb.slash("who", name="stoltenberg").wait_answered(10)
    assert_well_behaved(record, lb)
    assert record.message_id is not None
    assert "Page 1/2" in footer(lb, record.message_id)
    return record.message_id


def test_only_the_asker_turns_pages_then_buttons_disable(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    mid = paged(seed_bot)
    labels = enabled(lb, mid)
    assert len(labels) >= 2 and any(labels.values())
    first_page = message_text(lb.messages[mid])

    stranger = lb.press(mid, "Next ›", by=lb.world.other).wait_answered(5)
    assert_well_behaved(stranger, lb)
    assert stranger.callback_type == 4 and stranger.message is not None
    assert stranger.message["flags"] & 64  # refused privately
    assert message_text(lb.messages[mid]) == first_page  # the asker's answer is untouched

    turned = lb.press(mid, "Next ›").wait_answered(5)
    assert_well_behaved(turned, lb)
    assert turned.callback_type == 7  # the message itself is updated, no new message
    assert "Page 2/2" in footer(lb, mid)
    assert message_text(lb.messages[mid]) != first_page
    assert not enabled(lb, mid)["Next ›"]  # last page: Next is disabled

    back = lb.press(mid, "‹ Prev").wait_answered(5)
    assert_well_behaved(back, lb)
    assert "Page 1/2" in footer(lb, mid)

    started = time.monotonic()
    lb.wait_for(
        lambda: not any(enabled(lb, mid).values()),
        10,
        "the paginator to disable its buttons on timeout",
    )
    waited = time.monotonic() - started
    assert waited > 0.5  # it was the timeout, not an immediate edit
    assert not lb.violations, lb.violations


def test_stop_button_disables_at_once(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    mid = paged(seed_bot)
    if "Stop" not in enabled(lb, mid):
        pytest.skip("this paginator has no Stop button")
    stopped = lb.press(mid, "Stop").wait_answered(5)
    assert_well_behaved(stopped, lb)
    assert not any(enabled(lb, mid).values())
