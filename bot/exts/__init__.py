"""Discord cogs, one package per feature area; each package's ``setup`` adds its cogs."""

EXTENSIONS: tuple[str, ...] = ("bot.exts.errors", "bot.exts.briefing", "bot.exts.admin")
