"""``python -m bot.eval people``: prints people per file and scores against a gold list."""

from __future__ import annotations

import json
import os

from bot.eval.people import main


def _scored(tmp_path, monkeypatch, capsys, text: str, gold: dict) -> str:
    """What ``python -m bot.eval people -v`` prints for one story ``a.txt`` and its gold list."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"a.txt": gold}), encoding="utf-8")
    monkeypatch.setenv("BRIEFBOT_PEOPLE_GOLD", str(path))
    assert main(str(corpus), verbose=True) == 0
    return capsys.readouterr().out


def test_prints_people_and_scores_against_a_gold_list(tmp_path, monkeypatch, capsys):
    out = _scored(
        tmp_path,
        monkeypatch,
        capsys,
        "Clinton campaign spokesman Brian Fallon said the report was wrong. "
        "Time Warner said its profits rose.",
        {"Brian Fallon": "spokesman", "Huma Abedin": None},
    )
    assert "Brian Fallon (spokesman, Clinton campaign)" in out
    assert "missed: Huma Abedin" in out
    assert "precision 1.000  recall 0.500" in out
    assert "roles right 1/1" in out


def test_an_empty_folder_is_an_error(tmp_path, capsys):
    assert main(str(tmp_path), verbose=False) == 1


def test_doubtful_gold_names_are_neither_required_nor_penalised(tmp_path, monkeypatch, capsys):
    out = _scored(
        tmp_path,
        monkeypatch,
        capsys,
        "Clinton campaign spokesman Brian Fallon said the report was wrong, "
        "reporter Jane Roe wrote on Monday.",
        {"Brian Fallon": "spokesman", "Jane Roe": "?", "Ann Lee": "?"},
    )
    assert "Jane Roe" in out  # found and listed, but not scored
    assert "!! missed" not in out and "!! not a person" not in out
    assert "precision 1.000  recall 1.000  (1 right, 0 wrong, 0 missed)" in out


def test_the_packaged_gold_list_scores_the_bbc_sample_layout(tmp_path, monkeypatch, capsys):
    """Files laid out as in the BBC sample (article/<category>/<nnn>.txt) are scored against
    the gold list that ships with the project, keyed by their path under article/."""
    monkeypatch.delenv("BRIEFBOT_PEOPLE_GOLD", raising=False)
    folder = tmp_path / "bbc" / "article" / "business"
    folder.mkdir(parents=True)
    (folder / "001.txt").write_text(
        "Profits rise\n\nTime Warner chief executive Richard Parsons said the quarter was strong.",
        encoding="utf-8",
    )
    assert main(str(tmp_path / "bbc"), verbose=True) == 0
    out = capsys.readouterr().out
    assert "packaged gold list" in out
    assert "precision 1.000  recall 1.000  (1 right, 0 wrong, 0 missed); roles right 1/1" in out


def test_a_bug_in_the_entity_extractor_fails_the_evaluation(tmp_path, monkeypatch):
    """The digest's safety net (a story without people rather than no digest) must not hide a
    bug from the figures: ``python -m bot.eval`` runs the extractor strictly."""
    import pytest

    import bot.digest.people as people
    from bot.eval.__main__ import main as eval_main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Foreign Minister Park Jin said so.", encoding="utf-8")

    def broken(text):
        raise ValueError("a bug in a new rule")

    monkeypatch.setattr(people, "_extract", broken)
    assert people.extract_entities("Foreign Minister Park Jin said so.", []).people == []
    with pytest.raises(ValueError, match="a bug in a new rule"):
        eval_main(["people", str(corpus)])
    gold = tmp_path / "quotes.json"
    gold.write_text(json.dumps({"a.txt": []}), encoding="utf-8")
    monkeypatch.setenv("BRIEFBOT_QUOTES_GOLD", str(gold))
    with pytest.raises(ValueError):
        eval_main(["quotes", str(corpus)])
    assert people.extract_entities("Foreign Minister Park Jin said so.", []).people == []


def test_titles_around_a_name_and_character_references_in_gold_keys_still_match():
    """A gold list keeps the names as a labeller wrote them: titles before or after the name,
    a territory after a royal title, an HTML character reference copied from the story."""
    from bot.eval.people import _same

    assert _same("Ali Khamenei", "Ayatollah Ali Khamenei")
    assert _same("Guy Mansfield", "Guy Mansfield QC")
    assert _same("Paul L. Howard", "Paul L. Howard, Jr.")
    assert _same("Michael", "King Michael of Romania")
    assert _same("Bryn Fôn", "Bryn F&#244;n")
    assert not _same("Michael", "Princess Marguerite of Romania")
    assert not _same("Ali Khamenei", "Ayatollah Ruhollah Khomeini")


def test_several_gold_lists_joined_by_the_path_separator_score_together(
    tmp_path, monkeypatch, capsys
):
    """Rounds kept in folders of their own, each with its gold list, are scored as one set."""
    for folder, name, person in (("r1", "a.txt", "Brian Fallon"), ("r2", "b.txt", "Jane Rowe")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(
            f"Clinton campaign spokesman {person} said the report was wrong.", encoding="utf-8"
        )
        (tmp_path / f"{folder}.json").write_text(
            json.dumps({name: {person: "spokesman"}}), encoding="utf-8"
        )
    gold = os.pathsep.join(str(tmp_path / f"{folder}.json") for folder in ("r1", "r2"))
    monkeypatch.setenv("BRIEFBOT_PEOPLE_GOLD", gold)
    assert main(str(tmp_path), verbose=False) == 0
    assert "(2 right, 0 wrong, 0 missed); roles right 2/2" in capsys.readouterr().out


def test_an_abbreviated_title_in_the_gold_list_is_the_same_role() -> None:
    from bot.eval.people import _role_ok

    assert _role_ok("Senator", "Sen.")
    assert _role_ok("Representative", "former Rep.")
    assert _role_ok("General", "Maj. Gen.")
    assert _role_ok("Doctor", "Dr.")
    assert _role_ok("National Security Advisor", "national security adviser")
    assert not _role_ok("Governor", "Sen.")
    assert not _role_ok(None, "Sen.")


def test_a_surname_alone_matches_the_gold_surname_before_a_relatives_full_name(
    tmp_path, monkeypatch, capsys
):
    out = _scored(
        tmp_path,
        monkeypatch,
        capsys,
        "Wall\n\nPresident Trump said Mexico must help. Trump told reporters before he and "
        "first lady Melania Trump attended Easter services.",
        {"Melania Trump": "first lady", "Trump": "President"},
    )
    assert "precision 1.000  recall 1.000  (2 right, 0 wrong, 0 missed)" in out
    assert "roles right 2/2" in out
