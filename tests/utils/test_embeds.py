"""Embed limits: builders that cut visibly, the fitter, and the checker."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.utils import limits
from bot.utils.embeds import (
    SHORTENED_NOTE,
    embed_length,
    embed_problems,
    fit_embed,
    join_lines,
    paginate,
)
from bot.utils.text import dlen


def test_checker_reports_each_broken_limit() -> None:
    embed = discord.Embed(title="t" * 257, description="d" * 4097)
    for _ in range(26):
        embed.add_field(name="n", value="v" * 1025)
    problems = embed_problems(embed)
    assert "title is 257 > 256" in problems
    assert "description is 4097 > 4096" in problems
    assert "26 fields > 25" in problems
    assert "field 0 value is 1025 > 1024" in problems
    assert any(p.startswith("total ") for p in problems)


def test_fit_embed_cuts_and_says_so() -> None:
    embed = discord.Embed(title="Quay" * 100, description="Repairs. " * 1000)
    for i in range(30):
        embed.add_field(name=f"Berth {i}", value="Crane inspection pending. " * 80)
    fit_embed(embed)
    assert embed_problems(embed) == []
    assert embed_length(embed) <= limits.EMBED_TOTAL
    assert SHORTENED_NOTE in embed.footer.text


def test_fit_embed_leaves_a_valid_embed_untouched() -> None:
    embed = discord.Embed(title="Port reopens", description="The northern basin reopened.")
    embed.add_field(name="Source", value="Harbour authority (12 Feb 2024)")
    before = embed.to_dict()
    assert fit_embed(embed).to_dict() == before


def test_join_lines_says_how_many_were_left_out() -> None:
    lines = [f"• Harbour notice number {i}, issued at dawn" for i in range(100)]
    text = join_lines(lines, limit=300)
    assert dlen(text) <= 300
    shown = text.count("•")
    assert text.endswith(f"… and {100 - shown} more")


def test_paginate_numbers_pages_and_keeps_every_block() -> None:
    blocks = [f"Quotation {i}: “The berth will reopen.”" for i in range(23)]
    pages = paginate("Quotations", blocks, per_page=5, footer="23 quotations")
    assert len(pages) == 5
    assert pages[0].footer.text == "Page 1/5 · 23 quotations"
    joined = "\n".join(p.description for p in pages)
    assert all(b in joined for b in blocks)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(min_size=0, max_size=3000), min_size=0, max_size=12),
    st.text(max_size=400),
    st.integers(min_value=1, max_value=30),
)
def test_paginate_always_produces_valid_embeds(
    blocks: list[str], title: str, per_page: int
) -> None:
    pages = paginate(title or "Results", blocks, per_page=per_page, intro="Intro " * 50)
    assert pages
    for page in pages:
        assert embed_problems(page) == []


LINE = st.text(alphabet=st.characters(blacklist_characters="\n\r"), min_size=1, max_size=400)


@given(st.lists(LINE, max_size=60), st.integers(min_value=20, max_value=1024))
def test_join_lines_always_fits_and_counts_what_it_left_out(lines: list[str], limit: int) -> None:
    text = join_lines(lines, limit=limit)
    assert dlen(text) <= limit
    if dlen("\n".join(lines)) <= limit:
        assert text == "\n".join(lines)
    else:
        shown = text.split("\n")[:-1] if len(lines) > 1 else text.split("\n")
        assert shown[:-1] == lines[: len(shown) - 1]  # whole lines, in order
        if len(lines) > 1:
            assert text.endswith(f"… and {len(lines) - len(shown)} more")
