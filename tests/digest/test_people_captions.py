"""Photo captions run into the text without a full stop, as news archives (CNN/Daily Mail) keep
them: two names glued into one run, a caption's common noun before a full name, football clubs
named like people. Sentences written here in that style."""

from __future__ import annotations

from tests.digest.test_people import names, run


def test_a_club_glued_to_a_surname_is_not_a_person() -> None:
    ents = run(
        "Andros Townsend came on in the 83rd minute against Burnley on Sunday.\n\n"
        "Townsend was brought on late in the 0-0 draw with Burnley Townsend was unhappy "
        "with his seven minutes on the pitch.\n\nTownsend said he was ready to start.\n"
    )
    assert "Andros Townsend" in names(ents)
    assert "Burnley Townsend" not in names(ents)


def test_a_country_glued_to_a_surname_is_not_a_person() -> None:
    ents = run(
        "Usain Bolt will run in the Bahamas in May, the federation said.\n\n"
        "Bolt won three golds last year The relays take place in the Bahamas Bolt is "
        "expected to anchor the team.\n\nBolt said he was fit.\n"
    )
    assert names(ents) == {"Usain Bolt"}


def test_two_full_names_glued_are_two_people() -> None:
    ents = run(
        "Jade Dernbach took two wickets for Surrey on Monday.\n\n"
        "Kevin Pietersen made 80 before lunch Jade Dernbach Pietersen celebrates his fifty "
        "at the Oval.\n\nPietersen said he felt in great form, and Dernbach agreed.\n"
    )
    assert {"Jade Dernbach", "Kevin Pietersen"} <= names(ents)
    assert "Jade Dernbach Pietersen" not in names(ents)


def test_a_name_the_text_repeats_whole_is_never_split() -> None:
    ents = run(
        "Taylor Kinney arrived with Ms Taylor, his agent.\n\n"
        "Kinney said Taylor Kinney was a stage name he had kept.\n\nKinney smiled.\n"
    )
    assert "Taylor Kinney" in names(ents)


def test_a_common_noun_opening_a_caption_is_no_part_of_the_name() -> None:
    ents = run(
        "A crocodile was seen on the beach, and the tourist took pictures.\n\n"
        "He saw the alarming sight Tourist Tim Weston took a photo of the crocodile.\n\n"
        "Weston said he would never swim there again.\n"
    )
    assert "Tim Weston" in names(ents)
    assert "Tourist Tim Weston" not in names(ents)


def test_football_clubs_named_like_people_are_organisations() -> None:
    ents = run(
        "Liverpool were knocked out of the FA Cup by Aston Villa on Sunday, and Queens Park "
        "Rangers lost to Crystal Palace.\n"
    )
    assert names(ents) == set()
    assert {"Aston Villa", "Queens Park Rangers", "Crystal Palace"} <= set(ents.organizations)


def test_given_names_from_abroad_make_full_names_people() -> None:
    ents = run(
        "Southampton sold Dejan Lovren in the summer, and Chelsea signed Thibaut Courtois and "
        "Nemanja Matic.\n"
    )
    assert {"Dejan Lovren", "Thibaut Courtois", "Nemanja Matic"} <= names(ents)


def test_a_plural_role_heading_a_list_gives_each_name_its_role() -> None:
    ents = run(
        "The Under-17 squad was named on Monday Goalkeepers: Paul Woolston (Newcastle), "
        "Will Huffer (Leeds United) Defenders: Danny Collinge (Stuttgart), Tom Davies "
        "(Everton)\n"
    )
    roles = {p.name: p.role for p in ents.people}
    assert roles["Paul Woolston"] == "goalkeeper" and roles["Will Huffer"] == "goalkeeper"
    assert roles["Danny Collinge"] == "defender" and roles["Tom Davies"] == "defender"


def test_positions_and_court_roles_in_british_news() -> None:
    ents = run(
        "Chelsea made an offer for FC Tokyo's 22-year-old forward Yoshinori Muto on Monday.\n\n"
        "During the sentencing David Jenkins, prosecuting, told the court the defendant lied.\n\n"
        "The dismissal of Paul Downton as England's managing director may be the big talking "
        "point. Downton said nothing.\n"
    )
    roles = {p.name: (p.role or "").lower() for p in ents.people}
    assert roles["Yoshinori Muto"] == "forward"
    assert roles["David Jenkins"] == "prosecutor"
    assert roles["Paul Downton"] == "managing director"


def test_a_word_like_forward_is_no_role_without_a_club_or_an_age() -> None:
    ents = run("Looking forward Maria Lind said the club would recover.\n")
    assert all(p.role != "forward" for p in ents.people)


def test_more_roles_of_sport_and_of_witnesses() -> None:
    ents = run(
        "That allows time to act, said Nancy Silvestri, the agency spokesperson.\n\n"
        "In Brampton, realtor Shaun Ghulam said he has noticed a change.\n\n"
        "One witness, Felicia Sanders, described hiding under a table.\n\n"
        "Roma full back Jose Holebas marked Napoli midfielder Jose Callejon.\n\n"
        "Dallas had Notre Dame guard Zack Martin higher on its board than linebackers Ryan "
        "Shazier or Anthony Barr.\n"
    )
    roles = {p.name: p.role for p in ents.people}
    assert roles["Nancy Silvestri"] == "spokesperson"
    assert roles["Shaun Ghulam"] == "realtor"
    assert roles["Felicia Sanders"] == "witness"
    assert roles["Jose Holebas"] == "full back"
    assert roles["Zack Martin"] == "guard"
    assert roles["Anthony Barr"] == "linebacker"


def test_a_relation_is_no_role_and_leaves_room_for_the_office() -> None:
    ents = run(
        "Trump ally Chris Christie spoke first.\n\n"
        "Christie, the governor of New Jersey, said the campaign was strong.\n\n"
        "His rival Ted Cruz did not speak.\n"
    )
    roles = {p.name: p.role for p in ents.people}
    assert (roles["Chris Christie"] or "").lower() == "governor"
    assert roles["Ted Cruz"] is None
