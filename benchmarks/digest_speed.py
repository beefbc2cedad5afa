"""Digest throughput on one core, per pipeline stage, and worst-case inputs scaling linearly.

    python benchmarks/digest_speed.py ../shared/corpora/un-general-debate-1946-2023.tar.xz
    python benchmarks/digest_speed.py ../shared/corpora/bbc-news-summary-sample --no-worst
    python benchmarks/digest_speed.py CORPUS --mb 20 --profile   # cProfile's top functions

PATH is a folder (read recursively) or a ``.tar.xz``/``.tar.gz`` archive, of which a sample of
``--mb`` megabytes (every n-th file, so that all sessions are represented) is unpacked to a
temporary folder first. Everything runs in this one process, on one core. The target is ≥ 1.5 MB/s
for the whole pipeline. The worst cases (binary junk, a 5 MB line, no punctuation, 10,000
quotation marks, mixed scripts, runs of full stops) are timed at two sizes: time should double
when the size doubles (linear), never quadruple.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from bot.digest import UnreadableDocument, digest_bytes
from bot.digest.dates import document_date, extract_events
from bot.digest.people import extract_entities
from bot.digest.quotes import extract_quotes
from bot.digest.sentences import split
from bot.digest.summary import summarize
from bot.digest.text import decode, normalize
from bot.digest.title import extract_title

MB = 1_000_000


def sample_archive(archive: Path, megabytes: float, target: Path) -> list[Path]:
    """Unpack about ``megabytes`` of text files, spread evenly over the archive."""
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        total = sum(m.size for m in members)
        step = max(1, round(total / (megabytes * MB)))
        chosen = members[::step]
        for member in chosen:
            member.name = member.name.replace(":", "_")
        tar.extractall(target, members=chosen, filter="data")
    return sorted(p for p in target.rglob("*.txt") if p.is_file())


def collect(path: Path, megabytes: float, tmp: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in {".txt", ".md"})
    if path.name.endswith((".tar.xz", ".tar.gz", ".tgz", ".tar")):
        return sample_archive(path, megabytes, tmp)
    return [path]


def staged(data: bytes, source: str, times: dict[str, float]) -> None:
    """The pipeline of :func:`bot.digest.pipeline.digest_document`, each stage timed."""
    clock = time.perf_counter
    t0 = clock()
    text = normalize(decode(data))
    t1 = clock()
    paragraphs, sentences = split(text)
    t2 = clock()
    title = extract_title(text, source, paragraphs)
    day = document_date(text, source)
    t3 = clock()
    entities = extract_entities(text, sentences)
    t4 = clock()
    extract_quotes(text, sentences, paragraphs, entities)
    t5 = clock()
    extract_events(text, sentences, day)
    t6 = clock()
    summarize(text, sentences, paragraphs, title)
    t7 = clock()
    for name, a, b in (
        ("decode+normalize", t0, t1),
        ("sentences", t1, t2),
        ("title+date", t2, t3),
        ("people", t3, t4),
        ("quotes", t4, t5),
        ("events", t5, t6),
        ("summary", t6, t7),
    ):
        times[name] += b - a


def corpus_speed(files: list[Path], profile: bool) -> None:
    blobs = [(p.read_bytes(), str(p)) for p in files]
    size = sum(len(b) for b, _ in blobs)
    failures = 0
    start = time.perf_counter()
    for data, source in blobs:
        try:
            digest_bytes(data, source)
        except UnreadableDocument:
            failures += 1
    elapsed = time.perf_counter() - start
    print(f"whole pipeline: {len(blobs)} documents, {size / MB:.1f} MB in {elapsed:.2f} s = "
          f"{size / MB / elapsed:.2f} MB/s, {len(blobs) / elapsed:.0f} documents/s "
          f"({failures} unreadable)")  # fmt: skip
    times: dict[str, float] = defaultdict(float)
    for data, source in blobs:
        with contextlib.suppress(UnreadableDocument):
            staged(data, source, times)
    total = sum(times.values())
    print("per stage (share of time, and MB/s the stage alone would allow):")
    for name, seconds in times.items():
        speed = size / MB / seconds if seconds else float("inf")
        print(f"  {name:<17} {100 * seconds / total:5.1f}%  {speed:8.1f} MB/s")
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for data, source in blobs:
            with contextlib.suppress(UnreadableDocument):
                digest_bytes(data, source)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        print(out.getvalue())


def _words(rng: random.Random, n: int) -> list[str]:
    vocab = [
        "the",
        "minister",
        "said",
        "talks",
        "would",
        "resume",
        "after",
        "council",
        "vote",
        "on",
        "security",
        "peace",
    ]
    return [rng.choice(vocab) for _ in range(n)]


def worst_cases(size: int) -> dict[str, bytes]:
    """Adversarial documents of about ``size`` bytes."""
    rng = random.Random(size)
    words = " ".join(_words(rng, size // 6))[:size]
    quotes = "“”\"'‘’«»"
    quoted = " ".join(
        w + rng.choice(quotes) if rng.random() < 0.5 else rng.choice(quotes) + w
        for w in _words(rng, size // 8)
    )
    scripts = [
        "Москва заявила",
        "北京表示",
        "قال الوزير",
        "Ελλάδα είπε",
        "नई दिल्ली",
        "🙂🚀",
        "Paris a dit.",
    ]
    mixed = " ".join(rng.choice(scripts) for _ in range(size // 12))
    return {
        "binary junk": rng.randbytes(size),
        "one long line": (words + ".").encode(),
        "no punctuation": "\n".join(words[i : i + 70] for i in range(0, len(words), 70)).encode(),
        "quotation marks": quoted.encode()[:size],
        "mixed scripts": mixed.encode()[: size - size % 4].decode("utf-8", "ignore").encode(),
        "full stops": (". " * (size // 2)).encode(),
        "dots run": (b"." * size),
        "capitalised words": " ".join(
            w.capitalize() + rng.choice(["", ".", ",", " Mr."]) for w in _words(rng, size // 7)
        ).encode(),
    }


def worst_speed(base: int) -> None:
    print(
        f"worst cases (whole pipeline; time at {base / MB:g} MB and {2 * base / MB:g} MB, "
        "x = ratio; the slowest stage at the larger size):"
    )
    small, large = worst_cases(base), worst_cases(2 * base)
    for name in small:
        results = []
        times: dict[str, float] = defaultdict(float)
        outcome = "digest"
        for data in (small[name], large[name]):
            times.clear()
            start = time.perf_counter()
            try:
                staged(data, "worst.txt", times)
            except UnreadableDocument as exc:
                outcome = f"refused: {exc}"
            results.append(time.perf_counter() - start)
        ratio = results[1] / results[0] if results[0] > 0 else float("nan")
        slowest = max(times, key=times.__getitem__) if times else "-"
        print(f"  {name:<18} {len(small[name]) / MB:4.1f} MB {results[0]:6.2f} s  "
              f"{len(large[name]) / MB:4.1f} MB {results[1]:6.2f} s  x{ratio:4.1f}  "
              f"{outcome}; slowest: {slowest} {times.get(slowest, 0):.2f} s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a folder, a file, or a .tar.xz corpus")
    parser.add_argument("--mb", type=float, default=20.0, help="sample size for archives")
    parser.add_argument("--worst-mb", type=float, default=2.5, help="size of the worst cases")
    parser.add_argument("--no-worst", action="store_true", help="skip the worst-case inputs")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digest-speed-") as tmp:
        files = collect(Path(args.path), args.mb, Path(tmp))
        if not files:
            print(f"no documents under {args.path}", file=sys.stderr)
            return 2
        corpus_speed(files, args.profile)
    if not args.no_worst:
        worst_speed(int(args.worst_mb * MB))
    return 0


if __name__ == "__main__":
    sys.exit(main())
