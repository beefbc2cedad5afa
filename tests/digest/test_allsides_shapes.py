"""Shapes of news from many outlets (round 80: stories of 2012-2020 from the AllSides corpus
that the project had never seen): an apposition between the quoted words and "said X", a new
sentence's subordinate clause after a closing mark."""

from __future__ import annotations

from bot.digest.cues import source_after
from bot.digest.pipeline import digest_document
from tests.digest._quoted import speakers as _speakers


def test_an_apposition_to_the_quoted_words_before_said_and_the_name() -> None:
    speakers = _speakers(
        "Jobs report\n\nThe data probably brought a “huge sigh of relief on Constitution "
        "Avenue,” the site of the central bank’s headquarters in Washington, said Torsten "
        "Lindqvist, chief economist at Nordbank. The figures take pressure off the chairman."
    )
    assert speakers == {"huge sigh of relief on Constitution Avenue": "Torsten Lindqvist"}


def test_a_new_sentences_subordinate_clause_after_a_closing_mark_is_no_attribution() -> None:
    text = (
        " national security.” As Keller continued to press Conroy to explain why Trump insists "
        "on talking about “jailing your political opponent,” the campaign manager stopped her."
        "\n\n“You're"
    )
    assert source_after(text, 20, 180) is None


def test_a_report_on_people_speaks_for_whoever_issued_it() -> None:
    speakers = _speakers(
        "Aid\n\nCritics praised the ministers. An Oxfam report on Hilary Benn and Clare Short "
        "said they “worked closely alongside each other for years” and “have spoken warmly of "
        "each other,” although some disputed it."
    )
    assert set(speakers.values()) == {"Oxfam"}


def test_she_after_an_unnamed_spokeswoman_and_a_sentence_about_something_else() -> None:
    speakers = _speakers(
        "Gas plant\n\n“We shouldn’t need to take the government to court,” said Sam Hunter "
        "Jones, a lawyer at ClientEarth.\n\nA Drax spokeswoman said the company’s ambition was "
        "to be removing carbon by 2030. It would do this by burning wood. She said the "
        "ambition could be achieved alongside “new, high efficiency gas power capacity.”"
    )
    assert speakers["new, high efficiency gas power capacity."] == "Drax"


def test_the_body_a_letter_went_to_is_no_speaker() -> None:
    speakers = _speakers(
        "Health bill\n\nThat, too, has drawn concern. The National Association of Insurance "
        "Commissioners, which represents state regulators, wrote a letter to the Senate "
        "contending that the provision “appears to block the ability of states to preserve "
        "consumer protections.”"
    )
    assert "Senate" not in speakers.values()


def test_a_role_of_a_body_left_unclosed_before_said() -> None:
    speakers = _speakers(
        "Anthem row\n\nSpeaking to BBC Sport last week, Robert Kraft, owner of the New England "
        'Patriots said he had "never heard anyone talking about excluding" the player.'
    )
    assert speakers == {"never heard anyone talking about excluding": "Robert Kraft"}


def test_the_companys_statement_speaks_for_the_company() -> None:
    speakers = _speakers(
        "Insurer quits\n\nHumana Inc reduced its participation in the exchanges on Tuesday. But "
        "now, the company cites a lack of stability in the market.\n\n“Based on its initial "
        "analysis, the insurer is seeing further signs of an unbalanced risk pool,” the "
        "company’s statement said."
    )
    assert list(speakers.values()) == ["Humana Inc"]


def test_a_governors_chief_of_staff_is_no_person_named_chief() -> None:
    d = digest_document(
        "Utah\n\nGovernor Gary Herbert said the state would comply. Herbert Chief of Staff "
        "Derek Miller went a step further on Wednesday.",
        "outlet.txt",
    )
    roles = {p.name: p.role for p in d.people}
    assert roles == {"Gary Herbert": "Governor", "Derek Miller": "Chief of Staff"}


def test_a_double_prime_closes_a_quotation_but_not_after_a_figure() -> None:
    d = digest_document(
        "Union bill\n\n“Without these protections, the playing field will remain heavily "
        "stacked against workers,″ said Rep. Mark Pocan, D-Wis. The guard, who is 6′2″ tall, "
        "nodded.",
        "outlet.txt",
    )
    assert [(q.text, q.speaker) for q in d.quotes] == [
        (
            "Without these protections, the playing field will remain heavily stacked against "
            "workers",
            "Mark Pocan",
        )
    ]


def test_jan_is_a_given_name_before_a_surname() -> None:
    d = digest_document(
        "Iowa\n\nEllison’s colleague from Illinois, Representative Jan Schakowsky, was even "
        "more aggressive. She said the nominee is “as bad as it gets.” “I’ll be waiting to see "
        "how aggressively pursued I am,” Jan Bauer, a county chair, tells The Washington Post. "
        "Prices fell on Jan. 5, traders said.",
        "outlet.txt",
    )
    assert {p.name: p.role for p in d.people} == {
        "Jan Schakowsky": "Representative",
        "Jan Bauer": "County Chair",
    }
    assert [q.speaker for q in d.quotes] == ["Jan Schakowsky", "Jan Bauer"]


def test_a_body_named_with_for_and_a_party_bracket_with_a_comma() -> None:
    speakers = _speakers(
        "Ebola\n\nKent Brantly was infected in Liberia.\n\nWhile Ebola is not airborne, "
        "according to the Centers for Disease Control, it can be transmitted by “direct "
        "contact with the blood of an infected person.”\n\nSome Democrats agree. “People "
        "pretend that it isn’t a problem,” Representative Brian Higgins (D., N.Y.) told the "
        "Washington Post last week."
    )
    assert speakers == {
        "direct contact with the blood of an infected person.": "Centers for Disease Control",
        "People pretend that it isn’t a problem": "Brian Higgins",
    }


def test_a_quotation_in_a_title_case_headline_is_someones_words() -> None:
    # Every word of such a headline is capitalised, so Title Case cannot tell a work's name.
    speakers = _speakers(
        "Governor Tells Lawmakers 'We Will Not Back Down' On Budget\n\nMarch 2, 2018\n\n"
        "The governor spoke to lawmakers on Tuesday."
    )
    assert "We Will Not Back Down" in speakers


def test_a_title_in_a_sentence_is_still_a_work() -> None:
    speakers = _speakers(
        "Budget talks\n\nMarch 2, 2018\n\nThe governor appeared on “Face the Nation” on "
        "Sunday and said little."
    )
    assert speakers == {}


def test_a_plural_title_is_shared_by_lawmakers_named_with_their_states() -> None:
    people = {
        p.name: p.role
        for p in digest_document(
            "Quarantine\n\nSens. Rand Paul of Kentucky and Mike Lee of Utah voted no. Sens. "
            "Cory Gardner, R-Colo., and Rick Scott, R-Fla., were in quarantine. Reps. Tom "
            "Cole (R., Okla.) and Fred Upton stayed away.",
            "outlet.txt",
        ).people
    }
    assert people == {
        "Rand Paul": "Senator",
        "Mike Lee": "Senator",
        "Cory Gardner": "Senator",
        "Rick Scott": "Senator",
        "Tom Cole": "Representative",
        "Fred Upton": "Representative",
    }


def test_a_name_then_a_reporting_verb_and_a_time_after_a_question() -> None:
    speakers = _speakers(
        "Television\n\n“How many people have to die?” CNN’s Don Lemon asked that night. "
        "“There is death after death on his watch,” Mika Brzezinski slammed on her show."
    )
    assert speakers == {
        "How many people have to die?": "Don Lemon",
        "There is death after death on his watch": "Mika Brzezinski",
    }


def test_a_generational_suffix_after_its_comma_is_the_speakers_name() -> None:
    speakers = _speakers(
        "Indictment\n\n“The four crimes that are charged are theft and perjury,” Fulton County "
        "District Attorney Paul L. Howard, Jr. said. He spoke on Friday."
    )
    assert speakers == {"The four crimes that are charged are theft and perjury": "Paul L. Howard"}


def test_an_inverted_jab() -> None:
    speakers = _speakers(
        "Campaign\n\nMr. Biden skipped the dinner. “Joe Biden must really not like to travel,” "
        "jabbed Andrew Yang, one of his rivals."
    )
    assert speakers == {"Joe Biden must really not like to travel": "Andrew Yang"}


def test_a_tag_with_a_time_after_another_speakers_quotation() -> None:
    speakers = _speakers(
        "Television\n\n“There is death after death on his watch,” MSNBC’s Mika Brzezinski "
        "said on her show. “How many people have to die?” CNN's Don Lemon blasted that night."
    )
    assert speakers["How many people have to die?"] == "Don Lemon"


def test_a_curly_possessive_before_the_subjects_name() -> None:
    speakers = _speakers(
        "Blood\n\nNBC’s Chuck Todd invited Joe Biden to make the same charge on Sunday: “Do "
        "you think there is blood on the President’s hands?” The question went unanswered."
    )
    assert speakers == {"Do you think there is blood on the President’s hands?": "Chuck Todd"}


def test_a_pronouns_contraction_is_the_pronoun() -> None:
    # (straight or curly: "He’s" is one word to the attribution reader, as "He's" is)
    speakers = _speakers(
        "Rally\n\nDonald Trump spoke in Michigan on Friday. He's claiming that voting fraud is "
        "“a big, big problem in this country” but “nobody has the guts to talk about it.”"
    )
    assert set(speakers.values()) == {"Donald Trump"}


def test_a_campaign_urging_a_network_is_no_network_speaking() -> None:
    speakers = _speakers(
        "Ads\n\nJoe Biden's campaign is urging Fox News to follow CNN in rejecting an ad, "
        "arguing that it “states falsely that Biden offered Ukraine $1 billion.”"
    )
    assert "Fox News" not in speakers.values()


def test_a_dateline_is_not_the_subject_of_its_sentence() -> None:
    speakers = _speakers(
        "Google backs ad rules\n\nSAN FRANCISCO (Reuters) - Alphabet Inc’s Google unit told "
        "U.S. election regulators in a letter on Thursday that it “strongly supports” tighter "
        "rules on online political advertising."
    )
    assert speakers == {"strongly supports": "Google"}


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in digest_document(text, "outlet.txt").people}


def test_a_capitalised_ambassador_to_a_country_before_the_name() -> None:
    people = _people(
        "Shelling\n\nHere are a few of the photos, tweeted by US Ambassador to Ukraine Geoffrey "
        "Pyatt: the rockets were fired from Russia."
    )
    assert people == {"Geoffrey Pyatt": "Ambassador"}


def test_a_name_made_an_adjective_by_a_hyphened_participle() -> None:
    people = _people(
        "Loans\n\nMedia Matters for America, the George Soros-funded left-wing nonprofit, "
        "received a loan. Soros declined to comment."
    )
    assert list(people) == ["George Soros"]


def test_an_imperative_opening_the_sentence_is_no_given_name() -> None:
    people = _people(
        "The wall\n\nTake Donald Trump's endlessly repeated promise to build a wall. Trump "
        "has said it many times."
    )
    assert list(people) == ["Donald Trump"]


def test_paragraphs_glued_at_a_straight_mark_after_a_full_stop() -> None:
    speakers = _speakers(
        'Interview\n\nJeb Bush said he does not believe the senator has a record like his own."'
        "Having had to make tough choices, it's called leadership,\" Bush told Newsmax TV. "
        '"The biggest difference is I have a proven record of leadership."Watch Newsmax TV now.'
    )
    assert speakers == {
        "Having had to make tough choices, it's called leadership": "Jeb Bush",
        "The biggest difference is I have a proven record of leadership.": "Jeb Bush",
    }


def test_a_titled_name_closing_the_sentence_speaks_for_a_partial_quotation() -> None:
    speakers = _speakers(
        'Iran deal\n\nTrump said Friday he would act. Even Trump is "not particularly '
        'optimistic" that the deal can be fixed, Secretary of State Rex Tillerson said.'
    )
    assert speakers == {"not particularly optimistic": "Rex Tillerson"}


def test_a_closing_attribution_ended_by_a_colon() -> None:
    speakers = _speakers(
        "Sanctions\n\nIf Congress imposed sanctions, “that’s a twofer” for Tehran, analyst "
        "Michael Rubin said: Iran has already obtained the benefits."
    )
    assert speakers == {"that’s a twofer": "Michael Rubin"}


def test_an_infinitive_that_introduces_the_words_speaks_for_its_clauses_subject() -> None:
    speakers = _speakers(
        "Mandela\n\nIt began on his birthday, when House Speaker John Boehner had the audacity "
        "to declare in a tribute, “At times it can feel like we are talking about an old friend.”"
    )
    assert set(speakers.values()) == {"John Boehner"}


def test_telling_a_network_after_a_clause_joined_by_and() -> None:
    speakers = _speakers(
        "Apartheid\n\nOf course then-congressman Dick Cheney had voted against the sanctions in "
        "1986, and he defended his position while running in 2000, telling ABC: “The ANC was "
        "then viewed as a terrorist organization.”"
    )
    assert speakers == {"The ANC was then viewed as a terrorist organization.": "Dick Cheney"}


def test_a_plural_title_over_a_list_whose_every_name_carries_its_state() -> None:
    people = _people(
        "Donors\n\nHe took money from colleagues including Sens. John McCain of Arizona, Orrin "
        "Hatch of Utah, Rob Portman of Ohio and John Boozman of Arkansas."
    )
    assert people == dict.fromkeys(
        ["John McCain", "Orrin Hatch", "Rob Portman", "John Boozman"], "Senator"
    )


def test_a_kind_of_role_after_a_copula_and_an_article() -> None:
    people = _people(
        "Bios\n\nThe column ran on Monday. Adam Shaw is a politics reporter based in New York. "
        "Jeff Joseph is an adjunct professor at George Mason University."
    )
    assert people["Adam Shaw"] == "reporter"
    assert people["Jeff Joseph"] is not None and people["Jeff Joseph"].lower() == "professor"


def test_a_presidential_hopeful() -> None:
    people = _people(
        "Endorsement\n\nDemocratic presidential hopeful Bernie Sanders (I-Vt.) can add another "
        "endorsement to his list."
    )
    assert people == {"Bernie Sanders": "presidential hopeful"}


def test_a_law_is_never_the_company_that_speaks() -> None:
    speakers = _speakers(
        "Insurer exits\n\nHumana Inc. said on Tuesday it would leave the exchanges. Last year, "
        "Humana reduced its part in the exchanges set up by the Affordable Care Act, taking "
        "part in only eleven states.\n\n“We are seeing an unbalanced risk pool,” the company’s "
        "statement said."
    )
    assert speakers == {"We are seeing an unbalanced risk pool": "Humana Inc."}


def test_the_formal_name_with_a_numeral_is_the_same_person() -> None:
    people = _people(
        "Probe\n\nRobert Mueller met the senators. A bill would protect Robert S. Mueller III. "
        "Don McGahn declined. Donald F. McGahn II had threatened to resign. Henry Ford II "
        "spoke of Henry Ford."
    )
    assert set(people) == {
        "Robert S. Mueller III",
        "Donald F. McGahn II",
        "Henry Ford II",
        "Henry Ford",
    }


def test_a_racing_team_named_after_its_owner_is_no_person() -> None:
    people = _people(
        "Sponsors\n\nRichard Petty Motorsports and Richard Childress Racing lost sponsors. "
        "Richard Petty said he would stand by the anthem."
    )
    assert list(people) == ["Richard Petty"]


def test_a_links_read_more_and_potus_are_no_names() -> None:
    people = _people(
        "Bolton out\n\nThe fallout is just beginning | Nils Pratley Read more\n\n“Last night, "
        "Potus said he wanted the resignation on his desk,” Stephanie Grisham said."
    )
    assert set(people) == {"Nils Pratley", "Stephanie Grisham"}


def test_a_party_and_state_between_commas_after_the_subjects_name() -> None:
    speakers = _speakers(
        "Checks\n\nSpeaker of the House Nancy Pelosi, D-Calif., said last week that the checks "
        'should be sent without "waiting for a fancy-Dan letter from the president."'
    )
    assert speakers == {"waiting for a fancy-Dan letter from the president.": "Nancy Pelosi"}


def test_one_of_a_group_then_the_name() -> None:
    speakers = _speakers(
        "Coalition\n\n“This is going to be a very long-term proposition,” said one of the "
        "guests, Samuel R. Berger, who was national security adviser. Mr. Snowden could be safe "
        "“for months if not years,” according to one of the colony’s top legal experts, Simon "
        "Young."
    )
    assert speakers == {
        "This is going to be a very long-term proposition": "Samuel R. Berger",
        "for months if not years": "Simon Young",
    }


def test_a_title_case_headlines_reporting_verb_attributes_its_quotation() -> None:
    speakers = _speakers(
        "Why Trump Just Declared 'DACA Is Dead'\n\nApril 2, 2018\n\nPresident Donald Trump "
        "spoke to reporters on Monday."
    )
    assert speakers == {"DACA Is Dead": "Donald Trump"}


def test_a_headline_with_as_is_still_title_case() -> None:
    speakers = _speakers(
        "Trump Fires Up Agenda as Top Dem Says 'No Smoking Gun' on Russia\n\nMarch 2, 2018"
    )
    assert "No Smoking Gun" in speakers


def test_a_participle_in_a_headline_reports_no_quotation() -> None:
    # Only the headline's finite verbs are read as verbs ("Says", "Declared"): read as one,
    # "Asking" would make Hillary Clinton say what Rush Limbaugh said of her.
    speakers = _speakers(
        "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear.’\n\n"
        "Hillary Clinton’s campaign has asked the moderator to fact check Donald Trump. "
        "According to talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
    )
    assert speakers["Reeks of Fear."] != "Hillary Clinton"


def test_a_verb_more_often_a_noun_right_after_a_body_that_introduces_the_words() -> None:
    speakers = _speakers(
        "Ebola\n\nThe World Health Organization says the outbreak is the deadliest ever. CNN "
        "states, “Of the 1,093 cases, 660 people have died.” The only treatment, as Medecins "
        "Sans Frontieres states, “consists of hydrating the patient.” The United States, “a "
        "partner of the WHO”, sent doctors."
    )
    assert speakers["Of the 1,093 cases, 660 people have died."] == "CNN"
    assert speakers["consists of hydrating the patient."] == "Medecins Sans Frontieres"


def test_a_long_title_after_a_noun_that_names_a_work() -> None:
    speakers = _speakers(
        "Senate\n\nJames Hohmann explored the advantage in a chapter of the forthcoming book "
        "“The Blue Wave: The 2018 Midterms and What They Mean for the 2020 Elections,” which "
        "was edited by Sabato. In an article headlined “Is GOP’s Senate Majority in More Peril "
        "Than We Think?” Trende argues that the odds are even."
    )
    assert speakers == {}


def test_a_party_letter_alone_in_brackets_and_a_nicknamed_possessive() -> None:
    people = _people(
        "Race\n\nIn Arizona, Martha McSally (R) is facing Kyrsten Sinema (D) in a tie. Hackers "
        "reached the late Desmond “Etika” Amofah’s Gmail account."
    )
    assert set(people) == {"Martha McSally", "Kyrsten Sinema", "Desmond Amofah"}


def test_a_surname_that_is_a_title_after_a_middle_initial() -> None:
    speakers = _speakers(
        "Guidance\n\n“No student should feel unwelcome at school,” John B. King Jr., secretary "
        "of the Department of Education, said in a statement."
    )
    assert speakers == {"No student should feel unwelcome at school": "John B. King Jr."}


def test_an_opening_mark_set_off_by_a_stray_space_after_a_full_stop() -> None:
    speakers = _speakers(
        'Carter\n\nJimmy Carter spoke on Sunday. "They ought to find a different way to '
        'object," he said. " I would rather see all the players stand during the anthem."'
    )
    assert "I would rather see all the players stand during the anthem." in speakers


def test_a_magazine_named_after_someone_is_no_person() -> None:
    people = _people(
        "RuPaul\n\nIn 2017, RuPaul told Marie Claire magazine that his mother used to work at "
        "a clinic."
    )
    assert "Marie Claire" not in people


def test_which_after_a_person_named_with_a_role_is_about_the_event() -> None:
    people = _people(
        "Final\n\nSerena Williams lost. She had a heated argument with chair umpire Carlos "
        "Ramos, which cost her a game. Hollywood star John Malkovich will play cult leader "
        "Humma Kavula, which was especially created for the film."
    )
    assert "Carlos Ramos" in people
    assert "Humma Kavula" not in people


def test_a_classmate_and_a_sixth_grader_open_no_names() -> None:
    people = _people(
        "School\n\nSTOCKPORT, Ohio – Sixth-grader Kayla Hunter considers herself tech savvy. "
        "Classmate Josie Jackson agreed."
    )
    assert set(people) == {"Kayla Hunter", "Josie Jackson"}


def test_he_after_a_subject_titled_with_a_bodys_lowercase_words() -> None:
    speakers = _speakers(
        "Watchdog\n\nThe office had no comment on the tweet by President Donald Trump.\n\nHouse "
        "oversight committee Chairman Trey Gowdy, R-S.C., defended Horowitz on Wednesday.\n\n"
        "“I have had a number of interactions with Inspector General Horowitz,” he said."
    )
    assert set(speakers.values()) == {"Trey Gowdy"}


def test_he_after_an_owners_noun_is_the_one_who_told() -> None:
    speakers = _speakers(
        "Probe\n\nAttorney General William Barr named John Durham to lead the review. “We "
        "have an honest cop on the beat now,” said Ken Starr.\n\n"
        "Durham's appointment comes just weeks after Barr told members of Congress that he was "
        "building a team to investigate spying.\n\n“I think spying on a political campaign is "
        "a big deal,” he said."
    )
    assert speakers["I think spying on a political campaign is a big deal"] == "William Barr"


def test_a_name_that_opens_the_reported_clause_is_no_subject_for_he() -> None:
    speakers = _speakers(
        "Carter\n\nJimmy Carter spoke to Maureen Dowd. The 93-year-old former leader said Kim "
        "Jong Un makes him more nervous than his father, the late Kim Jong-il. Why?\n\n“I think "
        "he's now got advanced nuclear weaponry,” he said."
    )
    assert speakers == {"I think he's now got advanced nuclear weaponry": "Jimmy Carter"}


def test_a_partial_quotation_then_she_said_and_the_next_piece() -> None:
    speakers = _speakers(
        "Egypt\n\nMorsi’s televised speech Tuesday, in which he defiantly refused to meet "
        'protesters’ demands, was a disappointment to the US, Ms. Psaki said. "He had the '
        'opportunity to lay out certain steps" to address the crisis, she said, "and he didn\'t '
        'take the opportunity to do that."\n\nOn "CNN\'s State of the Union" Sunday, Mitch '
        'McConnell noted, "We have a slower growth rate today than we had then."'
    )
    assert speakers["He had the opportunity to lay out certain steps"] == "Psaki"
    assert "CNN's State of the Union" not in speakers


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in digest_document(text, "outlet.txt").people}


def test_a_given_name_that_is_also_a_role_word_after_the_office() -> None:
    people = _people(
        "Houston\n\nHouston Police Chief Art Acevedo said the city would not comply. The "
        "Deputy Prime Minister, John Anderson, did not reply."
    )
    assert people["Art Acevedo"] == "Chief"
    assert people["John Anderson"] == "Deputy Prime Minister"


def test_a_senators_title_without_its_full_stop() -> None:
    people = _people(
        "Hawaii\n\nSen Brian Schatz said the bill would fail. The economist Amartya Sen disagreed."
    )
    assert people["Brian Schatz"] == "Senator"
    assert "Amartya Sen" in people


def test_a_that_in_the_next_quotation_is_no_clause_of_the_tag() -> None:
    speakers = _speakers(
        'Interview\n\nPierson said "Mr. Trump provided a statement."\n\n'
        '"Then why did he say he did?" Kelly asked. "His critics say that it shows he hasn\'t '
        'thought the issue through."'
    )
    assert speakers["Then why did he say he did?"] == "Kelly"


def test_a_formal_office_then_a_comma_then_the_name_that_speaks() -> None:
    speakers = _speakers(
        'Stimulus\n\n"We cannot spend enough," said Senate Majority Leader Mitch McConnell, '
        '(R-KY).\n\n"We want to make sure this money is available to small businesses," '
        "Secretary of the Treasury, Steven Mnuchin said at Tuesday's White House Coronavirus "
        "Task Force briefing."
    )
    assert speakers["We want to make sure this money is available to small businesses"] == (
        "Steven Mnuchin"
    )


def test_a_surname_then_its_party_tag_without_the_closing_comma() -> None:
    speakers = _speakers(
        "Shutdown\n\nSpeaker of the House John Boehner urged President Obama to call him. "
        "President Obama isn't planning to call.\n\n“He knows what my phone number is, all he "
        "has to do is call,” Boehner, R-Ohio said on ABC's This Week."
    )
    assert speakers["He knows what my phone number is, all he has to do is call"] == (
        "John Boehner"
    )


def test_the_president_by_surname_is_not_the_first_lady_named_in_full() -> None:
    text = (
        "Wall\n\nApril 21, 2019\n\nPresident Trump let loose on Mexico in a series of tweets.\n\n"
        '“Mexico has got to help us at the border," Trump told reporters before he and first '
        'lady Melania Trump attended Easter services.\n\n"A lot of people are coming in," he '
        "added."
    )
    digest = digest_document(text, "outlet.txt")
    assert {p.name: p.role for p in digest.people} == {
        "Trump": "President",
        "Melania Trump": "first lady",
    }
    assert {q.speaker for q in digest.quotes} == {"Trump"}


def test_answered_then_the_name_after_a_moderators_question() -> None:
    speakers = _speakers(
        "Debate\n\nDonald Trump and Marco Rubio debated.\n\n"
        '"How flexible are you on this issue?" asked moderator Megyn Kelly.\n\n'
        '"Not very flexible," answered Trump.'
    )
    assert speakers["Not very flexible"] == "Donald Trump"


def test_a_tweets_new_flag_is_no_speakers_label() -> None:
    speakers = _speakers(
        'Groups\n\nReporter Hanna Trudo, who wrote the original story, tweeted, "NEW: After we '
        'reported silence from nearly a dozen groups, Planned Parenthood released a statement."'
    )
    assert list(speakers.values()) == ["Hanna Trudo"]


def test_a_passive_verb_after_an_adverb_names_no_speaker() -> None:
    speakers = _speakers(
        "Pentagon\n\nAshton Carter was sworn in on Tuesday.\n\nCarter's debut at the Pentagon "
        'this morning was briefly interrupted when his wife, Stephanie, "slipped and fell on the '
        'icy pavement," the AP reports. "She laughed it off."'
    )
    assert speakers["slipped and fell on the icy pavement"] == "AP"


def test_one_who_says_i_am_and_the_name_speaks_for_himself() -> None:
    speakers = _speakers(
        "Ads\n\nDonald Trump leads the polls. Ben Carson is second.\n\nIn a 30-second TV spot, "
        "Carson manages to hit all the right notes. “I’m Ben Carson and I’m running for "
        "president,” he says."
    )
    assert speakers["I’m Ben Carson and I’m running for president"] == "Ben Carson"


def test_a_page_label_in_capitals_is_no_body_that_speaks() -> None:
    text = (
        "Cannon\n\nViacomCBS cut ties with the host.\n\nADVERTISEMENT\n\nThe apology seemed to "
        "satisfy the network.\n\nADVERTISEMENT\n\n“Nick has sincerely apologized,” the statement "
        "said."
    )
    digest = digest_document(text, "outlet.txt")
    assert "ADVERTISEMENT" not in digest.organizations
    assert {q.speaker for q in digest.quotes} != {"ADVERTISEMENT"}


def test_a_list_of_people_each_named_for_an_office() -> None:
    people = _people(
        "Cabinet\n\nAmong them: Sen. Jeff Sessions for attorney general, Betsy DeVos for "
        "education secretary, Mike Pompeo for CIA director and Elaine Chao for transportation "
        "secretary. The head of the Australian Council for Educational Research, Professor "
        "Geoff Masters, agreed."
    )
    assert people["Betsy DeVos"] != "General"
    assert people["Mike Pompeo"] != "Secretary"
    assert people["Geoff Masters"] == "head"


def test_a_sites_link_box_after_a_name_is_no_part_of_the_story() -> None:
    text = (
        "Poll\n\nFormer Vice President Joe Biden Joe BidenGiuliani associate prepared to "
        "testify Nunes aides scrapped Ukraine trip to avoid alerting Schiff MORE and Sen. "
        "Elizabeth Warren Elizabeth Ann WarrenDemocrats target housing shortage as advocates "
        "warn of crisis MORE (D-Mass.) lead the field, and Sen. John McCain John Sidney "
        "McCain2020 Democrats make play for veterans' votes MORE (R-Ariz.) is gone."
    )
    people = _people(text)
    assert set(people) == {"Joe Biden", "Elizabeth Warren", "John McCain"}
    assert people["Elizabeth Warren"] == "Senator"


def test_a_titled_name_with_a_hyphen_then_of_and_the_school() -> None:
    speakers = _speakers(
        "DACA\n\nThe Trump administration could try again.\n\n\"Today's decision allows "
        'Dreamers to breathe a temporary sigh of relief," said Professor Stephen Yale-Loehr of '
        "Cornell Law School."
    )
    assert list(speakers.values()) == ["Stephen Yale-Loehr"]


def test_a_dotted_acronym_ends_its_sentence_before_a_persons_name() -> None:
    text = (
        "Comey\n\nEric Holder said Mr. Comey had “negatively affected public trust” in the "
        "Justice Department and the F.B.I. Alberto Gonzales, who was attorney general under "
        "President George W. Bush, said, “To throw out this letter was a mistake.” The F.B.I. "
        "Director James Comey did not reply."
    )
    speakers = _speakers(text)
    assert speakers["To throw out this letter was a mistake."] == "Alberto Gonzales"
    sentences = [s.text for s in digest_document(text, "outlet.txt").sentences]
    assert any(s.startswith("The F.B.I. Director James Comey") for s in sentences)


def test_under_a_president_is_whom_the_office_served() -> None:
    people = _people(
        "Cabinet\n\nAlberto Gonzales, who was attorney general under President George W. Bush, "
        "spoke. Hillary Clinton, secretary of state under President Obama, agreed. Under "
        "Secretary of State Wendy Sherman did not."
    )
    assert people["Alberto Gonzales"] == "Attorney General"
    assert people["George W. Bush"] == "President"
    assert people["Hillary Clinton"] == "Secretary of State"
    assert people["Obama"] == "President"
