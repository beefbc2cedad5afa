"""The cogs on the real answers layer: a store built from the seed and the fixture documents."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.answers import Answers
from bot.store import Store
from bot.utils.mentions import has_live_mention
from tests.exts.harness import Call, Harness, assert_reply_safe


@pytest.fixture
async def real(store: Store, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    h = await Harness.start(Answers(store), monkeypatch)
    yield h
    await h.close()


def _text(calls: list[Call]) -> str:
    out = []
    for call in calls:
        assert_reply_safe(call)
        out.append(call.content)
        for e in call.embeds:
            out += [e.title or "", e.description or "", e.footer.text or ""]
            out += [f"{f.name}\n{f.value}" for f in e.fields]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("command", "options", "expected"),
    [
        ("brief", {"topic": "korea"}, "Briefing: korea"),
        ("brief", {"topic": "KOREA"}, "Republic of Korea"),
        ("brief", {"topic": "zzqx unknown"}, "Nothing known about"),
        ("quote", {"speaker": "stoltenberg"}, "Quotations: Jens Stoltenberg"),
        (
            "quote",
            {"speaker": "Stoltenberg", "topic": "korea"},
            "North Korea is providing military",
        ),
        ("participants", {}, "Yoon Suk Yeol"),
        ("who", {"name": "yoon"}, "President, Republic of Korea"),
        ("timeline", {"topic": "korea"}, "30 Jan 2023"),
        ("sources", {}, "Secretary General stresses value of NATO’s global partnerships"),
        ("search", {"text": "missile"}, "**missile**"),
        ("search", {"text": '"NEAR( @everyone <@123> *'}, ""),
        ("help", {}, "/brief"),
    ],
)
async def test_commands_on_the_seeded_store(
    real: Harness, command: str, options: dict, expected: str
) -> None:
    interaction, calls = await real.command(command, **options)
    text = _text(calls)
    assert expected in text
    assert not has_live_mention(text)
    assert not interaction.command_failed
    assert calls[-1].embeds  # an answer, not the error handler's apology


async def test_autocomplete_on_the_seeded_store(real: Harness) -> None:
    topics = await real.autocomplete("brief", "topic", topic="kor")
    assert topics and len(topics) <= 25
    assert any("Korea" in c["name"] for c in topics)
    speakers = await real.autocomplete("quote", "speaker", speaker="stol")
    assert [c["name"] for c in speakers][:1] == ["Jens Stoltenberg"]
