"""How fast the cogs answer, from INTERACTION_CREATE to the bot's first and final response.

    python benchmarks/discord_replies.py            # on the project's seeds, 30 rounds
    python benchmarks/discord_replies.py --seeds DIR --rounds 50

Runs the real Briefbot cogs and command tree on real discord.py objects against the real store
(a temporary database built from the seeds folder); only the network edge is the in-process fake
from ``tests/exts/harness.py``, so the figures are the bot's own work without network latency.
Discord's limit is 3 s for the first response (we defer at once) and 3 s for autocomplete.
Prints median and 95th percentile per command, and checks every reply against Discord's limits.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (MonkeyPatch, to install the fake network edge)

from benchmarks._timing import percentiles_ms, time_calls  # noqa: E402
from bot.app import open_app  # noqa: E402
from bot.config import Settings  # noqa: E402
from tests.exts.harness import Harness, assert_reply_safe  # noqa: E402

COMMANDS = [
    ("brief", {"topic": "korea"}),
    ("brief", {"topic": "volcanoes"}),
    ("quote", {"speaker": "stoltenberg"}),
    ("participants", {}),
    ("who", {"name": "yoon"}),
    ("timeline", {}),
    ("sources", {}),
    ("search", {"text": "missile"}),
    ("help", {}),
]


def _ms(values: list[float]) -> str:
    median, p95 = percentiles_ms(values, 0.5, 0.95)
    return f"median {median:7.2f} ms   p95 {p95:7.2f} ms"


async def main(seeds: Path, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        app = await open_app(Settings(db_path=Path(tmp) / "bench.db", seeds_dir=seeds))
        print(f"opened the store and ingested {seeds} in {time.perf_counter() - started:.2f} s")
        patch = pytest.MonkeyPatch()
        harness = await Harness.start(app.answers, patch)
        try:
            for name, options in COMMANDS:
                first, final = [], []
                for _ in range(rounds):
                    t0 = asyncio.get_running_loop().time()
                    _, calls = await harness.command(name, **options)
                    for call in calls:
                        assert_reply_safe(call)
                    first.append(calls[0].at - t0)
                    final.append(calls[-1].at - t0)
                label = f"/{name} " + " ".join(f"{k}:{v}" for k, v in options.items())
                print(f"{label:<32} first {_ms(first)}   final {_ms(final)}")
            for command, focused, prefix in [("brief", "topic", "ko"), ("quote", "speaker", "s")]:
                call = partial(harness.autocomplete, command, focused, **{focused: prefix})
                times = await time_calls([call], rounds, warm_up=False)
                print(f"autocomplete /{command} {focused}:{prefix:<12} {_ms(times)}")
        finally:
            await harness.close()
            patch.undo()
            await app.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(main(args.seeds, args.rounds))
