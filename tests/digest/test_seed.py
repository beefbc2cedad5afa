"""Acceptance test: the seed document's full digest, as issue 2 specifies it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.digest import Digest, digest_bytes

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_eb33f95aa847253a.txt"

QUOTE_EUROPE = (
    "what happens in Europe matters to the Indo-Pacific, and what happens in Asia matters to NATO"
)
QUOTE_NORTH_KOREA = (
    "We also know that North Korea is providing military support to the Russian war efforts with "
    "rockets and missiles, and this just highlights how we are interconnected"
)


@pytest.fixture(scope="module")
def seed() -> Digest:
    return digest_bytes(SEED.read_bytes(), str(SEED))


def words(text: str) -> str:
    """The quoted words, without the punctuation that closes them inside the marks."""
    return text.strip().rstrip(",.;:").strip()


def test_title_and_date(seed: Digest) -> None:
    assert seed.title == (
        "Secretary General stresses value of NATO’s global partnerships in visit to "
        "Republic of Korea"
    )
    assert seed.date == "2023-01-30"


def test_exactly_the_two_quotations_both_by_stoltenberg(seed: Digest) -> None:
    assert sorted(words(q.text) for q in seed.quotes) == sorted([QUOTE_EUROPE, QUOTE_NORTH_KOREA])
    assert [q.speaker for q in seed.quotes] == ["Jens Stoltenberg", "Jens Stoltenberg"]
    for q in seed.quotes:
        assert seed.text[q.start : q.end] == q.text


def test_participants_with_roles_and_organisations(seed: Digest) -> None:
    people = {p.name: p for p in seed.people}
    assert set(people) == {"Jens Stoltenberg", "Yoon Suk Yeol", "Park Jin"}
    expected = {
        "Jens Stoltenberg": ("secretary general", "NATO"),
        "Yoon Suk Yeol": ("president", "Republic of Korea"),
        "Park Jin": ("foreign minister", "Republic of Korea"),
    }
    for name, (role, organization) in expected.items():
        person = people[name]
        assert (person.role or "").lower().replace("-", " ") == role, name
        assert person.organization == organization, name
    stoltenberg = people["Jens Stoltenberg"]
    assert "Mr. Stoltenberg" in stoltenberg.aliases
    assert stoltenberg.mentions >= 6  # full name, "Mr. Stoltenberg" ×3, "the Secretary General" ×5
    assert "NATO" in seed.organizations


def test_events_on_the_29th_and_30th(seed: Digest) -> None:
    events = [(e.date, e.text) for e in seed.events]
    assert {date for date, _ in events} == {"2023-01-29", "2023-01-30"}
    assert any(d == "2023-01-30" and "President Yoon" in t for d, t in events)
    assert any(d == "2023-01-29" and "Foreign Minister Park Jin" in t for d, t in events)
    assert any(
        d == "2023-01-29" and "wreath" in t and "Seoul National Cemetery" in t for d, t in events
    )
    for _, text in events:
        assert "(29 January 2023)" not in text and "(30 January 2023)" not in text


def test_summary(seed: Digest) -> None:
    assert seed.summary.startswith("NATO Secretary General Jens Stoltenberg wrapped up a two-day")
    assert seed.title not in seed.summary
    assert 40 <= len(seed.summary.split()) <= 100


def test_command_line_json_contract() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "digest", str(SEED), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    (document,) = json.loads(result.stdout)["documents"]
    assert set(document) == {
        "source", "title", "date", "summary", "participants", "quotes", "organizations",
        "places", "events",
    }  # fmt: skip
    assert document["date"] == "2023-01-30"
    assert [q["speaker"] for q in document["quotes"]] == ["Jens Stoltenberg"] * 2
    assert {p["name"] for p in document["participants"]} == {
        "Jens Stoltenberg", "Yoon Suk Yeol", "Park Jin",
    }  # fmt: skip
