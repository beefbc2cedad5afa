"""The answers layer: the same plain results for Discord and the console (see ``results``)."""

from __future__ import annotations

from bot.answers.answers import LIST_CAP, Answers, clean_input

__all__ = ["LIST_CAP", "Answers", "clean_input"]
