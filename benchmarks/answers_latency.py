"""In-process p50/p95/p99 latency of the answers layer (a quick look; un_scale.py is the full one).

    python benchmarks/answers_latency.py --db /tmp/un.db
    python benchmarks/answers_latency.py ../shared/corpora/un-general-debate-1946-2023.tar.xz \
        --limit 2000          # unpack a sample, ingest it into a temporary database, measure

Queries are fixed and realistic (countries, themes, people, autocomplete prefixes). Each is run
``--rounds`` times after one warm-up round; the figures are wall-clock per call, through
:class:`bot.answers.Answers` on one aiosqlite connection, as the bot serves them.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._timing import percentiles_ms, time_calls
from bot.answers import Answers
from bot.store import Store, ingest

TOPICS = ["korea", "palestine", "south africa", "nuclear weapons", "climate change",
          "human rights", "decolonization", "terrorism", "united nations", "refugees"]  # fmt: skip
SPEAKERS = ["guterres", "annan", "hammarskjöld", "mandela", "castro", "gorbachev"]
PREFIXES = ["k", "ko", "kor", "pal", "nuc", "gu", "s", "un"]
TARGETS_MS = {"brief": 100, "quote": 20, "participants": 50, "autocomplete": 10}


def percentiles(values: list[float]) -> str:
    p50, p95, p99 = percentiles_ms(values, 0.5, 0.95, 0.99)
    return f"p50 {p50:6.1f}  p95 {p95:6.1f}  p99 {p99:6.1f} ms"


def unpack_sample(archive: Path, folder: Path, limit: int) -> Path:
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        step = max(1, len(members) // limit)
        for member in members[::step][:limit]:
            tar.extract(member, folder, filter="data")
    return folder


async def measure(db: Path, rounds: int) -> None:
    started = time.perf_counter()
    store = await Store.open(db)
    answers = Answers(store)
    print(f"open: {(time.perf_counter() - started) * 1000:.1f} ms, "
          f"{await store.document_count()} documents")  # fmt: skip
    commands = {
        "brief": [lambda t=t: answers.brief(t) for t in TOPICS],
        "quote": [lambda s=s: answers.quotes(s) for s in SPEAKERS],
        "participants": [lambda t=t: answers.participants(t) for t in [None, *TOPICS[:5]]],
        "who": [lambda s=s: answers.who(s) for s in SPEAKERS],
        "timeline": [lambda t=t: answers.timeline(t) for t in TOPICS[:5]],
        "search": [lambda t=t: answers.search(t) for t in TOPICS[:5]],
        "autocomplete": [lambda p=p: answers.complete_topics(p) for p in PREFIXES]
        + [lambda p=p: answers.complete_speakers(p) for p in PREFIXES],
        "sources": [answers.sources],
    }
    for name, calls in commands.items():
        samples = await time_calls(calls, rounds)  # after one warm-up round
        target = TARGETS_MS.get(name)
        suffix = f"  (target p95 <= {target} ms)" if target else ""
        print(f"  {name:13} {percentiles(samples)}  n={len(samples)}{suffix}")
    await store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


async def build(folder: Path, db: Path) -> None:
    store = await Store.open(db)
    t0 = time.perf_counter()
    report = await ingest(store, [folder])
    print(f"ingest: {report.line()} in {time.perf_counter() - t0:.1f} s")
    await store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="a folder or .tar.xz to ingest")
    parser.add_argument("--db", type=Path, help="a built database (or where to build one)")
    parser.add_argument("--limit", type=int, help="ingest a sample of N files of the archive")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefbot-lat-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if args.corpus is not None:
            folder = args.corpus
            if folder.is_file():
                folder = unpack_sample(folder, Path(tmp) / "corpus", args.limit or 10**9)
            asyncio.run(build(folder, db))
        elif args.db is None:
            parser.error("give a corpus to ingest or --db of a built database")
        asyncio.run(measure(db, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
