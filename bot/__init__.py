"""Briefbot: a Discord briefing assistant.

Data flows one way: documents → digest (pure extraction, :mod:`bot.digest`) → store (SQLite,
:mod:`bot.store`) → answers (:mod:`bot.answers`) → renderers (Discord in :mod:`bot.exts`, text in
:mod:`bot.console`).
"""

__version__ = "0.1.0"
