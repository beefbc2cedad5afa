"""End-to-end fixtures: the real bot, by its normal entry point, on a loopback Discord."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import BotUnderTest, start_briefbot
from tests.loopback.plugin import PROJECT_ROOT, bot_process, loopback  # noqa: F401

SEED = PROJECT_ROOT / "seeds" / "000_eb33f95aa847253a.txt"


@pytest.fixture(scope="module")
def seed_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotUnderTest]:
    """Briefbot on a fresh database whose only document is the project's seed."""
    work = tmp_path_factory.mktemp("seedbot")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    with start_briefbot(work, seeds) as running:
        yield running


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    return seeds
