"""The gateway going wrong mid-session: a dropped connection, RECONNECT, INVALID_SESSION."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import BotUnderTest, assert_well_behaved, message_text

pytestmark = pytest.mark.e2e


def answered(seed_bot: BotUnderTest, **options: str) -> str:
    lb = seed_bot.lb
    record = lb.slash("quote", **options).wait_answered(10)
    assert_well_behaved(record, lb)
    return message_text(record.message or {})


def test_dropped_connection_resumes_and_answers_the_missed_command(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    identifies = lb.identifies
    lb.drop_connection()  # TCP cut, no close frame
    missed = lb.slash("quote", speaker="stoltenberg")  # Discord keeps it for the RESUME
    lb.wait_for(lambda: lb.resumes >= 1 and lb.connected, 15, "a RESUME")
    assert lb.identifies == identifies  # resumed the session, did not start a new one
    assert lb.connections[-1].path == "/resume/"  # at READY's resume_gateway_url
    missed.wait_answered(10)
    assert_well_behaved(missed, lb)
    assert "what happens in Europe" in message_text(missed.message or {})
    assert "what happens in Europe" in answered(seed_bot, speaker="Stoltenberg")


def test_reconnect_opcode_is_survived(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    before = lb.resumes
    lb.send_reconnect()
    lb.wait_for(lambda: lb.resumes > before and lb.connected, 15, "a RESUME after op 7")
    assert "what happens in Europe" in answered(seed_bot, speaker="stoltenberg")


def test_invalid_session_is_survived_with_a_new_identify(seed_bot: BotUnderTest) -> None:
    lb = seed_bot.lb
    before = lb.identifies
    lb.invalidate_session(resumable=False)
    lb.wait_for(lambda: lb.identifies > before and lb.connected, 15, "a new IDENTIFY")
    assert "what happens in Europe" in answered(seed_bot, speaker="stoltenberg")
    # A resumable invalidation is answered with a RESUME.
    resumes = lb.resumes
    lb.invalidate_session(resumable=True)
    lb.wait_for(lambda: lb.resumes > resumes and lb.connected, 15, "a RESUME after op 9 true")
    assert "what happens in Europe" in answered(seed_bot, speaker="stoltenberg")
    seed_bot.bot.assert_alive()
    assert not lb.violations
