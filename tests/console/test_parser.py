"""The command-line parser shared by the console and ``python -m bot ask``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.console.parser import COMMANDS, ParsedCommand, ParseError, parse_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/brief korea", ParsedCommand("brief", {"topic": "korea"})),
        ("brief  North Korea ", ParsedCommand("brief", {"topic": "North Korea"})),
        ("/BRIEF topic:Republic of Korea", ParsedCommand("brief", {"topic": "Republic of Korea"})),
        (
            "/quote stoltenberg topic:korea",
            ParsedCommand("quote", {"speaker": "stoltenberg", "topic": "korea"}),
        ),
        (
            '/quote topic:north korea speaker:"Jens Stoltenberg"',
            ParsedCommand("quote", {"speaker": "Jens Stoltenberg", "topic": "north korea"}),
        ),
        ("/quotes Yoon", ParsedCommand("quote", {"speaker": "Yoon"})),
        ("/participants", ParsedCommand("participants", {})),
        ("/participants topic:ukraine", ParsedCommand("participants", {"topic": "ukraine"})),
        ("/who Park Jin", ParsedCommand("who", {"name": "Park Jin"})),
        ("/timeline", ParsedCommand("timeline", {})),
        ("/sources", ParsedCommand("sources", {})),
        ("/search 10:30 talks", ParsedCommand("search", {"text": "10:30 talks"})),
        ('/search "rules-based order"', ParsedCommand("search", {"text": "rules-based order"})),
        ("/help", ParsedCommand("help", {})),
        ("?", ParsedCommand("help", {})),
    ],
)
def test_lines_parse_like_discord_options(line: str, expected: ParsedCommand) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "Type a command"),
        ("/weather seoul", "Unknown command “weather”"),
        ("/brief", "/brief needs topic, e.g. /brief korea"),
        ("/quote topic:korea", "/quote needs speaker"),
        ("/sources korea", "/sources takes no options"),
        ("/brief korea topic:japan", "Too much text"),
    ],
)
def test_bad_lines_explain_themselves(line: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_line(line)


@given(st.sampled_from(sorted(COMMANDS)), st.text(max_size=200))
def test_any_text_parses_or_raises_parse_error(name: str, rest: str) -> None:
    try:
        parsed = parse_line(f"/{name} {rest}")
    except ParseError:
        return
    assert parsed.name == name
    assert set(parsed.options) <= set(COMMANDS[name].options)
    assert all(v.strip() for v in parsed.options.values())
