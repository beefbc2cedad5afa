"""``BRIEFBOT_QUOTES_GOLD=… python -m bot.eval quotes FOLDER``: scores against a hand-made list."""

from __future__ import annotations

import json
import os

from bot.eval.quotes import main


def test_scores_quotations_and_speakers_against_a_gold_list(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'Defence Minister Robert Hill spoke on Tuesday. "We will send two more ships to the '
        'Gulf," Senator Hill said. "They leave next week," he added. A reporter called it '
        '"a farce" later.',
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "a.txt": [
                    {
                        "text": "We will send two more ships to the Gulf,",
                        "speaker": "Robert Hill",
                        "source": "name",
                    },
                    {
                        "text": "They leave next week,",
                        "speaker": "Robert Hill",
                        "source": "pronoun",
                    },
                    {"text": "a text that is not there", "speaker": None, "source": "none"},
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFBOT_QUOTES_GOLD", str(gold))
    assert main(str(corpus), verbose=True) == 0
    captured = capsys.readouterr()
    assert "quote recall:    1.000 (2/2)" in captured.out
    assert "quote precision: 1.000 (2/2)" in captured.out
    assert "speaker, name sources:           1.000 (1/1)" in captured.out
    assert "speaker, pronoun/descr. sources: 1.000 (1/1)" in captured.out
    assert "gold quotation not found in the text" in captured.err


def test_a_gold_list_naming_no_file_of_the_folder_is_an_error(tmp_path, monkeypatch):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"missing.txt": []}), encoding="utf-8")
    monkeypatch.setenv("BRIEFBOT_QUOTES_GOLD", str(gold))
    assert main(str(tmp_path), verbose=False) == 1


def test_an_acronym_names_the_same_speaker_as_its_full_name():
    from bot.eval.quotes import speaker_matches

    assert speaker_matches("DEA", "the Drug Enforcement Administration", fuzzy=True)
    assert speaker_matches("Israel Defense Forces", "IDF", fuzzy=True)
    assert speaker_matches("International Monetary Fund", "the IMF", fuzzy=True)
    assert speaker_matches("UK Independence Party", "UKIP", fuzzy=True)
    assert not speaker_matches("DEA", "the Drug Enforcement Administration")  # the old rule
    assert not speaker_matches("FBI", "the Drug Enforcement Administration", fuzzy=True)


def test_several_gold_lists_joined_by_the_path_separator_score_together(
    tmp_path, monkeypatch, capsys
):
    """Rounds kept in folders of their own (found wherever they are under the corpus), each with
    its gold list, are scored as one set."""
    for folder, name in (("r1", "a.txt"), ("r2/B", "b.txt")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / name).write_text(
            '"We will send two more ships," Senator Robert Hill said.', encoding="utf-8"
        )
        quotation = {"text": "We will send two more ships,", "speaker": "Robert Hill"}
        (tmp_path / f"{name}.json").write_text(
            json.dumps({name: [{**quotation, "source": "name"}]}), encoding="utf-8"
        )
    gold = os.pathsep.join(str(tmp_path / f"{n}.json") for n in ("a.txt", "b.txt"))
    monkeypatch.setenv("BRIEFBOT_QUOTES_GOLD", gold)
    assert main(str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "articles: 2" in out
    assert "quote recall:    1.000 (2/2)" in out
