"""tools/news_archive.py rebuilds the round 14-15 texts from benchmark pickles: its detokeniser
and its refusal to run code from a pickle (sentences written here in the archive's token style)."""

from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "tools" / "news_archive.py"
_spec = importlib.util.spec_from_file_location("news_archive", _PATH)
news_archive = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(news_archive)


def test_tokenised_text_becomes_one_sentence_per_paragraph() -> None:
    src = (
        "Ogane said : ' It is true that Chelsea sent us an offer . ' "
        "The club 's fans were n't surprised . `` We knew , '' said the boys ' coach ."
    )
    lines = [news_archive.detokenise(s) for s in news_archive.sentences(src)]
    assert lines == [
        "Ogane said: 'It is true that Chelsea sent us an offer.'",
        "The club's fans weren't surprised.",
        '"We knew," said the boys\' coach.',
    ]


def test_highlights_are_cut_at_the_added_full_stops() -> None:
    ref = "Muto is a forward . Chelsea made an offer . He said ' no deal yet . '"
    assert news_archive.highlights(ref) == [
        "Muto is a forward",
        "Chelsea made an offer",
        "He said 'no deal yet.'",
    ]


def test_a_pickle_that_would_run_code_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "data.pkl"
    bad.write_bytes(pickle.dumps({"x": Path("/")}))  # any global is refused, even a harmless one
    with pytest.raises(pickle.UnpicklingError):
        news_archive.load(str(bad))
    good = tmp_path / "ok.pkl"
    good.write_bytes(pickle.dumps({"a": {"src": "Hi .", "ref_summ": "Hi ."}}))
    assert news_archive.load(str(good)) == {"a": {"src": "Hi .", "ref_summ": "Hi ."}}


def test_the_tool_writes_texts_and_stories(tmp_path: Path) -> None:
    data = tmp_path / "data.pkl"
    data.write_bytes(
        pickle.dumps(
            {"k1": {"src": "Ana Ruiz won . She said : `` Yes . ''", "ref_summ": "Ruiz won ."}}
        )
    )
    assert news_archive.main([str(data), str(tmp_path / "out")]) == 0
    assert (tmp_path / "out/text/001.txt").read_text() == 'Ana Ruiz won.\n\nShe said: "Yes."\n'
    story = (tmp_path / "out/stories/001.story").read_text()
    assert story.endswith("@highlight\n\nRuiz won\n")
