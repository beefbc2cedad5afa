"""Every command over a real discord.py connection, from INTERACTION_CREATE to the reply.

The bot runs as ``python -m bot run`` against the loopback Discord with a fresh database holding
only the project's seed (a NATO report on Jens Stoltenberg's visit to the Republic of Korea).
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.helpers import BotUnderTest, assert_well_behaved, message_text

pytestmark = pytest.mark.e2e

SEED_TITLE = (
    "Secretary General stresses value of NATO’s global partnerships in visit to Republic of Korea"
)
SEED_DATE = re.compile(r"30 Jan(uary)? 2023|2023-01-30")
QUOTE_EUROPE = "what happens in Europe matters to the Indo-Pacific"
QUOTE_MISSILES = "North Korea is providing military support to the Russian war efforts"


def ask(seed_bot: BotUnderTest, command: str, **options: str) -> tuple[str, dict]:
    lb = seed_bot.lb
    record = lb.slash(command, **options).wait_answered(15)
    assert_well_behaved(record, lb)
    message = record.message
    assert message is not None
    return message_text(message), message


def test_commands_synced_to_the_dev_guild(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    names = {c["name"] for c in lb.wait_commands()}
    assert {
        "brief",
        "quote",
        "participants",
        "who",
        "timeline",
        "sources",
        "search",
        "help",
    } <= names
    assert "global" not in lb.commands  # DEV_GUILD_ID set: nothing pushed globally
    for cmd in lb.commands[str(lb.world.guild_id)]:
        assert 1 <= len(cmd["description"]) <= 100


def test_brief_korea(seed_bot: BotUnderTest) -> None:
    text, message = ask(seed_bot, "brief", topic="korea")
    assert "Stoltenberg" in text
    assert SEED_TITLE in text and SEED_DATE.search(text)
    assert "North Korea" in text or "Republic of Korea" in text
    summary = message["embeds"][0].get("description") or ""
    assert 0 < len(summary) < 900 + 100  # the summary itself is under ~900 characters


def test_quote_stoltenberg_gives_both_seed_quotations(seed_bot: BotUnderTest) -> None:
    for spelling in ("stoltenberg", "Jens STOLTENBERG"):
        text, _ = ask(seed_bot, "quote", speaker=spelling)
        assert QUOTE_EUROPE in text and QUOTE_MISSILES in text, spelling
        assert SEED_DATE.search(text)


def test_participants_who_timeline_sources_search(seed_bot: BotUnderTest) -> None:
    text, _ = ask(seed_bot, "participants")
    assert "Jens Stoltenberg" in text and "Yoon Suk Yeol" in text and "Park Jin" in text
    assert "Secretary General" in text

    text, _ = ask(seed_bot, "participants", topic="korea")
    assert "Yoon Suk Yeol" in text

    text, _ = ask(seed_bot, "who", name="stoltenberg")
    assert "Stoltenberg" in text and "NATO" in text and SEED_TITLE in text

    text, _ = ask(seed_bot, "timeline")
    days = [int(d) for d in re.findall(r"^\*\*(\d+) Jan 2023\*\*", text, re.M)]
    assert days == sorted(days) and {29, 30} <= set(days)  # dated events, in order
    assert "wreath" in text

    text, _ = ask(seed_bot, "sources")
    assert SEED_TITLE in text and SEED_DATE.search(text)

    text, _ = ask(seed_bot, "search", text="missiles")
    assert "**missile" in text  # the match is highlighted
    assert SEED_TITLE in text


def test_help_is_private_and_lists_every_command(seed_bot: BotUnderTest) -> None:
    text, message = ask(seed_bot, "help")
    assert message["flags"] & 64
    for name in ("/brief", "/quote", "/participants", "/who", "/timeline", "/sources", "/search"):
        assert name in text


def test_unknown_topic_says_so(seed_bot: BotUnderTest) -> None:
    text, _ = ask(seed_bot, "brief", topic="Zanzibar fisheries")
    assert re.search(r"nothing|no document|not find|don't know|unknown", text, re.I)


def test_autocomplete_speakers_and_topics(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    speakers = lb.autocomplete("quote", "speaker", speaker="stol").wait_answered(5)
    assert_well_behaved(speakers, lb)
    assert speakers.callback_type == 8
    assert "Jens Stoltenberg" in [c["name"] for c in speakers.choices or []]

    topics = lb.autocomplete("brief", "topic", topic="kor").wait_answered(5)
    assert_well_behaved(topics, lb)
    names = [c["name"] for c in topics.choices or []]
    assert any("Korea" in n for n in names) and len(names) <= 25

    empty = lb.autocomplete("who", "name", name="").wait_answered(5)
    assert_well_behaved(empty, lb)
    assert len(empty.choices or []) <= 25

    # An answer uses what autocomplete offered.
    text, _ = ask(seed_bot, "quote", speaker=(speakers.choices or [{}])[0]["value"])
    assert QUOTE_EUROPE in text


ADVERSARIAL = [
    '"unterminated',
    "NEAR(korea nato",
    "korea OR",
    "-nato",
    "^korea",
    "* OR *",
    "nato*",
    "@everyone korea",
    "<@123456789012345678> said",
    "<@&987654321098765432>",
    "@here",
    "\u202eaerok\u202c",
    "كوريا الشمالية",
    "🚀🇰🇷 missiles",
    "\x00\x07korea\x1b[31m",
    "a" * 200,
    "Stoltenberg " * 16,
    "   ",
    "''",
    "\\",
    "%",
    "korea\nnato\r\n",
]


@pytest.mark.parametrize(
    "command,option",
    [("brief", "topic"), ("quote", "speaker"), ("who", "name"), ("search", "text")],
)
def test_hostile_input_always_gets_a_safe_reply(
    seed_bot: BotUnderTest, command: str, option: str
) -> None:
    lb = seed_bot.lb
    records = [lb.slash(command, **{option: value}) for value in ADVERSARIAL]
    for record in records:
        record.wait_answered(15)
        assert_well_behaved(record, lb)
        text = message_text(record.message or {})
        assert text.strip(), f"{record}: empty reply"
    assert "Traceback" not in seed_bot.bot.output


def test_no_violation_and_no_token_in_debug_logs(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    assert lb.slash("sources").wait_answered(10)
    assert not lb.violations, lb.violations
    assert lb.token not in seed_bot.bot.output
    assert "DEBUG" in seed_bot.bot.output  # the logs really were at debug level
    seed_bot.bot.assert_alive()
