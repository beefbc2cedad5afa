"""The console: the bot's answers on a terminal, without Discord.

``run_console`` is an interactive prompt (``/brief korea``, ``/help``, ``quit``; Ctrl-D and Ctrl-C
leave cleanly); ``ask_once`` answers one line for ``python -m bot ask "/brief korea"``. Both parse
with :mod:`bot.console.parser`, ask the same :class:`bot.answers.Answers` as the Discord cogs and
print with :mod:`bot.console.render`.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO

from bot.config import Settings
from bot.console.parser import COMMANDS, ParsedCommand, ParseError, parse_line
from bot.console.render import render_text

__all__ = [
    "COMMANDS",
    "ParseError",
    "ParsedCommand",
    "StdinLines",
    "answer",
    "ask_once",
    "parse_line",
    "render_text",
    "run_console",
]

PROMPT = "briefbot> "
QUIT_WORDS = {"quit", "exit", "/quit", "/exit", ":q"}

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command was understood but the input was unusable (a Problem)
EXIT_USAGE = 2  # not a command: unknown name or missing option
EXIT_ERROR = 3  # the database could not be opened, or answering failed


async def answer(answers: Any, command: ParsedCommand) -> Any:
    """Ask ``answers`` for ``command``'s result (the same calls the Discord cogs make)."""
    o = command.options
    match command.name:
        case "brief":
            return await answers.brief(o["topic"])
        case "quote":
            return await answers.quotes(o["speaker"], topic=o.get("topic"))
        case "participants":
            return await answers.participants(topic=o.get("topic"))
        case "who":
            return await answers.who(o["name"])
        case "timeline":
            return await answers.timeline(topic=o.get("topic"))
        case "sources":
            return await answers.sources()
        case "search":
            return await answers.search(o["text"])
        case "help":
            return answers.help()
    raise ParseError(f"Unknown command “{command.name}”. Type /help for the list.")


async def _respond(answers: Any, line: str, out: TextIO) -> int:
    """Parse, answer and print one line; returns the exit code it deserves."""
    from bot.answers.results import Problem

    try:
        command = parse_line(line)
    except ParseError as exc:
        print(exc, file=out)
        if "Unknown command" in str(exc):
            print(render_text(answers.help()), file=out)
        return EXIT_USAGE
    result = await answer(answers, command)
    print(render_text(result), file=out)
    return EXIT_PROBLEM if isinstance(result, Problem) else EXIT_OK


async def _open(settings: Settings) -> Any:
    from bot.app import open_app

    app = open_app(settings)
    return await app if inspect.isawaitable(app) else app


async def _close(app: Any) -> None:
    closing = app.close()
    if inspect.isawaitable(closing):
        await closing


async def ask_once(
    settings: Settings, line: str, *, answers: Any = None, out: TextIO | None = None
) -> int:
    """Answer one command line and return an exit code (0 answered, 1 refused, 2 usage, 3 DB).

    ``answers`` skips opening the database (tests); ``out`` defaults to stdout.
    """
    out = out or sys.stdout
    if answers is not None:
        return await _respond(answers, line, out)
    from bot.store import StoreError

    try:
        app = await _open(settings)
    except StoreError as exc:
        print(f"Cannot open the database {settings.db_path}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return await _respond(app.answers, line, out)
    except Exception as exc:  # one clear line, not a traceback
        print(f"Sorry, that failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        await _close(app)


class StdinLines:
    """Lines from a file descriptor, read through the event loop so Ctrl-C can interrupt a wait.

    ``add_reader`` plus ``os.read`` leaves the descriptor blocking (``connect_read_pipe`` would make
    a shared terminal non-blocking and break large prints) and needs no thread (a thread blocked in
    ``input()`` can hang interpreter shutdown). Regular files cannot be polled; they never block,
    so they are read directly.
    """

    def __init__(self, fd: int, encoding: str = "utf-8") -> None:
        self.fd = fd
        self.encoding = encoding
        self._buffer = b""
        self._eof = False

    async def _readable(self) -> None:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        try:
            loop.add_reader(self.fd, lambda: ready.done() or ready.set_result(None))
        except (OSError, ValueError, NotImplementedError):
            return  # a regular file: reading does not block
        try:
            await ready
        finally:
            loop.remove_reader(self.fd)

    async def readline(self) -> str | None:
        """The next line without its newline; None at end of input."""
        while b"\n" not in self._buffer and not self._eof:
            await self._readable()
            chunk = os.read(self.fd, 65536)
            self._eof = not chunk
            self._buffer += chunk
        if not self._buffer:
            return None
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode(self.encoding, errors="replace")


async def run_console(
    settings: Settings,
    *,
    answers: Any = None,
    reader: Callable[[str], str] | None = None,
    out: TextIO | None = None,
) -> int:
    """The interactive console; returns 0 when the user leaves (quit, EOF or Ctrl-C).

    ``answers`` skips opening the database, ``reader`` replaces ``input`` and ``out`` stdout:
    for tests. An error while answering one line is reported and the console goes on.
    """
    out = out or sys.stdout
    stdin = None if reader else StdinLines(sys.stdin.fileno(), sys.stdin.encoding or "utf-8")
    app = None
    if answers is None:
        from bot.store import StoreError

        print("Opening the database and bringing the seeds up to date…", file=sys.stderr)
        try:
            app = await _open(settings)
        except StoreError as exc:
            print(f"Cannot open the database {settings.db_path}: {exc}", file=sys.stderr)
            return EXIT_ERROR
        answers = app.answers
    print("Briefbot console. Type /help for the commands, quit to leave.", file=out)
    try:
        while True:
            if reader is not None:
                try:
                    line: str | None = reader(PROMPT)
                except EOFError:
                    line = None
            else:
                print(PROMPT, end="", file=out, flush=True)
                line = await stdin.readline()  # type: ignore[union-attr]
            if line is None:
                print(file=out)
                break
            line = line.strip()
            if not line:
                continue
            if line.lower() in QUIT_WORDS:
                break
            try:
                await _respond(answers, line, out)
            except Exception as exc:  # one failed answer must not end the session
                print(f"Sorry, that failed: {type(exc).__name__}: {exc}", file=out)
            out.flush()
    except asyncio.CancelledError:  # Ctrl-C: asyncio.run cancels us; leave cleanly
        print(file=out)
    finally:
        if app is not None:
            await _close(app)
    return EXIT_OK
