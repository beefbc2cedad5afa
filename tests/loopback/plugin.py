"""Pytest fixtures for the loopback Discord, and a helper to run a bot process against it.

Import the fixtures into a ``conftest.py``::

    from tests.loopback.plugin import bot_process, loopback  # noqa: F401

``loopback`` is a started :class:`LoopbackDiscord` (stopped after the test). ``BotProcess`` runs a
bot by its normal entry point as a subprocess, with the loopback's settings in its environment,
and keeps everything it writes on stderr/stdout so tests can read (and grep) the logs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .server import LoopbackDiscord

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class BotProcess:
    """A bot subprocess pointed at a loopback server; its output goes to a log file."""

    def __init__(
        self,
        loopback: LoopbackDiscord,
        argv: list[str],
        workdir: Path,
        env: dict[str, str] | None = None,
    ) -> None:
        self.loopback = loopback
        self.argv = argv
        self.log_path = workdir / "bot.log"
        full_env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DISCORD_", "BRIEFBOT_", "DEV_GUILD"))
        }
        full_env.update(loopback.bot_env())
        full_env.update({"PYTHONUNBUFFERED": "1", "PYTHONPATH": str(PROJECT_ROOT)})
        full_env.update(env or {})
        self.env = full_env
        self.workdir = workdir
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, *self.argv],
            cwd=self.workdir,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        return self

    @property
    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def assert_alive(self) -> None:
        assert self.proc is not None
        code = self.proc.poll()
        assert code is None, f"the bot exited with {code}:\n{self.output[-4000:]}"

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Until the bot is on the gateway and has synced its commands."""
        deadline = time.monotonic() + timeout
        while self.loopback.ready_count == 0 or not self.loopback.commands:
            self.assert_alive()
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"bot not ready after {timeout}s\n{self.output[-4000:]}\n"
                    + self.loopback.describe_recent()
                )
            time.sleep(0.05)

    def stop(self, timeout: float = 10.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        with contextlib.suppress(Exception):
            self._log.close()
        return self.proc.returncode


@pytest.fixture
def loopback() -> Iterator[LoopbackDiscord]:
    server = LoopbackDiscord().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def bot_process(loopback: LoopbackDiscord, tmp_path: Path) -> Iterator[type[BotProcess]]:
    """A factory: ``bot_process(argv, env)`` starts a bot; all are stopped after the test."""
    started: list[BotProcess] = []

    def make(argv: list[str], env: dict[str, str] | None = None) -> BotProcess:
        workdir = tmp_path / f"bot{len(started)}"
        workdir.mkdir()
        bot = BotProcess(loopback, argv, workdir, env).start()
        started.append(bot)
        return bot

    yield make  # type: ignore[misc]
    for bot in started:
        bot.stop()
