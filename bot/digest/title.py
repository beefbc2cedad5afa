"""Document titles: the heading if the document has one, else something readable from its name.

Why the file name matters: UN General Debate speeches (``KOR_78_2023.txt``) have no headline, and a
list of 10,000 results titled "I congratulate His Excellency…" would be useless; their names say
country, session and year, which is exactly what a reader wants to see.
"""

from __future__ import annotations

import re

from bot.digest.countries import COUNTRIES
from bot.digest.model import Paragraph

# ISO3_SESSION_YEAR, as in the UN General Debate corpus ("EU" is two letters there).
UN_NAME = re.compile(r"([A-Z]{2,3})_(\d{1,3})_(\d{4})")
_MAX_TITLE = 200
_MAX_TITLE_WORDS = 30
_MARKDOWN_HEADING = re.compile(r"#{1,6} +")
_SEPARATORS = re.compile(r"[_\s]+")


def source_stem(source: str) -> str:
    """The file name without its last suffix, as ``PurePath(source).stem`` (with ``\\`` taken as a
    separator too), by plain string slicing: it runs twice per document."""
    path = source.replace("\\", "/").rstrip("/")
    name = path[path.rfind("/") + 1 :]
    if name == ".":
        parts = [part for part in path.split("/") if part and part != "."]
        name = parts[-1] if parts else ""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def ordinal(n: int) -> str:
    """1 → "1st", 22 → "22nd", 78 → "78th", 113 → "113th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def un_title(stem: str) -> str | None:
    """``KOR_78_2023`` → "Republic of Korea, UN General Debate, 78th session (2023)"."""
    m = UN_NAME.fullmatch(stem)
    if not m:
        return None
    code, session, year = m.groups()
    country = COUNTRIES.get(code, code)
    return f"{country}, UN General Debate, {ordinal(int(session))} session ({year})"


def extract_title(text: str, source: str, paragraphs: list[Paragraph]) -> str | None:
    """The first line when it reads like a heading; else a title built from the file name."""
    stem = source_stem(source)
    named = un_title(stem)
    if named:
        return named
    if paragraphs:
        start = paragraphs[0].start
        newline = text.find("\n", start, paragraphs[0].end)
        first = text[start : newline if newline >= 0 else paragraphs[0].end].strip()
        first = _MARKDOWN_HEADING.sub("", first, count=1).strip()
        if _looks_like_heading(first):
            return first[:-1] if first.endswith(".") and not first.endswith("..") else first
    readable = _SEPARATORS.sub(" ", stem).strip()
    return readable or None


def _looks_like_heading(line: str) -> bool:
    """Short, no trailing comma/colon, not starting mid-sentence, and no sentence-final full stop
    unless it is written in Title Case ("Clinton-Supporting Super PACs Target Latino Voters.")."""
    if not line or len(line) > _MAX_TITLE or line[-1] in ",;:" or line[0].islower():
        return False
    words = line.split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    if line[-1] == ".":
        long_words = [w for w in words if len(w) > 3]
        capitals = sum(w[0].isupper() for w in long_words)
        return len(words) <= 15 and len(long_words) >= 2 and capitals >= 0.75 * len(long_words)
    return True
