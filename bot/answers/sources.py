"""How a document is cited in an answer (:class:`SourceRef`).

Every answer names its sources the same way; the path is shortened for display here, once.
"""

from __future__ import annotations

import os


def display_path(path: str) -> str:
    """The path relative to the working folder when it lies inside it (shorter to show)."""
    try:
        here = os.getcwd() + os.sep
    except OSError:
        return path
    return path[len(here) :] if path.startswith(here) else path
