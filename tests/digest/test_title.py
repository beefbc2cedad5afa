"""Titles: a heading when there is one, a readable name for head-less UN speeches."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from bot.digest.countries import ALIASES, COUNTRIES, country_name, lookup
from bot.digest.sentences import split
from bot.digest.title import extract_title, ordinal, readable_name, source_stem


def title_of(text: str, source: str = "doc.txt") -> str | None:
    return extract_title(text, source, split(text)[0])


def test_first_line_heading() -> None:
    text = "Ministers agree on climate fund\n\nThe ministers agreed on Friday to open a fund."
    assert title_of(text) == "Ministers agree on climate fund"


def test_markdown_heading() -> None:
    assert title_of("# Budget talks stall\n\nTalks stalled again.") == "Budget talks stall"


def test_a_sentence_is_not_a_heading() -> None:
    text = "The ministers agreed on Friday to open a fund. It will start in May."
    assert title_of(text, "notes/2023-05-01_climate-fund.txt") == "Climate fund"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("KOR_78_2023.txt", "Republic of Korea, UN General Debate, 78th session (2023)"),
        (
            "Session 01 - 1946/USA_01_1946.txt",
            "United States, UN General Debate, 1st session (1946)",
        ),
        (
            "PRK_72_2017.txt",
            "Democratic People's Republic of Korea, UN General Debate, 72nd session (2017)",
        ),
        ("CSK_23_1968.txt", "Czechoslovakia, UN General Debate, 23rd session (1968)"),
        ("EU_66_2011.txt", "European Union, UN General Debate, 66th session (2011)"),
        ("ZZZ_12_1957.txt", "ZZZ, UN General Debate, 12th session (1957)"),
    ],
)
def test_un_corpus_names(name: str, title: str) -> None:
    speech = "I congratulate the President on his election. The Charter is our guide."
    assert title_of(speech, name) == title


def test_un_name_wins_over_a_short_first_line() -> None:
    assert title_of("Mr. President\nWe meet again.", "FRA_70_2015.txt") == (
        "France, UN General Debate, 70th session (2015)"
    )


def test_ordinals() -> None:
    numbers = (1, 2, 3, 4, 11, 12, 13, 21, 22, 78, 101, 111)
    assert [ordinal(n) for n in numbers] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "78th", "101st",
        "111th",
    ]  # fmt: skip


def test_empty_document_falls_back_to_the_name() -> None:
    assert title_of("", "reports/weekly_update.txt") == "Weekly update"


def test_country_table() -> None:
    assert country_name("kor") == "Republic of Korea"
    assert lookup("South Korea") == lookup("Korean") == "Republic of Korea"
    assert lookup("Russia") == "Russian Federation"
    assert lookup("Atlantis") is None
    assert len(COUNTRIES) > 250
    assert set(ALIASES.values()) <= set(COUNTRIES.values())


def test_title_case_headline_with_a_full_stop() -> None:
    text = "Clinton-Supporting Super PACs Target Latino Voters.\nAbout one voter in nine is Latino."
    assert title_of(text) == "Clinton-Supporting Super PACs Target Latino Voters"
    assert title_of("Profits rose in March.\nSales fell in April.", "q1.txt") == "Q1"


@pytest.mark.parametrize(
    "source",
    [
        "KOR_78_2023.txt",
        "corpus/Session 78 - 2023/KOR_78_2023.txt",
        "C:\\news\\2023-01-30-nato.txt",
        "archive.tar.gz",
        ".hidden",
        "notes.",
        "folder/",
        "folder/./",
        "a/b/.",
        "",
        "/",
        "..",
        "name.with.dots.md",
    ],
)
def test_source_stem_is_pathlib_stem(source: str) -> None:
    assert source_stem(source) == PurePath(source.replace("\\", "/")).stem


BODY = (
    "\n\nThe Republican nominee has spent weeks insisting that his returns are under audit. On "
    "Tuesday his campaign again declined to release them, aides said.\n\nThe dispute is old."
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Trump not walking the walk on his tax claims.",
            "Trump not walking the walk on his tax claims",
        ),
        (
            "The Latest: Trump’s leaked taxes not from Connecticut.",
            "The Latest: Trump’s leaked taxes not from Connecticut",
        ),
        (
            "Green Party candidate removed from N.Y. debate site by police.",
            "Green Party candidate removed from N.Y. debate site by police",
        ),
        ("Senate stalls. Again.", "Senate stalls. Again"),
        ("Ministers agree on fund", "Ministers agree on fund"),
    ],
)
def test_sentence_case_headline_standing_alone(headline: str, title: str) -> None:
    assert title_of(headline + BODY, "politico_2016-10-04_trump-not-walking-the-walk.txt") == title


def test_headline_with_a_semicolon_and_a_deck() -> None:
    text = (
        "Senator urges sanctions on Moscow;\nPanel member says the vote must be protected." + BODY
    )
    assert title_of(text) == "Senator urges sanctions on Moscow"


@pytest.mark.parametrize(
    "first",
    [
        # Long: a lead sentence, not a headline.
        "The ministers of the seven largest economies agreed on Friday in Rome to open a climate"
        " fund for the poorest countries, officials said after the talks ended late at night.",
        # Two sentences of a body, not a headline.
        "Officials met in Rome on Friday to discuss the fund. They agreed to meet again in May"
        " and to invite the finance ministers of the region.",
        "Thank you.",  # too short to be a headline
    ],
)
def test_a_first_paragraph_that_is_not_a_headline(first: str) -> None:
    assert title_of(first + BODY, "politico_2016-10-04_climate-fund-talks.txt") == (
        "Climate fund talks"
    )


def test_a_full_stop_line_without_a_blank_line_after_it_is_not_a_title() -> None:
    assert (
        title_of("Profits rose in March.\nSales fell in April.\nCosts were flat.", "q1.txt") == "Q1"
    )


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        (
            "politico_2016-10-04_trump-not-walking-the-walk-on-hi",
            "Trump not walking the walk on hi",
        ),
        ("breitbart_2016-09-25_pence-says-flowers-won-t-be-at", "Pence says flowers won t be at"),
        ("2023-01-30-nato", "Nato"),
        ("20230130_release_notes", "Release notes"),
        ("report_3f9a2c7e81d4b5a6", "Report"),
        ("2023-01-30", "2023-01-30"),
        ("000_eb33f95aa847253a", "000 eb33f95aa847253a"),
        ("NATO_Summit_Notes", "NATO Summit Notes"),
        ("", None),
    ],
)
def test_readable_file_names(stem: str, title: str | None) -> None:
    assert readable_name(stem) == title


def test_a_one_sentence_opening_paragraph_is_not_a_heading() -> None:
    # British news often opens with a paragraph of one sentence; a headline is shorter.
    text = (
        "Chelsea have made an offer for the Tokyo forward Yoshi Mori, according to the club's "
        "president.\n\nThe Japan international will join on loan next season."
    )
    assert title_of(text, "story-17.txt") == "Story 17"
    text = (
        "An Oregon couple announced they are expecting a child in a rap video set to the theme "
        "of 'The Fresh Prince of Bel-Air.'\n\nThe clip has been viewed a million times."
    )
    assert title_of(text, "story-18.txt") == "Story 18"
