"""Settings, read from the environment and from ``.env`` (python-dotenv).

Every setting is documented in ``.env.example``. The token is held in a field that never shows up
in ``repr`` so that logging a ``Settings`` object cannot leak it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_seeds() -> Path:
    return PROJECT_ROOT / "seeds"


@dataclass(frozen=True, slots=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    dev_guild_id: int | None = None
    db_path: Path = Path("briefbot.db")
    seeds_dir: Path = field(default_factory=_default_seeds)
    log_level: str = "INFO"
    api_base: str | None = None  # e.g. http://127.0.0.1:8080/api/v10 for a loopback server
    gateway_url: str | None = None  # e.g. ws://127.0.0.1:8080/

    @classmethod
    def from_env(cls, *, dotenv: bool = True) -> Settings:
        """Settings from ``os.environ``, after loading ``.env`` unless ``dotenv`` is False."""
        if dotenv:
            load_dotenv(override=False)
        env = os.environ
        guild = (env.get("DEV_GUILD_ID") or "").strip()
        if guild and not guild.isdigit():
            raise ValueError("DEV_GUILD_ID must be a numeric Discord server (guild) ID")
        return cls(
            token=(env.get("DISCORD_TOKEN") or "").strip() or None,
            dev_guild_id=int(guild) if guild else None,
            db_path=Path(env.get("BRIEFBOT_DB") or "briefbot.db"),
            seeds_dir=Path(env.get("BRIEFBOT_SEEDS") or _default_seeds()),
            log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
            api_base=(env.get("DISCORD_API_BASE") or "").strip() or None,
            gateway_url=(env.get("DISCORD_GATEWAY_URL") or "").strip() or None,
        )
