"""Length-aware truncation, chunking and mention neutralising."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.utils.mentions import ZWSP, escape_markdown, has_live_mention, neutralise_mentions, safe
from bot.utils.text import chunk_text, clean_control, dlen, truncate

HOSTILE = st.sampled_from(
    [
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@!123456789012345678>",
        "<@&123456789012345678>",
        "<#123456789012345678>",
        "</brief:123456789012345678>",
        "**",
        "__",
        "`",
        "> ",
        "# ",
        "[x](https://example.org)",
        "😀",
        "\u202e",
        "\x00",
        "\x1b[2J",
        "\n",
        " ",
        "مرحبا",
        "«NATO»",
    ]
)
TEXTS = st.lists(st.one_of(HOSTILE, st.text(max_size=40)), max_size=30).map("".join)


def test_dlen_counts_astral_characters_twice() -> None:
    assert dlen("Seoul") == 5
    assert dlen("👍 deal") == 7


def test_truncate_prefers_a_word_boundary_and_marks_the_cut() -> None:
    text = "The storm surge reached the quay wall before dawn on Tuesday"
    assert truncate(text, 30) == "The storm surge reached the…"
    assert truncate(text, 500) == text


@given(st.text(max_size=300), st.integers(min_value=1, max_value=120))
def test_truncate_always_fits(text: str, limit: int) -> None:
    out = truncate(text, limit)
    assert dlen(out) <= limit
    if dlen(text) <= limit:
        assert out == text
    else:
        assert out.endswith("…")


@given(st.text(max_size=600), st.integers(min_value=2, max_value=90))
def test_chunk_text_loses_nothing_and_fits(text: str, limit: int) -> None:
    pieces = chunk_text(text, limit)
    assert "".join(pieces) == text
    assert all(dlen(p) <= limit for p in pieces)


def test_chunk_text_splits_at_paragraphs_first() -> None:
    text = "First paragraph about the port.\n\nSecond paragraph about the talks."
    assert chunk_text(text, 40) == [
        "First paragraph about the port.\n\n",
        "Second paragraph about the talks.",
    ]


def test_mentions_are_broken_with_a_zero_width_space() -> None:
    text = "Ping @everyone, @here, <@42424242424242424>, <@&17171717171717171> in <#99>"
    out = neutralise_mentions(text)
    assert out == (
        f"Ping @{ZWSP}everyone, @{ZWSP}here, <{ZWSP}@42424242424242424>, "
        f"<{ZWSP}@&17171717171717171> in <{ZWSP}#99>"
    )
    assert has_live_mention(text) and not has_live_mention(out)


def test_ordinary_at_signs_and_emails_are_left_alone() -> None:
    text = "Write to press@eastmouth-port.example or see 3 < 4 > 2"
    assert neutralise_mentions(text) == text


def test_markdown_is_escaped() -> None:
    assert escape_markdown("**bold** _it_ `code` ||spoiler|| [a](b)") == (
        r"\*\*bold\*\* \_it\_ \`code\` \|\|spoiler\|\| \[a\](b)"
    )
    assert escape_markdown("> quoted\n# heading\n- item") == "\\> quoted\n\\# heading\n\\- item"


def test_control_characters_are_dropped_but_lines_kept() -> None:
    assert clean_control("a\x00b\x1b[31mc\nd\te") == "ab[31mc\nd\te"


@given(TEXTS)
def test_safe_text_never_carries_a_live_mention(text: str) -> None:
    out = safe(text)
    assert not has_live_mention(out)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
