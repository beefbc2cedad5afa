"""``python -m bot.eval summaries CORPUS``: ROUGE of our summaries against Lead-3 and the reference.

CORPUS holds ``article/<topic>/NNN.txt`` and ``summary/<topic>/NNN.txt`` (the BBC News Summary
layout), or CNN/Daily Mail ``.story`` files (the article, then its newsroom highlights, each after
an ``@highlight`` line). For every article we compare, against the reference summary:

* ours — :func:`bot.digest.summary.summarize` (about three sentences, ~80 words);
* Lead-3 — the first three sentences of the body (the headline excluded);
* Lead-W — the first W words of the body, W = our summary's length: the fairest baseline, since
  ROUGE recall grows with length.

ROUGE is implemented here (no package, nothing downloaded): text is lower-cased and tokenised into
runs of ASCII letters and digits (as the reference ``rouge`` scripts do), no stemming and no
stop-word removal. ROUGE-1/2 count clipped n-gram overlaps; ROUGE-L uses the longest common
subsequence of the whole token sequences. Precision, recall and F1 are macro-averaged over
articles. Without stemming the figures are a little lower than ``rouge-score --use_stemmer``, but
every system is scored the same way. The BBC references are long extractive summaries (about 40%
of the article), so recall is low for any ~80-word summary; compare F1 and recall at equal length.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.digest.sentences import split
from bot.digest.summary import body_sentences, summarize
from bot.digest.text import decode, normalize
from bot.digest.title import extract_title

_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """Lower-cased runs of ASCII letters and digits."""
    return _TOKEN.findall(text.lower())


def _prf(overlap: int, candidate: int, reference: int) -> tuple[float, float, float]:
    p = overlap / candidate if candidate else 0.0
    r = overlap / reference if reference else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rouge_n(candidate: list[str], reference: list[str], n: int) -> tuple[float, float, float]:
    """ROUGE-N precision, recall, F1 with clipped n-gram counts."""
    c = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    r = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((c & r).values())
    return _prf(overlap, sum(c.values()), sum(r.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (dynamic programming, O(len(a)·len(b)))."""
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: list[str], reference: list[str]) -> tuple[float, float, float]:
    return _prf(lcs_length(candidate, reference), len(candidate), len(reference))


@dataclass
class Scores:
    """Macro-averaged ROUGE-1/2/L (P, R, F) and mean length of one system."""

    sums: dict[str, list[float]] = field(default_factory=dict)
    words: int = 0
    n: int = 0

    def add(self, candidate: str, reference: str) -> tuple[float, float, float]:
        cand, ref = tokens(candidate), tokens(reference)
        results = {
            "R1": rouge_n(cand, ref, 1),
            "R2": rouge_n(cand, ref, 2),
            "RL": rouge_l(cand, ref),
        }
        for key, prf in results.items():
            acc = self.sums.setdefault(key, [0.0, 0.0, 0.0])
            for i in range(3):
                acc[i] += prf[i]
        self.words += len(candidate.split())
        self.n += 1
        return results["R1"][2], results["R2"][2], results["RL"][2]

    def row(self, name: str) -> str:
        n = max(self.n, 1)
        cells = []
        for key in ("R1", "R2", "RL"):
            p, r, f = (100 * x / n for x in self.sums.get(key, [0, 0, 0]))
            cells.append(f"{p:5.1f} {r:5.1f} {f:5.1f}")
        return f"{name:<8} {self.words / n:6.1f}  " + "  ".join(cells)


def lead_sentences(text: str, title: str | None, count: int = 3) -> str:
    _, sentences = split(text)
    return " ".join(s.text for s in body_sentences(text, sentences, title)[:count])


def lead_words(text: str, title: str | None, words: int) -> str:
    _, sentences = split(text)
    body = " ".join(s.text for s in body_sentences(text, sentences, title))
    return " ".join(body.split()[:words])


def pairs(corpus: Path) -> list[tuple[str, str, str, str]]:
    """(name, source, article text, reference summary), sorted: BBC layout pairs, or CNN/Daily
    Mail ``.story`` files (the article, then each highlight after an ``@highlight`` line)."""
    out = []
    for article in sorted((corpus / "article").rglob("*.txt")):
        reference = corpus / "summary" / article.relative_to(corpus / "article")
        if reference.is_file():
            name = article.relative_to(corpus / "article").as_posix()
            out.append((name, str(article), _read(article), _read(reference)))
    for story in sorted(corpus.rglob("*.story")):
        text, reference = split_story(_read(story))
        if text and reference:
            out.append((story.relative_to(corpus).as_posix(), str(story), text, reference))
    return out


def _read(path: Path) -> str:
    return normalize(decode(path.read_bytes()))


def split_story(story: str) -> tuple[str, str]:
    """A ``.story`` file's article and its highlights as one reference text (each highlight a
    sentence: the files give them without a final stop)."""
    article, _, rest = story.partition("\n@highlight")
    highlights = [h.strip() for h in ("@highlight" + rest).split("@highlight") if h.strip()]
    reference = " ".join(h if h[-1] in ".!?" else h + "." for h in highlights)
    return article.strip(), reference


def main(corpus: str, verbose: bool = False) -> int:
    root = Path(corpus)
    found = pairs(root)
    if not found:
        print(
            f"no article/*/NNN.txt with summary/*/NNN.txt, and no .story file, under {root}",
            file=sys.stderr,
        )
        return 2
    ours, lead3, leadw = Scores(), Scores(), Scores()
    for name, source, text, reference in found:
        paragraphs, sentences = split(text)
        title = extract_title(text, source, paragraphs)
        summary = summarize(text, sentences, paragraphs, title)
        f_ours = ours.add(summary, reference)
        f_lead = lead3.add(lead_sentences(text, title), reference)
        leadw.add(lead_words(text, title, len(summary.split())), reference)
        if verbose:
            print(f"{name}: ours R1/R2 {f_ours[0]:.3f}/{f_ours[1]:.3f}  "
                  f"lead3 {f_lead[0]:.3f}/{f_lead[1]:.3f}")  # fmt: skip
            print(f"  {summary}")
    print(f"{len(found)} articles from {root}; ROUGE without stemming, macro-averaged, in %")
    print(f"{'system':<8} {'words':>6}  {'R1: P     R     F':<17}  {'R2: P     R     F':<17}  "
          f"{'RL: P     R     F':<17}")  # fmt: skip
    print(ours.row("ours"))
    print(lead3.row("Lead-3"))
    print(leadw.row("Lead-W"))
    return 0
