"""Rebuild the news sets of evaluation rounds 80 and up (README, "Quality, measured"): stories
from hundreds of outlets that the project had never seen, from the AllSides corpus of the
Article-Bias-Prediction dataset (Baly et al., EMNLP 2020; ``ramybaly/Article-Bias-Prediction``,
commit ced8111, Apache-2.0: one JSON file per article under ``data/jsons``).

Why a tool and not the texts: the stories are their publishers' copyright, so the project ships
only the gold lists (names, roles, quotations); anyone with a clone rebuilds the texts and reruns
the figures:

    git clone https://github.com/ramybaly/Article-Bias-Prediction /tmp/abp
    python tools/allsides_round.py --round 80 /tmp/abp/data/jsons /tmp/as80
    BRIEFBOT_QUOTES_GOLD=bot/eval/gold/quotes_allsides80.json python -m bot.eval quotes /tmp/as80
    BRIEFBOT_PEOPLE_GOLD=bot/eval/gold/people_allsides80.json python -m bot.eval people /tmp/as80

A story is written as its headline, its date (as a dateline would give it) and the article's
text as the dataset keeps it (paragraphs one blank line apart). Stories are named
``<prefix>NNN.txt`` in the order drawn, under four folders of ten (``A`` ... ``D``), one per
labeller.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

# Each round's stories: the article's ID (its file is ``<ID>.json``) and the start of its
# headline, which the rebuild checks so that another copy of the data fails loudly.
ROUND80 = (
    ("g9eGJwOtD0lay8eG", "China says U.S. farmers may never regain"),
    ("gVNTtilYpYVlTded", "CNN’s Stelter Blames Conservatives for ‘"),
    ("TmF4YZEHPFPJseeA", "Yes, the UK media’s coverage of Meghan M"),
    ("QPXXFdCI4MzQLsza", "'Ambassador for Christ': America's Leade"),
    ("Pepch7bNUtM3KGEG", "Baghdad attack brings back memories of B"),
    ("kcMnFbFTri89Y0jw", "Military ouster of Egypt's Morsi: US pos"),
    ("7Cnnzdm1fNcDIoAr", "Obama regrets polarized rancor. He shoul"),
    ("wJvxQrrfRXLwygyE", "Media Parrot Issa's Fabricated Link Betw"),
    ("PT5Bq3AAZRXDU7hl", "Bain employees to speak at Democrats' co"),
    ("9dMrN9a4FngYwlkb", "Supreme Court Extends Sex-Based Anti-Dis"),
    ("P8GpfHrWcgP4zlR8", "ICE Union President: Gang of 8 Has Conte"),
    ("Ku04dMo6p8PTwBOq", "'100%' of illegal immigrant families rel"),
    ("eswa6DeOBtu2W1CM", "NFL releases statement on Kaepernick"),
    ("B91E1ZaH1FnwMr0D", "Eyeing Jewish Vote In U.S., Romney Goes "),
    ("AXScvdMPSR4KGS8n", "Poll gives both sides ammunition in heal"),
    ("DlYa8VrVsBpvodVw", "UK sued for approving Europe’s biggest g"),
    ("GSQpRmtdqsKKfU9V", "Jeffrey Epstein's suicide makes no sense"),
    ("oVwO1DAkyl4ywFFY", "Strzok-Page texts on 'media leak strateg"),
    ("T1uSlXK6gtCAUTKn", "Poll: Voters Give Obama Worst Grade Ever"),
    ("uH6vbm8yAJ4307G8", "OPINION: Building a wall won't save Amer"),
    ("5mBezNnq3KHi89pu", "The Ukrainian flight that crashed in Ira"),
    ("UWTlRrGuUkaQXU6g", "A Deeply Provincial View of Free Speech"),
    ("fttRrtN8IX30mOan", "Working Families Party Switches Endorsem"),
    ("Jvlpi3IQ2qkayp5s", "Job Title Key to Inner Access Held by Sn"),
    ("1nvRwxwViabPTOep", "Trump appears to mock Trail of Tears in "),
    ("OZvCjomnCHKaYGs6", "Opinion American capitalism is broken"),
    ("dDoIAc2N8mg7ssEg", "OPINION: The Rise of Presidential Extrem"),
    ("Rn9ueGHzDcBSW0Fs", "Not Even the Police Union Could Save Amb"),
    ("13ck8CbteU2uOiuS", "Trump floated US buying Greenland, but c"),
    ("DUl97VdqSwhfEwSu", "House Judiciary Member: Mueller Legally "),
    ("L0sHuv4EGsfqFZ3S", "Kellyanne Conway Goes Head-to-Head with "),
    ("ABsKn4EEYVwfEjtl", "Gorsuch and Kagan Clash Over Judicial De"),
    ("oEpKOQV43XrjSnLC", "U.S. Payrolls Rise 312,000, Wages Accele"),
    ("ahPMUfEDe4E7xQ8e", 'Billionaires build new "benevolent arist'),
    ("Xkjca2DqLSknSMeR", "Trump urges General Motors, auto union t"),
    ("dkAxBETB52BSBxey", "Child Rape Stories Are Too ‘Stupid’ For "),
    ("pzzhCAo9xUoo1Ox7", "Trump’s ‘America First’ Base Unhappy wit"),
    ("IDE1wFV514aahWVh", "Escaping 'Government' Schools"),
    ("ViRBmCcc8rh6vcbj", "OPINION: Not All Foreign-Influence Scand"),
    ("Ck3M5lxOpZ9WexGB", "U.S. has changed in key ways in the past"),
)
ROUND81 = (
    ("Bd9WmqinHXaQeF23", "Trump just put North Korea back on the s"),
    ("bQDoOj8H0KGcGvxb", "New Justice Department Environment Chief"),
    ("fB76nlnJmVvLuvkz", "Will Republicans lose the Senate majorit"),
    ("xV2OUxeiaqkoi368", "Clashes at Hong Kong airport after fligh"),
    ("5fim0OTXb4LRpIUb", "White House looks to salvage gun-control"),
    ("RdGQbiDmU0o9u2iI", "Conservatives fear Roberts going soft"),
    ("BIPxCVQyRavxycat", "The coalition that could? Why the Senate"),
    ("825PeDHjQbplLDI5", "In Clash Over Health Bill, a Growing Fea"),
    ("IBf1eu0p8MOgAseE", "New York Times says it is 'deeply sorry'"),
    ("KOICrhJKDVkRsQzR", "Steady stream of abortion cases headed t"),
    ("eJU1UR8yDnZ8ACK8", "Six Things Obama Didn't Tell You About H"),
    ("b5TxKxDHUCxy02QI", "Federal government to recognize same-sex"),
    ("1F1f1JLUejFEdcM0", "ISIS Suggests It Can Smuggle a Nuke Into"),
    ("PKJUjfw2f9MiesrA", "‘Believe All Women’ Is a Right-Wing Trap"),
    ("hOd3xKIdPj9B9ohr", "Congress critical of Snowden's \"mission "),
    ("jnZkoOi97xCQ2RjB", "Federal judge temporarily blocks Alabama"),
    ("6qNZO87fKqNmlUMc", "Hillary Collapses to 37 Percent in Iowa"),
    ("C2roK6f6nSDgIn0X", "This is how Ted Cruz wins: Donald Trump,"),
    ("kqRWrp3jmpLScX4j", "Why DACA Is Legal"),
    ("cES6MsC5vJp2o0SB", "Oprah Winfrey's stirring Golden Globes s"),
    ("Kvi4MKAFKC8QYLTi", "What’s in a Logo? How 2016 Designs Stack"),
    ("oeCJuvzxQ3dcq8WZ", "Katie Couric Accused of Deceptive Editin"),
    ("NhRd2DLl01Mx3gYV", "How to Disunite America"),
    ("X9Kp8nCYD3GRRZtv", "Post Pandemic, What Will Be America's Ca"),
    ("aJjbF0whfuZAsJ8Y", "A Good Jobs Report Does Not Mean A Rigge"),
    ("kWlSYbF0bRv4WnFW", "Deval Patrick announces six-day bus tour"),
    ("wCo3KAOtr4qCvD8A", "Trump Brings Message of Faith, Unity to "),
    ("yhuEDYKUmg9aARkJ", "Troops lock down Kashmir as India votes "),
    ("4CY5IZfRIn07q5I4", "Police seize rifle from St. Louis couple"),
    ("IWe2cNJ8yUmepPl8", "Boris Johnson has rare powers. He's gonn"),
    ("W5pqMddyBV3tS7GA", "When Your Family Spreads Misinformation"),
    ("Q75yEbboHgmd1tUz", "The Democratic Party descends into 'civi"),
    ("3C74mCl5N2iM0Ccv", "GOP Rebranding? Roger Ailes Isn't Buying"),
    ("CR5rINhbxXZMIEwV", "Democrats’ Supreme Hypocrisy on Labor Ri"),
    ("GzTFYkVEnQy063NX", "Trump’s Convention Is Already Nervous Wi"),
    ("nTGwwjB0vTK67DyX", "Texas bar owners, noting the success of "),
    ("gOdVemK7Ei8zLRMP", "Colin Kaepernick files lawsuit against N"),
    ("td1y54p4szmj7jrl", "Don’t Sell Your Soul in Defense of Presi"),
    ("C7Eqx8CW0zN223QI", "Buzz-kill: Denver proposes 5% tax on mar"),
    ("L6tOl1JUfvDLv3RQ", "Humana To Pull Out Of Obamacare Exchange"),
)
ROUND82 = (
    ("hTzk8cqaJ1jBT7a9", "Amazon issues 12-month ban on police use"),
    ("qBXs5hwBCApDyvyE", "Supreme Court blocks Obama immigration a"),
    ("1yzDmjydD4mJgsBL", "Troops at US-Mexico border a ‘colossal w"),
    ("5fT751rRgCERpqYg", "Ted Cruz releases birth certificate"),
    ("4be8WZ4X86ROLOvF", "A top scientist worries that Ebola has m"),
    ("JhIXJVwELa0X3NFv", "Graham introduces ‘historic’ 20-week abo"),
    ("9ngNfhUtXtgl2xdt", "CBS’s Scott Pelley Fact-Checks Mike Bloo"),
    ("cUd9V7UFr1Es2fRY", "After a Transphobic Tweet, J.K. Rowling "),
    ("IaPW82GvTlF4gHQ0", "The Slippery James Comey Gets Nailed"),
    ("R9X8opybx3N5jtvc", "Rand Paul asks: What happens when we top"),
    ("pb6mSlt8Naa3hH2D", "Hillary Clinton, Ready for an Iowa Pande"),
    ("PGF6e6Woe0K29EjH", "Trump told China's president that buildi"),
    ("xlPHA7zPdQTxQJHN", "North Korea Asks for Direct Nuclear Talk"),
    ("6XmdKN15FaR9GF3u", "Obama admits having 'bad night' but deni"),
    ("CgkandgL3OTrxibo", "Sen. Rand Paul Has Tested Positive For T"),
    ("5oLitu6VvPIP6fT7", "Obama Memorial Day Speech: 'Nation is St"),
    ("ZBnxGb8yzAvyanzr", "Washington Examiner's top editor orders "),
    ("j7BQzwbps3abfh27", "Why the stock market is up amid chaos in"),
    ("6bUPdttdBfjl8nhE", "After Discovering a Sailor With Coronavi"),
    ("jdGFFO0dNLUCxb3Y", "Trump fires John Bolton as National Secu"),
    ("8PTS2lw4ZeSMdRCE", "US announces release of 5 Guantanamo pri"),
    ("mVs6fsjKbIAbXogQ", "CNN Rejects Another Donald Trump Campaig"),
    ("kjmhhnACV6xT8gO9", "Boehner’s worst failure yet: Incompetenc"),
    ("ihf03W1xBeuleEVw", "No, we should not #CancelHamilton"),
    ("VrSEeGywpyJ3UMnw", "House passes bill easing bids by workers"),
    ("fvl7OCWrXgBPYKd2", "Kamala Harris Does Not Understand Why th"),
    ("axGsj1AiUAXBm5Gv", "U.S. Congress negotiators set spending p"),
    ("iHsUkAYClubODy4E", "How Obama can recover from stunning trad"),
    ("okSzN1ScGZFbxVDq", "Trump Fires Up Domestic Agenda as Top De"),
    ("uCxWgmVjA5uStgw5", "Study: Uber, Lyft Algorithms Charged Mor"),
    ("zAYgrLOg15WK54bV", "Right-Wing Media Outraged After Obama De"),
    ("ffAy49tcrgGPst7k", "Presidential stakes are high for nuclear"),
    ("bWk9sugrAOqQaJLo", "Surprise: The Media Wanted You to Believ"),
    ("BPMtFQJ08jXw3u06", "Trust Is Collapsing in America"),
    ("7T5gyt9gldQqOHot", "Pelosi to Form Bipartisan Panel to Overs"),
    ("G1AfeU9kdxnPDfqN", "'What a year it's been': Trump lauds maj"),
    ("Sqr742fQRh9KQuJa", "AG Barr on Trump-Russia Probe: 'I've Bee"),
    ("AZkonCC59h3Z3G3l", "Senators Probe Whether Banks Denied Coro"),
    ("N5JRvVYshoaYS6mW", "Georgia Man Who Filmed Ahmaud Arbery’s K"),
    ("n2u5b0uM2qu9sY1e", "New Study Shows Riots Make America Conse"),
)
ROUND83 = (
    ("vMeOh6upqxRggOIu", "Justices Thomas, Gorsuch blast court dec"),
    ("b5WFBlWzUhFk0SS2", "Congressional Republicans take heat at h"),
    ("P4nxSMgRZZMxQFOF", "U.S. Supreme Court rejects Trump over 'D"),
    ("3ixyPpUjTu365CU6", "A Lehman Survivor Is Prepping for the Ne"),
    ("k0sGWBTdNRu3ucUS", "G.O.P. Senators Pull Away From Trump, Al"),
    ("gpkkuvoztf9Xob6Q", "Of Course: State Department Can't Find H"),
    ("LiMvCMFO9oyaJBDB", "Intel reports going back to January warn"),
    ("enp7PoZdiWooWkp9", "What You Need to Know About the Ebola Ou"),
    ("f7eicB9QU3kzpohN", "Fiscal Cliff Would Only Dent The Deficit"),
    ("sTvq7WgwpawHYwZv", "Trump Willing to Meet With Iran's Rouhan"),
    ("w6M8ra9oFl71M3QS", "Why Keystone XL pipeline won't buy US st"),
    ("EqhwoZdjHUwdlZtj", "Darrell Issa subpoenas more Benghazi doc"),
    ("hYRJcvS51sAnO7BB", "House Republicans Just Voted to Eliminat"),
    ("XZHFlPhRI3MyainT", "Kentucky Protestors Hang Effigy Of Gov. "),
    ("Op7ojct6aBfUKtiB", "New York State Senate Passes Bill Permit"),
    ("6h3rvc5XsrK8IxcR", "How Sanders Held Off Buttigieg And Klobu"),
    ("XFetj5oLuAn3WSVd", "WHO announces it will temporarily suspen"),
    ("BpHrhq9t691NOgoW", "OPINION: Nancy Pelosi Is Damaging Democr"),
    ("RUdmakuJFdiXS5JB", "Homeland Security deletes immigration en"),
    ("zKOsLTqgXxZY7hsj", "Texas abortion bill a step closer to law"),
    ("WJDe7szbU3a3PrUk", "Ark. governor won't sign 'religious free"),
    ("seIu3Jg5FMMDbDfD", "US economy adds paltry 38,000 jobs in Ma"),
    ("y9fvosbVTHSnqQSp", "Kris Kobach Sent a List of Possible Immi"),
    ("0cpVm2tEzRbkDiL1", "Turkish military operation in Syria has "),
    ("OS8RO2XVKhBqS8k2", "Trump triumphant: 'We're going to go a l"),
    ("Xp9VcMOVWr6mcBHh", "The gender gap in American newspapers, i"),
    ("FqetYpXZ2TBLei0E", "Doctors say Bernie Sanders is fit for th"),
    ("CAJVnePyntRy7gc9", "Racial And Political Bias: The News Make"),
    ("h4DTiO3J5j5qD5ZZ", "'Hail Satan!': Spitting, twerking, viole"),
    ("baG7GhXJsEnpX90h", "‘Coronavirus’ has been heard at least 9,"),
    ("lyvj6cV5vXI1tDtf", 'Right-Wing Radio Renew False Cries Of "A'),
    ("bctYK6jREtakwSKS", "After Calls for Civility at McCain Memor"),
    ("EFVABSWSXSQwm6sl", "Senate parliamentarian nixes two more Re"),
    ("VUaVdiHj6JSCC5jV", "CBS News Has Fired Former ABC News Emplo"),
    ("V2r7sepx5abwI9gK", "Facebook Restricts Speech by Popular Dem"),
    ("NBp7rixncfV3SCSz", "Spicer: 'Unified Response' Expected From"),
    ("tYAAqPw7TLcRnYU7", "Radical Left ‘Repeatedly Consulted’ on F"),
    ("JN5i9noayR38U53v", "OPINION: Bernie Sanders, Donald Trump ru"),
    ("Lynz9yT0kplAD5JT", "A Reckoning Over Objectivity, Led by Bla"),
    ("1Gss2ybuOhWDynlP", "Facebook will let users opt out of polit"),
)

ROUND84 = (
    ("fqhpizTpxbYiii90", "Huffington Post contributor says it migh"),
    ("2KMpHXT9lTw1WEaj", "Media Matters Took In up to $2 Million i"),
    ("Prk0CQP4xkoo2StI", "Boehner rules out immigration reform thi"),
    ("varfXty1daCUkr4K", "North Carolina hearing on alleged electi"),
    ("Xeou6kQXwnc22gKC", "The Political Media Are Failing America"),
    ("VUnzcmQuOXFkTviq", "Obama: Supreme Court shouldn’t even be h"),
    ("ANHozVeJZkM9R2gd", "Economists: Romney's 12 Million Jobs Tar"),
    ("SruypIXjJupPii5P", "Top House Republican: Holder being inves"),
    ("1hzwwI8vwuoZ5yM5", "Jeb on Rubio: He Has Little Record of Le"),
    ("TyIEudF14x7rG9hB", "OPINION: America Needs Virtue before Pro"),
    ("zPYrPl8Qdttg3PLE", "The GOP is ungovernable: What happens wh"),
    ("8qo0QPrZ1SuRrwVs", "Social Media Giants Shouldn't Be Arbiter"),
    ("FQyTidQDSC9Mt4wL", "Obama Authorizes Air Surveillance of ISI"),
    ("Xp1Gub9r8tgqRCu2", "Why Trump Just Declared 'DACA Is Dead'"),
    ("dNcYv7h0WSRDsoZb", "What giving my mom the worst Mother's Da"),
    ("K1u0r92gLPJeCctL", "Rove's Latest Baseless Smear"),
    ("mfl1l7FQPXnZbuMr", "The Fear of Being Gay in Russia"),
    ("ZVVl8QQlwB3hCdSB", "Trump Issues New Ban On Most Transgender"),
    ("XwmlCh68ByZKOvjT", "Federal, state health insurance sites br"),
    ("329aRHtw2uJbei6I", "China says Beijing and US agreed to lift"),
    ("3z928zdF9shnVljg", "'He Was America's Hero': McCain Makes Fi"),
    ("UPAZAFMIrMnI1j5K", "These satellite photos show Russia commi"),
    ("CNqWMp7MfcGuRFSB", "Canadian parliament condemns Trump attac"),
    ("mD5eeHdJDTwWJtTv", "35 Atlanta educators to surrender today "),
    ("mK36CJzTEyRZlKUD", "Futures are rebounding Wednesday night a"),
    ("6xvANFCNWyN9FlpB", "Biden stays above the pack – and aims fi"),
    ("zCOtPJdwhT4JDZcC", "We Were Divided Long Before Trump"),
    ("GqnPd5kKuGQHJFoO", "The Company That Botched the Iowa Caucus"),
    ("1sktssCPDmW04Swd", "Let’s not censor Dr. King’s life even as"),
    ("kHPh9WHumnnLmuze", "Congress returns from summer break, dete"),
    ("uYGf20pb60fU8rKF", "Quiz: who will win Trump's most dishones"),
    ("1iiAIwaFO3YNnhlg", "Offshore Tax Havens Allege Unfair Critic"),
    ("vuTVCc4FhE34gWxp", "http://theweek.com/articles/623407/liber"),
    ("xoLgNyNfFJmiETxh", "February jobs report: U.S. adds a whoppi"),
    ("ZfSQnFLJXgFxlbU1", "You think this election is bad? This is "),
    ("egraP4UKdOijML91", "Our Culture of Contempt"),
    ("rA8Fa4ZIV9SCm1Mg", "OPINION: Neither Candidate Is Getting th"),
    ("RX9cwhjC17jq0M2L", 'CNN Legal Analyst Paul Callan: Pelosi "G'),
    ("vScqtpvsg0k3AV7h", "VIDEO: Shameless Journalists Blame Trump"),
    ("Y9tKHLHACUmeS2Ch", "OPINION: The big question about Hillary "),
)

ROUND85 = (
    ("LVrByNxEX6ByDwzT", "Trump Vows to ‘Break Up The New Media Co"),
    ("1yOKgxt8yGlissC5", "White House is reviewing expanded guidan"),
    ("vcJ79ETcXvC5QImt", "OPINION: A new folly of identity politic"),
    ("bm5sMWxoFNOgllch", "Supreme Court rejects EPA’s narrow view "),
    ("vDrjDSqlgBObVNBB", "'This Is the Last Time You'll Fill Out T"),
    ("PdopCkra94znnoGf", "Trump blasts CNN in 3 a.m. tweet, accuse"),
    ("gmL02Zb5kZewtPSm", "Obamacare delay? Small businesses get a "),
    ("qxoES8YyAXR3ZeXy", "‘Who’s Taking Care of the Kids?’ Is Fina"),
    ("qmLQ32UiWbWByCPM", "Hillary Clinton rips 'career politician'"),
    ("cl2O2Qt4mWjVCQUc", "Thad Cochran backers face agonizing choi"),
    ("VGEsBT3dOPv9Bmcr", "Keystone backers scramble for last vote "),
    ("JamAiwwyWMyJQ7FI", "Are masks the next front in the coronavi"),
    ("p4VH8g8R6sA298wM", "White House Launches Twitter Account to "),
    ("Oja0HAA7W0qG7jXP", "Analysis: What Trump's move on the Iran "),
    ("kj3CPmyb3WoxTqUf", "Fight the right-washing of Nelson Mandel"),
    ("qFE9xKsqlsCdT2gW", "OPINION: To Save Paris, Defeat ISIS"),
    ("teELUakQYwITrNPt", "Virginia governor's future in limbo amid"),
    ("Rm5osyyEZyqccv2H", "Where America's Terrorists Actually Come"),
    ("pz5SMfcTiuRXiWvH", "CDC says coronavirus survived in Princes"),
    ("KjGwDDNdSkaGvjZx", "Should the government tax your email? On"),
    ("L8pEFDHXuOcJSWOF", "The 2017 TIME Person of the Year Is..."),
    ("jYjkxvZ6YVb1WQQ9", "Clinton camp insists it can't be thrown "),
    ("nH1z16aieJudCbUj", "OPINION: Is Mr. Trump Nuts?"),
    ("KwH30rUoK5LK84ie", "No Death Penalty For Dzhokhar Tsarnaev?"),
    ("zxfBYNJezzsb8ULl", "Recounts ordered in Florida Senate, gove"),
    ("7pwEEMnRWTBXOSwJ", "Media's Olympic-level North Korea fawnin"),
    ("EVCxahegbW4wTjjz", "Trump's Wiretap Allegation"),
    ("hsVonkm2LaJKbfRK", "Harvard, MIT sue Trump administration ov"),
    ("HTcZUn95CppHmQew", "Kerry Hopes Syria's Chemical Weapons Are"),
    ("vjN5aQu4k3QK2Tw0", "Houston's Police Chief Insists That Cops"),
    ("KI5qkGyoHhneyqKl", "Tense: Rand Paul clashes with Today host"),
    ("6aITfelqdEWaThCX", "Bernie Sanders Blames Closed Primaries A"),
    ("juNIFP20tAckujFJ", "House Democrat prepares impeachment arti"),
    ("2RcNKEphX4jDLN1w", "Column: Biden's Protective Political Cal"),
    ("j2QjUfz9StWQOB6w", "Microplastic pollution in oceans vastly "),
    ("pRtQZz1Lvs3Mvrmq", "MSNBC's Harris-Perry apologizes for mock"),
    ("PNmrMdZRrNeoeYVv", "Trump just delivered the best speech of "),
    ("U9SomZfoOs0ER0ly", "OPINION: Obamacare's 1095-A Nightmare"),
    ("rLySpMW02pZFQBtm", "Chelsea Manning's Attorneys: Obama's Com"),
    ("BgJd3RMxaEbe3Hid", "Washed-Up Chris Christie Rips Into Hilla"),
)

ROUND86 = (
    ("FcvPIAdQWmIMMbXB", "Trump disbands business councils as CEOs"),
    ("zsHB7BtHkIOmQIvh", "Romney called for tax transparency in pa"),
    ("iQosdz4N6gN55Tyl", "Immigration groups turn to anger"),
    ("ngdg30hkDjx9X1EO", "Trump defends spending bill, says border"),
    ("MFS4eR1G0N8JVt7n", "Trump praises Putin for refusing to reta"),
    ("1uGCMgVqffMSu0Sg", "Sudan’s revolution could end the conflic"),
    ("8FT3rBIp4sRsVz4w", "Louisiana Pastor Fitted with Ankle Brace"),
    ("xJajZe23dpJleSYS", "Trump Set To Give 'Victory' Speech After"),
    ("SVUNVcFBirlys6al", "'Oprah 2020': NBC and celebs dub Oprah W"),
    ("DeTFpxZvUqKKhn0W", "This education startup is teaching kids "),
    ("0QOgeSPIaNW5JHYT", "Edward Snowden: Why the NSA whistleblowe"),
    ("HyzanQCXNm2Ko0g2", "OPINION: Terrorism made easy when nobody"),
    ("l7JSGGozwzo00bZK", "Trump Sues to Stop Deutsche Bank From Di"),
    ("1zHJBC0FnuEnOOND", "Is Corporate America Selling Out Our Cou"),
    ("QFGTFEh6tghVkFK3", "Could a Brexit Actually Save Europe?"),
    ("YWnUm9BTGDlW8dt6", "Is the left getting played by Russia? Fa"),
    ("RWs6CtoZCSXwGwPm", "Obama: After 9-11, US 'Tortured Some Fol"),
    ("MYbyQlX9sf71IZZu", "Obama Ready to Authorize Airstrikes on I"),
    ("v8oCYH4vel8V6rtW", "Emotional Debbie Wasserman Schultz Backs"),
    ("FLyRcE6BLEftVL2j", "NASCAR Owners Back Trump, Claim They Wil"),
    ("Js1Gqf0KKdKFOYwf", "Trump in Poland: ‘Our values will prevai"),
    ("iLABkzbiHXSI9Oyy", "Biden’s win shows Hillary’s loss had (al"),
    ("8vukIMEWKJkKByQa", "Another CNN Anonymous Source Proven Wron"),
    ("6nsQMuZ2lq6jftx3", "Trump targeting birthright citizenship w"),
    ("Q0gwd9wJBSxIA4wZ", "The biggest thing Iran deal critics get "),
    ("Q5fPZQ5SIMEZL7lG", "What Is the Earned Income Tax Credit (EI"),
    ("zZ4qqFxaDaHONCDM", "President Trump Must End Illegal Obamaca"),
    ("QCm9ycrieeRopQW5", "Protesters Vandalize and Deface CNN Buil"),
    ("VlwP7uA4ilV0P7Px", "Despite bipartisan sheen, Trump's speech"),
    ("2g7DWhmAw7xyMpL2", "Order to print Trump's name on every sti"),
    ("TPqmcH1BrhuuZPXm", "Health Officials: US Well-Equipped to St"),
    ("r130PtsbA4ZDJZdP", "The State Where Protests Have Already Fo"),
    ("mhkUTYElc9tAUwz1", "House Democrats Push to Cancel Student D"),
    ("4Hm5qEA04YSvJxDu", "Nets Turn Blind Eye to BLM Militantly Ta"),
    ("3pJ1oj3qTYu8GusK", "‘No Longer Needed’: Trump Boots John Bol"),
    ("z16vCj7D87RA1S3Z", "Do high-profile endorsements boost Biden"),
    ("pN8Q6kQAmupjmIQg", "The New York Times finally realized its "),
    ("G9Q05cq9JTs0cJRS", "Facebook, Amazon, our government and you"),
    ("uW2sDUsyuZuVYZe6", "The unemployment crisis should not be a "),
    ("h4pEcw9BN2mhvQKo", "Mitch McConnell sees 'no indication' Don"),
)

ROUND87 = (
    ("HujCUZIOSljGphOD", "With campaign in rearview, Ann Romney sa"),
    ("FNJnWXs3aQNlsD2G", "Piers Morgan's Latest Idea: Ban Gun Sale"),
    ("bWnk6OTUauyTvjOH", "Fox's Greta Van Susteren Ignores Data To"),
    ("PW8laF1WM5erfQ5h", "President Trump warns he'll cut off FEMA"),
    ("OGxIKiP52MSUuxJV", "There's Light—and Growth—at the Other En"),
    ("MKUg6knEhuG1XTCX", "On again? Trump says still chance of Jun"),
    ("vYGDzuOeN6EzfFpJ", "Hurricane Sandy Throws A Wrench Into Ear"),
    ("dvZGgt9t1qraN2Iq", "White House releases sweeping proposal t"),
    ("XuwUMNdBlwtu2R0E", "US sends F-22 jets to join South Korea d"),
    ("ZmlMHTig72FWyh60", "A Loophole Allows Lawmakers to Reel In T"),
    ("U0VFhEA0FqKc27uk", "Supreme Court Puts Government On the Hoo"),
    ("K6Wa64lUfXjQgSgd", "Mitt Romney's make-or-break night"),
    ("4S1z9jt1s3Rmbkx1", "Libertarian VP Candidate William F. Weld"),
    ("78Akx2nSokxbCMd0", "All of West Virginia’s teachers have bee"),
    ("99wdwSORTWDWQY2x", "DNC lawsuit against Trump campaign divid"),
    ("KCGOH1WS9bbL6nbA", "Texans Vote To Ban Fracking"),
    ("g6dsp3Hgx80auFvK", "White House draws criticism ahead of gun"),
    ("Jr0Gky3tsQfzM34J", "OPINION: When It Comes to the Senate, th"),
    ("h8tSHTfnHN5iisoy", "Trump keeps U.S. Embassy in Tel Aviv, sa"),
    ("H0XVIA3tRZhjyuuY", "Blue Wave or Blue Bust? The Key Senate R"),
    ("AUfRNUuk28Mcjq9s", "US Soccer reverses itself, repeals rule "),
    ("urTne5rrabloHPuN", "Why So Little Coverage of the ICE Attack"),
    ("ctbW8xwNwGLutEVp", "Team Obama Boasts About 'Ventriloquizing"),
    ("jCl94EaEixdiY9xU", "NBC News chief Andy Lack preyed on femal"),
    ("Rh2J8iaPHZ6umghp", "12 Reasons Ted Cruz Is a Strong GOP 2016"),
    ("8hIqnqHja7pAVqzt", "What Brian Williams’ Chopper Whopper Say"),
    ("h1ILavanDUWN7TdY", "Recordings Led to FBI, DOJ Battle Over W"),
    ("q4VgyUpseKMGOcBr", "The Democratic Party Wasn’t Ripe for a T"),
    ("NGyw6E2RHzAqSXLG", "Obama: Hillary Clinton’s Personal Email "),
    ("9eas8qrYK03PrZt5", "Chicago’s Coronavirus Cases See A Shocki"),
    ("KxPIz40rHAEiwEhP", "The establishment isn’t standing in Bern"),
    ("AjjxVI0DTRqqTTZh", "Trump replaces campaign manager amid sin"),
    ("cKuSOfGQy8eBTQOt", "Breitbart, Palin spread fake news story "),
    ("98VKvXjzwDCCZbz2", "Ukraine claims advances in east as rebel"),
    ("p1Qy125u8tLf0bE7", "Fox News Has Decided Bill O’Reilly Has t"),
    ("6G1StAM1xErWyYin", '"Look at my gun!" -  Why NRA\'s scary "op'),
    ("6oBfBOUh0msQv3ec", "Senator Who Sold Off Stocks Before Coron"),
    ("XW4LWGk288SwqDhM", "Twitter CEO Jack Dorsey’s account has be"),
    ("fuErVESrtftmDgXR", "Hillary Clinton: The Democratic Party's "),
    ("KjNmNQq106ruwojR", "Dem Candidates Run Hard to the Right"),
)

ROUND88 = (
    ("7Wxpu7Mx4X9H1Ns0", "Obama administration to order transgende"),
    ("XvTYjNBCWNFWcbUt", "Cruz Campaign: VP Marco Rubio Was Magic "),
    ("ULx5KWxJh79rMffd", "Jimmy Carter interview: Five memorable l"),
    ("HGVv51E93mxgQt0M", "'The Price Is Right' Gives Drag Queen a "),
    ("7jOH6TfCvp9kLmjM", "The House Just Passed a Budget Deal That"),
    ("GAPd3J99fkvgBIxf", "Women, including ex-Cabinet members, ral"),
    ("19fGCyQ84Cjldvmc", "NSA vote splits parties, jars leaders"),
    ("Y3D1r0f9m7IfsL4D", "First details emerge of GOP's sweeping t"),
    ("WuJcLazpDM5YULj6", "Mali: At least 3 dead as gunmen storm lu"),
    ("A62OkMC57ClbTWdo", "Texas shootings haven’t upended voters’ "),
    ("KJGXMJFISeuSPXWu", "Al Franken Staying in the Senate Would B"),
    ("aWsFfK1oSj5LDZwD", "Fuller video casts new light on Covingto"),
    ("9fe3krpF9oWatMro", "White House says CIA will stop using vac"),
    ("aYxb6prxkilW8M70", "OPINION: We can't reward Hillary Clinton"),
    ("ituwQEQSES29ihbm", "The ‘Deep State’ Canard Spreads"),
    ("23X9caEut2d5EuqF", "Mitch McConnell says he was wrong to cla"),
    ("YKciubox3480YfxZ", "Donald Trump is about to prove what a jo"),
    ("czQTU3zVUv1H2zZM", "Trump to sign order to keep meat-process"),
    ("XWQQCnfaIjfPc7Zg", "Obama Judge Rules Trump Admin Must Provi"),
    ("l1mFnCPdHwJrG2Cr", "With Iran Deal in Hand, White House Make"),
    ("5TkDLFiP6m4x5Og6", "Will CPAC Tell Us Which Way The GOP Is H"),
    ("ZzzzVEQgXqh4BzgV", "Donald Trump Murdered Qassim Suleimani"),
    ("hp0lyKFOFMa0sPoF", "Media Ignores Benghazi on Sunday Shows"),
    ("AP4663Fdgeh5UtdW", "Netflix Debuts Its Obama Manifesto"),
    ("BfrhCbuaMYXemVC8", "Jeff Merkley holds the Senate floor over"),
    ("EqIv7IIk9dLjv6Py", "Trump’s tariff decision is one of the wo"),
    ("JLqDqF7OERwRAhcE", "Democratic senators sue to challenge Tru"),
    ("deuFl1GjmVZhaeYz", "Christians Enraged With Cruz Over Pro-Is"),
    ("Kv2DKaBaY9zyVHys", "COVID-19 Has Infected and Killed Black P"),
    ("2WEThp4vsVyGFSPj", "Tea Party Republican and former Rep. Joe"),
    ("XhovB1vKgz5Ggzbs", "Indian journalist shot and killed after "),
    ("WO73rpZZTJWJUCfE", "The Democratic Establishment Is Broken"),
    ("PYhlgtm33UfdWuqs", "Publishers push for full repeal of Canad"),
    ("dkBdA3KXO5tTbxtU", "Trump University 'playbooks' offer glimp"),
    ("slvACNIAje9AX26U", "The Greeks voted to end their national h"),
    ("D1s4eIFSkU8FqauR", "How to Fight Fake News"),
    ("wrsW9LJINkW3IdVn", "9 Reasons Why Marco Rubio Is a Strong Pr"),
    ("9bG6zaMicHeTtaBE", "The New York Times Debates the Obama Pre"),
    ("WAA9NKwVmIJ6cu4A", "Republicans Tried to Sneak Abortion Rest"),
    ("ZPRaBr5Ng1kmhoJM", "Have Democrats Misplayed The Impeachment"),
)

ROUND89 = (
    ("RMMhNzYYvVwlqWNk", "Williams' U.S. Open treatment divides te"),
    ("vewf8SqfJM8hN4B5", "Jordan Peterson launches anti-censorship"),
    ("k6RiRqqFErWjL4nR", "3 Things To Look For In California Prima"),
    ("KH5fFEGV3OZW78PA", "President Obama's options on gun control"),
    ("LokeTWl5ipu94wEB", "203K Jobs Added In November; U.S. Unempl"),
    ("HrAzfv3CrE2NYbpd", "NRA 1, San Francisco Board of Supervisor"),
    ("BcUgO6CBs66eswSU", "Blame Game Ramps Up as Shutdown Draws Ne"),
    ("krI92RakmCvWWDHS", "Joe Biden wins some early Congressional "),
    ("pVxF7uiPZBpUPzZ6", "OPINION: The Irrational Allergy to the W"),
    ("4GQP4rftio0Ch0Pj", "Wall Street Journal Strongly Criticizes "),
    ("dBuasboLgk0m2fCV", "Trump slams Sessions for using 'Obama gu"),
    ("3QUTDsO3aT3rGnDT", "Obama pushes for tax hike on top earners"),
    ("vHuzR5Eq55xIb2Wt", "ISAF chief Gen. John Allen under investi"),
    ("hcCxHWlLdosMTMK9", "GOP Sens. Collins, Romney want witnesses"),
    ("GgoNLGbDxYtq5k5j", "Biohackers Are on a Secret Hunt for the "),
    ("ySR9y7QgDU2DVdBX", "Obama Administration Calls for Turkey to"),
    ("3TFuo89bVW6N4lcB", "Elizabeth Warren: Let people see trade d"),
    ("h47pxSkN3XeOVq7J", "Did Obama Admin Illegally Investigate Tr"),
    ("0vOk34MieLGY2XUS", "'It's Working:' More Hefty Obamacare Pre"),
    ("XknvtFRDIznkELPX", "Common Core standardized tests begin Tue"),
    ("Kc9ncL4T0FKyFgjO", "Louisiana could become the first state w"),
    ("Rgagp6ibptYp7lyg", "The Absurd Case against the Coronavirus "),
    ("cil5lU3HNK5YJa8f", "Young Obama Voter Says Race Relations Wo"),
    ("ph00UCwdOSiHQGKS", "Parents Sue Texas School District After "),
    ("1v1Hj0VrDO9fifI8", "President Obama won, but Obamacare didn'"),
    ("6vvFCGPog9FSekM7", "ISIS Document Reveals Prices for Abducte"),
    ("wI5w2znhl5RWaThm", "Even families grapple with polarization"),
    ("6em1wK83xP1pA7IF", "Supreme Court strikes down Louisiana law"),
    ("IP2fleUTY4NPC986", "Biden, Warren on ropes after delegate sh"),
    ("dNiPwDg116PVEznO", "EXCLUSIVE: New Email Leak Reveals Clinto"),
    ("sTsPCQWxpez4rHaW", "CNN Treats Senator Elizabeth Warren to a"),
    ("kThvgzOMbkYGnHRj", "Let’s Make 2016 the Last Endless America"),
    ("vri4hpa0mOG1Hzkj", "Paul Ryan killed bipartisan DACA bill th"),
    ("S8SMV4txPk1Yqk2q", "Letting Trump and the GOP self-destruct:"),
    ("Z1P7HMdu9VYuNWz8", "McConnell: 'A Slap-Dash' Impeachment Wil"),
    ("2bsBqoiw8GmEf9sm", "What's in the $2 trillion coronavirus bi"),
    ("E9GlgJdiYy0Bdn3n", "Weinstein Company Requests Takedown of K"),
    ("17UNZToQPnVK1FCn", "An up-close view of the pros, cons of ra"),
    ("kd3TYpzOvqSk5mjt", "OPINION: Obamacare repeal would not be a"),
    ("wRIpOGe5VYZWRnfb", "OPINION: Why Trump Is Wholly Unsuited to"),
)
ROUND90 = (
    ("8eYwC1QEOQFFuyYe", "A Back-Channel Plan for Ukraine and Russ"),
    ("xLhrKJCFLbuIu7v1", "Analysis: What's behind Obama's charm of"),
    ("GMbxUHjgigGd0kTs", "Clinton Faces Bad Headlines And More Que"),
    ("lxjSdVpWS40wUwka", "The rowdy greens take charge"),
    ("EbufdUXngwnJ2J0H", "Could It Be that Both Parties Are Doomed"),
    ("ZklwBVHYpR1QknGu", "The CDC's Shift From Vaping to COVID-19 "),
    ("hvA6QNsa66M050nQ", "New Stimulus Bill Works Through Congress"),
    ("ghMuDKQjhuSCTiSX", "USPS broke law in allowing workers to bo"),
    ("IowgCbhacZ9iBbFa", "Officials say gunmen kill 32 at ceremony"),
    ("41BzxJRj6iafp5JH", "Confusion over nuclear deal as Iran prot"),
    ("p2XiilnXFAuEJWyA", "Kentucky Governor Wants Feds To Investig"),
    ("TRe6ryT60Tfgk28Z", "‘Black Guns Matter’ Founder: Gun Control"),
    ("XBkrUqdoR4pRAKOH", "More than 70 dead in Kenya university at"),
    ("PDp0fJQzj7gAgCof", "RNC's Romney McDaniel rebukes her uncle "),
    ("IIa9zmh0ZG2pDwi6", "When Polarization Isn't the Problem: See"),
    ("Z0hevvfTIINA21ah", "CNN's Borger: 'Ridiculous' for Trump to "),
    ("Ntkfs3dwiKa5iyan", "Trump accuses House intel panel's top De"),
    ("rOJ6dAfEcvNPQs2W", "Trump Finally Fesses Up to Reimbursing M"),
    ("IfOSpyTqBPCtSJDR", "Trump's Top 5 for Supreme Court"),
    ("oI2207HqQACdAUWv", "OPINION: The Rapid 'Progress' of Progres"),
    ("zX2pJ3u5VbVRBeax", "Obama's pressing agenda"),
    ("r3FV2yhCS8q9f839", "Obama’s Job Approval Hits A New Low Ahea"),
    ("YSe6hNP2o7oJw39a", "Wisconsin reports record number of new c"),
    ("3APzOGPcTtwhbQFF", "How Biased Is Your Media?: A New Freakon"),
    ("pnh7wxBNQ0yHbIaT", "Shockingly, Trump's address to congress "),
    ("uA02K2mgt1QZnMic", "An Immigrant Bleeding from His Eyes, Ear"),
    ("mtsd1nXu0oHGOYk9", "The 25 women who have accused Trump of s"),
    ("zhg1iHqC4ZgzdOmB", "Tom Cole: Join with President Obama on q"),
    ("8NTuSwXfwP7ACajv", "Shut It Down: James Carville Says Democr"),
    ("r3MYeOvXhTr7xKH9", "NY Times Opinion Editor Calls Out the Le"),
    ("kJipnfM8kErrO5dC", "May jobs report: US economy unexpectedly"),
    ("l69bLGIweD5ZftBs", "Is the $600 unemployment bonus helping o"),
    ("EoURy6MpCSmmmO4m", "McConnell Sets Date For Vote On GOP Poli"),
    ("5InOxYKrTvsM9nd6", "Dick Cheney doesn't want to call it tort"),
    ("i58aQAVfvyBBj5V4", "Green New Deal Could Cost $93 Trillion, "),
    ("zVyckfmhUsavdWQg", "Activist who raised awareness about tran"),
    ("KcjQ6ecL7EE1HrNR", "OPINION: Vladimir Putin rushes to fill p"),
    ("joraOyL12exwPCUi", "US authorities fire teargas across borde"),
    ("CIhKwwQn9rVLeOH2", "When War Was the Answer"),
    ("QzEjDn81wDhBGFYo", "Megyn Kelly unloads on Trump spokesperso"),
)

ROUND91 = (
    ("pVRK1QTGI9rKO3w5", "OPINION: Factually Incorrect Cannot Be M"),
    ("KKOQyf6pSKJmAsoi", "OPINION: CPAC, freedom and saving the co"),
    ("oyY0hGNfUOuLJxxG", "Confirmation Battle Begins on Capitol Hi"),
    ("66IOVqDboNr1C517", "Nine U.S. Democratic presidential hopefu"),
    ("yYXOjlsrFtu4xpUp", "Paul Ryan: Intel leaks 'the problem of t"),
    ("psYxIljsBeBPkuKM", "'Shutdown' One Week Later and The Majori"),
    ("RMHmfXj4vwo8DPZV", "Rand Paul the one-man band"),
    ("VsftwHUgUcqS3nqa", "Million Moms March demands end to police"),
    ("pKO0KOdJ738g2tyg", "How people profit from perpetuating the "),
    ("iahNj81Hhfp0Qt6o", "Why a Bloomberg nomination has long conc"),
    ("KecRw303eODJlCE3", "Watch Jim Jordan Offer His Advice For Re"),
    ("qh8s6cJY5P1aIhSk", "FBI Uncovered Clinton Criminal Enterpris"),
    ("gi13tJKOE8TZHugU", "Study: Women had to drive 4 times farthe"),
    ("NDhA7YaFWeo2nOoH", "Biden campaign demands networks stop boo"),
    ("9W1so6O8wSZIzXot", "Rubio Offers Full-Throated Support for I"),
    ("UEm2qT0LlKoJX3dq", "Kentucky’s Republican Governor Pardons H"),
    ("jRbbyKgoBrLib9UZ", "OPINION: 10 Reasons Left-Wingers Cut Tru"),
    ("X1R0XSvi2AKVXHvd", "Shots Fired as Driver Rams Gate at NSA H"),
    ("puwM7HdWiPeIzQQi", "Drone strikes kill militants in Yemen; A"),
    ("fDOzHBI4LKQtSvMW", "Trumps slams Mexico and Dems as caravan "),
    ("OcHpzq2lBobxQ5hb", "OPINION: James Comey’s Big Mistake"),
    ("wFFu81rAdTxxEZID", "I fact-checked Megyn Kelly on Obamacare"),
    ("rHWNFhCz3dHMvw4w", "You're Enjoying Low Gas Prices, But Is I"),
    ("DlpsqzpC5nEaOPsJ", "On Health Care, Bipartisan Dishonesty Is"),
    ("v6dkwvWMCx9FhWQr", "Kanye West claims wife Kim Kardashian is"),
    ("Sqz3mHKUe6FrOO5w", "Trump says without evidence Dems leak in"),
    ("8G4VykBaOO7EWACE", "The GOP Deals With Trump Competition by "),
    ("yPTcYHeoScsKEONM", "Trump takes aim at Sen. Schumer’s ‘fake "),
    ("skAYPN058T929QTM", "Millennials' Infatuation With Socialism "),
    ("tguBaY3MOPxPSaqw", "Washington’s NFL team officially retires"),
    ("NeVoJpkzFNIrqHW9", "How conservatives should respond to Face"),
    ("x8W7Z5c4nxZpHZGp", "Mother Jones: O'Reilly's Argentina Prote"),
    ("7nWGhosK3AHEWQvU", "Trump signs into law $484 billion bill t"),
    ("ssNtDOny3vcOEij3", "Jussie Smollett indicted again for alleg"),
    ("oXKo8cG6awcSoLZK", "Greenspan: Economic 'Uncertainty' Greate"),
    ("pobUtixr97sXDal9", "Ex-Austin Officer Admits He Hired Hitman"),
    ("zrIhVbSVa8UNTOsE", "Trump team denied any Russia collusion a"),
    ("7AeI0h9jqOt2JjID", "America Should Prepare for a Double Pand"),
    ("RddDniWzt5NHfs8G", "Jeff Flake: A Republican Like Me Should "),
    ("uaid2iGEy8YFUGdl", "NBA Players Face the Question: To Boycot"),
)

ROUND92 = (
    ("DuJ2dpzVJCVZ2Lmr", "Jared Kushner's Role In Coronavirus Resp"),
    ("BWdvqKMVEw6hH4ht", "Paul Manafort considered flight risk bec"),
    ("sZVcFO5Dy2XJUeUk", "Trump push for conservative judges inten"),
    ("jiQEMVS7hXE4b4CF", "New Obamacare Scandal: Contractor Rushed"),
    ("sJK1AjSejjhGBur9", "Gaza Truce Unravels as Israel Soldier Sa"),
    ("dNZDrkiGmVRosErM", "Trump signs executive order to transform"),
    ("pGDQCVccmbhRQCz4", "Democrats Plan Challenge to G.O.P.’s Fil"),
    ("Il3WhKRKIUzXgS5Z", "The power in welcoming alternative views"),
    ("fMFFMYHdpBQJ3iCQ", "Billionaire Tom Steyer drops out of pres"),
    ("WfU2oJqLQA3yQ9Do", "Ex-intelligence chiefs: President Trump "),
    ("EEkQB4VhrsakUSLv", "Buttigieg surges to 10-point lead in New"),
    ("VkMxZsAyl3SisBH4", "US colleges screen some students for Ebo"),
    ("gkYAd8lYC7j0RDcn", "Bernie Sanders: ‘I have my doubts’ about"),
    ("5xYaTSQDuOWEbsls", "Unhinged: Chris Matthews Ties Texas Pros"),
    ("OBnIXO8ykhw8ZPva", "The Farm Bill for Billionaires"),
    ("HB6yUPppjlyWGVwP", "Trump, McConnell, Pence Call For Full, C"),
    ("RM8fW2bgxLeo4s9I", "The best evidence yet that Republicans w"),
    ("vl2Nbvr7VbHZ29qc", "7 enormous lies “American Sniper” is tel"),
    ("UHbFB9DMSLhDxAYv", "The IRS's war on free speech"),
    ("XmAtoc5XKnFpEY96", "OPINION: When Democracy Fails to Deliver"),
    ("mTCQmvtn2szLmPZy", "Trump Administration Asks United Nations"),
    ("KOrDHtICmCjHS5Ww", "US may become centre of coronavirus pand"),
    ("7xHFDQCY3BCZDaQk", "The Supreme Court is crankier than ever"),
    ("cZ0FnV2QKKlEZorQ", "How Washington is killing the economy"),
    ("mJY3A3JQWJrqAnQe", "Trump grouses that Sessions' recusal was"),
    ("0WibFHGbpXdEqi0v", "Commission on Presidential Debates: Insi"),
    ("qbNCR6Qt8cCEcQ5k", "Deniers of the Reality of Liberal Bias  "),
    ("UWe3oOA9uwrZsMRe", "U. Chicago Sent Incoming Freshmen a Lett"),
    ("K7bY8YrqFBchjDaQ", "Down and Dirty: Mud Flies at Republican "),
    ("C0wYn7z4AQGgOe0A", "ABC, CBS Mislead on Fox News Town Hall C"),
    ("pNz5soGw8V1UKvYf", "Trump Denies He Was Briefed on Russia Ta"),
    ("nQaWlSSnyhVWbvkc", "Planned Parenthood\u200b gets a nod for their"),
    ("QNlXpYAt4PBlHm6j", "If your candidate drops out after you vo"),
    ("w88tU1O0XSQW4tLf", "We Are a Nation of Laws"),
    ("NHsDujkCocQnEXKK", "The GOP Bet It All on Trump. Now They’re"),
    ("aQzLf32y1pIYHSSo", "OPINION: Trump Can’t Unite Us. Can Anyon"),
    ("AwO4FXPrh127bx7g", "Muslim Countries Refuse to Take a Single"),
    ("AlIUsCj5NyW00PN8", "OPINION: Democrats: Do not help Republic"),
    ("aLhVOeJy8KBgjzEP", "Trump’s Top Intel Pick John Ratcliffe Di"),
    ("77yuKnhdvRXLB7RR", "Elizabeth Warren Continues to Persist"),
)

ROUND93 = (
    ("6nI3IAbtxW2m0DiL", "The Mike Pence E-mail ‘Scandal’ Exposes "),
    ("kTvbTJ8jEox7mwPT", "Calif. Assault Law Requires College Stud"),
    ("9LELoaYWSuLs5K7d", "The White House Social Media Summit Was "),
    ("H8xquMNUClTkqJFs", "Exxon CEO & Friend of Putin Rex Tillerso"),
    ("cKtRbSesHPBaEPSe", "Trump’s Tulsa rally: Small setback or si"),
    ("idMshQhOHLcHSI66", "Chicago police question bail in gun case"),
    ("z6JeFMQlBf9GDxir", "US draws closer to South Korea with new "),
    ("PvrMBkna3VwOpHfE", "Support spreads for officer in Ferguson "),
    ("Q3KfJi9h4tOSlQ9c", "A Cheaper Way to Provide Universal Healt"),
    ("8fp9SWF5jFoycpSU", "Sean Penn’s Meeting with ‘El Chapo’ Remi"),
    ("uVEC94IyiITqdGgP", "Trump’s path to victory runs through Flo"),
    ("hRfoSYqQ2tCcrWDp", "Evolution or flip-flopping? Why Trump is"),
    ("Xt24AReGseOdJvzU", "The Brotherhood delusion"),
    ("tdMKRxHnxn6m5YJA", "Piles of tar-sands waste in Chicago are "),
    ("yTjDxT30Nbu787n1", "Hillary Clinton’s Quiet Support Will Car"),
    ("R8sCrXBc7obpdF1j", "Exclusive: Trump takes hard line on immi"),
    ("esTqenjIKgoNv8fl", "San Bernardino Case: Feds Uncover Earlie"),
    ("WrjAFcC16mVyNYI7", "Winner led from wire-to-wire"),
    ("4vb552CdLUDnUVES", "Former US ambassador to Syria: I couldn’"),
    ("t4KVtUZZuxgjZIIp", "New Jersey just became the 15th state to"),
    ("MOxLEHpyme2HRSxn", "Tlaib Addresses the 'Lies' Being Spread "),
    ("95uyd0aN7Ffdh0p5", "The Kentucky Governor’s Race Is a Warnin"),
    ("Qx72WdFEVWzDcEHI", "2012: The battle for 7 states"),
    ("pYeIvJgUJ8fHDLAn", "Why Kiev's efforts to control Odessa cou"),
    ("ahcBtXUcVSJHvgnC", "Can the 'Big Six' Keep Tax Reform From B"),
    ("4hY1zdadEUcxzeS4", "Trump and Clinton Win New York, Get Clos"),
    ("aUomsBCPjcbQm2Ki", "In politics, height matters"),
    ("ebGyXz5kUtw60McC", "Clinton to dismiss Trump's economic plan"),
    ("RD8M2jQQnD6bLw54", "Republicans barnstorm Iowa after debate,"),
    ("V13QmeCMCWSY8S9q", "What unites Donald Trump and Michael Blo"),
    ("Liu2qYnn1B5KD51j", "OPINION: Why the Left Has Been so Wrong "),
    ("nuPAaq9m5oWtPwKk", "ViacomCBS drops Nick Cannon, cites ‘anti"),
    ("eOhIZB4e8PUiBiSW", "Do you live in a bubble? A quiz"),
    ("BBvpHOCWtIGufaJZ", "Trump Tax Bill Hammers New York and Cali"),
    ("2MKA3Fv50iXnc4EL", "OPINION: NATO’s Challenge Is Germany, No"),
    ("DVDXujI0raKqbVNF", "Trump Does News Conference With Bill Cli"),
    ("7kJ5D4fd5s6taXPL", "Don't write Donald Trump's political obi"),
    ("v79HAJ1kgbe70vJY", "North Carolina Town Creates Reparations "),
    ("IZGJHTIm3CzdTQTW", "This Weekend, “SNL” Went After The Fashi"),
    ("d1BwUkodaLvwIriF", "ABC’s Matthew Dowd: Ronald Reagan ‘Would"),
)

ROUND94 = (
    ("wR8Y5FGq2AsTPaWO", "Al Franken to Resign From Senate Amid Ha"),
    ("v3dd9DDSnADm10ul", "Report: FBI and Justice Department Offic"),
    ("bi47OyRoWthUkbXF", "Harry Reid Criticizes Ocasio-Cortez Tax "),
    ("nyZa5yqXpe6AU0xm", "Get me rewrite: Are the media dreaming o"),
    ("wypmlzSvC00wpdqu", "Pope Francis: Christians Joining Jews in"),
    ("ZuT8q98bw54cPfX0", "Trump Wonders Why Coin Commemorating 100"),
    ("TlchTwyQxxjSsyFc", "Treat Illegal Immigration Like What It I"),
    ("KgLubTq8QbmzTjk4", "Shuttered schools, plunging milk demand "),
    ("VuzdgtkZOH1BDmjy", "Obama sets prime-time address on ISIS, a"),
    ("tHply5zeW0TzvQ00", "Democrats vow to probe BuzzFeed report T"),
    ("ybCmtH6WquzXqQZM", "Illegal immigrant families exploit 'catc"),
    ("rjfnstVYHSNBlnts", "President Obama's contempt for voters"),
    ("KSi4BdqCK4CW2XgJ", "The Education Blob Gets Revenge"),
    ("qpt9p43hRsyJ6uzR", "How to Root Out Corruption Without Intro"),
    ("7CZwYUvovXeVtyt0", "Ashton Carter Is Sworn In As Obama's 4th"),
    ("St9IsHkZJUcGuwcU", "Quick draw: How the NRA's LaPierre keeps"),
    ("p54iK1WU5XeThQBv", "How the House of Representatives Can Ste"),
    ("ly4PBcdiBT6lrX0N", "Kimberly Guilfoyle, Trump campaign offic"),
    ("CO5EQyd4q4MLR83I", "Josh Duggar confessed three times to sex"),
    ("MGNjrjSn0vUTUF3u", "Morris: The unstoppable Trump"),
    ("UNvmXjIt39kOU0Rv", "Trump urges Congress to approve small-bu"),
    ("2cFKabTsaGRKYKfW", "Clinton Camp Tries to Deflect Suspicion "),
    ("HARZ41kmBMNZON0S", "These are the people Facebook put in cha"),
    ("DivExrN2mL2CQY4o", "Social Distancing Becomes New Normal on "),
    ("Ym0WxkG8viaH1hu9", "Collins on DNI Position: Thanks, But No "),
    ("BF2M6Wf1LYwGLQQ3", "Goodwin: Adam Schiff’s dull impeachment "),
    ("JcdWT9z60vPxatPy", "No taxes for teachers: California tries "),
    ("wFccX9xowPXs3dgm", "Trump Says the U.S. Has Destroyed ‘100% "),
    ("hjHEDsRGEKKlA1Yt", "Trump may have announced the transgender"),
    ("epFuwlxwRQYileSM", "OPINION: American Democracy: Not So Deca"),
    ("gh5tAExVVfbFDstD", "Historians Roast the 1619 Project"),
    ("6Tog8fAQaXSpoMCQ", "IMF warns storm clouds are gathering for"),
    ("eBCYub0xNobFO5Kh", '"A Presidential Endorsement of Racism": '),
    ("VSciS4by75SkNqXX", "Netanyahu apologizes to Erdogan for Turk"),
    ("0mCkCAGWdx0fnaC9", "Trump's precious border wall hits a fund"),
    ("Mc1uI5V12b6Zs8WS", "At U.N., Haley says U.S. is ‘prepared to"),
    ("E8lPQNhGniYEPKEQ", "Trump tweets he will 'strongly consider'"),
    ("gQ5okhIr2i6E4d2D", "Pinterest bans anti-abortion group Live "),
    ("Yd5S8q9mEhTuTwgA", "OPINION: 3 theories on why Donald Trump'"),
    ("Z8rHrVXgs28flL80", "The Democrats Are Partially Right about "),
)

ROUND95 = (
    ("EoES3tUUQpfNkBMO", '"If You Like Your Doctor" Might Be Disca'),
    ("GtoKtzo8mwYWvicy", "Study Finds Delays for VA Mental Health "),
    ("e1MPqwDHbkE4xqAL", "Why Joe Biden can't get no respect"),
    ("pYqiSHquQIzXDAT9", "Hillary Clinton Cancels Campaign Events "),
    ("DDw5Okcc6NF26VEk", "Judge tosses Trump executive order, rest"),
    ("Afg7xTPNsb9sbL04", "US Ebola czar: Fight against deadly dise"),
    ("i9kRNfWMTGE37GJQ", "5 Key Things in the $2 Trillion Coronavi"),
    ("FlIhZgkg6rIFOvBQ", "Democrats set to pass ethics reform pack"),
    ("4BBjKN44HOqlX3HC", "Trump sees 'great spirit' for tax reform"),
    ("LjmGStzlcNgslyfQ", "Rare point of unity: Trump and GOP agree"),
    ("SJ52gAEuLoxWrymX", "OPINION: Campus Chaos Has Come to Congre"),
    ("bcRmFOhN45JJ2wMT", "Tissue of lies: Why liberals and the med"),
    ("8IMoZAxnWmZujZOx", "Obama, GOP spar ahead of new EPA polluti"),
    ("oROzDwAQtoAVmWOi", "Employer-Based Health Care, Meet Massive"),
    ("US65TgQKlgig7hMU", "Boeing fires CEO Dennis Muilenburg, as t"),
    ("Ucseut5jJXiCDiUJ", "Scoop: Trump pins Ukraine call on Energy"),
    ("44MQqr7YozfYMHbc", "Haley to UN: US 'prepared to do more' in"),
    ("faFEa6vcAHI4gL02", "Put Alan Grayson on Benghazi panel - he'"),
    ("n7e6ExNQI3nrLi8G", "This is how fast Americans are spending "),
    ("ziPwrb5gL32Zx9lJ", "Sorry, the Zimmerman Case Still Has Noth"),
    ("mtz0h1Xx3mPic3Le", "Can the U.S. economy hold up against the"),
    ("R4jya2Aray9n6fnb", "Merriam-Webster appears to jab Brit Hume"),
    ("74PB61cWdAD9l4L8", "Trump replays Clinton 'woman card,' defe"),
    ("6fVbOnPGVp6xKOEn", "Michigan ER doctor confronts Mike Pence "),
    ("Aeie4dEXy9ffPPc8", "Trump Signals U.S. Likely to Go Ahead Wi"),
    ("ddOxR3zw1yO66Trp", "State Polls: Race Tightens as Trump Clos"),
    ("85GRiYbQhDm9APAK", "OPINION: Can Democrats Quit Identity Pol"),
    ("7PHAzVS19UzTKVUx", "Americans remain divided on how the Supr"),
    ("dEFPVQ3dzwDuMIBu", "FBI Wraps Kavanaugh Investigation, Senat"),
    ("AfWcQjcRkqUch7ME", "Three lessons from Chris Murphy’s gun co"),
    ("HC8iKBGbNCXOZ7YB", "USAF Chief Of Sexual Assault Prevention,"),
    ("HGlG6ns6Sb0lUVuv", "What the ‘Liberate’ Protests Really Mean"),
    ("fkfv1cZSVRSkAuS6", "Trump casually accuses Joe Scarborough o"),
    ("B3g44lbsQdeMhy7p", "Missing From The Fake News Debate: Evide"),
    ("PAI929e9fuLF5eWt", "Congress to Iraq’s Maliki: No Arms for a"),
    ("8KNF0LaDngzd9fZD", "Twitter Official Overseeing Misinformati"),
    ("3BsVjlQ2Sqils09E", "Conservative groups pan farm bill for sp"),
    ("IWx0dvamiePgsuUM", "The Idolatry of Journalism"),
    ("aMF4bY9GMexo8xmm", "For Jewish Republicans: Oy vey"),
    ("nlnqFl2XLYy3jMcK", "The US is sending roughly 100 more Marin"),
)

ROUND96 = (
    ("fO67Kzzu04EuDhy5", "Mock election canceled: How the 2016 rac"),
    ("i87UY4XtbsYEQaRN", "Federal appeals court sides with Trump a"),
    ("TU05gsnf9T99dqDd", "'America Is a Nation of Believers': Trum"),
    ("93zjSh3DrzJJFqlk", "Ryan blasts Sebelius' silence on ObamaCa"),
    ("XNiyvqYavGAqAppV", "Exactly What Did The IRS Want To Know?"),
    ("8gSVydKuu6j7KKFS", "House defeats latest immigration bill, t"),
    ("ZF0DTTXHlcQcJ3Tk", "Riots Are Violence"),
    ("VCAqVCCkTWioWWLE", "Edward Snowden won't be pressured to end"),
    ("sWiwDLAtzPlYgMJu", "California legislature passes AB5 gig-wo"),
    ("AQIn35d6ufeG88DY", "Wisconsin Republicans pass bill to curb "),
    ("SAZXUKrMO0sobxfs", "Revised Senate health care bill already "),
    ("pmCyWqSedW1XM4z9", "Obama debates Obama"),
    ("4haiGwl9en36SX62", "During Meeting With Pope at The White Ho"),
    ("50fVZqhrEnqqAVCr", "Killings at brewery do little to change "),
    ("LlkyB5eyzDw40q0t", "President defends Obamacare: 'We're not "),
    ("9pmoBBsNSbBVQWbM", "Jeff Sessions to Announce Run for His Ol"),
    ("IQ2Pr2QB8c8Scu3m", "House Democrats pass doomed $3T coronavi"),
    ("JKhzB7S1Ch9qNS7H", "Nikki Haley gets widely mocked for bizar"),
    ("KTtCoYUAL3uXGEd2", "OPINION: Colin Kaepernick and protecting"),
    ("irZIOVwtRrukqFPs", "George W. Bush Eulogizes 'Best Father' a"),
    ("FGxGNL96wSDlB2rv", "LeBron James' China comments put the NBA"),
    ("1aoxhNTRIF4w1X8r", "House Leaders Express Their Support for "),
    ("zzw8ORfncyrlNR6J", "China Agrees Not to Restrict PPE Exports"),
    ("Xb0FpkWfyJYLt8vh", "Bowe Bergdahl won’t serve prison time, a"),
    ("BuEfoyTTM9YgulMM", "North Korea says it’s going to blow up i"),
    ("Mlr6yW6aCwbI16Fi", "Dems Reject Gun Violence Bill as Shootin"),
    ("ng6wHkmwudyNBOpy", "Britain becomes latest country in lockdo"),
    ("KuIgg07Dxsov9MfG", "Trump Exchanges Insults With London’s Ma"),
    ("JslPfMn7DFu7ka2B", "The One Number That Shows Why Any Health"),
    ("p1ygGLBbgcaQu4jv", "Christian Students Ask Supreme Court to "),
    ("iJyVe5I5I3XsIbmG", "The Rise of the Violent Left"),
    ("aj9izIcZz5WegqrL", "Biden burns Sanders in chaotic Illinois "),
    ("6INxzIAknitnkSdp", "NBC Contributor: Trump Saying ‘Heil Hitl"),
    ("t9BMhk3OShmbPgWj", "Why China scares politicians of all stri"),
    ("xUk6rflYISaAXVw7", "With a distracted public, the Pentagon t"),
    ("laCFTXnIfVcvh9m5", "OPINION: Debate performances dispel noti"),
    ("IPhcpqCOBeikK8oX", "Obama Rips Trump As ‘Cruel’ For Rolling "),
    ("ri5a4QEQrwkEHuHl", "Trump claims torture works but experts w"),
    ("lFdp4sc3wtLdX2aI", "Indulging The Obamacare Repeal Fantasy"),
    ("xQA8fmRltipL7yOK", "Australia fires kill half a billion anim"),
)


ROUNDS: dict[int, tuple[tuple[tuple[str, str], ...], str]] = {
    80: (ROUND80, "sa"),
    81: (ROUND81, "sb"),
    82: (ROUND82, "sc"),
    83: (ROUND83, "sd"),
    84: (ROUND84, "se"),
    85: (ROUND85, "sf"),
    86: (ROUND86, "sg"),
    87: (ROUND87, "sh"),
    88: (ROUND88, "si"),
    89: (ROUND89, "sj"),
    90: (ROUND90, "sk"),
    91: (ROUND91, "sl"),
    92: (ROUND92, "sm"),
    93: (ROUND93, "sn"),
    94: (ROUND94, "so"),
    95: (ROUND95, "sp"),
    96: (ROUND96, "sq"),
}


def read_article(folder: Path, ident: str) -> dict:
    """One article of the dataset (title, date, source, content_original, ...)."""
    return json.loads((folder / f"{ident}.json").read_text(encoding="utf-8"))


def story_text(article: dict) -> str:
    """Headline, date and paragraphs of one article, as a plain-text news story."""
    day = dt.date.fromisoformat(article["date"])
    dateline = f"{day:%B} {day.day}, {day.year}"
    paragraphs = [p.strip() for p in article["content_original"].split("\n") if p.strip()]
    return "\n\n".join([article["title"].strip(), dateline, *paragraphs]) + "\n"


def rebuild_round(number: int, folder: Path, out: Path) -> list[Path]:
    """Write round ``number`` into ``out/A`` ... ``out/D``."""
    stories, prefix = ROUNDS[number]
    written = []
    for n, (ident, headline) in enumerate(stories):
        path = folder / f"{ident}.json"
        article = read_article(folder, ident) if path.is_file() else None
        if article is None or not article["title"].strip().startswith(headline):
            raise SystemExit(f"{folder} is not the data this round was drawn from ({ident})")
        path = out / "ABCD"[n // 10] / f"{prefix}{n + 1:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(story_text(article), encoding="utf-8")
        written.append(path)
    return written


def _quoted(text: str) -> bool:
    """At least two quotations, curly or straight."""
    return (text.count("“") >= 2 and text.count("”") >= 2) or text.count('"') >= 4


def _garbled(text: str) -> bool:
    """UTF-8 read as Windows-1252 and saved again ("StatesÃ¢â‚¬â„¢ Rights"): left out of the
    draw, since labellers would have to guess the words."""
    return "Ã" in text or "â€" in text


def _seen_elsewhere(article: dict) -> bool:
    """Stories other sets already hold: CNN before 2016 (the CNN/Daily Mail archive's years) and
    Reuters of late 2017 (the ISOT copy of rounds 66-79)."""
    source, date = article["source"], article["date"]
    return (source == "CNN" and date < "2016") or (
        source == "Reuters" and "2017-10-15" <= date <= "2017-12-31"
    )


def draw(
    folder: Path,
    seed: int,
    before: int,
    count: int = 40,
    min_chars: int = 1500,
    max_chars: int = 6000,
) -> list[tuple[str, str]]:
    """``count`` stories drawn at random (``seed``), one per outlet, among those of
    ``min_chars`` to ``max_chars`` characters with at least two quotations, leaving out the
    rounds before ``before``, stories whose headline one of them has, and stories other sets
    already hold."""
    used = {i for number, (stories, _) in ROUNDS.items() if number < before for i, _ in stories}
    taken: set[str] = set()
    candidates = []
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        text, title = article["content_original"], article["title"].strip()
        if path.stem in used:
            taken.add(title)
            continue
        if not min_chars <= len(text) <= max_chars or not _quoted(text):
            continue
        if _seen_elsewhere(article) or not article["date"] or _garbled(text + title):
            continue
        candidates.append((path.stem, title, article["source"]))
    random.Random(seed).shuffle(candidates)
    drawn: list[tuple[str, str]] = []
    outlets: set[str] = set()
    for ident, title, source in candidates:
        if title in taken or source in outlets:
            continue
        taken.add(title)
        outlets.add(source)
        drawn.append((ident, title[:40]))
        if len(drawn) == count:
            break
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "jsons", type=Path, help="data/jsons of a clone of ramybaly/Article-Bias-Prediction"
    )
    parser.add_argument("out", type=Path, help="the folder to write the stories into")
    parser.add_argument("--round", type=int, choices=tuple(ROUNDS), required=True)
    args = parser.parse_args()
    written = rebuild_round(args.round, args.jsons, args.out)
    print(f"{len(written)} stories written to {args.out}")


if __name__ == "__main__":
    main()
