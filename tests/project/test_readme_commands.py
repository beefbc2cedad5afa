"""The README's two commands, checked against the project as it stands.

A full fresh install needs the network, so CI (``.ci/run``) does that part for real; here we check
that the README states exactly one run command and one test command, that ``.ci/run`` runs the
same test command, and that the run command's final step — ``python -m bot`` without a token —
starts the console, brings the seeds into a fresh database and answers a typed command.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the README's 'two commands' section has no sh block"
    return [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")]


def test_readme_states_one_run_and_one_test_command() -> None:
    run, test = _readme_commands()
    assert run.endswith("python -m bot")
    assert "pip install" in run and "pip install" in test
    assert test.endswith("python -m pytest -q")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    _, test = _readme_commands()
    assert "python -m pytest -q" in ci and test.endswith("python -m pytest -q")
    assert 'pip install -q -e ".[dev]"' in ci  # dev includes the README's [test] extra
    assert "ruff check" in ci


def test_run_command_without_token_answers_on_the_console(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFBOT_"))}
    env["BRIEFBOT_DB"] = str(tmp_path / "fresh.db")
    # Run from an empty folder so no developer's .env is picked up.
    proc = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="/quote stoltenberg\nquit\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env | {"PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "No DISCORD_TOKEN set" in proc.stderr
    assert "Jens Stoltenberg" in proc.stdout
    assert "what happens in Europe matters to the Indo-Pacific" in proc.stdout
    assert (tmp_path / "fresh.db").exists()
