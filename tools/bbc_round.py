"""Rebuild the news set of evaluation round 16 (README, "Quality, measured"): 60 BBC News
stories of 2004-05 that the project had never seen, from a clone of the plain-text copy of the
BBC full-text corpus kept on GitHub as ``ZitRos/news-articles-dataset`` (commit f0ee062).

Why a tool and not the texts: the articles are the BBC's copyright, so the project ships only the
gold lists (names, roles, quotations); anyone with a clone rebuilds the texts byte for byte (the
files are copied, not changed) and reruns the figures:

    git clone https://github.com/ZitRos/news-articles-dataset /tmp/bbc-full
    python tools/bbc_round.py /tmp/bbc-full /tmp/bbc16
    python tools/bbc_round.py --round 17 /tmp/bbc-full /tmp/bbc17
    python tools/bbc_round.py --round 18 /tmp/bbc-full /tmp/bbc18
    python tools/bbc_round.py --round 19 /tmp/bbc-full /tmp/bbc19
    python tools/bbc_round.py --round 20 /tmp/bbc-full /tmp/bbc20
    python tools/bbc_round.py --round 21 /tmp/bbc-full /tmp/bbc21
    python tools/bbc_round.py --round 22 /tmp/bbc-full /tmp/bbc22
    python tools/bbc_round.py --round 23 /tmp/bbc-full /tmp/bbc23
    python tools/bbc_round.py --round 24 /tmp/bbc-full /tmp/bbc24
    python tools/bbc_round.py --round 25 /tmp/bbc-full /tmp/bbc25
    python tools/bbc_round.py --round 26 /tmp/bbc-full /tmp/bbc26
    python tools/bbc_round.py --round 27 /tmp/bbc-full /tmp/bbc27
    python tools/bbc_round.py --round 28 /tmp/bbc-full /tmp/bbc28
    python tools/bbc_round.py --round 29 /tmp/bbc-full /tmp/bbc29
    python tools/bbc_round.py --round 30 /tmp/bbc-full /tmp/bbc30
    BRIEFBOT_PEOPLE_GOLD=bot/eval/gold/people_bbc16.json python -m bot.eval people /tmp/bbc16
    BRIEFBOT_QUOTES_GOLD=bot/eval/gold/quotes_bbc16.json python -m bot.eval quotes /tmp/bbc16

The stories were drawn at random (seed 20261128) among those with at least two pairs of
quotation marks and 1,500 characters, leaving out the 100 of ``bbc-news-summary-sample``; they
are named ``bb001.txt`` ... ``bb060.txt`` in that order, under four folders of 15 (``A`` ...
``D``), one per labeller.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

# The source file of each story, in order (under the clone's ``news/``).
STORIES = (
    "sport/wilkinson-to-miss-ireland-match.txt",
    "tech/more-women-turn-to-net-security.txt",
    "entertainment/rapper-jay-z-becomes-label-boss.txt",
    "sport/robinson-answers-critics.txt",
    "politics/uk-discriminated-against-roma.txt",
    "tech/yahoo-moves-into-desktop-search.txt",
    "politics/labour-in-constituency-race-row.txt",
    "tech/gadget-market-to-grow-in-2005.txt",
    "tech/text-message-record-smashed-again.txt",
    "politics/blair-blasts-tory-spending-plans.txt",
    "tech/software-watching-while-you-work.txt",
    "entertainment/obituary-dame-alicia-markova.txt",
    "entertainment/robots-march-to-us-cinema-summit.txt",
    "politics/uk-set-to-cut-back-on-embassies.txt",
    "tech/honour-for-uk-games-maker.txt",
    "entertainment/row-threatens-hendrix-museum-plan.txt",
    "politics/borders-rail-link-campaign-rally.txt",
    "entertainment/black-sabbath-top-rock-album-poll.txt",
    "sport/england-coach-faces-rap-after-row.txt",
    "business/standard-life-concern-at-lse-bid.txt",
    "tech/cyber-criminals-step-up-the-pace.txt",
    "sport/blues-slam-blackburn-over-savage.txt",
    "business/french-boss-to-leave-eads.txt",
    "tech/web-radio-takes-spanish-rap-global.txt",
    "sport/henin-hardenne-beaten-on-comeback.txt",
    "tech/blogger-grounded-by-her-airline.txt",
    "tech/the-year-search-became-personal.txt",
    "business/monsanto-fined-1-5m-for-bribery.txt",
    "tech/apple-makes-blogs-reveal-sources.txt",
    "politics/clarke-defends-terror-detentions.txt",
    "business/qantas-considers-offshore-option.txt",
    "business/disney-settles-disclosure-charges.txt",
    "politics/e-university-disgraceful-waste.txt",
    "tech/games-enter-the-classroom.txt",
    "tech/nuclear-body-seeks-new-tech.txt",
    "tech/halo-fans-hope-for-sequel.txt",
    "entertainment/dj-double-act-revamp-chart-show.txt",
    "entertainment/franz-man-seeks-government-help.txt",
    "sport/man-city-0-2-man-utd.txt",
    "entertainment/stars-shine-on-bafta-red-carpet.txt",
    "business/lesotho-textile-workers-lose-jobs.txt",
    "sport/robben-sidelined-with-broken-foot.txt",
    "sport/sella-wants-michalak-recall.txt",
    "tech/video-phones-act-as-dating-tools.txt",
    "politics/goldsmith-i-was-not-leant-on.txt",
    "sport/owen-determined-to-stay-in-madrid.txt",
    "sport/el-guerrouj-targets-cross-country.txt",
    "entertainment/media-seek-jackson-juror-notes.txt",
    "tech/ask-jeeves-joins-web-log-market.txt",
    "business/card-fraudsters-targeting-web.txt",
    "politics/top-judge-clashes-with-ministers.txt",
    "sport/edu-blasts-arsenal.txt",
    "business/yukos-unit-fetches-9bn-at-auction.txt",
    "sport/mourinho-receives-robson-warning.txt",
    "sport/healey-targets-england-comeback.txt",
    "entertainment/aviator-and-vera-take-bafta-glory.txt",
    "tech/freeze-on-anti-spam-campaign.txt",
    "business/german-bidder-in-talks-with-lse.txt",
    "politics/police-urge-pub-closure-power.txt",
    "business/wall-street-cheers-bush-victory.txt",
)


# Round 17: 40 more stories drawn the same way (seed 20261129, leaving out round 16's), by their
# number in that draw (``bcNNN.txt``); all 40 have people and quotations labelled.
ROUND17 = {
    1: "sport/real-will-finish-abandoned-match.txt",
    2: "sport/premier-league-planning-cole-date.txt",
    3: "politics/labour-s-core-support-takes-stock.txt",
    4: "entertainment/bafta-to-hand-out-movie-honours.txt",
    5: "tech/apple-attacked-over-sources-row.txt",
    6: "tech/eu-software-patent-law-delayed.txt",
    7: "entertainment/buffy-creator-joins-wonder-woman.txt",
    8: "entertainment/oscars-race-enters-final-furlong.txt",
    9: "tech/dublin-hi-tech-labs-to-shut-down.txt",
    10: "business/uk-house-prices-dip-in-november.txt",
    11: "sport/thanou-bullish-over-drugs-hearing.txt",
    12: "politics/faith-schools-citizenship-warning.txt",
    13: "entertainment/church-anger-over-bollywood-film.txt",
    14: "tech/microsoft-releases-patches.txt",
    15: "politics/mayor-will-not-retract-nazi-jibe.txt",
    16: "business/chinese-dam-firm-defies-beijing.txt",
    17: "entertainment/german-music-in-a-zombie-state.txt",
    18: "business/japanese-growth-grinds-to-a-halt.txt",
    19: "business/wmc-says-xstrata-bid-is-too-low.txt",
    20: "sport/faultless-federer-has-no-equal.txt",
    21: "business/crude-oil-prices-back-above-50.txt",
    22: "politics/howard-dismisses-tory-tax-fears.txt",
    23: "sport/collins-named-uk-athletics-chief.txt",
    24: "politics/howard-rejects-bnp-s-claim.txt",
    25: "business/business-fears-over-sluggish-eu-economy.txt",
    26: "entertainment/hollywood-hunts-hits-at-sundance.txt",
    27: "sport/wenger-dejected-as-arsenal-slump.txt",
    28: "politics/woolf-murder-sentence-rethink.txt",
    29: "tech/blogs-take-on-the-mainstream.txt",
    30: "business/house-prices-drop-as-sales-slow.txt",
    31: "entertainment/how-the-academy-awards-flourished.txt",
    32: "entertainment/blair-buys-copies-of-new-band-aid.txt",
    33: "tech/mobile-music-challenges-ipod-age.txt",
    34: "politics/tories-opposing-24-hour-drinking.txt",
    35: "entertainment/csi-shows-give-unrealistic-view.txt",
    36: "politics/labour-accused-of-eu-propaganda.txt",
    37: "sport/redknapp-poised-for-saints.txt",
    38: "politics/guantanamo-four-questioned.txt",
    39: "politics/howard-s-unfinished-business.txt",
    40: "business/us-interest-rates-increased-to-2.txt",
}


# Round 18: 40 more stories drawn the same way (seed 20261130, leaving out rounds 16 and 17's),
# ``bdNNN.txt`` in folders ``A`` ... ``D`` of ten (one labeller each); people labelled for all 40,
# quotations for folders A and B.
ROUND18 = (
    "entertainment/downloads-enter-us-singles-chart.txt",
    "business/iraq-and-afghanistan-in-wto-talks.txt",
    "sport/a-november-to-remember.txt",
    "sport/corry-backs-skipper-robinson.txt",
    "politics/report-attacks-defence-spending.txt",
    "business/standard-life-cuts-policy-bonuses.txt",
    "entertainment/scissor-sisters-triumph-at-brits.txt",
    "politics/tories-attack-burglar-u-turns.txt",
    "business/arsenal-may-seek-full-share-listing.txt",
    "politics/blair-told-to-double-overseas-aid.txt",
    "business/uk-interest-rates-held-at-4-75.txt",
    "politics/end-bush-denial-blair-tells-eu.txt",
    "sport/campbell-lifts-lid-on-united-feud.txt",
    "sport/jones-files-lawsuit-against-conte.txt",
    "politics/labour-s-election-love-in.txt",
    "business/nigeria-to-boost-cocoa-production.txt",
    "tech/seamen-sail-into-biometric-future.txt",
    "business/deutsche-attacks-yukos-case.txt",
    "business/mystery-surrounds-new-yukos-owner.txt",
    "politics/blair-pledges-unity-to-labour-mps.txt",
    "sport/newcastle-2-1-bolton.txt",
    "politics/ukip-s-secret-weapon.txt",
    "politics/blair-rejects-iraq-advice-calls.txt",
    "entertainment/willis-sues-over-movie-injury.txt",
    "business/m-s-cuts-prices-by-average-of-24.txt",
    "politics/brown-targets-oaps-and-homebuyers.txt",
    "politics/blair-looks-to-election-campaign.txt",
    "sport/celts-savour-grand-slam-prospect.txt",
    "business/strong-dollar-call-halts-slide.txt",
    "politics/kennedy-s-cautious-optimism.txt",
    "politics/terror-suspects-face-house-arrest.txt",
    "politics/mcconnell-in-drunk-remark-row.txt",
    "entertainment/brando-rejected-godfather-role.txt",
    "business/markets-fall-on-weak-dollar-fears.txt",
    "politics/mandelson-warning-to-bbc.txt",
    "tech/bt-program-to-beat-dialler-scams.txt",
    "tech/when-technology-gets-personal.txt",
    "politics/uk-plan-to-deport-terror-suspects.txt",
    "entertainment/bangkok-film-festival-battles-on.txt",
    "politics/new-foot-and-mouth-action-urged.txt",
)


# Round 19: 40 more stories drawn the same way (seed 20261201, leaving out rounds 16-18's and any
# story whose first line one of theirs shares), ``beNNN.txt`` in folders ``A`` ... ``D`` of ten;
# people and quotations labelled for all 40.
ROUND19 = (
    "entertainment/hollywood-ready-for-oscars-night.txt",
    "politics/kilroy-names-election-seat-target.txt",
    "entertainment/mogul-wilson-backing-uk-rap-band.txt",
    "politics/gurkhas-to-help-tsunami-victims.txt",
    "politics/blair-pressing-us-on-climate.txt",
    "entertainment/spider-man-creator-wins-profits.txt",
    "business/mci-shareholder-sues-to-stop-bid.txt",
    "business/shares-rise-on-new-man-utd-offer.txt",
    "politics/former-ni-minister-scott-dies.txt",
    "entertainment/halloween-writer-debra-hill-dies.txt",
    "sport/benitez-delight-after-crucial-win.txt",
    "business/firms-pump-billions-into-pensions.txt",
    "tech/halo-2-heralds-traffic-explosion.txt",
    "entertainment/uk-s-national-gallery-in-the-pink.txt",
    "business/us-ahold-suppliers-face-charges.txt",
    "politics/tory-leader-unveils-spending-plan.txt",
    "entertainment/snow-patrol-bassist-exits-group.txt",
    "sport/chelsea-ridiculed-over-complaint.txt",
    "politics/labour-faces-cold-calls-inquiry.txt",
    "sport/scotland-v-italy-sat.txt",
    "tech/microsoft-makes-anti-piracy-move.txt",
    "business/us-trade-gap-ballooned-in-october.txt",
    "tech/us-duo-in-first-spam-conviction.txt",
    "sport/lions-blow-to-world-cup-stars.txt",
    "tech/doors-open-at-biggest-gadget-fair.txt",
    "business/ebbers-aware-of-worldcom-fraud.txt",
    "politics/ministers-naive-over-phone-taps.txt",
    "politics/ukip-could-sue-veritas-defectors.txt",
    "politics/amnesty-chief-laments-war-failure.txt",
    "tech/blog-picked-as-word-of-the-year.txt",
    "business/executive-trio-leave-aer-lingus.txt",
    "sport/stevens-named-in-england-line-up.txt",
    "sport/ferguson-urges-henry-punishment.txt",
    "entertainment/vera-drake-leads-uk-oscar-hopes.txt",
    "politics/tutu-s-guantanamo-release-call.txt",
    "tech/pompeii-gets-digital-make-over.txt",
    "entertainment/bbc-should-allow-more-scrutiny.txt",
    "entertainment/paraguay-novel-wins-us-book-prize.txt",
    "tech/tech-helps-disabled-speed-demons.txt",
    "sport/moya-emotional-after-davis-cup-win.txt",
)


# Round 20: 40 more drawn the same way (seed 20261202, leaving out rounds 16-19's),
# ``bfNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND20 = (
    "entertainment/uk-debut-for-kevin-spacey-movie.txt",
    "sport/bomb-threat-at-bernabeu-stadium.txt",
    "business/borussia-dortmund-near-bust.txt",
    "entertainment/fox-too-reliant-on-reality-tv.txt",
    "politics/kennedy-calls-for-iraq-exit-plans.txt",
    "politics/kennedy-begins-pre-election-tour.txt",
    "business/battered-dollar-hits-another-low.txt",
    "politics/voters-don-t-trust-politicians.txt",
    "tech/robotic-pods-take-on-car-design.txt",
    "business/fed-warns-of-more-us-rate-rises.txt",
    "sport/greek-pair-attend-drugs-hearing.txt",
    "entertainment/portishead-back-after-eight-years.txt",
    "entertainment/redford-s-vision-of-sundance.txt",
    "business/quake-s-economic-costs-emerging.txt",
    "business/mixed-christmas-for-us-retailers.txt",
    "sport/greek-pair-set-for-hearing.txt",
    "sport/blackburn-v-burnley.txt",
    "sport/radcliffe-tackles-marathon-tasks.txt",
    "tech/what-s-next-for-next-gen-consoles.txt",
    "tech/broadband-takes-on-tv-viewing.txt",
    "politics/hague-given-up-his-pm-ambition.txt",
    "tech/itunes-user-sues-apple-over-ipod.txt",
    "politics/tories-unveil-quango-blitz-plans.txt",
    "tech/file-swappers-ready-new-network.txt",
    "business/yukos-loses-us-bankruptcy-battle.txt",
    "sport/spain-coach-faces-racism-inquiry.txt",
    "entertainment/grammys-honour-soul-star-charles.txt",
    "sport/rovers-reject-third-ferguson-bid.txt",
    "tech/rivals-of-the-aps400-apple.txt",
    "politics/analysis-no-pain-no-gain.txt",
    "sport/kuznetsova-failed-a-drugs-test.txt",
    "politics/cardinal-criticises-iraq-war-cost.txt",
    "politics/school-sport-is-back-says-pm.txt",
    "tech/podcasters-look-to-net-money.txt",
    "tech/rich-pickings-for-hi-tech-thieves.txt",
    "politics/child-access-laws-shake-up.txt",
    "tech/friends-fear-with-lost-mobiles.txt",
    "sport/gallas-sees-two-horse-race.txt",
    "politics/few-ready-for-information-act.txt",
    "business/s-korean-consumers-spending-again.txt",
)


# Round 21: 40 more drawn the same way (seed 20261203, leaving out rounds 16-20's),
# ``bgNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND21 = (
    "tech/more-power-to-the-people-says-hp.txt",
    "business/markets-signal-brazilian-recovery.txt",
    "business/consumers-drive-french-economy.txt",
    "tech/online-commons-to-spark-debate.txt",
    "business/uk-economy-ends-year-with-spurt.txt",
    "entertainment/stars-pay-tribute-to-actor-davis.txt",
    "entertainment/kidman-wins-photographer-battle.txt",
    "entertainment/star-trek-fans-fight-to-save-show.txt",
    "business/gm-in-crunch-talks-on-fiat-future.txt",
    "politics/straw-backs-ending-china-embargo.txt",
    "politics/blair-to-face-trust-issue-head-on.txt",
    "business/minister-hits-out-at-yukos-sale.txt",
    "tech/internet-boom-for-gift-shopping.txt",
    "business/high-fuel-costs-hit-us-airlines.txt",
    "sport/france-v-wales-sat.txt",
    "politics/russian-ex-spy-on-hunger-strike.txt",
    "politics/final-hunts-held-as-ban-looms.txt",
    "tech/putting-a-face-to-big-brother.txt",
    "politics/howard-denies-split-over-id-cards.txt",
    "sport/moore-questions-captaincy.txt",
    "sport/thanou-desperate-to-make-return.txt",
    "sport/mccall-earns-tannadice-reprieve.txt",
    "business/ryanair-in-4bn-boeing-plane-deal.txt",
    "sport/wales-make-two-changes-for-france.txt",
    "politics/falconer-rebuts-charade-claims.txt",
    "entertainment/springer-criticises-opera-musical.txt",
    "politics/tories-outlining-policing-plans.txt",
    "entertainment/joy-division-story-to-become-film.txt",
    "politics/tory-backing-for-id-cards.txt",
    "politics/pre-poll-clash-on-tax-and-spend.txt",
    "business/mixed-reaction-to-man-utd-offer.txt",
    "sport/greek-duo-cleared-in-doping-case.txt",
    "politics/clarke-faces-id-cards-rebellion.txt",
    "business/cash-gives-way-to-flexible-friend.txt",
    "sport/williams-says-he-will-never-quit.txt",
    "politics/peace-demo-appeal-rejected.txt",
    "politics/kilroy-silk-quits-shameful-ukip.txt",
    "business/china-continues-breakneck-growth.txt",
    "politics/jamieson-issues-warning-to-bigots.txt",
    "business/air-china-in-1bn-london-listing.txt",
)


# Round 22: 40 more drawn the same way (seed 20261204, leaving out rounds 16-21's),
# ``bhNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND22 = (
    "sport/wood-ireland-can-win-grand-slam.txt",
    "politics/opposition-grows-to-house-arrests.txt",
    "business/bad-weather-hits-nestle-sales.txt",
    "politics/boateng-to-step-down-at-election.txt",
    "business/gm-pays-2bn-to-evade-fiat-buyout.txt",
    "business/worldcom-bosses-54m-payout.txt",
    "tech/china-to-overtake-us-net-use.txt",
    "business/us-bank-boss-hails-genius-smith.txt",
    "business/iraqi-voters-turn-to-economic-issues.txt",
    "politics/top-tories-on-lib-dem-hit-list.txt",
    "tech/mobile-gaming-takes-off-in-india.txt",
    "sport/anelka-apologises-for-criticism.txt",
    "business/worldcom-boss-left-books-alone.txt",
    "politics/chancellor-rallies-labour-voters.txt",
    "business/us-data-sparks-inflation-worries.txt",
    "politics/us-casino-tricks-face-ban-in-uk.txt",
    "sport/lions-blow-to-world-cup-winners.txt",
    "politics/blair-defends-terror-law-changes.txt",
    "tech/set-your-television-to-wow.txt",
    "business/bp-surges-ahead-on-high-oil-price.txt",
    "sport/houllier-praises-benitez-regime.txt",
    "business/german-business-confidence-slides.txt",
    "tech/swap-offer-for-pirated-windows-xp.txt",
    "sport/dunne-keen-to-commit-to-man-city.txt",
    "business/us-insurer-marsh-cuts-2500-jobs.txt",
    "tech/t-mobile-bets-on-pocket-office.txt",
    "sport/robinson-wants-dual-code-success.txt",
    "politics/clarke-plans-migrant-point-scheme.txt",
    "sport/desailly-backs-blues-revenge-trip.txt",
    "politics/ministers-deny-care-sums-wrong.txt",
    "politics/poll-idols-face-first-hurdles.txt",
    "politics/visa-decision-every-11-minutes.txt",
    "politics/election-deal-faltered-over-heath-role.txt",
    "business/weak-dollar-trims-cadbury-profits.txt",
    "business/asia-quake-increases-poverty-risk.txt",
    "sport/barbarians-19-47-new-zealand.txt",
    "entertainment/super-size-me-wins-writers-award.txt",
    "tech/supercomputer-breaks-speed-record.txt",
    "entertainment/music-mogul-fuller-sells-company.txt",
    "tech/fast-lifts-rise-into-record-books.txt",
)


# Round 23: 40 more drawn the same way (seed 20261205, leaving out rounds 16-22's),
# ``biNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND23 = (
    "business/bbc-poll-indicates-economic-gloom.txt",
    "tech/broadband-set-to-revolutionise-tv.txt",
    "politics/howard-unveils-tory-asylum-plans.txt",
    "sport/mido-makes-third-apology.txt",
    "business/building-giant-in-asbestos-payout.txt",
    "business/brazil-plays-down-varig-rescue.txt",
    "sport/o-connell-rejects-lions-rumours.txt",
    "tech/nintendo-ds-makes-its-euro-debut.txt",
    "politics/guantanamo-man-suing-government.txt",
    "politics/mallon-wades-into-ne-vote-battle.txt",
    "sport/england-given-tough-sevens-draw.txt",
    "business/watchdog-probes-vivendi-bond-sale.txt",
    "business/laura-ashley-chief-stepping-down.txt",
    "politics/uk-s-useless-quangos-under-fire.txt",
    "tech/nintendo-handheld-given-euro-date.txt",
    "sport/classy-henman-makes-winning-start.txt",
    "sport/relay-squad-thrilled-with-honours.txt",
    "sport/wales-get-williams-fitness-boost.txt",
    "business/glazer-makes-new-man-utd-approach.txt",
    "sport/mirza-makes-indian-tennis-history.txt",
    "sport/wasps-31-37-leicester.txt",
    "entertainment/new-york-rockers-top-talent-poll.txt",
    "business/salary-scandal-in-cameroon.txt",
    "sport/castaignede-fires-laporte-warning.txt",
    "business/business-confidence-dips-in-japan.txt",
    "politics/howard-backs-stem-cell-research.txt",
    "politics/lib-dems-target-the-student-vote.txt",
    "politics/green-fear-for-transport-ballot.txt",
    "politics/kennedy-questions-trust-of-blair.txt",
    "politics/blair-up-for-it-ahead-of-poll.txt",
    "tech/losing-yourself-in-online-gaming.txt",
    "entertainment/eastwood-s-baby-scoops-top-oscars.txt",
    "politics/brown-and-blair-face-new-rift-claims.txt",
    "business/italy-to-get-economic-action-plan.txt",
    "business/dollar-drops-on-reserves-concerns.txt",
    "business/wembley-firm-won-t-make-a-profit.txt",
    "tech/piero-gives-rugby-perspective.txt",
    "entertainment/singer-ferguson-facing-eviction.txt",
    "tech/concerns-over-windows-atms.txt",
    "politics/blair-moves-to-woo-jewish-voters.txt",
)


# Round 24: 40 more drawn the same way (seed 20261206, leaving out rounds 16-23's),
# ``bjNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND24 = (
    "sport/mexicans-tracking-unhappy-juninho.txt",
    "tech/warning-over-windows-word-files.txt",
    "business/giant-waves-damage-s-asia-economy.txt",
    "tech/microsoft-launches-its-own-search.txt",
    "entertainment/tautou-film-tops-cesar-prize-nods.txt",
    "sport/wenger-keeping-faith-with-almunia.txt",
    "politics/blair-to-face-mps-amid-feud-talk.txt",
    "sport/ferdinand-casts-doubt-over-glazer.txt",
    "tech/smart-search-lets-art-fans-browse.txt",
    "politics/conservative-mp-defects-to-labour.txt",
    "politics/immigration-to-be-election-issue.txt",
    "tech/google-launches-tv-search-service.txt",
    "entertainment/muslim-group-attacks-tv-drama-24.txt",
    "business/businesses-fail-to-plan-for-hiv.txt",
    "politics/police-chief-backs-drinking-move.txt",
    "sport/safin-plays-down-wimbledon-hopes.txt",
    "tech/text-messages-aid-disaster-recovery.txt",
    "politics/blair-dismisses-quit-claim-report.txt",
    "business/fiat-chief-takes-steering-wheel.txt",
    "politics/royal-couple-watch-nation-s-mood.txt",
    "politics/uk-rebate-unjustified-chirac.txt",
    "sport/souness-backs-smith-for-scotland.txt",
    "politics/blunkett-tells-of-love-and-pain.txt",
    "sport/safin-cool-on-wimbledon.txt",
    "sport/sfa-awaits-report-over-mikoliunas.txt",
    "business/uk-firm-faces-venezuelan-land-row.txt",
    "tech/games-deserve-a-place-in-class.txt",
    "politics/labour-mp-praises-tory-campaign.txt",
    "tech/format-wars-could-confuse-users.txt",
    "tech/open-source-leaders-slam-patents.txt",
    "politics/whitehall-cuts-ahead-of-target.txt",
    "tech/warnings-about-junk-mail-deluge.txt",
    "tech/domain-system-scam-fear.txt",
    "tech/britons-fed-up-with-net-service.txt",
    "politics/blair-joins-school-sailing-trip.txt",
    "politics/kilroy-launches-veritas-party.txt",
    "entertainment/brits-debate-over-urban-music.txt",
    "entertainment/briton-wins-short-film-oscar.txt",
    "business/us-prepares-for-hybrid-onslaught.txt",
    "business/golden-rule-intact-says-ex-aide.txt",
)


# Round 25: 40 more drawn the same way (seed 20261207, leaving out rounds 16-24's),
# ``bkNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND25 = (
    "business/us-crude-prices-surge-above-53.txt",
    "tech/uk-gets-official-virus-alert-site.txt",
    "business/marsh-executive-in-guilty-plea.txt",
    "tech/gates-opens-biggest-gadget-fair.txt",
    "business/turkey-turns-on-the-economic-charm.txt",
    "business/turkey-iran-mobile-deal-at-risk.txt",
    "tech/apple-mac-mini-gets-warm-welcome.txt",
    "politics/citizenship-event-for-18s-touted.txt",
    "politics/brown-calls-for-aps5-5bn-aids-fund.txt",
    "politics/blair-labour-s-longest-serving-pm.txt",
    "business/iran-budget-seeks-state-sell-offs.txt",
    "business/car-giant-hit-by-mercedes-slump.txt",
    "business/industrial-output-falls-in-japan.txt",
    "sport/ruddock-backs-yapp-s-credentials.txt",
    "sport/parry-firm-over-gerrard.txt",
    "politics/brown-to-outline-presidency-goals.txt",
    "tech/a-decade-of-good-website-design.txt",
    "business/uk-risks-breaking-golden-rule.txt",
    "sport/henman-decides-to-quit-davis-cup.txt",
    "sport/wilkinson-to-lead-england.txt",
    "entertainment/jungle-tv-show-ratings-drop-by-4m.txt",
    "business/bank-voted-8-1-for-no-rate-change.txt",
    "tech/cable-offers-video-on-demand.txt",
    "entertainment/casino-royale-is-next-bond-movie.txt",
    "politics/minimum-rate-for-foster-parents.txt",
    "politics/plan-to-give-elderly-care-control.txt",
    "business/s-korean-lender-faces-liquidation.txt",
    "entertainment/eminem-secret-gig-venue-revealed.txt",
    "entertainment/court-halts-mark-morrison-album.txt",
    "entertainment/new-harry-potter-tops-book-chart.txt",
    "politics/jowell-rejects-las-vegas-jibe.txt",
    "sport/philippoussis-doubt-over-open-bid.txt",
    "tech/anti-spam-laws-bite-spammer-hard.txt",
    "sport/serena-ends-sania-mirza-s-dream.txt",
    "tech/what-price-for-trusted-pc-security.txt",
    "politics/tv-debate-urged-for-party-chiefs.txt",
    "tech/apple-sues-to-stop-product-leaks.txt",
    "politics/will-tory-tax-cuts-lift-spirits.txt",
    "entertainment/top-stars-join-us-tsunami-tv-show.txt",
    "politics/lords-wrong-on-detainees-straw.txt",
)


# Round 26: 40 more drawn the same way (seed 20261208, leaving out rounds 16-25's),
# ``blNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND26 = (
    "sport/henman-overcomes-rival-rusedski.txt",
    "business/worldcom-director-admits-lying.txt",
    "tech/ibm-frees-500-software-patents.txt",
    "business/continental-may-run-out-of-cash.txt",
    "sport/laporte-tinkers-with-team.txt",
    "tech/joke-e-mail-virus-tricks-users.txt",
    "politics/labour-battle-plan-hides-blair.txt",
    "politics/council-tax-rise-reasonable.txt",
    "business/russia-wto-talks-make-progress.txt",
    "tech/bad-e-mail-habits-sustains-spam.txt",
    "politics/tory-leader-quits-legal-position.txt",
    "entertainment/queen-recruit-singer-for-new-tour.txt",
    "sport/what-now-for-kelly-holmes.txt",
    "sport/hodgson-relishes-european-clashes.txt",
    "sport/johnson-announces-june-retirement.txt",
    "sport/wenger-steps-up-row.txt",
    "tech/domain-system-opens-door-to-scams.txt",
    "tech/gadgets-galore-on-show-at-fair.txt",
    "tech/be-careful-how-you-code.txt",
    "entertainment/women-in-film-are-earning-less.txt",
    "sport/radcliffe-will-compete-in-london.txt",
    "politics/terror-powers-expose-tyranny.txt",
    "sport/wales-critical-of-clumsy-grewcock.txt",
    "tech/casual-gaming-to-take-off.txt",
    "politics/mps-tout-lords-replacement-plan.txt",
    "politics/labour-seeks-to-quell-feud-talk.txt",
    "business/gm-issues-2005-profits-warning.txt",
    "business/ford-gains-from-finance-not-cars.txt",
    "entertainment/glastonbury-fans-to-get-id-cards.txt",
    "sport/campbell-to-be-lions-consultant.txt",
    "business/split-caps-pay-aps194m-compensation.txt",
    "tech/parents-face-video-game-lessons.txt",
    "politics/election-could-be-terror-target.txt",
    "business/liberian-economy-starts-to-grow.txt",
    "tech/mobile-picture-power-in-your-pocket.txt",
    "business/golden-rule-boost-for-chancellor.txt",
    "politics/tory-leader-cleared-over-work.txt",
    "politics/councils-must-find-gypsy-sites.txt",
    "tech/new-delay-hits-eu-software-laws.txt",
    "tech/gamer-buys-26500-virtual-land.txt",
)


# Round 27: 40 more drawn the same way (seed 20261209, leaving out rounds 16-26's),
# ``bmNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND27 = (
    "politics/brown-proud-of-economy-record.txt",
    "tech/speech-takes-on-search-engines.txt",
    "politics/mps-murder-sentence-concern.txt",
    "politics/taxes-must-be-trusted-kennedy.txt",
    "sport/poll-explains-free-kick-decision.txt",
    "politics/blair-says-uk-tsunami-aid-to-soar.txt",
    "tech/humanoid-robot-learns-how-to-run.txt",
    "tech/hi-tech-posters-guide-commuters.txt",
    "tech/dozens-held-over-id-fraud-site.txt",
    "politics/how-political-squabbles-snowball.txt",
    "tech/reboot-ordered-for-eu-patent-law.txt",
    "business/china-bans-new-tobacco-factories.txt",
    "entertainment/tough-schedule-delays-elliot-show.txt",
    "entertainment/film-production-falls-40-in-uk.txt",
    "entertainment/fightstar-take-to-the-stage.txt",
    "entertainment/rocker-doherty-in-on-stage-fight.txt",
    "entertainment/us-actor-ossie-davis-found-dead.txt",
    "business/winn-dixie-files-for-bankruptcy.txt",
    "politics/baa-support-ahead-of-court-battle.txt",
    "entertainment/charity-single-for-quake-relief.txt",
    "politics/tory-leader-urges-harry-apology.txt",
    "tech/the-pirates-with-no-profit-motive.txt",
    "tech/games-win-for-blu-ray-dvd-format.txt",
    "business/eu-aiming-to-fuel-development-aid.txt",
    "politics/blair-says-mayor-should-apologise.txt",
    "tech/mobiles-get-set-for-visual-radio.txt",
    "sport/tv-calls-after-carroll-error.txt",
    "politics/petrol-duties-frozen-brown-says.txt",
    "politics/ukip-candidate-suspended-in-probe.txt",
    "entertainment/us-tv-cuts-nudity-from-bbc-film.txt",
    "politics/stalemate-in-pension-strike-talks.txt",
    "politics/blair-backs-pre-election-budget.txt",
    "entertainment/three-djs-replace-peel-radio-show.txt",
    "politics/tories-attack-eu-asylum-moves.txt",
    "tech/games-firms-face-tough-future.txt",
    "business/wal-mart-fights-back-at-accusers.txt",
    "sport/aragones-angered-by-racism-fine.txt",
    "sport/williams-battles-to-aussie-title.txt",
    "tech/bbc-leads-interactive-bafta-wins.txt",
    "business/russia-gets-investment-blessing.txt",
)


# Round 28: 40 more drawn the same way (seed 20261210, leaving out rounds 16-27's),
# ``bnNNN.txt`` in folders ``A`` ... ``D`` of ten; people and quotations labelled for all 40.
ROUND28 = (
    "tech/apple-ipod-family-expands-market.txt",
    "politics/eu-fraud-clampdown-urged.txt",
    "sport/kenteris-denies-faking-road-crash.txt",
    "sport/hodgson-shoulders-england-blame.txt",
    "politics/asylum-children-to-face-returns.txt",
    "tech/yahoo-celebrates-a-decade-online.txt",
    "business/venezuela-reviews-foreign-deals.txt",
    "politics/wales-must-learn-health-lessons.txt",
    "politics/guantanamo-four-free-in-weeks.txt",
    "politics/commons-hunt-protest-charges.txt",
    "business/rover-deal-may-cost-2000-jobs.txt",
    "politics/new-ukip-defection-to-veritas.txt",
    "sport/wenger-signs-new-deal.txt",
    "business/ukraine-revisits-state-sell-offs.txt",
    "tech/napster-offers-rented-music-to-go.txt",
    "tech/sony-wares-win-innovation-award.txt",
    "entertainment/bbc-to-pour-aps9m-into-new-comedy.txt",
    "sport/federer-claims-dubai-crown.txt",
    "sport/white-prepared-for-battle.txt",
    "tech/china-ripe-for-media-explosion.txt",
    "business/g7-backs-africa-debt-relief-plan.txt",
    "sport/moya-suffers-shock-loss.txt",
    "tech/apple-unveils-low-cost-mac-mini.txt",
    "tech/screensaver-tackles-spam-websites.txt",
    "business/gold-falls-on-imf-sale-concerns.txt",
    "politics/anti-terror-plan-faces-first-test.txt",
    "sport/hewitt-survives-nalbandian-epic.txt",
    "business/q-a-malcolm-glazer-and-man-utd.txt",
    "politics/labour-targets-hardcore-truants.txt",
    "politics/research-fears-over-kelly-s-views.txt",
    "sport/ireland-v-usa-sat.txt",
    "business/aviation-firms-eye-booming-india.txt",
    "politics/sayeed-to-stand-down-as-tory-mp.txt",
    "tech/bt-boosts-its-broadband-packages.txt",
    "politics/retirement-age-could-be-scrapped.txt",
    "politics/iraq-advice-claim-sparks-new-row.txt",
    "sport/bridge-could-miss-rest-of-season.txt",
    "politics/campbell-returns-to-election-team.txt",
    "politics/ukip-mep-attacked-german-empire.txt",
    "politics/iraqis-win-death-test-case-probe.txt",
)


# Round 29: 40 more drawn the same way (seed 20261211, leaving out rounds 16-28's and any story
# whose first line one of theirs or of the summary sample shares), ``boNNN.txt`` in folders
# ``A`` ... ``D`` of ten (``draw(clone, 20261211, sample, before=29)`` below gives them again).
ROUND29 = (
    "sport/parker-misses-england-clash.txt",
    "business/winter-freeze-keeps-oil-above-50.txt",
    "business/renault-boss-hails-great-year.txt",
    "politics/eu-referendum-question-unveiled.txt",
    "politics/ex-pm-lord-callaghan-dies-aged-92.txt",
    "sport/bees-handed-potential-man-utd-tie.txt",
    "tech/souped-up-wi-fi-is-on-the-horizon.txt",
    "sport/chelsea-sack-mutu.txt",
    "business/unilever-shake-up-as-profit-slips.txt",
    "tech/voters-flock-to-blog-awards-site.txt",
    "entertainment/rapper-kanye-west-s-shrewd-soul.txt",
    "sport/gardener-battles-to-narrow-win.txt",
    "tech/no-re-draft-for-eu-patent-law.txt",
    "entertainment/outkast-win-at-mtv-europe-awards.txt",
    "sport/paris-promise-raises-welsh-hopes.txt",
    "entertainment/show-over-for-mtv-s-the-osbournes.txt",
    "politics/mp-s-shock-at-long-lost-daughter.txt",
    "business/water-firm-suez-in-argentina-row.txt",
    "sport/robinson-ready-for-difficult-task.txt",
    "politics/parties-plans-for-council-tax.txt",
    "business/weak-data-buffets-french-economy.txt",
    "business/japan-s-ageing-workforce-built-to-last.txt",
    "politics/howard-hits-back-at-mongrel-jibe.txt",
    "politics/burglar-defence-guidelines-issued.txt",
    "politics/parliament-s-record-of-scandal.txt",
    "business/fannie-mae-should-restate-books.txt",
    "politics/no-one-can-define-new-hunt-ban.txt",
    "politics/brown-outlines-third-term-vision.txt",
    "politics/fido-to-be-taken-off-vote-lists.txt",
    "entertainment/deal-to-ban-homophobic-reggae.txt",
    "entertainment/police-praise-courageous-ozzy.txt",
    "tech/video-phone-help-for-deaf-people.txt",
    "tech/row-brewing-over-peer-to-peer-ads.txt",
    "entertainment/bets-off-after-big-brother-leak.txt",
    "politics/game-warnings-must-be-clearer.txt",
    "sport/prop-jones-ready-for-hard-graft.txt",
    "sport/moyes-u-turn-on-beattie-dismissal.txt",
    "politics/regiments-group-in-poll-move.txt",
    "sport/greek-sprinters-suspended-by-iaaf.txt",
    "politics/tories-urge-change-at-the-top.txt",
)


# Round 30: 40 more drawn the same way (seed 20261212, leaving out rounds 16-29's), ``bpNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261212, sample, before=30)`` gives them again).
ROUND30 = (
    "politics/donor-attacks-blair-brown-feud.txt",
    "politics/lib-dems-highlight-problem-debt.txt",
    "politics/howard-pitches-for-uk-ethnic-vote.txt",
    "business/parmalat-founder-offers-apology.txt",
    "entertainment/brit-awards-for-devon-music-acts.txt",
    "tech/anti-spam-screensaver-scrapped.txt",
    "tech/long-life-promised-for-laptop-pcs.txt",
    "business/boeing-secures-giant-japan-order.txt",
    "business/macy-s-owner-buys-rival-for-11bn.txt",
    "business/us-interest-rate-rise-expected.txt",
    "politics/ukip-candidate-suspended.txt",
    "sport/saint-andre-anger-at-absent-stars.txt",
    "politics/blair-and-blunkett-sheffield-trip.txt",
    "tech/blind-student-hears-in-colour.txt",
    "sport/bellamy-fined-after-row.txt",
    "politics/kilroy-silk-attacked-with-slurry.txt",
    "tech/search-wars-hit-desktop-pcs.txt",
    "business/ore-costs-hit-global-steel-firms.txt",
    "tech/confusion-over-high-definition-tv.txt",
    "sport/london-irish-19-33-wasps.txt",
    "tech/mobile-audio-enters-new-dimension.txt",
    "tech/ban-hits-half-life-2-pirates-hard.txt",
    "politics/debate-needed-on-donations-cap.txt",
    "politics/pakistani-women-must-not-hide.txt",
    "politics/mandelson-warns-bbc-on-campbell.txt",
    "tech/rings-of-steel-combat-net-attacks.txt",
    "business/oil-prices-reach-three-month-low.txt",
    "business/nissan-names-successor-to-ghosn.txt",
    "tech/movie-body-hits-peer-to-peer-nets.txt",
    "entertainment/indie-film-nominations-announced.txt",
    "business/india-pakistan-peace-boosts-trade.txt",
    "politics/schools-to-take-part-in-mock-poll.txt",
    "business/us-in-eu-tariff-chaos-trade-row.txt",
    "business/worldcom-ex-boss-launches-defence.txt",
    "tech/sony-psp-handheld-console-hits-us.txt",
    "politics/blair-stresses-prosperity-goals.txt",
    "business/ban-on-forced-retirement-under-65.txt",
    "business/s-korea-spending-boost-to-economy.txt",
    "business/bmw-cash-to-fuel-mini-production.txt",
    "business/russian-oil-merger-excludes-yukos.txt",
)


# Round 31: 40 more drawn the same way (seed 20261213, leaving out rounds 16-30's), ``bqNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261213, sample, before=31)`` gives them again).
ROUND31 = (
    "politics/lib-dems-target-first-time-buyers.txt",
    "sport/campbell-to-extend-sprint-career.txt",
    "politics/lib-dems-unveil-women-s-manifesto.txt",
    "tech/multi-purpose-tv-aids-india.txt",
    "tech/can-yahoo-dominate-next-decade.txt",
    "tech/britons-growing-digitally-obese.txt",
    "business/us-seeks-new-280bn-smoker-ruling.txt",
    "business/china-continues-rapid-growth.txt",
    "sport/all-black-magic-new-zealand-rugby.txt",
    "politics/army-chiefs-in-regiments-decision.txt",
    "politics/protesters-plan-airport-challenge.txt",
    "business/us-consumer-confidence-up.txt",
    "business/french-suitor-holds-lse-meeting.txt",
    "business/banker-loses-sexism-claim.txt",
    "business/golden-economic-period-to-end.txt",
    "business/steel-firm-to-cut-45000-jobs.txt",
    "politics/assembly-ballot-papers-missing.txt",
    "sport/borders-19-20-ulster.txt",
    "tech/mobile-games-come-of-age.txt",
    "business/economy-strong-in-election-year.txt",
    "politics/kennedy-looks-to-election-gains.txt",
    "business/irish-markets-reach-all-time-high.txt",
    "business/yukos-owner-sues-russia-for-28bn.txt",
    "business/boeing-unveils-new-777-aircraft.txt",
    "tech/text-message-record-smashed.txt",
    "sport/moya-emotional-at-davis-cup-win.txt",
    "business/japanese-banking-battle-at-an-end.txt",
    "politics/uk-will-stand-firm-on-eu-rebate.txt",
    "business/us-adds-more-jobs-than-expected.txt",
    "politics/brown-in-appeal-for-labour-unity.txt",
    "business/us-to-probe-airline-travel-chaos.txt",
    "business/bt-offers-equal-access-to-rivals.txt",
    "entertainment/sundance-to-honour-foreign-films.txt",
    "sport/o-connor-aims-to-grab-opportunity.txt",
    "tech/podcasts-mark-rise-of-diy-radio.txt",
    "tech/looks-and-music-to-drive-mobiles.txt",
    "business/cairn-shares-slump-on-oil-setback.txt",
    "business/india-and-russia-in-energy-talks.txt",
    "sport/iaaf-will-contest-greek-decision.txt",
    "politics/uk-needs-tax-cuts-tories-insist.txt",
)


# Round 32: 40 more drawn the same way (seed 20261214, leaving out rounds 16-31's), ``brNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261214, sample, before=32)`` gives them again).
ROUND32 = (
    "business/swiss-cement-firm-in-buying-spree.txt",
    "politics/tories-leave-door-open-for-archer.txt",
    "sport/ferguson-fears-milan-cutting-edge.txt",
    "business/millions-to-lose-textile-jobs.txt",
    "business/europe-blames-us-over-weak-dollar.txt",
    "politics/hitler-row-over-welsh-arts-cash.txt",
    "entertainment/potter-director-signs-warner-deal.txt",
    "business/qantas-sees-profits-fly-to-record.txt",
    "politics/student-fee-factor-played-down.txt",
    "business/japanese-mogul-arrested-for-fraud.txt",
    "business/disaster-claims-less-than-10bn.txt",
    "entertainment/actor-scott-is-new-bond-favourite.txt",
    "business/worldcom-director-ends-evidence.txt",
    "business/eu-to-probe-alitalia-state-aid.txt",
    "tech/tv-future-in-the-hands-of-viewers.txt",
    "sport/souness-eyes-summer-move-for-owen.txt",
    "entertainment/us-box-office-set-for-record-high.txt",
    "business/lloyd-s-of-london-head-chides-fsa.txt",
    "entertainment/roundabout-continues-nostalgia-trip.txt",
    "business/us-to-rule-on-yukos-refuge-call.txt",
    "entertainment/wine-comedy-up-for-six-film-gongs.txt",
    "business/economy-stronger-than-forecast.txt",
    "tech/us-state-acts-to-stop-spammers.txt",
    "business/jobs-go-at-oracle-after-takeover.txt",
    "politics/child-access-law-shake-up-planned.txt",
    "politics/blair-returns-from-peace-mission.txt",
    "business/weak-end-of-year-sales-hit-next.txt",
    "politics/uk-heading-wrong-way-says-howard.txt",
    "tech/gadget-show-heralds-mp3-christmas.txt",
    "politics/cherie-accused-of-attacking-bush.txt",
    "entertainment/veteran-comic-cyril-fletcher-dies.txt",
    "politics/row-over-police-power-for-csos.txt",
    "business/india-seeks-to-boost-construction.txt",
    "politics/thousands-join-strike-in-wales.txt",
    "sport/middlesbrough-2-2-charlton.txt",
    "politics/brown-comes-out-shooting.txt",
    "sport/dominici-backs-lacklustre-france.txt",
    "entertainment/stallone-evicted-from-big-brother.txt",
    "politics/blair-said-he-would-stand-down.txt",
    "tech/slim-playstation-triples-sales.txt",
)


# Round 33: 40 more drawn the same way (seed 20261215, leaving out rounds 16-32's), ``bsNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261215, sample, before=33)`` gives them again).
ROUND33 = (
    "politics/blair-hails-turkey-eu-talks-deal.txt",
    "business/lufthansa-may-sue-over-bush-visit.txt",
    "politics/more-reforms-ahead-says-milburn.txt",
    "entertainment/label-withdraws-mcfadden-s-video.txt",
    "politics/nuclear-dumpsite-plan-attacked.txt",
    "politics/prime-minister-s-questions.txt",
    "sport/giggs-handed-wales-leading-role.txt",
    "entertainment/uk-world-s-biggest-music-buyer.txt",
    "politics/protect-whistleblowers-tuc-says.txt",
    "tech/pc-photo-printers-challenge-pros.txt",
    "business/no-seasonal-lift-for-house-market.txt",
    "sport/umaga-ready-for-lions.txt",
    "entertainment/chris-evans-back-on-the-market.txt",
    "tech/games-help-you-learn-and-play.txt",
    "business/euro-firms-miss-out-on-optimism.txt",
    "politics/terror-detainees-win-lords-appeal.txt",
    "entertainment/greer-attacks-bully-big-brother.txt",
    "business/green-reports-shun-supply-chain.txt",
    "politics/sport-betting-rules-in-spotlight.txt",
    "entertainment/mumbai-bombs-movie-postponed.txt",
    "business/cuba-winds-back-economic-clock.txt",
    "entertainment/film-star-fox-behind-theatre-bid.txt",
    "sport/owen-set-for-skipper-role.txt",
    "politics/tories-plan-migrant-health-checks.txt",
    "sport/what-now-for-british-tennis.txt",
    "business/japan-bank-shares-up-on-link-talk.txt",
    "sport/hong-kong-in-2011-world-cup-bid.txt",
    "politics/profile-david-blunkett.txt",
    "sport/benitez-joy-as-reds-take-control.txt",
    "tech/cebit-opens-to-mobile-music-tune.txt",
    "sport/thomas-out-of-six-nations.txt",
    "politics/drive-to-save-festive-holidays.txt",
    "tech/broadband-fuels-online-change.txt",
    "politics/minister-defends-hunting-ban-law.txt",
    "politics/uk-heading-wrong-way-howard.txt",
    "business/saab-to-build-cadillacs-in-sweden.txt",
    "politics/kennedy-criticises-unfair-taxes.txt",
    "entertainment/music-man-to-the-oscars.txt",
    "business/eu-us-seeking-deal-on-air-dispute.txt",
    "politics/probe-launched-on-ken-nazi-jibe.txt",
)


# Round 34: 40 more drawn the same way (seed 20261216, leaving out rounds 16-33's), ``btNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261216, sample, before=34)`` gives them again).
ROUND34 = (
    "business/fresh-hope-after-argentine-crisis.txt",
    "politics/lord-scarman-93-dies-peacefully.txt",
    "entertainment/bollywood-draws-global-stars.txt",
    "tech/ea-to-take-on-film-and-tv-giants.txt",
    "sport/downing-injury-mars-uefa-victory.txt",
    "sport/bryan-twins-keep-us-hopes-alive.txt",
    "sport/minister-digs-in-over-doping-row.txt",
    "tech/latest-opera-browser-gets-vocal.txt",
    "tech/broadband-in-the-uk-gathers-pace.txt",
    "politics/teenagers-to-be-allowed-to-be-mps.txt",
    "tech/poles-play-with-gameboy-blip-pop.txt",
    "politics/observers-to-monitor-uk-election.txt",
    "business/uk-bank-seals-south-korean-deal.txt",
    "sport/liverpool-revel-in-night-of-glory.txt",
    "entertainment/lit-idol-begins-search-for-author.txt",
    "business/euronext-joins-bid-battle-for-lse.txt",
    "sport/jones-happy-with-henson-heroics.txt",
    "tech/virgin-radio-offers-3g-broadcast.txt",
    "sport/roddick-splits-from-coach-gilbert.txt",
    "business/dollar-slides-ahead-of-new-year.txt",
    "politics/new-yob-targets-to-be-unveiled.txt",
    "politics/tory-candidate-quits-over-remark.txt",
    "tech/remote-control-rifle-range-debuts.txt",
    "politics/abortion-not-a-poll-issue-blair.txt",
    "tech/have-hackers-recruited-your-pc.txt",
    "sport/gerrard-plays-down-european-hopes.txt",
    "politics/jowell-confirms-casino-climbdown.txt",
    "politics/at-a-glance-tory-health-checks.txt",
    "business/cars-pull-down-us-retail-figures.txt",
    "sport/murray-returns-to-scotland-fold.txt",
    "sport/prutton-poised-for-lengthy-fa-ban.txt",
    "tech/more-movies-head-to-sony-s-psp.txt",
    "politics/lawyer-attacks-anti-terror-laws.txt",
    "sport/hantuchova-in-dubai-last-eight.txt",
    "politics/lib-dems-unveil-election-slogan.txt",
    "business/senior-fannie-mae-bosses-resign.txt",
    "tech/musical-future-for-phones.txt",
    "sport/juninho-demand-for-o-neill-talks.txt",
    "politics/budget-to-set-scene-for-election.txt",
    "business/s-korean-credit-card-firm-rescued.txt",
)


# Round 35: 40 more drawn the same way (seed 20261217, leaving out rounds 16-34's), ``buNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261217, sample, before=35)`` gives them again).
ROUND35 = (
    "business/imf-agrees-fresh-turkey-funding.txt",
    "sport/liverpool-pledge-to-keep-gerrard.txt",
    "politics/choose-hope-over-fear-kennedy.txt",
    "politics/labour-attacked-on-howard-poster.txt",
    "business/emi-shares-hit-by-profit-warning.txt",
    "politics/abbas-will-not-tolerate-attacks.txt",
    "politics/howard-attacks-cost-of-asylum.txt",
    "entertainment/a-listers-flock-to-gervais-sitcom.txt",
    "tech/mobile-networks-seek-turbo-boost.txt",
    "business/china-had-role-in-yukos-split-up.txt",
    "politics/butler-launches-attack-on-blair.txt",
    "business/consumer-spending-lifts-us-growth.txt",
    "tech/toxic-web-links-help-virus-spread.txt",
    "tech/rolling-out-next-generation-s-net.txt",
    "business/french-wine-gets-70m-euro-top-up.txt",
    "politics/guantanamo-pair-s-passport-ban.txt",
    "sport/captains-lining-up-for-aid-match.txt",
    "politics/kennedy-to-make-temple-address.txt",
    "sport/davenport-dismantles-young-rival.txt",
    "sport/hewitt-fights-back-to-reach-final.txt",
    "entertainment/top-of-the-pops-leaves-bbc-one.txt",
    "sport/costin-aims-for-comeback-in-2006.txt",
    "tech/spam-e-mails-tempt-net-shoppers.txt",
    "entertainment/lopez-misses-uk-charity-premiere.txt",
    "tech/how-to-make-a-gigapixel-picture.txt",
    "tech/local-net-tv-takes-off-in-austria.txt",
    "business/news-corp-eyes-video-games-market.txt",
    "tech/tv-s-future-down-the-phone-line.txt",
    "politics/labour-accused-of-broken-pledge.txt",
    "politics/scots-smoking-ban-details-set-out.txt",
    "business/asia-shares-defy-post-quake-gloom.txt",
    "entertainment/oscar-nominees-lack-pulling-power.txt",
    "entertainment/my-memories-of-marley.txt",
    "entertainment/bollywood-dvd-fraudster-is-jailed.txt",
    "entertainment/beatles-suits-sell-for-110000.txt",
    "politics/csa-could-close-says-minister.txt",
    "sport/mauresmo-opens-with-victory-in-la.txt",
    "tech/bt-offers-free-net-phone-calls.txt",
    "sport/wales-stars-need-a-rest-ruddock.txt",
    "business/lse-doubts-boost-bidders-shares.txt",
)


# Round 36: 40 more drawn the same way (seed 20261218, leaving out rounds 16-35's), ``bvNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261218, sample, before=36)`` gives them again).
ROUND36 = (
    "politics/nhs-waiting-time-target-is-cut.txt",
    "business/bank-payout-to-pinochet-victims.txt",
    "sport/wilkinson-return-unlikely.txt",
    "politics/bid-to-cut-court-witness-stress.txt",
    "politics/blunkett-sorry-over-murder-plan.txt",
    "business/christmas-shoppers-flock-to-tills.txt",
    "politics/brown-s-poll-campaign-move-denied.txt",
    "sport/collins-banned-in-landmark-case.txt",
    "tech/lasers-help-bridge-network-gaps.txt",
    "sport/fit-again-betsen-in-france-squad.txt",
    "tech/musicians-upbeat-about-the-net.txt",
    "business/why-few-targets-are-better-than-many.txt",
    "entertainment/us-afflicted-with-awards-fatigue.txt",
    "politics/no-more-concessions-on-terror.txt",
    "sport/hodges-announces-rugby-retirement.txt",
    "politics/tories-reject-rethink-on-axed-mp.txt",
    "entertainment/god-cut-from-dark-materials-film.txt",
    "sport/parmar-ruled-out-of-davis-cup-tie.txt",
    "business/barclays-profits-hit-record-level.txt",
    "business/tsunami-slows-sri-lanka-s-growth.txt",
    "politics/brown-hits-back-in-blair-rift-row.txt",
    "politics/clarke-to-press-on-with-id-cards.txt",
    "entertainment/campaigners-attack-mtv-sleaze.txt",
    "politics/clarke-to-unveil-immigration-plan.txt",
    "politics/straw-praises-kashmir-moves.txt",
    "politics/ban-on-hunting-comes-into-force.txt",
    "sport/ferrero-eyes-return-to-top-form.txt",
    "tech/anti-tremor-mouse-stops-pc-shakes.txt",
    "politics/defiant-hunts-put-ban-to-the-test.txt",
    "entertainment/john-peel-replacement-show-begins.txt",
    "business/us-gives-foreign-firms-extra-time.txt",
    "sport/o-gara-revels-in-ireland-victory.txt",
    "tech/broadband-challenges-tv-viewing.txt",
    "business/us-trade-deficit-widens-sharply.txt",
    "business/dollar-hovers-around-record-lows.txt",
    "politics/police-probe-bnp-mosque-leaflet.txt",
    "tech/broadband-fuels-online-expression.txt",
    "sport/umaga-ready-for-fearsome-lions.txt",
    "tech/us-blogger-fired-by-her-airline.txt",
    "tech/solutions-to-net-security-fears.txt",
)

# Round 37: 40 more drawn the same way (seed 20261219, leaving out rounds 16-36's), ``bwNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261219, sample, before=37)`` gives them again).
ROUND37 = (
    "tech/lifestyle-governs-mobile-choice.txt",
    "politics/new-rules-tackle-sham-weddings.txt",
    "tech/media-gadgets-get-moving.txt",
    "tech/attack-prompts-bush-site-block.txt",
    "sport/wenger-offers-mutu-hope.txt",
    "politics/labour-trio-had-vote-rig-factory.txt",
    "tech/computer-grid-to-help-the-world.txt",
    "entertainment/british-stars-denied-major-oscars.txt",
    "tech/new-browser-wins-over-net-surfers.txt",
    "entertainment/foxx-and-swank-take-actors-awards.txt",
    "entertainment/oscars-steer-clear-of-controversy.txt",
    "politics/uk-firms-embracing-e-commerce.txt",
    "sport/parry-puts-gerrard-above-money.txt",
    "sport/mcclaren-hails-boro-s-uefa-spirit.txt",
    "sport/stam-spices-up-man-utd-encounter.txt",
    "tech/gadget-growth-fuels-eco-concerns.txt",
    "tech/mobiles-double-up-as-bus-tickets.txt",
    "business/standoff-on-deutsche-s-lse-bid.txt",
    "politics/minimum-wage-increased-to-aps5-05.txt",
    "entertainment/jackson-film-absolute-disaster.txt",
    "sport/bates-seals-takeover.txt",
    "politics/custody-death-rate-shocks-mps.txt",
    "entertainment/u2-stars-enter-rock-hall-of-fame.txt",
    "sport/mirza-shocks-kuznetsova.txt",
    "politics/kelly-trails-new-discipline-power.txt",
    "politics/strike-threat-over-pension-plans.txt",
    "business/trade-gap-narrows-as-exports-rise.txt",
    "sport/robertson-out-to-retain-euro-lure.txt",
    "entertainment/triple-triumph-for-little-britain.txt",
    "sport/o-leary-agrees-new-villa-contract.txt",
    "business/optimism-remains-over-uk-housing.txt",
    "business/bush-budget-seeks-deep-cutbacks.txt",
    "business/asian-banks-halt-dollar-s-slide.txt",
    "sport/henman-to-face-saulnier-test.txt",
    "tech/game-makers-get-xbox-2-sneak-peek.txt",
    "business/soaring-oil-hits-world-economy.txt",
    "entertainment/michael-film-signals-retirement.txt",
    "sport/connors-rallying-cry-for-british-tennis.txt",
    "sport/keegan-hails-comeback-king-fowler.txt",
    "politics/lib-dems-bold-election-policy.txt",
)

# Round 38: 40 more drawn the same way (seed 20261220, leaving out rounds 16-37's), ``bxNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261220, sample, before=38)`` gives them again).
ROUND38 = (
    "business/oil-companies-get-russian-setback.txt",
    "tech/mobiles-rack-up-20-years-of-use.txt",
    "business/sa-unveils-more-for-all-budget.txt",
    "politics/malik-rejects-all-black-mp-lists.txt",
    "sport/ireland-call-up-uncapped-campbell.txt",
    "tech/portable-playstation-ready-to-go.txt",
    "politics/ministers-lose-slopping-out-case.txt",
    "politics/blunkett-unveils-policing-plans.txt",
    "tech/search-sites-get-closer-to-users.txt",
    "sport/connors-boost-for-british-tennis.txt",
    "business/brewers-profits-lose-their-fizz.txt",
    "entertainment/foxx-and-swank-win-us-awards.txt",
    "tech/net-regulation-still-possible.txt",
    "business/christmas-sales-worst-since-1981.txt",
    "politics/new-drink-limit-would-cut-toll.txt",
    "politics/campaign-cold-calls-questioned.txt",
    "entertainment/no-jail-for-singer-courtney-love.txt",
    "tech/china-blocks-google-news-site.txt",
    "tech/online-games-play-with-politics.txt",
    "politics/escaped-prisoner-report-ordered.txt",
    "politics/boris-opposes-mayor-apology.txt",
    "entertainment/hoffman-hits-out-over-modern-film.txt",
    "tech/dvd-copy-protection-strengthened.txt",
    "business/khodorkovsky-ally-denies-charges.txt",
    "politics/csa-chief-who-quit-still-in-job.txt",
    "business/warning-over-us-pensions-deficit.txt",
    "politics/cabinet-anger-at-brown-cash-raid.txt",
    "politics/boothroyd-calls-for-lords-speaker.txt",
    "business/yukos-heading-back-to-us-courts.txt",
    "business/criminal-probe-on-citigroup-deals.txt",
    "business/fed-chief-warning-on-us-deficit.txt",
    "politics/defection-timed-to-hit-tax-pledge.txt",
    "tech/games-maker-fights-for-survival.txt",
    "business/japan-economy-slides-to-recession.txt",
    "entertainment/surprise-win-for-anti-bush-film.txt",
    "business/germany-nears-1990-jobless-level.txt",
    "entertainment/baby-becomes-new-oscar-favourite.txt",
    "politics/eu-china-arms-ban-to-be-lifted.txt",
    "business/ec-calls-truce-in-deficit-battle.txt",
    "sport/finnan-says-irish-can-win-group.txt",
)

# Round 39: 40 more drawn the same way (seed 20261221, leaving out rounds 16-38's), ``byNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261221, sample, before=39)`` gives them again).
ROUND39 = (
    "business/house-prices-show-slight-increase.txt",
    "business/novartis-hits-acquisition-trail.txt",
    "tech/junk-e-mails-on-relentless-rise.txt",
    "business/mcdonald-s-to-sponsor-mtv-show.txt",
    "politics/labour-s-eu-propaganda.txt",
    "politics/labour-s-four-little-words.txt",
    "entertainment/dirty-den-s-demise-seen-by-14m.txt",
    "business/indy-buys-into-india-paper.txt",
    "politics/civil-servants-in-strike-ballot.txt",
    "tech/viewers-to-be-able-to-shape-tv.txt",
    "sport/highbury-tunnel-players-in-clear.txt",
    "sport/johnson-accuses-british-sprinters.txt",
    "politics/nat-insurance-to-rise-say-tories.txt",
    "politics/plaid-mp-s-cottage-arson-claim.txt",
    "sport/wales-silent-on-grand-slam-talk.txt",
    "business/yukos-seeks-court-action-on-sale.txt",
    "sport/farrell-saga-to-drag-on-lindsay.txt",
    "tech/us-peer-to-peer-pirates-convicted.txt",
    "business/putin-backs-state-grab-for-yukos.txt",
    "tech/cebit-fever-takes-over-hanover.txt",
    "politics/no-uk-apology-for-colonial-past.txt",
    "politics/howard-and-blair-tax-pledge-clash.txt",
    "business/bank-holds-interest-rate-at-4-75.txt",
    "sport/gb-select-holmes-for-double-bid.txt",
    "tech/iran-jails-blogger-for-14-years.txt",
    "politics/conservative-backing-for-id-cards.txt",
    "tech/pandas-benefit-from-wireless-net.txt",
    "entertainment/franz-ferdinand-s-art-school-lesson.txt",
    "business/ukraine-trims-privatisation-check.txt",
    "sport/jones-files-conte-lawsuit.txt",
    "tech/first-look-at-playstation-3-chip.txt",
    "business/five-million-germans-out-of-work.txt",
    "business/turkey-knocks-six-zeros-off-lira.txt",
    "politics/housing-plans-criticised-by-mps.txt",
    "tech/mobile-gig-aims-to-rock-3g.txt",
    "sport/kerr-frustrated-at-victory-margin.txt",
    "sport/brentford-v-southampton.txt",
    "politics/david-blunkett-in-quotes.txt",
    "politics/profile-gordon-brown.txt",
    "tech/what-high-definition-will-do-to-dvds.txt",
)

# Round 40: 40 more drawn the same way (seed 20261222, leaving out rounds 16-39's), ``bzNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261222, sample, before=40)`` gives them again).
ROUND40 = (
    "sport/campese-berates-whingeing-england.txt",
    "entertainment/belle-named-best-scottish-band.txt",
    "business/indian-oil-firm-eyes-yukos-assets.txt",
    "sport/fa-probes-crowd-trouble.txt",
    "entertainment/dance-music-not-dead-says-fatboy.txt",
    "sport/arnesen-denies-rift-with-santini.txt",
    "sport/fuming-robinson-blasts-officials.txt",
    "sport/holmes-urged-to-compete-at-worlds.txt",
    "business/uk-economy-facing-major-risks.txt",
    "sport/taylor-poised-for-scotland-return.txt",
    "politics/howard-unveils-election-platform.txt",
    "business/iranian-mps-threaten-mobile-deal.txt",
    "sport/wru-proposes-season-overhaul.txt",
    "business/us-regulator-to-rule-on-pain-drug.txt",
    "politics/correction-agency-plans-dropped.txt",
    "sport/redknapp-s-saints-face-pompey-tie.txt",
    "tech/millions-buy-mp3-players-in-us.txt",
    "business/us-industrial-output-growth-eases.txt",
    "sport/williams-stays-on-despite-dispute.txt",
    "tech/ultra-fast-wi-fi-nears-completion.txt",
    "entertainment/hard-act-to-follow-for-outkast.txt",
    "tech/chip-maker-backs-net-phone-calls.txt",
    "tech/web-photo-storage-market-hots-up.txt",
    "business/ebbers-denies-worldcom-fraud.txt",
    "politics/no-to-royal-succession-shake-up.txt",
    "business/karachi-stocks-hit-historic-high.txt",
    "entertainment/film-row-over-pirates-cannibals.txt",
    "sport/robinson-out-of-six-nations.txt",
    "business/winemaker-rejects-foster-s-offer.txt",
    "business/newest-eu-members-underpin-growth.txt",
    "tech/gamers-could-drive-high-definition.txt",
    "business/us-firm-pulls-out-of-iraq.txt",
    "sport/white-admits-to-balco-drugs-link.txt",
    "sport/thompson-says-gerrard-should-stay.txt",
    "sport/angry-williams-rejects-criticism.txt",
    "politics/best-person-for-top-legal-job.txt",
    "entertainment/rapper-50-cent-ends-protege-feud.txt",
    "business/khodorkovsky-quits-yukos-shares.txt",
    "business/georgia-plans-hidden-asset-pardon.txt",
    "sport/sculthorpe-wants-lions-captaincy.txt",
)

# Round 41: 40 more drawn the same way (seed 20261223, leaving out rounds 16-40's), ``caNNN.txt``
# in folders ``A`` ... ``D`` of ten (``draw(clone, 20261223, sample, before=41)`` gives them again).
ROUND41 = (
    "tech/playstation-3-processor-unveiled.txt",
    "tech/british-library-gets-wireless-net.txt",
    "sport/rusedski-angry-over-supplements.txt",
    "tech/world-tour-for-top-video-gamers.txt",
    "business/germany-calls-for-eu-reform.txt",
    "tech/cheaper-chip-for-mobiles.txt",
    "business/shares-hit-by-ms-drug-suspension.txt",
    "business/sec-to-rethink-post-enron-rules.txt",
    "business/tobacco-giants-hail-court-ruling.txt",
    "entertainment/director-nair-s-vanity-project.txt",
    "tech/call-for-action-on-internet-scam.txt",
    "tech/net-fingerprints-combat-attacks.txt",
    "politics/councils-prepare-to-set-tax-rises.txt",
    "sport/scots-suffer-another-injury-blow.txt",
    "business/bush-to-outline-toughest-budget.txt",
    "politics/muslim-police-stops-more-likely.txt",
    "business/ecb-holds-rates-amid-growth-fears.txt",
    "tech/movie-body-targets-children-s-pcs.txt",
    "politics/howard-attacks-pay-later-budget.txt",
    "sport/safin-relieved-at-aussie-recovery.txt",
    "business/deutsche-boerse-set-to-woo-lse.txt",
    "business/house-prices-rebound-says-halifax.txt",
    "sport/old-firm-pair-handed-suspensions.txt",
    "sport/slovakia-seal-hopman-cup-success.txt",
    "tech/warnings-on-woeful-wi-fi-security.txt",
    "sport/zambia-confident-and-cautious.txt",
    "business/cairn-shares-up-on-new-oil-find.txt",
    "politics/goldsmith-denies-war-advice-claim.txt",
    "tech/new-year-s-texting-breaks-record.txt",
    "tech/mobile-multimedia-slow-to-catch-on.txt",
    "entertainment/lasting-influence-of-legend-charles.txt",
    "politics/blair-and-brown-criticised-by-mps.txt",
    "sport/gardener-wins-double-in-glasgow.txt",
    "politics/howard-truanted-to-play-snooker.txt",
    "tech/mac-mini-heralds-mini-revolution.txt",
    "business/booming-markets-shed-few-tears.txt",
    "business/orange-colour-clash-set-for-court.txt",
    "sport/preview-ireland-v-england-sun.txt",
    "tech/hitachi-unveils-fastest-robot.txt",
    "sport/moody-joins-up-with-england.txt",
)


def _copy(clone: Path, pairs: list[tuple[str, Path]]) -> list[Path]:
    """Copy each story (its path under the clone's ``news/``) to its target, byte for byte;
    refuse a folder that is no clone of the dataset."""
    written = []
    for rel, target in pairs:
        source = clone / "news" / rel
        if not source.is_file():
            raise SystemExit(f"not found: {source} (is {clone} a clone of the dataset?)")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def rebuild(clone: Path, out: Path) -> list[Path]:
    """Copy the 60 stories into ``out/A`` ... ``out/D`` as ``bbNNN.txt``; return their paths."""
    pairs = [(rel, out / "ABCD"[n // 15] / f"bb{n + 1:03d}.txt") for n, rel in enumerate(STORIES)]
    return _copy(clone, pairs)


def rebuild_round17(clone: Path, out: Path) -> list[Path]:
    """Copy round 17's stories into ``out`` as ``bcNNN.txt``; return their paths."""
    return _copy(clone, [(rel, out / f"bc{n:03d}.txt") for n, rel in ROUND17.items()])


def _in_folders(clone: Path, out: Path, stories: tuple[str, ...], prefix: str) -> list[Path]:
    """Copy a round of 40 into ``out/A`` ... ``out/D`` (ten each) as ``<prefix>NNN.txt``."""
    pairs = [
        (rel, out / "ABCD"[n // 10] / f"{prefix}{n + 1:03d}.txt") for n, rel in enumerate(stories)
    ]
    return _copy(clone, pairs)


# The rounds of forty: their stories and the prefix of their file names.
ROUNDS_OF_FORTY: dict[int, tuple[tuple[str, ...], str]] = {
    18: (ROUND18, "bd"),
    19: (ROUND19, "be"),
    20: (ROUND20, "bf"),
    21: (ROUND21, "bg"),
    22: (ROUND22, "bh"),
    23: (ROUND23, "bi"),
    24: (ROUND24, "bj"),
    25: (ROUND25, "bk"),
    26: (ROUND26, "bl"),
    27: (ROUND27, "bm"),
    28: (ROUND28, "bn"),
    29: (ROUND29, "bo"),
    30: (ROUND30, "bp"),
    31: (ROUND31, "bq"),
    32: (ROUND32, "br"),
    33: (ROUND33, "bs"),
    34: (ROUND34, "bt"),
    35: (ROUND35, "bu"),
    36: (ROUND36, "bv"),
    37: (ROUND37, "bw"),
    38: (ROUND38, "bx"),
    39: (ROUND39, "by"),
    40: (ROUND40, "bz"),
    41: (ROUND41, "ca"),
}


def rebuild_round(number: int, clone: Path, out: Path) -> list[Path]:
    """Rebuild round ``number`` (16 ... 41) into ``out``."""
    if number == 16:
        return rebuild(clone, out)
    if number == 17:
        return rebuild_round17(clone, out)
    stories, prefix = ROUNDS_OF_FORTY[number]
    return _in_folders(clone, out, stories, prefix)


def _first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()


def draw(
    clone: Path, seed: int, sample: Path | None = None, before: int = 42, count: int = 40
) -> list[str]:
    """Round ``before``: ``count`` stories drawn at random (``seed``) among those of 1,500
    characters or more with at least two pairs of straight quotation marks, leaving out the
    stories of every round before it and any story whose first line one of them, or of the
    summary sample at ``sample`` (its ``article/`` folder), shares (the corpus holds a few
    stories twice)."""
    news = clone / "news"
    used = set(STORIES) | set(ROUND17.values())
    for number, (stories, _) in ROUNDS_OF_FORTY.items():
        if number < before:
            used |= set(stories)
    taken = {_first_line(news / rel) for rel in used if (news / rel).is_file()}
    if sample is not None:
        taken |= {_first_line(p) for p in sorted(sample.rglob("*.txt"))}
    candidates = []
    for path in sorted(news.rglob("*.txt")):
        rel = path.relative_to(news).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        if rel in used or len(text) < 1500 or text.count('"') < 4:
            continue
        if _first_line(path) not in taken:
            candidates.append(rel)
    return random.Random(seed).sample(candidates, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("clone", type=Path, help="a clone of ZitRos/news-articles-dataset")
    parser.add_argument("out", type=Path, help="the folder to write the stories into")
    parser.add_argument(
        "--round",
        type=int,
        choices=(16, 17, *ROUNDS_OF_FORTY),
        default=16,
        help="16 ... 41",
    )
    args = parser.parse_args()
    written = rebuild_round(args.round, args.clone, args.out)
    print(f"{len(written)} stories written to {args.out}")


if __name__ == "__main__":
    main()
