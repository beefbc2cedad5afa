"""Checking what users type, and keeping database failures away from them.

Every command takes free text from Discord or a terminal: it is normalised and bounded here, once,
so the rest of the answers layer can trust it; :func:`guard` turns a database error into a polite
:class:`Problem` so renderers never see an exception.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import unicodedata
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from bot.answers.results import Problem
from bot.store.textsearch import words

# The facade's logger name, kept so that log filters and records stay as they were.
log = logging.getLogger("bot.answers.answers")

MAX_INPUT = 200  # characters in a topic, name or search

P = ParamSpec("P")
R = TypeVar("R")


def guard(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R | Problem]]:
    """Turn database failures into a polite :class:`Problem` (and log them)."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | Problem:
        try:
            return await method(*args, **kwargs)
        except sqlite3.Error:
            log.exception("database error in %s", method.__name__)
            return Problem("Sorry, the database could not answer that right now.")

    return wrapper


def clean_input(value: object, what: str, *, limit: int = MAX_INPUT) -> str | Problem:
    """Normalise user text (controls removed, spaces collapsed) or explain why it is unusable."""
    if not isinstance(value, str):
        return Problem(f"Please give a {what} as text.")
    text = unicodedata.normalize("NFC", value)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn") or ch in "\u200d"
    )
    text = " ".join(text.split())
    if not text:
        return Problem(f"Please give a {what}.")
    if len(text) > limit:
        return Problem(
            f"That {what} is too long ({len(text)} characters); please keep it under {limit}."
        )
    if not words(text):
        return Problem(f"A {what} needs at least one word (letters or digits).")
    return text
