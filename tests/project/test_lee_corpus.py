"""``benchmarks/lee_corpus.py`` rebuilds the Lee corpus files the packaged gold lists name."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location(
        "lee_corpus", ROOT / "benchmarks" / "lee_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_articles_are_numbered_across_both_files_skipping_blank_lines(tmp_path):
    wheel = tmp_path / "gensim-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(
            "gensim/test/test_data/lee_background.cor", "First story.\n\nSecond story.\n"
        )
        archive.writestr(
            "gensim/test/test_data/lee.cor", "Third story, caf\xe9.\n".encode("latin-1")
        )
    out = tmp_path / "lee"
    assert _module().main([str(wheel), str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["lee001.txt", "lee002.txt", "lee003.txt"]
    assert (out / "lee003.txt").read_text(encoding="utf-8") == "Third story, café.\n"


def test_a_file_that_is_no_wheel_is_reported(tmp_path, capsys):
    bad = tmp_path / "nothing.whl"
    bad.write_bytes(b"not a zip")
    assert _module().main([str(bad), str(tmp_path / "out")]) == 1
    assert "cannot read the Lee corpus" in capsys.readouterr().err


def test_the_packaged_lee_gold_lists_name_lee_files_only():
    gold = ROOT / "bot" / "eval" / "gold"
    for name in (
        "people_lee_dev.json",
        "people_lee_heldout.json",
        "quotes_lee_dev.json",
        "quotes_lee_heldout.json",
    ):
        keys = json.loads((gold / name).read_text(encoding="utf-8"))
        assert keys and all(k.startswith("lee") and k.endswith(".txt") for k in keys)
