"""The word lists behind the entity extractor load once and say what they should."""

from __future__ import annotations

from bot.digest import lexicon as lx


def test_given_names_know_gender_only_when_unambiguous():
    assert lx.GIVEN_GENDER["Melania"] == "f"
    assert lx.GIVEN_GENDER["Jens"] == "m"
    assert "Robin" in lx.GIVEN_NAMES and "Robin" not in lx.GIVEN_GENDER


def test_honorifics_carry_roles_and_genders():
    assert lx.HONORIFICS["Rep."] == ("Representative", None)
    assert lx.HONORIFICS["Mrs."] == (None, "f")
    assert lx.HONORIFICS["Mr"] == (None, "m")


def test_roles_are_formal_or_informal():
    assert lx.ROLE_HEADS["minister"] is True
    assert lx.ROLE_HEADS["spokesman"] is False
    assert "foreign" in lx.ROLE_MODIFIERS


def test_demonyms_are_adjectives_not_country_names():
    assert "Korean" in lx.DEMONYMS and "South African" in lx.DEMONYMS
    assert "Iran" not in lx.DEMONYMS and "Czech Republic" not in lx.DEMONYMS
    assert lx.country("South Korean") == "Republic of Korea"
    assert lx.country("president") is None


def test_nicknames_map_to_formal_given_names():
    assert lx.given_key("Joe") == "Joseph"
    assert lx.given_key("Jens") == "Jens"


def test_lists_do_not_contradict_each_other():
    assert not lx.COMMON_CAPS & lx.GIVEN_NAMES
    assert "New York" in lx.PLACES and "NATO" in lx.KNOWN_ORGS
    assert "Park" in lx.EAST_ASIAN_SURNAMES


def test_census_and_international_given_names_widen_the_lists():
    # Uncommon but unambiguous names from the census lists and the hand-picked world names.
    for name in ("Percy", "Terence", "Hildegard", "Kazuo", "Naguib", "Tirunesh", "Palaniappan"):
        assert name in lx.GIVEN_NAMES, name
    assert lx.GIVEN_GENDER["Terence"] == "m" and lx.GIVEN_GENDER["Angelique"] == "f"
    assert "Kazuo" not in lx.GIVEN_GENDER  # world names carry no gender


def test_world_given_names_widen_the_lists_without_words_places_or_surnames():
    # From Faker's locales (tools/given_world.py): names of footballers and officials abroad.
    for name in ("Dejan", "Thibaut", "Nemanja", "Gianluigi", "Manolo", "Flavia"):
        assert name in lx.GIVEN_NAMES, name
    world = lx._words("given_world.txt")
    for word in ("Ford", "Porsche", "Merritt", "Collins", "Paris", "Will", "Muslim", "Tora"):
        assert word not in world, word
    assert "Thibaut" not in lx.GIVEN_GENDER
    # rare U.S. surnames that are given names abroad are kept; English-only ones are not
    assert {"Olivier", "Julien", "Yann", "Sebastien"} <= world
    assert not {"Arlington", "Gerrard", "Coolidge", "Ming"} & world


def test_larger_lists_keep_out_words_places_and_famous_surnames():
    added = lx._words("census_male.txt") | lx._words("census_female.txt")
    added |= lx._words("given_intl.txt")
    assert len(added) > 2000
    for word in ("Will", "Hope", "Grant", "Paris", "Blair", "Williams", "Christie", "Jinping"):
        assert word not in added, word
    assert "Blair" not in lx.GIVEN_NAMES and "Williams" not in lx.GIVEN_NAMES


def test_surnames_are_a_separate_weak_list():
    assert {"Merritt", "Cragg", "Winfrey"} <= lx.SURNAMES
    assert "Brown" not in lx.SURNAMES  # also an ordinary word
    assert "Merritt" not in lx.GIVEN_NAMES
