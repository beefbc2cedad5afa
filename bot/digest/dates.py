"""The document's date, and dated events: what happened on which day.

Why resolve relative dates: news says "on Sunday" or "yesterday", and a timeline needs days. They
are resolved against the document's date, which comes from the text (a dateline or the first
explicit date near the top, e.g. "on Monday (30 January 2023)") or the file name
(``2023-01-30-nato.txt``, ``20230130.txt``).

UN General Debate files (``KOR_78_2023.txt``) only give a year. The general debate opens in
September, so such a document is dated 1 September of that year, as a :class:`YearDate`: a
``date`` that remembers it is only year-precise, so that "yesterday" or "on Tuesday" in such a
speech is not resolved against an invented day (explicit dates in it still are).

All patterns are case-sensitive alternations of fixed words and bounded digit runs: linear.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import ClassVar

from bot.digest.model import Event, Sentence
from bot.digest.title import source_stem

_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + r")\b"

# A date expression, matched only where _KEYWORDS found one may start; the named group says which
# kind it is. The words before it ("earlier on", "last", "since") are read by _LEAD afterwards, in
# a short window.
_CORE = re.compile(
    r"(?P<wd>" + _WEEKDAY + r")(?: \((?P<pdmy>" + _DAY + r" (?:of )?" + _MONTH
    + r",? \d{4})\)| \((?P<pmdy>" + _MONTH + r" " + _DAY + r",? \d{4})\))?"
    r"|(?P<dmy>" + _DAY + r" (?:of )?" + _MONTH + r"(?:,? (?P<dmy_y>\d{4})\b)?)"
    r"|(?P<mdy>" + _MONTH + r" " + _DAY + r"(?:,? (?P<mdy_y>\d{4})\b)?)"
    r"|(?P<iso>\d{4}-\d\d-\d\d\b)"
    r"|(?P<rel>(?:[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b)"
)  # fmt: skip
_LEAD = re.compile(
    r"\b(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly) (?:on |this |last )?|"
    r"(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter) )$"
)


class _Found:
    """A date expression: the core match, extended back over its lead words."""

    __slots__ = ("_core", "_start", "lead")

    def __init__(self, core: re.Match[str], start: int, lead: str) -> None:
        self._core, self._start, self.lead = core, start, lead

    def group(self, name: str) -> str | None:
        return self._core.group(name)

    def start(self) -> int:
        return self._start

    def core_start(self) -> int:
        return self._core.start()

    def end(self) -> int:
        return self._core.end()


# Where a date expression may start: its fixed words, found with alternations of literals, which
# the regex engine scans fast by their first letters. Capitalised words and lower-case ones are
# separate scans: the lower-case words ("yesterday", "tonight", "this morning") are rare, so a
# substring test usually skips their scan, while an alternation starting with "t" or "y" would be
# tried at every "t" of the text. The trailing ``\b`` is the one _CORE requires after each word.
_CAPITALISED = [
    *_MONTHS, *_WEEKDAYS, "Yesterday", "Tomorrow", "Tonight", "This morning", "This afternoon",
    "This evening",
]  # fmt: skip
_KEYWORDS = re.compile("(?:" + "|".join(sorted(_CAPITALISED, key=len, reverse=True)) + r")\b")
_LOWER = re.compile(r"(?:yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b")
# ISO dates: the scan looks for the hyphen (a literal: fast), the digits before it are checked.
_ISO_HYPHEN = re.compile(r"-(?=\d\d-\d\d)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_BEFORE = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? (?:of )?$")


def _find_dates(text: str, start: int = 0, end: int | None = None) -> list[_Found]:
    """Every date expression in ``text[start:end]``, in order, with its lead words."""
    stop = len(text) if end is None else end
    starts: list[int] = []
    if "-" in text:
        iso_end = -1  # ISO dates do not overlap (as with one scan for the whole pattern)
        for m in _ISO_HYPHEN.finditer(text, start + 4, stop):
            p = m.start() - 4
            if p >= iso_end and _FOUR_DIGITS.fullmatch(text, p, p + 4):
                starts.append(p)
                iso_end = p + 10
    for m in _KEYWORDS.finditer(text, start, stop):
        p = m.start()
        if m.group() in _MONTHS:
            before = _DAY_BEFORE.search(text, max(start, p - 10), p)
            if before:
                starts.append(before.start())
        starts.append(p)
    if (  # substring tests, much cheaper than a scan: these words are rare
        "yesterday" in text
        or "tomorrow" in text
        or "tonight" in text
        or "this morning" in text
        or "this afternoon" in text
        or "this evening" in text
    ):
        starts.extend(m.start() for m in _LOWER.finditer(text, start, stop))
    if not starts:
        return []
    starts.sort()
    out: list[_Found] = []
    last_end = -1
    for s in starts:
        if s < last_end or (s > 0 and text[s - 1].isalnum()):
            continue  # inside the previous match; "115 January", "XMonday"
        core = _CORE.match(text, s, stop)
        if core is None:
            continue
        last_end = core.end()
        lead = _LEAD.search(text, max(0, s - 16), s)
        if lead:
            out.append(_Found(core, lead.start(), lead.group()))
        else:
            out.append(_Found(core, s, ""))
    return out


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d\d)-?(\d\d)(?!\d)")
_UN_NAME = re.compile(r"[A-Z]{2,3}_\d{1,3}_(\d{4})")
_DATELINE_WINDOW = 1500


class YearDate(dt.date):
    """A date known only to the year (from a UN file name): relative dates are not resolved."""

    __slots__ = ()


def document_date(text: str, source: str) -> dt.date | None:
    """The document's date: a full date in the file name, else the dateline or first explicit
    date near the top of the text, else the year of a UN corpus file name (as 1 September)."""
    stem = source_stem(source)
    un = _UN_NAME.fullmatch(stem)
    if not un:
        for m in _NAME_DATE.finditer(stem):
            day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day and 1800 <= day.year <= 2200:
                return day
    day = _date_near_top(text)
    if day:
        return day
    if un:
        return YearDate(int(un.group(1)), 9, 1)
    return None


# A date expression never reaches further than this past where it starts ("Wednesday (30th of
# September, 2023)" and the ``\b`` after it): a match that starts this far before the end of the
# dateline window is the same whether the text is scanned to the window's end or beyond it.
_MAX_DATE_REACH = 60
# Texts up to this length are scanned once, whole, for both document_date and extract_events.
_SHARED_SCAN_LIMIT = 100_000


class _LastScan:
    """The date expressions of the last text scanned whole (the pipeline asks about the same text
    twice: :func:`document_date`, then :func:`extract_events`). Compared by identity; one tuple,
    replaced in one assignment, so concurrent callers never see a text with another's scan."""

    entry: ClassVar[tuple[str, list[_Found]] | None] = None


def _all_dates(text: str) -> list[_Found]:
    """``_find_dates(text)``, computed once per text."""
    entry = _LastScan.entry
    if entry is not None and entry[0] is text:
        return entry[1]
    found = _find_dates(text)
    _LastScan.entry = (text, found)
    return found


def _date_near_top(text: str) -> dt.date | None:
    """The first explicit date in the first ``_DATELINE_WINDOW`` characters."""
    top = min(len(text), _DATELINE_WINDOW)
    if len(text) <= _SHARED_SCAN_LIMIT:
        # Reuse the whole text's scan (extract_events needs it anyway) as far as it is sure to
        # agree with a scan that stops at ``top``; only a date found later needs that scan.
        safe = top if top == len(text) else top - _MAX_DATE_REACH
        for m in _all_dates(text):
            if m.core_start() > safe:
                break
            day = _explicit(m, None)
            if day:
                return day
        if top == len(text):
            return None
    for m in _find_dates(text, 0, top):
        day = _explicit(m, None)
        if day:
            return day
    return None


def extract_events(text: str, sentences: list[Sentence], day: dt.date | None) -> list[Event]:
    """Dated events, one per (sentence, day): the day and a short clause saying what happened."""
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    relative_ok = day is not None and not isinstance(day, YearDate)
    for m in _all_dates(text) if len(text) <= _SHARED_SCAN_LIMIT else _find_dates(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > sentences[i].end:
            continue
        sentence = sentences[i]
        if _is_dateline(sentence.text, m.start() - sentence.start, m.end() - sentence.start):
            continue
        when = _explicit(m, day)
        if when is None and relative_ok and (m.group("wd") or m.group("rel")):
            when = _relative(m, day, sentence.text, m.core_start() - sentence.start)  # type: ignore[arg-type]
        if when is None:
            continue
        key = (i, when.isoformat())
        if key in seen:
            continue
        seen.add(key)
        clause = event_clause(sentence.text, m.start() - sentence.start, m.end() - sentence.start)
        if clause:
            events.append(Event(when.isoformat(), clause, i))
    return events


_DATELINE_PREFIX = re.compile(r"[A-Z][A-Z .'’-]{1,40},? ?")
_DATELINE_SUFFIX = re.compile(r",? ?(?:\([A-Za-z .]{1,30}\) ?)?[-–—]")
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},? [^-–—]{0,40}(?:\([A-Za-z .]{1,30}\) ?)?[-–—] ")


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """ "WASHINGTON, Jan. 5, 2017 (Reuters) - …": the date of the report, not an event in it."""
    before = sentence[:start]
    if before and not _DATELINE_PREFIX.fullmatch(before):
        return False
    return _DATELINE_SUFFIX.match(sentence, end) is not None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_dm(day_text: str, month_text: str) -> tuple[int, int]:
    day = int(day_text.rstrip("stndrh"))
    return day, _MONTHS[month_text.rstrip(".")]


_DMY = re.compile(r"(\d+)(?:st|nd|rd|th)? (?:of )?([A-Za-z]+)\.?,? ?(\d{4})?")
_MDY = re.compile(r"([A-Za-z]+)\.? (\d+)(?:st|nd|rd|th)?(?:,? (\d{4}))?")


def _explicit(m: _Found, anchor: dt.date | None) -> dt.date | None:
    """A date written out in full, or day and month resolved to the year nearest ``anchor``."""
    iso = m.group("iso")
    if iso:
        y, m_text, d_text = iso.split("-")
        return _safe_date(int(y), int(m_text), int(d_text))
    for group, pattern, order in (
        ("pdmy", _DMY, "dmy"),
        ("pmdy", _MDY, "mdy"),
        ("dmy", _DMY, "dmy"),
        ("mdy", _MDY, "mdy"),
    ):
        raw = m.group(group)
        if not raw:
            continue
        parts = pattern.match(raw)
        if not parts:
            return None
        a, b, year = parts.groups()
        day_text, month_text = (a, b) if order == "dmy" else (b, a)
        if month_text.rstrip(".") not in _MONTHS:
            return None
        d, mo = _parse_dm(day_text, month_text)
        if year:
            return _safe_date(int(year), mo, d)
        if anchor is None:
            return None
        # The year nearest the document's date ("on 29 December" in a 5 January report);
        # a year-only date (a UN speech) says only the year.
        years = (0,) if isinstance(anchor, YearDate) else (-1, 0, 1)
        candidates = [_safe_date(anchor.year + k, mo, d) for k in years]
        valid = [c for c in candidates if c]
        return min(valid, key=lambda c: abs((c - anchor).days)) if valid else None
    return None


def _relative(m: _Found, day: dt.date, sentence: str, at: int) -> dt.date | None:
    """ "yesterday", "tomorrow", "last/next Friday", or a bare weekday resolved by the tense of its
    clause (``at`` is where the weekday starts in ``sentence``): "will meet on Tuesday" looks
    forward, "met on Tuesday" back, and a weekday equal to the document's own is that day."""
    rel = m.group("rel")
    if rel:
        word = rel.lower()
        if word == "yesterday":
            return day - dt.timedelta(days=1)
        if word == "tomorrow":
            return day + dt.timedelta(days=1)
        return day
    weekday = _WEEKDAYS[m.group("wd") or ""]
    lead = m.lead.strip().lower()
    delta = (day.weekday() - weekday) % 7
    if lead.startswith("last") or lead.endswith("last"):
        return day - dt.timedelta(days=delta or 7)
    if lead.startswith("next"):
        return day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)
    if _looks_forward(sentence, at, at + len(m.group("wd") or "")):
        return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day - dt.timedelta(days=delta)


# Tense cues, read in the clause around a weekday. Forward: modals and words of plans and
# expectation ("will", "'ll", "is going to", "plans to", "scheduled", "upcoming", "ahead of",
# "expect"). Backward: past-tense verbs (irregular ones listed, regular ones by "-ed"). All are
# alternations of literals or one bounded word: linear.
_FORWARD_CUE = re.compile(
    r"\b(?:will|shall|won[’']t|(?:is|are|am) (?:going|due|set|scheduled|slated|poised|expected)"
    r"|plans?|planning|intends?|scheduled|slated|upcoming|forthcoming|ahead of|in advance of"
    r"|expects?|expecting|prepares? for|preparing for|looks? ahead|awaits?|awaiting|await)\b"
    r"|[’']ll\b"
)
_PAST_CUE = re.compile(
    r"\b(?:said|told|met|was|were|had|did|went|came|spoke|gave|took|made|saw|began|held"
    r"|left|won|lost|ran|wrote|sent|got|found|led|brought|thought|became|broke|chose|fell|felt"
    r"|fought|kept|knew|paid|rose|sat|stood|struck|threw|wore|meant|heard|sought"
    r"|spent|stole|swore|taught|tore|woke|[a-z]{2,}ed)\b"
)
# Where a clause starts or ends around a weekday: a comma, semicolon, dash, or a conjunction that
# opens a new clause ("Clinton said on Monday that she will…").
_CLAUSE_EDGE = re.compile(r"[,;:()]| [–—] | (?:that|and|but|while|because|after|when) ")
_CLAUSE_REACH = 120


def _looks_forward(sentence: str, start: int, end: int) -> bool:
    """Is the weekday at ``sentence[start:end]`` in a clause about the future? A forward cue
    before it in its clause, or right after it ("Monday's debate will decide"), wins; failing
    that, news speaks of the past."""
    lo = max(0, start - _CLAUSE_REACH)
    edges = list(_CLAUSE_EDGE.finditer(sentence, lo, start))
    clause_start = edges[-1].end() if edges else lo
    after = _CLAUSE_EDGE.search(sentence, end, end + _CLAUSE_REACH)
    clause_end = after.start() if after else min(len(sentence), end + _CLAUSE_REACH)
    before_cues = [
        (m.end(), True) for m in _FORWARD_CUE.finditer(sentence, clause_start, start)
    ] + [(m.end(), False) for m in _PAST_CUE.finditer(sentence, clause_start, start)]
    if before_cues:
        # The nearest cue before the weekday decides ("said on Monday", "will vote on Friday"),
        # but a modal anywhere earlier in the clause governs a participle ("will be held").
        if any(forward for _, forward in before_cues):
            nearest = max(before_cues)
            if nearest[1]:
                return True
            forward_at = max(p for p, f in before_cues if f)
            between = sentence[forward_at : nearest[0]]
            return not _PAST_AFTER_MODAL.search(between)
        return False
    following = sentence[end:clause_end]
    f = _FORWARD_CUE.search(following)
    p = _PAST_CUE.search(following)
    return bool(f and (not p or f.start() < p.start()))


# After "will", a past form is a participle ("will be held") unless a new subject intervenes;
# these words show a finite past verb of its own ("…will, officials said on Monday").
_PAST_AFTER_MODAL = re.compile(r"\b(?:said|told|was|were|did)\b")


_LEAD_TO_DROP = re.compile(r"(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly|[Oo]n|[Tt]his)\b")
_LEAD_TO_KEEP = re.compile(r"(?:[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext)\b")
_CLAUSE_BREAK = re.compile(r", (?:which|who|whom|where|while|as well as) |; | [–—] ")
_MAX_EVENT_WORDS = 30
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}[.:] +(?=\S)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_SPACES = re.compile(r"\s{2,}")


# Words that go with a weekday: "Monday night", "Tuesday morning's vote".
_TIME_OF_DAY = re.compile(r" (?:night|morning|afternoon|evening)\b((?:[’']s)?)")
_POSSESSIVE = re.compile(r"[’']s\b")
# A short phrase between a leading date and the comma that ends it ("On Monday at the rally, ").
_SHORT_PHRASE_COMMA = re.compile(r"(?: [a-z][\w’'-]*(?: [\w’'.-]+){0,4})?, ")


def event_clause(sentence: str, start: int, end: int) -> str:
    """The sentence trimmed to what happened: without the date phrase, its relative clauses and
    anything past ~30 words. "Earlier on Sunday, the Secretary General laid a wreath …." →
    "The Secretary General laid a wreath …"."""
    lead_m = _LEAD_TO_DROP.match(sentence, start)
    droppable = (lead_m is not None and lead_m.end() < end) or (
        sentence[:start].strip(" “\"'‘(") == "" and not _LEAD_TO_KEEP.match(sentence, start)
    )
    time_of_day = _TIME_OF_DAY.match(sentence, end)
    if time_of_day:
        if time_of_day.group(1):
            droppable = False  # "Monday night's debate": the date is part of a noun phrase
        else:
            end = time_of_day.end()  # "On Monday night, …": "night" goes with the date
    if _POSSESSIVE.match(sentence, end):
        droppable = False  # "Monday's debate" names the event: keep it whole
    if droppable:
        # "On Monday at the rally, Clinton said…": the clause starts after that short phrase.
        tail = _SHORT_PHRASE_COMMA.match(sentence, end)
        if tail and sentence[:start].strip(" “\"'‘(") == "":
            end = tail.end()
    if not droppable:
        # Keep "since …", "the attacks of September 11, 2001": dropping them loses meaning.
        start = end
    dateline = _DATELINE.match(sentence)
    if dateline and dateline.end() <= start:
        sentence, start, end = (
            sentence[dateline.end() :],
            start - dateline.end(),
            end - dateline.end(),
        )
    left, right = sentence[:start], sentence[end:]
    # A clause break after the date cuts what follows; one before it cuts what precedes.
    cut = _CLAUSE_BREAK.search(right)
    if cut:
        right = right[: cut.start()]
    before = list(_CLAUSE_BREAK.finditer(left))
    if before:
        left = left[before[-1].end() :]
    clause = " ".join((left + (" " if start < end else "") + right).split())
    clause = _PARAGRAPH_NUMBER.sub("", clause, count=1)
    clause = _SPACE_BEFORE_PUNCT.sub(r"\1", clause)
    clause = _EMPTY_BRACKETS.sub("", clause)
    clause = _SPACES.sub(" ", clause).strip(" ,;:-–—")
    clause = clause.rstrip(".!?").strip()
    words = clause.split()
    if len(words) > _MAX_EVENT_WORDS:
        clause = " ".join(words[:_MAX_EVENT_WORDS])
        comma = clause.rfind(",")
        clause = (clause[:comma] if comma > len(clause) // 2 else clause) + "…"
    if clause and clause[0].islower():
        clause = clause[0].upper() + clause[1:]
    return clause
