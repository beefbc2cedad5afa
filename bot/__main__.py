"""``python -m bot``: the single entry point.

python -m bot                    run the Discord bot (or the local console without a token)
python -m bot run                the same
python -m bot console            the interactive console, even with a token
python -m bot ask "/brief korea" answer one command and exit
python -m bot ingest PATH...     add documents (files or folders) to the database
python -m bot digest PATH... [--json]   print the digest of documents, without a database
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Briefbot: document briefings in Discord."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Discord bot (the console when DISCORD_TOKEN is not set)")
    sub.add_parser("console", help="answer commands typed on this terminal")
    ask = sub.add_parser("ask", help='answer one command, e.g. ask "/brief korea"')
    ask.add_argument("line", nargs="+", help="the command, e.g. /brief korea")
    ingest = sub.add_parser("ingest", help="add documents (files or folders) to the database")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--workers", type=int, default=None, help="extraction processes")
    digest = sub.add_parser("digest", help="print the digest of documents (no database)")
    digest.add_argument("paths", nargs="+", metavar="PATH")
    digest.add_argument("--json", action="store_true", help="one JSON object on stdout")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"

    if command == "digest":
        from bot.digest_cli import digest_command

        return digest_command(args.paths, as_json=args.json)

    from bot.config import Settings

    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2

    if command == "ingest":
        from bot.store.cli import ingest_command

        return asyncio.run(ingest_command(settings, args.paths, workers=args.workers))
    if command == "ask":
        from bot.console import ask_once

        return asyncio.run(ask_once(settings, " ".join(args.line)))
    if command == "console" or (command == "run" and not settings.token):
        from bot.console import run_console

        if command == "run":
            print(
                "No DISCORD_TOKEN set: starting the local console instead "
                "(see README: 'Running in Discord').",
                file=sys.stderr,
            )
        return asyncio.run(run_console(settings))
    from bot.bot import run_bot

    return run_bot(settings)


def _entry() -> int:
    """``main`` for the shell: a reader that stops early ("python -m bot digest seeds --json |
    head") is no error, so no traceback (the way the Python docs advise for SIGPIPE)."""
    try:
        return main()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(_entry())
