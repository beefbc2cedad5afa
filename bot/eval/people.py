"""``python -m bot.eval people CORPUS``: the people each document names, and (optionally) scores.

Prints, for every ``.txt`` file under CORPUS (PolNeAR's ``text/`` folder is used when present),
the people found with role, organisation and mention count, then the speed of the digest. The
people are the whole digest's (what ``python -m bot digest`` prints as participants): the people
extractor's, with the roles and speakers that quotation attribution adds.

Scores need a hand-checked gold list. Gold lists ship with the project for the CC0 BBC sample
and the Lee corpus (``bot/eval/gold/``, used by default on those corpora); for other news point
``BRIEFBOT_PEOPLE_GOLD`` at a JSON file ``{"<file name>": {"<full
name>": "<role or null>", ...}, ...}`` and the command prints person precision and recall and the
share of stated roles it got right, over the files the gold list covers. A name whose value is
``"?"`` is one the labeller could not decide (a byline, a fictional character): finding it is
neither rewarded nor penalised.
"""

from __future__ import annotations

import html
import json
import os
import sys
import time
from pathlib import Path

from bot.digest.lexicon import given_key
from bot.digest.model import Person
from bot.digest.pipeline import digest_document

DOUBTFUL = "?"


# Hand-labelled gold lists that ship with the project (names and roles only, never text), used
# (all those whose files the corpus holds, merged) when BRIEFBOT_PEOPLE_GOLD names no other file:
# "dev" sets are articles the rules were developed on (every set labelled before the last round
# ended up there, after its first-look figure was recorded); "heldout" sets were labelled last and
# never looked at while writing rules. BBC: the CC0 News Summary sample. Lee: texts rebuilt from a
# gensim wheel by benchmarks/lee_corpus.py. PolNeAR: polnear-dev. Point BRIEFBOT_PEOPLE_GOLD at
# one file to score one set alone.
GOLD_DIR = Path(__file__).with_name("gold")
PACKAGED_GOLDS = tuple(
    GOLD_DIR / f"people_{name}.json"
    for name in (
        "bbc_dev",
        "bbc_heldout",
        "lee_dev",
        "lee_heldout",
        "polnear_dev",
        "polnear_heldout",
    )
)


def _root(corpus: Path) -> Path:
    for sub in ("text", "article"):  # PolNeAR keeps its texts in text/, the BBC sample in article/
        if (corpus / sub).is_dir():
            return corpus / sub
    return corpus


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in _root(corpus).rglob("*.txt") if p.is_file())


def _gold_for(path: Path, root: Path, gold: dict) -> dict | None:
    """The gold entry of a file: keyed by its path under the corpus, or by its name."""
    key = path.relative_to(root).as_posix()
    return gold.get(key, gold.get(path.name))


_TITLES = frozenset(
    "Sir Dame Lord Lady Baroness Baron Dr Mr Mrs Ms Prof Rev "  # noqa: SIM905
    "King Queen Prince Princess Ayatollah Sheikh Cardinal Archbishop Bishop Rabbi Imam".split()
)
# Titles after the name: "Guy Mansfield QC" is Guy Mansfield.
_AFTER_NAME = frozenset("Jr Sr II III IV QC KC MP MEP OBE MBE CBE".split())  # noqa: SIM905
# Titles whose holder is named with a territory after "of": "Lord Irvine of Lairg" is Irvine,
# "King Michael of Romania" is Michael.
_OF_TITLES = ("Lord ", "Lady ", "Baroness ", "King ", "Queen ", "Prince ", "Princess ")


def _core(name: str) -> tuple[str, str]:
    """First and last name words, without a title before the name ("Sir Alex Ferguson",
    "Ayatollah Ali Khamenei") or after it ("Guy Mansfield QC", "Paul L. Howard, Jr."), or a
    territorial designation ("Lord Irvine of Lairg" is Irvine). A gold list may keep an HTML
    character reference as the story writes it ("Bryn F&#244;n"); the digest reads it as the
    character."""
    name = html.unescape(name)
    name = name.split(" of ")[0] if name.startswith(_OF_TITLES) else name
    words = [
        w
        for w in name.replace(".", " ").replace(",", " ").replace("’", "'").split()
        if len(w) > 1 and w not in _AFTER_NAME
    ]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if not words:
        return ("", "")
    return (words[0].lower(), words[-1].lower())


def _same(pred: str, gold: str) -> bool:
    """Same person: same first and last name words (middle names and initials may differ)."""
    p, g = _core(pred), _core(gold)
    if p[1] == g[1] and given_key(p[0].title()) == given_key(g[0].title()):
        return True
    return p == g or (p[1] == g[1] and (p[0] == p[1] or g[0] == g[1]))


# Abbreviated titles a labeller may copy as the text writes them ("Sen. Elizabeth Warren" →
# "Sen."): the same role as the word the digest gives ("Senator").
_ABBREVIATED = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "maj.": "major",
    "sgt.": "sergeant",
    "capt.": "captain",
    "adm.": "admiral",
    "atty.": "attorney",
    "rev.": "reverend",
    "prof.": "professor",
    "supt.": "superintendent",
    "det.": "detective",
    "dr.": "doctor",
    "advisor": "adviser",  # (a spelling, not an abbreviation: "National Security Advisor")
}


def _role_words(role: str) -> str:
    return " ".join(_ABBREVIATED.get(w, w) for w in role.lower().split())


def _role_ok(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    a, b = _role_words(pred), _role_words(gold)
    return a in b or b in a or a.split()[-1] == b.split()[-1]


def main(corpus: str, verbose: bool = False) -> int:
    """Print the people of every document; with a gold list, print precision/recall/roles."""
    root = _root(Path(corpus))
    files = _files(Path(corpus))
    if not files:
        print(f"no .txt files under {corpus}", file=sys.stderr)
        return 1
    gold_path = os.environ.get("BRIEFBOT_PEOPLE_GOLD")
    gold: dict[str, dict[str, str | None]] = {}
    if gold_path:
        # several lists joined by os.pathsep score their rounds together (the files' names
        # differ from round to round)
        for part in gold_path.split(os.pathsep):
            gold.update(json.loads(Path(part).read_text(encoding="utf-8")))
    else:
        used = []
        for packaged_path in PACKAGED_GOLDS:
            packaged = json.loads(packaged_path.read_text(encoding="utf-8"))
            if any(_gold_for(p, root, packaged) is not None for p in files):
                gold.update(packaged)
                used.append(packaged_path.name)
        if used:
            print(f"(scored against the packaged gold lists {', '.join(used)})")
    digest_document("Warm-up: Mr. Smith met Foreign Minister Park Jin.", "w.txt")  # one-time costs
    tp = fp = fn = roles_stated = roles_right = 0
    total_bytes = 0
    elapsed = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        people = digest_document(text, path.name).people
        elapsed += time.perf_counter() - t0
        total_bytes += len(text.encode("utf-8"))
        print(f"== {path.name}")
        for p in people:
            print(f"   {_describe(p)}")
        expected = _gold_for(path, root, gold)
        if expected is None:
            continue
        matched: set[str] = set()
        hits: dict[int, str] = {}
        # the same name first, then the looser match ("Trump" is the gold "Trump", not
        # "Melania Trump", when the story has both)
        for loose in (False, True):
            for i, p in enumerate(people):
                if i in hits:
                    continue
                hit = next(
                    (
                        g
                        for g in expected
                        if g not in matched
                        and (_same(p.name, g) if loose else _core(p.name) == _core(g))
                    ),
                    None,
                )
                if hit is not None:
                    hits[i] = hit
                    matched.add(hit)
        for i, p in enumerate(people):
            hit = hits.get(i)
            if hit is None:
                fp += 1
                if verbose:
                    print(f"   !! not a person in the gold list: {p.name}")
                continue
            if expected[hit] == DOUBTFUL:
                continue
            tp += 1
            if expected[hit]:
                roles_stated += 1
                if _role_ok(p.role, expected[hit]):
                    roles_right += 1
                elif verbose:
                    print(f"   !! role of {p.name}: {p.role!r}, expected {expected[hit]!r}")
        for g in expected:
            if g not in matched and expected[g] != DOUBTFUL:
                fn += 1
                if expected[g]:
                    roles_stated += 1
                if verbose:
                    print(f"   !! missed: {g}")
    mb = total_bytes / 1e6
    print(f"\n{len(files)} files, {mb:.2f} MB, digest {mb / max(elapsed, 1e-9):.1f} MB/s")
    if gold:
        precision = tp / max(tp + fp, 1)
        recall = tp / max(tp + fn, 1)
        print(
            f"people: precision {precision:.3f}  recall {recall:.3f}  ({tp} right, {fp} wrong, "
            f"{fn} missed); roles right {roles_right}/{roles_stated} "
            f"= {roles_right / max(roles_stated, 1):.3f}"
        )
    return 0


def _describe(p: Person) -> str:
    bits = [p.name]
    if p.role or p.organization:
        bits.append(f"({p.role or '?'}, {p.organization or '?'})")
    bits.append(f"x{p.mentions}")
    if p.aliases:
        bits.append("aka " + "; ".join(p.aliases))
    return " ".join(bits)
