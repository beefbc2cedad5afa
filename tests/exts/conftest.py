from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.exts.harness import Harness
from tests.exts.samples import FakeAnswers


@pytest.fixture
def answers() -> FakeAnswers:
    return FakeAnswers()


@pytest.fixture
async def harness(answers: FakeAnswers, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    h = await Harness.start(answers, monkeypatch)
    yield h
    await h.close()
