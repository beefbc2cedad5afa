"""People and roles in the habits of the news archives (round 16; sentences written here):
an informal word for an office beside the office itself, a photo's aside between a title and
the names, a word that is no given name glued before a full name, a titled person "of" an
institution, and a person's name joined by "and" to a broadcaster's."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in digest_document(text, "story.txt").people]


def test_the_office_is_preferred_to_an_informal_word_for_it() -> None:
    text = (
        "Boss Nigel Pearce has urged Leicester to keep their focus.\n\n"
        "Leicester manager Nigel Pearce has urged his players to look only at their own games.\n"
    )
    assert people(text) == [("Nigel Pearce", "manager")]
    text = "Leicester boss Nigel Pearce has urged his players to focus.\n"
    assert people(text) == [("Nigel Pearce", "boss")]


def test_a_photos_aside_between_the_title_and_the_names() -> None:
    text = (
        "Former England managers (clockwise) Glenn Hadley, Kevin Keene and Steve McClure have "
        "backed the call.\n"
    )
    assert people(text) == [
        ("Glenn Hadley", "manager"),
        ("Kevin Keene", "manager"),
        ("Steve McClure", "manager"),
    ]


def test_a_word_that_is_no_given_name_glued_before_a_full_name() -> None:
    text = (
        "Barcelona beat Valencia on Saturday, with goals from Luis Suarez and Lionel Messi.\n\n"
        "Suarez opened the scoring after a minute against high-flying Valencia Lionel Messi "
        "scored the second after rounding the goalkeeper.\n"
    )
    assert [n for n, _ in people(text)] == ["Luis Suarez", "Lionel Messi"]


def test_a_titled_person_of_an_institution_is_a_person() -> None:
    text = "The research was led by Dr. Surendra Shastri of Tata Memorial Hospital in Mumbai.\n"
    digest = digest_document(text, "story.txt")
    assert [(p.name, p.role) for p in digest.people] == [("Surendra Shastri", "Doctor")]
    assert digest.organizations == ["Tata Memorial Hospital"]
    text = "The Duke of Edinburgh met the Governor of the Bank of England.\n"
    assert people(text) == []


def test_a_name_joined_by_and_to_a_broadcasters_name_is_read_apart() -> None:
    text = (
        "He was nominated alongside Network Ten's Robert Aly and Seven News' Chris Maher in "
        "the category.\n"
    )
    digest = digest_document(text, "story.txt")
    assert [p.name for p in digest.people] == ["Robert Aly", "Chris Maher"]
    assert "Robert Aly and Seven News" not in digest.organizations
