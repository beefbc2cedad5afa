"""Team sheets written with initials (the foot of rugby and cricket reports): every entry a
player, "(capt)" a role, an initial and surname a mention of the player the text names in full."""

from __future__ import annotations

from bot.digest.pipeline import digest_document

REPORT = (
    "Coach Matthew Willians has recalled Simon Websster on the wing and drafted in David dal "
    "Mazzo at open-side.\n\n"
    '"We are confident we can win," said Willians.\n\n'
    "Scotland: C Patersson; S Websster, A Craigg, H Southwel, S Lammont; D Parkks, C Cusitter; "
    "T Smyth, G Bullock (capt), G Kerrr.\n\n"
    "Italy: R de Marignyy; M Bergamascco, D Dal Mazzo, S Orlando (Treviso, capt), L Nitogglia.\n"
)


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in digest_document(text, "x.txt").people}


def test_every_entry_of_a_sheet_is_a_player() -> None:
    found = people(REPORT)
    for name in ("C Patersson", "A Craigg", "H Southwel", "T Smyth", "R de Marignyy"):
        assert name in found
    assert found["G Bullock"] == "captain"
    assert found["S Orlando"] == "captain"  # a surname that is also a place, with initials


def test_an_initial_and_surname_is_the_player_named_in_full() -> None:
    found = people(REPORT)
    assert "S Websster" not in found and "Simon Websster" in found
    assert "D Dal Mazzo" not in found and "David dal Mazzo" in found


def test_lists_that_are_not_sheets_add_nobody() -> None:
    text = (
        "The tour visits Paris, Rome, Berlin, Madrid, Lisbon and Vienna.\n\n"
        "Grades: A Level, B Grade, C Level, D Grade, E Level.\n\n"
        "He met the chairman, the board, A Smithh and the staff, and left.\n"
    )
    assert "B Grade" not in people(text) and "C Level" not in people(text)


def test_a_stray_separator_before_a_club_does_not_spoil_the_sheet() -> None:
    text = (
        "Wales: G Thomas (Toulouse, capt); K Morgan (Newport-Gwent), T Shanklin (Cardiff); "
        "G Jenkins (Cardiff), M Davies (Gloucester), A Jones; (Neath-Swansea), B Cockbain.\n"
    )
    found = people(text)
    assert found["G Thomas"] == "captain" and "B Cockbain" in found and "A Jones" in found


def test_the_bench_on_the_next_line_and_an_unopened_bracket() -> None:
    text = (
        "Coach Bernard Lapointe has brought in the debutant Julien Laharrage at full-back.\n\n"
        "J Laharrage; A Rougery, Y Jauzon, D Miller, C Dominicy; Y Delaig, D Yachvil; "
        "S Marconet, S Bruno, N Mas; F Pelouse (capt), J Martin.\n\n"
        "W Servatt, O Millou, G Lambolet, I Harinordo, P Mignonet, J-P Grandclaud.\n\n"
        "Wales: G Thomass (capt); K Morgann, T Shanklyn, G Hensen, S Willems; S Jonns, "
        "D Peele (Llanelli), C Sweenie Newport-Gwent), R Willems (Cardiff).\n"
    )
    found = people(text)
    for name in ("W Servatt", "O Millou", "J-P Grandclaud", "C Sweenie", "R Willems"):
        assert name in found
    assert found["F Pelouse"] == "captain"
    # the sheet's "J Laharrage" is the debutant the report names in full
    assert "Julien Laharrage" in found and "J Laharrage" not in found
    # a line of initials with no sheet before it still needs surnames the lists know
    assert "Q Zzyx" not in people("Q Zzyx, W Qqorb, E Vvuln, R Xxtop, T Yyorp, U Ppoqa.\n")


def test_a_sheet_by_surnames_with_no_heading_and_its_bench() -> None:
    text = (
        "Leicester beat Wasps. Geordan Murphy and Josh Lewsey both scored, and coach John Wells "
        "praised Lawrence Dallaglio.\n\n"
        "Murphy; Lewsey, Erinle, Abbott, Voyce; King, Dawson; Dowd, Greening, Green; Shaw, "
        "Birkett; Worsley, O'Connor, Dallaglio (capt).\n\n"
        "Replacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, Lloyd.\n"
    )
    found = people(text)
    for name in ("Erinle", "King", "Green", "O'Connor", "Cockerill", "W Johnson", "B Deacon"):
        assert name in found
    assert "Murphy" not in found and "Geordan Murphy" in found  # the player named in full
    assert found["Lawrence Dallaglio"] == "captain" and "Dallaglio" not in found
    # prose with semicolons is no sheet
    prose = "He came; he saw, he left; and then Smith, Jones and Brown arrived late.\n"
    assert "Smith" not in people(prose)


def test_a_full_stop_typed_for_a_separator_and_a_bench_with_no_heading() -> None:
    text = (
        "Ireland beat the States. Eric Millar and Marcus Horran return to the pack.\n\n"
        "G Murphey; S Horgen, B O'Driscol (capt), K Magg, T Bowen; D Humphries, G Easterbee; "
        "M Horran. F Sheahen, J Hayse, D O'Callagan, P O'Connel, E Millar.\n\n"
        "Viljoen; Lakomski, Emerick, Sika, Fee, Hercus, Timoteo; MacDonald, Wyatt, Waasdorp, "
        "Parker, Klerck, Surgener, Petruzzella, Schubert (capt).\n\n"
        "Hobson, Osentowski, Gouws, Mo'unga, Williams, Sherman, Tuipulotu.\n"
    )
    found = people(text)
    for name in ("G Murphey", "S Horgen", "F Sheahen", "J Hayse", "Osentowski", "Tuipulotu"):
        assert name in found
    assert found["B O'Driscol"] == "captain" and found["Schubert"] == "captain"
    # "M Horran" is the Marcus Horran the report names in full
    assert "Marcus Horran" in found and "M Horran" not in found
    # a list of surnames after prose is no bench
    assert "Gouws" not in people("He met them.\n\nHobson, Osentowski, Gouws, Mo'unga, Sherman.\n")


def test_a_bracket_left_unclosed_does_not_spoil_the_sheet() -> None:
    text = (
        "Wales name their side.\n\n"
        "G Thomass (Toulouse (capt); H Luscomb (Dragons), T Shanklyn (Blues), G Hensen "
        "(Ospreys), S Willems (Ospreys); S Jonns (Clermont Auvergne), D Peele (Scarlets).\n"
    )
    found = people(text)
    assert found["G Thomass"] == "captain"
    for name in ("H Luscomb", "G Hensen", "S Jonns", "D Peele"):
        assert name in found


def test_two_sheets_with_benches_of_substitutions_and_unused_players() -> None:
    text = (
        "London Irish 19-33 Wasps\n\n"
        "Wasps made light of the absence of internationals to sink London Irish. Rob Hoadlee "
        "scored the opening try and Tom Voice added another. Irish replied with three penalties."
        "\n\nHorak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der Walt, "
        "Hardwick; Kennedy, Casey; Gustard, Dawson, Murphy.\n\n"
        "Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Paice for van der "
        "Walt (60)\n\n"
        "Van Gisbergen; Voice, Erinle, Hoadlee, Roberts; King, Richards; Payne, Greening, Dowd; "
        "Shaw, Purdy; Hart, Rees, Dallaglio.\n\n"
        "Replacements: Priscott for Roberts (71), Green for Dowd (71), Gotting for Rees (39). "
        "Not used: Fury, Brooks\n"
    )
    found = people(text)
    for name in ("Horak", "van der Walt", "Everitt", "Paice", "Priscott", "Green", "Fury"):
        assert name in found
    assert "Tom Voice" in found and "Voice" not in found
    assert "London Irish" not in found  # a club named by its city


def test_sheets_of_commas_only_with_dotted_initials_and_their_benches() -> None:
    text = (
        "Borders 19-20 Ulster\n\n"
        "Ulster edged out Borders. Centre Paul Steinmetts scored the first try and Adam Larken "
        "converted. Substitute Joe Pattisson came on for the injured Gareth Mortan.\n\n"
        "Mortan, Moffatt, MacRay, Hoare, Berthinussen, Warnok, Moore, Thomsen, Forde, Douglass, "
        "Blaire, Stewart, Graye, Browne, McEntee.\n\n"
        "Kaye, Parr, McGee, Rennick, Weston, Millar, Pattisson.\n\n"
        "Cunningham, Maxwell, Bell, Steinmetts, Howe, Larken, Campbell, S. Best, Shields, Moore, "
        "Frost, McCullough, Ward, Feather, N. Best.\n"
    )
    found = people(text)
    for name in ("Moffatt", "Berthinussen", "McEntee", "Kaye", "Rennick", "S. Best", "N. Best"):
        assert name in found
    assert "Paul Steinmetts" in found and "Steinmetts" not in found
    assert "Joe Pattisson" in found and "Pattisson" not in found


def test_football_sheets_with_substitutes_in_brackets_and_unused_subs() -> None:
    text = (
        "Middlesbrough 2-2 Charlton\n\n"
        "Substitute Danny Grahame scored late. Charlton goalkeeper Dean Kielly made saves from "
        "Chris Riggott, Gareth Southgate and Franck Queudrue.\n\n"
        "Nash, Reiziger (Grahame 82), Riggott, Southgate, Queudrue, Parlour (Jobb 86), Doriva, "
        "Nemeth (Parnabi 87), Zenden, Downing, Hasselbaink.\n\n"
        "Subs Not Used: Cooperr, Knightt.\n\n"
        "Kielly, Hreidarson, Perry, El Karkourri, Young, Konchesky, Murphy (Euell 78), Holland, "
        "Kishishev, Thomas (Johansson 72), Bartlet.\n"
    )
    found = people(text)
    for name in ("Nash", "Jobb", "Parnabi", "Cooperr", "El Karkourri", "Holland", "Euell"):
        assert name in found
    assert "Danny Grahame" in found and "Grahame" not in found
    assert "Dean Kielly" in found and "Kielly" not in found


def test_a_sheet_with_separators_left_out_a_reserves_heading_and_a_placeholder() -> None:
    text = (
        "The Southern Hemisphere team was named on Monday.\n\n"
        "C Latham (Australia); R Caucau (Fiji), J Fouri (S Africa) T Umage (New Zealand), S Bobo "
        "(Fiji); A Mehrten (New Zealand) G Gregen (Australia, capt); T Kefo (Australia), P Waugh "
        "(Australia). Reserves: B Reihane (New Zealand), B Lime (Samoa), A N Other.\n"
    )
    found = people(text)
    assert len(found) == 11
    assert found["G Gregen"] == "captain"
    assert found["T Umage"] is None
    assert found["B Reihane"] == found["B Lime"] == "reserve"


def test_a_squad_of_initials_separated_by_commas_only_and_its_short_last_line() -> None:
    text = (
        "Ireland name squad\n\n"
        "Bernard Jackman is the sole Connacht representative.\n\n"
        "P Best (Ulster), T Byrne (Leinster), D Corrigan (Leinster), K Cullen (Leinster), "
        "B Jackman (Connacht), S Hayes (Munster).\n\n"
        "R Bowe (Ulster), H Dempsey (Leinster), F Duffy (Harlequins), C Horgan (Munster), "
        "B O'Driscoll, (Leinster), M O'Gara (Munster).\n\n"
        "J Gleeson (Leinster), L Howe (Ulster), N Kelly (Munster).\n"
    )
    found = people(text)
    for name in ("T Byrne", "D Corrigan", "H Dempsey", "M O'Gara", "J Gleeson", "N Kelly"):
        assert name in found
    assert "B Jackman" not in found and "Bernard Jackman" in found  # one person


def test_a_squad_listed_by_event_a_short_line_each_with_clubs_in_brackets() -> None:
    text = (
        "GB name indoor team\n\n"
        "Defending champion Jason Gardner is included. He is joined by Marcus Lewes-Frances.\n\n"
        "60m: D Chinn (Belgrave Harriers), J Gardner (Wessex and Bath), M Lewes-Frances "
        "(Birchfield Harriers).\n\n"
        "T Abeyee (Woodford Green with Essex Ladies), C Lambart (Belgrave Harriers).\n\n"
        "K Wahl (Basildon AC).\n\n"
        "B Challinor (Belgrave Harriers). Pole vault: N Buckfeld (Crawley AC).\n\n"
        "J McIlray (Windsor, Slough, Eton and Hounslow AC), Jimmy Watkyns (Cardiff AAC).\n"
    )
    found = people(text)
    for name in ("D Chinn", "T Abeyee", "C Lambart", "K Wahl", "B Challinor", "N Buckfeld"):
        assert name in found
    assert "J McIlray" in found and "Jimmy Watkyns" in found
    assert "J Gardner" not in found and "Jason Gardner" in found  # one person
    assert "M Lewes-Frances" not in found and "Marcus Lewes-Frances" in found
    assert "Essex Ladies" not in found and "Slough" not in found


def test_lines_of_places_with_brackets_are_no_squad() -> None:
    text = (
        "Where the tour goes\n\n"
        "New York (USA), Buenos Aires (Argentina).\n\n"
        "Cape Town (South Africa).\n\n"
        "San Diego (USA), Santa Fe (USA), Las Vegas (USA).\n"
    )
    assert not people(text)


def test_a_squad_whose_lines_open_with_a_bullet() -> None:
    text = (
        "Taylor poised for return\n\n"
        "Simon Tayler has been named in the squad.\n\n"
        "- M Blair (Edinburgh), A Craig (Glasgow), C Cusack (Borders), S Daniels (Borders), "
        "M Di Rolo (Edinburgh), S Tayler (Edinburgh)\n\n"
        "- R Beatie (Northampton), G Bullock (Glasgow, capt), B Douglass (Borders), J Dunbarr "
        "(Leeds), I Fullerton (Saracens)\n"
    )
    found = people(text)
    for name in ("M Blair", "A Craig", "M Di Rolo", "R Beatie", "J Dunbarr", "I Fullerton"):
        assert name in found
    assert found["G Bullock"] == "captain"
    assert "S Tayler" not in found and "Simon Tayler" in found


def test_a_sheet_that_ends_with_others_to_be_added() -> None:
    text = (
        "Aid stars named\n\n"
        "Wales scrum-half Dwayne Peale is among them.\n\n"
        "C Paterson (Scotland), B Cohen (England), B O'Driscoll (Ireland, capt), D Traille "
        "(France), O Smith (England), D Peale (Wales); A Lo Cicero (Italy), R Ibanez (France), "
        "L Dallaglio (England), S Parisse (Italy), Others to be added.\n"
    )
    found = people(text)
    for name in ("B Cohen", "D Traille", "A Lo Cicero", "L Dallaglio", "S Parisse"):
        assert name in found
    assert found["B O'Driscoll"] == "captain"
    assert "D Peale" not in found and "Dwayne Peale" in found
    assert not any(n.startswith("Others") for n in found)


def test_sheets_with_full_names_inline_benches_and_short_benches() -> None:
    # Round 58: BBC sheets that give some players in full ("Luis Garcia", "Phil Neville"),
    # a bench on the sheet's own line ("... Devine. Subs Not Used: Rice, Todd."), a bench of
    # two with or without its heading, and a rugby sheet's abbreviated given names ("Mi
    # Bergamasco") and particles ("Lo Cicero", "Del Fava")
    text = (
        "Liverpool 3-1 Newcastle\n\nBaros scored twice. Roland de Marigny kicked for Italy, "
        "Martin Castrogiovanni scored, Luciano Orquera missed and Marco Bortolami led the "
        "pack with Sergio Parisse.\n\n"
        "Dudek, Finnan, Hyypia, Carragher, Riise, Luis Garcia (Nunez 73), Gerrard, Alonso, "
        "Kewell (Traore 85), Baros, Mellor (Sinama Pongolle 75).\n\n"
        "Subs not used: Hamann, Harrison.\n\n"
        "Jones, Hiley, Sawyer, Gaia, Jeannin, Moxey, Taylor (Martin 89), Ampadu (Afful 69), "
        "Clay, Flack (Edwards 74), Devine. Subs Not Used: Rice, Todd.\n\n"
        "Howard, Phil Neville, Gary Neville, O'Shea, Fortune, Giggs (Saha 70), Miller (Fletcher "
        "66), Scholes, Djemba-Djemba (Silvestre 80), Ronaldo, Rooney.\n\n"
        "Moilanen, Kizys.\n\n"
        "De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; Lo Cicero, "
        "Ongaro, Castrogiovanni; Dellape, Bortolami; Persico, Ma Bergamasco, Parisse.\n\n"
        "Perugini, Intoppa, Del Fava, Dal Maso, Griffen, Pozzebon, Robertson.\n"
    )
    found = people(text)
    for name in (
        "Luis Garcia", "Hamann", "Harrison", "Rice", "Todd", "Phil Neville", "Gary Neville",
        "Moilanen", "Kizys", "Mi Bergamasco", "Lo Cicero", "Del Fava", "Dal Maso",
    ):  # fmt: skip
        assert name in found


def test_benches_with_a_country_name_substitutes_of_two_words_and_the_referee() -> None:
    # Round 59: "Subs Not Used: Macken, Weaver, Onuoha, Jordan." (a country among four under a
    # heading), "(Van Persie 82)" and "(Sinama Pongolle 75)" for "Florent Sinama-Pongolle",
    # and the referee's line under the sheets, "H Webb (S Yorkshire)."
    text = (
        "Chelsea 0-0 Man City\n\nLiverpool substitute Florent Sinama-Pongolle came on late.\n\n"
        "Almunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Fabregas, Reyes (Clichy 82), "
        "Bergkamp (Van Persie 82), Henry. Subs Not Used: Senderos, Hoyte, Lehmann.\n\n"
        "James, Mills, Distin, Dunne, Thatcher, Shaun Wright-Phillips, Bosvelt, Barton, "
        "Sibierski (McManaman 85), Musampa, Fowler (Sinama Pongolle 75).\n\n"
        "Subs Not Used: Macken, Weaver, Onuoha, Jordan.\n\n"
        "42,093\n\nH Webb (S Yorkshire).\n"
    )
    found = people(text)
    for name in ("Van Persie", "Jordan", "Onuoha", "H Webb", "Florent Sinama-Pongolle"):
        assert name in found
    assert "Sinama Pongolle" not in found


def test_sheets_whose_team_name_the_copy_lost_before_the_colon() -> None:
    # Round 60: ": Douglas, McNamara, Balde, ..." and ": P Montgomery; B Paulse, ..., J van der
    # Westhuyzen; ... De Wet Barry ..." (two particles, an Afrikaans given name of two words,
    # alternatives joined by "/")
    text = (
        "Rangers win at Celtic\n\nNovo pounced late. Craig Bellamy and John Hartson missed.\n\n"
        ": Douglas, McNamara, Balde, Varga, Laursen, Petrov, Lennon, Sutton, Thompson, "
        "Bellamy, Hartson.\n\nSubs: Marshall, Henchoz, Lambert, Maloney, Wallace.\n\n"
        "Ireland beat South Africa\n\nPercy Montgomery kicked two penalties.\n\n"
        ": P Montgomery; B Paulse, M Joubert, De Wet Barry, A Willemse, J van der Westhuyzen; "
        "F Du Preez; O Du Randt, J Smit (captain), E Andrews, B Botha, V Matfield, S Burger.\n\n"
        ": H Shimange, CJ van der Linde, G Britz, D Rossouw, M Claassens, G du Toit/J Fourie.\n"
    )
    found = people(text)
    for name in (
        "Douglas", "McNamara", "Balde", "Marshall", "J van der Westhuyzen", "De Wet Barry",
        "CJ van der Linde", "G du Toit", "J Fourie",
    ):  # fmt: skip
        assert name in found


def test_a_squad_of_surnames_with_their_clubs_in_brackets() -> None:
    # Round 62: a squad under a story, no heading, every surname with its club
    text = (
        "Wales have injury worries before the friendly against Hungary.\n\n"
        "Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland), Edwards "
        "(Wolves), Gabbidon (Cardiff), Page (Cardiff), Partridge (Motherwell), Ricketts "
        "(Swansea), Weston (Cardiff), Davies (Tottenham), Fletcher (West Ham), Giggs (Man Utd), "
        "Koumas (West Brom), Bellamy (Newcastle), Earnshaw (West Brom), Hartson (Celtic).\n"
    )
    found = {p.name for p in digest_document(text, "squad.txt").people}
    assert {"Coyne", "Koumas", "Gabbidon", "Hartson", "Giggs"} <= found
    assert not found & {"Burnley", "West Brom", "Cardiff"}


def test_a_sheet_with_a_place_to_be_confirmed_and_its_bench_both_after_a_lost_name() -> None:
    # Round 64: ": Murphy, Horgan, TBC, D'Arcy, ..." then ": Sheahan, Horan, ..." (the team
    # names lost before the colons; one place not yet filled)
    text = (
        "Shane Horgen could also be moved from wing.\n\n"
        ": Murphy, Horgen, TBC, D'Arcy, Hickie, O'Gara, Stringer, Corrigan, Byrne, Hayes, "
        "O'Kelly, O'Connell, capt, S Easterby, O'Connor, Foley.\n\n"
        ": Sheahan, Horan, O'Callaghan, Miller, G Easterby, Humphreys, Dempsey.\n"
    )
    found = {p.name for p in digest_document(text, "sheet.txt").people}
    assert {"O'Gara", "Stringer", "Foley", "Sheahan", "Dempsey", "Humphreys"} <= found
    assert "TBC" not in found
    assert "Horgen" not in found  # a mention of Shane Horgen


def test_sheets_run_into_a_paragraph_after_its_prose() -> None:
    # Round 64: "... an early pitch inspection. Leeds: Balshaw; Rees, ... Replacements: ...
    # Saracens: Bartholomeusz; ..." on one line
    text = (
        "Raphael Ibanes is named at hooker for Saracens.\n\n"
        "- The game got the go-ahead after an early pitch inspection. Leeds: Balshaw; Rees, "
        "Christophers, Bell, Doherty; McMullen, Dickens; McGee, Rawlinson, Gerber; Murphy, "
        "Palmer (capt), Morgan, Parks, Popham. Replacements: Kalman, Regan, Hyde. Saracens: "
        "Bartholomeusz; Castaignede, Sorrell, Harris, Vaikona; Jackson, Bracken; Yates, Ibanes, "
        "Visagie; Raiwalui, Fullarton; Randell, Russell, Vyvyan (capt). Replacements: Cairns, "
        "Lloyd, Little.\n"
    )
    people = {p.name: p for p in digest_document(text, "sheet.txt").people}
    assert {"Balshaw", "Popham", "Regan", "Castaignede", "Vyvyan", "Little"} <= set(people)
    assert people["Palmer"].role == "captain"
    assert "Leeds" not in people and "Ibanes" not in people


def test_a_space_typed_after_a_surnames_hyphen_keeps_the_sheet() -> None:
    # Round 65: "..., Hickey, Sanderson, MacLeod- Henderson." (the whole sheet was lost)
    text = (
        "Sale are missing 14 players.\n\n"
        "Delport; Pieters, Rasmussen, Lombard, O'Leary; Brown, Powell; Windo, Van Niekerk, "
        "Horsman; Collier, Gillies; Hickey, Sanderson, MacLeod- Henderson.\n"
    )
    found = {p.name for p in digest_document(text, "sheet.txt").people}
    assert {"Delport", "Van Niekerk", "Windo", "MacLeod-Henderson"} <= found


def test_the_referee_on_a_line_of_his_own_with_no_county() -> None:
    # Round 65: "K Clark" alone on the last line under the sheets (no "(Hertfordshire)")
    text = (
        "Hearts won at Tynecastle.\n\n"
        "Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), McNaughton, Heikkinen (Foster 27), "
        "Winter, Clark (Stewart 51), Mackie, Whelan.\n\nBlanchard, McGuire.\n\n8,661\n\nK Clark\n"
    )
    found = {p.name for p in digest_document(text, "sheet.txt").people}
    assert {"Esson", "Whelan", "K Clark"} <= found
