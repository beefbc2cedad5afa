"""Make document text safe to show in Discord.

``AllowedMentions.none()`` already stops pings, but a quoted ``<@123>`` would still *render* as a
mention and ``@everyone`` would still look alarming, so text taken from documents or typed by users
is neutralised with a zero-width space. Markdown is escaped so a document cannot format (or
fake links in) our replies.
"""

from __future__ import annotations

import re

from bot.utils.text import clean_control

ZWSP = "\u200b"

_EVERYONE = re.compile(r"@(?=(everyone|here)\b)", re.IGNORECASE)
_ANGLE = re.compile(r"<(?=[@#/])")  # <@id> <@!id> <@&id> <#id> </command:id>
_INLINE = re.compile(r"([\\*_~`|\[\]])")
_LINE_START = re.compile(r"(?m)^(\s*)([>#\-+]|\d+\.)(?=\s)")


def neutralise_mentions(text: str) -> str:
    """Break ``@everyone``, ``@here``, user/role/channel mentions and command links."""
    text = _EVERYONE.sub("@" + ZWSP, text)
    return _ANGLE.sub("<" + ZWSP, text)


def escape_markdown(text: str) -> str:
    """Escape Discord markdown: emphasis, code, spoilers, masked links, quotes, headings, lists."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def safe(text: str | None, *, markdown: bool = True) -> str:
    """Document or user text made safe to embed in a reply (control characters dropped too)."""
    if not text:
        return ""
    text = clean_control(text)
    if markdown:
        text = escape_markdown(text)
    return neutralise_mentions(text)


def has_live_mention(text: str) -> bool:
    """True when ``text`` still holds something Discord would render as a mention (for tests)."""
    return bool(
        re.search(r"@(everyone|here)\b", text, re.IGNORECASE)
        or re.search(r"<(@[!&]?|#)\d+>", text)
        or re.search(r"</[^>\s]+:\d+>", text)
    )
