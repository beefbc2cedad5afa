"""Generated news-style documents for the failure and load tests.

Each document is a distinct, dated wire-style report (a headline line, a dateline, paragraphs with
named officials, their roles, direct quotations and dates), so the digest does real work on it and
no two files share a content hash. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = [
    ("Amara Okonkwo", "Minister of Finance", "Nigeria"),
    ("Henrik Vestergaard", "Defence Minister", "Denmark"),
    ("Lucía Ferreira", "Secretary of State for Energy", "Portugal"),
    ("Kenji Watanabe", "Chief Cabinet Secretary", "Japan"),
    ("Margit Hollander", "European Commissioner for Trade", "the European Commission"),
    ("Rafael Quintero", "Governor of the Central Bank", "Colombia"),
    ("Priya Raghunathan", "Special Envoy for Climate", "India"),
    ("Tomasz Zielinski", "Deputy Foreign Minister", "Poland"),
    ("Nadia Haddad", "spokeswoman", "the World Food Programme"),
    ("Owen Gallagher", "Director-General", "the International Maritime Organization"),
]
PLACES = [
    "Lisbon",
    "Nairobi",
    "Oslo",
    "Jakarta",
    "Montevideo",
    "Tbilisi",
    "Accra",
    "Hanoi",
    "Valletta",
    "Quito",
    "Reykjavik",
    "Windhoek",
]
TOPICS = [
    ("grain shipments", "the Black Sea corridor", "port capacity"),
    ("offshore wind", "the North Sea grid", "turbine supply chains"),
    ("sovereign debt", "the restructuring talks", "bond repayments"),
    ("fisheries quotas", "the Atlantic stocks", "coastal communities"),
    ("semiconductor exports", "the licensing regime", "research partnerships"),
    ("refugee resettlement", "the regional compact", "border reception centres"),
]
VERBS = ["said", "told reporters", "stressed", "warned", "added", "noted"]
QUOTES = [
    "We cannot allow {topic} to become hostage to short-term politics",
    "The agreement on {topic} is a first step, not the finish line",
    "Our partners in {place} have shown that {aspect} can be managed together",
    "Nobody should underestimate how much {aspect} matters to ordinary families",
    "We expect the first results on {topic} before the end of {month}",
    "There is no credible plan for {aspect} without closer cooperation",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def document(n: int, rng: random.Random) -> tuple[str, str]:
    """(file name, text) of document number ``n``."""
    day = date(2021, 1, 4) + timedelta(days=(n * 7) % 1400)
    place = rng.choice(PLACES)
    topic, forum, aspect = rng.choice(TOPICS)
    speakers = rng.sample(PEOPLE, 3)
    month = MONTHS[(day.month + 1) % 12]
    lead, second, third = speakers
    title = f"{lead[0].split()[-1]} presses partners on {topic} at {place} meeting (report {n})"
    stamp = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    paragraphs = [
        f"{place}, {stamp} — {lead[1]} {lead[0]} of {lead[2]} met counterparts in {place} on "
        f"{day.strftime('%A')} for talks on {topic} and {forum}, the {ordinal(n + 1)} session "
        f"of its kind "
        f"since the working group was created.",
        f"“{rng.choice(QUOTES).format(topic=topic, place=place, aspect=aspect, month=month)},” "
        f"{lead[0].split()[-1]} {rng.choice(VERBS)} after the session, which ran {2 + n % 5} "
        f"hours longer than planned.",
        f"{second[0]}, the {second[1]} of {second[2]}, said the delegations had narrowed their "
        f"differences on {aspect} but that {3 + n % 9} technical questions remained open. "
        f"“{rng.choice(QUOTES).format(topic=topic, place=place, aspect=aspect, month=month)},” "
        f"{second[0].split()[-1]} {rng.choice(VERBS)}.",
        f"Officials expect a follow-up meeting on {day.day + 1 if day.day < 28 else 1} "
        f"{MONTHS[day.month % 12]} {day.year}. {third[0]} of {third[2]} is due to chair it and "
        f"has asked for figures on {aspect} from every delegation.",
    ]
    if n % 3 == 0:
        paragraphs.append(
            f"Observers noted that {rng.randint(12, 480)} million dollars had been pledged for "
            f"{forum}, while {rng.randint(2, 40)} countries have yet to ratify the framework."
        )
    return f"{n:05d}_{place.lower()}.txt", title + "\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, *, seed: int = 20230130, start: int = 0) -> list[Path]:
    """Write ``count`` documents into ``folder`` (created); returns their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + start)
    paths = []
    for n in range(start, start + count):
        name, text = document(n, rng)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
