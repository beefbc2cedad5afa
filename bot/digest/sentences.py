"""Paragraph and sentence splitting: fast, rule-based, linear.

Why rules and not a library: pysbd handles the same cases at a few hundred KB/s and NLTK's Punkt
needs model files downloaded at run time; the digest must run at ≥ 1.5 MB/s end to end on the
213 MB UN corpus. The rules below cover what news and OCR text throw at a splitter:

* abbreviations that never end a sentence before a name (Mr. Dr. Sen. Gen. …), those that only
  precede numbers (No. 5, Art. 51, Jan. 5, Sept. 11), dotted acronyms (U.S., U.N., a.m.) that end
  a sentence only before a typical sentence opener ("… in the U.S. The …"), initials
  (J. K. Rowling);
* decimals and URLs (no space after the dot), ellipses, closing quotes and brackets after the full
  stop (``."`` ``?”`` ``.)``), "?” he asked" (a lower-case word after the mark continues the
  sentence — which is also what fixes OCR's stray full stops: "Trygve Lie. the first …");
* headings and one-sentence-per-line files: a line break ends a sentence unless the document is
  hard-wrapped prose (detected from how often a line continues in lower case);
* list markers ("34. In taking up …") stay with their sentence.

Paragraphs are blank-line separated blocks, or single lines when the document has no blank lines
(one paragraph per line, as in the UN corpus and the seed).
"""

from __future__ import annotations

import itertools
import re

from bot.digest.lexicon import GIVEN_NAMES
from bot.digest.model import Paragraph, Sentence

# A run of terminal punctuation and the closing quotes/brackets after it. Possessive quantifiers:
# the scan never backtracks into a run, so "......" × 5 MB is one match, not a quadratic search.
_TERMINAL = re.compile(r"[.!?…]++[\"'”’»)\]]*+")
_ALNUM = re.compile(r"[^\W_]")
_WORD_STOP = frozenset(" \n\t\"'“‘«([")

_FINAL = frozenset(".!?…")
_NOT_INITIAL = frozenset("-–—,;:)]}%")
_OPENERS = frozenset("\"'“‘«([¿¡")
# Never end a sentence: titles before names, and Latin abbreviations (shared with the quotation
# reader and the attribution reader, which decide sentence ends of their own).
NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "cdr",
        "brig",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "fr",
        "msgr",
        "st",
        "mt",
        "ft",
        "messrs",
        "mme",
        "mlle",
        "atty",
        "amb",
        "vs",
        "v",
        "cf",
        "viz",
        "e.g",
        "i.e",
        "approx",
        "ca",
        "incl",
        "esp",
        "ed",
        "eds",
        "dept",
        "univ",
        "assn",
        "est",
    ]
)
# End a sentence only when no number follows: "No. 10", "Art. 51", "Jan. 5", "Sept. 11".
_BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "art",
        "arts",
        "vol",
        "vols",
        "p",
        "pp",
        "fig",
        "figs",
        "sec",
        "secs",
        "ch",
        "para",
        "paras",
        "op",
        "ref",
        "pt",
        "pts",
        "nr",
        "tel",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Ambiguous: they end a sentence only before a typical sentence opener ("… Apple Inc. The …").
_AMBIGUOUS = frozenset(["inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc", "llc", "etc", "al"])
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "Still",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "Although",
        "Though",
        "Because",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Your",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Meanwhile",
        "However",
        "Moreover",
        "Also",
        "Then",
        "Now",
        "Today",
        "Yesterday",
        "Last",
        "Next",
        "Some",
        "Many",
        "Most",
        "Several",
        "One",
        "Two",
        "Three",
        "No",
        "Not",
        "Other",
        "Another",
        "Both",
        "All",
        "Each",
        "Such",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Under",
        "Over",
        "According",
    ]
)
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[ivxlcIVXLC]{1,5}|[A-Za-z])")

# Sentences longer than this are cut at a space: a 5 MB line without punctuation must not become
# one 5 MB "sentence" that every later extractor has to carry around.
MAX_SENTENCE = 3000


def split(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    """Split ``text`` into paragraphs and sentences (offsets into ``text``), in document order."""
    lines = _lines(text)
    if not lines:
        return [], []
    blank_separated = any(blank for _, _, blank in lines[1:])
    wrapped = _is_hard_wrapped(text, lines)

    # Units: lines joined where a line break falls inside a sentence — every break of hard-wrapped
    # prose, and anywhere a line goes on in lower case after a line without a final stop (column
    # and page breaks in OCR text, even across a blank line: "… that we need\n\nleadership …").
    units: list[list] = []
    for start, end, blank in lines:
        if units and (
            (wrapped and not blank)
            or (text[start].islower() and text[units[-1][1] - 1] not in _FINAL)
        ):
            units[-1][1] = end
        else:
            units.append([start, end, blank])

    # Paragraphs: blocks between blank lines, or each unit when there are none.
    paragraphs: list[Paragraph] = []
    if blank_separated or wrapped:
        for start, end, blank in units:
            if blank or not paragraphs:
                paragraphs.append(Paragraph(len(paragraphs), start, end))
            else:
                paragraphs[-1].end = end
    else:
        paragraphs = [Paragraph(i, s, e) for i, (s, e, _) in enumerate(units)]

    # Each unit is split by punctuation only.
    sentences: list[Sentence] = []
    p_index = 0
    for start, end, _ in units:
        while paragraphs[p_index].end < start:
            p_index += 1
        _split_segment(text, start, end, p_index, sentences)
    return paragraphs, sentences


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Non-blank lines as (start, end, follows_blank_line), with surrounding spaces trimmed."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    last = -1  # index of the previous non-blank line
    for index, raw in enumerate(text.split("\n")):
        if raw:
            if raw[0].isspace() or raw[-1].isspace():  # rare in normalised text
                stripped = raw.strip()
                if stripped:
                    start = pos + len(raw) - len(raw.lstrip())
                    out.append((start, start + len(stripped), last >= 0 and index - last > 1))
                    last = index
            else:
                out.append((pos, pos + len(raw), last >= 0 and index - last > 1))
                last = index
        pos += len(raw) + 1
    return out


def _is_hard_wrapped(text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """Prose wrapped at a fixed width: many lines go on in lower case after a plain line break."""
    inner = continued = 0
    for (_, end, _), (start, _, blank) in itertools.pairwise(lines):
        if blank:
            continue
        inner += 1
        if text[start].islower() and text[end - 1] not in '.!?:;"”’':
            continued += 1
    return inner >= 2 and continued >= 0.3 * inner


def _split_segment(
    text: str, start: int, end: int, paragraph: int, sentences: list[Sentence]
) -> None:
    sentence_start = start
    # A "sentence" without a letter or digit (". . .", "?!") is not one: it stays with the next.
    # ``checked`` makes that test incremental, so it stays linear however long the run.
    seen_alnum, checked = False, start
    for m in _TERMINAL.finditer(text, start, end):
        p_end = m.end()
        if p_end >= end:
            break
        if not text[p_end].isspace():
            continue  # 3.5, www.un.org, "U.S.-led"
        if not seen_alnum:
            # Usually the character before the mark is a letter or digit; else search back.
            before = text[m.start() - 1] if m.start() > checked else ""
            seen_alnum = before.isalnum() or (_ALNUM.search(text, checked, m.start()) is not None)
            checked = m.start()
            if not seen_alnum:
                continue
        if _is_boundary(text, m.start(), p_end, end, sentence_start):
            _add(text, sentence_start, p_end, paragraph, sentences)
            sentence_start = p_end
            seen_alnum, checked = False, p_end
    _add(text, sentence_start, end, paragraph, sentences)


def _is_boundary(text: str, p_start: int, p_end: int, end: int, sentence_start: int) -> bool:
    # The next word (after spaces and opening quotes/brackets).
    j = p_end
    while j < end and text[j].isspace():
        j += 1
    while j < end and text[j] in _OPENERS:
        j += 1
    if j >= end:
        return True
    first = text[j]
    if first.islower() or first in _NOT_INITIAL:
        return False  # "?” he asked", "e.g. this", OCR "Lie. the first …", "FAIRVIEW, W.Va. - …"
    if text[p_start] != "." or (p_start + 1 < end and text[p_start + 1] == "."):
        return True  # ! ? … and ellipses before a capital: a new sentence
    # A single full stop: look at the word it ends.
    lo = max(sentence_start, p_start - 40)
    k = p_start
    while k > lo and text[k - 1] not in _WORD_STOP:
        k -= 1
    word = text[k:p_start].lstrip("*_”’»")  # "**Mr. President,**"
    if not word:
        return True
    lower = word.lower()
    if lower in NEVER_FINAL:
        return False
    if lower in _BEFORE_NUMBER:
        return not first.isdigit()
    if p_start - sentence_start <= 5 and _LIST_MARKER.fullmatch(word):
        return False  # "34. In taking up the work …", "(b) …", "IV. Conclusions"
    if len(word) == 1 and word.isupper():
        # Initials ("J. K. Rowling", "George W. Bush") go on with a name; a letter that names
        # something ("Plan B. The …", "Vitamin C. It …") ends a sentence before a typical opener.
        following = _next_word(text, j, end)
        return (
            p_start - sentence_start > 1
            and following in _STARTERS
            and not (len(following) == 1 and text[j + 1 : j + 2] == ".")  # "A. A. Gromyko"
        )
    if lower in _AMBIGUOUS or _DOTTED_ACRONYM.fullmatch(word):
        return _next_word(text, j, end) in _STARTERS or acronym_before_a_name(word, text, j)
    return True


def acronym_before_a_name(word: str, text: str, j: int) -> bool:
    """Whether the dotted acronym ``word`` ends its sentence because a person's name opens the
    next at ``j``: "... public trust in the F.B.I. Alberto Gonzales, who was ..." (three letters
    or more, then a given name and another capitalised word; but "the F.B.I. Director James
    Comey" and "the U.S. Ambassador" go on)."""
    following = _next_word(text, j, min(len(text), j + 40))
    after = j + len(following)
    return (
        word.count(".") >= 2
        and following in GIVEN_NAMES
        and text[after : after + 1] == " "
        and text[after + 1 : after + 2].isupper()
    )


def _next_word(text: str, j: int, end: int) -> str:
    """The word (letters and apostrophes) starting at ``j``."""
    k = j
    while k < end and (text[k].isalpha() or text[k] == "'"):
        k += 1
    return text[j:k]


def _add(text: str, start: int, end: int, paragraph: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start <= MAX_SENTENCE:  # the usual case, without the call below
        if end > start:
            sentences.append(Sentence(len(sentences), start, end, paragraph, text[start:end]))
        return
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        _append(text, start, cut, paragraph, sentences)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        _append(text, start, end, paragraph, sentences)


def _append(text: str, start: int, end: int, paragraph: int, sentences: list[Sentence]) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    sentences.append(Sentence(len(sentences), start, end, paragraph, text[start:end]))
