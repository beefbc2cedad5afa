"""Rebuild the news sets of evaluation rounds 66 and up (README, "Quality, measured"): Reuters
stories of 2017 that the project had never seen, from the ``True.csv`` of the ISOT fake-news
dataset as one GitHub copy keeps it (``Vatshayan/Fake-News-Prediction``, commit be794ed: 989
Reuters stories, columns title, text, subject, date).

Why a tool and not the texts: the stories are Reuters' copyright, so the project ships only the
gold lists (names, roles, quotations); anyone with a clone rebuilds the texts and reruns the
figures:

    git clone https://github.com/Vatshayan/Fake-News-Prediction /tmp/isot
    python tools/reuters_round.py --round 66 /tmp/isot/True.csv /tmp/rt66
    BRIEFBOT_QUOTES_GOLD=bot/eval/gold/quotes_reuters66.json python -m bot.eval quotes /tmp/rt66
    BRIEFBOT_PEOPLE_GOLD=bot/eval/gold/people_reuters66.json python -m bot.eval people /tmp/rt66

The dataset flattened each story onto one line; where a paragraph ended it mostly left two or
more spaces after the sentence's end, so a story is written back as its headline, its date and
its paragraphs (split at those runs of spaces), one blank line apart, and otherwise as the
dataset has it. Stories are named ``<prefix>NNN.txt`` in the order drawn, under four folders of
ten (``A`` ... ``D``), one per labeller.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

# Each round's stories: the row of True.csv (0 = the first story after the header) and the
# start of its headline, which the rebuild checks so that another copy of the file fails loudly.
ROUND66 = (
    (792, "U.S. to stage drill with three carriers "),
    (833, "Sister of NY attack suspect says he may "),
    (513, "Trump's tax bill faces potential Senate "),
    (887, "Goldman's Blankfein is only major financ"),
    (943, "Democrats want a law to stop Trump from "),
    (907, "U.S. lawmakers reach agreement on new No"),
    (0, "As U.S. budget fight looms, Republicans "),
    (684, "Flynn lawyer denies reports of quid pro "),
    (435, "Trump's call for military buildup hits b"),
    (303, "Trump ally Bannon campaigns for Moore in"),
    (14, "Man says he delivered manure to Mnuchin "),
    (328, "Tillerson seeks to reassure worried Euro"),
    (234, "U.S. lawyer defending travel ban grilled"),
    (913, "Next U.S. disaster aid approval likely i"),
    (764, "Business group pushes for U.S. flood ins"),
    (434, "Ex-Trump campaign aide Manafort in $11.6"),
    (417, "Trump weighs recognizing Jerusalem as Is"),
    (162, "Republicans forge tax deal, final votes "),
    (762, "Trump warns 'rogue regime' North Korea o"),
    (591, "Pro-trade Republicans get nervous that N"),
    (126, "U.S. lawmaker probed on sex reports, sec"),
    (246, "U.S. tax repatriation plan may not cure "),
    (454, "Trump criticized in Britain and U.S. for"),
    (225, "Roy Moore campaign casts Alabama race as"),
    (946, "U.S. lobbying trade group urges Congress"),
    (279, "Democratic Senator Franken faces pressur"),
    (814, "House weighing 'host of ideas' in tax bi"),
    (637, "U.S. women lawmakers on sex harassment: "),
    (960, "U.S. regulator asks Trump not to dismant"),
    (801, "Trump says Japan would shoot North Korea"),
    (227, "Trump urges Alabama voters to back Roy M"),
    (900, "After delay, Republicans in Congress pre"),
    (795, "U.S. commerce chief says he is likely to"),
    (902, "House questions FEMA over Puerto Rico po"),
    (138, "Net neutrality repeal gives Democrats fr"),
    (831, "Trump, dogged at home, begins longest pr"),
    (791, "'Open Sesame:' Lobbyists cheer warmer we"),
    (891, "U.S. lawmakers seek 'well-rounded biofue"),
    (413, "White House staff exits likely as Trump'"),
    (316, "Mueller's Russia probe cost his office $"),
)
ROUND67 = (
    (420, "Trump urged Senate Republicans to drop p"),
    (711, "In Beijing, Trump presses China on North"),
    (720, "Trump's stop in Vietnam a poignant one f"),
    (296, "U.S. attorney general calls for efficien"),
    (318, "Senior lawmaker Conyers leaves U.S. Cong"),
    (840, "Twitter employee briefly shuts Trump acc"),
    (725, "Trump heaps praise on 'very special' Xi "),
    (200, "U.S. Congress to let Iran deadline pass,"),
    (282, "Democratic lawmakers question Kushner on"),
    (196, "Republicans propose to delay, pause Obam"),
    (739, "Tax-cut debate in U.S. Congress swings t"),
    (824, "Manafort pledges $12 million in assets i"),
    (222, "Exclusive: Contenders emerge for No.2 Fe"),
    (489, "Senate Republicans shove tax bill ahead "),
    (66, "In Georgia, battle of the 'Staceys' test"),
    (656, "Silicon Valley blasts Senate proposal to"),
    (213, "Judge tells ex-Trump adviser Manafort to"),
    (547, "U.S. Senate candidate Moore's spokesman "),
    (576, "U.S. judge in California blocks Trump's "),
    (957, "Former Trump adviser Papadopoulos pleads"),
    (124, "Attorney General Sessions has lukewarm p"),
    (532, "Factbox: What is the U.S. Consumer Finan"),
    (562, "Any Trump NAFTA withdrawal faces stiff c"),
    (753, "Democratic wins in U.S. state elections "),
    (886, "Goldman's Blankfein: If Trump taps Powel"),
    (859, "Factbox: What's in tax bill from Trump, "),
    (145, "Republican Representative Farenthold wil"),
    (419, "Conyers defiant as Democratic leaders ca"),
    (695, "Google supports U.S. efforts to disclose"),
    (514, "Trump refers to a 'Pocahontas' in Congre"),
    (201, "Senators say effort to protect 'Dreamers"),
    (307, "Democrats flex muscles as Congress confr"),
    (340, "Democrat cites drafting error in propose"),
    (883, "U.S. attorney general says tech companie"),
    (194, "Tillerson seeks to ease skepticism about"),
    (553, "In Trump strongholds, Democrats walk tig"),
    (467, "House bill aims to identify lawmakers in"),
    (981, "FCC media rule rollback could usher in T"),
    (600, "Trump says U.S. Senate candidate Moore s"),
    (128, "Trump officials brief Hill staff on Saud"),
)

ROUND68 = (
    (272, "Exclusive: U.S. regulators offer Congres"),
    (114, "Republicans confident tax bill to become"),
    (415, "Trump plans to meet oil industry reps on"),
    (572, "U.S. Congress members decry 'ethnic clea"),
    (171, "Trump 'dossier' firm: Republicans leaked"),
    (773, "Republican tax plans gain speed; Fitch w"),
    (106, "Trump judicial nominee withdraws from co"),
    (464, "Tax trigger idea for Senate tax bill swi"),
    (823, "Democratic leader vows fair nomination p"),
    (546, "JPMorgan's Dimon says Trump likely to be"),
    (914, "Senate Banking chair, Democrats say stil"),
    (781, "U.S. Senate panel targets Chinese banks "),
    (922, "Obamacare 2018 enrollment clouded by unc"),
    (937, "U.S. Senate Republicans want to speed Tr"),
    (468, "Democratic Representative Gutierrez hint"),
    (852, "New Trump immigration efforts aim to sto"),
    (550, "Trump defends Senate candidate Moore des"),
    (605, "Two more women accuse Senate candidate M"),
    (509, "Trump-installed consumer agency head set"),
    (837, "Trump urges adding anti-Obamacare provis"),
    (469, "Senate Democrat presses Trump campaign a"),
    (912, "Out for votes: Battle over rights inspir"),
    (249, "Rep. Franks to resign after staff member"),
    (632, "Senate leaders look to work with White H"),
    (620, "Republicans press U.S.-Russia uranium de"),
    (523, "Factbox: Republican U.S. senators to wat"),
    (157, "Pence delays Middle East trip in case ne"),
    (418, "U.S. attorney general Sessions evasive o"),
    (108, "Final Republican tax bill slashes U.S. c"),
    (540, "Trump names interim consumer agency head"),
    (863, "Republican tax plan may mean slightly le"),
    (33, "Callista Gingrich becomes Trump's envoy "),
    (135, "Exclusive: Senator Cruz wants to cap ren"),
    (850, "Republicans unveil tax cut bill, but the"),
    (51, "House gives final approval to tax bill, "),
    (401, "House ethics panel launches wide-ranging"),
    (1, "U.S. military to accept transgender recr"),
    (786, "NFL opposes U.S. Republican tax plan on "),
    (744, "Trump's low approval rating masks his su"),
    (457, "U.S. intel committee subpoenas comedian "),
)
ROUND69 = (
    (80, "Congress faces tricky path to avoid gove"),
    (539, "In Thanksgiving message, Trump hails mil"),
    (268, "FBI Director Wray defends bureau in wake"),
    (119, "Trump administration bans selected words"),
    (670, "Former intelligence officials say Trump "),
    (416, "Senate tax bill stalls on deficit-focuse"),
    (849, "Ivanka Trump says world should boost wom"),
    (383, "Exclusive: Mideast nuclear plan backers "),
    (601, "Gulf carriers may be in focus under fore"),
    (587, "U.S. nuclear general says would resist '"),
    (449, "Arctic drilling hits speed bumps in U.S."),
    (25, "Trump signs tax, government spending bil"),
    (526, "'Ashamed' Franken says he won't quit Sen"),
    (172, "Two Trump judicial nominations rebuffed "),
    (826, "Neither George Bush voted for Trump, boo"),
    (858, "U.S. draft U.N. resolution seeks extensi"),
    (929, "Return Manafort's money, Democrats deman"),
    (965, "Bernie Sanders backs 'millionaires' tax'"),
    (99, "'Dreamer' immigration bill not on U.S. S"),
    (321, "Exclusive: Trump names career diplomat t"),
    (326, "House Republicans mull length of spendin"),
    (570, "Doubts linger after Florida's Scott pitc"),
    (439, "Texas congressman will not seek re-elect"),
    (953, "U.S. business group worries Trump unprep"),
    (215, "Nuclear plan backer denies Inauguration "),
    (599, "Woman accuses Senator Al Franken of unwa"),
    (431, "Ex-Twitter worker claims responsibility "),
    (348, "U.S. defense chief urges Pakistan to red"),
    (839, "North Korea calls for a halt to 'brutal'"),
    (377, "Senate approves major tax cuts in victor"),
    (6, "Trump says Russia probe will be fair, bu"),
    (888, "Trump's tax cut won't be the biggest in "),
    (668, "U.S. House will reject total elimination"),
    (77, "Trump's Supreme Court appointee Gorsuch "),
    (397, "Trump says U.S. Secretary of State Tille"),
    (281, "Trump's eldest son questioned in Congres"),
    (988, "U.S. State Department names Russian defe"),
    (535, "Rep. Conyers steps down from committee w"),
    (595, "U.S. lawmakers seek more information fro"),
    (726, "U.S. has 'frank' exchange on South China"),
)

ROUND70 = (
    (45, "Second U.S. judge blocks Trump administr"),
    (680, "As Trump targets immigrants, U.S. farm s"),
    (3, "FBI Russia probe helped by Australian di"),
    (251, "Millions would lose mortgage, gift write"),
    (919, "North Korean defector pushes diplomatic "),
    (560, "Trump says AT&T plan to buy Time Warner "),
    (923, "Court document shows Manafort wealth, ti"),
    (970, "Obama blasts 'politics of division' on r"),
    (475, "Black caucus members urge U.S. Represent"),
    (636, "Sessions changes statement about Trump c"),
    (46, "Senators seek to stop expansion of airpo"),
    (873, "Powell rose to top of Trump's list as sa"),
    (874, "Trump taps Fed centrist Powell to lead U"),
    (87, "Bill could make Congress members liable "),
    (641, "Q&A: Did Sessions break the law by denyi"),
    (15, "Virginia officials postpone lottery draw"),
    (491, "Factbox: Republican senators to watch in"),
    (630, "U.S. Congress urged to require Chinese j"),
    (93, "Court orders Trump administration to giv"),
    (915, "Trump panel urges more treatment options"),
    (857, "With 'America First,' Trump mutes U.S. v"),
    (224, "Powell faces early test of policy view a"),
    (569, "U.S. charges two with bribing African of"),
    (558, "House ethics panel investigating allegat"),
    (187, "Trump loses his big bet on Alabama U.S. "),
    (793, "Former Trump adviser Page met Russian of"),
    (241, "Farenthold should resign if misconduct a"),
    (285, "U.S. appeals court hears arguments on Tr"),
    (956, "U.S. lobbyist Tony Podesta leaves firm a"),
    (829, "Trump campaign aide met Russian official"),
    (820, "Multinationals grapple with Republican e"),
    (691, "First lady Melania plays tourist as Trum"),
    (985, "Rosy White House tax cut forecast clashe"),
    (832, "Judge denies request to return to U.S. b"),
    (487, "U.S. court backs Trump in battle over in"),
    (808, "Trump, Japan's Abe toast 'bromance' as t"),
    (740, "New U.S. government rules restrict trave"),
    (878, "House Republicans propose to scrap $7,50"),
    (588, "Cuban businesswomen seek Rubio meeting a"),
    (554, "Trump: Father of UCLA player in shoplift"),
)
ROUND71 = (
    (932, "Former Trump campaign adviser denies enc"),
    (830, "Trump says he recalls little about meeti"),
    (794, "Republicans push ahead with tax bill as "),
    (714, "Acting DHS chief pressured by White Hous"),
    (901, "Trump calls for ending visa program afte"),
    (838, "Republican tax plan a blow to Democratic"),
    (693, "Chorus of sexual harassment allegations "),
    (186, "Senator Gillibrand calls Trump Twitter p"),
    (963, "Who are Paul Manafort and Rick Gates?"),
    (765, "White House condemns missile attacks on "),
    (216, "U.S. Treasury tax study slammed as 'fake"),
    (174, "In elaborate hoax, websites say NFL Reds"),
    (252, "Blackwater founder Prince details meetin"),
    (501, "Tillerson 'offended' by claims of State "),
    (52, "U.S. tax plan roils popular bet in bond "),
    (232, "Trump lifts refugee ban, but admissions "),
    (242, "Congressman Franks says resigning immedi"),
    (827, "Islamic State says New York truck attack"),
    (229, "Trump attends civil rights museum openin"),
    (63, "After ruling, Virginia legislature's maj"),
    (899, "In meeting, Trump to push a reluctant Xi"),
    (76, "Banks, healthcare service firms among wi"),
    (412, "How parents of adopted children foiled a"),
    (905, "Tech companies join support of 'Dreamers"),
    (247, "Aide tries to refocus tax debate after T"),
    (517, "California lawmaker resigns after media "),
    (101, "Trump strategy document says Russia medd"),
    (582, "Contrary to Trump Tweet, Senator Flake s"),
    (876, "Federal Reserve governor Powell's policy"),
    (211, "Women accusing Trump of sexual misconduc"),
    (841, "Bipartisan bills expected to toughen U.S"),
    (389, "Ex-U.S. NSA employee pleads guilty to ta"),
    (259, "Paul Manafort, Special Counsel Mueller t"),
    (617, "Moderate Collins back in prominent role "),
    (688, "Dueling Republican tax plans advance in "),
    (447, "Trump angers UK with truculent tweet to "),
    (214, "U.S. military must accept transgender re"),
    (884, "Trump's opponents race to the courthouse"),
    (821, "Trump backs New York in bourses' battle "),
    (399, "Massachusetts senator's husband subject "),
)

ROUND72 = (
    (147, "Fund managers seek stocks benefiting fro"),
    (851, "At long last, ground broken for Eisenhow"),
    (139, "As Republican tax vote nears, more senat"),
    (763, "Commerce Secretary says Trump-Xi talks w"),
    (253, "Congress averts government shutdown for "),
    (797, "U.S. attorney general due to face Democr"),
    (11, "New York governor questions the constitu"),
    (4, "Trump wants Postal Service to charge 'mu"),
    (941, "U.S. EPA bans some scientists from indep"),
    (218, "Factbox: Women who have accused Trump of"),
    (96, "Trump nominates Liberty University profe"),
    (427, "Factbox: Republicans to watch in U.S. Se"),
    (231, "Special Counsel Mueller filing shows Man"),
    (759, "U.S. lawmakers introduce bipartisan bill"),
    (751, "Minnesota Senate may halt operations on "),
    (313, "Trump lawyer denies Deutsche Bank got su"),
    (804, "Russia's Sibur says had no direct dealin"),
    (623, "Senate drops proposal to change taxes on"),
    (665, "House Democrats seek probe of FCC chairm"),
    (802, "Russian lawyer says Trump son offered to"),
    (568, "U.S. border officials violated court ord"),
    (729, "Democrats ride grassroots wave to major "),
    (809, "Families of Japanese abducted by North K"),
    (712, "Scientists decry Arctic oil expansion in"),
    (977, "First charges filed in U.S. special coun"),
    (110, "Trump defends tax plan as 'great Christm"),
    (78, "Republicans seek to question FBI officia"),
    (44, "House Democrats rally to protect Special"),
    (949, "Two ex-Trump aides charged in Russia pro"),
    (258, "House Intelligence chairman cleared of d"),
    (64, "Fight over Alaska Arctic drilling has ju"),
    (647, "Duterte berates Canada's Trudeau at end "),
    (742, "House panel drops effort to force testim"),
    (148, "Factbox: Republicans to keep an eye on a"),
    (652, "Gala glitz masks Asia's tensions as Trum"),
    (485, "Factbox: Who are Britain First, whose le"),
    (152, "U.S. tax bill to preserve key renewable "),
    (297, "Utah Republicans defend Romney after Ban"),
    (113, "U.S. taxpayers rush to claim deductions "),
    (380, "How McConnell kept Republicans in line t"),
)
ROUND73 = (
    (862, "U.S. tax plan threatens Wall Street's Be"),
    (173, "U.S. prepares to open doors on billion-d"),
    (210, "Republican Moore embraces Trump message "),
    (366, "Embattled Alabama Republican Senate cand"),
    (936, "U.S. nuclear arsenal to cost $1.2 trilli"),
    (787, "House Democrat calls GOP Clinton probe s"),
    (864, "Factbox: Belgian mother of two, young Ne"),
    (877, "U.S. lawmakers target Myanmar military w"),
    (935, "Vocal, powerful critic of Wall Street ru"),
    (865, "U.S. judge orders former Trump aides to "),
    (228, "Senator Collins says undecided on final "),
    (683, "Republican establishment bails on Alabam"),
    (306, "Trump's first year in office marked by c"),
    (155, "Nominee for U.S. EPA chemical safety wit"),
    (286, "Trump warns of government shutdown threa"),
    (807, "Senator Paul suffers five broken ribs af"),
    (394, "Lower taxes, big gains: The stocks poise"),
    (700, "Factbox: How the U.S. Senate and House t"),
    (597, "U.S. towns, cities fear taxpayer revolt "),
    (144, "House Speaker Ryan mulls retirement afte"),
    (707, "Instant View: Senate plan delays corpora"),
    (775, "Charges dropped against woman who laughe"),
    (664, "Supreme Court to hear Minnesota voter ap"),
    (426, "U.S. military to indefinitely delay ban "),
    (555, "Democrats, advocacy groups launch blitz "),
    (443, "Factbox: Five facts about Tom Cotton, Tr"),
    (602, "McCain warns Trump over staffing Pentago"),
    (67, "Democrat wins by one vote in Virginia le"),
    (226, "Democrats eye gains in Pennsylvania tria"),
    (22, "Trump travel ban should not apply to peo"),
    (83, "Senate panel snubs Trump's pick to run E"),
    (798, "U.S. judge keeps bail conditions for ex-"),
    (686, "Deficit worries complicate path for Repu"),
    (870, "Wall St. tax break once blasted by Trump"),
    (747, "Maine governor says he will not expand M"),
    (36, "Congress votes to avert shutdown, sends "),
    (103, "Democratic U.S. senator seeks audit of E"),
    (35, "Exclusive: State Department tells refuge"),
    (984, "NY, California governors say residents w"),
    (650, "Senators blast State Department over cut"),
)

ROUND74 = (
    (291, "Factbox: Corporate alternative minimum t"),
    (800, "Two children sue over Trump effort to ro"),
    (748, "U.S. Senate panel advances crackdown on "),
    (772, "Voters in Maine approve expansion of Med"),
    (634, "Jane Goodall urges U.S. Senate to halt q"),
    (584, "Trump open to dropping healthcare provis"),
    (692, "Republican Senate candidate Moore hit by"),
    (373, "Mueller removed FBI agent from Russia pr"),
    (197, "Trump signs into law U.S. government ban"),
    (723, "Taiwan the most important issue in Sino-"),
    (904, "Factbox: Trump tax plan stumbles on loca"),
    (549, "U.S. calls Myanmar moves against Rohingy"),
    (330, "Republican Party backs embattled Senate "),
    (612, "FCC to loosen TV, newspaper ownership ru"),
    (728, "Forbidden in China, but Trump skirts 'Gr"),
    (59, "U.S. tax bill may face lawsuits with lon"),
    (235, "U.S. House committee 'may reconsider' WH"),
    (897, "Two ex-Trump aides head to U.S. court on"),
    (349, "Trump backs Alabama Republican Senate ca"),
    (304, "'You're wrong', Tillerson says of report"),
    (845, "Trump says unsure if Tillerson will rema"),
    (828, "'He's such a dreamer:' Skepticism dogs U"),
    (557, "FCC chief plans to ditch U.S. 'net neutr"),
    (74, "Tax bill's 'pass-through' rule will aid "),
    (653, "A year after Trump's election, coal's fu"),
    (811, "Trump greets Japanese emperor with a han"),
    (357, "Flynn pleads guilty to lying on Russia, "),
    (743, "Democrats working on independent Russia "),
    (264, "Exclusive: White House doesn't foresee s"),
    (250, "Aide tries to refocus U.S. tax debate af"),
    (169, "Senior justice official dismisses Republ"),
    (34, "As Republicans aim to ride economy to el"),
    (619, "U.S. tax reform poses more risks for sta"),
    (92, "Republicans appear all but certain to pa"),
    (799, "Trump wants $4 billion more for missile "),
    (26, "Companies have up to a year for new U.S."),
    (928, "U.S. senators hammer Facebook for power "),
    (737, "Top ranks of career U.S. diplomats thin "),
    (42, "U.S. court rejects Trump bid to stop tra"),
    (367, "U.S. allies fret as 'guillotine' hangs o"),
)
ROUND75 = (
    (848, "World 'running out of time' on North Kor"),
    (62, "Democrats plan to use tax bill to attack"),
    (861, "Republican tax bill seeks elimination of"),
    (528, "Republican Senator Paul says he plans to"),
    (193, "Crucial details of Republican tax plan i"),
    (724, "Trump says he and China's Xi to try to e"),
    (339, "Trump lawyer's account about tweets rais"),
    (660, "Trump taps ex-pharma executive Azar as U"),
    (38, "In victory for Trump, judge tosses suit "),
    (666, "Trump vaunts trade progress, red carpets"),
    (23, "Second court rejects Trump bid to stop t"),
    (893, "Truck attack suspect's New Jersey city a"),
    (376, "U.S. Senate tax bill accomplishes major "),
    (622, "More worries in Congress over cuts at U."),
    (238, "U.S. top court takes up Republican chall"),
    (930, "Manafort spent millions on homes, rugs, "),
    (704, "Pence voices U.S. concern to Turkish pri"),
    (49, "Spy chiefs pressure Congress to renew ex"),
    (261, "Trump open to biofuel policy reform, sen"),
    (312, "House passes measure to limit aid to Pal"),
    (24, "Failed vote to oust president shakes up "),
    (671, "Investigators probe Trump knowledge of c"),
    (314, "Senate committee advances bill easing ba"),
    (21, "Exclusive: U.S. memo weakens guidelines "),
    (933, "In Russia probe, Mueller's first charges"),
    (917, "Exclusive: Congressional committee quest"),
    (556, "Haitians in U.S. malign Trump decision t"),
    (758, "China's Xi fetes Trump on first day of B"),
    (860, "Republican tax plan would deal financial"),
    (817, "Kentucky man arrested in assault on Sena"),
    (341, "House, Senate Republicans face challenge"),
    (368, "McConnell says U.S. government shutdown "),
    (283, "'Good to go': Top Trump aide gave inaugu"),
    (903, "Factbox: What is in Republican tax bill?"),
    (769, "U.S. Commerce chief Ross divesting shipp"),
    (690, "Trump praises 'productive' China talks, "),
    (872, "Republican tax bill hits wind power, sol"),
    (391, "U.S. states gird for fight as Trump targ"),
    (345, "Mulvaney says no plans to fire U.S. cons"),
    (146, "Alabama Senate race winner urges Republi"),
)

ROUND76 = (
    (176, "Schumer: delay tax overhaul vote until n"),
    (866, "Senate Democrats demand that Sessions te"),
    (633, "U.S. small business community pushes Con"),
    (518, "Senator Franken, on groping allegations,"),
    (477, "Trump's son Donald Trump Jr. to meet wit"),
    (659, "Risks ahead for U.S. tax push as dispute"),
    (703, "Trump, Clinton camps both offered slice "),
    (472, "Nearly half of Americans oppose Republic"),
    (927, "Release of House tax bill delayed until "),
    (639, "House backs $700 billion defense policy "),
    (658, "Senate approves Trump Transportation Dep"),
    (240, "Former Trump adviser interviewed in Cong"),
    (29, "Senate leader McConnell sees a more coll"),
    (955, "Trump administration does not want limit"),
    (60, "Vote in Senate on 'Dreamers' hinges on b"),
    (405, "U.S. consumer financial watchdog officia"),
    (163, "Alabama win thrills Democrats as Republi"),
    (975, "Special counsel's Russia probe entering "),
    (898, "U.S. lawmakers release sample of Russian"),
    (673, "Trump says North Korea's Kim insulted hi"),
    (511, "Alabama Senate candidate Moore calls all"),
    (167, "Minnesota lieutenant governor to replace"),
    (85, "Instant View: House approves biggest tax"),
    (364, "Kremlin says Putin not influenced by ex-"),
    (777, "Chinese media upbeat on U.S. ties ahead "),
    (127, "Republicans join push to lift secrecy ar"),
    (574, "U.S. to end protected status for Haitian"),
    (230, "Ukrainian author of Manafort op-ed says "),
    (583, "Bipartisan Harvard panel recommends hack"),
    (20, "Federal judge partially lifts Trump's la"),
    (594, "U.S. Senate candidate Moore's wife says "),
    (644, "Senate committee questions Trump's nucle"),
    (466, "Factbox: Republicans to watch in Senate "),
    (465, "Congressman Conyers faces mounting press"),
    (5, "White House, Congress prepare for talks "),
    (219, "Nearly half of Americans still oppose Re"),
    (655, "Sessions looking into special counsel fo"),
    (944, "Kremlin says Russia not accused in U.S. "),
    (908, "Trump does not recall suggestion of Puti"),
    (603, "U.S. Interior Secretary fails to provide"),
)
ROUND77 = (
    (372, "Trump notes Flynn lied to FBI, says his "),
    (486, "Trump calls for boycott of television ne"),
    (436, "Sexual misconduct allegations may roil 2"),
    (463, "Republicans in House seek protection for"),
    (593, "Trump starts paying his own legal bills "),
    (310, "Republican Party backs Senate candidate "),
    (931, "Russian lawyer who met Trump Jr. seeks r"),
    (338, "In slap at Romney, Trump says he wants H"),
    (885, "Trump forces high-wire act for Republica"),
    (954, "Exclusive: U.S. needs to improve oversig"),
    (741, "Trump's limited appeal a warning sign fo"),
    (160, "Donald Trump Jr. wants 'leak' probe, as "),
    (184, "Analyst View: Democrat Jones wins Alabam"),
    (136, "Trump administration issues new rules on"),
    (598, "Tax overhaul drama moves to Senate as Ho"),
    (120, "Congressman will not seek relection amid"),
    (749, "Michigan Senator urges Congress to retai"),
    (631, "Senate Republicans tie tax plan to repea"),
    (267, "Pentagon wants 12 month procurement time"),
    (789, "Trump to give major North Korea speech, "),
    (507, "U.S. Senate liberals propose new steps f"),
    (10, "Jones certified U.S. Senate winner despi"),
    (125, "Senate Democrats to force vote on FCC ne"),
    (906, "U.S. 'diversity visa' program in spotlig"),
    (158, "Kentucky lawmaker a 'probable suicide' a"),
    (868, "Exclusive: Trump boosts disaster aid for"),
    (978, "Republican senator wants Democrats to te"),
    (309, "House tax positions begin to emerge ahea"),
    (559, "U.S. diplomats accuse Tillerson of break"),
    (315, "Trump lawyers say judge lacks jurisdicti"),
    (243, "U.S. tax revamp still incomplete as Repu"),
    (676, "Kremlin: U.S. to blame for no Putin-Trum"),
    (294, "Alabama Democrat turns up attacks on Roy"),
    (336, "Manafort tried to pen positive op-ed on "),
    (493, "Watchdog to depart DHS after tensions ov"),
    (565, "Trump pardons turkey in annual Thanksgiv"),
    (782, "Senator seeks explanation for career U.S"),
    (590, "White House seeks $44 billion hurricane "),
    (161, "Do not expect postcard-sized tax return "),
    (512, "Official in charge of State Department r"),
)

ROUND78 = (
    (492, "Trump to visit Utah next week, expected "),
    (825, "Manafort money laundering charge in Russ"),
    (175, "After Alabama upset, Democrats see new p"),
    (381, "Factbox: Key Republicans in U.S. Senate "),
    (100, "Senator Warren hits out at 'effort to po"),
    (344, "Trump delays announcement on whether U.S"),
    (529, "Rival sides square off over succession a"),
    (987, "President Trump leaning toward Powell as"),
    (774, "Factbox: What's in tax bill U.S. House R"),
    (248, "Franken and Franks resign as misconduct "),
    (721, "Trump's $250 billion China 'miracle' add"),
    (75, "U.S. tax cuts won't make housing more af"),
    (938, "Trump chief of staff's Civil War comment"),
    (542, "Flynn could prove to be key asset in Mue"),
    (643, "Senate Republicans ask Moore to withdraw"),
    (266, "Pelosi says Democrats will not back shor"),
    (816, "Ex-Democratic leader who mulled dropping"),
    (628, "Trump administration releases rules on d"),
    (2, "Senior U.S. Republican senator: 'Let Mr."),
    (325, "Former Trump aide nomination to be Singa"),
    (118, "Senator-elect Jones not joining calls fo"),
    (537, "Succession battle at U.S. financial agen"),
    (916, "Republicans defend Trump court pick rate"),
    (335, "Democrats to join Trump, Republicans in "),
    (618, "Two Senate Republicans critical of party"),
    (311, "Senate confirms Trump's pick for Homelan"),
    (117, "Trump allies say Mueller unlawfully obta"),
    (533, "U.S. consumer watchdog agency official s"),
    (356, "Trump tweets about Russia probe spark wa"),
    (239, "White House pressures Big Corn to meet o"),
    (387, "Representative Conyers' future plans to "),
    (208, "Trump's push to cut federal jobs has mod"),
    (573, "White House asks Supreme Court to allow "),
    (657, "Senator Rand Paul returns to work after "),
    (422, "Trump considers plan to replace Tillerso"),
    (317, "Credit union sues to block Mulvaney from"),
    (198, "Senator Grassley expresses reservations "),
    (164, "Trump's eldest son testifies to Senate c"),
    (209, "Cuba tells U.S. suspension of visas is h"),
    (142, "Republican governors meet with Pence ove"),
)

ROUND79 = (
    (298, "Cuts to homeowner tax breaks could cost "),
    (754, "Homeland Security nominee says no need f"),
    (288, "Senate votes to pursue tax bill negotiat"),
    (674, "'Can I get it to go?' Canada's Trudeau c"),
    (577, "White House wants Republican in Alabama "),
    (333, "Supreme Court lets Trump's latest travel"),
    (682, "Acting DHS chief denies White House pres"),
    (395, "Timeline: U.S. prosecutors lay out Flynn"),
    (608, "U.S. House Democrats join growing congre"),
    (589, "Trump adds five conservatives to list of"),
    (450, "Senator Collins says not committed to ta"),
    (462, "Senate takes step toward passage of tax "),
    (488, "Democrats skip Trump meeting, raising ri"),
    (755, "Democrats win bitter Virginia governor's"),
    (750, "U.S. judge issues gag order in Manafort "),
    (490, "Congress government funding fight seen s"),
    (424, "Pompeo might bring assets to 'hellish' s"),
    (614, "Mattis sees opportunity for talks if Nor"),
    (669, "Trump distances himself from remarks on "),
    (58, "Top Democrat says Trump firing of Muelle"),
    (613, "Former Trump campaign adviser delivers '"),
    (626, "U.S. Justice Dept eyes spring to release"),
    (375, "ABC News suspends top journalist over in"),
    (190, "Prayer, principle guide women voters in "),
    (806, "Insurers step up pitch for Obamacare as "),
    (667, "Former U.S. Vice President Biden leaves "),
    (289, "Bill letting people bring concealed guns"),
    (604, "Senate quickens pace of approving Trump "),
    (638, "Senate approves Trump administration job"),
    (221, "Haley: Women accusers should be heard, e"),
    (347, "John Anderson, liberal Republican who ch"),
    (79, "Trump aides hope win on taxes will stem "),
    (976, "Trump tax overhaul under intensifying fi"),
    (581, "U.S. patent review board becomes conserv"),
    (212, "U.S. House Democratic women seek probe o"),
)

ROUNDS: dict[int, tuple[tuple[tuple[int, str], ...], str]] = {
    66: (ROUND66, "ra"),
    67: (ROUND67, "rb"),
    68: (ROUND68, "rc"),
    69: (ROUND69, "rd"),
    70: (ROUND70, "re"),
    71: (ROUND71, "rf"),
    72: (ROUND72, "rg"),
    73: (ROUND73, "rh"),
    74: (ROUND74, "ri"),
    75: (ROUND75, "rj"),
    76: (ROUND76, "rk"),
    77: (ROUND77, "rl"),
    78: (ROUND78, "rm"),
    79: (ROUND79, "rn"),
}

# Two or more spaces after the end of a sentence: where the dataset lost a paragraph break.
# (Runs of spaces inside a sentence are left as they are.)
_PARAGRAPH_BREAK = re.compile(r"(?<=[.?!”\"’)]) {2,}")


def read_stories(csv_path: Path) -> list[dict[str, str]]:
    """The rows of ``True.csv`` as dicts (title, text, subject, date)."""
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def story_text(row: dict[str, str]) -> str:
    """Headline, date and paragraphs of one row, as a plain-text news story."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(row["text"]) if p.strip()]
    head = [row["title"].strip(), row["date"].strip()]
    return "\n\n".join([*head, *paragraphs]) + "\n"


def rebuild_round(number: int, csv_path: Path, out: Path) -> list[Path]:
    """Write round ``number`` into ``out/A`` ... ``out/D``."""
    stories, prefix = ROUNDS[number]
    rows = read_stories(csv_path)
    written = []
    for n, (row_number, headline) in enumerate(stories):
        if row_number >= len(rows) or not rows[row_number]["title"].startswith(headline):
            raise SystemExit(
                f"{csv_path} is not the file this round was drawn from (row {row_number})"
            )
        path = out / "ABCD"[n // 10] / f"{prefix}{n + 1:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(story_text(rows[row_number]), encoding="utf-8")
        written.append(path)
    return written


def draw(
    csv_path: Path, seed: int, before: int, count: int = 40, min_chars: int = 1500
) -> list[tuple[int, str]]:
    """``count`` stories drawn at random (``seed``) among those of ``min_chars`` characters or
    more with at least two pairs of curly double quotation marks, leaving out the rounds before
    ``before``, stories whose headline one of them has, and the pages of posted tweets. Rounds
    66-78 took 40 each; round 79 took the last 35."""
    rows = read_stories(csv_path)
    used = {row for number, (stories, _) in ROUNDS.items() if number < before for row, _ in stories}
    taken = {rows[row]["title"] for row in used}
    seen: set[str] = set()
    candidates = []
    for i, row in enumerate(rows):
        text, title = row["text"], row["title"]
        if i in used or title in taken or title in seen or len(text) < min_chars:
            continue
        seen.add(title)
        if text.count("“") >= 2 and text.count("”") >= 2 and "statements were posted" not in text:
            candidates.append((i, title[:40]))
    return random.Random(seed).sample(candidates, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "csv", type=Path, help="True.csv of a clone of Vatshayan/Fake-News-Prediction"
    )
    parser.add_argument("out", type=Path, help="the folder to write the stories into")
    parser.add_argument("--round", type=int, choices=tuple(ROUNDS), required=True)
    args = parser.parse_args()
    written = rebuild_round(args.round, args.csv, args.out)
    print(f"{len(written)} stories written to {args.out}")


if __name__ == "__main__":
    main()
