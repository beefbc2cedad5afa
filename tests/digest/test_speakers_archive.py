"""Speaker attribution habits of the news archives (round 16; sentences written here).

Each test is one habit: a time phrase between the subject and its verb ("last week said"), an
organisation's role in apposition ("Liverpool's Chief Executive"), a partial quotation in a
clause whose subject is "he", a national named by a noun ("the Frenchman"), an age before one
capitalised word ("the 68-year-old Yankee"), "it said" after an organisation's words, and a
possessive that owns the sentence's subject ("Pearson's men") rather than being it.
"""

from __future__ import annotations

from bot.digest.pipeline import digest_document


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words of each quotation, its speaker) for a whole digest of ``text``."""
    digest = digest_document(text, "story.txt")
    names = {p.name for p in digest.people} | set(digest.organizations)
    for q in digest.quotes:
        assert q.speaker is None or q.speaker in names
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in digest.quotes]


def test_a_time_phrase_between_subject_and_verb() -> None:
    text = (
        "Contract talks with the winger will not resume before the summer, but Ruth Okafor, "
        "the club's chief executive, last week said she expected him to stay for 'a long "
        "time'.\n"
    )
    quotes = digest_document(text, "story.txt").quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Ruth Okafor", "said")]
    text = "Mayor Dan Pelletier on Monday said the bridge would reopen 'within a fortnight'.\n"
    quotes = digest_document(text, "story.txt").quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Dan Pelletier", "said")]


def test_an_organisations_role_in_apposition_is_not_the_speaker() -> None:
    text = (
        "Sales fell for a third quarter but Ruth Okafor, Halvard's Chief Executive, said she "
        "expected a recovery 'by the end of next year'.\n"
    )
    assert speakers(text) == [("by the end", "Ruth Okafor")]


def test_a_partial_quotation_in_a_clause_whose_subject_is_he() -> None:
    text = (
        "Marco Tellini is adamant his side can stay up.\n\n"
        "At the start of the season Tellini wanted twelve wins, but his team have managed "
        "only seven and he is hoping 'nine or ten might be enough'.\n"
    )
    assert speakers(text) == [("nine or ten", "Marco Tellini")]


def test_a_national_named_by_a_noun_is_the_person_just_named() -> None:
    text = (
        "Former Lyon striker Didier Marchand was in the studio on Sunday.\n\n"
        "Marchand, meanwhile, felt sympathy for the defender.\n\n"
        "Asked if he would have wanted a penalty in that position, the Frenchman replied, "
        "'Yes, every single time.'\n"
    )
    assert speakers(text) == [("Yes, every single", "Didier Marchand")]


def test_an_age_before_one_capitalised_word_is_a_description() -> None:
    text = (
        "The sign's owner is Hall of Famer Curtis Bell, who bought the letters in 2009.\n\n"
        "The 71-year-old Oriole said he wanted 'a new generation to enjoy this piece of the "
        "old ballpark.'\n"
    )
    digest = digest_document(text, "story.txt")
    assert [(p.name, p.role) for p in digest.people] == [("Curtis Bell", "Hall of Famer")]
    assert speakers(text) == [("a new generation", "Curtis Bell")]


def test_it_said_after_an_organisations_words_is_that_organisation() -> None:
    text = (
        '"Our agencies are investigating the attack," the Harbour Safety Authority '
        "said in a statement on Wednesday.\n\n"
        'If the crew entered the harbour, "they will be found and questioned," it said.\n'
    )
    assert speakers(text) == [
        ("Our agencies are", "Harbour Safety Authority"),
        ("they will be", "Harbour Safety Authority"),
    ]


def test_it_is_nobody_when_no_organisation_spoke() -> None:
    text = (
        "Ana Ruiz praised the plan.\n\n"
        '"The new bridge will carry four lanes of traffic," it said on the council website.\n'
    )
    assert speakers(text) == [("The new bridge", None)]


def test_a_possessive_owns_the_subject_rather_than_being_it() -> None:
    text = (
        "Having not won since January, Paul Dempsey's men face Hartlepool on Saturday and "
        "Tomas Rivera is convinced they can avoid the drop.\n\n"
        "'I knew when I signed that it would not be an easy job,' he said.\n"
    )
    assert speakers(text) == [("I knew when", "Tomas Rivera")]
    text = (
        "Among Dana Whitfield's constituents, anger had been building for weeks, Joel Marsh "
        "said.\n\n"
        '"It all came out at once," he said.\n'
    )
    assert speakers(text) == [("It all came", "Joel Marsh")]


def test_whoever_refers_to_someone_is_quoted_not_the_reporter() -> None:
    text = (
        'Chairman Tom Ridley said Nora Blake referred to the minister as "a mean, vicious '
        'little" man.\n\n'
        'He also quoted Nora Blake referring to the adviser\'s "babbling rhetoric" twice.\n'
    )
    assert speakers(text) == [
        ("a mean, vicious", "Nora Blake"),
        ("babbling rhetoric", "Nora Blake"),
    ]


def test_one_of_a_group_named_in_apposition_speaks() -> None:
    text = (
        '"Guess we needed a couple more whiskeys before we started," one of them, Manoj '
        "Varma, says after a slow first day.\n"
    )
    assert speakers(text) == [("Guess we needed", "Manoj Varma")]


def test_a_title_in_quotation_marks_does_not_cut_off_the_subject() -> None:
    text = (
        'Ilan Hirsch, a chef and the host of "Blade Night," describes his series as "a '
        'bare-knuckled boxing show of a cooking competition" that pits chefs against each '
        "other.\n"
    )
    assert speakers(text) == [("a bare-knuckled boxing", "Ilan Hirsch")]


def test_two_curly_singles_close_a_double_quotation() -> None:
    text = (
        "“It was an attempt to mislead voters,’’ Will Morley, chief executive of the "
        "fact-checking charity Plain Facts, told the BBC. “And I think it is inappropriate.”\n"
    )
    assert speakers(text) == [("It was an", "Will Morley"), ("And I think", "Will Morley")]


def test_a_signature_on_the_line_below_an_epigraph() -> None:
    text = (
        "An investigation reveals new details of the operation.\n\n"
        '"I was the director. We lied, we cheated, we stole."\n\n'
        "— Mike Pardo, College Station, TX, April 15, 2019\n\n"
        "The firm was founded in 2008.\n"
    )
    assert speakers(text) == [("I was the", "Mike Pardo")]


def test_more_verbs_of_speech_and_a_role_before_the_name_of_what_someone_calls() -> None:
    text = (
        "“That can be true,” Ellen Pryor said, “but the risk is far greater without it.”\n\n"
        "“But there is some risk,” Samuel Ortiz interjected. “Do you dispute that?”\n"
    )
    assert [s for _, s in speakers(text)] == ["Ellen Pryor", "Ellen Pryor"] + ["Samuel Ortiz"] * 2
    text = (
        "Having conjured what coach Jason Garrity calls “a vision of what you want your team "
        "to look like,” the club won again.\n"
    )
    assert speakers(text) == [("a vision of", "Jason Garrity")]


def test_the_president_elect_is_a_description_not_a_name() -> None:
    text = (
        "Donald Trump is determined to be Trump, and the President-elect shows it daily.\n\n"
        "“I won the popular vote if you deduct the millions who voted illegally,” the "
        "President-elect fumed in a tweet.\n"
    )
    quotes = digest_document(text, "story.txt").quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Donald Trump", "fumed")]


def test_a_quotation_heading_quotes_the_person_the_paragraph_below_introduces() -> None:
    text = (
        "Canada added 54,000 jobs in May, the statistics agency said.\n\n"
        "‘Welcome upside surprise but cautiously optimistic’: Maple Bank Economics\n\n"
        "Maple Bank assistant chief economist Nathan Jansen said the rise in employment is a "
        "welcome upside surprise. It was the biggest gain since January.\n"
    )
    assert speakers(text) == [("Welcome upside surprise", "Nathan Jansen")]


def test_an_unnamed_spokeswoman_speaks_for_the_organisation_the_text_is_about() -> None:
    text = (
        "Harbour City Airport apologised for the inconvenience but said it had offered to post "
        "the toy back. Defending the decision a spokeswoman said: “The safety of our "
        "passengers is our first priority.”\n"
    )
    assert speakers(text) == [("The safety of", "Harbour City Airport")]


def test_he_after_said_an_unnamed_official_of_an_organisation() -> None:
    text = (
        "Kenji Mori, a fisherman, saw the new coastline first.\n\n"
        "Officials do not expect the landslide to grow, said an official at the central "
        "government's Harbour Safety Authority.\n\n"
        "'Our understanding is that this is different from earthquakes,' he told reporters.\n"
    )
    assert speakers(text) == [("Our understanding is", "Harbour Safety Authority")]
    text = (
        "Kenji Mori, a fisherman, saw the new coastline first.\n\n"
        "Officials do not expect the landslide to grow, said an official in the town.\n\n"
        "'Our understanding is that this is different from earthquakes,' he told reporters.\n"
    )
    assert speakers(text) == [("Our understanding is", None)]


def test_he_is_the_person_a_description_and_name_open_the_sentence_with() -> None:
    text = (
        "Zoo director Chris Kuhn said the zoo had received 'a number of eyewitness accounts' "
        "of the fall, he told reporters.\n\n"
        "Zoo visitor Michael Laurie was at the cheetah exhibit when he heard the child scream.\n\n"
        "He said he was 'shocked' and 'did not understand how the parents let the boy' go "
        "over the railing.\n"
    )
    assert [s for _, s in speakers(text)][-1] == "Michael Laurie"


def test_in_sentences_glued_by_captions_he_is_the_nearest_subject() -> None:
    text = (
        "Brendan Rogers has told his players to behave. Jordan Ibe was present among the squad "
        "during training on Friday ahead of the semi-final against Villa as the pictures showed "
        "the players in good spirits with the rest of the squad on the training pitch at Melwood "
        "on Friday morning in the sun Rogers, who has Gerrard available for the semi-final, "
        "spoke to Sterling and Ibe in his office on Thursday and now wants to draw a line "
        "under the matter.\n\n"
        "He said: 'There are things you can and cannot be doing as a professional.'\n"
    )
    assert speakers(text) == [("There are things", "Brendan Rogers")]


def test_continue_to_is_no_reporting_verb() -> None:
    text = (
        '"The winner has bought itself a serious headache," said Yukon spokesman Alexander '
        'Shadrin. He said the company would continue to make "every lawful move" to protect '
        "its shareholders.\n"
    )
    assert speakers(text) == [
        ("The winner has", "Alexander Shadrin"),
        ("every lawful move", "Alexander Shadrin"),
    ]


def test_a_name_inside_the_quotation_is_not_who_he_is() -> None:
    text = (
        '"They are pretty good kickers," added Rob Andrews, a former fly-half.\n\n'
        'Andrews also blamed a lack of leadership. "They just did not have that leadership. '
        'Martin Jensen, Lawrence Dallow and Jonny are huge losses," he said.\n'
    )
    assert [s for _, s in speakers(text)] == ["Rob Andrews", "Rob Andrews"]


def test_a_surname_with_a_who_clause_opening_a_sentence_is_a_person() -> None:
    text = (
        "The best actor award went to Jamie Foxe. DiCaprio, who lost out to Foxe, will face "
        "him again at the Academy Awards.\n\n"
        '"It is the first time I have come to the awards," he told reporters.\n'
    )
    assert speakers(text) == [("It is the", "DiCaprio")]


def test_a_description_names_the_roleless_subject_just_before_it() -> None:
    text = (
        '"I am almost a month behind but on the right track," said Hicham Guerrouj, the '
        "Olympic champion.\n\n"
        "Britain's Paula Radford has also not ruled out the World Cross Country. "
        '"It is an event which is also special to me," said the two-time champion.\n'
    )
    assert [s for _, s in speakers(text)] == ["Hicham Guerrouj", "Paula Radford"]


def test_a_caption_before_a_name_with_a_who_clause_and_a_quantified_noun() -> None:
    text = (
        "Scroll down for video The boxes of applications piled up in an office in Liverpool last "
        "summer Keith Vass, who as chairman of the committee led the calls for compensation, "
        "said last night: ‘I am astonished so few people have been given compensation.’\n\n"
        "The Passport Office said it could not say how many claims were rejected, partly "
        "because of ‘the system failure of our complaint database’.\n"
    )
    quotes = digest_document(text, "story.txt").quotes
    assert (quotes[0].speaker, quotes[0].cue) == ("Keith Vass", "said")
    assert quotes[1].cue == "said"


def test_they_after_a_couple_is_the_couple_not_the_newspaper() -> None:
    text = (
        "In a front-page piece in The Boston Globe, Bill and Denise Richardson wrote about the "
        "toll on their family.\n\n"
        "Their daughter, Jane, was also injured.\n\n"
        '"Our family has grieved and endured numerous surgeries," they said in the column.\n\n'
        '"We believe that now is the time to turn the page," they wrote.\n'
    )
    said = [s for _, s in speakers(text)]
    assert len(said) == 2 and said[0] == said[1]
    assert said[0] in ("Bill Richardson", "Denise Richardson")  # one of the couple


def test_a_verdict_of_someone_after_the_quotation_names_the_speaker() -> None:
    text = (
        '"The electorate are keener on the government than some party members," is the dry '
        "assessment of Graham Layne, leader of the Labour group on Newham Council.\n"
    )
    assert speakers(text) == [("The electorate are", "Graham Layne")]


def test_a_speaker_introduced_by_the_body_he_speaks_for() -> None:
    text = (
        "The men were arrested when they landed on Tuesday. Massoud Shadjari, from the Muslim "
        'Safety Forum, said: "What sort of homecoming is this? They are innocent people."\n'
    )
    assert speakers(text) == [("What sort of", "Massoud Shadjari")]


def test_the_fed_is_the_federal_reserve_the_text_named() -> None:
    text = (
        "The US Federal Reserve raised rates on Wednesday. In a statement, the Fed said that "
        'inflation pressures remained "well contained" for now.\n'
    )
    assert speakers(text) == [("well contained", "US Federal Reserve")]


def test_a_subject_after_earlier_is_who_he_means() -> None:
    text = (
        "Richard Cabourn said the government was tackling the problem. Earlier Tony Blaire "
        "defended the plans against criticism from one of his own backbenchers.\n\n"
        '"My view of this is very clear," he told MPs.\n'
    )
    assert speakers(text) == [("My view of", "Tony Blaire")]


def test_a_her_inside_quotation_marks_says_nothing_of_the_speakers_sex() -> None:
    text = (
        'Joss Whedan described the character as "the most iconic female heroine of our time". '
        '"In a way, no one has met her yet," he said.\n'
    )
    assert [s for _, s in speakers(text)] == ["Joss Whedan", "Joss Whedan"]


def test_a_firm_named_without_its_company_word() -> None:
    text = (
        "Two guests were found dead on a cruise ship, the Atlantic Shipping Company said on "
        "Friday. The shipping firm runs six ships.\n\n"
        '"The cabin was immediately secured," Atlantic Shipping said.\n'
    )
    assert speakers(text) == [("The cabin was", "Atlantic Shipping Company")]


def test_a_long_possessive_office_before_the_name_after_the_quotation() -> None:
    text = (
        "Sweden has dropped its investigation.\n\n"
        "“The evidence is not strong enough,” Sweden’s deputy director of public prosecutions, "
        "Eva-Marie Perrson, said at a news conference.\n"
    )
    assert speakers(text) == [("The evidence is", "Eva-Marie Perrson")]


def test_comments_as_a_reporting_verb() -> None:
    text = (
        "Tom Johnstone founded the band in 1970.\n\n"
        "“We're truly excited about our anniversary tour,” comments Johnstone in a statement.\n"
    )
    quotes = digest_document(text, "story.txt").quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Tom Johnstone", "comments")]


def test_a_county_after_the_town_is_no_speaker_and_no_person() -> None:
    text = (
        "Two people were arrested after the protest. Fellow protester, mechanical engineer "
        "Richard Wearing, 60, from Tynemouth, North Tyneside, said: “I started my career in "
        "the shipyards of Tyneside.”\n"
    )
    digest = digest_document(text, "story.txt")
    assert [p.name for p in digest.people] == ["Richard Wearing"]
    assert [q.speaker for q in digest.quotes] == ["Richard Wearing"]


def test_a_relative_clause_ends_the_appositive_before_the_verb() -> None:
    text = (
        "The police arrived later. David Savidge, a former police officer who responded said: "
        "“She told a bizarre tale of being held captive.”\n"
    )
    assert speakers(text) == [("She told a", "David Savidge")]


def test_the_person_before_of_the_paper_speaks_not_the_paper() -> None:
    text = (
        'Rebecca Englund of the Daily Mail recalled: "I was there at the time and witnessed it."\n'
    )
    assert speakers(text) == [("I was there", "Rebecca Englund")]
    text = (
        "Wales won in Israel last weekend.\n\n'The stunning performance has created a huge "
        "buzz,' the Football Association of Wales said in a statement on its website.\n"
    )
    assert speakers(text) == [("The stunning performance", "Football Association of Wales")]


def test_shared_as_a_reporting_verb() -> None:
    text = (
        "Travis Kelsey hosts a podcast.\n\n“I like to see it from the fans’ side,” Kelsey shared.\n"
    )
    quotes = digest_document(text, "story.txt").quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Travis Kelsey", "shared")]


def test_said_the_following_introduces_the_next_paragraph() -> None:
    text = (
        "When Chris Wallis asked him about the briefings, Donald Trumpet said the following.\n\n"
        "“Well, I get it when I need it. I don’t have to be told every day.”\n"
    )
    assert speakers(text) == [("Well, I get", "Donald Trumpet")]


def test_a_new_sentence_reporting_something_else_is_no_attribution() -> None:
    text = (
        'Mr Frosst added: "The housing market outlook remains highly uncertain. "The risks '
        'will worsen considerably." CBI chief economist Ian McCaffrey said the economy had '
        '"slowed in recent months".\n'
    )
    assert [s for _, s in speakers(text)] == ["Frosst", "Frosst", "Ian McCaffrey"]


def test_an_organisations_role_before_the_comma_and_the_name() -> None:
    text = (
        "The EEF said it expected the hold.\n\n"
        '"So far the evidence suggests rate rises have helped," said EEF chief economist, Steve '
        'Radleigh.\n\n"If you are issued an ID, you want to be sure of it," Authenti-corp\'s CEO, '
        "Cynthia Musselmann, told the BBC.\n"
    )
    assert [s for _, s in speakers(text)] == ["Steve Radleigh", "Cynthia Musselmann"]


def test_a_name_closing_a_relative_clause_is_not_the_subject() -> None:
    text = (
        "Home Secretary Charles Clarke spoke on Friday. Farmer Tony Martyn was jailed in 1999. "
        "But the home secretary said the law was fair. The barrister who had represented Mr "
        'Martyn had said the rules were "weighted overwhelmingly" in favour of the householder, '
        'said Mr Clarke. He said: "The problem is there has not been enough understanding."\n'
    )
    quotes = dict(speakers(text))
    assert quotes["weighted overwhelmingly"] != "Tony Martyn"
    assert quotes["The problem is"] == "Charles Clarke"


def test_bodies_rulings_and_roles_between_the_name_and_the_cue() -> None:
    text = (
        "The research was published on Monday.\n\n"
        '"You started off with young male users," Paul Goosen, head of Preventon told the BBC.\n\n'
        '"Everything is going digital," Kirsten Pfeiffer from the Consumer Electronics '
        "Association, told the BBC.\n\n"
        'Amnesty International\'s Jan Shore said: "The policy is bleakly ironic."\n\n'
        "Lord Bingham - a senior law lord - said the rules were wrong. Lord Nicholls of "
        'Birkenhead, in his ruling, said: "Indefinite imprisonment is anathema."\n'
    )
    assert [s for _, s in speakers(text)] == [
        "Paul Goosen",
        "Kirsten Pfeiffer",
        "Jan Shore",
        "Nicholls",
    ]


def test_a_bands_frontman_is_who_he_means_not_the_band() -> None:
    text = (
        "Franz Ferdinando frontman Alex Kapranoss has called for more help for musicians.\n\n"
        '"For any cultural output to thrive there needs to be state input," he said. Franz '
        "Ferdinando won two awards last year.\n"
    )
    digest = digest_document(text, "story.txt")
    assert [p.name for p in digest.people] == ["Alex Kapranoss"]
    assert [q.speaker for q in digest.quotes] == ["Alex Kapranoss"]


def test_a_reports_words_are_its_issuers() -> None:
    text = (
        "Aid budgets are half their 1960 levels, Oxfan says in a report, Paying the Price.\n\n"
        'The report said: "For rich countries, providing aid is an obligation and a matter of '
        'justice."\n'
    )
    digest = digest_document(text, "story.txt")
    assert [q.speaker for q in digest.quotes] == ["Oxfan"]
    assert "Oxfan" in digest.organizations


def test_words_that_end_the_object_of_said_are_the_subjects() -> None:
    text = (
        "Tony Blaire is at a summit in Brussels. French President Jacques Chirrac reacted to "
        "his warning. Mr Blaire has been closer to President Bush than any other leader.\n\n"
        'He said some people were in "a sort of state of denial" about the result but predicted '
        'a more "receptive mood" would emerge soon. "The fact is that Bush is there for four '
        'years," he argued. The host, Defense Council board member Nicole Ledderer, has said '
        'the pipeline "is against the best interest of our country."\n'
    )
    assert [s for _, s in speakers(text)] == [
        "Tony Blaire",
        "Tony Blaire",
        "Tony Blaire",
        "Nicole Ledderer",
    ]


def test_an_opening_adverbial_and_a_long_body_as_subjects() -> None:
    text = (
        "Roger Federrer won again. Shortly after collecting a trophy, Federrer addressed the "
        'crowd and concluded by saying "thanks for having me".\n\n'
        "The China Three Gorges Project Corp could now face a fine. Last week, it denied that "
        'its projects broke the rules. "The corporation has all along abided by the law," it '
        "said.\n"
    )
    assert [s for _, s in speakers(text)] == ["Roger Federrer", "China Three Gorges Project Corp"]


def test_a_colon_after_a_closed_quotation_introduces_the_next_one() -> None:
    text = (
        "Dave Collinss takes over from Max Joness.\n\n"
        '"We have searched long and hard," said chief executive David Moorcroftt. "We have '
        'thoroughly tested the candidates." Collinss said: "It is a great challenge."\n'
    )
    assert [s for _, s in speakers(text)] == [
        "David Moorcroftt",
        "David Moorcroftt",
        "Dave Collinss",
    ]


def test_a_counterpart_named_after_a_possessive_is_the_subject() -> None:
    text = (
        "Arsene Wengerr said his side would recover.\n\n"
        '"This was a bad night," said Wengerr. But Wengerr\'s Bayern counterpart Felix Magathh '
        'was in no mood to celebrate either. He said: "I am far from happy despite the win."\n'
    )
    assert [s for _, s in speakers(text)] == ["Arsene Wengerr", "Felix Magathh"]


def test_a_pronoun_after_a_gendered_noun_does_not_give_the_person_its_sex() -> None:
    text = (
        "According to Dr Asierr Saezz, of the Institut Pasteur in Paris, the Frenchwoman does "
        'not have the genetic factors. "She is doing perfectly well," said Saezz.\n\n'
        'But he added: "Very clearly this girl is not cured."\n'
    )
    assert [s for _, s in speakers(text)] == ["Asierr Saezz", "Asierr Saezz"]


def test_a_capitalised_but_marks_a_caption_run_into_the_text() -> None:
    text = (
        "Boss Nigell Pearsonn has urged Leicester to keep their cool.\n\n"
        "Jamiee Vardyy scored a winner against West Brom on Saturday Vardyy celebrates in "
        "front of the fans after the winner against West Brom But after their revival, "
        "Pearsonn wants his side to remain focused.\n\n"
        '"I\'m very wary of people flipping the emphasis," he said.\n'
    )
    assert [s for _, s in speakers(text)] == ["Nigell Pearsonn"]


def test_the_prime_minister_is_the_one_roleless_person_named_before_and_after() -> None:
    text = (
        "Tory leader Michaell Howardd has accused Tonyy Blairr of U-turns.\n\n"
        "Police Commissioner Sir Johnn Stevenss backed a change in the law. The pressure "
        'prompted the prime minister to order a review. He told MPs: "If we get the right '
        'response, we will support a change in the law." Mr Blairr did not say when.\n'
    )
    assert [s for _, s in speakers(text)] == ["Tonyy Blairr"]
    blair = next(p for p in digest_document(text, "x.txt").people if p.name == "Tonyy Blairr")
    assert blair.role == "Prime Minister"


def test_a_person_after_a_preposition_in_the_sentence_before_is_not_who_she_means() -> None:
    text = (
        'Justine Heninn lost on Sunday. "I will be heading to Australia," she said. The '
        "previous day, the Olympic champion went down 6-2 7-5 to France's Nathalie Dechyy.\n\n"
        '"I have to be positive, I still have a few weeks," she said.\n'
    )
    assert [s for _, s in speakers(text)] == ["Justine Heninn", "Justine Heninn"]


def test_who_told_in_the_sentence_before_is_who_she_means() -> None:
    text = (
        "Clivve Owenn got a nomination. It is also a debut nomination for Imelda Stauntonn, "
        '49, who told BBC News 24 she had not expected it. "It was an extraordinary time," '
        'she said. "We are dealing with a difficult subject." Mike Leighh, who had three '
        'nominations before, told BBC News 24 the latest success was "amazing".\n'
    )
    assert [s for _, s in speakers(text)] == [
        "Imelda Stauntonn",
        "Imelda Stauntonn",
        "Mike Leighh",
    ]


def test_a_name_with_its_body_in_brackets_before_told() -> None:
    text = (
        '"The story this year remains all about digital," Jeff Josephh, from the Consumer '
        'Electronics Association (CEA) told the BBC News website. "It is about '
        'personalisation."\n'
    )
    assert [s for _, s in speakers(text)] == ["Jeff Josephh", "Jeff Josephh"]


def test_a_woman_called_chairman_is_she() -> None:
    text = (
        "UKIP chairman Petrinna Holdsworthh urged the men to step down in a letter.\n\n"
        'She said: "The party has taken legal advice."\n'
    )
    assert [s for _, s in speakers(text)] == ["Petrinna Holdsworthh"]


def test_an_adverb_between_the_pronoun_and_said() -> None:
    text = (
        "Sir Nicholass Scottt was sacked in 1994. After his sacking, he bitterly said that the "
        'Eurosceptics were "absolutely determined to get rid of me".\n'
    )
    assert [s for _, s in speakers(text)] == ["Nicholass Scottt"]


def test_a_closing_attribution_with_a_role_before_the_name() -> None:
    text = (
        'Snow Patrol had "no other course of action" but to ask their bassist to leave the '
        "band, lead singer Garry Lightbodyy has said.\n"
    )
    assert [s for _, s in speakers(text)] == ["Garry Lightbodyy"]


def test_went_on_to_claim_and_a_participle_opening_the_sentence() -> None:
    text = (
        'England coach Andy Robinsonn had said he was "livid". The England coach went on to '
        'claim that "only one side was refereed".\n\n'
        "Kate Winsllet arrived early.\n\n"
        "Shivering in a floor-length dress, the actress stopped to sign autographs and joked: "
        '"It\'s tight but I love it."\n'
    )
    assert [s for _, s in speakers(text)] == ["Andy Robinsonn", "Andy Robinsonn", "Kate Winsllet"]


def test_a_lead_that_has_someone_said_names_them_in_the_next_paragraph() -> None:
    text = (
        'The German music business is "in the state of a zombie" because it has failed to '
        "respond to piracy, a leading industry figure has said.\n\n"
        "Timm Rennerr, the head of Universal Music Germany until last year, told the BBC that "
        "the country was slow.\n"
    )
    assert [s for _, s in speakers(text)] == ["Timm Rennerr"]
    text = text.replace("told the BBC that", "was replaced by")
    assert [s for _, s in speakers(text)] == [None]


def test_a_quotation_after_a_sentence_whose_subject_is_he_stays_his() -> None:
    text = (
        'Lord Goldsmithh said: "I was fully involved throughout." He said the answer had been '
        "prepared with two officials, a QC, Christopherr Greenwoodd and the Lord Chancellor. "
        '"No other minister or official was involved in any way." "The answer did not purport '
        'to be a summary," he said. "It was my view." Former foreign secretary Robinn Cookk said '
        "Lord Goldsmithh's admission suggested Parliament may have been misled.\n"
    )
    assert [s for _, s in speakers(text)] == ["Goldsmithh"] * 4


def test_an_institution_named_with_a_possessive_inside_speaks() -> None:
    text = (
        "Protests turned violent, the Morton County Sheriff's Department said. Greenpeace "
        'called it "another example of a pipeline without review."\n\n'
        '"Protesters assaulted private security officers," the sheriff\'s department said.\n'
    )
    d = digest_document(text, "x.txt")
    assert "Morton County Sheriff's Department" in d.organizations
    assert [s for _, s in speakers(text)][-1] == "Morton County Sheriff's Department"


def test_a_description_opening_the_sentence_before_is_who_he_means() -> None:
    text = (
        'Chelsea defender William Gallass said: "Every player will want to come first." '
        "Gallass has been given confidence by the impact manager Jose Mourinhoo has had.\n\n"
        "And the French international defender believes Mourinhoo is suited to boss the squad. "
        '"It\'s only normal when you have got a team like this," he said.\n'
    )
    assert [s for _, s in speakers(text)] == ["William Gallass", "William Gallass"]


def test_one_in_three_is_no_role_before_a_name_and_said_the_body_closes_a_sentence() -> None:
    text = (
        '"We\'re a nation of lazy so-and-sos," Davidd Noonee from Intervoice said. "We put the '
        'numbers in our phones." One in three women, the survey said, thought so.\n\n'
        'The department had "seriously interfered" with its work, said the Constitutional '
        "Affairs Select Committee.\n"
    )
    assert [s for _, s in speakers(text)] == [
        "Davidd Noonee",
        "Davidd Noonee",
        "Constitutional Affairs Select Committee",
    ]


def test_a_plural_possessive_owns_the_lawyer_who_speaks() -> None:
    text = (
        "Kostas Kenteriss missed the tests.\n\nBut Kenteriss' lawyer Gregory Ioannidiss told BBC "
        'Sport he was confident the sprinters would be cleared. "We refute both charges as '
        'unsubstantiated," he said.\n'
    )
    assert [s for _, s in speakers(text)] == ["Gregory Ioannidiss"]


def test_an_affiliation_without_a_closing_comma_a_with_clause_and_a_question_posed_by() -> None:
    text = (
        "Dr Erell Avinerii, of the Centre for Transport and Society at the University of the "
        'West of England in Bristol said: "The design is not adjusted to the elderly."\n\n'
        "The trouble began on the show, with Maria Hutchingss marching up to him, saying "
        '"Tony, that\'s rubbish" as she tried to complain.\n\n'
        'Can you imagine the question posed by Brighton nurse Mariona Brownn: "Would you '
        "wipe somebody's backside for £5?\"\n"
    )
    assert [s for _, s in speakers(text)] == [
        "Erell Avinerii",
        "Maria Hutchingss",
        "Mariona Brownn",
    ]


def test_a_record_label_is_no_reporting_verb() -> None:
    text = (
        "Tony Wilsonn, the music mogul, is to launch a new label - convinced he has discovered "
        'his "third major band". Now Wilsonn believes rap act Raw T - signed to his F4 label - '
        'will "complete the hat-trick".\n'
    )
    assert [s for _, s in speakers(text)] == ["Tony Wilsonn", "Tony Wilsonn"]


def test_a_quotation_in_an_opening_subordinate_clause_is_the_main_clauses_speaker() -> None:
    text = (
        'While accepting that people "have to be prepared" for a possible attack, Mr Solanaa '
        'said he had "qualms" about the plans. Javierr Solanaa is the EU foreign policy chief.\n'
    )
    assert [s for _, s in speakers(text)] == ["Javierr Solanaa", "Javierr Solanaa"]


def test_a_verb_with_to_inside_a_reported_clause_is_not_the_reporting_verb() -> None:
    text = (
        "Foreign Secretary Jackk Strawe told the Commons that the US had agreed to release the "
        'four after "intensive and complex discussions" over security.\n\n'
        'Donald Trumpp also vowed to harshly punish "those who violate classification rules."\n'
    )
    assert [s for _, s in speakers(text)] == ["Jackk Strawe", "Donald Trumpp"]


def test_a_given_name_that_is_a_month_opening_a_sentence_before_said() -> None:
    text = 'Police leaders are angry.\n\nJan Berryy said: "It is a service, not a football."\n'
    assert [s for _, s in speakers(text)] == ["Jan Berryy"]


def test_the_name_before_an_apposition_in_dashes_speaks() -> None:
    text = (
        '"We used to see street hustlers do this kind of thing," Andrei Illarionov - then '
        "economic adviser to President Vladimir Putin - told a press conference.\n"
    )
    assert speakers(text) == [("We used to", "Andrei Illarionov")]


def test_a_publicist_whose_surname_is_a_common_word() -> None:
    text = (
        "Nicole Kidman sought the orders after advice from police.\n\n"
        '"Nicole would like to make it clear that she respects reporters," said Kidman\'s '
        "publicist Wendy Day.\n\nThe day in court was long.\n"
    )
    assert speakers(text) == [("Nicole would like", "Wendy Day")]


def test_a_person_after_a_preposition_and_a_description_is_no_object_he_means() -> None:
    text = (
        "Tony Blair said he would meet concerns about the bill. But changes must not overturn "
        "the ruling that doctors could withdraw feeding from Hillsborough coma victim Tony "
        'Bland. "It is important we do not end up in confusion," he said.\n\n'
        "Spain's minister of sport Jaime Lissavetzky was quick to back the decision against "
        'coach Luis Aragones. "Everyone has to consider their declarations," he said.\n'
    )
    assert speakers(text) == [
        ("It is important", "Tony Blair"),
        ("Everyone has to", "Jaime Lissavetzky"),
    ]


def test_a_paragraph_break_lost_in_the_archive_keeps_the_speaker() -> None:
    text = (
        "John Wardle said the club was not for sale. He added: \"I've no intention of selling "
        "Shaun Wright-Phillips. \"If someone comes with a silly bid I'll have to discuss it. "
        '"But we\'re not putting him on the shelf to sell. He is the heart of this club." '
        "City recently announced debts of £62m.\n"
    )
    assert speakers(text) == [
        ("I've no intention", "John Wardle"),
        ("If someone comes", "John Wardle"),
        ("But we're not", "John Wardle"),
    ]


def test_is_said_to_is_hearsay_not_an_attribution() -> None:
    text = (
        "Richard Dunne is ready to commit his future to the club. Early talks have taken place "
        'and the defender said: "I definitely want to stay at City because I have improved '
        'here." Newcastle boss Graeme Souness is said to have been impressed by Dunne.\n'
    )
    assert speakers(text) == [("I definitely want", "Richard Dunne")]


def test_he_after_a_sentence_whose_subject_is_a_description() -> None:
    text = (
        "Veteran actor Tom Hanks met director Steven Spielberg on Monday. Spielberg praised the "
        'film. But the 64-year-old actor stayed quiet at first. He added: "It was a fine day '
        'for all of us."\n'
    )
    assert speakers(text) == [("It was a", "Tom Hanks")]


def test_a_listed_name_is_no_subject_and_a_participle_opens_no_attribution() -> None:
    text = (
        "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem elections "
        'chief Lord Rennard said. He said it was "nothing personal" in every case.\n\n'
        'Paul Boateng is the new envoy. Mr Boateng said: "I am honoured to be asked to take on '
        'this role. "There shall be many new challenges ahead." Asked if he was appointed '
        'fairly, he replied: "I have been appointed as a result of a process."\n'
    )
    assert speakers(text) == [
        ("nothing personal", "Rennard"),
        ("I am honoured", "Paul Boateng"),
        ("There shall be", "Paul Boateng"),
        ("I have been", "Paul Boateng"),
    ]
    # (a name after a comma that opens the main clause is still its subject)
    text = (
        "The Snopes writer David Emery shared the story. In a tweet that attributes a quote "
        'to President-elect Trump, Emery states, "Incredibly, some people actually think they '
        'have to put words in his mouth."\n'
    )
    assert speakers(text) == [("Incredibly, some people", "David Emery")]


def test_a_shadow_office_is_not_the_office_and_more_speech_verbs() -> None:
    text = (
        "Chancellor rallies voters\n\n"
        "Gordon Brown has issued a rallying cry. The chancellor said the vote will give a "
        '"clear and fundamental" choice. He said the cuts proposed by shadow chancellor Oliver '
        "Letwin were wrong.\n\n"
        '"Did you ever know him to make an entry into the books?" Mr Weingarten pressed.\n\n'
        '"Don\'t you care about the Inuit?", implored campaigner Barry Lim. "That was a total '
        'disaster," a crestfallen Mr Lim confided in the presenter.\n'
    )
    assert speakers(text) == [
        ("clear and fundamental", "Gordon Brown"),
        ("Did you ever", "Weingarten"),
        ("Don't you care", "Barry Lim"),
        ("That was a", "Barry Lim"),
    ]


def test_an_age_with_no_office_describes_the_person_the_story_is_about() -> None:
    text = (
        "Richard Dunne is ready to commit his future to City. Dunne was once threatened with "
        "the sack.\n\nNewcastle boss Graeme Souness is said to have been impressed by Dunne's "
        "form. But the 25-year-old Dubliner underlined his intention to stay. He added: \"It's "
        'nice to be linked with top clubs. "I really enjoy it at City." Keegan is expected to '
        "be told there will be no funds.\n"
    )
    assert speakers(text) == [
        ("It's nice to", "Richard Dunne"),
        ("I really enjoy", "Richard Dunne"),
    ]


def test_the_report_of_the_body_the_paragraphs_are_about() -> None:
    text = (
        "Two million people could be thrown into poverty, the Asian Development Bank (ADB) has "
        "said.\n\nIn its first overview of the disaster, the ADB said growth would suffer only "
        "slightly. The ADB fears that one million Indonesians could join them. Oil facilities "
        '"have survived intact", the report said.\n'
    )
    assert speakers(text) == [("have survived intact", "Asian Development Bank")]


def test_a_role_then_its_holder_in_apposition_and_a_name_holding_says() -> None:
    text = (
        "The firm agreed to pay. James Hardie chairwoman, Meredith Hellicar, said the deal "
        'provided for a funding arrangement "that is affordable, sensible and workable".\n\n'
        'Graham Robb, spokesman for North East Says No, said the campaign had gone "into the '
        'gutter" for good.\n\n'
        '"England have the ability to win," said England sevens coach Mike Friday.\n\n'
        '"It is a shrivelled husk of a company," said retail analyst Nick Bubb of Evolution '
        "Securities.\n"
    )
    assert speakers(text) == [
        ("that is affordable,", "Meredith Hellicar"),
        ("into the gutter", "Graham Robb"),
        ("England have the", "Mike Friday"),
        ("It is a", "Nick Bubb"),
    ]


def test_shares_is_a_noun_not_a_reporting_verb() -> None:
    text = (
        "Vivendi is under investigation by the AMF. Vivendi has rejected the charge, saying the "
        'decision to buy the Cegetel shares was "no more than a possibility" at the time.\n'
    )
    assert speakers(text) == [("no more than", "Vivendi")]


def test_the_topic_of_the_words_is_not_their_speaker() -> None:
    text = (
        "Cate Blanchett, who won for playing screen legend Katharine Hepburn, said her award "
        'was "an indescribable surprise and honour". Of Hepburn, she said: "The longevity of '
        'her career is inspiring to everyone."\n\n'
        "Charles Kennedy spoke in Cheltenham. But he said Mr Blair had lost the trust of the "
        'people. "There is a fundamental lack of trust in Tony Blair as prime minister," he '
        "said.\n"
    )
    assert speakers(text) == [
        ("an indescribable surprise", "Cate Blanchett"),
        ("The longevity of", "Cate Blanchett"),
        ("There is a", "Charles Kennedy"),
    ]


def test_he_is_not_the_object_of_his_own_sentence() -> None:
    text = (
        'Commons leader Peter Hain has warned of "dangerous complacency" among voters. If '
        'voters "stayed at home" they could see Tory leader Michael Howard "coming in the back '
        'door to Number 10", he added.\n'
    )
    assert speakers(text) == [
        ("dangerous complacency", "Peter Hain"),
        ("stayed at home", "Peter Hain"),
        ("coming in the", "Peter Hain"),
    ]


def test_the_prime_minister_is_not_the_deputy_prime_minister() -> None:
    text = (
        "Finch denies pact\n\n"
        "Harold Finch has dismissed reports of a pact with Owen Marsh.\n\n"
        '"You do not do deals like this," the prime minister told the BBC. A new book says '
        "Mr Finch went back on a pledge to Mr Marsh.\n\n"
        "At a dinner hosted by Deputy Prime Minister Ray Dolan he told Mr Marsh of his plan. "
        'According to the book the prime minister said: "Help me through the year."\n'
    )
    assert speakers(text) == [
        ("You do not", "Harold Finch"),
        ("Help me through", "Harold Finch"),
    ]


def test_the_mp_for_a_seat_is_the_member_just_named() -> None:
    text = (
        "MP praises rivals\n\n"
        "Derek Watts said the campaign had been too long. Mr Watts predicted it would start "
        "properly after the budget. The MP for Sittingbourne and Sheppey said Prime "
        'Minister Tony Blair had been "trying very hard" to win trust.\n'
    )
    assert speakers(text) == [("trying very hard", "Derek Watts")]


def test_a_subject_reported_as_saying_is_the_speaker() -> None:
    text = (
        "Patents row\n\n"
        'Mitchell Karp warned of lawsuits. "Some patents are dubious," said Dr Jeremy Pilbeam. '
        '"They will unleash the lawyers," Mr Karp is reported as saying. Others disagreed.\n\n'
        'Gordon Bell spoke too. In the book Mr Karp is alleged to have told Mr Bell: "Nothing '
        'you say will make me believe you."\n'
    )
    assert speakers(text) == [
        ("Some patents are", "Jeremy Pilbeam"),
        ("They will unleash", "Mitchell Karp"),
        ("Nothing you say", "Mitchell Karp"),
    ]


def test_an_apposition_left_without_its_closing_comma() -> None:
    text = (
        "Cuts ahead\n\n"
        "Mr Brown announced plans to merge agencies. Mark Selwood, the leader of the Public and "
        'Commercial Services Union said: "We had the day of the long knives last year."\n'
    )
    assert speakers(text) == [("We had the", "Mark Selwood")]


def test_an_infinitive_names_no_speaker_the_sentence_end_does() -> None:
    text = (
        "Rule intact\n\n"
        "Ed Ball spoke about Gordon Brown. Gordon Brown's decision to announce the date of the "
        'Budget while in China was a "sensible thing to do", since he was talking about skills at '
        "the time, Mr Ball told the BBC.\n"
    )
    assert speakers(text) == [("sensible thing to", "Ed Ball")]


def test_a_bodys_own_text_speaks_for_it() -> None:
    text = (
        "Rates on hold\n\n"
        "The Bank of England held rates. MPC member Paul Tucker voted for a rise. He argued growth "
        "was picking up.\n\n"
        'The Bank\'s minutes said that risks were "sufficiently to the downside" to keep rates '
        'on hold. However, the minutes added: "Some members noted that a rise might be '
        'warranted."\n\n'
        "Manchester United are in talks. Glazer owns a stake in the club, and United's statement "
        'to the stock exchange said: "The board has noted the recent press speculation."\n'
    )
    assert speakers(text) == [
        ("sufficiently to the", "Bank of England"),
        ("Some members noted", "Bank of England"),
        ("The board has", "Manchester United"),
    ]


def test_and_continued_keeps_the_speaker() -> None:
    text = (
        "Gambling bill\n\n"
        'Tessa Jowett spoke to the paper. Ms Jowett insisted: "We have a good track record." '
        'And continued: "We can be proud of it." Ms Jowett will speak on Monday.\n'
    )
    assert speakers(text) == [("We have a", "Tessa Jowett"), ("We can be", "Tessa Jowett")]


def test_a_text_and_its_author() -> None:
    text = (
        "Firms and HIV\n\n"
        'Only 7% of firms have policies, according to the report. The report adds "an important '
        'building block to our understanding," said David Bloom, professor of economics at '
        "Harvard.\n\n"
        "Tony Blair spoke. Gordon Brown spoke. The book, by Sunday Telegraph journalist Robert "
        'Peston and serialised in the newspaper, said the pair had "mutual animosity and '
        'contempt" for each other.\n'
    )
    assert speakers(text) == [
        ("an important building", "David Bloom"),
        ("mutual animosity and", "Robert Peston"),
    ]


def test_a_surname_misspelt_by_one_letter_is_the_person_named() -> None:
    text = (
        "Sunsets\n\n"
        "The colour caught Seattle native Tim Durkan's eye. He shared shots online.\n\n"
        '"The dramatic sunsets began showing up over the weekend," Durken said. "It was red," '
        "Brown said.\n"
    )
    # ("Brown", two letters off, is someone else: a surname alone opening its clause)
    assert speakers(text) == [("The dramatic sunsets", "Tim Durkan"), ("It was red", "Brown")]


def test_points_out_and_an_organisations_initials() -> None:
    text = (
        "Holmes out\n\n"
        'Holmes has pulled out. "Well, it is a lot easier being champion," points out BBC '
        "pundit Steve Crane.\n\n"
        'General Motors has warned on profits. GM said it expects to meet its targets "despite '
        'a tough competitive environment".\n'
    )
    assert speakers(text) == [
        ("Well, it is", "Steve Crane"),
        ("despite a tough", "General Motors"),
    ]


def test_a_daughter_named_after_a_possessive_ending_in_s() -> None:
    text = (
        "Festival tickets\n\n"
        "Michael Eavis spoke. When the idea was floated, Mr Eavis' daughter Emily said it would "
        'be "quite a big step in terms of ticketing" if implemented.\n'
    )
    assert speakers(text) == [("quite a big", "Emily Eavis")]


def test_two_descriptions_of_one_named_speaker() -> None:
    text = (
        "Holmes out\n\n"
        'Holmes has pulled out. "Well, it is a lot easier being champion," points out former '
        'Olympian and BBC pundit Steve Crane. "It was fun," said Smith and Jones. "It was good," '
        "said former Wales captain and BBC pundit Jonathan Davis.\n"
    )
    assert speakers(text) == [
        ("Well, it is", "Steve Crane"),
        ("It was fun", None),
        ("It was good", "Jonathan Davis"),
    ]


def test_who_has_already_admitted() -> None:
    text = (
        "Holmes out\n\n"
        "Kelly Holmer has pulled out of the championships. The demands will only get harder for "
        'Holmer, who has already admitted she "doesn\'t like the training anymore." Steve Crane '
        "spoke.\n"
    )
    assert speakers(text) == [("doesn't like the", "Kelly Holmer")]


def test_a_surname_that_is_a_common_word_or_a_reporting_verb_still_speaks() -> None:
    text = (
        "Free-kick row\n\n"
        'Referee Graham Poll explained the goal. "I deal with the laws of the game," said Poll. '
        'Poll added: "I gave the signal for him to take it."\n\n'
        'The song was written by radio DJ Mike Read. "It is a natural home for it," Read said.\n'
    )
    assert speakers(text) == [
        ("I deal with", "Graham Poll"),
        ("I gave the", "Graham Poll"),
        ("It is a", "Mike Read"),
    ]


def test_a_title_in_its_own_apposition_before_the_name_that_speaks() -> None:
    text = (
        "Card fraud\n\n"
        "The site listed several groups. The head of the unit, Acting Detective Chief "
        'Superintendent, Mick Deane, said: "This investigation has disrupted organised crime."\n'
    )
    assert speakers(text) == [("This investigation has", "Mick Deane")]


def test_a_newspaper_named_with_daily_speaks() -> None:
    text = (
        "Tobacco ban\n\n"
        'The regulator spoke on Monday. "It is especially bad news for the firm", the China '
        "Daily newspaper said of the latest development.\n"
    )
    assert speakers(text) == [("It is especially", "China Daily")]


def test_a_name_then_explained_why_after_a_full_stop_reports_something_else() -> None:
    text = (
        "Free-kick row\n\n"
        'Referee Graham Poll defended the goal. Poll added: "I gave the signal. "The same thing '
        'happened two years ago and nobody complained." Henry explained why he paused before '
        "striking the ball.\n"
    )
    assert speakers(text) == [("I gave the", "Graham Poll"), ("The same thing", "Graham Poll")]


def test_and_added_after_a_but_clause_is_that_clauses_subject() -> None:
    text = (
        "Extradition\n\n"
        "US Customs claimed Mr Griffin was one of the leaders but his lawyer, Antony Townes, "
        'told the BBC it was a laughable suggestion and added: "He was living on welfare and '
        'had an old computer."\n'
    )
    assert speakers(text) == [("He was living", "Antony Townes")]


def test_the_radio_station_is_the_body_whose_name_says_radio() -> None:
    text = (
        "New shows\n\n"
        "BBC Radio will replace the late-night show in February. The presenter also works "
        'with the Arts Council. "It is widely accepted that he can never be replaced," said '
        "the radio station.\n"
    )
    assert speakers(text) == [("It is widely", "BBC Radio")]


def test_a_possessive_after_said_opens_the_reported_clause_and_is_no_subject() -> None:
    text = (
        "Retailer bankrupt\n\n"
        '"We will generate excitement in the stores," Peter Lund said. Yet Evan Marr, a senior '
        "bond analyst at Credit Watch, said Mr Lund's job would not be easy. \"The real big "
        'issue is what happens next," he said.\n'
    )
    assert speakers(text) == [("We will generate", "Peter Lund"), ("The real big", "Evan Marr")]


def test_it_added_after_a_sentence_whose_subject_is_the_body() -> None:
    text = (
        "Fuel tax\n\n"
        'Airlines face a tax on jet fuel from the European Union. "Our industry is in crisis," '
        'said Ulrich Strauss, head of the Association of European Airlines. "It is unfair," he '
        "continued.\n\n"
        "The EU sought to allay the airlines' fears, stressing that Thursday's meeting was only "
        'a first step. It added that any tax "should not hinder the competitiveness of the '
        'airlines".\n'
    )
    assert speakers(text) == [
        ("Our industry is", "Ulrich Strauss"),
        ("It is unfair", "Ulrich Strauss"),
        ("should not hinder", "European Union"),
    ]


def test_an_accusation_is_its_owners_and_what_he_called_is_the_last_named() -> None:
    text = (
        "Strikes\n\n"
        "Mr Sharpe's hard words opened divisions in his government, with left-wing Mr Perez "
        'denouncing what he called a bid to cause "the downfall of the authority". Radio said Mr '
        "Perez had called a meeting to discuss Mr Sharpe's accusation that Mr Aziz was "
        '"responsible for everything that has happened here".\n'
    )
    assert speakers(text) == [
        ("the downfall of", "Perez"),
        ("responsible for everything", "Sharpe"),
    ]


def test_whom_a_question_is_about_does_not_answer_it() -> None:
    text = (
        "Manhunt\n\n"
        'US commandos were searching for Osama bin Laden. "A few days ago we believed he was in '
        'the area," Rear Admiral John Stufflebeem said in Washington. Asked where bin Laden was '
        'now, the Pentagon spokesman said, "anybody\'s guess is the latest thinking".\n'
    )
    assert speakers(text) == [
        ("A few days", "John Stufflebeem"),
        ("anybody's guess is", "John Stufflebeem"),
    ]


def test_two_capitals_and_a_country_are_a_firm_not_a_person() -> None:
    text = (
        "Rates\n\n"
        'SG Australia chief economist Glenn Maguire says he expects growth of 1 per cent. "If '
        'we see growth around 0.9 per cent, that is a good outcome," he said.\n'
    )
    assert speakers(text) == [("If we see", "Glenn Maguire")]


def test_an_office_of_the_something_before_the_name_after_said() -> None:
    text = (
        "Debt relief\n\n"
        '"This is the first mention of gold in a communique," said UK Chancellor of the '
        'Exchequer Gordon Bright. "The US is not convinced," said Treasury official John '
        "Tayler.\n"
    )
    assert speakers(text) == [("This is the", "Gordon Bright"), ("The US is", "John Tayler")]


def test_a_verb_inside_a_clause_reported_without_that_is_no_reporting_verb() -> None:
    text = (
        "Detainees\n\n"
        'Mr Strawe said the US had agreed to release the four after "intensive and complex '
        'discussions" over security. Jack Strawe is foreign secretary.\n'
    )
    assert speakers(text) == [("intensive and complex", "Jack Strawe")]


def test_described_by_someone_as_names_the_agent_not_the_subject() -> None:
    text = (
        "New computer\n\n"
        "Chief executive Steve Jobbs showed the machine in San Francisco. The $499 Macintosh, "
        'sold for £339 in the UK, was described by Jobbs as the "most important Mac" made by '
        "the firm.\n"
    )
    assert speakers(text) == [("most important Mac", "Steve Jobbs")]


def test_he_after_an_unnamed_spokesman_for_a_body_is_that_body() -> None:
    text = (
        "Casino plans\n\n"
        "A spokesman for the British Casino Association, which represents the industry, said "
        "the government was trying to allay fears over a casino boom. He said the licences "
        'were unfair. "The UK industry is one of the most respected," he said. "We have the '
        'lowest level of problem gambling," he added.\n'
    )
    assert speakers(text) == [
        ("The UK industry", "British Casino Association"),
        ("We have the", "British Casino Association"),
    ]


def test_an_opening_adverb_is_no_subject_and_a_name_before_saying_after_a_comma_is_none() -> None:
    text = (
        "Reshuffle\n\n"
        "Dr Brian Gibbens took over from Jane Hutton. Later, Dr Gibbens praised the work of Ms "
        'Hutton, saying he "agreed with everything she has done" to change the service. '
        'Meanwhile Ms Hutton defended her record, saying "waiting lists are only part of it".\n'
    )
    assert speakers(text) == [
        ("agreed with everything", "Brian Gibbens"),
        ("waiting lists are", "Jane Hutton"),
    ]


def test_a_name_in_a_clause_after_the_quotation_is_no_attribution() -> None:
    text = (
        "Terror bill\n\n"
        'Home Secretary Charles Clerke defended the plan. Mr Davies told Today: "It gives a '
        'minister the right to detain without trial."\n\n'
        'He questioned why there was "such a rush" to introduce the legislation when Mr Clerke '
        'had indicated he was not planning to use the powers. It was not all "lollipops and '
        'rainbows" though Mr Clerke told the BBC.\n'
    )
    assert speakers(text) == [
        ("It gives a", "Davies"),
        ("such a rush", "Davies"),
        ("lollipops and rainbows", "Charles Clerke"),
    ]


def test_he_after_a_source_named_by_according_to_is_that_source() -> None:
    text = (
        "Steel mill\n\n"
        "Viktor Yushenko spoke in Kiev. Mr Kuchmar left office in January. A resale could "
        "triple the price, according to the Economist Intelligence Unit's Mr Hensell. But he "
        'warned that the government could take the easy route. "That way, Mr Yushenko can say '
        'he has won," he told BBC News.\n'
    )
    assert speakers(text) == [("That way, Mr", "Hensell")]


def test_a_sentence_opening_rather_than_is_no_subject() -> None:
    text = (
        "Stolen car\n\n"
        "Becky Schoenag got her car back with new rims. Rather than get upset however, she "
        "simply took to Facebook and posted a photo, writing; 'I want to thank the car thieves "
        "for the new look.'\n"
    )
    assert speakers(text) == [("I want to", "Becky Schoenag")]


def test_a_station_named_with_its_number_speaks() -> None:
    text = (
        "New show\n\n"
        'John Peal died in October. Radio 1 said the show would be "keeping his legacy alive" '
        'with new music. Channel 4 said "it is a fine choice" and spent 4.5bn on it.\n'
    )
    assert speakers(text) == [
        ("keeping his legacy", "Radio 1"),
        ("it is a", "Channel 4"),
    ]


def test_the_company_is_no_newspaper_or_journal_named_after_it() -> None:
    text = (
        "Adverts\n\n"
        "Drugs group Eli Lilley is launching adverts about its drug Prozak. The move answers a "
        'British Medical Journal article. In the adverts, the company says the article "spreads '
        'fear among patients".\n'
    )
    assert speakers(text) == [("spreads fear among", "Eli Lilley")]


def test_a_reporting_word_before_a_preposition_after_the_mark_is_a_noun() -> None:
    text = (
        "Adverts\n\n"
        'Drugs group Eli Lilley is planning a campaign against "false and wild" claims about '
        "its product Prozak. Prozak sales rose in May.\n"
    )
    digest = digest_document(text, "story.txt")
    assert "Prozak" not in digest.organizations
    assert [q.speaker for q in digest.quotes] != ["Prozak"]


def test_he_after_allegations_put_to_someone_is_the_one_who_answers() -> None:
    text = (
        "Tunnel row\n\n"
        "Sir Alex Fergusson made claims about the tunnel row. Fergusson said he had seen it all. "
        "Those allegations were put to Arsene Wengar after the game at Bolton, which Arsenal lost. "
        'At first he said only: "I have always been consistent with that story."\n'
    )
    assert speakers(text) == [("I have always", "Arsene Wengar")]


def test_a_name_an_apposition_calls_a_business_speaks_for_it() -> None:
    text = (
        "Tsunami costs\n\n"
        "The Red Cross told the Reuters news agency that it was seeking aid. Munich Ree, the "
        'world\'s biggest reinsurer, said: "This is primarily a human tragedy." "The biggest '
        'challenge is disease," the aid agency was quoted as saying.\n'
    )
    assert speakers(text) == [
        ("This is primarily", "Munich Ree"),
        ("The biggest challenge", "Red Cross"),
    ]


def test_verbs_that_look_like_nouns_and_names_with_their_body_after_them() -> None:
    text = (
        "Ageing Japan\n\n"
        "On the outskirts of Kyoto, 83-year-old Yuji Shimizo plays golf with his friends.\n\n"
        '"I think this is because the food has improved," he remarks. Mr Shimizo smiles.\n\n'
        '"In the year 2050, people over 60 will make up 30%," explains Shigeo Moriokka of the '
        "International Longevity Centre in Tokyo. As Mr Prior remarks as we walk by shelf after "
        'shelf: "All human life is here." Brett Lokk of gay group OutRage! said they were '
        '"wiping the slate clean". A sapphire was described by Sharon as "one of the only pure '
        'sapphires". Sharon Osborn was away.\n'
    )
    found = speakers(text)
    assert found[:3] == [
        ("I think this", "Yuji Shimizo"),
        ("In the year", "Shigeo Moriokka"),
        ("All human life", "Prior"),
    ]
    assert found[3:] == [("wiping the slate", "Brett Lokk"), ("one of the", "Sharon Osborn")]


def test_a_name_after_saying_opens_the_reported_clause_and_is_no_subject() -> None:
    text = (
        "Discipline\n\n"
        "Everton manager David Moyse will discipline striker James Beatie for his headbutt on "
        "Chelsea defender William Galas.\n\n"
        "The Scot initially defended Beatie, saying Galas overreacted. But he has had a rethink "
        'since. He said: "I believe that I should set the record straight."\n'
    )
    assert speakers(text) == [("I believe that", "David Moyse")]


def test_he_after_but_a_spokesman_is_the_body_the_paragraph_is_about() -> None:
    text = (
        "Relay service\n\n"
        "The charity is urging the telecoms regulator, Ofcam, to act. Ofcam says it has plans to "
        'review the services next year. But a spokesman said its powers were limited. "Any '
        'proposals would be for government to consider," he said.\n'
    )
    assert speakers(text) == [("Any proposals would", "Ofcam")]
