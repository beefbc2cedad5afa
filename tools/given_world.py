"""Build ``bot/digest/data/given_world.txt``: given names of many countries, for recall on world
news ("Raheem Sterling", "Dejan Lovren", "Thibaut Courtois").

Why a generated list: the hand-picked and U.S. census lists miss most given names outside the
English-speaking world, and a missed given name costs a person whenever nothing else in the text
says "person". Faker's person providers (MIT licence) hold the common given names of 80-odd
locales; this script keeps those that cannot be mistaken for something else: not an English
word (never lowercase in the reference texts) nor a capitalised word those texts use more than
twice other than before another capitalised word (Collins, Muslim, Adelaide; but "Olivier
Nduhungirehe"), not a place, country,
organisation, title, common surname or other capitalised word the lexicon already knows, at
least three letters.

Run once by hand when the list should change (Faker is not a dependency of the bot):

    pip install faker
    python tools/given_world.py ../shared/corpora/bbc-news-summary-sample \\
        ../shared/corpora/polnear-dev ../shared/corpora/un-general-debate-1946-2023.tar.xz
"""

from __future__ import annotations

import importlib
import lzma
import os
import re
import sys
import tarfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.digest import lexicon as lx  # noqa: E402

_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?")
_LOWER = re.compile(r"\b[a-zà-öø-ÿ]+\b")
_CAP = re.compile(r"\b[A-Z][a-zà-öø-ÿ]+\b")
_CAP_FIRST = re.compile(r"\b([A-Z][a-zà-öø-ÿ]+) (?=[A-Z][a-zà-öø-ÿ])")
_MAX_CAPS = 2  # a word English texts capitalise more often is kept only if it is a given name
_MIN_FIRST = 0.5  # there: the first of two capitalised words at least this often
_RARE_SURNAME = 5000  # a U.S. surname ranked past this is kept as a given name elsewhere
_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_unisex",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)
_UN_BYTES = 60_000_000  # of the UN speeches: plenty of English vocabulary
# Given names somewhere that English news writes mostly as a brand or a place.
_NOT_GIVEN = frozenset(
    {"Porsche", "Ford", "Aspen", "Mercedes", "Tesla", "Ferrari", "Lexus", "Armani", "Chanel"}
    | {"Muslim", "Hindu", "Sikh", "Emerald"}
    # famous surnames and syllables of Chinese names ("Gerrard", "Yao Ming")
    | {"Gerrard", "Garibaldi", "Loyola", "Fang", "Min", "Ming", "Tao"}
)


def faker_given_names(english: bool = True) -> set[str]:
    """Faker's given names of every locale (or, ``english=False``, of those outside English)."""
    from faker.providers import person

    base = Path(person.__file__).parent
    names: set[str] = set()
    for loc in sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("_")):
        if not english and loc.startswith("en"):
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except Exception:
            continue
        for attr in _ATTRS:
            value = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            for n in value.keys() if isinstance(value, dict) else value:
                if isinstance(n, str) and _NAME.fullmatch(n):
                    names.add(n)
    return names


def vocabulary(paths: list[str]) -> tuple[set[str], Counter[str], Counter[str]]:
    """The lowercase words of the reference texts, how often each capitalised word stands in
    them, and how often it stands before another capitalised word (as a given name does)."""
    vocab: set[str] = set()
    caps: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for p in paths:
        if p.endswith(".tar.xz"):
            read = 0
            with lzma.open(p) as raw, tarfile.open(fileobj=raw, mode="r|") as tar:
                for member in tar:
                    if not member.isfile() or read > _UN_BYTES:
                        continue
                    data = tar.extractfile(member).read()
                    read += len(data)
                    text = data.decode("utf-8", "replace")
                    vocab.update(_LOWER.findall(text))
                    caps.update(_CAP.findall(text))
                    first.update(_CAP_FIRST.findall(text))
            continue
        for dirpath, _, files in os.walk(p):
            for f in files:
                text = Path(dirpath, f).read_text("utf-8", errors="replace")
                vocab.update(_LOWER.findall(text))
                caps.update(_CAP.findall(text))
                first.update(_CAP_FIRST.findall(text))
    return vocab, caps, first


def surname_ranks() -> dict[str, int]:
    """Each surname's rank in ``surnames.txt`` (most frequent first)."""
    ranks: dict[str, int] = {}
    for line in lx._lines("surnames.txt"):
        for word in line.split():
            ranks.setdefault(word, len(ranks))
    return ranks


def known_capitals() -> set[str]:
    """Capitalised words the lexicon already reads as something other than a given name."""
    words: set[str] = set(lx.STOPCAPS) | set(lx.COMMON_CAPS) | set(lx.HONORIFICS)
    words |= set(lx.ORG_WORDS) | set(lx.MEDIA_WORDS) | set(lx.DEMONYMS)
    for phrase in (*lx.PLACES, *lx.KNOWN_ORGS):
        words.update(phrase.split())
    return words


def main(paths: list[str]) -> None:
    listed = lx._male | lx._female | lx._words("given_intl.txt")  # the lists before this one
    names = faker_given_names() - listed
    vocab, caps, first = vocabulary(paths)
    known = known_capitals()
    surname_rank = surname_ranks()
    abroad = faker_given_names(english=False)
    keep = sorted(
        n
        for n in names
        if len(n) >= 3
        and n.lower() not in vocab
        and n not in known
        and lx.country(n) is None
        and n.lower() not in lx.ROLE_HEADS
        and n not in _NOT_GIVEN
        # a common surname ("Merritt") only where the texts use it as a given name, or where
        # it is a rare surname in the U.S. and a given name outside English ("Olivier",
        # "Julien", "Yann"; not "Arlington" or "Gerrard")
        and (
            n not in lx.SURNAMES
            or (n in abroad and surname_rank.get(n, 0) >= _RARE_SURNAME)
            or (caps[n] > _MAX_CAPS and first[n] >= _MIN_FIRST * caps[n])
        )
        and n not in lx.FAMOUS_SURNAMES
        and (caps[n] <= _MAX_CAPS or first[n] >= _MIN_FIRST * caps[n])
    )
    license_text = (Path(__file__).parent / "FAKER_LICENSE").read_text().strip()
    header = [
        "# Given names of many countries, from the person providers of Faker (all locales),",
        "# filtered of English words (lowercase in the BBC, PolNeAR and UN reference texts),",
        "# places, countries, organisations and titles. Built by tools/given_world.py.",
        "# Gender left open. Faker's licence:",
        *("# " + ln if ln else "#" for ln in license_text.splitlines()),
    ]
    lines, line = [], ""
    for n in keep:
        if len(line) + len(n) + 1 > 99:
            lines.append(line)
            line = ""
        line = f"{line} {n}" if line else n
    if line:
        lines.append(line)
    out = ROOT / "bot/digest/data/given_world.txt"
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(keep)} names written to {out.relative_to(ROOT)} (of {len(names)} new in Faker)")


if __name__ == "__main__":
    main(sys.argv[1:])
