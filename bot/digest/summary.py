"""Extractive summaries: about three sentences (~80 words), lead-biased.

Why lead-biased: news puts what matters first, and on news with human highlights the first three
sentences (Lead-3) beat every generic extractive method (LexRank, TextRank). So we start from the
lead, but (1) skip what is not content — bylines, datelines, "Published/Updated" stamps, captions,
"Follow us" and "Read more" lines, bare headings — and strip wire prefixes such as
"LONDON (CNN) -- "; (2) let a later sentence in only when it is clearly more informative: it shares
the headline's words and the document's frequent content words. Sentences are returned in document
order so the summary reads like the article.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

from bot.digest.model import Paragraph, Sentence

TARGET_WORDS = 80
MAX_WORDS = 100
MIN_WORDS = 50  # three sentences of at least this many words are enough (Lead-3 length)
MAX_SENTENCES = 4
_WINDOW = 25

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ASCII_WORD = re.compile(r"[A-Za-z][\w'-]*", re.ASCII)  # _WORD on ASCII text
# Lines that are furniture, not content (checked in a sentence's first 60 characters).
_BOILERPLATE = (
    "published:", "updated:", "last updated", "posted:", "click here", "read more", "share this",
    "image caption", "media caption", "photo:", "picture:", "video:", "watch:", "listen:",
    "advertisement", "all rights reserved", "subscribe to", "sign up for", "related:", "see also:",
    "mail to a friend", "photo)", "images)", "follow us", "on twitter", "on facebook", "by .",
    "copyright ©", "(c) copyright",
)  # fmt: skip
# "WASHINGTON (Reuters) - ", "LONDON, England (CNN) -- ", "(CNN) -- ", "PARIS — ".
# "FLINT, Mich., Oct. 4 (UPI) — ". Every part is bounded: no backtracking blow-up.
_WIRE_PREFIX = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,40}(?:, [A-Z][\w .'’]{0,20}){0,3}\s*)?"
    r"(?:\((?:CNN|AP|AFP|UPI|Reuters|Bloomberg|EW\.com|CNN Money)\)\s*)?(?:--|—|–|-)\s+"
)
_LIST_MARKER = re.compile(r"\d{1,3}[.:] +(?=[A-Z“\"‘])")
_CEREMONIAL = re.compile(
    r"congratulat|felicitat|\b(?:your|his|her) (?:unanimous )?election\b|"
    r"election (?:as|to the) presiden|assumption of the presidency|"
    r"\bpay(?:ing)? (?:a )?(?:warm |special |sincere )?tribute|tribute (?:paid )?to your|"
    r"(?:congratulate|thank|commend) your predecessor|outgoing president|"
    r"\b(?:i|we) (?:would |should |also )?(?:like to |wish to |want to )?thank\b|"
    r"express(?:ing)? (?:my|our) (?:sincere |deep |profound |warm )?(?:gratitude|appreciation)|"
    r"\b(?:great|high) (?:honou?r|privilege|pleasure)|it is an? (?:honou?r|privilege|pleasure)|"
    r"ladies and gentlemen|excellencies|\bmr\.? president,|"
    r"\bwish (?:him|her|you) (?:every |all |great )?success|best wishes|"
    r"(?:appreciation|gratitude) (?:is|are|goes|go) |(?:our|my) (?:deep |sincere )?gratitude"
)
# Every _CEREMONIAL match contains one of these: a cheap test before the regex.
_CEREMONIAL_KEYS = (
    "congratulat", "felicitat", "election", "tribute", "predecessor", "outgoing", "thank",
    "gratitude", "appreciation", "honour", "honor", "privilege", "pleasure", "gentlemen",
    "excellencies", "president,", "success", "best wishes",
)  # fmt: skip
_STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "said",
        "says",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "mr",
        "mrs",
        "ms",
        "one",
        "two",
        "new",
        "year",
        "years",
        "last",
        "also",
        "told",
        "say",
        "would",
        "could",
        "may",
        "might",
        "us",
    ]
)
_IS_STOP = _STOP.__contains__


def body_sentences(text: str, sentences: list[Sentence], title: str | None) -> list[Sentence]:
    """Sentences after the headline (the first line, when it is the title)."""
    if not sentences or not title:
        return list(sentences)
    first_line_end = text.find("\n")
    if first_line_end < 0:
        first_line_end = len(text)
    first_line = text[:first_line_end].strip()
    if first_line.lstrip("# ").rstrip(".;") != title.rstrip(".;") or _reads_as_sentence(first_line):
        return list(sentences)
    return [s for s in sentences if s.start >= first_line_end]


def _reads_as_sentence(line: str) -> bool:
    """A first line in sentence case with a full stop ("One Missouri mom is making the best of a
    bad situation.") may be a headline or the story's first sentence: it stays in the body, so
    the lead is never lost. A Title Case headline ("Stealth Over Health: ... Bad Optics.") does
    not."""
    if not line.endswith("."):
        return False
    long_words = [w for w in line.split() if len(w) > 3]
    return sum(w[0].isupper() for w in long_words) < 0.6 * len(long_words)


def clean(sentence: str) -> str:
    """The sentence on one line, without a wire-service prefix ("LONDON, England (CNN) -- ") or a
    paragraph number ("76. This session …")."""
    # Every whitespace character but " " is non-printable: a printable sentence without double or
    # outer spaces is already on one line (the usual case), and the join would only copy it.
    if (
        not sentence.isprintable()
        or "  " in sentence
        or sentence[:1] == " "
        or sentence[-1:] == " "
    ):
        sentence = " ".join(sentence.split())
    if sentence[:1].isdigit():
        marker = _LIST_MARKER.match(sentence)
        if marker and marker.end() < len(sentence):
            sentence = sentence[marker.end() :]
    m = _WIRE_PREFIX.match(sentence)
    if m and m.end() < len(sentence) and (m.group().strip().startswith("(") or m.end() > 3):
        rest = sentence[m.end() :]
        if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "“\"‘'":
            return rest
    return sentence


def is_ceremonial(sentence: str) -> bool:
    """Congratulations, thanks and greetings that open speeches."""
    return _is_ceremonial(sentence.lower(), _CEREMONIAL_KEYS)


def _is_ceremonial(lower: str, keys: tuple[str, ...]) -> bool:
    return any(key in lower for key in keys) and _CEREMONIAL.search(lower) is not None


def is_content(sentence: str) -> bool:
    """False for furniture: bylines, stamps, captions, headings and other non-sentences."""
    return _is_content(sentence, _BOILERPLATE)


def _is_content(sentence: str, boilerplate: tuple[str, ...]) -> bool:
    """:func:`is_content`, testing only the ``boilerplate`` keys (those that occur somewhere in
    the document's candidate sentences: usually none)."""
    # Cheapest tests first: this runs on every candidate sentence of every document.
    if not sentence or sentence[-1] not in ".!?\"”’)'":
        return False  # headings, captions, list items
    words = len(sentence.split())
    if words < 5:
        return False
    if boilerplate or words < 10:
        head = sentence[:60].lower()
        if any(key in head for key in boilerplate):
            return False
        if words < 10 and head.startswith("by "):
            return False  # a byline
    if sentence.count("”") != sentence.count("“"):
        return False  # starts or ends inside a quotation: a fragment out of context
    return _mostly_letters(sentence)


def _present(keys: tuple[str, ...], texts: list[str]) -> tuple[str, ...]:
    """The ``keys`` that occur in any of ``texts`` (lower case, without newlines).

    Why: testing 20-30 substrings against each sentence costs more than the rest of the summary;
    testing them once against all the candidate sentences joined leaves, in most documents, none
    to test sentence by sentence. (No key contains a newline, so none matches across two texts.)
    """
    joined = "\n".join(texts)
    return tuple(key for key in keys if key in joined)


# ASCII bytes that are not letters: deleting them from the ASCII bytes of a sentence leaves its
# ASCII letters, a C-level count (``sum(map(str.isalpha, …))`` is ten times slower).
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _mostly_letters(sentence: str) -> bool:
    """At least half the characters are letters (not a table row, a list of figures, a URL)."""
    half = 0.5 * len(sentence)
    ascii_letters = len(sentence.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if ascii_letters >= half or sentence.isascii():
        return ascii_letters >= half
    return sum(map(str.isalpha, sentence)) >= half  # non-ASCII letters count too


def _content_words(lower: str) -> set[str]:
    """The distinct words of the lower-cased ``lower`` that carry content (no stop words)."""
    # On ASCII text the ASCII-only pattern finds the same words, faster; filterfalse drops the
    # stop words in C, building one set (``set(words) - _STOP`` builds two).
    words = _ASCII_WORD.findall(lower) if lower.isascii() else _WORD.findall(lower)
    return set(filterfalse(_IS_STOP, words))


def summarize(
    text: str, sentences: list[Sentence], paragraphs: list[Paragraph], title: str | None
) -> str:
    """About three sentences (~80 words) that say what the document is about, in order."""
    body = body_sentences(text, sentences, title)
    # Only the first sentences can make a lead-biased summary: scoring a 20,000-word speech's
    # every sentence would cost time and change nothing.
    candidates = _candidates(body, 0, _WINDOW)
    lower = {i: c.lower() for i, c in candidates}
    # Speeches open with courtesies ("I congratulate you, Mr. President, on your election"):
    # true, but not what the speech is about. When the document opens with one, it is a speech,
    # and its paragraphs of courtesies go as a whole ("Mr. Slim has had a distinguished record");
    # elsewhere only the courteous sentences go — as long as enough else remains.
    keys = _present(_CEREMONIAL_KEYS, list(lower.values()))
    ceremonial = {i for i, _ in candidates if keys and _is_ceremonial(lower[i], keys)}
    if ceremonial:
        if candidates[0][0] in ceremonial:
            more = _candidates(body, _WINDOW, 2 * _WINDOW)
            lower.update((i, c.lower()) for i, c in more)
            candidates += more
            ceremonial.update(i for i, _ in more if _is_ceremonial(lower[i], _CEREMONIAL_KEYS))
            courteous = {body[i].paragraph for i in ceremonial}
            whole = [(i, c) for i, c in candidates if body[i].paragraph not in courteous]
        else:
            whole = []
        only = [(i, c) for i, c in candidates if i not in ceremonial]
        candidates = whole if len(whole) >= 3 else only if len(only) >= 3 else candidates
    if not candidates:
        # Nothing reads like a sentence: the first lines, or the headline if that is all there is.
        fallback = [clean(s.text) for s in body[:3]] or [clean(s.text) for s in sentences[:1]]
        return _trim(" ".join(fallback))
    chosen = _select(candidates, title, lower)
    return _trim(" ".join(c for _, c in sorted(chosen)))


def _candidates(body: list[Sentence], start: int, stop: int) -> list[tuple[int, str]]:
    cleaned = [(i, clean(body[i].text)) for i in range(start, min(stop, len(body)))]
    boilerplate = _present(_BOILERPLATE, [c[:60].lower() for _, c in cleaned])
    return [(i, c) for i, c in cleaned if _is_content(c, boilerplate)]


def _select(
    candidates: list[tuple[int, str]], title: str | None, lower: dict[int, str]
) -> list[tuple[int, str]]:
    """Lead sentences, with a later sentence let in when it is clearly more informative."""
    words_of = {i: _content_words(lower[i]) for i, _ in candidates}
    frequency: Counter[str] = Counter()
    for ws in words_of.values():
        frequency.update(ws)
    count = frequency.__getitem__
    title_words = _content_words((title or "").lower())
    rank = {i: r for r, (i, _) in enumerate(candidates)}

    def score(i: int) -> float:
        ws = words_of[i]
        if not ws:
            return 0.0
        centrality = (sum(map(count, ws)) - len(ws)) / (len(ws) + 4)
        topical = len(title_words.intersection(ws)) / (len(title_words) + 1)
        position = 1.0 / (1.0 + 0.5 * rank[i])
        return position + 0.15 * centrality + 0.5 * topical

    ordered = sorted(candidates, key=lambda ic: (-score(ic[0]), ic[0]))
    chosen: list[tuple[int, str]] = []
    total = 0
    for i, sentence in ordered:
        n = len(sentence.split())
        if chosen and total + n > MAX_WORDS:
            continue
        chosen.append((i, sentence))
        total += n
        if (
            total >= TARGET_WORDS
            or len(chosen) >= MAX_SENTENCES
            or (len(chosen) >= 3 and total >= MIN_WORDS)
        ):
            break
    return chosen


def _trim(summary: str) -> str:
    """Never more than ~MAX_WORDS words, even when the first sentence is endless."""
    words = summary.split()
    if len(words) <= MAX_WORDS + 20:
        return summary
    return " ".join(words[:MAX_WORDS]) + "…"
