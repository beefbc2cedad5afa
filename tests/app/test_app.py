"""open_app: a fresh database answers at once from the seeds; a restart skips unchanged seeds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.answers.results import BriefResult
from bot.app import open_app
from bot.config import Settings
from bot.store import StoreError


async def test_fresh_database_answers_from_the_seeds(app_settings: Settings):
    app = await open_app(app_settings)
    try:
        assert app.seeds is not None and app.seeds.line().startswith("added 1,")
        result = await app.answers.brief("korea")
        assert isinstance(result, BriefResult) and result.found
    finally:
        await app.close()
    async with await open_app(app_settings) as again:
        assert again.seeds is not None
        assert again.seeds.line() == "added 0, updated 0, unchanged 1, failed 0"


async def test_a_changed_seed_is_picked_up_on_start(app_settings: Settings):
    async with await open_app(app_settings):
        pass
    extra = app_settings.seeds_dir / "harbour.txt"
    extra.write_text(
        "Harbour reopens\n\nThe harbour reopened on Friday after the storm. "
        "“Ships can dock again,” harbourmaster Ola Brekke said.\n"
    )
    async with await open_app(app_settings) as app:
        assert app.seeds is not None and app.seeds.added == 1
        result = await app.answers.brief("harbour")
        assert isinstance(result, BriefResult) and result.found


async def test_missing_seeds_folder_is_a_warning(tmp_path: Path):
    settings = Settings(db_path=tmp_path / "x.db", seeds_dir=tmp_path / "absent")
    async with await open_app(settings) as app:
        assert app.warnings and "does not exist" in app.warnings[0]
        sources = await app.answers.sources()
        assert sources.documents == []


async def test_unusable_database_raises_a_store_error(app_settings: Settings, tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 500)
    with pytest.raises(StoreError):
        await open_app(replace(app_settings, db_path=bad))
