"""Summaries: lead-biased, about three sentences, without the furniture of news pages."""

from __future__ import annotations

from bot.digest.sentences import split
from bot.digest.summary import clean, is_content, summarize
from bot.digest.title import extract_title
from bot.eval.summaries import lcs_length, rouge_l, rouge_n, split_story, tokens

ARTICLE = """Central bank raises rates to fight inflation

By Maria Lopez, Economics Correspondent
Published: 09:14 GMT, 3 May 2023 | Updated: 11:02 GMT, 3 May 2023

LONDON (Reuters) - The central bank raised interest rates by half a point on Wednesday, \
its biggest increase in two decades, as inflation climbed to 9.1%.
Governor Andrew Bailey said the bank would do what it takes to bring inflation back to its \
2% target.
Mortgage holders face higher monthly payments, and economists expect house prices to fall this year.
Image caption: Shoppers on Oxford Street in London.
The decision was backed by seven of the nine members of the rate-setting committee.
Two members voted to hold rates, warning that the economy was already slowing.
Markets had expected a smaller rise, and the pound gained against the dollar after the announcement.
Follow us on Twitter for more business news.
"""


def summary_of(text: str, source: str = "doc.txt") -> str:
    paragraphs, sentences = split(text)
    title = extract_title(text, source, paragraphs)
    return summarize(text, sentences, paragraphs, title)


def test_summary_leads_with_the_news_without_furniture() -> None:
    summary = summary_of(ARTICLE)
    assert summary.startswith("The central bank raised interest rates by half a point")
    assert "Governor Andrew Bailey said" in summary
    for furniture in ("By Maria", "Published", "LONDON (Reuters)", "Image caption", "Twitter"):
        assert furniture not in summary
    assert "Central bank raises rates to fight inflation" not in summary  # the headline


def test_summary_length_is_about_three_sentences() -> None:
    summary = summary_of(ARTICLE)
    assert 40 <= len(summary.split()) <= 100
    assert 3 <= summary.count(". ") + 1 <= 4


def test_summary_keeps_document_order() -> None:
    summary = summary_of(ARTICLE)
    positions = [ARTICLE.index(part) for part in (summary[:40], "Governor Andrew Bailey")]
    assert positions == sorted(positions)


def test_short_documents_and_documents_without_sentences() -> None:
    assert summary_of("") == ""
    assert summary_of("Rates rise.") == "Rates rise."
    assert summary_of("just some words without any end") == "just some words without any end"


def test_an_endless_first_sentence_is_cut() -> None:
    text = "The minister said " + " ".join(["that the plan would work"] * 100) + "."
    assert len(summary_of(text).split()) <= 101


def test_wire_prefixes_are_stripped() -> None:
    assert clean("LONDON, England (CNN) -- The prime minister resigned on Monday.") == (
        "The prime minister resigned on Monday."
    )
    assert clean("(CNN) -- Voters went to the polls.") == "Voters went to the polls."
    assert clean("FLINT, Mich., Oct. 4 (UPI) — Bill Clinton spoke.") == "Bill Clinton spoke."
    assert clean("35. The Charter is clear.") == "The Charter is clear."
    assert clean("PARIS — Le président a parlé hier soir.") == "Le président a parlé hier soir."
    assert clean("U.S.-China talks - the first in a year - ended.") == (
        "U.S.-China talks - the first in a year - ended."
    )


def test_furniture_is_not_content() -> None:
    assert not is_content("By Maria Lopez, Economics Correspondent")
    assert not is_content("PUBLISHED: 09:14 GMT, 3 May 2023 | UPDATED: 11:02 GMT, 3 May 2023.")
    assert not is_content("Click here to read more about the budget.")
    assert not is_content("Ministers agree on climate fund")  # a heading
    assert is_content("By the end of the year, the fund had spent most of its money.")


def test_rouge_by_hand() -> None:
    candidate = tokens("The cat sat on the mat.")
    reference = tokens("The cat lay on the mat!")
    p, r, _ = rouge_n(candidate, reference, 1)
    assert (p, r) == (5 / 6, 5 / 6)
    p2, r2, _ = rouge_n(candidate, reference, 2)
    assert (p2, r2) == (3 / 5, 3 / 5)  # "the cat", "on the", "the mat"
    assert lcs_length(candidate, reference) == 5
    assert rouge_l(candidate, candidate)[2] == 1.0
    assert rouge_n([], reference, 1) == (0.0, 0.0, 0.0)


SPEECH = """I congratulate you, Mr. President, on your election to the presidency of the General \
Assembly. I also thank your predecessor for his able stewardship of the last session.
Allow me to pay tribute to the Secretary-General for his tireless efforts. We wish him every \
success in the year ahead.
This year our region suffered the worst drought in half a century, and the harvest failed in \
four provinces.
Millions of people now depend on food aid, and the price of grain has tripled since January.
We call on the international community to fund the regional food reserve that our ministers \
proposed in June.
Without it, the next drought will turn into a famine.
"""


def test_speeches_skip_their_opening_courtesies() -> None:
    summary = summary_of(SPEECH, "XYZ_78_2023.txt")
    assert summary.startswith("This year our region suffered the worst drought")
    for courtesy in ("congratulate", "thank", "tribute", "wish him"):
        assert courtesy not in summary


def test_a_courtesy_later_in_news_does_not_hide_the_lead() -> None:
    text = (
        "Voters re-elected the mayor on Sunday by a wide margin after a bitter campaign.\n"
        "Her rival congratulated her on her election in a short speech to supporters.\n"
        "Turnout was the highest in twenty years, officials said on Monday.\n"
        "The mayor promised to cut bus fares and build ten thousand homes.\n"
    )
    summary = summary_of(text)
    assert summary.startswith("Voters re-elected the mayor on Sunday")
    assert "congratulated" not in summary


def test_tabloid_furniture_on_one_line_is_skipped() -> None:
    text = (
        "By . Daily Mail Reporter . PUBLISHED: . 12:04 EST, 9 March 2014 . | . UPDATED: . "
        "12:44 EST, 9 March 2014 . A teenager who vanished on her way to school was found safe "
        "in a barn three miles from her home, police said. Emma Brown, 15, had been missing for "
        "four days, sparking a search involving 200 volunteers and a police helicopter."
    )
    summary = summary_of(text)
    assert summary.startswith("A teenager who vanished on her way to school")
    assert "PUBLISHED" not in summary and "Daily Mail Reporter" not in summary


def test_letters_in_any_script_make_content() -> None:
    assert is_content("Министр иностранных дел заявил, что переговоры продолжатся в понедельник.")
    assert is_content("Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν τη Δευτέρα το πρωί.")
    assert not is_content("2019: 3.5%, 2020: 4.1%, 2021: 2.2%, 2022: 1.9% (est.) and 2023.")


def test_a_sentence_over_several_lines_is_cleaned_onto_one() -> None:
    assert clean("The minister\nsaid  the talks\twould resume.") == (
        "The minister said the talks would resume."
    )
    assert clean(" 35. The Charter is clear. ") == "The Charter is clear."


def test_a_sentence_case_first_line_stays_in_the_lead() -> None:
    # A one-sentence opening paragraph may be taken for a headline; it must not leave the lead.
    text = (
        "One Missouri mom is making the best of a bad situation.\n\n"
        "Becky Stone was shocked when her new car was stolen from her driveway on Monday.\n\n"
        "Police found the car on April 1 and returned it with new red rims.\n\n"
        "She thanked the thieves on Facebook for the upgrade.\n"
    )
    assert summary_of(text, "story.txt").startswith("One Missouri mom is making the best")
    titled = "Stealth Over Health: Senator Headed to ER.\n\n" + text
    assert not summary_of(titled, "story.txt").startswith("Stealth Over Health")


def test_story_files_give_article_and_highlights() -> None:
    story = (
        "The council approved the budget on Monday.\n\nIt will fund two new schools.\n\n"
        "@highlight\n\nCouncil approves budget\n\n@highlight\n\nTwo schools to be built!\n"
    )
    article, reference = split_story(story)
    assert article == "The council approved the budget on Monday.\n\nIt will fund two new schools."
    assert reference == "Council approves budget. Two schools to be built!"
