"""Quotation spans and their speakers, on news-style text written for these tests."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.digest import digest_document
from bot.digest.model import Entities, Person
from bot.digest.quotes import extract_quotes
from bot.digest.sentences import split
from tests.digest._entities import build_entities

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_eb33f95aa847253a.txt"


def quotes_of(text: str, entities: Entities | None = None):
    paragraphs, sentences = split(text)
    quotes = extract_quotes(text, sentences, paragraphs, entities or Entities())
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return quotes


def pairs(text: str, entities: Entities | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text, entities)]


MERKEL = Person("Angela Merkel", role="Chancellor", aliases=["Merkel", "Mrs. Merkel"], gender="f")
SCHOLZ = Person(
    "Olaf Scholz", role="Finance Minister", aliases=["Scholz", "Mr. Scholz"], gender="m"
)
STOLTENBERG = Person(
    "Jens Stoltenberg",
    role="Secretary General",
    organization="NATO",
    aliases=["Stoltenberg", "Mr. Stoltenberg", "the Secretary General"],
    gender="m",
)


def test_seed_has_exactly_its_two_quotations_by_stoltenberg() -> None:
    text = SEED.read_text(encoding="utf-8")
    digest = digest_document(text, SEED.name)
    assert [q.speaker for q in digest.quotes] == ["Jens Stoltenberg", "Jens Stoltenberg"]
    assert digest.quotes[0].text.startswith("what happens in Europe matters")
    assert digest.quotes[0].cue == "stressed"
    assert digest.quotes[1].text.startswith("We also know that North Korea")
    assert digest.quotes[1].cue == "said"
    for q in digest.quotes:
        assert digest.text[q.start : q.end] == q.text


def test_quote_then_pronoun_attribution_resolves_to_the_subject() -> None:
    text = (
        "Chancellor Angela Merkel met Finance Minister Olaf Scholz in Berlin on Tuesday.\n\n"
        "Mrs. Merkel defended the budget before parliament.\n\n"
        "“We cannot spend money we do not have,” she said.\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    assert pairs(text, ents) == [("We cannot spend money we do not have", "Angela Merkel")]


def test_said_before_role_and_name_after_quote() -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg visited Seoul.\n\n"
        "“Security in Europe and Asia is interconnected,” said the Secretary General.\n\n"
        "“Russia must not win this war,” Mr. Stoltenberg told reporters.\n"
    )
    ents = build_entities(text, [STOLTENBERG], ["NATO"])
    quotes = quotes_of(text, ents)
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Jens Stoltenberg", "said"),
        ("Jens Stoltenberg", "told"),
    ]


def test_cue_before_quotation_in_the_same_sentence() -> None:
    text = (
        "Speaking to students in Seoul, Mr. Stoltenberg stressed that “what happens in Europe "
        "matters to Asia.”\n"
    )
    ents = build_entities(text, [STOLTENBERG])
    (q,) = quotes_of(text, ents)
    assert (q.text, q.speaker, q.cue) == (
        "what happens in Europe matters to Asia.",
        "Jens Stoltenberg",
        "stressed",
    )


def test_british_single_quotes_with_apostrophes_inside() -> None:
    text = (
        "The Chancellor was blunt. ‘We don’t negotiate with ourselves, and we won’t start "
        "now,’ Mrs. Merkel said, adding that the talks’ outcome was open.\n"
    )
    ents = build_entities(text, [MERKEL])
    assert pairs(text, ents) == [
        ("We don’t negotiate with ourselves, and we won’t start now", "Angela Merkel")
    ]


def test_straight_quotes_and_apostrophes_do_not_mix_up() -> None:
    text = (
        "Scholz, who came of age in the '80s, said it wasn't Jones' house that burned. "
        "'The budget isn't finished yet,' Mr. Scholz said. \"We're close,\" he added.\n"
    )
    ents = build_entities(text, [SCHOLZ])
    assert pairs(text, ents) == [
        ("The budget isn't finished yet", "Olaf Scholz"),
        ("We're close", "Olaf Scholz"),
    ]


def test_multi_paragraph_quotation_keeps_its_speaker() -> None:
    text = (
        "Olaf Scholz addressed the party conference on Saturday.\n\n"
        "“We have done the hard work. The deficit is down, and the economy is growing.\n\n"
        "“Now we must invest in schools, in railways and in the energy grid.\n\n"
        "“Nobody will be left behind,” Scholz said.\n"
    )
    ents = build_entities(text, [SCHOLZ])
    quotes = quotes_of(text, ents)
    assert [q.text for q in quotes] == [
        "We have done the hard work. The deficit is down, and the economy is growing.",
        "Now we must invest in schools, in railways and in the energy grid.",
        "Nobody will be left behind",
    ]
    assert {q.speaker for q in quotes} == {"Olaf Scholz"}


def test_partial_quotation_kept_scare_quotes_dropped() -> None:
    text = (
        "Merkel called the proposal “a disgrace” on Monday. Critics of the so-called "
        "“experts” were not convinced by the “reform” either.\n"
    )
    ents = build_entities(text, [MERKEL])
    assert pairs(text, ents) == [("a disgrace", "Angela Merkel")]


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    text = "“He looked at me and said, ‘Don’t sign it,’ and I didn’t,” Scholz recalled on Sunday.\n"
    ents = build_entities(text, [SCHOLZ])
    assert pairs(text, ents) == [
        ("He looked at me and said, ‘Don’t sign it,’ and I didn’t", "Olaf Scholz")
    ]


def test_unclosed_quotation_ends_at_its_paragraph() -> None:
    text = (
        "Scholz said: “The plan is dead and everyone in this building knows it\n\n"
        "Merkel disagreed. “The plan is alive and well,” she said.\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    assert pairs(text, ents) == [
        ("The plan is dead and everyone in this building knows it", "Olaf Scholz"),
        ("The plan is alive and well", "Angela Merkel"),
    ]


def test_according_to_colon_and_tweet_attributions() -> None:
    text = (
        "According to Merkel, “the coalition will hold until the end of the term.”\n\n"
        "Scholz: “There is no alternative to this budget.”\n\n"
        "Merkel wrote in a tweet: “Thank you to everyone who voted today!”\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    quotes = quotes_of(text, ents)
    assert [q.speaker for q in quotes] == ["Angela Merkel", "Olaf Scholz", "Angela Merkel"]
    assert [q.cue for q in quotes] == ["according to", None, "wrote"]


def test_quotation_continued_in_next_sentence_keeps_the_speaker() -> None:
    text = (
        "“The vote was a clear signal,” Merkel said. “Europe is watching us closely.”\n\n"
        "Scholz left the chamber early.\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    assert pairs(text, ents) == [
        ("The vote was a clear signal", "Angela Merkel"),
        ("Europe is watching us closely.", "Angela Merkel"),
    ]


def test_description_resolves_to_the_organisation() -> None:
    text = (
        "The Financial Times reported the talks on Friday. “Negotiators were still far apart "
        "on the main questions,” the newspaper wrote.\n"
    )
    ents = build_entities(text, [], ["The Financial Times"])
    assert pairs(text, ents) == [
        ("Negotiators were still far apart on the main questions", "The Financial Times")
    ]


def test_people_sharing_a_surname_stay_apart() -> None:
    donald = Person("Donald Trump", aliases=["Trump", "Mr. Trump"], gender="m")
    melania = Person("Melania Trump", aliases=["Mrs. Trump"], gender="f")
    text = (
        "Donald Trump spoke first in Cleveland. Melania Trump followed him on stage.\n\n"
        "“I am proud of my husband,” Mrs. Trump said.\n\n"
        "“We will win this state,” Mr. Trump said.\n"
    )
    ents = build_entities(text, [donald, melania])
    assert [q.speaker for q in quotes_of(text, ents)] == ["Melania Trump", "Donald Trump"]


def test_show_titles_are_not_quotations() -> None:
    text = "Merkel appeared on ZDF’s “Berlin Direct Weekly Show” to defend the plan.\n"
    ents = build_entities(text, [MERKEL])
    assert pairs(text, ents) == []


def test_without_entities_quotes_are_found_and_speakers_are_none() -> None:
    text = "“We will not raise taxes this year,” the minister said on Monday.\n"
    assert pairs(text) == [("We will not raise taxes this year", None)]


def test_thousands_of_marks_and_a_long_line_do_not_break_it() -> None:
    text = '"a" ' * 5000 + "“" * 3000 + "word " * 20000 + "”\n" + "don't " * 3000
    quotes = quotes_of(text)
    assert all(len(q.text.split()) >= 1 for q in quotes)


_ALPHABET = st.sampled_from(
    [*"abc XYZ.,;:!?\n'\"“”‘’«»—-", "Merkel", " said", " he", "Scholz", "\n\n", "  "]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=200).map("".join))
def test_any_text_gives_valid_quotes(text: str) -> None:
    ents = build_entities(text, [MERKEL, SCHOLZ], ["NATO"])
    quotes = quotes_of(text, ents)
    names = {"Angela Merkel", "Olaf Scholz", "NATO"}
    assert all(q.speaker is None or q.speaker in names for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all(q.text and q.text == q.text.strip() for q in quotes)
    assert all(q.end <= r.start for q, r in itertools.pairwise(quotes))


def test_unattributed_quote_after_a_new_subject_goes_to_that_person() -> None:
    text = (
        "“The budget is balanced,” Merkel said.\n\n"
        "Olaf Scholz, the finance minister, rejected that view on Tuesday. “The numbers do not "
        "add up.”\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    assert [q.speaker for q in quotes_of(text, ents)] == ["Angela Merkel", "Olaf Scholz"]


def test_name_before_a_dash_speaks_but_not_an_object() -> None:
    text = (
        "Several leaders objected, including the chancellor Angela Merkel -- “This plan "
        "cannot work.” Others were kinder to Olaf Scholz -- “a fine plan for the country.”\n"
    )
    ents = build_entities(text, [MERKEL, SCHOLZ])
    speakers = [q.speaker for q in quotes_of(text, ents)]
    assert speakers[0] == "Angela Merkel"
    assert "Olaf Scholz" not in speakers


def test_archive_double_apostrophes_are_quotation_marks() -> None:
    text = "''We will not raise taxes,'' Mr. Scholz said, ''not this year and not next year.''\n"
    ents = build_entities(text, [SCHOLZ])
    assert pairs(text, ents) == [
        ("We will not raise taxes", "Olaf Scholz"),
        ("not this year and not next year.", "Olaf Scholz"),
    ]


def test_transcript_labels_name_the_speaker() -> None:
    wallace = Person("Chris Wallace", aliases=["Wallace"], gender="m")
    pence = Person("Mike Pence", aliases=["Pence"], gender="m")
    text = (
        "Chris Wallace interviewed Mike Pence on Sunday. A partial transcript:\n\n"
        "“WALLACE: Will the governor attend the debate tomorrow night?\n\n"
        "“PENCE: Of course I will, and so will my running mate.\n\n"
        "“We are looking forward to it.”\n"
    )
    ents = build_entities(text, [wallace, pence])
    assert pairs(text, ents) == [
        ("Will the governor attend the debate tomorrow night?", "Chris Wallace"),
        ("Of course I will, and so will my running mate.", "Mike Pence"),
        ("We are looking forward to it.", "Mike Pence"),
    ]


def test_he_after_a_sentence_opening_with_but_and_a_relative_clause() -> None:
    prescott = Person("John Prescott", aliases=["Prescott"], gender="m")
    leigh = Person("Edward Leigh", aliases=["Leigh"], gender="m")
    text = (
        "Deputy Prime Minister John Prescott said a good deal had been secured.\n"
        "“The benefits of this deal will be felt for years,” he said.\n"
        "But Edward Leigh, who chairs the public accounts committee, warned the government.\n"
        "He said: “The first attempt to sell the Dome proved a complete fiasco.”\n"
    )
    ents = build_entities(text, [prescott, leigh])
    assert [q.speaker for q in quotes_of(text, ents)] == ["John Prescott", "Edward Leigh"]


def test_curly_quotation_nested_in_a_straight_one_stays_inside() -> None:
    text = (
        'Carver continued:\n\n"I will read you the question: “Do you think the minister'
        ' should resign over the report?” Forty-one, yes; forty-five, no."\n'
    )
    carver = Person("Ed Carver", aliases=["Carver"], gender="m")
    got = pairs(text, build_entities(text, [carver]))
    assert len(got) == 1 and got[0][0].startswith("I will read") and got[0][1] == "Ed Carver"


def test_show_title_with_an_attribution_after_it_is_still_a_title() -> None:
    text = (
        "In an interview on CBS's “Face the Nation,” Speaker Anne Holm said the protests"
        " demand “more listening and more learning.”\n"
    )
    holm = Person("Anne Holm", aliases=["Speaker Anne Holm"], gender="f")
    got = pairs(text, build_entities(text, [holm]))
    assert got == [("more listening and more learning.", "Anne Holm")]


def test_next_sentence_claim_does_not_attribute_a_finished_quotation() -> None:
    text = (
        "Norway deemed the plan “a threat to the whole region.” Sweden insisted that the"
        " fleet “leave the disputed waters at once.”\n"
    )
    ents = build_entities(text, [], ["Norway", "Sweden"])
    got = dict(pairs(text, ents))
    assert got["a threat to the whole region."] != "Sweden"
    assert got["leave the disputed waters at once."] == "Sweden"


def test_quotation_without_a_cue_belongs_to_the_sentence_subject() -> None:
    text = (
        "Mr. Vance hardly clarified the matter, treating the senator's remark first as a"
        " compliment -- “That makes me smart” -- and later asserting, “Of course, I pay my"
        " taxes.”\n"
    )
    vance = Person("Tom Vance", aliases=["Mr. Vance"], gender="m")
    got = pairs(text, build_entities(text, [vance]))
    assert got == [
        ("That makes me smart", "Tom Vance"),
        ("Of course, I pay my taxes.", "Tom Vance"),
    ]


def test_trailing_comma_belongs_to_the_attribution_final_marks_stay() -> None:
    text = (
        "“We are interconnected,” she said. “Is this the end?” he asked.\n\n"
        "“It is not over.” The minister left.\n"
    )
    got = [q.text for q in quotes_of(text)]
    assert got == ["We are interconnected", "Is this the end?", "It is not over."]


# --- the evaluation's gold-referent rule (bot.eval.quotes) ------------------------------------


def _ann_file(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "doc.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_pronoun_skips_organisations_and_reads_gender_from_the_text(tmp_path: Path) -> None:
    from bot.eval.quotes import gold_fragments

    text = (
        "Aung San Suu Kyi met Barack Obama on Wednesday. Ms. Suu Kyi spoke first.\n"
        "Obama said sanctions had worked. The Washington Post reported the meeting.\n"
        "“Unity also means prosperity for all of us,” she said.\n"
    )
    src = text.index("she said")
    content = text.index("“") + 1, text.index("”")
    first, second = text.index("Suu Kyi spoke"), text.index("Obama said")
    post = text.index("The Washington Post")
    ann = _ann_file(
        tmp_path,
        [
            f"T1\tSource {first - 4} {first + 7}\tMs. Suu Kyi",
            f"T2\tContent {first + 8} {first + 19}\tspoke first",
            f"T3\tSource {second} {second + 5}\tObama",
            f"T4\tContent {second + 11} {second + 32}\tsanctions had worked",
            f"T5\tSource {post} {post + 19}\tThe Washington Post",
            f"T6\tContent {post + 29} {post + 40}\tthe meeting",
            f"T7\tSource {src} {src + 3}\tshe",
            f"T8\tContent {content[0]} {content[1]}\tx",
            "E1\tAttribution:T2 Source:T1 Content:T2",
            "E2\tAttribution:T4 Source:T3 Content:T4",
            "E3\tAttribution:T6 Source:T5 Content:T6",
            "E4\tAttribution:T8 Source:T7 Content:T8",
        ],
    )
    new = [g for g in gold_fragments(text, ann) if g.kind == "pronoun"]
    old = [g for g in gold_fragments(text, ann, rule="old") if g.kind == "pronoun"]
    # The old rule took the nearest name-source, a newspaper; the new one skips it, and skips
    # Obama too, whom the text calls "Barack Obama" (a man's given name).
    assert [g.referent for g in old] == ["The Washington Post"]
    assert [g.referent for g in new] == ["Ms. Suu Kyi"]


def test_eval_text_gender_and_near_matches() -> None:
    from bot.eval.quotes import _is_org, _text_gender, speaker_matches

    text = (
        "Barack Obama spoke. Mr. Trump replied. Melanie watched. Bill Clinton met Hillary Clinton."
    )
    assert _text_gender("Obama", text) == "m"  # "Barack Obama"
    assert _text_gender("Trump", text) == "m"  # "Mr. Trump"
    assert _text_gender("Melanie", text) == "f"
    assert _text_gender("Clinton", text) is None  # two Clintons: the text does not settle it
    assert _is_org("The Washington Post") and _is_org("the Clinton campaign")
    assert not _is_org("NBC’s Dante Chinni") and not _is_org("Sen. Ted Cruz")
    assert speaker_matches("Leslie Wimes", "Wines", fuzzy=True)
    assert not speaker_matches("Leslie Wimes", "Wines")
    assert speaker_matches("Barack Obama", "Mr. Obam", fuzzy=True)
    assert not speaker_matches("Donald Trump", "Clinton", fuzzy=True)


def test_paragraph_breaks_lost_between_quoted_paragraphs() -> None:
    """Text whose paragraph breaks were lost keeps the multi-paragraph convention on one line:
    each new opening mark after a sentence ends the previous quotation and continues it."""
    text = (
        'Tourism council chief Daniel Gross says the airline will open new routes. "It will give '
        'them greater incentive to travel to regional Queensland. "It will generate enormous '
        'traffic through Cairns," he said.'
    )
    quotes = digest_document(text, "flat.txt").quotes
    assert [q.text for q in quotes] == [
        "It will give them greater incentive to travel to regional Queensland.",
        "It will generate enormous traffic through Cairns",
    ]
    assert {q.speaker for q in quotes} == {"Daniel Gross"}
