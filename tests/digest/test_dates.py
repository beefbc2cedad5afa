"""Document dates and dated events, relative dates resolved against the document's date."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.digest.dates import YearDate, document_date, event_clause, extract_events
from bot.digest.sentences import split


def events(text: str, day: dt.date | None) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in extract_events(text, split(text)[1], day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy arrived on Monday (30 January 2023) for talks.", dt.date(2023, 1, 30)),
        ("WASHINGTON, Jan. 5, 2017 (Reuters) - The Senate voted.", dt.date(2017, 1, 5)),
        ("Posted September 11, 2016\n\nThe campaign said on Sunday.", dt.date(2016, 9, 11)),
        ("Report of 2021-03-04.\nThe board met.", dt.date(2021, 3, 4)),
        ("The 12th of March 2020 was the day the schools closed.", dt.date(2020, 3, 12)),
    ],
)
def test_date_from_the_text(text: str, expected: dt.date) -> None:
    assert document_date(text, "doc.txt") == expected


def test_date_from_the_file_name() -> None:
    assert document_date("No date here.", "news/2023-01-30-nato-korea.txt") == dt.date(2023, 1, 30)
    assert document_date("No date here.", "20230130_release.txt") == dt.date(2023, 1, 30)
    assert document_date("No date here.", "notes.txt") is None


def test_un_speech_is_dated_by_year_only() -> None:
    day = document_date("Today Korea is determined to contribute.", "KOR_78_2023.txt")
    assert day == dt.date(2023, 9, 1)
    assert isinstance(day, YearDate)
    assert day.isoformat() == "2023-09-01"


def test_invalid_dates_are_ignored() -> None:
    assert document_date("It happened on 31 February 2023.", "doc.txt") is None


def test_weekdays_resolve_to_the_past_in_past_tense() -> None:
    monday = dt.date(2023, 1, 30)
    text = "Earlier on Sunday, the minister laid a wreath at the cemetery."
    assert events(text, monday) == [
        ("2023-01-29", "The minister laid a wreath at the cemetery"),
    ]


def test_weekdays_resolve_to_the_future_when_the_sentence_says_so() -> None:
    monday = dt.date(2023, 1, 30)
    text = "The council will vote on Friday on the new budget."
    assert events(text, monday)[0][0] == "2023-02-03"


def test_yesterday_last_and_next() -> None:
    wednesday = dt.date(2023, 2, 1)
    text = (
        "The senator said yesterday that she would run. "
        "Last Tuesday, officials met in Paris. "
        "Talks resume next Monday in Geneva."
    )
    dates = [d for d, _ in events(text, wednesday)]
    assert dates == ["2023-01-31", "2023-01-31", "2023-02-06"]


def test_explicit_dates_with_and_without_years() -> None:
    day = dt.date(2017, 1, 5)
    text = (
        "The attacks of September 11, 2001, changed everything. "
        "Talks began on 29 December and ended on Jan. 3 in Vienna."
    )
    assert events(text, day) == [
        ("2001-09-11", "The attacks of September 11, 2001, changed everything"),
        ("2016-12-29", "Talks began and ended on Jan. 3 in Vienna"),
        ("2017-01-03", "Talks began on 29 December and ended in Vienna"),
    ]


def test_days_without_a_year_need_a_document_date() -> None:
    assert events("Talks began on 29 December in Vienna.", None) == []
    assert events("Talks began on 29 December 2019 in Vienna.", None) == [
        ("2019-12-29", "Talks began in Vienna"),
    ]


def test_relative_dates_are_not_guessed_for_year_only_documents() -> None:
    day = YearDate(2001, 9, 1)
    text = "Yesterday we met. On Tuesday we spoke. On 11 September terror struck New York."
    assert events(text, day) == [("2001-09-11", "Terror struck New York")]


def test_the_dateline_is_not_an_event() -> None:
    text = "WASHINGTON, Jan. 5, 2017 (Reuters) - The Senate voted on Tuesday to confirm him."
    assert events(text, dt.date(2017, 1, 5)) == [
        ("2017-01-03", "The Senate voted to confirm him"),
    ]


def test_event_clause_drops_relative_clauses() -> None:
    sentence = (
        "Meeting with Foreign Minister Park Jin on Sunday (29 January 2023), the Secretary General"
        " welcomed the new Mission to NATO, which demonstrates the importance of the partnership."
    )
    start = sentence.index("on Sunday")
    end = sentence.index("),") + 1
    assert event_clause(sentence, start, end) == (
        "Meeting with Foreign Minister Park Jin, the Secretary General welcomed the new Mission"
        " to NATO"
    )


def test_long_event_clauses_are_cut() -> None:
    sentence = "On Monday " + " ".join(["the minister spoke"] * 30) + "."
    clause = event_clause(sentence, 0, len("On Monday"))
    assert len(clause.split()) <= 31
    assert clause.endswith("…")


def test_words_that_look_like_dates_are_not_dates() -> None:
    text = "Marshall and Mayday met Sunny in the 115 January Club. May I speak?"
    assert events(text, dt.date(2023, 1, 30)) == []


def test_days_in_a_year_only_document_stay_in_that_year() -> None:
    day = YearDate(2015, 9, 1)
    text = "Since 1 January, 125,000 people have arrived.\n35. On 14 December the border closed."
    assert events(text, day) == [
        ("2015-01-01", "Since 1 January, 125,000 people have arrived"),
        ("2015-12-14", "The border closed"),
    ]


def _padding(length: int) -> str:
    """News-like filler without any date in it, ``length`` characters long."""
    sentence = "The committee heard evidence from experts and officials about the budget. "
    return (sentence * (length // len(sentence) + 1))[:length]


def test_the_document_date_is_looked_for_near_the_top_only() -> None:
    early = _padding(1200) + "The report was published on 3 March 2021.\n" + _padding(3000)
    assert document_date(early, "doc.txt") == dt.date(2021, 3, 3)
    late = _padding(2000) + "The report was published on 3 March 2021."
    assert document_date(late, "doc.txt") is None
    # A date that straddles the end of the window: only what lies inside it counts ("3 March"
    # without a year is no document date).
    text = _padding(1500 - len("on 3 March")) + "on 3 March 2021 the board met."
    assert text.index("2021") >= 1500
    assert document_date(text, "doc.txt") is None
    text = _padding(1500 - len("on 3 March 2021 ")) + "on 3 March 2021 the board met."
    assert document_date(text, "doc.txt") == dt.date(2021, 3, 3)


def test_events_belong_to_their_own_text() -> None:
    # document_date and extract_events share one scan per text: a second text with different
    # dates must not get the first one's.
    first = "The board met on 3 March 2021.\n" + _padding(500)
    second = "The board met on 9 June 2022.\n" + _padding(500)
    assert document_date(first, "a.txt") == dt.date(2021, 3, 3)
    assert events(second, dt.date(2022, 6, 10)) == [("2022-06-09", "The board met")]
    assert events(first, dt.date(2021, 3, 4)) == [("2021-03-03", "The board met")]


def test_un_page_headers_make_no_events() -> None:
    from bot.digest import digest_document

    text = (
        "The path to peace has been littered with further massacres and\n"
        "Forty-eighth session - 28 September l993 11\n"
        "attacks, and it is unacceptable that the objectives set could not be met.\n"
        "On 13 September 1993 the agreement was signed in Washington."
    )
    digest = digest_document(text, "BEL_48_1993.txt")
    assert [(e.date, e.text) for e in digest.events] == [
        ("1993-09-13", "The agreement was signed in Washington"),
    ]
    assert "session" not in digest.text


SUNDAY = dt.date(2016, 9, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Forward: future tense, plans, expectations, "next".
        ("A majority of voters expect Clinton to win Monday's debate at Hofstra.", "2016-09-26"),
        ("The two candidates will meet on Tuesday in New York.", "2016-09-27"),
        ("The vote will be held on Friday, aides said.", "2016-09-30"),
        ("He'll travel to Iowa on Thursday.", "2016-09-29"),
        ("Trump is going to visit Ohio on Wednesday.", "2016-09-28"),
        ("Monday's debate will decide the race.", "2016-09-26"),
        ("Aides prepared for the upcoming debate on Monday at Hofstra.", "2016-09-26"),
        ("Next Friday the council votes on the budget.", "2016-09-30"),
        # Backward: past tense, even when a later clause speaks of the future.
        ("The two candidates met on Tuesday in New York.", "2016-09-20"),
        ("Clinton said on Monday that she will release her records.", "2016-09-19"),
        ("Hillary Clinton spoke out Tuesday about the shooting.", "2016-09-20"),
        ("Following Monday's speech, the campaign raised $5 million.", "2016-09-19"),
        # The document's own weekday is that day, whatever the tense.
        ("Officials said on Sunday the talks went well.", "2016-09-25"),
        ("The leaders will speak on Sunday evening.", "2016-09-25"),
    ],
)
def test_weekdays_follow_the_tense_of_their_clause(text: str, day: str) -> None:
    assert [d for d, _ in events(text, SUNDAY)] == [day]


def test_event_text_starts_at_a_clause_boundary() -> None:
    text = "On Monday night, Clinton leaned in and attacked Trump on taxes."
    assert events(text, SUNDAY) == [("2016-09-19", "Clinton leaned in and attacked Trump on taxes")]
    text = "On Tuesday at the rally in Ohio, Trump attacked the press."
    assert events(text, SUNDAY) == [("2016-09-20", "Trump attacked the press")]


def test_a_possessive_weekday_stays_in_the_event_text() -> None:
    text = "Monday night's debate drew a record audience of 84 million viewers."
    assert events(text, SUNDAY) == [
        ("2016-09-19", "Monday night's debate drew a record audience of 84 million viewers")
    ]
    text = "Monday's debate will decide the race."
    assert events(text, SUNDAY) == [("2016-09-26", "Monday's debate will decide the race")]
