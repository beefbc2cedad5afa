"""tools/bbc_round.py rebuilds the round 16 set from a clone of the BBC full-text corpus: it
copies each listed story byte for byte into four folders of 15, and refuses a wrong folder."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "tools" / "bbc_round.py"
_spec = importlib.util.spec_from_file_location("bbc_round", _PATH)
bbc_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bbc_round)


def test_stories_are_copied_byte_for_byte_into_four_folders(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    for n, rel in enumerate(bbc_round.STORIES):
        source = clone / "news" / rel
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(f"Story {n}\n\nIt said \u201cso\u201d.\r\n".encode())
    written = bbc_round.rebuild(clone, tmp_path / "out")
    assert len(written) == 60 == len(set(bbc_round.STORIES))
    assert written[0] == tmp_path / "out" / "A" / "bb001.txt"
    assert written[59] == tmp_path / "out" / "D" / "bb060.txt"
    assert sorted(p.parent.name for p in written).count("C") == 15
    assert written[16].read_bytes() == (clone / "news" / bbc_round.STORIES[16]).read_bytes()


def test_a_folder_that_is_no_clone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not found"):
        bbc_round.rebuild(tmp_path, tmp_path / "out")


def test_round_17_stories_keep_their_numbers(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    for rel in bbc_round.ROUND17.values():
        source = clone / "news" / rel
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(rel)
    written = bbc_round.rebuild_round17(clone, tmp_path / "out")
    assert len(written) == 40 and written[0].name == "bc001.txt"
    assert written[-1].name == "bc040.txt"
    assert not set(bbc_round.ROUND17.values()) & set(bbc_round.STORIES)  # none of round 16's


@pytest.mark.parametrize("number", sorted(bbc_round.ROUNDS_OF_FORTY))
def test_rounds_of_forty_fill_four_folders_of_ten(tmp_path: Path, number: int) -> None:
    stories, prefix = bbc_round.ROUNDS_OF_FORTY[number]
    clone = tmp_path / "clone"
    for rel in stories:
        source = clone / "news" / rel
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(rel)
    written = bbc_round.rebuild_round(number, clone, tmp_path / "out")
    # (rounds 45 and 65: the corpus's last 24 and 32 that fit their draws)
    count = {45: 24, 65: 32}.get(number, 40)
    assert len(written) == count == len(set(stories))
    assert written[0] == tmp_path / "out" / "A" / f"{prefix}001.txt"
    last = "ABCD"[(count - 1) // 10]
    assert written[-1] == tmp_path / "out" / last / f"{prefix}{count:03d}.txt"
    assert written[5].read_text() == stories[5]


def test_no_story_is_in_two_rounds() -> None:
    rounds = [
        bbc_round.STORIES,
        tuple(bbc_round.ROUND17.values()),
        *(stories for stories, _ in bbc_round.ROUNDS_OF_FORTY.values()),
    ]
    every = [rel for r in rounds for rel in r]
    assert len(every) == len(set(every)) == 60 + 40 * 47 + 32 + 24


def test_a_draw_leaves_out_earlier_rounds_and_repeated_stories(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    body = "\n\n" + 'He said "yes" and she said "no". ' * 60
    stories = {}
    for n in range(60):
        stories[f"sport/new-{n}.txt"] = f"New story {n}{body}"
    stories["sport/short.txt"] = 'Short\n\nHe said "yes" and "no".'
    stories["sport/unquoted.txt"] = "Unquoted\n\n" + "Plain words. " * 200
    stories[bbc_round.STORIES[0]] = f"Old story{body}"
    stories["sport/old-again.txt"] = f"Old story{body}"  # the same story under another name
    for rel, text in stories.items():
        (clone / "news" / rel).parent.mkdir(parents=True, exist_ok=True)
        (clone / "news" / rel).write_text(text)
    drawn = bbc_round.draw(clone, 7, count=40)
    assert len(drawn) == 40 == len(set(drawn))
    assert all(rel.startswith("sport/new-") for rel in drawn)
    assert drawn == bbc_round.draw(clone, 7, count=40)  # the seed fixes the draw


def test_a_shorter_draw_takes_stories_of_a_thousand_characters(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    quoted = 'He said "yes" and she said "no". '
    texts = {
        "sport/long.txt": quoted * 50,
        "sport/mid.txt": quoted * 35,
        "sport/tiny.txt": quoted * 20,
    }
    for rel, text in texts.items():
        (clone / "news" / rel).parent.mkdir(parents=True, exist_ok=True)
        (clone / "news" / rel).write_text(f"{rel}\n\n{text}")
    assert bbc_round.draw(clone, 7, count=1) == ["sport/long.txt"]  # 1,500 characters or more
    shorter = bbc_round.draw(clone, 7, count=2, min_chars=1000)
    assert sorted(shorter) == ["sport/long.txt", "sport/mid.txt"]  # not the 680-character one


def test_a_draw_can_take_stories_with_one_pair_of_quotation_marks(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    texts = {
        "sport/two-pairs.txt": 'He said "yes" and she said "no". ' * 50,
        "sport/one-pair.txt": 'He said "yes". ' + "Plain words. " * 150,
        "sport/none.txt": "Plain words. " * 150,
    }
    for rel, text in texts.items():
        (clone / "news" / rel).parent.mkdir(parents=True, exist_ok=True)
        (clone / "news" / rel).write_text(f"{rel}\n\n{text}")
    assert bbc_round.draw(clone, 7, count=1) == ["sport/two-pairs.txt"]  # two pairs by default
    one_pair = bbc_round.draw(clone, 7, count=2, min_marks=2)
    assert sorted(one_pair) == ["sport/one-pair.txt", "sport/two-pairs.txt"]
