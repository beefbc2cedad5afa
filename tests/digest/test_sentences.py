"""Sentence and paragraph splitting on the kinds of text news, wires and OCR produce."""

from __future__ import annotations

import pytest

from bot.digest.sentences import MAX_SENTENCE, split
from bot.digest.text import normalize


def texts(text: str) -> list[str]:
    return [s.text for s in split(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones and Sen. Warren in Washington on Tuesday.",
        "The book by J. K. Rowling sold 3.5 million copies, George W. Bush said.",
        "Rep. Emanuel Cleaver II (D-Mo.) said the vote was close.",
        "The talks begin at 9 a.m. on Jan. 5 at No. 10 Downing Street.",
        "Article 51 of the U.N. Charter was cited, e.g. by Gen. Milley.",
        "Since Sept. 11 the U.S. Senate has held hearings on the attacks.",
        "“Why?” he asked, and nobody answered him.",
        "Trygve Lie. the first Secretary-General, viewed the invasion as a challenge.",
        "He paid $1.13bn for www.example.com and 2.5% of Apple Inc. shares.",
    ],
)
def test_one_sentence_despite_full_stops(text: str) -> None:
    assert texts(text) == [text]


def test_ordinary_sentences_split() -> None:
    text = "The vote failed. Then the senator left! Would he return? Nobody knew."
    assert texts(text) == [
        "The vote failed.",
        "Then the senator left!",
        "Would he return?",
        "Nobody knew.",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = 'She said: "It is done." (The vote was 52-48.) “We won.” Then she left.'
    assert texts(text) == [
        'She said: "It is done."',
        "(The vote was 52-48.)",
        "“We won.”",
        "Then she left.",
    ]


def test_acronym_at_the_end_of_a_sentence() -> None:
    text = "The sanctions were imposed by the U.S. The move angered Moscow."
    assert texts(text) == ["The sanctions were imposed by the U.S.", "The move angered Moscow."]


def test_ellipsis_before_a_capital_ends_a_sentence() -> None:
    text = "He paused... Then he spoke. It was… complicated."
    assert texts(text) == ["He paused...", "Then he spoke.", "It was… complicated."]


def test_headings_without_punctuation_are_sentences() -> None:
    text = "Ministers agree on climate fund\nThe ministers agreed on Friday. The fund opens in May."
    assert texts(text) == [
        "Ministers agree on climate fund",
        "The ministers agreed on Friday.",
        "The fund opens in May.",
    ]


def test_one_sentence_per_line_files() -> None:
    text = "Profits rose 5% in March\nSales fell in April\nThe board met in May"
    assert texts(text) == text.split("\n")


def test_list_markers_stay_with_their_sentence() -> None:
    text = "34. In taking up the work of the Assembly, we must act. 35. The Charter is clear."
    assert texts(text) == [
        "34. In taking up the work of the Assembly, we must act.",
        "35. The Charter is clear.",
    ]


def test_paragraphs_are_blank_line_blocks() -> None:
    text = "Title line\n\nFirst sentence. Second sentence.\nThird line.\n\nLast paragraph."
    paragraphs, sentences = split(text)
    assert [text[p.start : p.end] for p in paragraphs] == [
        "Title line",
        "First sentence. Second sentence.\nThird line.",
        "Last paragraph.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1, 2]


def test_paragraphs_are_lines_when_there_are_no_blank_lines() -> None:
    text = "First paragraph here. Two sentences.\nSecond paragraph.\nThird one."
    paragraphs, sentences = split(text)
    assert len(paragraphs) == 3
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]


def test_hard_wrapped_prose_is_joined_across_line_breaks() -> None:
    text = (
        "The committee met on Tuesday to discuss the\n"
        "budget, which has been delayed for several\n"
        "months. Members said the delay was caused by\n"
        "disagreements over defence spending."
    )
    paragraphs, sentences = split(text)
    assert len(paragraphs) == 1
    assert len(sentences) == 2
    assert sentences[0].text.endswith("several\nmonths.")


def test_offsets_match_the_text() -> None:
    text = normalize("  A first one.   And a second.\n\n\nThird: “quoted.” Fourth?  ")
    paragraphs, sentences = split(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
        p = paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_no_sentence_without_letters() -> None:
    # A run of bare full stops is not a sentence of its own: it stays with the next one.
    assert texts("Wait. . . . . . Then it rained.") == ["Wait.", ". . . . . Then it rained."]


def test_a_line_without_punctuation_is_cut_into_bounded_sentences() -> None:
    text = " ".join(["word"] * 5000)
    sentences = split(text)[1]
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert " ".join(s.text for s in sentences) == text


def test_empty_and_blank_text() -> None:
    assert split("") == ([], [])
    assert split(" \n\n \n") == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers said there was no Plan B. The old plan had failed.",
            ["Ministers said there was no Plan B.", "The old plan had failed."],
        ),
        (
            "Doctors now prescribe vitamin D. It is cheap and safe.",
            ["Doctors now prescribe vitamin D.", "It is cheap and safe."],
        ),
    ],
)
def test_a_capital_letter_that_names_something_ends_a_sentence(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The proposal was submitted by A. A. Gromyko, the Soviet foreign minister.",
        "Franklin D. Roosevelt and Harry S. Truman led the country through the war.",
        "The author, J. K. Rowling, and George W. Bush were both in the news.",
    ],
)
def test_initials_still_go_on_with_the_name(text: str) -> None:
    assert texts(text) == [text]
