"""``python -m bot.eval KIND CORPUS``: print quality figures for one extractor."""

from __future__ import annotations

import argparse
import importlib
import sys

from bot.digest.people import strict_entities

KINDS = {
    "quotes": "bot.eval.quotes",
    "summaries": "bot.eval.summaries",
    "people": "bot.eval.people",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.eval")
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("corpus", help="the corpus folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    module = importlib.import_module(KINDS[args.kind])
    with strict_entities():  # a bug in the extractor fails the evaluation loudly
        return module.main(args.corpus, verbose=args.verbose)


if __name__ == "__main__":
    sys.exit(main())
