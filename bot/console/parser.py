"""Parse a typed command line the way Discord's client reads slash commands.

``/quote jens stoltenberg topic:north korea`` → ``quote`` with ``speaker="jens stoltenberg"`` and
``topic="north korea"``: ``key:value`` options like Discord's, where a value runs until the next
known option; text before the first option fills the command's first unset option. Only the
command's own option names are options, so ``/search 10:30 ceasefire`` searches for "10:30".
The leading ``/`` is optional. Shared by the interactive console and ``python -m bot ask``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str
    options: tuple[str, ...]  # in order; the first unset one takes free text
    required: tuple[str, ...]
    example: str
    summary: str


COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        CommandSpec("brief", ("topic",), ("topic",), "/brief korea", "a short briefing on a topic"),
        CommandSpec(
            "quote",
            ("speaker", "topic"),
            ("speaker",),
            "/quote stoltenberg topic:korea",
            "what someone said, with context and source",
        ),
        CommandSpec(
            "participants", ("topic",), (), "/participants korea", "the people in the documents"
        ),
        CommandSpec("who", ("name",), ("name",), "/who stoltenberg", "one person's profile"),
        CommandSpec("timeline", ("topic",), (), "/timeline korea", "dated events in order"),
        CommandSpec("sources", (), (), "/sources", "the documents loaded"),
        CommandSpec("search", ("text",), ("text",), "/search missile", "passages that match"),
        CommandSpec("help", (), (), "/help", "this list"),
    )
}

ALIASES = {
    "quotes": "quote",
    "people": "participants",
    "profile": "who",
    "source": "sources",
    "find": "search",
    "?": "help",
    "h": "help",
}


class ParseError(ValueError):
    """The line is not a usable command; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class ParsedCommand:
    name: str
    options: dict[str, str] = field(default_factory=dict)


def _unquote(value: str) -> str:
    value = value.strip()
    for a, b in (('"', '"'), ("'", "'"), ("“", "”")):
        if len(value) >= 2 and value.startswith(a) and value.endswith(b):
            return value[1:-1].strip()
    return value


def parse_line(line: str) -> ParsedCommand:
    """Parse one command line; raises :class:`ParseError` with a helpful message."""
    text = line.strip()
    if not text:
        raise ParseError("Type a command, e.g. /brief korea (or /help).")
    head, _, rest = text.lstrip("/").partition(" ")
    name = ALIASES.get(head.lower(), head.lower())
    spec = COMMANDS.get(name)
    if spec is None:
        raise ParseError(f"Unknown command “{head}”. Type /help for the list.")
    options: dict[str, str] = {}
    free = rest
    if spec.options:
        keys = "|".join(map(re.escape, spec.options))
        pattern = re.compile(rf"(?:^|(?<=\s))({keys}):", re.IGNORECASE)
        matches = list(pattern.finditer(rest))
        free = rest[: matches[0].start()] if matches else rest
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(rest)
            value = _unquote(rest[m.end() : end])
            if value:
                options[m.group(1).lower()] = value
        free = _unquote(free)
        if free:
            target = next((o for o in spec.options if o not in options), None)
            if target is None:
                raise ParseError(f"Too much text: {spec.example} shows the form.")
            options[target] = free
    elif free.strip():
        raise ParseError(f"/{spec.name} takes no options.")
    missing = [o for o in spec.required if o not in options]
    if missing:
        raise ParseError(f"/{spec.name} needs {' and '.join(missing)}, e.g. {spec.example}")
    return ParsedCommand(spec.name, options)
