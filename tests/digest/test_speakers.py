"""Finding a quotation's source phrase and resolving it to a canonical name."""

from __future__ import annotations

from bot.digest.cues import Source, source_after, source_before
from bot.digest.model import Entities, Person
from bot.digest.speakers import SpeakerResolver
from tests.digest._entities import build_entities


def after(text: str) -> Source | None:
    """The source after the first closing mark ” in ``text``."""
    i = text.index("”") + 1
    return source_after(text, i, len(text))


def before(text: str) -> Source | None:
    """The source before the first opening mark “ in ``text``."""
    return source_before(text, 0, text.index("“"))


def test_source_after_closing_mark_in_news_orders() -> None:
    assert after("“We are ready,” he said.").phrase == "he"
    assert after("“We are ready,” said Jens Stoltenberg.").phrase == "Jens Stoltenberg"
    assert after("“We are ready,” said the Secretary General.").phrase == "the Secretary General"
    src = after("“We are ready,” Smith, the governor of Ohio, told reporters on Monday.")
    assert (src.phrase, src.cue) == ("Smith", "told")
    src = after("“We are ready,” Clinton campaign spokesman Brian Fallon said on Monday.")
    assert src.phrase == "Brian Fallon"
    assert after("“We are ready,” Rep. Gwen Moore (D-Wis.) said.").phrase == "Rep. Gwen Moore"
    assert after("“We are ready.” ― Jorge Falcon").phrase == "Jorge Falcon"
    src = after("“We are ready,” said its chairman, Sir Anthony Greener.")
    assert src.phrase == "Sir Anthony Greener"


def test_source_after_needs_a_reporting_verb() -> None:
    assert after("“We are ready” was printed on the banner above the stage.") is None
    assert after("“Ready” is a word he likes. Smith said so.") is None


def test_source_before_opening_mark() -> None:
    src = before("Speaking to students, Mr. Stoltenberg stressed that “Europe matters.”")
    assert (src.phrase, src.cue) == ("Mr. Stoltenberg", "stressed")
    src = before("According to the newspaper, “talks have stalled.”")
    assert (src.phrase, src.cue) == ("the newspaper", "according to")
    assert before("Merkel: “There is no alternative.”").phrase == "Merkel"
    src = before("Trump wrote in a tweet: “Crooked Hillary!”")
    assert (src.phrase, src.cue) == ("Trump", "wrote")
    src = before("Trump posted a series of tweets on Friday, saying that she was “unhinged.”")
    assert (src.phrase, src.cue) == ("Trump", "saying")
    assert before("The weather in Seoul was “cold and grey.”") is None
    src = before(
        "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security "
        "Council, said the test was “a provocation that cannot go unanswered.”"
    )
    assert src.phrase == "Jean-Marc Ayrault"
    src = before("Apple's chief executive, Tim Cook, called the ruling “total political crap.”")
    assert src.phrase == "Tim Cook"
    src = before("Trump sent a series of tweets early Friday saying she was “a disaster.”")
    assert src.phrase == "Trump"


def test_resolver_names_aliases_surnames_and_roles() -> None:
    text = "NATO Secretary General Jens Stoltenberg met Foreign Minister Park Jin in Seoul."
    people = [
        Person("Jens Stoltenberg", role="Secretary General", aliases=["Mr. Stoltenberg"]),
        Person("Park Jin", role="Foreign Minister"),
    ]
    r = SpeakerResolver(build_entities(text, people, ["NATO"]), text, [0])
    assert r.by_name("Mr. Stoltenberg") == "Jens Stoltenberg"
    assert r.by_name("Stoltenberg") == "Jens Stoltenberg"
    assert r.by_name("NATO chief Jens Stoltenberg") == "Jens Stoltenberg"
    assert r.by_name("Park") == "Park Jin"  # family name first
    assert r.by_role("the Secretary General") == "Jens Stoltenberg"
    assert r.by_role("the foreign minister") == "Park Jin"
    assert r.by_name("Mr. Nobody") is None


def test_resolver_keeps_people_sharing_a_surname_apart() -> None:
    text = "Donald Trump spoke. Melania Trump listened. Mrs. Trump smiled."
    people = [
        Person("Donald Trump", aliases=["Mr. Trump"], gender="m"),
        Person("Melania Trump", aliases=["Mrs. Trump"], gender="f"),
    ]
    r = SpeakerResolver(build_entities(text, people), text, [0])
    assert r.by_name("Mrs. Trump") == "Melania Trump"
    assert r.by_name("Mr. Trump") == "Donald Trump"
    # A bare surname goes to whoever was mentioned last.
    assert r.by_name("Trump", at=len(text)) == "Melania Trump"


def test_pronoun_prefers_subject_of_previous_sentence_over_object() -> None:
    text = (
        "Angela Merkel dismissed the criticism from Mr. Scholz on Monday. "
        "“We will not change course,” she said."
    )
    people = [
        Person("Angela Merkel", aliases=["Merkel"], gender="f"),
        Person("Olaf Scholz", aliases=["Mr. Scholz"], gender="m"),
    ]
    second = text.index("“")
    r = SpeakerResolver(build_entities(text, people), text, [0, second])
    she = text.index("she said")
    assert r.pronoun("she", she, None) == "Angela Merkel"
    assert r.pronoun("he", she, None) == "Olaf Scholz"  # the only man


def test_pronoun_chain_skips_objects_of_pronoun_sentences() -> None:
    text = (
        "Loretta Lynch spoke for an hour. "
        "She criticised Donna Brazile over the leak. "
        "“Nobody is above the law,” she said."
    )
    people = [
        Person("Loretta Lynch", gender="f"),
        Person("Donna Brazile", gender="f"),
    ]
    starts = [0, text.index("She"), text.index("“")]
    r = SpeakerResolver(build_entities(text, people), text, starts)
    assert r.pronoun("she", text.index("she said"), None) == "Loretta Lynch"


def test_description_resolves_to_fitting_organisation() -> None:
    text = "The Washington Post published the letter. Reuters confirmed it."
    ents = build_entities(text, [], ["The Washington Post", "Reuters"])
    r = SpeakerResolver(ents, text, [0])
    src = Source("the newspaper", len(text), len(text) + 13, "wrote")
    assert r.resolve(src, None) == "Reuters"  # the most recent fitting organisation
    src = Source("the Post", len(text), len(text) + 8, "wrote")
    assert r.resolve(src, None) == "The Washington Post"


def test_empty_entities_resolve_to_none() -> None:
    r = SpeakerResolver(Entities(), "In Smith, it was said so.", [0])
    assert r.resolve(Source("Smith", 3, 8, "said"), None) is None
    assert r.resolve(Source("he", 0, 2, "said", pronoun=True), None) is None
    assert r.resolve(Source("the newspaper", 0, 13, "wrote"), None) is None


def test_a_lone_surname_opening_its_reporting_clause_is_adopted() -> None:
    entities = Entities()
    r = SpeakerResolver(entities, "Smith said so.", [0])
    assert r.resolve(Source("Smith", 0, 5, "said"), None) == "Smith"
    assert [p.name for p in entities.people] == ["Smith"]


def test_named_speaker_missing_from_entities_is_adopted_as_a_person() -> None:
    from bot.digest.quotes import extract_quotes
    from bot.digest.sentences import split

    text = (
        "Jens Stoltenberg met the French foreign minister in Brussels.\n\n"
        "“Provocation cannot be left without consequences,” said Jean-Marc Ayrault.\n\n"
        "“We stand together,” Stoltenberg said.\n"
    )
    people = [Person("Jens Stoltenberg", aliases=["Stoltenberg"], gender="m")]
    ents = build_entities(text, people)
    paragraphs, sentences = split(text)
    quotes = extract_quotes(text, sentences, paragraphs, ents)
    assert [q.speaker for q in quotes] == ["Jean-Marc Ayrault", "Jens Stoltenberg"]
    assert [p.name for p in ents.people] == ["Jens Stoltenberg", "Jean-Marc Ayrault"]


def test_places_and_websites_are_not_adopted() -> None:
    from bot.digest.quotes import extract_quotes
    from bot.digest.sentences import split

    text = (
        "“The test was a grave provocation,” South Korea said on Friday.\n\n"
        "“Markets will fall,” Zero Hedge wrote.\n"
    )
    ents = Entities()
    paragraphs, sentences = split(text)
    quotes = extract_quotes(text, sentences, paragraphs, ents)
    assert [q.speaker for q in quotes] == [None, None]
    assert ents.people == []


def test_pronoun_after_an_introduced_person_missing_from_entities() -> None:
    from bot.digest.quotes import extract_quotes
    from bot.digest.sentences import split

    text = (
        "Senators criticised the visa programme on Tuesday.\n\n"
        "Angelique Brunner, a developer and spokeswoman for an investors' coalition, said the "
        "critics were wrong.\n\n"
        "“People only see what an area looks like after the investment,” she said.\n"
    )
    ents = Entities()
    paragraphs, sentences = split(text)
    quotes = extract_quotes(text, sentences, paragraphs, ents)
    assert [q.speaker for q in quotes] == ["Angelique Brunner"]
    assert [p.name for p in ents.people] == ["Angelique Brunner"]


def test_subject_named_with_appositives_before_the_cue() -> None:
    # Name, age, home town and a relative clause, then the reporting verb.
    text = (
        "Maria Delgado, 61, of Tucson, Ariz., who drove all night to attend, said the day"
        " reminded her of “everyone who marched before us.”"
    )
    src = before(text)
    assert (src.phrase, src.cue) == ("Maria Delgado", "said")


def test_dateline_and_long_introduction_are_skipped() -> None:
    src = before(
        "BRUSSELS -- Chancellor Olaf Scholz, opening the summit on Thursday, said it would"
        " tell a story of “unity in hard times and of resolve.”"
    )
    assert src.phrase == "Chancellor Olaf Scholz"  # not "it" of "it would tell"
    src = before(
        "With party leaders increasingly anxious about turnout among young voters in the"
        " three swing states, Governor Ann Reyes is now trying a new message: “It is about us.”"
    )
    assert src.phrase == "Governor Ann Reyes"
    src = before("He then defended the remark, saying, “I stand by every word of it.”")
    assert src.phrase == "He" and src.pronoun


def test_possessive_claim_names_its_owner() -> None:
    src = before("The fact-checkers examined Senator Ann Reyes’s claim that there were “thousands")
    assert src.phrase.startswith("Senator Ann Reyes") and src.cue == "claim"
    # "He’s claiming" is a contraction, not a possessive: the pronoun is the subject.
    src = before("He’s claiming that fraud is “a big, big problem in this country")
    assert src.phrase == "He"


def test_country_speaks_as_an_organisation() -> None:
    text = "Norway insisted that the whalers “respect the quota this year.”"
    ents = build_entities(text, [])
    ents.places.append("Norway")
    src = before(text)
    assert SpeakerResolver(ents, text).resolve(src, None) == "Norway"
    assert "Norway" in ents.organizations
    # A demonym is not a speaker.
    assert SpeakerResolver(ents, text).country("Norwegian") is None


def test_possessive_role_is_a_third_person() -> None:
    text = (
        "David Marsh on Monday urged Paul Kent to apologise. “That was outrageous,”"
        " Kent's former campaign strategist said."
    )
    people = [
        Person("David Marsh", aliases=["Marsh"], gender="m"),
        Person("Paul Kent", aliases=["Kent"], gender="m"),
    ]
    ents = build_entities(text, people)
    src = after(text)
    assert src.phrase == "Kent's former campaign strategist"
    assert SpeakerResolver(ents, text, [0, text.index("“")]).resolve(src, None) == "David Marsh"


def test_pronoun_prefers_the_reporter_over_the_previous_speaker() -> None:
    text = (
        "“We must push on,” Clinton said. Marsh said Clinton does not show consistency."
        " “It only happens when the cameras are on,” she said."
    )
    people = [Person("Hillary Clinton", aliases=["Clinton"], gender="f"),
              Person("Ann Marsh", aliases=["Marsh"], gender="f")]  # fmt: skip
    ents = build_entities(text, people)
    starts = [0, text.index("Marsh"), text.index("“It")]
    resolver = SpeakerResolver(ents, text, starts)
    at = text.rindex("she")
    assert resolver.pronoun("she", at, "Hillary Clinton") == "Ann Marsh"


def test_name_and_appositive_after_the_quotation_then_the_cue() -> None:
    src = after(
        "He should see “the harm it did”, Rabbi Ari Stein, founder of the Hope Center said."
    )
    assert (src.phrase, src.cue) == ("Rabbi Ari Stein", "said")


def test_it_said_keeps_its_cue() -> None:
    src = before("It said the show could go ahead if the organisers “cut the offending parts")
    assert src is not None and src.cue == "said"
