"""Headlines: telling a title-case headline line from prose, and the people it names.

Why apart: headline lines break the capitalisation cues the rest of the extractor relies on, so
they are recognised, and their mentions resolved, with rules of their own.
"""

from __future__ import annotations

from bot.digest import lexicon as lx
from bot.digest.model import Mention
from bot.digest.names import _LOWER_LONG, _WORD, _is_namey, _strip_possessive
from bot.digest.registry import _mention, _Registry
from bot.digest.roles import _role_word


class _Headlines:
    """Whether the line around a position is written in Title Case (a headline), where capitals
    say nothing. Positions come in increasing order, so finding lines stays linear."""

    def __init__(self, text: str, lower_vocab: set[str]) -> None:
        self.text = text
        self.vocab = lower_vocab
        self.lo = self.hi = 0
        self.result = False

    def __call__(self, pos: int) -> bool:
        if self.lo <= pos < self.hi:
            return self.result
        text = self.text
        # self.hi is the previous line's "\n", so searching from it finds at least that one.
        self.lo = text.rfind("\n", self.hi if pos >= self.hi else 0, pos) + 1
        hi = text.find("\n", pos)
        self.hi = hi if hi >= 0 else len(text)
        # (a line of 200 characters or more is prose: no need to copy it to find out)
        self.result = self.hi - self.lo < 200 and _title_case(text[self.lo : self.hi], self.vocab)
        return self.result


def _title_case(line: str, lower_vocab: set[str]) -> bool:
    result = False
    if len(line) < 200 and len(_LOWER_LONG.findall(line)) <= 3:  # short, few lowercase words
        words = line.split()
        long = [w for w in words if len(w) > 3 and w[0].isalpha()]
        caps = sum(1 for w in long if w[0].isupper())
        result = len(words) >= 3 and caps >= 3 and caps >= 0.8 * len(long)
        if result:
            # A headline capitalises common words ("Hammers", "Bank"); a sentence full of
            # names and titles does not.
            common = sum(
                1
                for w in long[1:]
                if w[0].isupper()
                and w.lower().strip(".,:;’'\"") in lower_vocab
                and not _role_word(w)
                and w not in lx.GIVEN_NAMES
            )
            # (or one, in a line of five capitalised words or more that no sentence ends:
            # "America's Leaders Pay Historic Honor to Billy Graham", where "Leaders" is a role)
            result = common >= 2 or (
                common == 1 and caps >= 5 and not line.rstrip().endswith((".", "?", "!"))
            )
    return result


def _headline_mentions(
    text: str, span: tuple[int, int], reg: _Registry, mentions: list[Mention]
) -> None:
    """In a Title Case headline only names of people the body names count, word by word."""
    k = span[0]
    words = [(m.start() + k, m.end() + k) for m in _WORD.finditer(text[span[0] : span[1]])]
    i = 0
    while i < len(words):
        s, e = words[i]
        if i + 1 < len(words):
            p = reg.find_full([text[s:e], text[words[i + 1][0] : words[i + 1][1]]])
            if p is not None:
                _mention(p, text, s, words[i + 1][1], mentions, True)
                i += 2
                continue
        w, _ = _strip_possessive(text[s:e])
        p = reg.by_part(w, None) if _is_namey(w) else None
        if p is not None:
            _mention(p, text, s, s + len(w), mentions, False)
        i += 1
