"""Decoding and normalisation: every later offset depends on this text being predictable."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from bot.digest.pipeline import digest_document
from bot.digest.text import UnreadableDocument, decode, normalize


def test_utf8_with_and_without_bom() -> None:
    text = "Secretary General’s visit to Seoul — “a success”"
    assert decode(text.encode("utf-8")) == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(encoding: str) -> None:
    text = "Président Macron a déclaré : « Nous sommes prêts »."
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == text


def test_utf16_without_bom_is_recognised() -> None:
    text = "The minister said the talks would resume on Monday."
    assert decode(text.encode("utf-16-le")) == text


def test_cp1252_fallback_for_legacy_files() -> None:
    text = "The café’s owner said “no comment” – twice."
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(1, 32)) * 100, "binary"),
        (bytes(range(128, 256)) * 50, "not valid UTF-8"),
    ],
)
def test_binary_junk_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=reason):
        decode(data)


def test_empty_file_is_empty_text() -> None:
    assert decode(b"") == ""


def test_newlines_and_nfc() -> None:
    decomposed = "Cafe\u0301 owner\r\nsaid so\rand left"
    assert normalize(decomposed) == "Café owner\nsaid so\nand left"


def test_control_characters_go_but_tabs_become_spaces() -> None:
    assert normalize("a\x00b\x07c\u200bd\ufeffe\u00adf") == "abcdef"
    assert normalize("34.\tIn taking up the work") == "34. In taking up the work"


def test_ocr_hyphenated_line_breaks_are_joined() -> None:
    text = "the inter-\nnational community and co-\n operation"
    assert normalize(text) == "the international community and cooperation"


def test_hyphens_before_capitals_and_numbers_stay() -> None:
    text = "the Indo-\nPacific region\nin 1990-\n1991"
    assert normalize(text) == text


def test_whitespace_is_collapsed_but_paragraphs_survive() -> None:
    text = "  Title  \n\n\n\n First  paragraph.\u00a0 Second\t\tsentence.  \n   \nNext.  "
    assert normalize(text) == "Title\n\nFirst paragraph. Second sentence.\n\nNext."


def test_normalize_is_idempotent() -> None:
    text = "A  b\r\n\r\n\r\nc- \nd\u00a0\u00a0e inter-\nnational"
    once = normalize(text)
    assert normalize(once) == once


def test_html_character_references_left_by_a_scraper_are_decoded() -> None:
    text = "Jos&#233; Manuel Barroso called it &quot;a step&quot; (&#x263A;) at AT&T."
    assert normalize(text) == 'José Manuel Barroso called it "a step" (☺) at AT&T.'
    # references to "&", "#", digits or letters stay: decoding could make a new one
    tricky = "&#6&#53;; &#38;#233; &amp;#233; &#0;"
    assert normalize(tricky) == tricky and normalize(normalize(tricky)) == tricky


def test_a_name_written_with_a_reference_is_one_person() -> None:
    text = "EU patents\n\nCommission President Jos&#233; Manuel Barrosso said no.\n"
    names = [p.name for p in digest_document(text, "story.txt").people]
    assert names == ["José Manuel Barrosso"]


def test_un_running_page_headers_are_dropped() -> None:
    # A scanned 1993 record: the header (OCR reads 1993 as "l993") and its page number fall in
    # the middle of a sentence and of a hyphenated word.
    text = (
        "We can only avert such conflicts by\n"
        "Forty-eighth session - 5 October l993 3\n"
        "making arrangements for peace-\n"
        "12 General Assembly - Forty-eighth session\n"
        "keeping in time.\n"
        "14\n"
        "General Assembly 22nd plenary meeting\n"
        "Fiftieth session 13 October 1995\n"
        "Meanwhile, ways should be found.\n"
        "A/70/PV.28 03/10/2015\n"
        "That is all."
    )
    assert normalize(text) == (
        "We can only avert such conflicts by\nmaking arrangements for peacekeeping in time.\n"
        "Meanwhile, ways should be found.\nThat is all."
    )


def test_lines_that_only_mention_a_session_stay() -> None:
    text = (
        "The forty-eighth session - 5 October 1993 - was a turning point.\n"
        "Fiftieth session 13 October 1995 was the date of the vote on the budget\n"
        "See document A/48/PV.20 for the record.\n"
        "General Assembly 22nd plenary meeting minutes were read."
    )
    assert normalize(text) == text


def test_odd_spaces_and_controls_in_otherwise_clean_text() -> None:
    # normalize skips the passes a text does not need: each odd character alone must still go.
    for odd in ["\t", "\u00a0", "\u2009", "\u3000"]:
        assert (
            normalize(f"The talks{odd}resumed {odd} on Monday. ") == "The talks resumed on Monday."
        )
    for odd in ["\x07", "\u200b", "\u00ad", "\ufeff"]:
        assert normalize(f"The talks re{odd}sumed on Monday.") == "The talks resumed on Monday."
    for odd in ["\r", "\r\n", "\u2028", "\x0c"]:
        assert normalize(f"Talks resumed.{odd}They ended.") == "Talks resumed.\nThey ended."


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("The minister and his protegÃ©s arrived.", "The minister and his protegés arrived."),
        ("President FranÃÂ§ois Hollande said", "President François Hollande said"),
        ("President FranÃƒÂ§ois Hollande said", "President François Hollande said"),
        ("We donâ€™t know, she said.", "We don’t know, she said."),
        ("He called it â€œa successâ€\x9d.", "He called it “a success”."),
        ("It cost Ã‚Â£5m in 2016.", "It cost £5m in 2016."),
        ("The ZÅ‚oty fell; donâ€™t panic.", "The Złoty fell; don’t panic."),
        ("ÐŸÑ€ÐµÐ·Ð¸Ð´ÐµÐ½Ñ‚ said", "Президент said"),
        ("ì„œìš¸ talks", "서울 talks"),
        ("Ã©tÃ© Ã\xa0 Paris", "été à Paris"),
    ],
)
def test_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert normalize(broken) == fixed


def test_decomposed_mojibake_is_repaired() -> None:
    broken = unicodedata.normalize("NFD", "Les protegÃ©s de FranÃ§ois donâ€™t")
    assert normalize(broken) == "Les protegés de François don’t"


@pytest.mark.parametrize(
    "text",
    [
        "Président Macron a déclaré : « Nous sommes prêts ». À bientôt… l’été”.",
        "Größe, Übermaß, Äpfel – „schön“ sagte der Minister.",
        "윤석열 대통령은 서울에서 “협력”을 강조했다.",
        "The CAFÉ’s owner said “no” — ÉTÉ» and À‘ stay as written.",
        "Crème brûlée, naïve café, 10°C ±5, ©2020 Reuters®, £5, €3, ¥4.",
    ],
)
def test_correct_text_is_not_repaired(text: str) -> None:
    assert normalize(text) == text


def test_mojibake_repair_is_linear_and_total() -> None:
    # Thousands of lead characters without continuations, and continuations without leads.
    text = "Ã" * 20000 + "€™" * 20000 + "Ã©" * 20000
    out = normalize(text)
    assert out.endswith("é" * 20000)
    assert out.startswith("Ã" * 19999)


def test_a_control_between_mojibake_halves_still_normalises_once() -> None:
    """Found by hypothesis: dropping the control joins "Â" and "¡" into mojibake, which must be
    repaired in the same pass so that normalising twice changes nothing."""
    once = normalize("Â\x1f¡")
    assert normalize(once) == once
