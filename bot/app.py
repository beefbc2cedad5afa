"""The application object every entry point shares: the database and the answers over it.

``open_app`` opens (and migrates) the database and brings ``settings.seeds_dir`` up to date, so a
fresh database answers at once; unchanged seed files are skipped by size and mtime, so a restart
on a built database is quick.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.answers import Answers
from bot.config import Settings
from bot.store import IngestReport, Store, ingest

log = logging.getLogger(__name__)


@dataclass(slots=True)
class App:
    store: Store
    answers: Answers
    seeds: IngestReport | None = None
    warnings: list[str] = field(default_factory=list)

    async def close(self) -> None:
        await self.store.close()

    async def __aenter__(self) -> App:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


async def open_app(settings: Settings, *, sync_seeds: bool = True) -> App:
    """Open the database named by ``settings`` and ingest the seeds folder's new or changed files.

    Raises :class:`bot.store.StoreError` (with a readable message) when the database is unusable.
    A seeds folder that is missing, or files in it that fail, only produce warnings.
    """
    store = await Store.open(settings.db_path)
    warnings: list[str] = []
    report = None
    try:
        if sync_seeds and settings.seeds_dir.is_dir():
            report = await ingest(
                store,
                [settings.seeds_dir],
                on_failure=lambda path, reason: warnings.append(f"skipped {path}: {reason}"),
            )
            if report.fatal:
                warnings.append(f"could not update the database: {report.fatal}")
        elif sync_seeds:
            warnings.append(f"the seeds folder {settings.seeds_dir} does not exist")
    except BaseException:
        await store.close()
        raise
    for warning in warnings:
        log.warning("%s", warning)
    answers = Answers(store)
    await answers.warm()
    return App(store=store, answers=answers, seeds=report, warnings=warnings)
