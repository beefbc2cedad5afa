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
# A stand-alone headline with a final full stop: a few words, up to 15 (the longest in PolNeAR;
# a one-sentence opening paragraph of British news is longer: 16 to 35 words).
_MIN_STANDALONE_WORDS = 3
_MAX_STANDALONE_WORDS = 15
_MAX_TWO_SENTENCE_WORDS = 12
_STOP_CAPITAL = re.compile(r"(\w+)[.!?][’'\"”]? +[A-Z“‘\"]")
# Parts of file names that say nothing to a reader: dates, hashes, counters.
_NAME_DATE = re.compile(r"(?<!\d)\d{4}-?\d\d-?\d\d(?!\d)")
_HASH_OR_NUMBER = re.compile(r"\d+|(?=[a-f]*\d)[0-9a-f]{8,}")


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
        line_end = newline if newline >= 0 else paragraphs[0].end
        first = text[start:line_end].strip()
        first = _MARKDOWN_HEADING.sub("", first, count=1).strip()
        standalone = newline < 0 and len(paragraphs) > 1 and text.startswith("\n\n", line_end)
        if first.endswith(";") and len(paragraphs) > 1:
            # Some feeds end a headline with ";" and put a deck on the next line.
            first = first[:-1].rstrip()
        if _looks_like_heading(first, standalone):
            return _without_final_stop(first)
    return readable_name(stem)


def _without_final_stop(line: str) -> str:
    """Headlines carry no full stop. One inside closing quotation marks ("… 'Delight.'") stays:
    the summary recognises the headline line by its text without a final stop."""
    if line.endswith(".") and not line.endswith(".."):
        return line[:-1].rstrip()
    return line


def _looks_like_heading(line: str, standalone: bool = False) -> bool:
    """Short, no trailing comma/colon, not starting mid-sentence, and no sentence-final full stop
    unless it is written in Title Case ("Clinton-Supporting Super PACs Target Latino Voters.") or
    stands alone above the body, as sentence-case headlines do ("Trump not walking the walk on
    his tax claims." then a blank line and the article)."""
    if not line or len(line) > _MAX_TITLE or line[-1] in ",;:" or line[0].islower():
        return False
    words = line.split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    if line.rstrip("'\"”’")[-1:] == ".":  # a stop inside closing quotes ends a sentence too
        if standalone and _MIN_STANDALONE_WORDS <= len(words) <= _MAX_STANDALONE_WORDS:
            # One sentence, or two short ones ("Virginian could make history. Again.").
            count = _sentence_count(line)
            return count == 1 or (count == 2 and len(words) <= _MAX_TWO_SENTENCE_WORDS)
        long_words = [w for w in words if len(w) > 3]
        capitals = sum(w[0].isupper() for w in long_words)
        return len(words) <= 15 and len(long_words) >= 2 and capitals >= 0.75 * len(long_words)
    return True


def _sentence_count(line: str) -> int:
    """Roughly how many sentences: ". " before a capital starts another (abbreviations such as
    "Mr. Trump" or "N.Y." are short words before the stop, so they do not count)."""
    count = 1
    for m in _STOP_CAPITAL.finditer(line):
        if len(m.group(1)) > 3:
            count += 1
    return count


def readable_name(stem: str) -> str | None:
    """A title from a file name without a heading: dates, hashes and counters dropped, and a slug
    preferred to the outlet's name. "politico_2016-10-04_trump-not-walking-the-walk" → "Trump not
    walking the walk"; "weekly_update" → "Weekly update"; a name of only dates or hashes stays
    as it is ("2023-01-30")."""
    plain = _SEPARATORS.sub(" ", stem).strip()
    tokens = [t.strip("-.") for t in _SEPARATORS.split(_NAME_DATE.sub(" ", stem))]
    tokens = [t for t in tokens if t and not _HASH_OR_NUMBER.fullmatch(t)]
    if not tokens:
        return plain or None
    slugs = [t for t in tokens if t.count("-") >= 2]
    words = [max(slugs, key=len)] if slugs else tokens
    title = " ".join(w.replace("-", " ") if w.islower() else w for w in words)
    title = " ".join(title.split())
    if not title:
        return plain or None
    return title[0].upper() + title[1:] if title[0].islower() else title
