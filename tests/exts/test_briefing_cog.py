"""The briefing cog, driven through the real command tree with real discord.py objects."""

from __future__ import annotations

import logging

import discord
import pytest

from bot.exts.errors._cog import GENERIC
from bot.utils.mentions import has_live_mention
from tests.exts.harness import GUILD_ID, OTHER_ID, Call, Harness, assert_reply_safe
from tests.exts.samples import FakeAnswers, QuotesResult, many_quotes

DEFERRED = 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
MESSAGE = 4  # CHANNEL_MESSAGE_WITH_SOURCE


def _text(call: Call) -> str:
    parts = [call.content]
    for embed in call.embeds:
        parts += [embed.title or "", embed.description or "", embed.footer.text or ""]
        parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def _deferred_then_edited(calls: list[Call]) -> Call:
    """The command deferred first, then edited its original response; returns the edit."""
    assert calls[0].callback_type == DEFERRED, calls
    edits = [c for c in calls if c.method == "PATCH" and c.path.endswith("/messages/@original")]
    assert len(edits) == 1, calls
    for call in calls:
        assert_reply_safe(call)
    return edits[0]


COMMANDS = [
    ("brief", {"topic": "port"}, ("brief", ("port",))),
    ("quote", {"speaker": "mertens", "topic": "port"}, ("quotes", ("mertens", "port"))),
    ("quote", {"speaker": "mertens"}, ("quotes", ("mertens", None))),
    ("participants", {}, ("participants", (None,))),
    ("participants", {"topic": "cod"}, ("participants", ("cod",))),
    ("who", {"name": "okafor"}, ("who", ("okafor",))),
    ("timeline", {"topic": "port"}, ("timeline", ("port",))),
    ("sources", {}, ("sources", ())),
    ("search", {"text": "debris"}, ("search", ("debris",))),
]


@pytest.mark.parametrize(("name", "options", "expected"), COMMANDS)
async def test_every_command_defers_then_answers_safely(
    harness: Harness, answers: FakeAnswers, name: str, options: dict, expected: tuple
) -> None:
    interaction, calls = await harness.command(name, **options)
    edit = _deferred_then_edited(calls)
    assert answers.calls == [expected]
    assert edit.embeds and edit.embeds[0].title
    assert not interaction.command_failed


async def test_brief_shows_summary_people_quote_and_sources(harness: Harness) -> None:
    _, calls = await harness.command("brief", topic="port")
    embed = _deferred_then_edited(calls).embeds[0]
    assert embed.title == "Briefing: port"
    assert "ten days after a storm surge" in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert "Ilse Mertens" in fields["People involved"]
    assert "harbour master, Port of Eastmouth" in fields["People involved"]
    assert "first container ships back at berth three" in fields["Quotation"]
    assert "Fishing quota talks stall over Baltic cod (4 Mar 2024)" in fields["Sources (2)"]
    assert embed.footer.text == "From 2 documents"


async def test_unknown_topic_suggests_the_closest(harness: Harness) -> None:
    _, calls = await harness.command("brief", topic="volcano")
    embed = _deferred_then_edited(calls).embeds[0]
    assert "Nothing known about “volcano”" in embed.title
    assert "Closest matches: port." in embed.description


async def test_hostile_document_text_never_pings_or_formats(harness: Harness) -> None:
    _, calls = await harness.command("quote", speaker="Mertens")
    edit = _deferred_then_edited(calls)
    text = _text(edit)
    assert "Tell @\u200beveryone and <\u200b@123456789012345678>" in text
    assert not has_live_mention(text)
    assert "\x1b" not in text  # terminal escape codes from the document are dropped
    assert "\\_\\_now\\_\\_" in text  # markdown escaped, shown literally


async def test_hostile_user_input_is_echoed_harmlessly(harness: Harness) -> None:
    _, calls = await harness.command("brief", topic="@everyone <@&123456789012345678> " + "x" * 90)
    edit = _deferred_then_edited(calls)
    assert not has_live_mention(_text(edit))


async def test_long_answers_are_paginated_not_cut(harness: Harness, answers: FakeAnswers) -> None:
    answers.quotes_result = QuotesResult("mertens", "Ilse Mertens", None, many_quotes(40))
    _, calls = await harness.command("quote", speaker="mertens")
    edit = _deferred_then_edited(calls)
    assert [b["label"] for b in edit.buttons] == ["«", "‹ Prev", "Next ›", "»", "Stop"]
    first = edit.embeds[0]
    assert first.footer.text.startswith("Page 1/8 ")  # 40 quotations, 5 a page
    assert first.description.count("Source: Harbour authority") == 5


async def test_help_is_an_immediate_private_reply(harness: Harness) -> None:
    _, calls = await harness.command("help")
    assert len(calls) == 1 and calls[0].callback_type == MESSAGE
    assert calls[0].ephemeral
    assert_reply_safe(calls[0])
    assert "/quote speaker: [topic:]" in _text(calls[0])


async def test_topic_autocomplete_respects_discord_limits(harness: Harness) -> None:
    choices = await harness.autocomplete("brief", "topic", topic="")
    assert 0 < len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    assert len({c["name"] for c in choices}) == len(choices)
    assert (await harness.autocomplete("brief", "topic", topic="Bal"))[0]["name"] == "Baltic cod"


async def test_speaker_autocomplete_on_quote_and_who(harness: Harness) -> None:
    choices = await harness.autocomplete("quote", "speaker", speaker="oka")
    assert [c["name"] for c in choices] == ["Daniel Okafor"]
    choices = await harness.autocomplete("who", "name", name="ma")
    assert [c["name"] for c in choices] == ["Salma Rahman"]


async def test_autocomplete_failure_answers_an_empty_list(
    harness: Harness, answers: FakeAnswers, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(prefix: str, limit: int = 25) -> list[str]:
        raise RuntimeError('fts5: syntax error near "*"')

    monkeypatch.setattr(answers, "complete_topics", broken)
    assert await harness.autocomplete("brief", "topic", topic='"*') == []


async def test_a_failing_answer_gets_a_private_apology_and_a_full_log(
    harness: Harness, answers: FakeAnswers, caplog: pytest.LogCaptureFixture
) -> None:
    answers.fail = True
    with caplog.at_level(logging.ERROR, logger="bot.exts.errors"):
        _, calls = await harness.command("brief", topic="port")
    assert calls[0].callback_type == DEFERRED
    followups = [c for c in calls if c.method == "POST" and not c.path.endswith("/callback")]
    assert len(followups) == 1 and followups[0].ephemeral
    assert followups[0].content == GENERIC
    assert_reply_safe(followups[0])
    assert any(c.method == "DELETE" for c in calls)  # the hanging "thinking…" is removed
    assert "database is locked" in caplog.text  # the traceback is in the log, not the reply
    assert "Traceback" not in followups[0].content


async def test_commands_before_the_store_is_open_are_refused_politely(harness: Harness) -> None:
    harness.bot.answers = None
    _, calls = await harness.command("help")
    assert len(calls) == 1 and calls[0].ephemeral
    assert "still starting" in calls[0].content


async def test_sync_is_for_the_owner_only(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[object] = []

    async def fake_sync(*, guild: object = None) -> list[object]:
        synced.append(guild)
        return ["brief", "quote"]

    monkeypatch.setattr(harness.bot.tree, "sync", fake_sync)
    _, calls = await harness.command("sync", user_id=OTHER_ID)
    assert synced == []
    assert calls[0].ephemeral and "Only the bot's owner" in calls[0].content
    _, calls = await harness.command("sync", scope="here")
    assert len(synced) == 1 and getattr(synced[0], "id", None) == GUILD_ID
    assert "Synced 2 commands to this server" in calls[-1].content
    assert calls[0].callback_type == DEFERRED and calls[0].ephemeral


@pytest.mark.parametrize(("name", "options", "expected"), COMMANDS)
async def test_each_reply_forbids_mentions_itself_not_only_the_bot_default(
    harness: Harness, name: str, options: dict, expected: tuple
) -> None:
    harness.bot.allowed_mentions = discord.AllowedMentions.all()  # a careless default
    _, calls = await harness.command(name, **options)
    _deferred_then_edited(calls)  # asserts parse == [] on every message-carrying call
