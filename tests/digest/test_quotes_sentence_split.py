"""Quotations in news archives written one sentence to a line (CNN/Daily Mail, BBC News):
British single marks that close only at the end of the last sentence, and opening marks that
slipped to the end of the line before. Sentences written here in that style."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in digest_document(text, "story.txt").quotes]


def test_a_single_mark_opened_after_said_runs_over_the_next_sentences() -> None:
    text = (
        "Rovers made an offer for striker Tomas Berg, according to club chairman Ivan Kolar.\n\n"
        "Speaking to a paper, Kolar said: 'It is true that Rovers sent us an offer for Berg.\n\n"
        "'It is a formal offer with conditions.\n\n"
        "They want to sign him in the summer.'\n\n"
        "Berg scored nine goals last season.\n"
    )
    assert quotes(text) == [
        ("It is true that Rovers sent us an offer for Berg.", "Ivan Kolar"),
        ("It is a formal offer with conditions.", "Ivan Kolar"),
        ("They want to sign him in the summer.", "Ivan Kolar"),
    ]


def test_unmarked_lines_between_belong_to_the_quotation_that_closes_later() -> None:
    text = (
        "Anna Pike, 41, from Leeds, said: 'I was with my children at the park.\n\n"
        "I did not expect anything like this to happen.\n\n"
        "There were a lot of people around and everybody gasped.'\n\n"
        "The council said it would review the site.\n"
    )
    assert quotes(text) == [
        ("I was with my children at the park.", "Anna Pike"),
        ("I did not expect anything like this to happen.", "Anna Pike"),
        ("There were a lot of people around and everybody gasped.", "Anna Pike"),
    ]


def test_a_line_with_no_closing_mark_ahead_stays_narrative() -> None:
    text = (
        "Anna Pike said: 'I was with my children at the park.\n\n"
        "The council said it would review the site.\n\n"
        "It has not yet set a date.\n"
    )
    said = [q for q, _ in quotes(text)]
    assert said == ["I was with my children at the park."]


def test_an_opening_mark_left_at_the_end_of_the_line_before() -> None:
    text = (
        "Coach Mark Dale named Leon Hart in his squad for the relays in May.'\n\n"
        "I am happy to be part of the team for the relays,' Hart said.\n\n"
        "The team flies out on Friday.\n"
    )
    assert quotes(text) == [("I am happy to be part of the team for the relays", "Leon Hart")]


def test_an_apostrophe_never_ends_a_sentence_split_quotation() -> None:
    text = (
        "Maria Lind said: 'We moved here in the spring.\n\n"
        "The boys' school is close and the buses are good.\n\n"
        "It was the right choice for us.'\n"
    )
    # "boys' school": a plural's apostrophe before a lowercase word, not the closing mark.
    assert [q for q, _ in quotes(text)] == [
        "We moved here in the spring.",
        "The boys' school is close and the buses are good.",
        "It was the right choice for us.",
    ]
    unsure = "Maria Lind said: 'We moved here in the spring.\n\nThe Jones' house was close.\n"
    assert [q for q, _ in quotes(unsure)] == ["We moved here in the spring."]


def test_an_unclosed_single_mark_before_a_lowercase_word_is_an_apostrophe() -> None:
    text = "Fans of rock 'n roll packed the hall.\n\nThey stayed until midnight.'\n"
    assert quotes(text) == []


def test_a_curly_opening_mark_between_letters_is_an_apostrophe() -> None:
    text = (
        "Donna Reed praised Ana Cole‘s new album.\n\n"
        "She added, “I was just very impressed. It is her best work.”\n"
    )
    assert [q for q, _ in quotes(text)] == ["I was just very impressed. It is her best work."]


def test_the_attribution_at_the_end_names_the_speaker_of_every_paragraph() -> None:
    text = (
        "Novelist Andrea Hale won the prize for her third book.\n"
        '"What could have been a preachy book turns out to be funny and humane.\n'
        'It is hard to think of anybody not enjoying it," wrote the judges.\n'
    )
    # "the judges" are a group: nobody in particular, and not the novelist either.
    assert [s for _, s in quotes(text)] == [None, None]


def test_the_club_in_the_club_boss_owns_the_role() -> None:
    text = (
        "Arsene Wenger praised Alexis Sanchez on Friday.\n\n"
        "'He is at the top,' the Arsenal boss added.\n"
    )
    assert quotes(text) == [("He is at the top", "Arsene Wenger")]


def test_a_closing_mark_set_off_by_a_space_before_its_speaker() -> None:
    text = (
        "'In Happy Valley we bought our first house and started to build our home, "
        "'Melissa Meek says in the clip.\n"
    )
    assert quotes(text) == [
        ("In Happy Valley we bought our first house and started to build our home", "Melissa Meek")
    ]


def test_held_lines_that_nothing_closes_keep_their_own_quotations() -> None:
    text = (
        "Anna Pike said: 'I was with my children at the park.\n\n"
        'The council called it "a serious failure of maintenance" on Monday.\n\n'
        "It has not yet set a date.\n"
    )
    said = [q for q, _ in quotes(text)]
    assert said == ["I was with my children at the park.", "a serious failure of maintenance"]


def test_first_person_lines_after_a_closed_line_go_on_until_a_closing_mark() -> None:
    text = (
        "Cambiasso said: 'We have a quarter of the season left to finish.'\n\n"
        "I think some people think for Leicester all is finished.\n\n"
        "But I am sure we can save Leicester and stay in the league.'\n\n"
        "Leicester play Swansea on Saturday, and Cambiasso said it would be hard.\n\n"
        "Asked about Swansea, Cambiasso said: 'It was a good win,' and left.\n\n"
        "The club said the stadium was full.\n\n"
        "Fans sang until the final whistle blew for the last time.'\n"
    )
    said = [q for q, _ in quotes(text)]
    assert said == [
        "We have a quarter of the season left to finish.",
        "I think some people think for Leicester all is finished.",
        "But I am sure we can save Leicester and stay in the league.",
        "It was a good win",
    ]
