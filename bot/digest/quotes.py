"""Quotations: the quoted words (without the marks), their speaker and reporting verb.

The scanner visits only the quotation-mark characters (found with a one-character regex), one
line (paragraph) at a time, so it is linear in the text and cannot backtrack. Each mark is
classified by its glyph and by which side touches a word (an opening mark has a space or bracket
before it and a word after it; a closing mark the reverse), which separates apostrophes (don't,
the '90s, Jones' house) from single quotation marks and repairs straight quotes. Recovery is
local: a quotation still open at the end of a paragraph ends there; if the next paragraph opens
with a mark of the same kind, the quotation continues there (the news convention for
multi-paragraph quotations) and keeps its speaker. Whichever kind of mark opens a quotation,
marks of the other kind inside it are nested quotations, so British ‘…’ quotations with nested
“…” work as well as American “…” with nested ‘…’. An unclosed straight ' is dropped at the end
of its paragraph: it was an apostrophe.

Speakers come from :mod:`bot.digest.speakers`. Short fragments (one or two words) count only when
the sentence attributes them to someone with a reporting verb (He called it “a disgrace”); scare
quotes (so-called “experts”) and Title Case names of shows, books and slogans are dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.digest.cues import (
    _CALENDAR_WORDS,
    CUES,
    Source,
    sentence_subject,
    source_after,
    source_before,
    subject_after,
)
from bot.digest.model import Entities, Paragraph, Quote, Sentence
from bot.digest.names import GIVEN_BEFORE_NICKNAME, SURNAME_AFTER_NICKNAME
from bot.digest.sentences import NEVER_FINAL, acronym_before_a_name
from bot.digest.speaker_words import _DOCUMENT_NOUNS
from bot.digest.speakers import SpeakerResolver


def _wordset(words: str) -> frozenset[str]:
    """A set from space-separated words (word lists read better this way)."""
    return frozenset(words.split())


# '' is a double mark in some archives; ‘‘ and ’’ are curly ones set from two singles (AP).
# (″, a double prime, closes quotations in some agency copy: "…,″ said Rep. Mark Pocan" — but
# not after a figure, where it is inches: 5′11″)
_MARKS = re.compile(r"''|‘‘|’’|[\"“”„‟«»'‘’‚‛″]")
_LINES = re.compile(r"[^\n]+")


def _mark(text: str, m: re.Match[str]) -> str:
    """The one-character mark a match of :data:`_MARKS` stands for: ‘‘ and ’’ are “ and ”, ''
    is ", ″ is ” — but "" (no mark) for a double prime after a figure, which is inches."""
    ch = m.group()
    if len(ch) == 2:
        return {"‘‘": "“", "’’": "”"}.get(ch, '"')
    if ch == "″":
        return "" if text[m.start() - 1 : m.start()].isdigit() else "”"
    return ch


_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‛"
_OPEN_AFTER = " \t([{—–-/\u00a0\"“‘'«„:"  # (":" too: ... read:"We want ...")
_CLOSE_BEFORE = " \t.,;:!?)]}—–-/\u00a0\"”’'»…"
_ELISIONS = ("em ", "til ", "cause ", "n ", "tis ", "twas ", "bout ", "round ")
_SCARE_BEFORE = ("so-called", "so called", "dubbed", "known as", "nicknamed", "term", "word",
                 "phrase", "titled", "entitled", "labeled", "labelled", "branded as")  # fmt: skip
_CAPS_SPEAKER = re.compile(
    r"\b([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}), [A-Z0-9][A-Z0-9 ,&./'’()-]{2,160}\s*\Z"
)
_LABEL = re.compile(
    r"(?!(?:NEW|BREAKING|UPDATE|JUST IN|WATCH|EXCLUSIVE|ALERT|DEVELOPING|READ|LIVE):)"
    r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}): +(?=\S)"
)  # (a tweet's "NEW:" or "BREAKING:" is a flag, not a speaker)
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){1,4}[A-Za-z]")
_SENT_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
_MIN_WORDS = 3


# A reporting verb with no subject, opening the sentence before a quotation ("And continued:").
_SUBJECTLESS_CUE = re.compile(
    r"(?:(?:And|But|Then),? )?(?:then |later )?(?:continued|added|went on|concluded)[,:]?"
)


@dataclass(slots=True)
class _Frag:
    start: int  # first quoted character
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark (None: ran to the end of the line)
    line_start: int
    line_end: int
    continues: bool = False  # continues a quotation from the previous paragraph


def _flanks(text: str, i: int, width: int = 1) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``i``, from the characters around it."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    space_before = before.isspace() or before in _OPEN_AFTER
    space_after = after.isspace() or after in _CLOSE_BEFORE
    return (space_before and not after.isspace()), (not before.isspace() and space_after)


def _next_double_only_closes(text: str, i: int, line_end: int, reach: int) -> bool:
    """Whether the line's next straight double mark after ``i`` (within ``reach``) can only
    close (no space before it, a space or a stop after it): then the mark at ``i`` opened."""
    j = text.find('"', i + 1, min(line_end, i + reach))
    return j > 0 and _flanks(text, j) == (False, True)


def _glued_opener(text: str, i: int, line_end: int) -> bool:
    """Whether the straight double mark at ``i``, between two letters, is an opening mark that
    lost its space ("accused them of"squabbling like schoolboys"."): a lowercase word before
    it, and the line's next straight double mark closes."""
    if text[i] != '"' or not text[i - 1].islower() or not text[i + 1].isalpha():
        return False
    return _next_double_only_closes(text, i, line_end, 300)


def _glued_paragraph_opener(text: str, i: int, line_end: int) -> bool:
    """Whether the straight double mark at ``i``, between a sentence's stop and a capital
    inside an open quotation, opens the next paragraph of the same speech that the archive
    glued on ('... targeting them."When you have ... you," he added.'): the line's next
    straight double mark can only close, so this one must open what it closes."""
    return _next_double_only_closes(text, i, line_end, 1500)


def _is_elision(text: str, i: int) -> bool:
    """'90s, 'em, 'til: an apostrophe at the start of a word."""
    nxt = text[i + 1 : i + 4]
    if len(nxt) >= 2 and nxt[0].isdigit() and nxt[1].isdigit():
        return True
    return text[i + 1 : i + 8].lower().startswith(_ELISIONS)


@dataclass(slots=True)
class _Carry:
    """What a line leaves open for the next one in :func:`_scan`."""

    open: bool = False  # the line ended inside a quotation
    double: bool = True  # ... of this kind (double marks, or single ones)
    new: bool = False  # ... opened by a stray mark at the very end of the line
    on: bool = False  # ... and the line ended a sentence: the next may go on without a mark
    closed: bool = False  # ... or it closed one: then only lines of first-person speech go on


def _scan(text: str, lo: int = 0, hi: int | None = None) -> list[_Frag]:
    """Top-level quotation spans, one paragraph (line) at a time.

    A quotation left open at the end of a paragraph goes on in the next one when that opens
    with a mark (the multi-paragraph convention) or when the text was split one sentence to a
    line (news archives such as CNN/Daily Mail): then the next lines have no opening mark, and
    the quotation is continued by the lines up to one whose first mark of the same kind closes
    it ("... summer.'"), at most :data:`_MAX_PENDING` lines on. Such archives also misplace
    marks: a single mark left at the very end of a line opens the next one ("... team.'" /
    "I'm happy ...,' he said"), and after a line that closes a quotation of first-person speech,
    lines of first-person speech may go on with it up to one that closes. Lines held for a
    quotation that nothing closes are read on their own again (``lo``/``hi`` bound the scan)."""
    frags: list[_Frag] = []
    carry = _Carry()
    pending: list[_Frag] = []  # unmarked lines since, inside it if a later line closes it
    for line in _LINES.finditer(text, lo, len(text) if hi is None else hi):
        l0, l1 = line.span()
        open_at: int | None = None
        open_double = True  # the kind of the open quotation; marks of the other kind nest
        open_straight_single = False
        open_straight_double = False
        nested_curly = False
        open_width = 1
        continues = False
        first_mark = True
        line_text = line.group()
        first_char = l0 + len(line_text) - len(line_text.lstrip())
        if (
            carry.on
            and first_char < l1
            and not _MARKS.match(text, first_char)
            and not (carry.closed and not _FIRST_PERSON.search(text, first_char, l1))
        ):
            closer = _first_mark_closes(text, first_char, l1, carry.double)
            if closer is None and len(pending) < _MAX_PENDING:
                last = l0 + len(line_text.rstrip())
                new = carry.new and not pending
                pending.append(_Frag(first_char, last, first_char, None, l0, l1, not new))
                continue  # still inside, if a later line closes the quotation
            if closer is not None and closer >= 0:
                # The line opens inside the quotation: an opening mark of width 0 at its start.
                open_at, open_width, open_double = first_char, 0, carry.double
                open_straight_single = not carry.double and text[closer] == "'"
                open_straight_double = carry.double and text[closer] == '"'
                continues = bool(pending) or not carry.new
                first_mark = False
                frags.extend(pending)
                pending = []
        elif (
            carry.open
            and pending
            and not carry.double
            and not carry.closed
            and _MARKS.match(text, first_char)
        ):
            # A new opening mark continues it: the lines between too (single marks only, the
            # British press's convention; an unclosed double mark is more often a stray one).
            frags.extend(pending)
            pending = []
        if pending:
            # Nothing closed the quotation: the lines held are narrative after all, read on
            # their own (a line's own quotations of the other kind are kept).
            for held in pending:
                frags.extend(_scan(text, held.line_start, held.line_end))
        pending = []
        last_close = -1
        for m in _MARKS.finditer(text, l0, l1):
            i = m.start()
            width = len(m.group())
            ch = _mark(text, m)
            if not ch:
                continue
            double = ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"'
            if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
                can_open, can_close = True, False
                if ch in "“‘":
                    o, c = _flanks(text, i)
                    if c and not o:  # a curly opener used as a closer ("word“ ")
                        can_open, can_close = False, True
                    elif ch == "‘" and not o and text[i - 1 : i].isalpha():
                        can_open = False  # "Taylor Swift‘s new album": an apostrophe
            elif ch in _DOUBLE_CLOSE:
                o, c = _flanks(text, i)
                can_open, can_close = (o and not c), not (o and not c)
                if ch == "”" and open_at is not None and text[open_at] == "“":
                    can_open, can_close = False, True  # “A Most Violent Year, ”out on ...
            elif ch == "’":
                o, c = _flanks(text, i)
                can_open, can_close = False, c
            else:  # straight marks
                o, c = _flanks(text, i, width)
                can_open, can_close = o, c
                if (
                    (o and c)
                    or (  # ambiguous ("x"y): toggle
                        # (or between a sentence's stop and a capital: 'his own."Having a life ...':
                        # paragraphs the archive glued together)
                        not o
                        and not c
                        and ch == '"'
                        and text[i - 1 : i] in (".", "?", "!")
                        and text[i + 1 : i + 2].isupper()
                    )
                ):
                    can_open = open_at is None or (
                        not o and not c and _glued_paragraph_opener(text, i, l1)
                    )
                    can_close = not can_open
                elif not o and not c and open_at is None and _glued_opener(text, i, l1):
                    can_open = True  # 'accused them of"squabbling like schoolboys".'
                elif (
                    not o
                    and not c
                    and open_at is None
                    and ch == '"'
                    and text[i - 2 : i] in (". ", "? ", "! ")
                    and text[i + 1 : i + 2] == " "
                    and text[i + 2 : i + 3].isupper()
                ):
                    can_open = True  # 'he said. " I would rather see ...": a stray space
                elif (
                    not c
                    and open_at is not None
                    and text[i - 2 : i] in (", ", ". ", "? ", "! ")
                    and (
                        (ch == "'" and o and open_straight_single and _SPACED_CLOSER.match(text, i))
                        or (ch == '"' and open_straight_double and _SPACED_CUE.match(text, i))
                    )
                ):
                    # "... better and better, 'Gnabry told Arsenal Media."; "... to save in
                    # Argentina, " said Carlos Baez Silva": a closing mark set off by a space
                    # (text run through a tokenizer, or a slip), before its speaker
                    can_open, can_close = False, True
            if not double and can_open and _is_elision(text, i):
                can_open = False
            if open_at is None:
                if can_open:
                    open_at = i
                    open_width = width
                    open_double = double
                    open_straight_single = ch == "'"
                    open_straight_double = ch == '"'
                    nested_curly = False
                    continues = carry.open and first_mark and i <= first_char
                first_mark = False
                continue
            first_mark = False
            if double != open_double:
                continue  # a nested quotation of the other kind, or an apostrophe
            if open_straight_double and ch == "“" and can_open:
                # "He read: “As you know ...” Forty-three, yes.": a curly quotation inside one
                # opened with a straight mark is nested (its closing ” is skipped too).
                nested_curly = True
                continue
            if nested_curly and ch == "”":
                nested_curly = False
                continue
            if (
                can_close
                and open_width == 0
                and ch in "'’"
                and text[i - 1] not in _SENTENCE_CLOSE
                and _possessive_plural(text, i)
            ):
                continue  # inside a quotation carried from the line before: "the boys' coach"
            if can_close and not (can_open and not can_close):
                close = i + width - 1  # the last character of the closing mark
                frags.append(_Frag(open_at + open_width, i, open_at, close, l0, l1, continues))
                last_close = close
                open_at = None
            elif can_open:
                # A second opener while one is open: the first was never closed. After the end
                # of a sentence it is the multi-paragraph convention with the paragraph breaks
                # lost ("... south. "It will ..."): the first quotation ends there and this one
                # continues it. Otherwise the first mark was stray: restart here.
                body_end = i
                while body_end > l0 and text[body_end - 1].isspace():
                    body_end -= 1  # back over the spaces only: a slice would be quadratic
                ended = text[body_end - 1 : body_end] in (".", "?", "!")
                if (
                    open_straight_double
                    and text[body_end - 2 : body_end] in _STOP_THEN_SINGLE
                    and body_end - 1 > open_at + open_width
                ):
                    # "... says that "when you're talking ... bandwidth.' "It can't choke":
                    # a straight double mark closed by a single one after the sentence's
                    # stop, and a new quotation opened: the first ends at that single mark.
                    close = body_end - 1
                    frags.append(
                        _Frag(open_at + open_width, close, open_at, close, l0, l1, continues)
                    )
                    open_at, open_width, continues = i, width, False
                    open_straight_single, open_straight_double = False, True
                    nested_curly = False
                    continue
                if ended and body_end > open_at + open_width:
                    frags.append(
                        _Frag(open_at + open_width, body_end, open_at, None, l0, l1, continues)
                    )
                open_at = i
                open_width = width
                open_straight_single = ch == "'"
                open_straight_double = ch == '"'
                nested_curly = False
                continues = ended
        if (
            open_at is not None
            and open_straight_single
            and not _speech_to_line_end(text, open_at, l1)
        ):
            open_at = None  # an unclosed straight ' is far more likely an apostrophe
        carry.open = open_at is not None
        carry.double = open_double
        carry.new = carry.closed = False
        carry.on = carry.open and line_text.rstrip().endswith(_SPEECH_ENDS)
        if open_at is not None:
            frags.append(_Frag(open_at + open_width, l1, open_at, None, l0, l1, continues))
        else:
            # "... Jamaican team.'" then "I'm happy to be part of ...' he said.": an opening
            # mark that slipped to the end of the paragraph before (a sentence-split archive).
            tail = l1 - 1
            while tail > l0 and text[tail] in " \t\r":
                tail -= 1
            if text[tail] != "'" or tail <= first_char or text[tail - 1] not in ".!?":
                pass  # the common case: the line does not end in a single mark after a stop
            elif tail != last_close:
                carry = _Carry(open=True, double=False, new=True, on=True)
            elif _FIRST_PERSON.search(text, first_char, tail):
                # "'... the Premier League left to finish.'" / "I think some people think ..." /
                # "... we can save Leicester.'": the archive lost the next paragraph's opening
                # mark. Lines of first-person speech up to one that closes go on with it.
                carry = _Carry(open=True, double=False, on=True, closed=True)
    for held in pending:
        frags.extend(_scan(text, held.line_start, held.line_end))
    return frags


# A name and its reporting verb, or the verb alone, right after a closing mark set off by a
# space: "... better, 'Gnabry told", '... Argentina, " said Carlos Baez Silva'.
_NAME_THEN_CUE = (
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:said|says|told|tells|added|adds|wrote|writes"
    r"|explained|insisted|admitted|continued)\b"
)
_SPACED_CLOSER = re.compile("'" + _NAME_THEN_CUE)
# ... or a body, its role in lowercase, then the name: "EPP spokesman Alexander Radwan said".
_ROLE_NAME_THEN_CUE = (
    r"[A-Z][\w'’.-]* [a-z]+(?: [A-Z][\w'’.-]*){1,3} (?:said|says|told|tells|added|adds)\b"
)
# ... or a name, then an apposition: "Eric Abensur, Wanadoo's chief executive told".
_NAME_APPOSITION_THEN_CUE = (
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, [^\"\n,]{3,60} (?:said|says|told|tells|added|adds)\b"
)
_SPACED_CUE = re.compile(
    r'" (?:(?:said|says|added|adds|explained|insisted|admitted|continued)\b|'
    + _NAME_THEN_CUE
    + "|"
    + _ROLE_NAME_THEN_CUE
    + "|"
    + _NAME_APPOSITION_THEN_CUE
    + ")"
)
_MAX_PENDING = 4  # unmarked lines a sentence-split quotation may run over before it closes
_SENTENCE_CLOSE = ".,!?;:…-—"
# A stop and a straight single mark: a double quotation closed by the wrong kind of mark.
_STOP_THEN_SINGLE = (".'", ",'", "?'", "!'")
_SPEECH_ENDS = (
    ".",
    "!",
    "?",
    ":",
    ",",
    "…",
    '."',
    '?"',
    '!"',
    ".”",
    "?”",
    "!”",
)  # a line of speech


def _first_mark_closes(text: str, start: int, end: int, double: bool) -> int | None:
    """Where the first mark of a kind (double or single) in ``text[start:end]`` closes a
    quotation opened before ``start``; -1 when that mark opens one (or is an apostrophe that
    could end a word: "the boys' coach"), None when the line has no such mark. A straight
    single closes only after the punctuation that ends quoted words ("... summer.'")."""
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        ch = _mark(text, m)
        if not ch:
            continue
        is_double = ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"'
        if is_double != double:
            continue  # marks of the other kind nest inside
        o, c = _flanks(text, i, len(m.group()))
        if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
            return -1
        if not c or (o and ch not in _DOUBLE_CLOSE and ch != "’"):
            if not o and not c:
                continue  # an apostrophe inside a word: "don't"
            return -1
        if ch in "'’" and text[i - 1] not in _SENTENCE_CLOSE:
            if _possessive_plural(text, i):
                continue  # "the Guards' band": an apostrophe, not the end of the words
            return -1  # unsure: not the end of the words, not surely an apostrophe
        return i
    return None


def _possessive_plural(text: str, i: int) -> bool:
    """A single mark right after a plural's "s" and before a lowercase word: "the boys' coach"."""
    return text[i - 1 : i] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


def _speech_to_line_end(text: str, open_at: int, line_end: int) -> bool:
    """An unclosed straight single mark that opens speech to the end of its paragraph, the
    British convention of quotations that go on in the next paragraph: "Ogane said: 'It is
    true that Chelsea sent us an offer." A capital after the mark and a sentence's end at the
    end of the line; anything else is an apostrophe ("the '90s", "rock 'n' roll")."""
    after = text[open_at + 1 : open_at + 2]
    if not (after.isupper() or after.isdigit()):
        return False
    body = text[open_at + 1 : line_end].rstrip()
    return body.endswith((".", "!", "?", '."', '?"', '!"', "”", ":", ","))


# Program text between quotation marks: a variable, braces, a call, markup.
_CODE = re.compile(r"\$[A-Za-z_{]|[{}]|\w\(\)|</?[a-z]+[ >]|=>|==|;\s*$")


def _trim(text: str, frag: _Frag) -> tuple[int, int]:
    s, e = frag.start, frag.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_ABBREVIATIONS = NEVER_FINAL | _wordset(
    "jr sr no inc corp co ltd jan feb mar apr aug sep sept oct nov dec u.s u.k d.c"
)


def _real_end(text: str, m: re.Match[str]) -> bool:
    """Whether a full stop ends a sentence (not "Mr." or the "G." of "G. K. Butterfield")."""
    j = m.end()
    while j < len(text) and j - m.end() < 3 and text[j] == " ":
        j += 1
    if j < len(text) and text[j].islower() and text[m.start()] in "!?" and j > m.end():
        return False  # "gay group OutRage! said", "Yahoo! said": a name's mark, no end
    if text[m.start()] != ".":
        return True
    k = m.start()
    w0 = k
    while w0 > 0 and not text[w0 - 1].isspace() and k - w0 < 12:
        w0 -= 1
    word = text[w0:k].lstrip("(\"“‘'")
    if word.lower() in _ABBREVIATIONS:
        return False  # "Mr."
    if _INITIALISM.fullmatch(word):
        # "U.N." (a sentence ending in "U.S." is rarer than one using it), unless a name opens
        # the next: "the F.B.I. Alberto Gonzales, who ..."
        return acronym_before_a_name(word, text, j)
    return not (len(word) == 1 and word.isupper())


def _sentence_bounds(text: str, at: int, line_start: int) -> int:
    """Start of the sentence containing ``at`` (scanning back at most 400 characters)."""
    lo = max(line_start, at - 400)
    for m in reversed(list(_SENT_END.finditer(text, lo, at))):
        if _real_end(text, m):
            return m.end()
    return lo


_TITLE_SMALL = _wordset("a an the and or of in on for to at by with from vs")


def _is_title(text: str, start: int, end: int, line_start: int, longest: int = 8) -> bool:
    """Title Case: the name of a show, book or slogan ("on CBS’s “Face the Nation”").

    Such fragments are names of things, not someone's words, unless an attribution follows the
    closing mark directly (“Big Daddy,” she said), which the caller checks.
    """
    words = [w.strip(".,!?;:’'\"()") for w in text[start:end].split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not words or len(words) > longest:
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)


# Nouns that name a work just before its title: a longer Title Case quotation after them is
# the title ("the forthcoming book “The Blue Wave: The 2018 Midterms and What They Mean for
# the 2020 Elections,”", "an article headlined “Is GOP’s Senate Majority in More Peril Than We
# Think?”").
_WORK_NOUNS = _wordset(
    "book books article column essay op-ed film movie documentary song album chapter novel "
    "memoir headline headlined titled entitled show series podcast poem play"
)


def _after_work_noun(text: str, open_mark: int, line_start: int) -> bool:
    """Whether the word right before the opening mark names a work (see _WORK_NOUNS)."""
    before = text[max(line_start, open_mark - 30) : open_mark].split()
    return bool(before) and before[-1].strip(",:").lower() in _WORK_NOUNS


def _headline_cues(text: str, line_start: int, line_end: int) -> str:
    """``text`` with the reporting verbs of the Title Case headline at ``line_start`` in lower
    case ("Why Trump Just Declared 'DACA Is Dead'", "Top Dem Says 'No Smoking Gun'"), so that
    the attribution readers see them as verbs, not as words of a name (offsets stay the same).
    The caller has checked that the line is such a headline."""
    line = _HEADLINE_WORD.sub(
        lambda m: m.group().lower() if _headline_verb(m.group().lower()) else m.group(),
        text[line_start:line_end],
    )
    return text[:line_start] + line + text[line_end:]


def _headline_verb(word: str) -> bool:
    """A finite reporting verb ("Says", "Declared"); a participle ("Hillary Asking Moderator
    To Fact Check Trump ‘Reeks of Fear.’") reports something else than the quoted words."""
    return word in CUES and not word.endswith("ing")


_HEADLINE_MAX = 300  # characters: a longer first line is no headline
_HEADLINE_WORD = re.compile(r"(?<![\w'’])[A-Z][a-z]+")
_HEADLINE_SMALL = _wordset("as but nor up via per into over off out")


def _title_case_headline(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is the document's headline set in Title Case ("Why
    Trump Just Declared 'DACA Is Dead'"): there every quotation looks like a title, so Title
    Case says nothing about whether it names a work."""
    if line_start > _HEADLINE_MAX or text[:line_start].strip():
        return False  # not the first line (a bounded look: a headline opens the document)
    end = text.find("\n", line_start, line_start + _HEADLINE_MAX + 1)
    if end < 0 and len(text) > line_start + _HEADLINE_MAX:
        return False  # a line this long is no headline
    words = [w.lstrip("'‘\"“") for w in text[line_start : end if end >= 0 else len(text)].split()]
    words = [
        w
        for w in words
        if w[:1].isalpha() and w.lower() not in _TITLE_SMALL and w not in _HEADLINE_SMALL
    ]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


_WORD_COLON = re.compile(r"\b([a-z]+): ?\Z")


def _cue_colon_before(text: str, before: Source | None, open_mark: int) -> bool:
    """ "... replied: “Is the Pope a Catholic?”": a reporting verb and a colon right before the
    marks introduce words, even in Title Case."""
    if before is None:
        return False
    m = _WORD_COLON.search(text, max(0, open_mark - 20), open_mark)
    return m is not None and m.group(1) in CUES


def _names_a_work(text: str, open_mark: int, line_start: int) -> bool:
    """A Title Case quotation right after a preposition, a possessive or a noun ("on CBS's “Face
    the Nation,” Ryan said", "the anthem “A Change Is Gonna Come,” she added") names a show, a
    song or a book even when an attribution follows it: the attribution is for what comes next."""
    before = text[max(line_start, open_mark - 30) : open_mark].split()
    if not before:
        return False
    word = before[-1].strip(",;:—–-(")
    if not word:
        return False
    if word.endswith(("'s", "’s")):
        return True
    if word.istitle() and word.lower() in _TITLE_SMALL:
        return True  # 'On "CNN's State of the Union" Sunday, McConnell noted': opening a sentence
    return word.islower() and word.isalpha() and word not in CUES


def _is_scare(text: str, start: int, end: int, line_start: int) -> bool:
    """A word or two in quotation marks used as a label rather than as someone's words."""
    before = text[max(line_start, start - 20) : max(line_start, start - 1)].lower().rstrip()
    return before.endswith(_SCARE_BEFORE)


# What sets off a term of any length rather than anyone's words: "a so-called “denial of
# service” attack", "the phrase ‘will to win’", "“In my day” type arguments".
_TERM_BEFORE = ("so-called", "so called", "the phrase", "the term", "the expression")
_TERM_AFTER = (" type ", "-type ", "-style ")
# A name given passively, before or after the marks: "what are called “qualified industrial
# zones”", "the Jinshajiang - or “river of golden sand” as the upper reaches are known" (but
# "what he called “a disgrace”" quotes him).
_NAMED_BEFORE = re.compile(
    r"\bwhat (?:is|are|was|were|has been|have been|had been|has become|have become|became)"
    r"(?: [a-z]+)? (?:called|known as|dubbed|termed)$"
)
_NAMED_AFTER = re.compile(
    r",? as (?!soon |long |far |well |much |quickly |early |late |and )(?:(?:it|they) (?:is|are|"
    r"was|were) called|(?:[A-Za-z'’-]+ ){1,8}(?:is|are|was|were) known)(?=[.,;)])"
)  # (not "“should go ahead” as soon as the election is called")


def _word_in_passing(text: str, frag: _Frag) -> bool:
    """A word or two in marks in the middle of a clause ("his “Nazi” comment"): no quotation
    of its own that an attribution after it could belong to."""
    return (
        frag.close_mark is not None
        and len(text[frag.start : frag.close_mark].split()) <= 2
        and text[frag.close_mark + 1 : frag.close_mark + 3].startswith(" ")
        and text[frag.close_mark + 2 : frag.close_mark + 3].islower()
    )


def _is_term(text: str, start: int, close: int, line_start: int) -> bool:
    """Whether the marks at ``start`` ... ``close`` set off a term, not a quotation."""
    before = text[max(line_start, start - 40) : max(line_start, start - 1)].lower().rstrip()
    return (
        before.endswith(_TERM_BEFORE)
        or text.startswith(_TERM_AFTER, close + 1)
        or _NAMED_BEFORE.search(before) is not None
        or _NAMED_AFTER.match(text, close + 1) is not None
    )


def extract_quotes(
    text: str, sentences: list[Sentence], paragraphs: list[Paragraph], entities: Entities
) -> list[Quote]:
    """Every direct quotation in ``text``, with its speaker, sorted by position."""
    frags = _scan(text)
    if not frags:
        return []
    resolver = SpeakerResolver(entities, text, [x.start for x in sentences])
    spans = [
        (f.open_mark, f.close_mark if f.close_mark is not None else f.end)
        for f in frags
        if not _excerpt(text, f)
    ]
    starts = [s for s, _ in spans]

    headline: dict[int, str | None] = {}  # line start -> its text with cues, None: no headline

    def in_headline(frag: _Frag) -> bool:
        """Whether ``frag`` stands in a Title Case headline (decided once per line)."""
        if frag.line_start > _HEADLINE_MAX:
            return False
        if frag.line_start not in headline:
            headline[frag.line_start] = (
                _headline_cues(text, frag.line_start, frag.line_end)
                if _title_case_headline(text, frag.line_start)
                else None
            )
        return headline[frag.line_start] is not None

    def headline_cues(frag: _Frag) -> str:
        """The text as the attribution readers see it for ``frag``."""
        cued = headline[frag.line_start] if in_headline(frag) else None
        return text if cued is None else cued

    def inside_quote(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    sent_starts = [s.start for s in sentences]
    quotes: list[Quote] = []
    previous: str | None = None
    previous_end = -1
    previous_line = -1
    chain: list[int] = []  # indexes into quotes of the current multi-paragraph quotation
    said: set[int] = set()  # ... those whose speaker the text names at the quotation itself
    last_speaker: str | None = None  # of the previous fragment, kept or not
    last_cue: str | None = None
    last_unnamed = False  # the previous quotation's speaker is someone the text leaves unnamed
    line_index = -1
    last_line_start = -1
    emitted: set[int] = set()  # indexes into frags of the fragments that became quotations
    for n, frag in enumerate(frags):
        if frag.line_start != last_line_start:
            line_index += 1
            last_line_start = frag.line_start
        s, e = _trim(text, frag)
        if e <= s or _CODE.search(text, s, e):
            continue  # 'echo "User $username does not exist."': a string in code, not speech
        # Where to look for the attribution.
        src: Source | None = None
        sent_start = _sentence_bounds(text, frag.open_mark, frag.line_start)
        same_sentence = False
        if n - 1 in emitted and frags[n - 1].line_start == frag.line_start:
            # (a title or a scare-quoted word before, not a quotation, does not end the clause:
            # 'Ilan Hall, the host of "Knife Fight," describes his series as "…"')
            prev_close = frags[n - 1].close_mark
            if prev_close is not None and prev_close >= sent_start:
                sent_start = prev_close + 1
                same_sentence = True
            elif prev_close is None and frag.continues and frags[n - 1].end <= frag.open_mark:
                # 'He added: "I've no intention ... "If someone comes ...': a paragraph break
                # the archive lost; the attribution before the first part is not this one's.
                sent_start = max(sent_start, frags[n - 1].end)
        k = n + 1
        while k < len(frags) and k <= n + 3 and _word_in_passing(text, frags[k]):
            k += 1  # 'should “stick to his guns” and not apologise for his “Nazi” comment to a
            # Jewish reporter, Tory MP Boris Johnson has insisted': the attribution lies beyond
        nxt = frags[k].open_mark if k < len(frags) else len(text)
        if frag.close_mark is not None:
            # The words parser stops at the end of the clause by itself.
            after_end = max(min(frag.line_end, nxt), frag.close_mark + 1)
            src = source_after(headline_cues(frag), frag.close_mark + 1, after_end)
            if src is not None and _new_sentence_claim(text, frag, src):
                src = None
            if src is None:
                src = _sentence_final_source(text, frag.close_mark + 1, after_end)
            if (
                src is None
                and frag.line_end - frag.close_mark <= 8  # a slice of a long line is O(n)
                and text[frag.close_mark + 1 : frag.line_end].strip() == ""
            ):
                src = _signature_below(text, frag.line_end)
        said_after = src is not None
        before = (
            source_before(headline_cues(frag), sent_start, frag.open_mark)
            if sent_start < frag.open_mark
            else None
        )
        if (
            before is not None
            and (
                src is None
                or (
                    # "he asked ... and said, “…,” the prosecutor’s office said": the verb right
                    # before the marks introduces the words; the one after reports the report
                    # (but in "The report adds “…,” said David Bloom" the person speaks).
                    before.cue in _INTRODUCING
                    and not (_a_text(before.phrase) and src.phrase[:1].isupper())
                    and _INTRODUCED.search(
                        text, max(sent_start, frag.open_mark - 12), frag.open_mark
                    )
                    is not None
                )
                or (
                    _quote_in_middle(text, sent_start, frag.open_mark)
                    and not (
                        _adjacent(text, frag.close_mark, src)
                        # “… NATO.” He noted: a full stop inside the marks ends the sentence
                        and not text[frag.start : frag.end].rstrip().endswith(".")
                    )
                )
            )
        ):
            src = before
        if src is not None and src.ahead:
            # "After saying her foot was “so swollen …,” she was ...": the main clause's subject.
            src = None
            if frag.close_mark is not None:
                src = subject_after(text, frag.close_mark + 1, min(frag.line_end, nxt))
                if src is not None and src.cue is None:
                    src.cue = before.cue if before is not None else None
        if src is None and frag.open_mark == frag.line_start:
            prev_line_end = frag.line_start - 1
            while prev_line_end > 0 and text[prev_line_end - 1].isspace():
                prev_line_end -= 1
            if (
                prev_line_end > 0
                and (
                    text[prev_line_end - 1] == ":"
                    or _FOLLOWING.search(text, max(0, prev_line_end - 40), prev_line_end)
                )
                and not frag.continues
            ):
                ps = _sentence_bounds(text, prev_line_end - 1, max(0, prev_line_end - 400))
                src = source_before(text, ps, prev_line_end)
        if src is None:
            caps = _CAPS_SPEAKER.search(
                text, max(frag.line_start, frag.open_mark - 220), frag.open_mark
            )
            if caps is not None:
                # "SUBADRA RAJAPPA, HEAD OF U.S. STRATEGY, SG CORPORATE & INVESTMENT BANKING,
                # NEW YORK “…”": a market round-up names each speaker in capitals first
                src = Source(caps.group(1), caps.start(1), caps.end(1), None)
        label = _LABEL.match(text, s, min(e, s + 60))
        if label:
            # A transcript: “WALLACE: Let's start with ...” names its speaker inside the marks.
            src = Source(label.group(1), s, s + len(label.group(1)), None)
            s = label.end()
        if frag.close_mark is not None and e > s and text[e - 1] == ",":
            # “…interconnected,” he said: the comma belongs to the attribution, not the words
            # (a full stop, "?" or "!" inside the marks stays as written).
            e -= 1
            while e > s and text[e - 1].isspace():
                e -= 1
        if e <= s:
            continue  # nothing but the comma (or a transcript label) was inside the marks
        words = len(text[s:e].split())
        speaker: str | None = None
        cue: str | None = None
        if src is not None and _SUBJECTLESS_CUE.fullmatch(src.phrase):
            src = None  # "And continued:" names nobody (the one quoted before goes on)
        nearby = previous is not None and (
            line_index - previous_line <= 1 and frag.open_mark - previous_end < 1500
        )
        if (
            src is not None
            and src.pronoun
            and last_unnamed
            and line_index - previous_line <= 1
            and frag.open_mark - previous_end < 600
            and src.phrase.lower() in ("he", "she")
            and not resolver.recent(
                src.start, max(1, src.start - previous_end), "person", inside_quote
            )
        ):
            # "“…,” said one senior officer. “…,” he added.": still the unnamed officer.
            speaker, cue = None, src.cue
        elif src is not None:
            speaker = resolver.resolve(src, previous if nearby else None, inside_quote, sent_start)
            cue = src.cue
            if speaker is not None and src.pronoun and _names_them(text[s:e], speaker):
                # "“There is a fundamental lack of trust in Tony Blair,” he said": nobody names
                # himself so; "he" is the next one it can mean.
                theirs = resolver.mention_starts_of(speaker)
                other = resolver.resolve(
                    src,
                    previous if nearby and previous != speaker else None,
                    lambda pos, theirs=theirs: inside_quote(pos) or pos in theirs,
                    sent_start,
                )
                if other is not None and other != speaker:
                    speaker = other
        elif (heading := _quote_heading(text, frag)) is not None:
            # "‘Welcome upside surprise’: RBC Economics" over "RBC's Nathan Janzen said ...":
            # a heading that quotes the person the paragraph below introduces.
            below = heading.end
            while below < len(text) and text[below].isspace():
                below += 1
            below_end = text.find("\n", below)
            speaker = resolver.first_subject(
                below, below_end if below_end >= 0 else len(text)
            ) or resolver.resolve(heading, None, inside_quote, frag.line_start)
        elif nearby and _SUBJECTLESS_CUE.fullmatch(text[sent_start : frag.open_mark].strip()):
            # “…” And continued: “…”: the same speaker goes on.
            speaker = previous
        elif frag.continues and chain:
            speaker, cue = quotes[chain[-1]].speaker, quotes[chain[-1]].cue
        elif same_sentence and last_cue is not None:
            # "told supporters to “go vote” and then “go pick some other place”": one speaker.
            speaker, cue = last_speaker, last_cue
        elif nearby and words >= _MIN_WORDS and text[sent_start : frag.open_mark].strip() == "":
            # A quotation continued in the next sentence keeps its speaker, unless the sentence
            # in between is about someone else.
            other = resolver.subject_before(previous_end + 1, frag.open_mark, inside_quote)
            speaker = other or previous
        elif words >= _MIN_WORDS and text[sent_start : frag.open_mark].strip() == "":
            # "Sanders took the stage on Monday. “We will win.”": the person just introduced.
            speaker = resolver.subject_before(
                max(0, frag.open_mark - 600), frag.open_mark, inside_quote
            )
        elif words >= _MIN_WORDS:
            # "Mr. Trump hardly clarified the matter, treating the remark as a compliment --
            # “That makes me smart”": no reporting verb, but the words are the subject's.
            real_start = _sentence_bounds(text, frag.open_mark, frag.line_start)
            speaker = resolver.subject_before(real_start, frag.open_mark, inside_quote)
            if speaker is None:
                # "... she was “whisked off to hospital”": a pronoun subject.
                subj = (
                    _clause_pronoun(text, real_start, frag.open_mark)
                    or sentence_subject(text, real_start, frag.open_mark)
                    or _subordinate_subject(text, real_start, frag.open_mark)
                )
                if subj is not None and subj.pronoun and subj.phrase.lower() in ("he", "she"):
                    speaker = resolver.resolve(
                        subj, previous if nearby else None, inside_quote, real_start
                    )
                elif (
                    nearby
                    and previous in resolver.org_names
                    and _it_reports(text, real_start, frag.open_mark)
                ):
                    speaker = previous  # "... the ministry said. It blamed “…”": the same body
                elif subj is not None and not subj.pronoun:
                    # "The Palestinian leadership underscored the “importance of ...”".
                    speaker = resolver.collective(subj.phrase)
                if speaker is None and frag.close_mark is not None:
                    # "While accepting that people “have to be prepared” for an attack, Mr
                    # Solana said he had ...": the main clause after the opening one speaks.
                    main = _main_clause_source(text, real_start, frag.close_mark + 1)
                    if main is not None:
                        speaker = resolver.resolve(main, None, inside_quote, real_start)
                        cue = main.cue
        last_speaker, last_cue = speaker, cue
        last_unnamed = (
            speaker is None
            and src is not None
            and src.phrase.split()[:1] in (["a"], ["an"], ["one"], ["another"], ["A"], ["An"])
        ) or (last_unnamed and speaker is None and src is not None and src.pronoun)
        if speaker is None and cue in _LABEL_CUES and _labelled(text, frag.open_mark, cue):
            continue  # "The CRISPR system, dubbed a “search and replace function”": a label
        if _nickname_in_name(text, frag.open_mark, frag.close_mark):
            continue  # 'Robert Francis “Beto” O’Rourke': a nickname inside a name
        if (
            (not said_after or _names_a_work(text, frag.open_mark, frag.line_start))
            and _is_title(
                text,
                s,
                e,
                frag.line_start,
                20 if _after_work_noun(text, frag.open_mark, frag.line_start) else 8,
            )
            and not _cue_colon_before(text, before, frag.open_mark)
            and not (words >= _MIN_WORDS and in_headline(frag))
        ):
            continue
        # A word or two counts only as part of someone's reported speech (He called it
        # “a disgrace”), never as a label (so-called “experts”).
        if words < _MIN_WORDS and (
            cue is None or frag.close_mark is None or _is_scare(text, s, e, frag.line_start)
        ):
            continue
        if frag.close_mark is not None and _is_term(text, s, frag.close_mark, frag.line_start):
            continue  # a so-called “denial of service” attack; “In my day” type arguments
        k = bisect.bisect_right(sent_starts, s) - 1
        quote = Quote(text[s:e], speaker, s, e, max(k, 0), cue)
        if src is not None:
            said.add(len(quotes))
        if said_after and speaker is not None:
            _share_with_unattributed(quotes, quote, text)
        if frag.continues and chain and not label:
            chain.append(len(quotes))
        else:
            _settle_chain(quotes, chain, said)
            chain = [len(quotes)]
        quotes.append(quote)
        emitted.add(n)
        if speaker is not None or src is not None:
            previous = speaker
        previous_end = frag.end
        previous_line = line_index
    _settle_chain(quotes, chain, said)
    return quotes


_SURNAME_AFTER_MARK = re.compile(rf" {SURNAME_AFTER_NICKNAME}\b")


def _nickname_in_name(text: str, open_mark: int, close_mark: int | None) -> bool:
    """Whether the quoted word between the marks is a nickname inside someone's name ('Robert
    Francis “Beto” O’Rourke', 'Howard P. “Buck” McKeon'), no one's words."""
    if close_mark is None or close_mark - open_mark > 25:
        return False
    inner = text[open_mark + 1 : close_mark]
    return (
        " " not in inner
        and inner[:1].isupper()
        and GIVEN_BEFORE_NICKNAME.search(text, max(0, open_mark - 25), open_mark) is not None
        and _SURNAME_AFTER_MARK.match(text, close_mark + 1) is not None
    )


def _it_reports(text: str, start: int, open_mark: int) -> bool:
    """Whether the sentence at ``start`` opens with "It" and a reporting verb ("It blamed",
    "It also warned") before the quotation at ``open_mark``."""
    words = text[start : min(open_mark, start + 40)].split()
    if words[:1] != ["It"]:
        return False
    if len(words) > 2 and words[1] in ("also", "then"):
        return words[2] in CUES
    return len(words) > 1 and words[1] in CUES


def _share_with_unattributed(quotes: list[Quote], quote: Quote, text: str) -> None:
    """'The "myth that ageing is a barrier" needs to be "exploded", the minister has said': an
    attribution after the last quotation of a sentence is also the earlier ones', when they
    have none and no reporting verb stands between them."""
    for q in reversed(quotes):
        if q.sentence != quote.sentence or q.speaker is not None or q.cue is not None:
            return
        if any(w in CUES for w in _WORD_RUN.findall(text, q.end, quote.start)):
            return  # a reporting verb between: each has its own attribution
        q.speaker, q.cue = quote.speaker, quote.cue


def _names_them(words: str, speaker: str) -> bool:
    """Whether the quoted ``words`` name ``speaker`` by the surname of a full name, or by the
    given name after the first word ("I've had more than a quiet word with Olof": not Olof's
    words; but "Olof, listen" may call him)."""
    parts = speaker.split()
    if len(parts) < 2 or (parts[-1] not in words and parts[0] not in words):
        return False  # (a substring test first: most quotations do not hold the name at all)
    if _SELF_INTRODUCED.search(words) is not None:
        return False  # "I'm Ben Carson and I'm running for president": one names oneself so
    for k, w in enumerate(words.split()):
        w = w.strip(_WORD_EDGES)
        bare = w[:-2] if w.endswith(("'s", "’s")) else w  # ("I think Sean's situation ...")
        if bare == parts[-1] or (k > 0 and bare == parts[0]):
            return True
    return False


_WORD_EDGES = ".,;:!?\"'“”‘’()[]"
_SELF_INTRODUCED = re.compile(r"\b(?:I['’]m|I am|[Mm]y name is) [A-Z]")


_FINAL_SAID = re.compile(r", (?=(?:said|says|according to) (?:the )?[A-Z])")
_CLAUSE_END = re.compile(r"[a-z\d]{2}[.!?] |[!?;]")  # not "Sen. " or "U.S. "


def _sentence_final_source(text: str, start: int, end: int) -> Source | None:
    """ "“people sat up and paid attention” to Romney, said Sen. Johnny Isakson (R-Ga.).": an
    attribution that closes the sentence, after the clause the quoted words stand in, names
    the speaker of the whole sentence. Only "said X" / "according to X" after a comma, with no
    other quotation mark or sentence end between (the parser stops at the clause's end)."""
    end = min(end, start + 240)
    m = _FINAL_SAID.search(text, start, end)
    if (
        m is None
        or _MARKS.search(text, start, m.start())
        or _CLAUSE_END.search(text, start, m.start())
    ):
        return None  # another quotation, or a sentence's end, before the attribution
    return source_after(text, m.end() - 1, end)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


_HEADING_SOURCE = re.compile(r"[ \t]*:[ \t]*([A-Z][^\n:.!?]{0,60}?)[ \t]*(?=\n|\Z)")


def _quote_heading(text: str, frag: _Frag) -> Source | None:
    """A line that is a quotation and its source: "‘Welcome upside surprise’: RBC Economics"."""
    if frag.close_mark is None or frag.open_mark != frag.line_start:
        return None
    m = _HEADING_SOURCE.match(text, frag.close_mark + 1)
    if m is None:
        return None
    return Source(m.group(1), m.start(1), m.end(1), None)


_SIGNATURE_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)?(?=[—―–]|--? )")


def _signature_below(text: str, line_end: int) -> Source | None:
    """An epigraph's signature on the line below ("“We lied, we cheated.”" / "— Mike
    Pompeo, College Station, TX, April 15, 2019")."""
    m = _SIGNATURE_LINE.match(text, line_end)
    if m is None:
        return None
    end = text.find("\n", m.end())
    src = source_after(text, m.end(), end if end >= 0 else len(text))
    return src if src is not None and src.signature else None


def _excerpt(text: str, frag: _Frag) -> bool:
    """A quoted passage of narrative that opens a paragraph after "McCrummen reports:" (or
    continues one): the people it names are the story's, so a later "she said" may mean them.
    Speech says "I" or "we"; a third-person passage of several sentences is an excerpt."""
    if frag.open_mark != frag.line_start:
        return False
    end = frag.close_mark if frag.close_mark is not None else frag.end
    if end - frag.start < 150:
        return False
    if not frag.continues:
        before = text[max(0, frag.line_start - 3) : frag.line_start].rstrip()
        if not before.endswith(":"):
            return False
    return _FIRST_PERSON.search(text, frag.start, end) is None


_SUBORDINATORS = _wordset("although though while because if when since as whereas")


def _subordinate_subject(text: str, start: int, end: int) -> Source | None:
    """ "Although she doesn't still “hang out with” Pitt, ...": the pronoun subject of a
    subordinate clause that opens the sentence and holds the quotation."""
    words = text[start:end].split()
    if len(words) < 3 or words[0].lower() not in _SUBORDINATORS:
        return None
    low = words[1].lower()
    if low not in ("he", "she") or any(w.endswith((",", ".", ";", ":")) for w in words[:-1]):
        return None
    at = text.find(words[1], start, end)
    return Source(words[1], at, at + len(words[1]), None, pronoun=True)


def _main_clause_source(text: str, start: int, after: int) -> Source | None:
    """The subject and reporting verb of the main clause that follows a subordinate clause
    opening the sentence at ``start`` and holding the quotation that ends at ``after``
    ("While accepting that people “…” for an attack, Mr Solana said ...")."""
    words = text[start : start + 40].split()
    if not words or words[0].lower() not in _SUBORDINATORS or "," in text[start:after]:
        return None
    comma = text.find(", ", after, after + 200)
    if comma < 0 or _CLAUSE_END.search(text, after, comma):
        return None
    stop = text.find(". ", comma, comma + 300)
    subj = sentence_subject(text, comma + 2, stop if stop > 0 else comma + 300)
    if subj is None:
        return None
    verb = text[subj.end : subj.end + 30].split()[:1]
    if not verb or verb[0].strip(",.;:").lower() not in CUES:
        return None
    subj.cue = verb[0].strip(",.;:").lower()
    return subj


_CLAUSE_PRONOUN = re.compile(
    r"(?:\b(?:and|but|so|yet|while|because|as|although|though)|,) (he|she) "
)


def _clause_pronoun(text: str, start: int, end: int) -> Source | None:
    """ "..., but his side have mustered just six and he is hoping “nine or eight might be
    enough”": "he" opens the clause that holds the quotation (no comma or colon after it), so
    the words are his, whoever the sentence began with."""
    found = None
    for m in _CLAUSE_PRONOUN.finditer(text, max(start, end - 200), end):
        found = m
    if found is None or any(c in text[found.end() : end] for c in ",;:"):
        return None
    return Source(found.group(1), found.start(1), found.end(1), None, pronoun=True)


# Participles that give a thing a name, not a person's words ("dubbed", "nicknamed").
_LABEL_CUES = frozenset(["dubbed", "nicknamed", "labelled", "labeled", "billed", "branded"])


def _labelled(text: str, open_mark: int, cue: str) -> bool:
    """The naming participle opens a phrase after a comma, with no subject of its own ("The
    system, dubbed a “…”"), so nobody is quoted."""
    before = text[max(0, open_mark - 40) : open_mark]
    at = before.rfind(cue)
    if at < 0:
        return False
    head = before[:at].rstrip()
    return head.endswith((",", "(", "—", "–"))


_THAT = re.compile(r"[^\w.!?\"“”]*(?:\w+ ){0,3}?that\b")  # (not across a full stop or mark)
_THAT_TIME = re.compile(r" (?:night|day|morning|afternoon|evening|week|weekend|month|year)[.,;!?]")


def _new_sentence_claim(text: str, frag: _Frag, src: Source) -> bool:
    """“… the neighborhood.” Russia insisted that ...: a quotation that ends its sentence inside
    the marks is not attributed by a subject and verb that open the next sentence with a clause
    of their own ("X said that ..."), only by a short tag ("…,” Smith said." / “…” Smith said.)."""
    if not text[frag.start : frag.end].rstrip().endswith((".", "!", "?")):
        return False
    close_mark = frag.close_mark or 0
    if src.start <= close_mark + 1 or src.cue is None or src.pronoun:
        return False
    cue_at = text.find(src.cue, src.end, src.end + 40) if src.end else -1
    between = text[close_mark + 1 : src.start].strip()
    if cue_at >= 0 and between.rstrip(",") in _OPENING_CONJUNCTIONS:
        return True  # “… a year ago.” But Mr Howard told Parliament ...: a new sentence
    if cue_at < 0 or between:
        return False  # "said Smith" / ", he said": a tag, not a new clause
    that = _THAT.match(text, cue_at + len(src.cue), cue_at + len(src.cue) + 40)
    if that is not None and _THAT_TIME.match(text, that.end()) is None:
        return True  # (but "“…?” Don Lemon blasted that night.": a time, no clause)
    before = text[max(src.end, cue_at - 12) : cue_at].split()
    if before and before[-1] in ("has", "have", "had"):
        return True  # "“…” The State Department has said Mr Zinni will ...": a report of its own
    if src.cue in _CUES_WITH_OBJECTS:
        # "“… in this club.” City recently announced debts of £62m": a verb with an object of
        # its own opens a new report (a tag is "City announced." or "announced on Monday").
        after = text[cue_at + len(src.cue) : cue_at + len(src.cue) + 40].split()
        word = after[0].rstrip(".,;:") if after else ""
        return (
            word.isalpha()
            and word.islower()
            and word not in _TAG_WORDS
            and word not in ("that", "to")
            and not word.endswith("ly")
        )
    if src.cue in ("told", "tells", "tell"):
        # "“… down.” Senator Dick Durbin, the chamber's No. 2 Democrat, told the Washington
        # Post he would oppose ...": the listener, then a clause of its own (a tag is "Durbin
        # told reporters." or "told the BBC on Monday.")
        for word in text[cue_at + len(src.cue) : cue_at + len(src.cue) + 60].split()[:8]:
            if word in ("that", "he", "she", "they", "it", "we", "I"):
                return True
            if word[-1:] in ",.;:!?":
                return False
        return False
    if src.cue not in _CLAUSE_CUES:
        return False
    # "“…” The ministry said the talks would ...": the verb takes a clause, not a short tag
    # ("said on Monday", "said Tuesday", "said in a statement", "said.").
    after = text[cue_at + len(src.cue) : cue_at + len(src.cue) + 40].split()
    if not after or after[0][-1:] in ",.;:!?":
        return False
    word = after[0].strip("“”\"'‘’")
    if not word or word.lower() in _TAG_WORDS:
        return False
    if word.lower() in _CLAUSE_OPENERS or (word[:1].isupper() and len(after) > 1):
        return True
    # “… nothing left.” A police spokesman said two men had been charged: an indefinite subject
    # opens a sentence of its own (a tag after a full stop would be "Smith said softly.").
    first = src.phrase.split()[0] if src.phrase.split() else ""
    return first in ("A", "An") and len(after) > 1 and not word.endswith("ly")


# Words that open a new sentence before its subject ("But Mr Howard told ...").
_OPENING_CONJUNCTIONS = _wordset("But And Yet However Meanwhile Still Instead Later Earlier")


# Reporting verbs that take a clause without an object ("said the talks would resume").
_CLAUSE_CUES = _wordset("said says added adds argued argues insisted insists")


# Reporting verbs that also take an object ("announced debts", "revealed plans").
_CUES_WITH_OBJECTS = _wordset(
    "announced announces revealed reveals unveiled confirmed disclosed reported"
)


# Words that open a reported clause: its subject.
_CLAUSE_OPENERS = _wordset("he she they it we i the his her its their this these there")


# Words after a tag's verb that keep it a tag: times, places, manners.
_TAG_WORDS = _CALENDAR_WORDS | _wordset(
    "on in at during after before when while as later earlier yesterday today tonight tomorrow "
    "last this jan feb aug sept oct nov dec recently afterwards again then also simply quietly"
)


def _adjacent(text: str, close_mark: int | None, src: Source) -> bool:
    """Whether an attribution directly follows the closing mark (“…,” the union wrote), which
    beats a reporting verb earlier in the sentence."""
    if close_mark is None:
        return False
    between = text[close_mark + 1 : src.start].split()
    words = [w for w in (b.strip(".,;:!?—–-") for b in between) if w]
    return not words or (len(words) == 1 and words[0].lower() == (src.cue or "").lower())


# "Trump said the following." at the end of the paragraph before the quotation: as a colon.
_FOLLOWING = re.compile(r"\b(?:said|says|wrote|writes|added|adds) the following\.\Z")


def _a_text(phrase: str) -> bool:
    """ "The report", "the study": a text, which speaks only through its authors."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in _DOCUMENT_NOUNS


_WORD_RUN = re.compile(r"[a-z]+")

_INTRODUCING = frozenset(["said", "says", "added", "adds", "asked", "asks", "wrote", "writes"])
_INTRODUCED = re.compile(
    r"\b(?:said|says|added|adds|asked|asks|wrote|writes)(?: the following)?[,:.]? ?\Z"
)


def _quote_in_middle(text: str, sent_start: int, open_mark: int) -> bool:
    """The quotation follows words of its own sentence (so a cue before it governs it)."""
    return bool(text[sent_start:open_mark].strip())


def _settle_chain(quotes: list[Quote], chain: list[int], said: set[int]) -> None:
    """A multi-paragraph quotation has one speaker: the one its attribution names (the last
    paragraph's "... summer,' he said" beats a guess from the sentence before the first; so
    does "wrote the judges", which names no one person), else the one guessed."""
    if len(chain) < 2:
        return
    attributed = [quotes[i] for i in chain if i in said]
    if attributed:
        speaker, cue = attributed[-1].speaker, attributed[-1].cue
        for i in chain:
            if i not in said:
                quotes[i].speaker = speaker
                quotes[i].cue = quotes[i].cue or cue
        return
    named = [quotes[i] for i in chain if quotes[i].speaker is not None]
    if not named:
        return
    speaker, cue = named[-1].speaker, named[-1].cue
    for i in chain:
        if quotes[i].speaker is None:
            quotes[i].speaker = speaker
            quotes[i].cue = quotes[i].cue or cue
