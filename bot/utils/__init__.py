"""Helpers shared by the Discord cogs and the console.

:mod:`bot.utils.text`, :mod:`bot.utils.mentions` and :mod:`bot.utils.format` do not import
discord.py, so the console can use them; :mod:`bot.utils.embeds` and :mod:`bot.utils.paginator` do.
"""
