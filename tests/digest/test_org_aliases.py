"""One organisation under one name: an acronym the text spells out, a party's nickname."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def test_an_acronym_and_a_nickname_become_the_full_name_everywhere() -> None:
    text = (
        "The British National Party leader Nick Griffinn was interviewed. The BNP said it "
        "would fight every seat.\n\n"
        "The Conservatives launched a poster. Labour say a vote for them would let the Tories "
        'in, while the Tories say the Liberal Democrats would mean "higher taxes, soft crime '
        'laws, more power to Europe".\n'
    )
    d = digest_document(text, "x.txt")
    assert "BNP" not in d.organizations and "British National Party" in d.organizations
    assert "Tories" not in d.organizations and "Conservatives" in d.organizations
    assert [q.speaker for q in d.quotes] == ["Conservatives"]


def test_an_acronym_with_two_spellings_or_none_stays_as_written() -> None:
    d = digest_document(
        "The NFL said so. The National Football League and the National Farmers League met.\n",
        "x.txt",
    )
    assert "NFL" in d.organizations


def test_an_acronym_written_in_title_case_is_the_body_spelled_out() -> None:
    text = (
        "Tobacco deal\n\n"
        "British American Tobacco has won approval for a factory. Bat told the BBC it had "
        'secured approval from "the highest levels of government". A cricket bat was sold.\n'
    )
    digest = digest_document(text, "story.txt")
    assert "British American Tobacco" in digest.organizations
    assert "Bat" not in digest.organizations
    assert [q.speaker for q in digest.quotes] == ["British American Tobacco"]
