"""Shapes of wire-service copy (round 66: Reuters stories of 2017 that the project had never
seen): lawmakers named by state and party, bodies called by their acronym, absolute clauses
with an apposition, women called "spokesman", tickers, firms, bases."""

from __future__ import annotations

from bot.digest.pipeline import digest_document
from tests.digest._quoted import speakers as _speakers


def test_a_lawmaker_named_after_state_and_party_is_a_person() -> None:
    d = digest_document(
        "Farm states push back\n\nThe letter, whose signatories were led by Virginia Republican "
        "Bob Goodhart and Vermont Democrat Peter Welland, said the rule had failed. New York "
        "Democrat Chuck Sorensen said the plan was dead.",
        "wire.txt",
    )
    names = {p.name for p in d.people}
    assert {"Bob Goodhart", "Peter Welland", "Chuck Sorensen"} <= names
    assert not any(n.startswith(("Virginia", "Vermont", "New York")) for n in names)


def test_a_body_called_by_its_acronym_speaks_under_its_full_name() -> None:
    d = digest_document(
        "Retweets condemned\n\nThe Anti-Defamation League said the videos would embolden "
        "bigots. “Such content is the engine that fuels extremist movements,” the ADL said in "
        "a statement.",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == ["Anti-Defamation League"]
    assert "ADL" not in d.organizations


def test_with_a_name_and_an_apposition_then_a_participle() -> None:
    speakers = _speakers(
        "Outcry in London\n\nPoliticians condemned the posts, with Jeremy Colbert, leader of "
        "the opposition Labour Party, describing them as “abhorrent, dangerous and a threat to "
        "our society.”"
    )
    assert speakers == {"abhorrent, dangerous and a threat to our society.": "Jeremy Colbert"}


def test_a_woman_the_wire_calls_spokesman_is_still_she() -> None:
    speakers = _speakers(
        "Beijing urges calm\n\nPrime Minister Taro Okada said Japan backed the drills. Foreign "
        "Ministry spokesman Hua Chunlan said the situation was “complex and severe”. “We hope "
        "all sides can help reduce tensions on the peninsula,” she said."
    )
    assert speakers["We hope all sides can help reduce tensions on the peninsula"] == "Hua Chunlan"


def test_firms_with_tickers_and_bases_are_no_people() -> None:
    d = digest_document(
        "Trade mission\n\nExecutives from General Electric Co (GE.N), Honeywell International "
        "Inc (HON.N) and Boeing Co (BA.N) will travel with Rex Tillerman, the former chief "
        "executive of Exxon Mobil, who went on to nearby Camp Smith for a briefing.",
        "wire.txt",
    )
    assert [p.name for p in d.people] == ["Rex Tillerman"]
    assert {"General Electric Co", "Boeing Co", "Exxon Mobil"} <= set(d.organizations)
    assert not {"GE", "HON", "BA"} & set(d.organizations)
    assert "Camp Smith" in d.places


def test_a_relative_named_by_the_relation_has_it_as_role() -> None:
    d = digest_document(
        "Family speaks\n\nSpeaking from Tashkent, Kadyrov's sister, Umida Kadyrova, said he "
        "was innocent. Adviser Gary Colson and son-in-law Jared Kushnir may leave. President "
        "Donald Barlow and his wife, Melania, landed. Ann Brown, his widow, spoke later.",
        "wire.txt",
    )
    roles = {p.name: p.role for p in d.people}
    assert roles["Umida Kadyrova"] == "sister"
    assert roles["Jared Kushnir"] == "son-in-law"
    assert roles["Melania Barlow"] == "wife"  # (her family name from his)
    assert roles["Ann Brown"] == "widow"
    assert roles["Gary Colson"] == "Adviser" and roles["Donald Barlow"] == "President"


def test_a_lawyer_for_someones_son_is_not_the_sons_role() -> None:
    d = digest_document(
        "No comment\n\nBarry Colburn, a lawyer for Flint's son, Michael Flint Jr., declined "
        "to comment. Michael Flint, the former adviser, is under investigation.",
        "wire.txt",
    )
    roles = {p.name: p.role for p in d.people}
    assert roles["Barry Colburn"] == "lawyer"
    assert roles["Michael Flint Jr."] == "son"


def test_a_judge_then_the_court_and_an_executive_called_les() -> None:
    d = digest_document(
        "Ruling and reaction\n\nThe order was blocked, U.S. District Judge William Orrin for the "
        "Northern District of California wrote. CBS Corp Chief Executive Les Moonberg said "
        "he welcomed it.",
        "wire.txt",
    )
    roles = {p.name: (p.role, p.organization) for p in d.people}
    assert roles["William Orrin"] == ("District Judge", "U.S.")
    assert roles["Les Moonberg"] == ("Chief Executive", "CBS Corp")
    assert len(d.people) == 2


def test_an_initial_and_surname_is_the_person_named_in_full() -> None:
    d = digest_document(
        "Fed pick\n\nJerome Powers may be named. “I am not disappointed if it turns out to be "
        "J. Powers,” the banker said. Roger Entwell, an analyst at Recon Analytics, agreed.",
        "wire.txt",
    )
    people = {p.name: p for p in d.people}
    assert set(people) == {"Jerome Powers", "Roger Entwell"}
    assert "J. Powers" in people["Jerome Powers"].aliases
    assert people["Roger Entwell"].organization == "Recon Analytics"


def test_a_party_label_opens_the_subject_of_a_participle() -> None:
    speakers = _speakers(
        "Funding fight\n\nDemocratic Senator Diane Feldman said she expected Democrats to "
        "back the bill, telling Reuters in an interview that while it “is important to all of "
        "us” to protect the Dreamers, “I don’t think we should shut the government down.” "
        "Senator Rick Durham, the chamber’s No. 2 Democrat, told the Washington Post he would "
        "oppose it."
    )
    assert speakers == {
        "is important to all of us": "Diane Feldman",
        "I don’t think we should shut the government down.": "Diane Feldman",
    }


def test_a_name_then_a_participle_that_places_it_then_said() -> None:
    speakers = _speakers(
        "Talks go on\n\nSenate Democratic leader Chuck Schuman, speaking on the Senate floor on "
        "Tuesday said, “We are in the process of negotiating with Republicans.”"
    )
    assert speakers == {"We are in the process of negotiating with Republicans.": "Chuck Schuman"}


def test_a_label_and_a_kind_of_body_before_its_name() -> None:
    speakers = _speakers(
        "Rules rolled back\n\nAdvocacy group Fair Press criticized the proposal, saying it "
        "“ignores how decades of media consolidation have harmed local news.”"
    )
    assert speakers == {
        "ignores how decades of media consolidation have harmed local news.": "Fair Press"
    }


def test_they_is_the_one_leading_a_team_not_an_airport() -> None:
    speakers = _speakers(
        "Plea deal\n\nSpecial Counsel Robert Mullen is investigating. Mullen and his team noted "
        "that Papadakis faced up to six months in jail. The FBI arrested Papadakis after he "
        "arrived at Dulles International Airport near Washington. But they agreed “to bring to "
        "the court’s attention at sentencing the defendant’s efforts to cooperate” on condition "
        "that he helped."
    )
    assert list(speakers.values()) == ["Robert Mullen"]


def test_a_committee_name_with_and_before_the_chairman_who_speaks() -> None:
    speakers = _speakers(
        "Tax relief\n\nIn a statement, House Ways and Means Chairman Kevin Bradley announced "
        "five new bills to provide relief from taxes, saying he looked forward to “advancing "
        "legislation in the weeks ahead.”"
    )
    assert speakers == {"advancing legislation in the weeks ahead.": "Kevin Bradley"}


def test_a_spokesman_of_someone_whose_name_ends_in_s_named_in_apposition() -> None:
    speakers = _speakers(
        "Race tightens\n\nDoug Jonas trails in two polls. “Doug believes the women, and the "
        "people will hold him accountable,” Jonas’ spokesman, Sebastian Kettle, said in a "
        "statement."
    )
    assert list(speakers.values()) == ["Sebastian Kettle"]


def test_bodies_by_a_short_name_and_by_an_acronym_with_a_dotted_part() -> None:
    d = digest_document(
        "Ratings and rules\n\nFitch Ratings predicted the plan would pass. “Such reform would "
        "deliver a modest and temporary spur to growth,” Fitch said. The U.S. Citizenship and "
        "Immigration Services reviews each request. “We act to ensure that they meet criteria "
        "for approval,” USCIS said.",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == [
        "Fitch Ratings",
        "U.S. Citizenship and Immigration Services",
    ]
    assert "USCIS" not in d.organizations


def test_his_office_and_the_statement_of_an_office_speak_for_the_person() -> None:
    speakers = _speakers(
        "Senate vote\n\nThe vote has been complicated by Republican Senator John McCann’s "
        "hospitalization. His office said he “looks forward to returning to work soon.” Speaker "
        "Paul Rhyan urged Franks to resign, Rhyan’s office said in a statement. “The speaker "
        "takes seriously his obligation to ensure a safe workplace,” the statement said."
    )
    assert speakers == {
        "looks forward to returning to work soon.": "John McCann",
        "The speaker takes seriously his obligation to ensure a safe workplace": "Paul Rhyan",
    }


def test_it_is_the_body_that_reported_the_sentence_before() -> None:
    speakers = _speakers(
        "Sea talks\n\nBEIJING (Reuters) - Secretary of State Rex Tillman said the talks were "
        "frank. Both leaders expressed support for peace in the region, China’s Foreign "
        "Ministry said in a statement following the talks.\n\nThey back a settlement in line "
        "with “accepted international law”, it added."
    )
    assert speakers == {"accepted international law": "Foreign Ministry"}


def test_a_states_mission_speaks_for_the_state_and_datelines_are_no_bodies() -> None:
    d = digest_document(
        "Sanctions\n\nGENEVA (Reuters) - North Korea called for a halt to sanctions. The "
        "sanctions meant that “some unprincipled countries have blocked the delivery of "
        "medicines”, the North Korean mission said on Friday.",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == ["North Korea"]
    assert "GENEVA" not in d.organizations


def test_father_and_son_with_other_middle_initials_stay_apart() -> None:
    d = digest_document(
        "Presidents\n\nLike many Americans, George W. Bash was surprised by the result. His "
        "father, George H.W. Bash, voted for Hillary Clinton, the historian said.",
        "wire.txt",
    )
    names = {p.name for p in d.people}
    assert {"George W. Bash", "George H.W. Bash"} <= names


def test_a_city_before_a_name_and_a_city_before_for() -> None:
    d = digest_document(
        "Back channel\n\nKushner discussed with former Russian ambassador to Washington Sergey "
        "Kislov creating a channel. He was a contract worker in San Francisco for Twitter.",
        "wire.txt",
    )
    assert "Sergey Kislov" in {p.name for p in d.people}
    assert "San Francisco" in d.places and "Twitter" in d.organizations


def test_an_office_for_a_field_then_the_name_after_said() -> None:
    speakers = _speakers(
        "Cuba rules\n\nThe list includes hotels such as Ernest Hemmings’s favorite haunt. “All "
        "these measures hurt the Cuban people,” said Cuba’s Foreign Ministry chief for U.S. "
        "Affairs Josefina Vidales."
    )
    assert speakers == {"All these measures hurt the Cuban people": "Josefina Vidales"}


def test_a_signed_piece_speaks_for_its_author() -> None:
    speakers = _speakers(
        "Op-ed\n\nThe piece appeared online in the Kyiv Post on Thursday. The article, which was "
        "authored by Oleg Volkov, a former spokesman, praised the lobbying. “I can only wonder "
        "why some media dare claim otherwise,” the piece said."
    )
    assert speakers == {"I can only wonder why some media dare claim otherwise": "Oleg Volkov"}


def test_a_handle_glued_to_a_name_and_a_surname_that_is_a_month() -> None:
    d = digest_document(
        "Rebuke\n\nU.S. President Donald Trump rebuked Prime Minister Theresa May.\n\n“I’m very "
        "clear that it was the wrong thing to do,” May told reporters in Jordan. “@realDonald "
        "Trump Facts do matter,” the embassy said.",
        "wire.txt",
    )
    assert {p.name for p in d.people} == {"Donald Trump", "Theresa May"}
    assert d.quotes[0].speaker == "Theresa May"


def test_a_description_the_text_says_is_someone() -> None:
    speakers = _speakers(
        "Campaign emails\n\nPapadakis told the campaign supervisor about a meeting. The "
        "supervisor replied that he would “work it through the campaign” and not commit. A "
        "source said Sam Clovers was the campaign supervisor referenced in the records."
    )
    assert speakers == {"work it through the campaign": "Sam Clovers"}


def test_market_round_up_speakers_named_in_capitals() -> None:
    d = digest_document(
        "Instant View: tax cut delayed\n\n(Reuters) - The Senate plan delays the corporate tax "
        "cut, Senator Bill Cassel said.\n\nGARY BRADSHAW, PORTFOLIO MANAGER OF HODGES CAPITAL "
        "MANAGEMENT IN DALLAS “I do think the market would like to see this tax cut.”\n\n"
        "SUBADRA RAJAN, HEAD OF U.S. STRATEGY, SG CORPORATE & INVESTMENT BANKING, NEW YORK “In "
        "the bond market, we reacted initially to the selloff in Europe.”",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == ["Gary Bradshaw", "Subadra Rajan"]
    assert {"Gary Bradshaw", "Subadra Rajan"} <= {p.name for p in d.people}


def test_bodies_named_before_their_kind_and_fund_houses() -> None:
    d = digest_document(
        "Groups\n\nFransen is deputy leader of the anti-immigrant Britain First group. Fund "
        "managers from Wells Fargo, James Funds and LPL Financial are buying. The VTB Group "
        "(VTBR.MM) shares fell.",
        "wire.txt",
    )
    assert {"Britain First", "James Funds", "VTB Group"} <= set(d.organizations)
    assert "MM" not in d.organizations
    assert "James Funds" not in {p.name for p in d.people}


def test_a_title_with_of_before_the_name_after_the_quotation() -> None:
    speakers = _speakers(
        "Rohingya\n\nRex Tillman spoke first. “The situation constitutes ethnic cleansing,” "
        "U.S. Secretary of State Rex Tillman said in a statement. “It’s wrong and damaging,” "
        "Republican Representative Peter Kingsley of New York said on ABC."
    )
    assert list(speakers.values()) == ["Rex Tillman", "Peter Kingsley"]


def test_a_memo_speaks_for_the_body_that_issued_it() -> None:
    speakers = _speakers(
        "Court guidance\n\nThe Justice Department issued new guidelines. A Dec. 20 memo, issued "
        "by the Executive Office for Immigration Review, replaces the old ones.\n\nThe new memo "
        "adds reminders to judges to keep “impartiality” even though “juvenile cases may present "
        "sympathetic allegations.”"
    )
    assert set(speakers.values()) == {"Executive Office for Immigration Review"}


def test_a_participle_opening_the_sentence_and_a_korean_family_name() -> None:
    d = digest_document(
        "Apology\n\nAl Frankel spoke on Thursday. Noting that his supporters had “counted on me "
        "to be a champion for women,” Frankel again apologized. North Korea’s Foreign Minister "
        "Ri Yong Ho addressed the U.N.",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == ["Al Frankel"]
    assert "Ri Yong Ho" in {p.name for p in d.people}


def test_a_firms_acronym_without_its_company_word() -> None:
    d = digest_document(
        "Tax credits\n\nGeneral Motors Co makes electric cars. GM vowed to fight, saying the "
        "credits are “an important customer benefit that can help accelerate adoption.”",
        "wire.txt",
    )
    assert [q.speaker for q in d.quotes] == ["General Motors Co"]


def test_names_after_a_plural_party_label_and_before_which() -> None:
    d = digest_document(
        "Bureaucracy\n\nBefore Trump, Democrats Barack Obana and Bill Clinton and Republican "
        "George W. Bash all tried. The dossier was compiled by a former British spy, "
        "Christopher Steel, which prompted questions.",
        "wire.txt",
    )
    roles = {p.name: p.role for p in d.people}
    assert {"Barack Obana", "Bill Clinton", "George W. Bash"} <= set(roles)
    assert roles["Christopher Steel"] == "spy"


def test_a_spokesman_named_after_a_person_speaks_for_that_person() -> None:
    speakers = _speakers(
        "Tax plan\n\nSenators Jeff Flakey and James Langford are among the Republicans weighing "
        "the plan. A Langford spokesman said he was “eager to work with colleagues to pass tax "
        "reform.”"
    )
    assert speakers == {"eager to work with colleagues to pass tax reform.": "James Langford"}


def test_the_letter_speaks_for_whoever_wrote_it() -> None:
    speakers = _speakers(
        "Police union writes\n\nGary Holloway, president of the Brotherhood of Police Officers, "
        "which represents 200,000 officers, wrote a letter to congressional leaders on Tuesday. "
        "“The union is very concerned that the change will endanger the funding of our "
        "agencies,” said the letter, distributed to reporters.\n\nLater a coalition of insurers "
        "sent a letter to members of the House. “This package moves the program in the right "
        "direction,” the letter said."
    )
    assert speakers == {
        "The union is very concerned that the change will endanger the funding of our "
        "agencies": "Gary Holloway",
        "This package moves the program in the right direction": None,
    }


def test_the_group_is_the_body_an_apposition_called_a_group() -> None:
    speakers = _speakers(
        "Broadcast rule\n\nThe Media Access Coalition, an advocacy group, said the proposal "
        "would make it easier for Sinclair Broadcast Group Inc to complete its acquisition of "
        "Tribune Media Co. The “disastrous proposal is tailor-made for the giant chains,” "
        "the group said."
    )
    assert speakers == {
        "disastrous proposal is tailor-made for the giant chains": "Media Access Coalition"
    }


def test_a_name_before_a_role_only_says_whose_the_role_is() -> None:
    speakers = _speakers(
        "Texts row\n\nIn response to the latest letter, Strzok lawyer Aitan Goelman said the "
        "line referred to an effort to stop leaks.\n\n“The term in Mr. Strzok’s text refers to "
        "a Department-wide initiative to detect and stop leaks,” he said."
    )
    assert list(speakers.values()) == ["Aitan Goelman"]
