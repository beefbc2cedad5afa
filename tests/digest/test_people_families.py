"""People of one family in one story stay apart (the twenty-sixth session's rules, from AllSides
rounds 109-122): a son named "Jr." implies a father of the name, whom an office title before the
bare surname means, and "Trump Jr." is the son."""

from __future__ import annotations

from tests.digest.test_people import names, person, run


def test_president_trump_beside_his_children_is_a_person_of_his_own() -> None:
    ents = run(
        "2024 poll\n\nIf the 2024 GOP nomination were held today, two of President Trump's "
        "children would be among the leaders. With 29 percent and 16 percent support, Donald "
        "Trump Jr. and Ivanka Trump would come second and third."
    )
    assert {"Trump", "Donald Trump Jr.", "Ivanka Trump"} <= names(ents)
    assert person(ents, "Trump").role == "President"
    assert person(ents, "Donald Trump Jr.").role is None
    assert person(ents, "Ivanka Trump").role is None


def test_president_trump_is_the_donald_trump_the_story_names_not_his_son() -> None:
    ents = run(
        "Clinton\n\nHillary Clinton said Donald Trump is lucky he's president. President Trump "
        "tweeted a response.\n\nDonald Trump Jr. was one of the first to answer her. Trump Jr. "
        "shared some of her laundry list."
    )
    assert person(ents, "Donald Trump").role == "President"
    assert "Trump Jr." in person(ents, "Donald Trump Jr.").aliases
    assert "Trump Jr." not in person(ents, "Donald Trump").aliases
