"""Whom a description or pronoun names when the clause around a name says it is no speaker (the
twenty-sixth session's rules, from the misses of AllSides rounds 109-): a party member is a
person, a verb after its own subject is no inverted cue, and what a sentence is about is its
topic."""

from __future__ import annotations

from tests.digest._quoted import speakers as _speakers


def test_the_republican_is_a_person_not_the_party() -> None:
    speakers = _speakers(
        "Special election\n\nRepublican Dan Bishop won a special congressional election in "
        "North Carolina on Tuesday.\n\nBishop thanked Trump and vowed to support the "
        "president's agenda.\n\n“Tonight was the first step toward taking back the House,” the "
        "Republican told a cheering crowd."
    )
    assert speakers == {"Tonight was the first step toward taking back the House": "Dan Bishop"}


def test_the_democrats_said_is_still_the_party() -> None:
    speakers = _speakers(
        "Budget\n\nThe Senate passed the budget on Friday.\n\n“This is a bad bill,” the "
        "Democrats said in a statement."
    )
    assert speakers == {"This is a bad bill": "Democrats"}


def test_a_reporting_verb_after_its_own_subject_has_its_object_after_it() -> None:
    speakers = _speakers(
        "Hearing\n\nRep. Ken Buck (R-Colo.) asked Special Counsel Robert Mueller whether the "
        "president could be charged.\n\n“Yes,” Mueller said.\n\nBuck had criticized Mueller "
        "earlier on in his line of questioning.\n\n“Having reviewed your biography, it puzzles "
        "me,” the Republican lawmaker said."
    )
    assert speakers["Having reviewed your biography, it puzzles me"] == "Ken Buck"


def test_what_a_sentence_is_about_is_not_who_he_is() -> None:
    speakers = _speakers(
        "Statue removed\n\nThe statue of Raphael Semmes was removed overnight.\n\nMayor Sandy "
        "Stimpson, in a string of messages sent on Twitter, said he ordered the removal. The "
        "decision wasn’t about Semmes or the monument itself, “and it is not an attempt to "
        "rewrite history,” he wrote."
    )
    assert speakers["and it is not an attempt to rewrite history"] == "Sandy Stimpson"


def test_a_name_linked_to_the_quotation_by_is_is_spoken_of() -> None:
    speakers = _speakers(
        "Pizzagate\n\nEdgar Welch drove to Washington with a rifle.\n\nWelch, a 28-year-old "
        "father of two, says he doesn't believe in conspiracy theories, but listens to Alex "
        'Jones, who spreads them on his radio show. Jones is "a bit eccentric," he said.'
    )
    assert speakers["a bit eccentric"] == "Edgar Welch"


def test_spoken_of_over_a_stop_inside_the_quotation_in_one_paragraph() -> None:
    speakers = _speakers(
        "Nominee\n\nPresident Trump defended Rear Adm. Ronny Jackson on Tuesday.\n\nTrump said "
        'he was reluctant to subject Jackson to the process. Jackson is "not a political '
        "person. I don’t want to put a man through a process like this,” he said."
    )
    assert list(speakers.values()) == ["Trump"]


def test_words_that_run_on_to_the_next_paragraph_stay_the_subjects() -> None:
    speakers = _speakers(
        'Corinth\n\nOrganized religion followed closely.\n\nReverend Olds "saw an earnestness '
        "in reference to the Christian life that I have seldom seen.\n\nAnd as I saw their deep "
        'earnestness," he said, "I was led to ask where we can find a more impressible people."'
    )
    assert set(speakers.values()) == {"Olds"}


def test_he_goes_on_from_whoever_said_the_sentence_before_after_his_title() -> None:
    speakers = _speakers(
        "Doctor killed\n\nDr. Jerry Umanos had practiced medicine in inner-city Chicago.\n\n"
        "Umanos was connected with Lawndale for more than 25 years, said Dr. Bruce Rowell, the "
        'hospital\'s chief clinical officer.\n\n"He was a loving, caring physician" who served '
        'his patients "with the utmost of respect," he said.'
    )
    assert speakers["with the utmost of respect"] == "Bruce Rowell"


def test_he_in_an_opening_clause_and_the_main_clauses_subject_are_one() -> None:
    speakers = _speakers(
        "Protesters\n\nAhmed Abebe, 25, was arrested with Jared Mollenkof.\n\nMollenkof was "
        "released the next day.\n\nAs he sat zip-tied, Abebe thought of his parents, refugees "
        "from Ethiopia who “put us here to have a better life than they did growing up,” he said."
    )
    assert list(speakers.values()) == ["Ahmed Abebe"]


def test_he_in_an_opening_clause_still_skips_the_clauses_object() -> None:
    speakers = _speakers(
        "Loans\n\nJack Straw met Lord Alli on Monday.\n\nAsked whether he would accept gifts "
        "from Lord Alli, he said: “No, never.”"
    )
    assert list(speakers.values()) == ["Jack Straw"]


def test_a_video_box_pasted_into_the_text_names_nobody_he_can_be() -> None:
    speakers = _speakers(
        "BBC\n\nMark Thompson is now the incoming chief executive at the Times.\n\nJUST WATCHED "
        "Jimmy Savile's 9-year-old Scout victim Replay More Videos ... MUST WATCH Jimmy "
        "Savile's 9-year-old Scout victim 03:29\n\nWhen he learned of the investigation, he "
        "did not question it, he said.\n\nHe added that he finds the allegations against Savile "
        '"exceptionally grave."\n\n"I have been appalled by what I have read," he wrote.'
    )
    assert speakers["I have been appalled by what I have read"] == "Mark Thompson"


def test_the_remarks_someone_responded_to_are_not_the_answers_speaker() -> None:
    speakers = _speakers(
        "Values summit\n\nPaul Ryan spoke at a values summit on Friday.\n\nObama campaign "
        "spokesman Danny Kanner responded to Mr. Ryan's remarks: \"Speaking at a values summit, "
        'he unleashed a series of dishonest attacks."'
    )
    assert list(speakers.values()) == ["Danny Kanner"]


def test_a_name_after_an_inverted_verb_ends_before_during() -> None:
    speakers = _speakers(
        "Language\n\nFox News’ Frank Luntz is perhaps the most notorious GOP spin-doctor. "
        "“Politicians are living, breathing embodiments of the language they use,” said Luntz "
        "during an NPR interview."
    )
    assert list(speakers.values()) == ["Frank Luntz"]


def test_a_surname_alone_opening_its_reporting_clause_is_someone() -> None:
    speakers = _speakers(
        "Paid leave\n\nOn a conference call Wednesday night, the adviser did not rule out "
        "backing federal legislation.\n\n“This is not a partisan issue; this is a family "
        "issue,” Jarrett said in Wednesday night's conference call.\n\nGoldberg added, “The "
        "tweet was not merely an impulsive post.”"
    )
    assert speakers == {
        "This is not a partisan issue; this is a family issue": "Jarrett",
        "The tweet was not merely an impulsive post.": "Goldberg",
    }


def test_plural_nouns_offices_and_bodies_opening_a_clause_are_nobody() -> None:
    speakers = _speakers(
        "Markets\n\nStocks fell on Monday.\n\nAnalysts said the fall was “overdone.”\n\n"
        "Schneider said it “manages its operations with care.”\n\nMoody’s said the cut was "
        "“credit negative.”"
    )
    assert set(speakers.values()) == {None}


def test_an_office_of_a_body_then_the_name_in_apposition_speaks() -> None:
    speakers = _speakers(
        "Brexit vote\n\nTheresa May deferred the vote.\n\nThe leader of the opposition Labour "
        'Party, Jeremy Corbyn, said Britain no longer had "a functioning government".'
    )
    assert list(speakers.values()) == ["Jeremy Corbyn"]


def test_a_town_and_its_county_are_still_no_speaker() -> None:
    speakers = _speakers(
        "Flood\n\nThe river burst its banks on Monday.\n\nPat Smith, 60, from Tynemouth, North "
        'Tyneside, said it was "awful".'
    )
    assert list(speakers.values()) == ["Pat Smith"]


def test_per_an_outlet_after_the_quotation_is_according_to_it() -> None:
    speakers = _speakers(
        "Press freedom\n\nIn Hungary, Prime Minister Viktor Orbán and his allies have "
        '"systematically taken control of roughly 90% of the country\'s media outlets," per NPR.'
        '\n\nIn Saudi Arabia, the government detained "at least eight people," per Reuters. Prices '
        'rose 5 per cent, "a record."'
    )
    assert speakers[
        "systematically taken control of roughly 90% of the country's media outlets"
    ] == ("NPR")
    assert speakers["at least eight people"] == "Reuters"


def test_a_writer_of_a_magazine_speaks_in_both_halves_of_her_quotation() -> None:
    speakers = _speakers(
        "Scalia\n\nJustice Scalia “doesn’t come in to oral arguments all secretive,” writes "
        "Dahlia Lithwick of Slate magazine, “feigning indecision on the nuances of the case.”"
    )
    assert set(speakers.values()) == {"Dahlia Lithwick"}


def test_sens_with_a_full_stop_opens_no_sentence() -> None:
    speakers = _speakers(
        "Water rule\n\nSen. Deb Fischer (R-Neb.), who is sponsoring a bill with Sens. John "
        "Barrasso (R-Wyo.) and James Inhofe (R-Okla.) that would overturn the rule, called it "
        '"reckless and unwarranted" in a statement.'
    )
    assert list(speakers.values()) == ["Deb Fischer"]


def test_a_short_adjunct_between_the_quotation_and_its_speaker() -> None:
    speakers = _speakers(
        'Caucus\n\nThe Denver Post reported Aug. 25: "The GOP executive committee has voted to '
        'cancel the poll."\n\n"It takes Colorado completely off the map" in the primary season, '
        "Ryan Call, a former state GOP chairman, told the paper.\n\nSpeaking on CBS' \"Face the "
        'Nation" on Sunday, Secretary of State John Kerry called the claims "not accurate."'
    )
    assert speakers["It takes Colorado completely off the map"] == "Ryan Call"
    assert "Face the Nation" not in speakers


def test_an_outlet_that_relays_what_the_subject_wrote_is_not_the_speaker() -> None:
    speakers = _speakers(
        "Chicago\n\nPresident Trump said he would send federal agents to Chicago. Mayor Lori "
        "Lightfoot objected.\n\nIn response, Lightfoot sent a letter to the White House "
        "rejecting federal agents who “arrest, and detain residents without any cause,” "
        "according to the Associated Press.\n\nThe economy grew “faster than expected,” "
        "according to the Associated Press."
    )
    assert speakers["arrest, and detain residents without any cause"] == "Lori Lightfoot"
    assert speakers["faster than expected"] == "Associated Press"


def test_the_name_after_an_inverted_verb_not_the_one_the_quoted_sentence_named() -> None:
    speakers = _speakers(
        "Foreign policy\n\nObama assumes foreign policy will be an advantage.\n\nHe is the "
        "“first real national security Democrat” since President John F. Kennedy, said James M. "
        "Goldgeier, dean of American University’s School of International Service.\n\n“In a "
        "sense, we have hardly started,” the new chair of the Internet Engineering Task Force "
        "(IETF), Brian Carpenter, says. The IETF runs the net."
    )
    assert speakers["first real national security Democrat"] == "James M. Goldgeier"
    assert speakers["In a sense, we have hardly started"] == "Brian Carpenter"


def test_a_plural_bodys_possessive_then_an_office_and_a_name() -> None:
    speakers = _speakers(
        "Ruling\n\nThe ruling was praised.\n\nFox News' senior judicial analyst Judge Andrew "
        "Napolitano took it even further, saying that “the elites who run university systems "
        "think they know better than the voters do.”"
    )
    assert list(speakers.values()) == ["Andrew Napolitano"]


def test_he_goes_on_from_the_main_clause_not_the_opening_when_clause() -> None:
    speakers = _speakers(
        "Vape shops\n\nDan Donahue runs two vape shops in New Jersey.\n\nWhen Governor Phil "
        "Murphy announced last week that he would shut non-essential businesses, Donahue was "
        "torn. He didn't have a choice but to lay off his staff.\n\n\"As a person who uses vape "
        'products myself, I know how necessary it is to have them," he said.'
    )
    assert list(speakers.values()) == ["Dan Donahue"]


def test_every_title_abbreviation_the_sentence_splitter_knows_ends_no_attribution() -> None:
    speakers = _speakers(
        "WikiLeaks\n\nIn the wake of the charges against Pvt. Bradley Manning for leaking "
        "information, Rep. Mike Rogers (R-MI) told a radio host the death penalty should be "
        "considered and criticized a “culture of disclosure.”"
    )
    assert list(speakers.values()) == ["Mike Rogers"]
