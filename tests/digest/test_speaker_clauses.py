"""Whom a description or pronoun names when the clause around a name says it is no speaker (the
twenty-sixth session's rules, from the misses of AllSides rounds 109-): a party member is a
person, a verb after its own subject is no inverted cue, and what a sentence is about is its
topic."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in digest_document(text, "clauses.txt").quotes}


def test_the_republican_is_a_person_not_the_party() -> None:
    speakers = _speakers(
        "Special election\n\nRepublican Dan Bishop won a special congressional election in "
        "North Carolina on Tuesday.\n\nBishop thanked Trump and vowed to support the "
        "president's agenda.\n\n“Tonight was the first step toward taking back the House,” the "
        "Republican told a cheering crowd."
    )
    assert speakers == {"Tonight was the first step toward taking back the House": "Dan Bishop"}


def test_the_democrats_said_is_still_the_party() -> None:
    speakers = _speakers(
        "Budget\n\nThe Senate passed the budget on Friday.\n\n“This is a bad bill,” the "
        "Democrats said in a statement."
    )
    assert speakers == {"This is a bad bill": "Democrats"}


def test_a_reporting_verb_after_its_own_subject_has_its_object_after_it() -> None:
    speakers = _speakers(
        "Hearing\n\nRep. Ken Buck (R-Colo.) asked Special Counsel Robert Mueller whether the "
        "president could be charged.\n\n“Yes,” Mueller said.\n\nBuck had criticized Mueller "
        "earlier on in his line of questioning.\n\n“Having reviewed your biography, it puzzles "
        "me,” the Republican lawmaker said."
    )
    assert speakers["Having reviewed your biography, it puzzles me"] == "Ken Buck"


def test_what_a_sentence_is_about_is_not_who_he_is() -> None:
    speakers = _speakers(
        "Statue removed\n\nThe statue of Raphael Semmes was removed overnight.\n\nMayor Sandy "
        "Stimpson, in a string of messages sent on Twitter, said he ordered the removal. The "
        "decision wasn’t about Semmes or the monument itself, “and it is not an attempt to "
        "rewrite history,” he wrote."
    )
    assert speakers["and it is not an attempt to rewrite history"] == "Sandy Stimpson"
