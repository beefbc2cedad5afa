"""Unpack the Lee news corpus from a gensim wheel into one .txt file per article.

The Lee corpus (Lee, Pincombe and Welsh, 2005) is 350 short Australian news articles (ABC News,
2001–2002) that gensim ships as test data. Anybody can get it with pip, which makes it a news
corpus that the project never saw and that others can rebuild exactly::

    pip download --no-deps --only-binary :all: --python-version 3.11 gensim==4.3.3 -d /tmp/gensim
    python benchmarks/lee_corpus.py /tmp/gensim/gensim-4.3.3-*.whl /tmp/lee
    python -m bot.eval people /tmp/lee     # scored against bot/eval/gold/people_lee.json
    python -m bot.eval quotes /tmp/lee     # scored against bot/eval/gold/quotes_lee.json

Files are named ``leeNNN.txt`` by the article's position: the 300 lines of
``lee_background.cor`` first, then the 50 of ``lee.cor`` (blank lines skipped). The texts are
not ours to redistribute, so only the gold lists (names, roles and quoted words) are in the
project; this script rebuilds the texts they refer to.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

MEMBERS = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")


def unpack(wheel: Path, out: Path) -> int:
    """Write every article of the wheel's Lee corpus to ``out``; return how many."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(wheel) as archive:
        for member in MEMBERS:
            text = archive.read(member).decode("latin-1")
            for line in text.splitlines():
                line = line.strip()
                if line:
                    count += 1
                    (out / f"lee{count:03d}.txt").write_text(line + "\n", encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    wheel, out = Path(argv[0]), Path(argv[1])
    try:
        count = unpack(wheel, out)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        print(f"cannot read the Lee corpus from {wheel}: {exc}", file=sys.stderr)
        return 1
    print(f"{count} articles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
