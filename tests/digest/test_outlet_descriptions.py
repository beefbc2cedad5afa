"""Descriptions that name a speaker in news from many outlets (the twenty-fifth session's rules,
from the misses of AllSides rounds 80-99): what a description's head says the speaker is, and
which body an apposition calls by it."""

from __future__ import annotations

from bot.digest.pipeline import digest_document
from tests.digest._quoted import speakers as _speakers


def test_a_lawmaker_is_a_person_not_a_business_that_makes_things() -> None:
    speakers = _speakers(
        "Graham defends McCain\n\nTrump tweeted about the funeral. However, the late senator's "
        "longtime friend and colleague, Sen. Lindsey Graham (R-SC), defended Meghan's actions."
        '\n\n"She is her father\'s daughter," the South Carolina lawmaker told CNN\'s "State '
        'of the Union" Sunday.'
    )
    assert speakers == {"She is her father's daughter": "Lindsey Graham"}


def test_a_state_lawmaker_after_a_state_senator() -> None:
    speakers = _speakers(
        "Patrick endorsed\n\nThe campaign got a boost on Friday with an endorsement from New "
        "Hampshire State Senator David Watters. Watters formerly supported Senator Cory Booker."
        '\n\nThe six-term state lawmaker said he sees "deep similarities" between Obama and '
        "his 2020 presidential pick."
    )
    assert speakers == {"deep similarities": "David Watters"}


def test_the_engine_maker_is_still_a_business() -> None:
    speakers = _speakers(
        "Engines\n\nRolls-Royce said on Monday it would cut 3,000 jobs as airlines order fewer "
        "planes.\n\n“Demand has fallen,” the British engine maker said."
    )
    assert speakers == {"Demand has fallen": "Rolls-Royce"}


def test_the_group_an_apposition_called_so_before_a_relative_clause() -> None:
    speakers = _speakers(
        "Endorsement\n\nThe Working Families Party, a progressive group that originally "
        "endorsed Sen. Elizabeth Warren (D-Mass.), is now switching its support to Sanders."
        "\n\nIn an announcement on Twitter, the group said, “Supporters nationwide are "
        "mobilizing to help Bernie win.”"
    )
    assert list(speakers.values()) == ["Working Families Party"]


def test_he_after_a_passive_sentence_is_its_agent() -> None:
    speakers = _speakers(
        "Cartoon\n\nDavid Harris, head of the American Jewish Committee, said the cartoon was "
        'offensive. "It is hateful," Harris said.\n\nThe cartoon was criticized in a column '
        "posted Sunday by Bret Stephens, one of the paper's op-ed columnists. He said he is "
        "certain that the Times is not guilty. But he said the cartoon was a sign of criticism."
        '\n\n"The almost torrential criticism of Israel has become common," he wrote.'
    )
    assert speakers["The almost torrential criticism of Israel has become common"] == (
        "Bret Stephens"
    )


def test_a_relative_clauses_passive_agent_is_not_whom_he_means() -> None:
    speakers = _speakers(
        'Film\n\nMr Wilson, who was also involved with New Order, said he would "rather not" '
        "appear in the film. He made a cameo appearance in 24 Hour Party People, in which his "
        'leading role was played by Steve Coogan. "I\'m not an actor and I did a lousy job," '
        "he said."
    )
    assert speakers["I'm not an actor and I did a lousy job"] == "Wilson"


def test_wrote_a_papers_columnist_given_by_initials() -> None:
    text = (
        "Border\n\nDemocrats disagreed. “There is no crisis at our nation’s border,” wrote the "
        "Washington Post’s E. J. Dionne. Others agreed."
    )
    assert _speakers(text) == {"There is no crisis at our nation’s border": "E. J. Dionne"}
    assert [p.name for p in digest_document(text, "outlet.txt").people] == ["E. J. Dionne"]


def test_the_report_after_a_body_wrote_in_a_dated_report() -> None:
    speakers = _speakers(
        "Women\n\nWomen held 57 percent of all government jobs in 2010, according to the "
        'Economic Policy Institute. And because they "have been over-represented in public-'
        'sector employment," the EPI wrote in a 2012 report, "they have been affected by '
        'budget cuts."\n\n"Without a change of course," the report continued, women "stand to '
        'suffer from continued cuts."'
    )
    assert set(speakers.values()) == {"Economic Policy Institute"}


def test_a_bodys_name_with_a_plural_possessive_inside_it() -> None:
    digest = digest_document(
        "Jobs\n\nOf the jobs women lost in January, most came from the public sector, according "
        "to an analysis by the National Women's Law Center. Children's Hospital of "
        "Philadelphia said it was ready. Trump's Chief of Staff Mark Meadows spoke.",
        "outlet.txt",
    )
    assert digest.organizations == [
        "National Women's Law Center",
        "Children's Hospital of Philadelphia",
    ]
    assert [p.name for p in digest.people] == ["Trump", "Mark Meadows"]


def test_a_publication_named_the_and_one_word_is_a_body_not_a_place() -> None:
    digest = digest_document(
        "Pandemic\n\nThe middle of a pandemic is a hard time. As The Atlantic put it, “There are "
        "no libertarians in a pandemic.” But The Guardian said “there are some.” Fine.",
        "outlet.txt",
    )
    assert [q.speaker for q in digest.quotes] == ["The Atlantic", "The Guardian"]
    assert "Atlantic" not in digest.places


def test_a_title_for_a_portfolio_of_two_parts_before_a_name() -> None:
    roles = {
        p.name: p.role
        for p in digest_document(
            "Climate\n\nEuropean Commissioner for Climate Action and Energy Miguel Arias Cañete "
            'said: "The U.S. will review the terms." Secretary of Health and Human Services '
            "Alex Azar agreed. A spokesman for the U.S. Attorney for the District of Columbia "
            "declined to comment.",
            "outlet.txt",
        ).people
    }
    assert roles == {
        "Miguel Arias Cañete": "Commissioner for Climate Action and Energy",
        "Alex Azar": "Secretary of Health and Human Services",
    }


def test_an_emeritus_professor_said_at_the_end_of_reported_speech() -> None:
    digest = digest_document(
        "Impulse\n\nWe may opt for instant gratification, said Shahram Heshmat, associate "
        "professor emeritus at the University of Illinois at Springfield, who specializes in "
        "addiction. “It is all about imagining the future,” he said.",
        "outlet.txt",
    )
    assert [(p.name, p.role) for p in digest.people] == [("Shahram Heshmat", "Associate Professor")]
    assert [q.speaker for q in digest.quotes] == ["Shahram Heshmat"]


def test_an_apposition_ending_someone_elses_sentence_makes_no_subject() -> None:
    speakers = _speakers(
        "Reid\n\nHarry Reid announced his retirement on Friday. Jan Jones Blackhurst, an "
        'executive vice president at Caesars Entertainment, called Reid "irreplaceable." Reid '
        "won broad support from the industry in his 2010 victory over tea party favorite "
        'Sharron Angle, a Republican.\n\nFinding the right successor, she said, is "a big '
        'issue and big concern."'
    )
    assert speakers["a big issue and big concern."] != "Sharron Angle"
    assert speakers["a big issue and big concern."] == speakers["irreplaceable."]


def test_a_nickname_in_quotation_marks_inside_a_name_with_an_apostrophe() -> None:
    digest = digest_document(
        "Guns\n\nFormer Democratic presidential hopeful Robert Francis “Beto” O’Rourke lamented "
        "Sunday’s shooting. Rep. Howard P. “Buck” McKeon agreed.\n\n“So saddened to hear about "
        "another church shooting,” O’Rourke said.",
        "outlet.txt",
    )
    assert [q.text for q in digest.quotes] == ["So saddened to hear about another church shooting"]
    assert [q.speaker for q in digest.quotes] == ["Francis O’Rourke"]
    assert [p.name for p in digest.people] == ["Francis O’Rourke", "Howard McKeon"]


def test_said_two_offices_joined_by_and_then_the_name() -> None:
    speakers = _speakers(
        "Luck\n\nTrump spoke on Monday.\n\n“Obama is much luckier than Carter,” said longtime "
        "New Yorker political correspondent and former Carter speechwriter Hendrik Hertzberg."
    )
    assert speakers == {"Obama is much luckier than Carter": "Hendrik Hertzberg"}


def test_the_group_is_the_body_the_sentences_are_about_not_the_one_named_last() -> None:
    digest = digest_document(
        "Rams\n\nThe St. Louis Police Officer’s Association wants the NFL to discipline the "
        "players involved. “Five members of the Rams entered the field today exhibiting the "
        "pose,” the group explained in a statement.",
        "outlet.txt",
    )
    assert "St. Louis Police Officer’s Association" in digest.organizations
    assert [q.speaker for q in digest.quotes] == ["St. Louis Police Officer’s Association"]


def test_a_bodys_name_with_its_members_possessive_but_not_a_list() -> None:
    digest = digest_document(
        "Press\n\nThe State Department Correspondents’ Association met. Special Counsel Robert "
        "Mueller and Democrats on the House of Representatives’ Oversight Committee are probing.",
        "outlet.txt",
    )
    assert "State Department Correspondents’ Association" in digest.organizations
    assert "Robert Mueller" in [p.name for p in digest.people]


def test_a_new_report_after_a_nested_quotation_closed_after_the_stop() -> None:
    speakers = _speakers(
        "Guns\n\nBill O'Reilly spoke to Stephen Colbert.\n\n\"My solution is this,\" O'Reilly "
        "said. \"Congress debates which guns are allowed. It's legitimate for Congress to say, "
        "'What kind of rifles should people be able to buy?'\" Colbert clarified that a "
        "President O'Reilly would be fine with banning assault weapons."
    )
    assert set(speakers.values()) == {"Bill O'Reilly"}


def test_the_report_named_after_its_issuer() -> None:
    speakers = _speakers(
        "Brands\n\nApple and Amazon led the list, according to Kantar. Apple was valued at $352 "
        'billion.\n\n"Although home delivery stretched Amazon, it also affirmed its strength," '
        "the Kantar report stated."
    )
    assert list(speakers.values()) == ["Kantar"]


def test_one_person_described_twice_joined_by_and() -> None:
    speakers = _speakers(
        "Trump\n\nDonald Trump stuck by his decision to skip the debate, claiming in an interview "
        "with Bill O’Reilly that he had been “used” and mistreated.\n\n“I don’t like being taken "
        "advantage of,” the billionaire businessman and Republican primary front-runner said."
    )
    assert speakers["I don’t like being taken advantage of"] == "Donald Trump"
