"""Text renderers: the same content as the embeds, whole, with no terminal control codes."""

from __future__ import annotations

from bot.answers.results import HelpResult, Problem
from bot.console.render import render_text
from tests.exts.samples import (
    BRIEF,
    NOT_FOUND,
    Q_HOSTILE,
    FakeAnswers,
    QuotesResult,
    many_quotes,
)


def test_brief_text() -> None:
    text = render_text(BRIEF)
    assert text.startswith("Briefing: port\n==============\n")
    assert "ten days after a storm\nsurge tore two cranes" in text  # wrapped at 88
    assert "  • Ilse Mertens — harbour master, Port of Eastmouth (2 documents · 7 mentions" in text
    assert "“We expect the first container ships back at berth three by Thursday”" in text
    assert "Sources (2):\n  • Harbour authority reopens northern port" in text


def test_not_found_text_suggests() -> None:
    assert render_text(NOT_FOUND).endswith("Closest matches: port or Port of Eastmouth.")


def test_console_prints_every_item_without_pages() -> None:
    text = render_text(QuotesResult("mertens", "Ilse Mertens", None, many_quotes(40)))
    assert "Page" not in text
    assert all(f"Berth {i} will reopen" in text for i in range(1, 41))
    assert "\n40.\n" in text


def test_control_codes_from_documents_are_dropped() -> None:
    text = render_text(QuotesResult("mertens", "Ilse Mertens", None, [Q_HOSTILE]))
    assert "\x1b" not in text
    assert "Tell @everyone and <@123456789012345678>" in text  # harmless on a terminal


async def test_every_answer_type_renders() -> None:
    answers = FakeAnswers()
    results = [
        await answers.brief("port"),
        await answers.quotes("mertens"),
        await answers.quotes("nobody"),
        await answers.participants(),
        await answers.who("okafor"),
        await answers.who("nobody"),
        await answers.timeline(),
        await answers.sources(),
        await answers.search("debris"),
        answers.help(),
        Problem("The topic is too long (6000 characters); 200 at most."),
    ]
    texts = [render_text(r) for r in results]
    assert all(t.strip() for t in texts)
    assert "Divers had cleared most of the *debris* from the channel" in texts[8]
    assert "12 Feb 2024 — The northern basin reopened" in texts[6]
    assert texts[10] == "Can't answer that: The topic is too long (6000 characters); 200 at most."


def test_help_text_lists_usage_and_how_to_leave() -> None:
    text = render_text(HelpResult([("/brief topic:", "a short briefing")]))
    assert "  /brief topic:  a short briefing" in text
    assert "Type quit" in text
