"""Scale benchmark on the UN General Debate corpus (issue 5). A benchmark, not a test: it prints.

    python benchmarks/un_scale.py ../shared/corpora/un-general-debate-1946-2023.tar.xz

It unpacks the corpus to a temporary folder, ingests it all into a fresh database with
``python -m bot ingest`` (a subprocess, so that its peak memory — summed over the process tree,
extraction workers included — can be sampled from /proc), re-ingests it unchanged, times the start
of the application on the built database, then measures p50/p95/p99 latency of every command over
a fixed list of realistic queries, in-process through the answers layer and once more through the
Discord adapter's renderers (embeds built and checked against Discord's limits).

Options: ``--keep DIR`` keeps the database there; ``--db FILE`` reuses an already built database
(skips unpacking and ingest); ``--limit N`` ingests only the first N speeches (a quick look).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._timing import percentiles_ms, time_calls  # noqa: E402

# Realistic queries: countries, people, themes (what a team asks of 78 years of speeches).
TOPICS = [
    "korea",
    "israel",
    "palestine",
    "south africa",
    "cuba",
    "viet nam",
    "afghanistan",
    "ukraine",
    "iraq",
    "climate change",
    "nuclear disarmament",
    "apartheid",
    "decolonization",
    "terrorism",
    "sustainable development",
    "human rights",
    "refugees",
    "pandemic",
    "security council reform",
    "small island states",
]
SPEAKERS = [
    "guterres",
    "annan",
    "hammarskjold",
    "ban ki-moon",
    "mandela",
    "arafat",
    "castro",
    "gorbachev",
    "obama",
    "u thant",
    "boutros-ghali",
    "kissinger",
]
PEOPLE_TOPICS = [None, "korea", "apartheid", "climate change", "palestine", "nuclear disarmament"]
PREFIXES = ["k", "ko", "kor", "pal", "cli", "nuc", "gut", "ann", "man", "s", "un", "ob"]
SEARCHES = ["nuclear weapons", "climate change", "two-state solution", "apartheid", "ebola"]


def _tree_rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            ppid = int(fields[1])
            with open(f"/proc/{entry}/statm", "rb") as fh:
                rss[int(entry)] = int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int, str]:
    """Run ``cmd``; return (seconds, peak tree RSS, peak single-process RSS, stdout)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_bytes(proc.pid))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    for line in err.splitlines():
        if line.startswith("skipped "):
            print(f"  {line}")  # a file the ingest refused, with its reason
    return seconds, peak, single, out.strip()


def unpack(archive: Path, into: Path, limit: int | None) -> tuple[Path, int, int]:
    """Unpack the speeches (``.txt`` only); return (folder, number of files, bytes of text)."""
    count = size = 0
    with tarfile.open(archive) as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".txt")):
                continue
            if limit is not None and count >= limit:
                break
            tar.extract(member, into, filter="data")
            count += 1
            size += member.size
    return into, count, size


def percentiles(samples: list[float]) -> str:
    p50, p95, p99 = percentiles_ms(samples, 0.5, 0.95, 0.99)
    return f"p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   p99 {p99:7.1f} ms"


async def measure_latency(db: Path, rounds: int) -> None:
    from bot.app import open_app
    from bot.config import Settings

    settings = Settings(db_path=db)
    started = time.perf_counter()
    app = await open_app(settings)
    print(f"open_app on the built database (seeds checked): {time.perf_counter() - started:.2f} s")
    try:
        await _measure_answers(app.answers, rounds)
        await _measure_discord(app.answers, rounds)
    finally:
        await app.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory while serving (this process): {rss:.0f} MB")


async def _measure_answers(answers, rounds: int) -> None:
    calls = {
        "brief": [lambda t=t: answers.brief(t) for t in TOPICS],
        "quote": [lambda s=s: answers.quotes(s) for s in SPEAKERS],
        "participants": [lambda t=t: answers.participants(t) for t in PEOPLE_TOPICS],
        "who": [lambda s=s: answers.who(s) for s in SPEAKERS],
        "timeline": [lambda t=t: answers.timeline(t) for t in TOPICS],
        "search": [lambda q=q: answers.search(q) for q in SEARCHES],
        "autocomplete topics": [lambda p=p: answers.complete_topics(p) for p in PREFIXES],
        "autocomplete speakers": [lambda p=p: answers.complete_speakers(p) for p in PREFIXES],
    }
    print(
        f"\nlatency in-process through the answers layer ({rounds} rounds, first warm-up dropped)"
    )
    for name, fns in calls.items():
        samples = await time_calls(fns, rounds)
        print(f"  {name:22} {percentiles(samples)}  (n={len(samples)})")


async def _measure_discord(answers, rounds: int) -> None:
    """The same queries rendered by the Discord adapter into embeds, limits checked."""
    from bot.exts.briefing.render import render
    from bot.utils.embeds import embed_problems

    plan = [
        ("brief", [(answers.brief, t) for t in TOPICS]),
        ("quote", [(answers.quotes, s) for s in SPEAKERS]),
        ("participants", [(answers.participants, t) for t in PEOPLE_TOPICS]),
        ("who", [(answers.who, s) for s in SPEAKERS]),
        ("timeline", [(answers.timeline, t) for t in TOPICS]),
        ("search", [(answers.search, q) for q in SEARCHES]),
    ]
    broken = 0

    async def rendered(fn, arg) -> None:
        nonlocal broken
        pages = render(await fn(arg))
        broken += sum(bool(embed_problems(page)) for page in pages)

    samples = {
        name: await time_calls(
            [lambda fn=fn, arg=arg: rendered(fn, arg) for fn, arg in calls], rounds, warm_up=False
        )
        for name, calls in plan
    }
    print("\nlatency through the Discord adapter (answer + embeds, limits checked)")
    for name, values in samples.items():
        print(f"  {name:22} {percentiles(values)}  (n={len(values)})")
    print(f"  embeds over Discord's limits: {broken}")


def measure_real_bot(db: Path, rounds: int) -> None:
    """Start the real bot (``python -m bot run``) against the tests' loopback Discord server:
    time from process start to READY with commands synced, then slash commands end to end."""
    try:
        from tests.loopback.plugin import BotProcess
        from tests.loopback.server import LoopbackDiscord
    except ImportError:
        print("\n(the loopback Discord server in tests/ is not importable: real-bot run skipped)")
        return
    with tempfile.TemporaryDirectory(prefix="briefbot-bot-") as work, LoopbackDiscord() as server:
        bot = BotProcess(server, ["-m", "bot", "run"], Path(work), {"BRIEFBOT_DB": str(db)})
        started = time.perf_counter()
        bot.start()
        try:
            bot.wait_ready(timeout=60)
            print(
                f"\nthe real bot over a loopback Discord: start to ready (gateway READY, "
                f"commands synced) {time.perf_counter() - started:.2f} s"
            )
            plan = {
                "brief": ("brief", "topic", TOPICS),
                "quote": ("quote", "speaker", SPEAKERS),
                "participants": ("participants", "topic", [t for t in PEOPLE_TOPICS if t]),
            }
            for label, (command, option, values) in plan.items():
                first, full = [], []
                for _ in range(rounds):
                    for value in values:
                        record = server.slash(command, **{option: value})
                        record.wait_answered(timeout=30)
                        first.append(record.latency)
                        done = max([record.first_response_at or 0.0] + [t for t, _ in record.edits])
                        full.append(done - record.sent_at)
                print(f"  {label:12} first response {percentiles(first)}")
                print(f"  {'':12} full answer    {percentiles(full)}")
            assert bot.proc is not None
            rss = _tree_rss_bytes(bot.proc.pid) / 2**20
            print(f"  memory of the bot process after serving: {rss:.0f} MB")
        finally:
            bot.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="un-general-debate-1946-2023.tar.xz")
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    parser.add_argument("--db", type=Path, help="an already built database: only measure serving")
    parser.add_argument("--limit", type=int, help="ingest only the first N speeches")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of queries per command")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefbot-un-") as tmp:
        tmp_path = Path(tmp)
        db = args.db
        if db is None:
            t0 = time.perf_counter()
            folder, count, size = unpack(args.corpus, tmp_path / "corpus", args.limit)
            print(
                f"unpacked {count} speeches, {size / 1e6:.1f} MB of text "
                f"in {time.perf_counter() - t0:.1f} s"
            )
            home = args.keep or tmp_path
            home.mkdir(parents=True, exist_ok=True)
            db = home / "un.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            env = dict(os.environ, BRIEFBOT_DB=str(db), PYTHONPATH=str(ROOT))
            cmd = [sys.executable, "-m", "bot", "ingest", str(folder)]
            seconds, peak, single, line = run_measured(cmd, env)
            print(f"\ningest: {line}")
            print(
                f"  {seconds:.1f} s   {size / 1e6 / seconds:.2f} MB/s   "
                f"{count / seconds:.0f} documents/s"
            )
            print(
                f"  peak memory: {peak / 2**20:.0f} MB for the whole process tree, "
                f"{single / 2**20:.0f} MB for the largest process"
            )
            db_size = sum(
                Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists()
            )
            print(f"  database: {db_size / 1e6:.1f} MB = {db_size / size:.2f} x the text")
            seconds, peak, _, line = run_measured(cmd, env)
            print(f"\nre-ingest unchanged: {line}\n  {seconds:.1f} s, peak {peak / 2**20:.0f} MB")
        env = dict(os.environ, BRIEFBOT_DB=str(db), PYTHONPATH=str(ROOT))
        probe = (
            "import asyncio,time; t=time.perf_counter();"
            "from bot.config import Settings; from bot.app import open_app\n"
            "async def m():\n a=await open_app(Settings.from_env(dotenv=False));"
            " await a.answers.sources(); await a.close()\n"
            "asyncio.run(m()); print(f'{time.perf_counter()-t:.2f}')"
        )
        for attempt in (
            "first start (adds seeds/, so the corpus-wide people merge reruns)",
            "start on the built database",
        ):
            seconds, _, _, out = run_measured([sys.executable, "-c", probe], env)
            print(
                f"\n{attempt}: new process, imports, open, seeds check, first answer: "
                f"{seconds:.2f} s (in-process part {out} s)"
            )
        asyncio.run(measure_latency(db, args.rounds))
        measure_real_bot(db, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
