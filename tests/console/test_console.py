"""The interactive console and ``ask``: with canned answers, then on the real seeded store."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, Settings
from bot.console import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, ask_once, run_console
from tests.exts.samples import FakeAnswers


def make_reader(lines: list[str], prompts: list[str]):
    it = iter(lines)

    def read(prompt: str) -> str:
        prompts.append(prompt)
        try:
            return next(it)
        except StopIteration:
            raise EOFError from None

    return read


async def test_console_session_answers_until_quit() -> None:
    out, prompts, answers = io.StringIO(), [], FakeAnswers()
    lines = ["/brief port", "", "/quote mertens topic:port", "/nonsense", "quit", "/sources"]
    code = await run_console(
        Settings(), answers=answers, reader=make_reader(lines, prompts), out=out
    )
    assert code == EXIT_OK
    text = out.getvalue()
    assert "Briefing: port" in text
    assert "Quotations: Ilse Mertens on “port”" in text
    assert "Unknown command “nonsense”" in text and "Briefbot commands" in text
    assert answers.calls == [("brief", ("port",)), ("quotes", ("mertens", "port"))]
    assert len(prompts) == 5  # stopped at quit: /sources was never read


async def test_console_ends_cleanly_at_end_of_input() -> None:
    out = io.StringIO()
    code = await run_console(
        Settings(), answers=FakeAnswers(), reader=make_reader(["/help"], []), out=out
    )
    assert code == EXIT_OK
    assert out.getvalue().endswith("\n")


async def test_one_failing_answer_does_not_end_the_session() -> None:
    out, answers = io.StringIO(), FakeAnswers(fail=True)
    lines = ["/brief port", "/participants"]
    await run_console(Settings(), answers=answers, reader=make_reader(lines, []), out=out)
    assert "Sorry, that failed: RuntimeError: database is locked" in out.getvalue()
    assert "Participants (3 people)" in out.getvalue()


@pytest.mark.parametrize(
    ("line", "code"), [("/brief port", EXIT_OK), ("/who", EXIT_USAGE), ("/brief  ", EXIT_USAGE)]
)
async def test_ask_once_exit_codes(line: str, code: int) -> None:
    out = io.StringIO()
    assert await ask_once(Settings(), line, answers=FakeAnswers(), out=out) == code
    assert out.getvalue().strip()


async def test_a_problem_exits_with_1() -> None:
    class Refusing(FakeAnswers):
        async def search(self, text: str):  # type: ignore[override]
            from bot.answers.results import Problem

            return Problem("The search text is empty once punctuation is removed.")

    out = io.StringIO()
    assert await ask_once(Settings(), "/search ***", answers=Refusing(), out=out) == EXIT_PROBLEM
    assert out.getvalue().startswith("Can't answer that: The search text is empty")


@pytest.fixture
def seeded(tmp_path: Path) -> Settings:
    return Settings(db_path=tmp_path / "briefbot.db", seeds_dir=PROJECT_ROOT / "seeds")


async def test_ask_on_the_seed_database(seeded: Settings) -> None:
    out = io.StringIO()
    assert await ask_once(seeded, "/brief korea", out=out) == EXIT_OK
    text = out.getvalue()
    assert text.startswith("Briefing: korea")
    assert "Republic of Korea" in text
    assert "Secretary General stresses value of NATO’s global partnerships" in text
    out = io.StringIO()
    assert await ask_once(seeded, "/sources", out=out) == EXIT_OK
    assert "Sources (1 document)" in out.getvalue()


def test_python_m_bot_ask_and_piped_console(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "BRIEFBOT_"))}
    env.update(BRIEFBOT_DB=str(tmp_path / "b.db"), PYTHONPATH=str(PROJECT_ROOT))
    bot = partial(subprocess.run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    ask = bot([sys.executable, "-m", "bot", "ask", "/search", "missile"])
    assert ask.returncode == 0, ask.stderr
    assert "*missile*" in ask.stdout
    console = bot([sys.executable, "-m", "bot", "console"], input="/timeline\n/who\nquit\n")
    assert console.returncode == 0, console.stderr
    assert "Timeline (" in console.stdout and "30 Jan 2023" in console.stdout
    assert "/who needs name" in console.stdout
    assert "Traceback" not in console.stderr


async def test_stdin_lines_reads_a_pipe_line_by_line_until_eof() -> None:
    from bot.console import StdinLines

    read_fd, write_fd = os.pipe()
    try:
        os.write(write_fd, "/brief korea\n/quote Yoon topic:North Korea\n/search “naïve”".encode())
        os.close(write_fd)
        lines = StdinLines(read_fd)
        assert await lines.readline() == "/brief korea"
        assert await lines.readline() == "/quote Yoon topic:North Korea"
        assert await lines.readline() == "/search “naïve”"  # last line without a newline
        assert await lines.readline() is None
    finally:
        os.close(read_fd)


async def test_stdin_lines_reads_a_regular_file(tmp_path: Path) -> None:
    from bot.console import StdinLines

    path = tmp_path / "commands.txt"
    path.write_text("/sources\n/help\n", encoding="utf-8")
    with path.open("rb") as handle:
        lines = StdinLines(handle.fileno())
        assert [await lines.readline() for _ in range(3)] == ["/sources", "/help", None]
