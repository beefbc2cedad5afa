"""Folding, tokenising and FTS5 query building: the only place user text becomes MATCH syntax.

Every token that reaches FTS5 is built here from ``\\w`` runs and wrapped in double quotes, so no
user input (``"``, ``*``, ``NEAR(``, ``OR``, ``-``, ``^``, ``:``) can ever be read as query syntax.
The index uses ``porter unicode61 remove_diacritics 2``; queries add a prefix star to longer words
and a demonym variant ("Korean" -> "korea") so that case, plurals, accents and adjectives match.
"""

from __future__ import annotations

import re
import unicodedata

TOKENIZER = "porter unicode61 remove_diacritics 2"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "his", "her",
    "excellency", "mme", "m",
}  # fmt: skip
_HE = re.compile(r"\bH\.\s*E\.?", re.IGNORECASE)  # "H.E." (His/Her Excellency)
_STOPWORDS_TEXT = (
    "a about after all also an and any are as at be been but by can did do does for from had has "
    "have he her his how i if in into is it its me my no not of on or our she so than that the "
    "their them then there these they this those to up was we were what when where which who whom "
    "why will with would you your near"
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def fold(text: str) -> str:
    """Case- and accent-insensitive key: ``"Pérou"`` -> ``"perou"``; spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def words(text: str) -> list[str]:
    """The folded words of ``text``: letters and digits, apostrophes kept inside words
    ("d'ivoire"), possessive 's dropped."""
    out = []
    for word in _WORD.findall(fold(text)):
        word = word.replace("’", "'")
        if word.endswith("'s") and len(word) > 2:  # "Korea's" matches "Korea"
            word = word[:-2]
        out.append(word)
    return out


def name_key(name: str) -> str:
    """Key for matching names: folded words without honorifics or punctuation."""
    tokens = words(_HE.sub(" ", name).replace(".", " "))
    while len(tokens) > 1 and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)


def content_words(text: str) -> list[str]:
    """Folded words minus stopwords (all of them when nothing but stopwords is left)."""
    tokens = words(text)
    kept = [t for t in tokens if t not in STOPWORDS]
    return kept


def _variants(token: str) -> list[str]:
    """Spellings of one query word worth matching (the word itself plus a demonym stem)."""
    out = [token]
    if len(token) >= 7 and token.endswith("ans"):
        out.append(token[:-2])
    elif len(token) >= 6 and token.endswith("an"):
        out.append(token[:-1])
    return out


def _term(token: str) -> str:
    token = token.replace('"', "")  # cannot occur (tokens are \w runs); belt and braces
    if len(token) >= 4 and not token.isdigit():
        return f'"{token}"*'
    return f'"{token}"'


def match_query(tokens: list[str], *, any_token: bool = False) -> str | None:
    """An FTS5 MATCH expression: every token required (or any one), each safely quoted."""
    groups = []
    for token in dict.fromkeys(tokens):
        variants = [_term(v) for v in _variants(token)]
        groups.append(variants[0] if len(variants) == 1 else "(" + " OR ".join(variants) + ")")
    if not groups:
        return None
    return (" OR " if any_token else " AND ").join(groups)


def prefix_query(prefix: str) -> str | None:
    """MATCH expression for autocomplete: all typed words, the last one as a prefix."""
    tokens = words(prefix)
    if not tokens:
        return None
    parts = [f'"{t}"' for t in tokens[:-1]] + [f'"{tokens[-1]}"*']
    return " AND ".join(parts)


def highlight_spans(text: str, tokens: list[str]) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words in ``text`` that a query of ``tokens`` would match.

    Mirrors the index loosely (prefix on folded words, demonym variants), good enough to show
    the reader why a passage matched; computed here because the FTS table keeps no text.
    """
    stems = set()
    for token in tokens:
        for variant in _variants(token):
            stems.add(_stem_for_highlight(variant))
    spans = []
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if any(word.startswith(s) if len(s) >= 3 else word == s for s in stems):
            spans.append((match.start(), match.end()))
    return tuple(spans)


def _stem_for_highlight(token: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token
