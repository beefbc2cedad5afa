"""``python -m bot digest PATH... [--json]``: digests files without a database.

The JSON shape is a contract other tools rely on (see :meth:`bot.digest.model.Digest.to_json`).
A file that cannot be read is reported on stderr and skipped; the others are still digested.
"""

from __future__ import annotations

import json
import sys

from bot.digest import UnreadableDocument, digest_bytes
from bot.files import iter_document_files


def digest_command(paths: list[str], *, as_json: bool) -> int:
    documents = []
    failures = 0
    for path, problem in iter_document_files(paths):
        if problem:
            failures += 1
            print(f"skipped {path}: {problem}", file=sys.stderr)
            continue
        try:
            data = path.read_bytes()
            digest = digest_bytes(data, str(path))
        except (OSError, UnreadableDocument) as exc:
            failures += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"skipped {path}: {reason}", file=sys.stderr)
            continue
        documents.append(digest.to_json())
        if not as_json:
            _print_text(digest.to_json())
    if as_json:
        json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if failures and not documents:
        return 1
    return 0


def _print_text(doc: dict) -> None:
    out = sys.stdout
    out.write(f"# {doc['title'] or doc['source']}\n")
    out.write(f"source: {doc['source']}   date: {doc['date'] or 'unknown'}\n\n")
    out.write(f"{doc['summary']}\n\n")
    if doc["participants"]:
        out.write("participants:\n")
        for p in doc["participants"]:
            detail = ", ".join(x for x in (p["role"], p["organization"]) if x)
            out.write(f"  - {p['name']}" + (f" ({detail})" if detail else "") + "\n")
    if doc["quotes"]:
        out.write("quotes:\n")
        for q in doc["quotes"]:
            out.write(f"  - “{q['text']}” — {q['speaker'] or 'unattributed'}\n")
    if doc["events"]:
        out.write("events:\n")
        for e in doc["events"]:
            out.write(f"  - {e['date']}: {e['text']}\n")
    out.write("\n")
