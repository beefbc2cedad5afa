"""``python -m bot run`` for the end-to-end tests, with the paginator timeout from the environment.

Why: the paginator disables its buttons after 180 s; a test cannot wait that long. When the bot
reads ``BRIEFBOT_VIEW_TIMEOUT`` itself this wrapper changes nothing; until then it shortens the
default of :func:`bot.utils.paginator.send_pages`. Everything else is the normal entry point.
"""

from __future__ import annotations

import os
import sys


def shorten_paginator(seconds: float) -> None:
    """Replace the paginator's default timeout wherever it is a default argument."""
    from bot.utils import paginator

    default = getattr(paginator, "DEFAULT_TIMEOUT", None)
    if default is None:
        return
    paginator.DEFAULT_TIMEOUT = seconds
    for func in (paginator.send_pages, paginator.Paginator.__init__):
        defaults = func.__kwdefaults__ or {}
        for key, value in defaults.items():
            if "timeout" in key and value == default:
                defaults[key] = seconds


def main() -> int:
    timeout = os.environ.get("BRIEFBOT_VIEW_TIMEOUT")
    if timeout:
        shorten_paginator(float(timeout))
    from bot.__main__ import main as bot_main

    return bot_main(["run"])


if __name__ == "__main__":
    sys.exit(main())
