"""Speakers named by pronoun or description (round 2): who "she", "the Washington Democrat",
"the spokeswoman" or "the engine maker" is, on sentences written here in the styles of wire,
broadsheet and Australian news.

The entities are built by hand (:func:`tests.digest._entities.build_entities`) so that each test
measures the speaker rules alone, whatever the people extractor finds.
"""

from __future__ import annotations

from bot.digest.cues import source_after, source_before, subject_after
from bot.digest.model import Person
from bot.digest.quotes import extract_quotes
from bot.digest.sentences import split
from tests.digest._entities import build_entities


def speakers(text: str, people: list[Person], orgs: list[str] | None = None) -> list:
    """(first three words, speaker) of each quotation, with the given entities."""
    paragraphs, sentences = split(text)
    entities = build_entities(text, people, orgs)
    quotes = extract_quotes(text, sentences, paragraphs, entities)
    names = {p.name for p in entities.people} | set(entities.organizations)
    for q in quotes:
        assert q.speaker is None or q.speaker in names
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in quotes]


def test_a_role_that_states_her_sex_beats_a_mans_given_name() -> None:
    # "Terry" is most often a man's name; "widow" says who "she" is.
    text = (
        "Family members of victims say the veto is wrong.\n\n"
        "“The president’s rationales don’t hold weight,” said 9/11 widow Terry Strada.\n\n"
        "She continued, “All we are asking for is an opportunity to be heard.”\n"
    )
    people = [
        Person("Barack Obama", role="President", aliases=["Obama"], gender="m"),
        Person("Terry Strada", role="widow", aliases=["Strada"], gender="m"),
    ]
    text = "Obama has promised a veto of the bill.\n\n" + text
    assert speakers(text, people) == [
        ("The president’s rationales", "Terry Strada"),
        ("All we are", "Terry Strada"),
    ]


def test_a_denied_speech_act_does_not_attribute_the_quotation() -> None:
    text = (
        "Mr. Schultz said he did not support Mr. Trump.\n\n"
        "He said he did not mention the hacking in the segment because “no one can credibly "
        "state they have evidence that it's Russia.”\n"
    )
    people = [
        Person("Ed Schultz", aliases=["Mr. Schultz"], gender="m"),
        Person("Donald Trump", aliases=["Mr. Trump"], gender="m"),
    ]
    assert speakers(text, people) == [("no one can", "Ed Schultz")]
    src = source_before(text, text.index("He said"), text.index("“no one"))
    assert src is not None and src.phrase == "He" and src.cue == "said"


def test_a_participle_that_opens_the_sentence_has_the_main_clauses_subject() -> None:
    text = (
        "In her 2003 book, Clinton noted the clot.\n\n"
        "After saying her right foot was “so swollen I could barely get my shoe on,” she was "
        "taken to hospital for tests.\n\n"
        "After calling the bill “a giveaway to big agriculture,” Thune left the chamber.\n"
    )
    people = [
        Person("Hillary Clinton", aliases=["Clinton"], gender="f"),
        Person("John Thune", aliases=["Thune"], gender="m"),
    ]
    assert speakers(text, people) == [
        ("so swollen I", "Hillary Clinton"),
        ("a giveaway to", "John Thune"),
    ]
    close = text.index("” Thune") + 1
    src = subject_after(text, close, len(text))
    assert src is not None and src.phrase == "Thune"


def test_a_party_member_named_by_state_is_the_senator_just_mentioned() -> None:
    text = (
        "Sen. Maria Cantwell and Sen. John Thune clashed on Tuesday over the farm bill.\n\n"
        "Thune said the measure was too costly. Cantwell disagreed. “This bill keeps families "
        "on their land,” the Washington Democrat said.\n\n"
        "Speaking to the BBC, the Labour MP said: “This is about more than one minister.”\n"
    )
    people = [
        Person("Maria Cantwell", role="Senator", aliases=["Cantwell"], gender="f"),
        Person("John Thune", role="Senator", aliases=["Thune"], gender="m"),
    ]
    assert speakers(text, people)[0] == ("This bill keeps", "Maria Cantwell")


def test_a_role_description_names_the_holder_not_the_last_subject() -> None:
    text = (
        "David Lammy, the Tottenham MP, welcomed the news. Amber Rudd did not comment.\n\n"
        "Speaking to the BBC, the Labour MP said: “This is about more than one minister.”\n"
    )
    people = [
        Person("David Lammy", role="MP", aliases=["Lammy"], gender="m"),
        Person("Amber Rudd", role="Home Secretary", aliases=["Rudd"], gender="f"),
    ]
    assert speakers(text, people) == [("This is about", "David Lammy")]


def test_the_owner_in_a_description_is_not_the_speaker() -> None:
    text = (
        "Clinton campaign chairman John Podesta dismissed the attack on Hillary Clinton. "
        "“It is sad to watch,” the Clinton adviser said.\n"
    )
    people = [
        Person("Hillary Clinton", aliases=["Clinton"], gender="f"),
        Person("John Podesta", role="chairman", gender="m"),
    ]
    assert speakers(text, people) == [("It is sad", "John Podesta")]


def test_an_unnamed_spokeswoman_speaks_for_her_organisation() -> None:
    text = (
        "Mr Kerr said the family had been ignored. A spokeswoman for the Prudential "
        "Regulation Authority said it was reviewing its procedures. “We take these matters "
        "seriously,” the spokeswoman said.\n"
    )
    people = [Person("Sandy Kerr", aliases=["Mr Kerr"], gender="f")]
    orgs = ["Prudential Regulation Authority"]
    assert speakers(text, people, orgs) == [("We take these", "Prudential Regulation Authority")]


def test_an_unnamed_police_spokesman_is_nobody_the_text_names() -> None:
    text = (
        "Jan Lewis said she had lost her home. A police spokesman said two men had been "
        "charged. “They will appear in court tomorrow,” the spokesman said.\n"
    )
    people = [Person("Jan Lewis", aliases=["Lewis"], gender="f")]
    assert speakers(text, people) == [("They will appear", None)]


def test_a_quotation_ending_its_sentence_is_not_claimed_by_the_next_sentence() -> None:
    text = (
        "Warragamba resident Jan Lewis said she had lost her home. “Everything is gone,” "
        "the 67-year-old said. “We have nothing left.” A police spokesman said two men had "
        "been charged.\n\n"
        "“The Prime Minister cannot hide from this,” Mr Crean said. “He knew about the "
        "problems a year ago.” But Mr Howard told Parliament the regulator had acted "
        "properly.\n"
    )
    people = [
        Person("Jan Lewis", aliases=["Lewis"], gender="f"),
        Person("Simon Crean", aliases=["Mr Crean"], gender="m"),
        Person("John Howard", aliases=["Mr Howard"], gender="m"),
    ]
    assert speakers(text, people) == [
        ("Everything is gone", "Jan Lewis"),
        ("We have nothing", "Jan Lewis"),
        ("The Prime Minister", "Simon Crean"),
        ("He knew about", "Simon Crean"),
    ]


def test_a_business_description_is_the_company_just_named() -> None:
    text = (
        "Qantas Airways grounded its fleet. Rolls-Royce declined to comment on the cause. The "
        "British engine maker said in a statement that it was “working closely with the "
        "airline.”\n"
    )
    people = [Person("Alan Joyce", role="chief executive", aliases=["Mr Joyce"], gender="m")]
    text = "Chief executive Alan Joyce spoke first.\n\n" + text
    assert speakers(text, people, ["Qantas Airways", "Rolls-Royce"]) == [
        ("working closely with", "Rolls-Royce")
    ]


def test_quoted_as_saying_names_the_one_quoted() -> None:
    text = "“The inspection found nothing unusual,” the newspaper quoted Jim Hart as saying.\n"
    src = source_after(text, text.index("”") + 1, len(text))
    assert src is not None and src.phrase == "Jim Hart" and src.cue == "quoted"
    before = "The agency quoted Rafael Grossi, its director, as saying “we are worried.”"
    src = source_before(before, 0, before.index("“"))
    assert src is not None and src.phrase == "Rafael Grossi"


def test_a_statement_speaks_for_the_body_the_story_is_about() -> None:
    text = (
        "The Palestinian leadership is calling for envoy Anthony Zinni to return. Mr Zinni was "
        "recalled earlier this month. A statement issued after a meeting chaired by leader "
        "Yasser Arafat called for a “quick return of Zinni and his team to the region.”\n"
    )
    people = [
        Person("Anthony Zinni", aliases=["Mr Zinni", "Zinni"], gender="m"),
        Person("Yasser Arafat", gender="m"),
    ]
    assert speakers(text, people) == [("quick return of", "Palestinian leadership")]


def test_an_object_after_a_verb_of_praise_is_not_the_speaker() -> None:
    text = "Scott beamed and asked the crowd to welcome the governor - “my new best friend.”\n"
    src = source_before(text, 0, text.index("“"))
    assert src is not None and src.phrase == "Scott"
    text = (
        "Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” by "
        "“a con artist.”\n"
    )
    people = [
        Person("Donald Trump", aliases=["Trump"], gender="m"),
        Person("Hillary Clinton", aliases=["Clinton"], gender="f"),
    ]
    assert speakers(text, people) == [("duped", "Donald Trump"), ("a con artist.", "Donald Trump")]


def test_a_description_with_of_is_the_person_just_introduced() -> None:
    text = (
        "Mark Evans has coached the team for a decade. Sarah Collins lost her job at the plant "
        "in March. “I don't know how we will pay the rent,” the mother of three said.\n"
    )
    people = [
        Person("Mark Evans", aliases=["Evans"], gender="m"),
        Person("Sarah Collins", gender="f"),
    ]
    assert speakers(text, people) == [("I don't know", "Sarah Collins")]
    src = source_after(text, text.index("” the") + 1, len(text))
    assert src is not None and src.phrase == "the mother of three"


def test_a_nationality_names_the_passenger_just_quoted() -> None:
    text = (
        "Anna Bauer said the crew had been calm. Passenger Ulf Waschbusch, a Singapore-based "
        "executive, said he heard a loud bang. “There was a big boom and then flames,” the "
        "German said.\n"
    )
    people = [
        Person("Anna Bauer", gender="f"),
        Person("Ulf Waschbusch", role="executive", gender="m"),
    ]
    assert speakers(text, people) == [("There was a", "Ulf Waschbusch")]


def test_he_after_an_unnamed_source_is_still_unnamed() -> None:
    text = (
        "Defence Minister Peter Reith said the boat had been turned back. “There will be no "
        "exceptions,” Mr Reith said.\n\n"
        "“We cannot keep this up for months,” said one senior officer, who asked not to be "
        "named. “The crews are exhausted,” he added.\n\n"
        "A local fisherman who saw the boat said it was overloaded. “There were children "
        "everywhere,” he said.\n\n"
        "Mr Reith said the policy was working. “It sends a clear message,” he said.\n"
    )
    people = [Person("Peter Reith", role="Defence Minister", aliases=["Mr Reith"], gender="m")]
    assert speakers(text, people) == [
        ("There will be", "Peter Reith"),
        ("We cannot keep", None),
        ("The crews are", None),
        ("There were children", None),
        ("It sends a", "Peter Reith"),
    ]


def test_according_to_a_statement_from_a_body_is_that_body() -> None:
    text = (
        "The ministry issued new guidance on Friday. “Schools must remain open,” according to "
        "a statement from the Ministry of Education.\n"
    )
    src = source_after(text, text.index("”") + 1, len(text))
    assert src is not None and src.phrase == "the Ministry of Education"
    assert speakers(text, [], ["Ministry of Education"]) == [
        ("Schools must remain", "Ministry of Education")
    ]


def test_a_mission_statement_is_its_owners_and_says_a_lot_is_no_attribution() -> None:
    text = (
        "Information is power, and Google's mission statement, “to organize the world's "
        "information and make it universally accessible,” says a lot about the company.\n"
    )
    close = text.index("” says") + 1
    assert source_after(text, close, len(text)) is None
    assert speakers(text, [], ["Google"]) == [("to organize the", "Google")]


def test_a_pronoun_subject_of_an_opening_subordinate_clause_holds_the_words() -> None:
    text = (
        "Gwyneth Paltrow spoke about her past on the podcast. “I was such a kid,” she said. "
        "Although she doesn't still “hang out with” Brad Pitt, Paltrow said that they are "
        "friendly.\n"
    )
    people = [
        Person("Gwyneth Paltrow", aliases=["Paltrow"], gender="f"),
        Person("Brad Pitt", aliases=["Pitt"], gender="m"),
    ]
    assert speakers(text, people) == [
        ("I was such", "Gwyneth Paltrow"),
        ("hang out with", "Gwyneth Paltrow"),
    ]


def test_a_narrative_excerpt_names_who_she_is_in_the_quotation_after_it() -> None:
    text = (
        "The Post sent its reporter Stephanie Moran to a living room in western Pennsylvania. "
        "Moran reports:\n\n"
        "“Melanie thought the whole thing was outrageous. She was not a person with homicidal "
        "ideation. She was anxious, sure. Enraged, definitely. But certainly not homicidal, "
        "and certainly not in need of a hospital stay.\n\n"
        "“It never crossed my mind that I’m losing it,” she said months after her release.\n"
    )
    people = [
        Person("Stephanie Moran", aliases=["Moran"], gender="f"),
        Person("Melanie", gender="f"),
    ]
    got = speakers(text, people)
    assert got[-1] == ("It never crossed", "Melanie")


def test_a_role_with_a_possessive_before_the_name_that_speaks() -> None:
    text = (
        "A 12-year-old boy, Liam Walsh, was rescued from the river on Saturday. “He is lucky "
        "to be alive,” the boy's father, Sean Walsh, said.\n"
    )
    src = source_after(text, text.index("” the") + 1, len(text))
    assert src is not None and src.phrase == "Sean Walsh" and src.cue == "said"
    people = [Person("Liam Walsh", gender="m"), Person("Sean Walsh", gender="m")]
    assert speakers(text, people) == [("He is lucky", "Sean Walsh")]
