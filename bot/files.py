"""Finding the documents named on a command line: files as given, folders read recursively.

Shared by ``python -m bot digest`` and the store's ingest so that both accept exactly the same
paths and the same kinds of file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})


def iter_document_files(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, str | None]]:
    """(path, problem) for each file named, and each document found (sorted) in folders.

    A file named directly is taken whatever its suffix (the user asked for it); in folders only
    document suffixes count, so a stray ``.DS_Store`` or ``.Rhistory`` is not an error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() in DOCUMENT_SUFFIXES and child.is_file():
                    yield child, None
        elif path.exists():
            yield path, None
        else:
            yield path, "no such file or folder"
