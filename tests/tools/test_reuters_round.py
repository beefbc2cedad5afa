"""tools/reuters_round.py rebuilds rounds 66 and up from the ISOT dataset's True.csv: headline,
date and paragraphs restored where the dataset left runs of spaces after a sentence's end; a
file whose rows do not match the round's headlines is refused."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "tools" / "reuters_round.py"
_spec = importlib.util.spec_from_file_location("reuters_round", _PATH)
reuters_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reuters_round)


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["title", "text", "subject", "date"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def _row(title: str, text: str) -> dict[str, str]:
    return {"title": title, "text": text, "subject": "politicsNews", "date": "March 3, 2017 "}


def test_paragraphs_come_back_only_after_a_sentence_ends() -> None:
    row = _row(
        "Mayor backs tram plan ",
        "OSLO (Reuters) - The mayor backed the plan.  She said: “It is good.”   Work"
        "  starts in May, officials said. ",
    )
    assert reuters_round.story_text(row) == (
        "Mayor backs tram plan\n\nMarch 3, 2017\n\nOSLO (Reuters) - The mayor backed the plan."
        "\n\nShe said: “It is good.”\n\nWork  starts in May, officials said.\n"
    )


def test_a_round_is_written_into_four_folders_of_ten(tmp_path: Path) -> None:
    stories, prefix = reuters_round.ROUNDS[66]
    rows = [_row("Filler headline", "Nothing here.")] * (max(r for r, _ in stories) + 1)
    for n, (row, headline) in enumerate(stories):
        rows[row] = _row(headline + " and more", f"Story {n}.  Second paragraph.")
    written = reuters_round.rebuild_round(66, _write_csv(tmp_path / "True.csv", rows), tmp_path)
    assert len(written) == 40 == len({r for r, _ in stories})
    assert written[0] == tmp_path / "A" / f"{prefix}001.txt"
    assert written[39] == tmp_path / "D" / f"{prefix}040.txt"
    assert written[12].read_text(encoding="utf-8").endswith("Story 12.\n\nSecond paragraph.\n")


def test_another_file_is_refused(tmp_path: Path) -> None:
    rows = [_row("Some other story", "Text.")] * 1000
    with pytest.raises(SystemExit, match="not the file"):
        reuters_round.rebuild_round(67, _write_csv(tmp_path / "True.csv", rows), tmp_path)


def test_no_story_is_in_two_rounds() -> None:
    rows = [row for stories, _ in reuters_round.ROUNDS.values() for row, _ in stories]
    # (round 79: the last 35 stories that fit the draw)
    assert len(rows) == len(set(rows)) == 40 * (len(reuters_round.ROUNDS) - 1) + 35


def test_a_draw_leaves_out_earlier_rounds_repeats_and_tweet_pages(tmp_path: Path) -> None:
    long = " It went on." * 200
    rows = [_row(f"Story {i}", f"He said “yes” and “no”.{long}") for i in range(1000)]
    rows[3] = _row("Story 2", rows[3]["text"])  # the same headline again
    rows[4] = _row("Story 4", "The following statements were posted “a” “b”." + long)
    rows[5] = _row("Story 5", "He said “yes” and “no”.")  # too short
    rows[6] = _row("Story 6", "He said no." + long)  # no quotation marks
    left_out = {row for row, _ in reuters_round.ROUND66} | {3, 4, 5, 6}
    path = _write_csv(tmp_path / "True.csv", rows)
    drawn = reuters_round.draw(path, seed=1, before=67, count=1000 - len(left_out))
    assert {row for row, _ in drawn} == set(range(1000)) - left_out
    with pytest.raises(ValueError):  # no more stories than that fit
        reuters_round.draw(path, seed=1, before=67, count=1001 - len(left_out))
