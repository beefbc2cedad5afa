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
