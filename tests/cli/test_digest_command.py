"""``python -m bot digest PATH... --json``: folders read recursively, bad files on stderr."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_eb33f95aa847253a.txt"


def test_folder_with_unreadable_files_digests_the_rest(tmp_path: Path) -> None:
    nested = tmp_path / "press" / "2023"
    nested.mkdir(parents=True)
    shutil.copy(SEED, nested / "nato.txt")
    (tmp_path / "press" / "note.md").write_text(
        "# Council meets\n\nThe finance minister, Ana Ruiz, said on Tuesday that “the budget "
        "will be balanced within three years,” according to officials.\n",
        encoding="utf-8",
    )
    (tmp_path / "press" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "press" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document: ignored
    result = subprocess.run(
        [sys.executable, "-m", "bot", "digest", str(tmp_path / "press"), "missing.txt", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    documents = json.loads(result.stdout)["documents"]
    assert [Path(d["source"]).name for d in documents] == ["nato.txt", "note.md"]
    assert documents[1]["title"] == "Council meets"
    assert documents[1]["quotes"][0]["text"].startswith("the budget will be balanced")
    assert "scan.txt" in result.stderr and "binary" in result.stderr
    assert "missing.txt: no such file or folder" in result.stderr
    assert "photo.jpg" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    for n in range(30):
        shutil.copy(SEED, tmp_path / f"nato_{n}.txt")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "digest", str(tmp_path), "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10).startswith(b"{")
    proc.stdout.close()  # like "| head": the reader goes away
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err
