"""Rebuild the news sets of evaluation rounds 66 and up (README, "Quality, measured"): Reuters
stories of 2017 that the project had never seen, from the ``True.csv`` of the ISOT fake-news
dataset as one GitHub copy keeps it (``Vatshayan/Fake-News-Prediction``, commit be794ed: 989
Reuters stories, columns title, text, subject, date).

Why a tool and not the texts: the stories are Reuters' copyright, so the project ships only the
gold lists (names, roles, quotations); anyone with a clone rebuilds the texts and reruns the
figures:

    git clone https://github.com/Vatshayan/Fake-News-Prediction /tmp/isot
    python tools/reuters_round.py --round 66 /tmp/isot/True.csv /tmp/rt66
    BRIEFBOT_QUOTES_GOLD=bot/eval/gold/quotes_reuters66.json python -m bot.eval quotes /tmp/rt66
    BRIEFBOT_PEOPLE_GOLD=bot/eval/gold/people_reuters66.json python -m bot.eval people /tmp/rt66

The dataset flattened each story onto one line; where a paragraph ended it mostly left two or
more spaces after the sentence's end, so a story is written back as its headline, its date and
its paragraphs (split at those runs of spaces), one blank line apart, and otherwise as the
dataset has it. Stories are named ``<prefix>NNN.txt`` in the order drawn, under four folders of
ten (``A`` ... ``D``), one per labeller.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

# Each round's stories: the row of True.csv (0 = the first story after the header) and the
# start of its headline, which the rebuild checks so that another copy of the file fails loudly.
ROUND66 = (
    (792, "U.S. to stage drill with three carriers "),
    (833, "Sister of NY attack suspect says he may "),
    (513, "Trump's tax bill faces potential Senate "),
    (887, "Goldman's Blankfein is only major financ"),
    (943, "Democrats want a law to stop Trump from "),
    (907, "U.S. lawmakers reach agreement on new No"),
    (0, "As U.S. budget fight looms, Republicans "),
    (684, "Flynn lawyer denies reports of quid pro "),
    (435, "Trump's call for military buildup hits b"),
    (303, "Trump ally Bannon campaigns for Moore in"),
    (14, "Man says he delivered manure to Mnuchin "),
    (328, "Tillerson seeks to reassure worried Euro"),
    (234, "U.S. lawyer defending travel ban grilled"),
    (913, "Next U.S. disaster aid approval likely i"),
    (764, "Business group pushes for U.S. flood ins"),
    (434, "Ex-Trump campaign aide Manafort in $11.6"),
    (417, "Trump weighs recognizing Jerusalem as Is"),
    (162, "Republicans forge tax deal, final votes "),
    (762, "Trump warns 'rogue regime' North Korea o"),
    (591, "Pro-trade Republicans get nervous that N"),
    (126, "U.S. lawmaker probed on sex reports, sec"),
    (246, "U.S. tax repatriation plan may not cure "),
    (454, "Trump criticized in Britain and U.S. for"),
    (225, "Roy Moore campaign casts Alabama race as"),
    (946, "U.S. lobbying trade group urges Congress"),
    (279, "Democratic Senator Franken faces pressur"),
    (814, "House weighing 'host of ideas' in tax bi"),
    (637, "U.S. women lawmakers on sex harassment: "),
    (960, "U.S. regulator asks Trump not to dismant"),
    (801, "Trump says Japan would shoot North Korea"),
    (227, "Trump urges Alabama voters to back Roy M"),
    (900, "After delay, Republicans in Congress pre"),
    (795, "U.S. commerce chief says he is likely to"),
    (902, "House questions FEMA over Puerto Rico po"),
    (138, "Net neutrality repeal gives Democrats fr"),
    (831, "Trump, dogged at home, begins longest pr"),
    (791, "'Open Sesame:' Lobbyists cheer warmer we"),
    (891, "U.S. lawmakers seek 'well-rounded biofue"),
    (413, "White House staff exits likely as Trump'"),
    (316, "Mueller's Russia probe cost his office $"),
)
ROUND67 = (
    (420, "Trump urged Senate Republicans to drop p"),
    (711, "In Beijing, Trump presses China on North"),
    (720, "Trump's stop in Vietnam a poignant one f"),
    (296, "U.S. attorney general calls for efficien"),
    (318, "Senior lawmaker Conyers leaves U.S. Cong"),
    (840, "Twitter employee briefly shuts Trump acc"),
    (725, "Trump heaps praise on 'very special' Xi "),
    (200, "U.S. Congress to let Iran deadline pass,"),
    (282, "Democratic lawmakers question Kushner on"),
    (196, "Republicans propose to delay, pause Obam"),
    (739, "Tax-cut debate in U.S. Congress swings t"),
    (824, "Manafort pledges $12 million in assets i"),
    (222, "Exclusive: Contenders emerge for No.2 Fe"),
    (489, "Senate Republicans shove tax bill ahead "),
    (66, "In Georgia, battle of the 'Staceys' test"),
    (656, "Silicon Valley blasts Senate proposal to"),
    (213, "Judge tells ex-Trump adviser Manafort to"),
    (547, "U.S. Senate candidate Moore's spokesman "),
    (576, "U.S. judge in California blocks Trump's "),
    (957, "Former Trump adviser Papadopoulos pleads"),
    (124, "Attorney General Sessions has lukewarm p"),
    (532, "Factbox: What is the U.S. Consumer Finan"),
    (562, "Any Trump NAFTA withdrawal faces stiff c"),
    (753, "Democratic wins in U.S. state elections "),
    (886, "Goldman's Blankfein: If Trump taps Powel"),
    (859, "Factbox: What's in tax bill from Trump, "),
    (145, "Republican Representative Farenthold wil"),
    (419, "Conyers defiant as Democratic leaders ca"),
    (695, "Google supports U.S. efforts to disclose"),
    (514, "Trump refers to a 'Pocahontas' in Congre"),
    (201, "Senators say effort to protect 'Dreamers"),
    (307, "Democrats flex muscles as Congress confr"),
    (340, "Democrat cites drafting error in propose"),
    (883, "U.S. attorney general says tech companie"),
    (194, "Tillerson seeks to ease skepticism about"),
    (553, "In Trump strongholds, Democrats walk tig"),
    (467, "House bill aims to identify lawmakers in"),
    (981, "FCC media rule rollback could usher in T"),
    (600, "Trump says U.S. Senate candidate Moore s"),
    (128, "Trump officials brief Hill staff on Saud"),
)

ROUNDS: dict[int, tuple[tuple[tuple[int, str], ...], str]] = {
    66: (ROUND66, "ra"),
    67: (ROUND67, "rb"),
}

# Two or more spaces after the end of a sentence: where the dataset lost a paragraph break.
# (Runs of spaces inside a sentence are left as they are.)
_PARAGRAPH_BREAK = re.compile(r"(?<=[.?!”\"’)]) {2,}")


def read_stories(csv_path: Path) -> list[dict[str, str]]:
    """The rows of ``True.csv`` as dicts (title, text, subject, date)."""
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def story_text(row: dict[str, str]) -> str:
    """Headline, date and paragraphs of one row, as a plain-text news story."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(row["text"]) if p.strip()]
    head = [row["title"].strip(), row["date"].strip()]
    return "\n\n".join([*head, *paragraphs]) + "\n"


def rebuild_round(number: int, csv_path: Path, out: Path) -> list[Path]:
    """Write round ``number`` into ``out/A`` ... ``out/D``."""
    stories, prefix = ROUNDS[number]
    rows = read_stories(csv_path)
    written = []
    for n, (row_number, headline) in enumerate(stories):
        if row_number >= len(rows) or not rows[row_number]["title"].startswith(headline):
            raise SystemExit(
                f"{csv_path} is not the file this round was drawn from (row {row_number})"
            )
        path = out / "ABCD"[n // 10] / f"{prefix}{n + 1:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(story_text(rows[row_number]), encoding="utf-8")
        written.append(path)
    return written


def draw(
    csv_path: Path, seed: int, before: int, count: int = 40, min_chars: int = 1500
) -> list[tuple[int, str]]:
    """``count`` stories drawn at random (``seed``) among those of ``min_chars`` characters or
    more with at least two pairs of curly double quotation marks, leaving out the rounds before
    ``before``, stories whose headline one of them has, and the pages of posted tweets."""
    rows = read_stories(csv_path)
    used = {row for number, (stories, _) in ROUNDS.items() if number < before for row, _ in stories}
    taken = {rows[row]["title"] for row in used}
    seen: set[str] = set()
    candidates = []
    for i, row in enumerate(rows):
        text, title = row["text"], row["title"]
        if i in used or title in taken or title in seen or len(text) < min_chars:
            continue
        seen.add(title)
        if text.count("“") >= 2 and text.count("”") >= 2 and "statements were posted" not in text:
            candidates.append((i, title[:40]))
    return random.Random(seed).sample(candidates, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "csv", type=Path, help="True.csv of a clone of Vatshayan/Fake-News-Prediction"
    )
    parser.add_argument("out", type=Path, help="the folder to write the stories into")
    parser.add_argument("--round", type=int, choices=tuple(ROUNDS), required=True)
    args = parser.parse_args()
    written = rebuild_round(args.round, args.csv, args.out)
    print(f"{len(written)} stories written to {args.out}")


if __name__ == "__main__":
    main()
