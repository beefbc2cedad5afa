"""Quotation marks and labels in the ways unseen web news writes them (sentences written here)."""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def quoted(text: str) -> list[str]:
    return [q.text for q in digest_document(text, "story.txt").quotes]


def test_a_curly_closing_mark_after_a_space_still_closes() -> None:
    text = (
        "He ends the year with a fine turn in Ana Ruiz’s “A Long Cold Winter, ”out on Dec. 31 "
        "in limited release."
    )
    assert all("out on Dec" not in q for q in quoted(text))


def test_a_name_given_by_a_participle_is_a_label_not_a_quotation() -> None:
    text = (
        "The new system, dubbed a “search and replace function” for DNA, lets scientists "
        "disable genes."
    )
    assert quoted(text) == []
    text = 'Critics dubbed the plan "a tax on the poorest families" on Monday, Ana Ruiz said.'
    assert quoted(text) == ["a tax on the poorest families"]


def test_strings_in_program_code_are_not_quotations() -> None:
    from bot.digest import digest_document

    text = (
        'The script prints echo "User $username does not exist." when the lookup fails, and '
        'the tutorial author said "it is the simplest check you can write".\n'
    )
    quotes = [q.text for q in digest_document(text, "a.txt").quotes]
    assert quotes == ["it is the simplest check you can write"]


def speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in digest_document(text, "story.txt").quotes}


def test_an_instruction_is_reported_speech() -> None:
    text = (
        "The crew gathered at dawn. \u201cDon\u2019t get nervous,\u201d instructed Milton Vargas, "
        "the agency\u2019s district supervisor for Queens."
    )
    assert speakers(text) == {"Don\u2019t get nervous": "Milton Vargas"}


def test_the_place_words_were_posted_to_is_not_their_speaker() -> None:
    text = (
        "Staff writer Dale Emmet posted to Twitter asking if there were \u201cany calm voters "
        "left in this race?\u201d"
    )
    assert speakers(text).get("any calm voters left in this race?") != "Twitter"


def test_a_later_clause_is_not_the_object_of_a_weak_verb() -> None:
    text = (
        "In an interview with Oprah Winfrey, Michelle Obama said he believes the administration "
        "achieved the platform he promised \u2014 hope \u2014 because Americans \u201cfeel the "
        "difference now.\u201d"
    )
    assert speakers(text) == {"feel the difference now.": "Michelle Obama"}


def test_put_reports_speech_only_as_put_it() -> None:
    text = (
        "Fed Chair Janet Yellen said Donald Trump\u2019s election had put the central bank under a "
        "\u201ccloud of uncertainty\u201d on Wednesday."
    )
    assert speakers(text) == {"cloud of uncertainty": "Janet Yellen"}


def test_the_owner_of_a_tweet_speaks_its_words() -> None:
    text = (
        "After student Lauren Batch questioned Donald Trump at a forum, she was bombarded with "
        "threats from supporters responding to Trump\u2019s tweet calling her an \u201carrogant "
        "young woman.\u201d"
    )
    assert speakers(text) == {"arrogant young woman.": "Donald Trump"}


def test_an_expert_introduced_by_according_to_is_the_next_he() -> None:
    text = (
        "Nelson Rockwell was a big proponent of shelters.\n\n"
        "The results, according to Jeff Schlegel, deputy director of the National Center for "
        "Disaster Preparedness, were mixed.\n\n"
        "\u201cAn ideal shelter would be a room enclosed in a building,\u201d he said."
    )
    assert speakers(text)["An ideal shelter would be a room enclosed in a building"] == (
        "Jeff Schlegel"
    )


def test_a_given_name_that_is_also_a_modal_verb() -> None:
    text = (
        "\u201cHe knows how to handle his dad,\u201d says Will McClain, the team\u2019s assistant "
        "director of player personnel."
    )
    assert speakers(text) == {"He knows how to handle his dad": "Will McClain"}


def test_a_speaker_after_the_reporting_verb_of_a_quotation() -> None:
    text = (
        "\u201cThis plant is one of the best ones to help reduce pollutants,\u201d explains Radek "
        "Babicek from Fantastic Gardeners."
    )
    assert speakers(text) == {
        "This plant is one of the best ones to help reduce pollutants": "Radek Babicek"
    }


def test_the_sentence_own_he_came_before_the_name_in_it() -> None:
    text = (
        "Keir Starmer defended himself on Sunday.\n\n"
        "Asked again whether he would accept gifts from Lord Alli, he said: \u201cWell, I am "
        "going to comply with the rules.\u201d"
    )
    assert speakers(text) == {"Well, I am going to comply with the rules.": "Keir Starmer"}


def test_a_subject_with_an_organisation_and_a_lowercase_role_before_the_name() -> None:
    text = (
        "Durban author Arini Vlotman, who also got an adult library card, said: \u201cI love "
        "romance.\u201d\n\nLibertarian candidate Gary Jonson\u2019s doctor is calling the "
        "candidate \u201cextremely physically fit.\u201d"
    )
    assert speakers(text) == {
        "I love romance.": "Arini Vlotman",
        "extremely physically fit.": None,
    }


def test_the_verb_that_introduces_the_words_beats_the_report_after_them() -> None:
    text = (
        "Patrick Carlino pleaded guilty on Monday. During the call, he asked about the group "
        "and said, \u201csomebody ought to stop her,\u201d the prosecutor\u2019s office said."
    )
    assert speakers(text) == {"somebody ought to stop her": "Patrick Carlino"}


def test_a_writers_aside_after_the_quotation_is_no_attribution() -> None:
    from bot.digest import digest_document

    text = (
        "Michael Mann is a climate scientist.\n\n"
        "“The authors promote a dangerous gambit,” Mann writes. “This desperate action is "
        "motivated by a fallacy.” (Current models say the warming will be smaller.)\n"
    )
    speakers = [q.speaker for q in digest_document(text, "a.txt").quotes]
    assert speakers == ["Michael Mann", "Michael Mann"]


def test_the_speaker_before_the_places_that_place_them() -> None:
    from bot.digest import digest_document

    text = (
        "Lauren Nel from Natural Justice in Cape Town says: “We demand full disclosure of the "
        "deals signed at the summit.”\n\n"
        "Secretary of State Colin Powell said in Berlin that both were working “to get the "
        "violence down” in the region.\n"
    )
    speakers = [q.speaker for q in digest_document(text, "a.txt").quotes]
    assert speakers == ["Lauren Nel", "Colin Powell"]


def test_names_in_an_opening_phrase_are_not_the_speaker() -> None:
    from bot.digest import digest_document

    text = (
        "Margaret Thatcher spoke in 1996.\n\n"
        "Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended an alliance "
        "that would “redefine the political landscape” of the world.\n\n"
        "On Tuesday, the chief spokesperson, Rear Admiral Daniel Hagari, said Israel would act. "
        "“There is only one place for him,” he told the television.\n"
    )
    speakers = [q.speaker for q in digest_document(text, "a.txt").quotes]
    assert speakers[0] not in ("John Locke", "Edmund Burke", "Thomas Jefferson")
    assert speakers[1] == "Daniel Hagari"


def test_an_attribution_that_closes_the_sentence_names_the_speaker() -> None:
    from bot.digest import digest_document

    text = (
        "At a luncheon in Atlanta for the nominee, “people sat up and paid attention” to "
        "Romney, said Sen. Johnny Isakson (R-Ga.).\n"
    )
    speakers = [q.speaker for q in digest_document(text, "a.txt").quotes]
    assert speakers == ["Johnny Isakson"]


def test_a_double_mark_closed_by_a_single_one_before_the_next_quotation() -> None:
    text = (
        "Prassano Rambatla, one of Prof Reddie's students, says that \"when you're talking "
        "illiterate you're talking audio and video.' \"It can't choke at any point in time,\" "
        "he says.\n"
    )
    assert quoted(text) == [
        "when you're talking illiterate you're talking audio and video.",
        "It can't choke at any point in time",
    ]


def test_an_opening_mark_that_lost_its_space_still_opens() -> None:
    text = (
        'Tory leader Michael Howart accused the prime minister and Mr Browne of"squabbling like '
        'schoolboys". Liberal Democrat chairman Matthew Tayler said ambition was "getting in the '
        'way".\n'
    )
    assert quoted(text) == ["squabbling like schoolboys", "getting in the way"]
    assert speakers(text)["squabbling like schoolboys"] == "Michael Howart"


def test_a_straight_closing_mark_set_off_by_a_space_before_said_still_closes() -> None:
    text = (
        'Some savers are still waiting. "The situation is bad for those who saved in the '
        'country, " said Carlos Baes Silva, president of an association of savers. "A lot of '
        'them invested in good faith," he said.\n'
    )
    assert quoted(text) == [
        "The situation is bad for those who saved in the country",
        "A lot of them invested in good faith",
    ]
    assert set(speakers(text).values()) == {"Carlos Baes Silva"}


def test_a_term_of_several_words_set_off_by_marks_is_no_quotation() -> None:
    text = (
        'In October a so-called "denial of service" attack was mounted on the site. The man '
        "who epitomised the phrase 'will to win' spoke. \"In my day\" type arguments are old. "
        'Mr Stanzell said the site was "blocked for security reasons".'
    )
    assert quoted(text) == ["blocked for security reasons"]


def test_a_name_given_passively_is_no_quotation() -> None:
    # Round 54: "what are called “…”" and "or “…” as the upper reaches are known" name a
    # thing; "what he called “…”" still quotes him
    text = (
        'The protocol will establish what are called "qualified industrial zones" in Egypt. '
        'The dam is built on the Jinshajiang - or "river of golden sand" as the upper reaches '
        'of the Yangtze are known. Mr Rashad attacked what he called "a grotesque abuse of '
        'power" by the state. He said broadcasters "should make the decision to go ahead" as '
        "soon as the election is called."
    )
    assert quoted(text) == ["a grotesque abuse of power", "should make the decision to go ahead"]


def test_a_report_named_as_the_subject_before_by_speaks_for_its_issuer() -> None:
    # Round 54: "The report by the US Pew Research Center ..." then, paragraphs on, "Said the
    # Pew report:"; "The report by" opening the sentence was not read as the issuer's
    text = (
        "Searchers fail to spot ads\n\nThe report by the Pew Research Center reveals that 87% "
        "of searchers find what they want. It also shows that few can spot the difference.\n\n"
        "Almost 50% of those questioned said they would trust search engines less. According "
        "to Pew Research 44% of searchers use one engine. Of those asked, 62% were unaware of "
        "it. Only 18% of all searchers say they can tell which results are paid for. Said the "
        'Pew report: "This finding is ironic, since nearly half of all users say they would '
        'stop using search engines."\n'
    )
    assert speakers(text) == {
        "This finding is ironic, since nearly half of all users say they would stop using "
        "search engines.": "Pew Research Center"
    }


def test_a_glued_paragraph_that_goes_on_with_the_same_speech() -> None:
    # The archive lost the paragraph breaks: the second paragraph's opening mark follows the
    # first's stop; the line's next mark can only close, so that mark opened a new quotation.
    text = (
        "Rubio\n\nRubio spoke on Thursday."
        "\"That's the culture of intimidation. The IRS we know is targeting them."
        '"When you have a White House that\'s all about politics, this is what you get," he '
        'added.Rubio said the scandals would hurt. "They want it ironclad," he said.'
    )
    quotes = [q.text for q in digest_document(text, "glued.txt").quotes]
    assert quotes == [
        "That's the culture of intimidation. The IRS we know is targeting them.",
        "When you have a White House that's all about politics, this is what you get",
        "They want it ironclad",
    ]
