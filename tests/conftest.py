"""Shared fixtures: a store built from the seed and the realistic documents in ``fixtures/docs``.

``store``/``answers`` run the real digest pipeline (whatever it extracts today); ``curated_store``/
``curated_answers`` hold hand-made digests with known people, quotations and events, so answers
tests can assert exact behaviour without depending on the extractors' current output.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answers
from bot.config import Settings
from bot.store import Store, ingest
from tests.curated import add_curated

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_eb33f95aa847253a.txt"
DOCS = Path(__file__).resolve().parent / "fixtures" / "docs"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the seed and the fixture documents (safe to modify)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for doc in sorted(DOCS.iterdir()):
        shutil.copy(doc, folder / doc.name)
    return folder


@pytest.fixture
def app_settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh database in tmp_path and a seeds folder holding the seed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    shutil.copy(SEED, seeds / SEED.name)
    return Settings(db_path=tmp_path / "briefbot.db", seeds_dir=seeds)


@pytest.fixture
async def store(tmp_path: Path, docs_dir: Path) -> AsyncIterator[Store]:
    """A store holding the seed and the fixture documents, digested by the real pipeline."""
    opened = await Store.open(tmp_path / "store.db")
    report = await ingest(opened, [docs_dir], workers=0)
    assert report.failed == 0, report.failures
    yield opened
    await opened.close()


@pytest.fixture
async def answers(store: Store) -> Answers:
    return Answers(store)


@pytest.fixture
async def curated_store(tmp_path: Path) -> AsyncIterator[Store]:
    """A store of hand-made digests (see ``tests/curated.py``) with known people and quotes."""
    opened = await Store.open(tmp_path / "curated.db")
    await add_curated(opened)
    yield opened
    await opened.close()


@pytest.fixture
async def curated_answers(curated_store: Store) -> Answers:
    return Answers(curated_store)
