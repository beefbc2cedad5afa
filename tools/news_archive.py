"""Rebuild the news sets of evaluation rounds 14 and 15 (README, "Quality, measured") from the
summarisation benchmarks that ``neulab/BARTScore`` keeps on GitHub: ``SUM/SummEval/data.pkl`` (100
CNN/Daily Mail test stories) and ``SUM/Newsroom/data.pkl`` (60 Newsroom stories).

Why a tool and not the texts: the articles are the publishers' copyright, so the project ships
only the gold lists (names, roles, quotations); anyone with a clone of that repository rebuilds
the texts byte for byte and reruns the figures:

    git clone https://github.com/neulab/BARTScore /tmp/BARTScore
    python tools/news_archive.py /tmp/BARTScore/SUM/SummEval/data.pkl /tmp/cnndm
    python -m bot.eval summaries /tmp/cnndm/stories
    BRIEFBOT_PEOPLE_GOLD=bot/eval/gold/people_cnndm.json python -m bot.eval people /tmp/cnndm/text

The pickles hold only dicts, lists and strings: they are read with an unpickler that refuses every
global, so no code in them can run. Their text is tokenised (PTB style: ``team 's``, ````…''``) on
one line; it is cut into sentences, one per paragraph (the source lost the paragraph breaks), and
detokenised by rule. Files are numbered in the pickle's order: ``001.txt`` (the article) and
``001.story`` (the article, then each reference summary after an ``@highlight`` line).
"""

from __future__ import annotations

import argparse
import pickle
import re
from pathlib import Path
from typing import NoReturn

_CONTRACTIONS = ("'s", "'re", "'ve", "'m", "'ll", "'d")
_ENDS = {".", "?", "!", "..."}
_CLOSING_QUOTES = {"'", "''", "’", "”"}
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "%", "n't", "...", "’s", *_CONTRACTIONS}
_NO_SPACE_AFTER = {"(", "[", "$", "£", "€", "#", "@"}


class _DataOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> NoReturn:
        raise pickle.UnpicklingError(f"refused: {module}.{name}")


def load(path: str) -> dict:
    with open(path, "rb") as f:
        return _DataOnly(f).load()


def _closed_later(toks: list[str], i: int) -> bool:
    """Whether another standalone ``'`` follows within the sentence (and 25 tokens)."""
    for j in range(i + 1, min(len(toks), i + 25)):
        if toks[j] in (".", "?", "!"):
            return False
        if toks[j] == "'":
            return True
    return False


def _single_quote_roles(toks: list[str]) -> dict[int, str]:
    """For each standalone ``'`` token: "open", "close" or "poss" (a plural's apostrophe)."""
    roles: dict[int, str] = {}
    inside = False
    for i, t in enumerate(toks):
        if t == "'":
            prev = toks[i - 1] if i > 0 else ""
            if inside:
                roles[i], inside = "close", False
                continue
            if prev and prev[-1] in "sS" and prev[-1].isalpha() and not _closed_later(toks, i):
                roles[i] = "poss"  # "the boys' coach", unless a closing mark follows
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if prev in (",", ".", "?", "!") and (nxt is None or nxt[0].islower()):
                roles[i] = "close"
                continue
            roles[i], inside = "open", True
        elif t in ("``", "‘", "“"):
            inside = True
        elif t in ("''", "’", "”"):
            inside = False
        elif len(t) > 1 and t[0] in "'‘" and t[1].isalpha() and t.lower() not in _CONTRACTIONS:
            inside = True
        elif len(t) > 1 and t[-1] in "'’" and t[-2].isalpha():
            inside = False
    return roles


def sentences(text: str) -> list[list[str]]:
    toks = text.split()
    out: list[list[str]] = []
    cur: list[str] = []
    i = 0
    while i < len(toks):
        cur.append(toks[i])
        if toks[i] in _ENDS:
            while i + 1 < len(toks) and toks[i + 1] in _CLOSING_QUOTES | {")", "]"}:
                i += 1
                cur.append(toks[i])
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is None
                or re.match(r"^[\"'‘“`(\[]?[A-Z0-9£$]", nxt)
                or nxt in ("``", "'", "‘", "“")
            ):
                out.append(cur)
                cur = []
        i += 1
    if cur:
        out.append(cur)
    return out


def detokenise(toks: list[str]) -> str:
    roles = _single_quote_roles(toks)
    out = ""
    double_open = False
    attach = False
    for i, t in enumerate(toks):
        if t == "``":
            t, kind = '"', "open"
        elif t == "''":
            t, kind = '"', "close"
        elif t == '"':
            kind = "close" if double_open else "open"
        elif t == "'":
            kind = "close" if roles[i] in ("close", "poss") else "open"
        elif t in ("‘", "“"):
            kind = "open"
        elif t in ("’", "”"):
            kind = "close"
        else:
            kind = None
        if t == '"':
            double_open = kind == "open"
        glued = (
            not out
            or attach
            or kind == "close"
            or t in _NO_SPACE_BEFORE
            or (t.startswith("'") and t.lower() in _CONTRACTIONS)
        )
        out += t if glued else " " + t
        attach = kind == "open" or t in _NO_SPACE_AFTER
    return re.sub(r"(\w)’ (s|t|re|ll|ve|d|m)\b", r"\1’\2", out)


def highlights(ref: str) -> list[str]:
    """The reference summary cut at the " . " the CNN/DM preprocessing put between highlights
    (not inside quotations), without that added full stop."""
    toks = ref.split()
    roles = _single_quote_roles(toks)
    out: list[list[str]] = []
    cur: list[str] = []
    inside = False
    for i, t in enumerate(toks):
        cur.append(t)
        if t == "'":
            inside = roles[i] == "open" or (inside and roles[i] == "poss")
        elif t in ("``", "‘"):
            inside = True
        elif t == "''":
            inside = False
        elif t in ("’", '"'):
            inside = not inside
        elif len(t) > 1 and t[0] in "'‘" and t[1].isalpha() and t.lower() not in _CONTRACTIONS:
            inside = True
        elif len(t) > 1 and t[-1] in "'’" and t[-2].isalpha() and not t.lower().endswith("s'"):
            inside = False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (t == "." and not inside) or (
            t in ("'", "''", "’") and not inside and len(cur) > 1 and cur[-2] == "."
        ):
            out.append(cur)
            cur = []
        elif t == "." and inside and nxt in ("'", "''", "’"):
            pass
    if cur:
        out.append(cur)
    res = []
    for h in out:
        if h and h[-1] == ".":
            h = h[:-1]
        if h:
            res.append(detokenise(h))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pickle", help="SUM/<set>/data.pkl of a neulab/BARTScore clone")
    ap.add_argument("out", help="folder for text/NNN.txt and stories/NNN.story")
    args = ap.parse_args(argv)
    data = load(args.pickle)
    text_dir, story_dir = Path(args.out, "text"), Path(args.out, "stories")
    text_dir.mkdir(parents=True, exist_ok=True)
    story_dir.mkdir(parents=True, exist_ok=True)
    for n, item in enumerate(data.values(), start=1):
        body = "\n\n".join(detokenise(s) for s in sentences(item["src"]))
        hls = "".join(f"\n\n@highlight\n\n{h}" for h in highlights(item["ref_summ"]))
        (text_dir / f"{n:03d}.txt").write_text(body + "\n", encoding="utf-8")
        (story_dir / f"{n:03d}.story").write_text(body + hls + "\n", encoding="utf-8")
    print(f"{len(data)} stories written to {text_dir} and {story_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
