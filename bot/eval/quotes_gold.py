"""Quotations scored against a hand-made gold list, for news that has no PolNeAR annotation.

``BRIEFBOT_QUOTES_GOLD=gold.json python -m bot.eval quotes FOLDER`` digests every ``.txt`` file the
gold list names and prints the same figures as the PolNeAR evaluation. The gold list is JSON::

    {"<file name>": [{"text": "<the quoted words, as in the file>",
                      "speaker": "<full name of the person or organisation>" | null,
                      "source": "name" | "pronoun" | "description" | "none"}, ...], ...}

``source`` says how the article names the speaker where it attributes that quotation ("Fleischer
said", "he said", "the spokesman said", or nothing at all).

How the figures are defined (the same choices as for PolNeAR, see :mod:`bot.eval.quotes`):

* **Recall** over gold quotations of three words or more: found when predicted quotations cover at
  least half of its characters.
* **Precision** over predicted quotations of three words or more: right when at least half of its
  characters lie inside gold quotations (of any length), or it covers half of one.
* **Speaker** over found gold quotations whose gold speaker is named, split by ``source``: names
  and pronouns/descriptions, as the issue states its targets. The prediction scored is the
  predicted quotation that overlaps the gold one most; it is right when it names the same person
  (:func:`bot.eval.quotes.speaker_matches`, which forgives honorifics and middle names).

Gold quotations are located in the digest's normalised text by their words; one that cannot be
found is reported (a labelling slip), never silently dropped.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot.digest.pipeline import digest_document
from bot.digest.text import normalize
from bot.eval.quotes import _overlap, _ratio, speaker_matches

_MIN_WORDS = 3
# Quotations of the Lee corpus (rebuild the texts with benchmarks/lee_corpus.py): 9 articles the
# speaker rules were developed on ("dev") and 34 labelled afterwards and never looked at while
# writing rules ("heldout"). Point BRIEFBOT_QUOTES_GOLD at one file to score one set alone.
PACKAGED = tuple(
    Path(__file__).with_name("gold") / f"quotes_lee_{name}.json" for name in ("dev", "heldout")
)


def packaged_gold_for(root: Path) -> list[Path]:
    """The packaged gold lists whose files are in ``root`` (scored together)."""
    found = []
    for path in PACKAGED:
        names = json.loads(path.read_text(encoding="utf-8"))
        if any((root / name).is_file() for name in names):
            found.append(path)
    if found:
        print(f"(scored against the packaged gold lists {', '.join(p.name for p in found)})")
    return found


_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class GoldQuote:
    start: int
    end: int
    words: int
    speaker: str | None
    source: str


@dataclass(slots=True)
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    speakers: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, scored]
    unlocated: list[str] = field(default_factory=list)

    def speaker(self, kind: str, ok: bool) -> None:
        counts = self.speakers.setdefault(kind, [0, 0])
        counts[0] += ok
        counts[1] += 1


def locate(text: str, quoted: str, after: int = 0) -> tuple[int, int] | None:
    """Where ``quoted`` stands in ``text`` (whitespace and quotation-mark style forgiven)."""
    quoted = normalize(quoted).strip()
    if not quoted:
        return None
    at = text.find(quoted, after)
    if at < 0:
        at = text.find(quoted)
    if at >= 0:
        return at, at + len(quoted)
    pattern = r"\s+".join(re.escape(w) for w in _SPACE.split(quoted))
    m = re.compile(pattern).search(text)
    return (m.start(), m.end()) if m else None


def _kind(source: str) -> str:
    return (
        "name"
        if source == "name"
        else "pronoun/descr."
        if source in ("pronoun", "description")
        else "none"
    )


def evaluate_file(path: Path, expected: list[dict], tally: Tally, verbose: bool) -> None:
    raw = path.read_text(encoding="utf-8", errors="replace")
    digest = digest_document(raw, str(path))
    text = normalize(raw)
    gold: list[GoldQuote] = []
    cursor = 0
    for item in expected:
        where = locate(text, item["text"], cursor)
        if where is None:
            tally.unlocated.append(f"{path.name}: {item['text'][:60]!r}")
            continue
        cursor = where[1]
        gold.append(
            GoldQuote(
                *where, len(item["text"].split()), item.get("speaker"), item.get("source", "none")
            )
        )
    predicted = [q for q in digest.quotes]
    for g in gold:
        if g.words < _MIN_WORDS:
            continue
        tally.gold += 1
        covered = sum(_overlap(g.start, g.end, q.start, q.end) for q in predicted)
        if covered * 2 < g.end - g.start:
            if verbose:
                print(f"   !! missed: {text[g.start : g.end][:70]!r}")
            continue
        tally.found += 1
        if not g.speaker or g.source == "none":
            continue
        best = max(predicted, key=lambda q: _overlap(g.start, g.end, q.start, q.end))
        ok = speaker_matches(best.speaker, g.speaker, fuzzy=True)
        tally.speaker(_kind(g.source), ok)
        if verbose and not ok:
            print(
                f"   !! speaker ({g.source}) {best.speaker!r}, expected {g.speaker!r}: "
                f"{best.text[:50]!r}"
            )
    for q in predicted:
        if len(q.text.split()) < _MIN_WORDS:
            continue
        tally.predicted += 1
        inside = sum(_overlap(q.start, q.end, g.start, g.end) for g in gold)
        covers = any(_overlap(q.start, q.end, g.start, g.end) * 2 >= g.end - g.start for g in gold)
        if inside * 2 >= q.end - q.start or covers:
            tally.right += 1
        elif verbose:
            print(f"   !! not a quotation in the gold list: {q.text[:70]!r}")


def main(corpus: str, gold_path: str | list[Path], verbose: bool = False) -> int:
    """Score the digest's quotations on the files gold lists name; print the figures."""
    # (several lists joined by os.pathsep score their rounds together)
    paths = (
        [Path(p) for p in gold_path.split(os.pathsep)] if isinstance(gold_path, str) else gold_path
    )
    gold: dict[str, list[dict]] = {}
    for path in paths:
        gold.update(json.loads(path.read_text(encoding="utf-8")))
    root = Path(corpus)
    by_name: dict[str, Path] = {}
    for found in root.rglob("*.txt"):  # (one walk of the folder, however many files are named)
        by_name.setdefault(found.name, found)
    tally = Tally()
    files = 0
    for name in sorted(gold):
        path = by_name.get(name)
        if path is None:
            print(f"not found under {corpus}: {name}", file=sys.stderr)
            continue
        files += 1
        if verbose:
            print(f"== {name}")
        evaluate_file(path, gold[name], tally, verbose)
    if not files:
        print(f"none of the gold list's files is under {corpus}", file=sys.stderr)
        return 1
    print(f"articles: {files}")
    print(f"quote recall:    {_ratio(tally.found, tally.gold)}")
    print(f"quote precision: {_ratio(tally.right, tally.predicted)}")
    for kind in ("name", "pronoun/descr."):
        right, scored = tally.speakers.get(kind, [0, 0])
        print(f"speaker, {kind + ' sources:':24}{_ratio(right, scored)}")
    for slip in tally.unlocated:
        print(f"gold quotation not found in the text: {slip}", file=sys.stderr)
    return 0
