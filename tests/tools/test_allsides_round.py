"""tools/allsides_round.py rebuilds rounds 80 and up from the Article-Bias-Prediction dataset's
JSON files: headline, a dateline and the article's paragraphs; data whose headlines do not match
the round's is refused; a draw takes one story per outlet and leaves out what other sets hold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "tools" / "allsides_round.py"
_spec = importlib.util.spec_from_file_location("allsides_round", _PATH)
allsides_round = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(allsides_round)

_QUOTED = "“We will win,” she said. “Soon,” he said.\n\n"
_LONG = "The debate went on for hours in the chamber. " * 40


def _article(
    folder: Path,
    ident: str,
    title: str,
    source: str = "NPR",
    date: str = "2018-03-04",
    content: str = _QUOTED + _LONG,
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    article = {
        "ID": ident,
        "title": title,
        "source": source,
        "date": date,
        "content_original": content,
    }
    (folder / f"{ident}.json").write_text(json.dumps(article), encoding="utf-8")


def test_a_story_is_headline_dateline_and_paragraphs() -> None:
    article = {
        "title": " Senate votes ",
        "date": "2019-07-04",
        "content_original": "WASHINGTON (AP) - It passed.\n\n“Good,” he said.\n",
    }
    assert allsides_round.story_text(article) == (
        "Senate votes\n\nJuly 4, 2019\n\nWASHINGTON (AP) - It passed.\n\n“Good,” he said.\n"
    )


def test_a_round_is_written_into_four_folders_of_ten(tmp_path: Path) -> None:
    stories, prefix = allsides_round.ROUNDS[80]
    for n, (ident, headline) in enumerate(stories):
        _article(tmp_path / "jsons", ident, headline + " and more", content=f"Story {n}.")
    written = allsides_round.rebuild_round(80, tmp_path / "jsons", tmp_path / "out")
    assert len(written) == 40 == len({i for i, _ in stories})
    assert written[0] == tmp_path / "out" / "A" / f"{prefix}001.txt"
    assert written[39] == tmp_path / "out" / "D" / f"{prefix}040.txt"
    assert written[12].read_text(encoding="utf-8").endswith("2018\n\nStory 12.\n")


def test_other_data_is_refused(tmp_path: Path) -> None:
    ident, _ = allsides_round.ROUND80[0]
    _article(tmp_path, ident, "Some other story")
    with pytest.raises(SystemExit, match="not the data"):
        allsides_round.rebuild_round(80, tmp_path, tmp_path / "out")


def test_a_draw_takes_one_story_per_outlet_and_leaves_out_what_other_sets_hold(
    tmp_path: Path,
) -> None:
    for i in range(6):
        _article(tmp_path, f"ok{i}", f"Story {i}", source=f"Outlet {i}")
    _article(tmp_path, "same", "Story 7", source="Outlet 0")  # a second story of one outlet
    _article(tmp_path, "again", "Story 1", source="Outlet 9")  # a headline drawn already
    _article(tmp_path, "short", "Short", source="Outlet 10", content=_QUOTED)
    _article(tmp_path, "noquote", "Plain", source="Outlet 11", content=_LONG)
    _article(tmp_path, "cnn", "Old CNN", source="CNN", date="2014-05-01")
    _article(tmp_path, "isot", "Wire", source="Reuters", date="2017-11-20")
    _article(
        tmp_path, "bad", "Garbled", source="Outlet 12", content="StatesÃ¢â‚¬â„¢ " + _QUOTED + _LONG
    )
    drawn = allsides_round.draw(tmp_path, seed=3, before=80, count=100)
    idents = {i for i, _ in drawn}
    assert len(drawn) == 6
    assert {f"ok{i}" for i in range(2, 6)} <= idents
    assert not idents & {"short", "noquote", "cnn", "isot", "bad"}
    assert len({i for i in idents if i in ("ok0", "same")}) == 1
    assert len({i for i in idents if i in ("ok1", "again")}) == 1


def test_no_story_is_in_two_rounds_and_each_round_is_forty_stories() -> None:
    idents = [i for stories, _ in allsides_round.ROUNDS.values() for i, _ in stories]
    assert len(idents) == len(set(idents)) == 40 * len(allsides_round.ROUNDS)
