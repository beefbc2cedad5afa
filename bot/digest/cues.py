"""Cues: find the source phrase and the cue verb around a quotation.

:func:`source_after` reads the words right after the closing mark (``“…,” he said``, ``“…,” said
the Secretary General``, ``“…” Smith, the governor, told reporters``); :func:`source_before` the
words before the opening mark in the same sentence (``Mr. Stoltenberg stressed that “…``,
``According to Smith, “…``, ``Smith: “…``, ``He called it “a disgrace”``); :func:`sentence_subject`
the subject of a sentence. They return the source *phrase* with its offsets and the cue verb.

Why apart from :mod:`bot.digest.speakers`: finding a phrase needs only the text (no entities), so
it is tested on its own and knows nothing of who the people are. It works on words, one small
window at a time, so it is linear in the document's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.digest import lexicon
from bot.digest.names import _MONTH_SURNAMES, _sentence_start  # Theresa May; a sentence's start
from bot.digest.sentences import NEVER_FINAL


def _wordset(words: str) -> frozenset[str]:
    """A set from space-separated words (word lists read better this way)."""
    return frozenset(words.split())


# Reporting verbs, in the forms news uses. Multi-word cues ("according to", "pointed out") are
# handled by looking at the next word.
_CUE_STEMS = (
    "say said says saying tell told tells telling add added adds adding ask asked asks asking "
    "write wrote writes writing written tweet tweeted tweets tweeting state stated states "
    "stress stressed stresses stressing note noted notes noting explain explained explains "
    "explaining argue argued argues arguing claim claimed claims claiming insist insisted "
    "insists insisting declare declared declares declaring announce announced announces "
    "continue continued continues continuing recall recalled recalls recalling warn warned warns "
    "warning acknowledge acknowledged acknowledges admit admitted admits admitting suggest "
    "suggested suggests respond responded responds responding reply replied replies replying "
    "remark remarked remarks observe observed observes emphasize emphasized emphasizes "
    "emphasise emphasised emphasises joke joked jokes joking quip quipped quips shout shouted "
    "shouts yell yelled yells exclaim exclaimed complain complained complains complaining "
    "concede conceded concedes predict predicted predicts promise promised promises vow vowed "
    "vows pledge pledged pledges urge urged urges urging call called calls calling describe "
    "described describes describing characterize characterized characterizes characterise "
    "characterised label labeled labelled dub dubbed report reported reports post posted posts "
    "testify testified testifies conclude concluded concludes counter countered counters assert "
    "asserted asserts maintain maintained maintains charge charged charges accuse accused "
    "accuses boast boasted boasts lament lamented laments muse mused muses read reads wonder "
    "wondered wonders demand demanded demands agree agreed agrees added reiterate reiterated "
    "reiterates repeat repeated repeats begin began begins chant chanted chants proclaim "
    "proclaimed proclaims recount recounted recounts reply replied retort retorted retorts "
    "confirm confirmed confirms deny denied denies mention mentioned mentions whisper whispered "
    "scoff scoffed sigh sighed laugh laughed thunder thundered snap snapped sneer sneered "
    "tease teased cheer cheered speculate speculated speculates caution cautioned cautions "
    "advise advised advises estimate estimated hint hinted hints allege alleged alleges "
    "indicate indicated indicates affirm affirmed affirms contend contended contends "
    "instructed instructs simpered simpers beamed beams gushed gushes enthused enthuses "
    "marvelled marveled marvels"
)


_MORE_CUES = (
    "exhort bemoan tout blast slam praise criticize criticise plead cry assure reassure rail "
    "promise write tell speak opine scold quote condemn denounce decry hail welcome applaud "
    "lament blame slam mock ridicule dismiss put compare brand email e-mail interject interrupt "
    "chime gasp murmur mutter growl bark fume elaborate clarify recollect reminisce concur reveal "
    "comment share implore confide jab answer"
)


def _inflect(word: str) -> set[str]:
    """A verb and its regular inflections ("promise" → promises, promised, promising)."""
    out = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if _DOUBLES_ITS_CONSONANT.fullmatch(word) and word != "put":
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # "slam" → slammed, slamming
    return out


# One syllable ending in a consonant after one vowel: the consonant doubles before -ed/-ing.
_DOUBLES_ITS_CONSONANT = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


# Bare forms that are more often nouns ("Kim's mental state", "a report", "her remark").
# Verbs of thought, no reporting verbs ("Colin Powell says the United States believes ..."),
# but for a named person's relative clause ("Rooney, who believes “…”").
_THINKING = frozenset(["believes", "thinks"])

_NOUNISH = {
    "state", "states", "report", "remark", "remarks", "charge", "charges", "counter",
    "counters", "note", "call", "calls", "post", "posts", "claim", "demand", "label", "labels",
    "demands", "promise", "promises", "estimate", "reading", "posting", "stating",
    "cries", "quotes", "quote", "comment", "reply", "response", "cheer", "laugh", "sigh",
    "chant", "chants", "warning", "statement", "email", "e-mail", "share", "shares",
    "answer", "answers",
}  # fmt: skip


# Cues whose next words are their object, never an inverted subject ("welcome the governor",
# "blasted the senator"): "said the senator" is a speaker, "praised the senator" is not.
_OBJECT_VERBS = _wordset(
    "exhort bemoan tout blast slam praise criticize criticise scold condemn denounce decry "
    "hail welcome applaud lament blame mock ridicule dismiss compare brand accuse urge thank"
)


_OBJECT_CUES = frozenset(f for w in _OBJECT_VERBS for f in _inflect(w))


CUES = frozenset(
    {f for w in (_CUE_STEMS + " " + _MORE_CUES).split() for f in _inflect(w)} - _NOUNISH
) | {"texted", "messaged", "pressed"}  # ("press" alone is more often the newspapers)


# Verbs that report speech only sometimes ("promised a tax cut", "praised the team").
_WEAK_CUES = frozenset(
    f for w in _OBJECT_VERBS | _wordset("promise vow pledge predict") for f in _inflect(w)
)  # the verbs of praise and blame that take an object, and those of promise


# Cues that report only when they stand alone ("“…,” he continued"), not before "to" or an
# "-ing" form ("would continue to make", "began calling").
_ASPECT_CUES = _wordset("continue continued continues continuing begin began begins beginning")


_CLAUSE_BREAKS = _wordset("because when while although though since if unless whereas")


# After a closing mark, verbs of naming do not attribute ("“Vote no,” called the plan absurd").
_NAMING_CUES = _wordset(
    "call called calls calling describe described describes describing label labeled labelled "
    "dub dubbed characterize characterized characterizes characterise characterised"
)


_CALENDAR = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december jan feb mar apr jun jul aug sep "
    "sept oct nov dec"
)


PRONOUNS = _wordset("he she they him her it i we who")


_DETERMINERS = _wordset("the a an this that these those his her their its our")


HONORIFICS = _wordset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. "
    "sgt sgt. prof prof. rev rev. hon hon. sir dame lord lady president vice secretary senator "
    "representative governor mayor judge justice minister prime chancellor ambassador general "
    "speaker chairman chairwoman chair director pope king queen prince princess former "
    "candidate nominee congressman congresswoman councilman councilwoman attorney sheriff "
    "commissioner chief spokesman spokeswoman spokesperson leader adviser advisor "
    "foreign defense defence finance interior state"
)


# Words that end a source phrase when walking backwards from a cue verb.
_CLAUSE_WORDS = _wordset(
    "that and but or when while because as if though although since after before where which "
    "so then also yet to in on at of for with by from about than during"
)


_ADVERB_OK = _wordset(
    "also later then once again recently previously earlier simply repeatedly flatly bluntly "
    "famously reportedly publicly privately quickly immediately subsequently further yesterday "
    "today tonight already "
    "has have had would will could might may did does do was is were"
)


_QUANTIFIERS = _wordset("many few several some all any no more most")


_PREPOSITIONS = _wordset("of to for with about from by on at in into against over than like")


_TIME_NOUNS = _wordset(
    "week weekend month year night morning afternoon evening monday tuesday wednesday thursday "
    "friday saturday sunday"
)


def _time_phrase(first: _Tok, second: _Tok) -> bool:
    """ "last week", "on Monday", "this morning" standing between a subject and its verb."""
    if first.low == "in" and len(second.word) == 4 and second.word.isdigit():
        return not _ends_clause(second)  # "Tony Blair had in 1997 complained about"
    return (
        first.low in ("last", "this", "on", "earlier", "later")
        and second.low in _TIME_NOUNS
        and not _ends_clause(first)
        and not _ends_clause(second)
    )


def _lexicon_set(name: str) -> frozenset[str]:
    """A word list of the entity extractor's lexicon (a name it lacks is an error at import,
    not an empty list that would quietly weaken every rule using it)."""
    return frozenset(getattr(lexicon, name))


_STOPCAPS = _lexicon_set("STOPCAPS") | {
    "With", "Despite", "Amid", "Following", "During", "After", "Before", "Since", "As",
}  # fmt: skip


# A word; a curly apostrophe inside it stays ("NBC’s", "O’Donnell"), as a straight one does,
# while one that closes a quotation after the word ("‘… hands’ said") does not.
_WORD = re.compile(r"[^\s\"“”‘’«»„]+(?:’[^\s\"“”‘’«»„]+)*")


_STRIP = ".,;:!?()[]{}—–―-…'’"


@dataclass(slots=True)
class Source:
    """A source phrase found near a quotation, with where it stands."""

    phrase: str
    start: int
    end: int
    cue: str | None
    pronoun: bool = False
    signature: bool = False  # "― Jorge Falcon" after a quotation: plainly a person's name
    # "After calling the bill “a giveaway,” Thune left": the participle opens the sentence, so
    # its subject is the main clause's, after the quotation (see :func:`subject_after`).
    ahead: bool = False


# What a pronoun's contraction ends with ("he's", "they're", "she'll", "I'd", "we've").
_CONTRACTED = frozenset(["s", "re", "ll", "d", "ve", "m"])


class _Tok:
    """One word of a search window (a plain class with slots: windows make many of these)."""

    __slots__ = ("end", "low", "raw", "start", "word")

    def __init__(self, word: str, start: int, raw: str) -> None:
        self.word = word  # stripped of surrounding punctuation
        low = word.lower()
        if "’" in low:
            low = low.replace("’", "'")  # ("It’s" is "it's" to every word list)
        if "'" in low:
            head, _, tail = low.partition("'")
            if tail in _CONTRACTED and head in PRONOUNS:
                low = head  # "He's claiming", "They’re saying": the pronoun
        self.low = low
        self.start = start
        self.end = start + len(word)
        self.raw = raw  # with punctuation, to see commas and full stops


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text, start, end):
        raw = m.group()
        word = raw.strip(_STRIP)
        s = m.start()
        if raw[0] in _STRIP:
            s += len(raw) - len(raw.lstrip(_STRIP))
        out.append(_Tok(word, s, raw))
    return out


def _is_name_word(tok: _Tok) -> bool:
    w = tok.word
    return (
        bool(w)
        and w[0].isupper()
        and tok.low not in PRONOUNS
        and (tok.low not in _CALENDAR or tok.raw == "Jan")  # "Jan Bauer", not "Jan. 5"
    )


# Relatives named by a given name after the relation ("his son Stephen", "Mr Conlon's father
# Giuseppe").
_KIN = frozenset(
    "son daughter wife husband brother sister father mother widow widower grandson "  # noqa: SIM905
    "granddaughter nephew niece uncle aunt cousin".split()
)


def _is_name_appositive(toks: list[_Tok], end: int) -> bool:
    """Whether the comma-segment ending at ``end`` is itself an appositive ("the ... of France,")
    rather than the name ("Jean-Marc Ayrault,")."""
    i = end - 1
    while i > 0 and not toks[i - 1].raw.endswith((",", ".", ":", ";")):
        i -= 1
    seg = toks[i:end]
    for c in range(len(seg) - 2, -1, -1):
        if seg[c].low in ("but", "and", "while", "whereas", "because", "as", "that"):
            seg = seg[c + 1 :]  # "Talks stalled but Ian Ayre, ...": the name after the "but"
            break
    run = 0
    while run < min(len(seg), 4) and _is_name_word(seg[len(seg) - 1 - run]):
        run += 1
    if run == 1 < len(seg) and seg[-2].low in _KIN:
        return False  # "his son Stephen, 57, said": a relative named by a given name
    if 2 <= run < len(seg):
        before = seg[len(seg) - 1 - run]
        if (
            before.word.islower()
            and before.low not in _DETERMINERS
            and before.low not in _PREPOSITIONS
        ):
            # "... the backlog last summer Keith Vaz, who ...": a caption run into the text
            # before a name; the segment ends in that name, it is no appositive.
            return False
    return not all(_is_name_word(t) or t.low in HONORIFICS for t in seg[-5:]) or (
        bool(seg) and seg[0].low in _DETERMINERS
    )


# A party's name used as a label before a title or name (frequent enough to be stop words).
_PARTY_LABELS = _wordset("Democratic Democrat Republican Conservative Labour Tory")


def _function_word(tok: _Tok) -> bool:
    """A capitalised function word ("With", "After", "Despite") that opens a clause, never a
    subject's name."""
    if tok.low in HONORIFICS or tok.low.rstrip(".") in HONORIFICS:
        return False  # "Mr", "Sir" open names
    if tok.word in _PARTY_LABELS:
        return False  # "Democratic Senator Dianne Feinstein said ..., telling Reuters": a label
    return tok.word in _STOPCAPS or (tok.low in _INTRO and tok.low not in ("still", "last"))


def _is_cue(tok: _Tok) -> bool:
    return tok.low in CUES


def _ends_clause(tok: _Tok) -> bool:
    """The raw token carries punctuation that ends a phrase (comma, full stop, colon...)."""
    return tok.raw[-1:] in ",.;:!?" and not (tok.raw.endswith(".") and _abbrev(tok.word))


def _abbrev(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in NEVER_FINAL or low in ("jr", "sr", "u.s", "d.c", "del") or (
        len(word) <= 2 and word[:1].isupper()
    ) or ("." in word and len(word) <= 6)  # fmt: skip


def _phrase_forward(toks: list[_Tok], i: int, limit: int = 9) -> tuple[int, int] | None:
    """The source phrase starting at ``toks[i]`` (after "said"): up to a comma/full stop.

    "said Smith", "said the Secretary General", "said Rep. Emanuel Cleaver II (D-Mo.)",
    "said Brian Fallon, a spokesman". Returns token indexes [i, j).
    """
    if i >= len(toks):
        return None
    j = i
    while j < len(toks) and j - i < limit:
        tok = toks[j]
        if j > i and tok.raw.startswith("("):
            close = next((x for x in range(j, min(len(toks), j + 4)) if ")" in toks[x].raw), -1)
            if close >= 0:
                j = close + 1  # "Representative Brian Higgins (D., N.Y.) told": the bracket
                break  # ends the phrase, commas inside it or not
        if (
            j > i
            and tok.low == "for"
            and j + 1 < len(toks)
            and toks[j + 1].word[:1].isupper()
            and toks[j - 1].raw == toks[j - 1].word
            and toks[j - 1].word.rstrip("s") in lexicon.ORG_WORDS
        ):
            j += 1  # "according to the Centers for Disease Control": one body's name
            continue
        if j > i and tok.low == "for" and _office_for_a_name(toks, j):
            limit += 3  # "said Cuba’s Foreign Ministry chief for U.S. Affairs Josefina Vidal"
            j += 1
            continue
        if j > i and tok.low == "and" and _and_two_offices(toks, j):
            limit += 6  # "said longtime New Yorker political correspondent and former Carter
            j += 1  # speechwriter Hendrik Hertzberg": two offices, then the name
            continue
        if (
            j > i
            and tok.low in _CLAUSE_WORDS
            and tok.low not in ("of",)
            and not (tok.low == "and" and _and_in_title(toks, j))
        ):
            break
        if j > i and tok.low in ("who", "whose"):
            break  # "said Clapton who joined Guy and King": Clapton
        if j > i and tok.low == "of" and not _of_a_name(toks, j):
            break
        j += 1
        if _ends_clause(tok) or tok.raw.endswith(")"):
            break
    if j == i:
        return None
    return i, j


def _office_for_a_name(toks: list[_Tok], j: int) -> bool:
    """The "for" at ``toks[j]`` joins a lowercase office to its field, and a name ends the
    clause: "chief for U.S. Affairs Josefina Vidal" (capitalised words only, three or more)."""
    if not (toks[j - 1].word.islower() and toks[j - 1].low in _ROLE_WORDS):
        return False
    n = j + 1
    while n < len(toks) and n - j <= 6 and _is_name_word(toks[n]):
        n += 1
        if _ends_clause(toks[n - 1]):
            break
    return n - j - 1 >= 3 and (n == len(toks) or _ends_clause(toks[n - 1]))


def _described_before_and(toks: list[_Tok], a: int) -> int:
    """Where "the" opens a description of a person that ends in a lowercase office right before
    the "and" at ``toks[a]`` ("the billionaire businessman and ..."), or -1."""
    if a < 2 or not (toks[a - 1].word.islower() and toks[a - 1].low in _ROLE_WORDS):
        return -1
    if _ends_clause(toks[a - 1]):
        return -1
    for h in range(a - 2, max(-1, a - 5), -1):
        if toks[h].low == "the":
            return h
        if not toks[h].word.islower() or _ends_clause(toks[h]) or toks[h].low in _CLAUSE_WORDS:
            return -1
    return -1


def _and_two_offices(toks: list[_Tok], j: int) -> bool:
    """The "and" at ``toks[j]`` joins two offices of one person named after the second: a
    lowercase office before it, and after it a lowercase office, then two or three capitalised
    words that end the clause ("correspondent and former Carter speechwriter Hendrik
    Hertzberg.")."""
    if not (toks[j - 1].word.islower() and toks[j - 1].low in _ROLE_WORDS):
        return False
    for n in range(j + 1, min(len(toks), j + 5)):
        if toks[n].word.islower() and (
            toks[n].low in _ROLE_WORDS or toks[n].low.endswith(("er", "ist", "or", "ant"))
        ):  # ("speechwriter", "strategist", "consultant")
            names = toks[n + 1 : n + 4]
            k = 0
            while k < len(names) and _is_name_word(names[k]):
                k += 1
                if _ends_clause(names[k - 1]):
                    return k >= 2
    return False


def _and_in_title(toks: list[_Tok], j: int) -> bool:
    """The "and" at ``toks[j]`` joins the fields of a capitalised office: "Economic and Fiscal
    Policy Minister Heizo Takenaka" (an office's word follows within four words)."""
    return (
        toks[j - 1].word[:1].isupper()
        and not _ends_clause(toks[j - 1])
        and j + 1 < len(toks)
        and toks[j + 1].word[:1].isupper()
        and any(t.word[:1].isupper() and t.low in _ROLE_WORDS for t in toks[j + 1 : j + 5])
    )


def _of_a_name(toks: list[_Tok], j: int) -> bool:
    """The "of" at ``toks[j]`` goes on a title or name: "Secretary of State Condoleezza Rice",
    and after a capitalised office "Chancellor of the Exchequer Gordon Brown" (but "Smith of
    the BBC" ends at "Smith")."""
    if j + 1 < len(toks) and _is_name_word(toks[j + 1]):
        return True
    return (
        j + 2 < len(toks)
        and toks[j + 1].low == "the"
        and _is_name_word(toks[j + 2])
        and toks[j - 1].word[:1].isupper()
        and toks[j - 1].low in _ROLE_WORDS
    )


# Reporting verbs that "to" may follow and still report: "spoke to reporters", "wrote to".
_CUES_BEFORE_TO = _wordset(
    "spoke speak speaks speaking wrote write writes writing replied reply replies responded "
    "respond responds talked talk talks explained explain said say says told tell tells "
    "tweeted posted added complained complain complains"
)

_GO_ON = frozenset(("went", "goes", "go", "gone", "going"))


def _skip_adverbials(toks: list[_Tok], k: int) -> int:
    """The index the subject ends at, going back from the verb ``toks[k]`` over auxiliaries,
    adverbs and time phrases ("has also", "last week")."""
    j = k
    while j > 0:
        if (
            toks[j - 1].low in _ADVERB_OK
            and not _ends_clause(toks[j - 1])
            and not (toks[j - 1].word[:1].isupper() and j > 1 and toks[j - 2].low in HONORIFICS)
        ):
            j -= 1  # "has", "also", "would" ... but not the name of "Mrs May said"
        elif j > 1 and _time_phrase(toks[j - 2], toks[j - 1]):
            j -= 2  # "Ian Ayre, Liverpool's chief executive, last week said"
        elif (
            j > 2
            and toks[j - 1].low == "to"
            and (
                (toks[j - 2].low == "on" and toks[j - 3].low in _GO_ON)
                or toks[j - 2].low in ("continued", "continues", "proceeded", "proceeds")
            )
        ):
            j -= 3 if toks[j - 2].low == "on" else 2  # "The England coach went on to claim"
        elif (
            j > 1
            and len(toks[j - 1].word) > 4
            and toks[j - 1].word.endswith("ly")
            and toks[j - 1].word.islower()
            and not _ends_clause(toks[j - 1])
            and not _ends_clause(toks[j - 2])
            and (toks[j - 2].low in PRONOUNS or _is_name_word(toks[j - 2]))
        ):
            j -= 1  # "he bitterly said", "Smith later told" (not "the family said")
        else:
            break
    return j


def _place_continued(toks: list[_Tok], i: int) -> bool:
    """Whether the segment starting at ``toks[i]`` goes on a place: "..., 60, from Tynemouth,
    North Tyneside, said" (the county of the town just named, not the speaker)."""
    if i < 2 or not toks[i - 1].raw.endswith(","):
        return False
    j = i - 1
    while j > 0 and i - j < 5 and not toks[j - 1].raw.endswith((",", ".", ":", ";")):
        j -= 1
    # (the preposition opens its segment, a place's name after it: not "The leader of the
    # opposition Labour Party, Jeremy Corbyn, said", where the name is the apposition's)
    opens = j == 0 or toks[j - 1].raw.endswith((",", ".", ":", ";"))
    return (
        opens
        and toks[j].low in ("from", "in", "of", "near")
        and all(_is_name_word(t) for t in toks[j + 1 : i])
    )


def _reported_saying(toks: list[_Tok], k: int) -> bool:
    """After a passive cue at ``toks[k]``: "as saying" or "to have" and a verb of speech, which
    make the subject the speaker ("is reported as saying", "is alleged to have told")."""
    after = [t.low for t in toks[k + 1 : k + 4]]
    return after[:2] == ["as", "saying"] or (
        after[:2] == ["to", "have"] and len(after) == 3 and after[2] in _SPEECH_DONE
    )


# Verbs of speech after "to have" ("is alleged to have told").
_SPEECH_DONE = _wordset("said told added warned claimed declared insisted admitted")


def _opens_with_described_head(toks: list[_Tok], comma: int) -> bool:
    """Whether the tokens before ``toks[comma]`` (just after a comma) are a short noun phrase
    with a determiner that opens the sentence ("The club,"): not the last item of a list ("the
    Netherlands, Portugal and the Czech Republic, which all have troops ...")."""
    if comma == 0 or not toks[comma - 1].raw.endswith(","):
        return False
    h = comma - 1
    while h > 0 and comma - h < 4 and not toks[h - 1].raw.endswith((",", ".", ":", ";")):
        h -= 1
    opens = h == 0 or toks[h - 1].raw.endswith((".", ":", ";"))
    return opens and toks[h].low in ("the", "a", "an")


# A lawmaker's party and state between commas ("Nancy Pelosi, D-Calif., said").
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")

# Generational suffixes, written after a comma in American copy ("Paul L. Howard, Jr.").
_GENERATIONS = _wordset("jr jr. sr sr. ii iii iv")


def _phrase_backward(toks: list[_Tok], k: int, limit: int = 8) -> tuple[int, int] | None:
    """The subject phrase ending just before ``toks[k]`` (a cue verb): "Mr. Stoltenberg",
    "the campaign", "Smith, the governor,"(→ Smith), "he". Returns token indexes [i, k)."""
    j = _skip_adverbials(toks, k)
    if j == 0:
        return None
    generation = toks[j - 1].low in _GENERATIONS
    if (
        j >= 2
        and (
            generation
            or (
                _PARTY_TAG.fullmatch(toks[j - 1].word)
                and (toks[j - 1].raw.endswith(",") or toks[j - 1].raw == toks[j - 1].word)
            )  # (also with its closing comma left out: "Boehner, R-Ohio said")
        )
        and toks[j - 2].raw == toks[j - 2].word + ","
        and _is_name_word(toks[j - 2])
    ):
        # "District Attorney Paul L. Howard, Jr. said", "Speaker of the House Nancy Pelosi,
        # D-Calif., said": what follows the name's comma is the name's (a suffix, kept) or its
        # party and state (left out); read the name as if the comma were not there
        name = toks[j - 2]
        joined = _Tok(name.word, name.start, name.word)
        span = _phrase_backward([*toks[: j - 2], joined], j - 1, limit)
        return (span[0], j if generation else j - 1) if span is not None else None
    if j > 2 and toks[j - 1].raw.endswith(")") and not toks[j - 1].raw.startswith("("):
        opening = next((x for x in range(j - 2, max(-1, j - 4), -1) if toks[x].raw[:1] == "("), -1)
        if opening > 0 and _is_name_word(toks[opening - 1]):
            j = opening  # "Representative Brian Higgins (D., N.Y.) told": back over the bracket
    end = j
    # Appositives: "Smith, the governor of Ohio, said", "Jean-Marc Ayrault, the foreign minister
    # of France, a permanent member of the Security Council, said" -> back over each ", ... ,"
    # to the name; "Apple's chief executive, Tim Cook, called" -> the name is the appositive.
    segments = 0
    while _ends_clause(toks[end - 1]) and toks[end - 1].raw.endswith(","):
        i = end - 1
        steps = 0
        while i > 0 and steps < 30 and not toks[i - 1].raw.endswith((",", ".", ":", ";")):
            i -= 1
            steps += 1
        seg = toks[i:end]
        if seg[0].low == "which" and _opens_with_described_head(toks, i):
            end = i  # "The club, which has posted record losses, said": the relative clause
            break  # describes the subject that opens the sentence
        if (
            len(seg) <= 5
            and all(_is_name_word(t) or t.low in HONORIFICS for t in seg)
            and not (
                seg[0].low.endswith(("'s", "’s")) and seg[-1].low.strip(",") in _ROLE_WORDS
            )  # "Ian Ayre, Liverpool's Chief Executive, said": a role, not a name
            and not _place_continued(toks, i)  # "from Tynemouth, North Tyneside, said"
        ):
            break
        if (
            i == 0
            and segments
            and seg[0].low in ("the", "this")
            and len(seg) <= 4
            and toks[len(seg)].low == "by"
        ):
            break  # "The book, by journalist Robert Peston ..., said": the head opens the sentence
        segments += 1
        if not (i > 0 and toks[i - 1].raw.endswith(",")) or segments > 3:
            return None
        if seg[0].low not in _DETERMINERS and _is_name_word(seg[0]) and segments > 1:
            return None  # a list of names, not appositives
        end = i
        if _is_name_word(toks[end - 1]) and not _is_name_appositive(toks, end):
            break
    i = end
    named = False
    head_is_name = _is_name_word(toks[end - 1])  # "the New York businessman" is a description
    while i > 0 and end - i < limit:
        tok = toks[i - 1]
        if i < end and (_ends_clause(tok) or tok.raw in _DASHES):
            break  # (a dash: "SAN FRANCISCO (Reuters) - Alphabet Inc’s Google unit told")
        if (
            named
            and not _is_name_word(tok)
            and not (
                tok.low in _NAME_PARTICLES
                and tok.word.islower()
                and i >= 2
                and _is_name_word(toks[i - 2])
                and not _ends_clause(toks[i - 2])
            )
        ):
            break  # "Clinton campaign spokesman Brian Fallon" -> "Brian Fallon"
        named = named or (head_is_name and _is_name_word(tok) and tok.low not in HONORIFICS)
        if tok.low == "and" and i < end and toks[i].low not in _DETERMINERS:
            opening = _described_before_and(toks, i - 1)
            if opening >= 0:
                # "the billionaire businessman and Republican primary front-runner said": one
                # person described twice, the article before the first description
                i = opening
                break
        if (
            tok.low == "and"
            and i - 3 >= 0
            and 0 < end - i <= 2
            and toks[i - 3].low == "the"
            and toks[i - 2].word.isalpha()
            and toks[i - 2].word.islower()
            and not _ends_clause(toks[i - 2])
        ):
            i -= 3  # "the work and pensions minister has said": one office's two fields
            break
        if tok.low in _CLAUSE_WORDS and tok.low not in ("of",):
            break
        if tok.low == "of" and not (i - 2 >= 0 and toks[i - 2].word[:1].isupper()):
            if not (
                i - 3 >= 0
                and end - i <= 2
                and toks[i - 3].low == "the"
                and toks[i - 2].word.isalpha()
                and toks[i - 2].word.islower()
                and not _ends_clause(toks[i - 2])
            ):
                break
            i -= 3  # "the mother of three said": the description, not "three"
            break
        i -= 1
        if tok.low in PRONOUNS or tok.low in _DETERMINERS:
            break
    if i == end:
        return None
    for h in range(i + 1, end - 1):
        if (
            toks[h].low in HONORIFICS
            and toks[h].word[:1].isupper()
            and toks[h - 1].word.istitle()
            and len(toks[h - 1].word) > 1  # (not "John B. King": a surname after an initial)
        ):
            # "Speaking in Harrogate Mr Kennedy said": the place's comma left out; the name
            # starts at its title
            i = h
            break
    if (
        i >= 2
        and toks[i - 1].low in ("in", "at")
        and end - i <= 3
        and all(_is_name_word(t) for t in toks[i:end])
        and (toks[i - 2].word[:1].isupper() or toks[i - 2].low in _BODIES)
        and toks[i - 2].low not in HONORIFICS
        and not _ends_clause(toks[i - 2])
    ):
        # "The Foreign Ministry in Beijing said": the place qualifies the speaker.
        inner = _phrase_backward(toks, i - 1, limit)
        if inner is not None and inner[1] == i - 1:
            return inner
    if toks[i].low == "who":
        before_who = _name_before_relative(toks, i)
        if before_who is not None:
            return before_who
    head = _head_of_relative(toks, i)
    if head is not None:
        return head
    return _name_before_employer(toks, (i, end))


def _name_before_verb(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "..., board member Nicole Lederer, has said": the name that closes the appositive
    right before the verb (and its auxiliaries)."""
    j = _skip_adverbials(toks, k)
    if j < 1 or not toks[j - 1].raw.endswith(",") or not _is_name_word(toks[j - 1]):
        return None
    h = _name_start(toks, j)
    return (h, j) if j - h >= 2 else None


def _name_start(toks: list[_Tok], end: int, honorifics: bool = True) -> int:
    """Where the run of (at most four) name words ending at ``toks[end - 1]`` starts; a word
    that ends a clause stops it, except the run's own last word ("Lederer," before "has said")."""
    h = end
    while (
        h > 0
        and end - h < 4
        and _is_name_word(toks[h - 1])
        and (honorifics or toks[h - 1].low not in HONORIFICS)
    ):
        if h < end and _ends_clause(toks[h - 1]):
            break
        h -= 1
    return h


def _head_of_relative(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """ "The barrister who had represented Mr Martin had said": the name closes a relative
    clause, so the subject is the noun phrase before "who" (here nobody named)."""
    w = i - 1
    while w >= 0 and i - w <= 4 and not _ends_clause(toks[w]) and toks[w].low != "who":
        w -= 1
    if w < 1 or i - w > 4 or toks[w].low != "who" or _ends_clause(toks[w - 1]):
        return None
    h = w
    while h > 0 and w - h < 4 and not _ends_clause(toks[h - 1]):
        h -= 1
        if toks[h].low in _DETERMINERS:
            return h, w
    return None


def _name_before_relative(toks: list[_Tok], who: int) -> tuple[int, int] | None:
    """ "David Savidge, a former police officer who responded said": the clause "who ..." ends
    the appositive of the name before it, who speaks."""
    c = who - 1
    while c > 0 and who - c < 8 and not toks[c].raw.endswith(","):
        if _ends_clause(toks[c]):
            return None
        c -= 1
    if c < 1 or not toks[c].raw.endswith(",") or toks[c + 1].low not in _DETERMINERS:
        return None
    h = _name_start(toks, c + 1)
    return (h, c + 1) if c + 1 - h >= 1 and _is_name_word(toks[c]) else None


def _name_before_employer(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """ "Rebecca English of the Daily Mail recalled": the person named before "of the" (or
    "from", "at", "with") speaks, not the organisation the phrase found."""
    p = span[0]
    if (
        p >= 2
        and toks[p - 1].raw.endswith(",")
        and span[1] - p <= 4
        and toks[span[1] - 1].word in _ORG_WORDS
        and all(_is_name_word(t) for t in toks[p : span[1]])
    ):
        # "Colin Asplin, Blackpool Hotel Association said:": the person before the body's
        # name (its closing comma left out) speaks for it
        h = _name_start(toks, p, honorifics=False)
        if p - h >= 2 and (h == 0 or _ends_clause(toks[h - 1])):
            return h, p
    while p > 0 and toks[p - 1].low in ("the", "a", "an"):
        p -= 1
    if (
        p < 3
        or toks[p - 1].low not in _AFFILIATION
        or _ends_clause(toks[p - 2])
        or toks[p - 2].word in _ORG_WORDS  # "the Football Association of Wales": one body
        or toks[p - 2].word.removesuffix("s") in _BODIES_OF  # "British Chambers of Commerce"
    ):
        return span
    h = _name_start(toks, p - 1, honorifics=False)
    if p - 1 - h >= 2 and (h == 0 or not _is_name_word(toks[h - 1])):
        return h, p - 1
    return span


# Bodies that a place may qualify ("the Chinese embassy in London said").
_BODIES = _wordset("embassy consulate ministry government office police authorities mission")


# Lowercase nouns after a publication's name ("America's TV Guide magazine").
PUBLICATION_NOUNS = frozenset(
    ["magazine", "newspaper", "paper", "website", "journal", "tabloid", "weekly", "daily"]
)

# What "reads" a quotation: a text its author speaks through.
_READ_TEXTS = _wordset("statement letter note message notice communique communiqué website")

_INTRO = _wordset(
    "in on at during after before speaking asked meanwhile later earlier still however but and "
    "yet so writing responding addressing appearing then now also last this"
)


def _name_after_role(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """ "said its chairman, Sir Anthony Greener": the name in apposition, not the role; "said
    retail analyst Nick Bubb of Evolution Securities": the analyst, not his firm; "points out
    former Olympian and BBC pundit Steve Cram": two descriptions of one named person."""
    i, j = span
    if toks[i].low == "one" and i + 1 < len(toks) and toks[i + 1].low == "of":
        # "said one of the guests, Samuel R. Berger, who ...", "according to one of the
        # colony's top legal experts, Simon Young.": the name after the group
        for c in range(i + 2, min(len(toks) - 1, i + 12)):
            if _ends_clause(toks[c]):
                n = c + 1
                while n < len(toks) and n - c <= 4 and _is_name_word(toks[n]):
                    n += 1
                    if _ends_clause(toks[n - 1]):
                        break
                if toks[c].raw.endswith(",") and n - c >= 3:
                    return c + 1, n
                break
    if (
        j + 3 < len(toks)
        and toks[j].low == "and"
        and any(t.word.islower() for t in toks[i:j])  # a description, not a name ("Smith and")
    ):
        k = j + 1
        while (
            k < len(toks)
            and k - j <= 4
            and not (toks[k].word.islower() and toks[k].low in _ROLE_WORDS)
        ):
            k += 1  # the organisation's words ("BBC")
        if k < len(toks) and toks[k].word.islower() and toks[k].low in _ROLE_WORDS:
            n = k + 1
            while n < len(toks) and n - k <= 3 and _is_name_word(toks[n]):
                n += 1
            if n - k >= 3:  # a role, then a full name: "BBC pundit Steve Cram"
                return k + 1, n
    for of in range(i + 2, j - 1):
        if toks[of].low == "of" and toks[of + 1].word[:1].isupper():
            m = of
            while m > i and toks[m - 1].word[:1].isupper() and _is_name_word(toks[m - 1]):
                m -= 1
            if (
                of - m >= 2
                and m > i
                and toks[m - 1].word.islower()
                and toks[m - 1].word in _ROLE_WORDS
            ):
                return i, of  # (a role, a full name, "of", a body)
            if (
                m == i
                and 2 <= of - m <= 3
                and (toks[m].word in _GIVEN_NAMES or toks[of - 1].word in _SURNAMES)
            ):
                return i, of  # "explained Kazuhiro Takahashi of Daiwa Securities": the name
            if (
                m == i
                and 3 <= of - m <= 4
                and (toks[m].low in HONORIFICS or toks[m].low == "professor")
                and toks[m + 1].word in _GIVEN_NAMES
            ):
                return i, of  # "said Professor Stephen Yale-Loehr of Cornell Law School"
            break
    if not toks[j - 1].raw.endswith(","):
        return span
    if any(_is_name_word(t) for t in toks[i:j]) and not (
        toks[j - 1].word.islower() and toks[j - 1].word in _ROLE_WORDS
    ):
        return span  # (but "said EEF chief economist, Steve Radley": the role ends the span)
    k = j
    while k < len(toks) and k - j < 5 and (_is_name_word(toks[k]) or toks[k].low in HONORIFICS):
        k += 1
        if _ends_clause(toks[k - 1]):
            break
    if k > j and any(_is_name_word(t) and t.low not in HONORIFICS for t in toks[j:k]):
        return j, k
    return span


def _plausible_subject(words: list[_Tok]) -> bool:
    """A speaker phrase names someone, is a pronoun, or is a description ("the campaign")."""
    if not words or (len(words) == 2 and words[1].low in ("same", "opposite")):
        return False  # "when asked whether he would do the same again replied": an object
    return (
        words[0].low in PRONOUNS
        or words[0].low in _DETERMINERS
        or any(_is_name_word(t) for t in words)
    )


_OPENING_ADVERBS = _wordset(
    "shortly soon afterwards afterward finally eventually previously recently subsequently "
    "initially separately similarly ultimately overall instead moments minutes hours days "
    "later earlier meanwhile however nevertheless nonetheless yesterday rather"
)


def _participle_opening(toks: list[_Tok]) -> bool:
    """Whether the sentence opens with a participle's phrase ("Shivering in a floor-length
    dress, ...", "Speaking to reporters, ..."): a capitalised "-ing" word followed by a
    preposition or determiner (not "Manning, the quarterback," nor "Manning said")."""
    return (
        len(toks) > 2
        and toks[0].low.endswith("ing")
        and toks[0].word[:1].isupper()
        and not toks[0].raw.endswith(",")
        and (toks[1].low in _PREPOSITIONS or toks[1].low in _DETERMINERS)
    )


def _agent_before_colon(toks: list[_Tok]) -> tuple[int, int] | None:
    """ "posed by Brighton nurse Marion Brown:" right before an opening mark: the name after
    "by" (and a role or a place) that the colon closes."""
    if not toks or not toks[-1].raw.endswith(":"):
        return None
    e = len(toks)
    i = e
    while i > 0 and e - i < 4 and _is_name_word(toks[i - 1]) and toks[i - 1].low not in _ROLE_WORDS:
        i -= 1
    if e - i < 2:
        return None
    r = i
    while r > 0 and i - r < 3 and (toks[r - 1].low in _ROLE_WORDS or _is_name_word(toks[r - 1])):
        r -= 1
    return (i, e) if r > 0 and toks[r - 1].low == "by" else None


def _with_name_doing(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "with Maria Hutchings marching up to him, saying": the name after "with" that a
    participle follows, in the clause before the participle ``toks[k]``."""
    for j in range(k - 1, max(-1, k - 15), -1):
        if _ends_clause(toks[j]) and not toks[j].raw.endswith(","):
            return None
        if toks[j].low == "with":
            i = e = j + 1
            while e < k and e - i < 4 and _is_name_word(toks[e]):
                e += 1
            if e - i >= 2 and e < k and toks[e].low.endswith("ing"):
                return i, e
            if (
                e - i >= 2
                and e < k
                and toks[e - 1].raw.endswith(",")
                and toks[k - 1].raw.endswith(",")
                and toks[k].low.endswith("ing")
                and not any(t.low in ("and", "who", "which") for t in toks[e : k - 1])
            ):
                return i, e  # "with Jeremy Corbyn, leader of the Labour Party, describing"
            if (
                e - i >= 1
                and e + 1 <= k
                and toks[e].low in PUBLICATION_NOUNS
                and toks[e + 1].low.endswith("ing")
            ):
                return i, e + 1  # "with America's TV Guide magazine describing the series as"
            return None
    return None


def _affiliated_name(toks: list[_Tok], at: int) -> tuple[int, int] | None:
    """The name whose affiliation ("Dr Erel Avineri, of the Centre for Transport and Society
    at the University of the West of England in Bristol said") ends at the phrase starting at
    ``toks[at]``: a name closed by a comma, then "of"/"from"/"at", within 20 words and one
    clause."""
    for j in range(at - 1, max(0, at - 20), -1):
        if _ends_clause(toks[j - 1]) and not toks[j - 1].raw.endswith(","):
            return None
        if toks[j].low in ("of", "from", "at") and toks[j - 1].raw.endswith(","):
            end = j
            i = end
            while i > 0 and end - i < 4 and _is_name_word(toks[i - 1]):
                i -= 1
                if i < end - 1 and toks[i].raw.endswith(","):
                    break
            if i < end and end - i >= 2 and not any(t.raw.endswith(",") for t in toks[i : end - 1]):
                return i, end
            return None
        if toks[j].low in ("of", "from", "at") and all(
            (t.word.islower() or _is_name_word(t)) and not t.raw.endswith(",")
            for t in toks[j + 1 : at]
        ):
            # "Brett Lock of gay group Outrage said", "David Graham from the FDA's Office of
            # Drug Safety told", "Dr Mark Tuffy games systems director at digital content firm
            # THX told": a full name (and perhaps its role, its commas left out), "of", a
            # description of the body, its name, then the verb
            named = _name_before_affiliation(toks, j)
            if named is not None:
                return named
    return None


def _name_before_affiliation(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """The full name (a given name and a surname, perhaps after titles: "Lt Col Eric
    Schnaible") that ends right before ``toks[j]`` ("of", "from", "at"), or before a role in
    lowercase words that ends there ("Mark Tuffy games systems director at")."""
    r = j
    if toks[r - 1].word.islower() and toks[r - 1].low in _ROLE_WORDS:
        while r > 0 and j - r < 4 and toks[r - 1].word.islower() and not _ends_clause(toks[r - 1]):
            r -= 1
    if r < 2 or (toks[j].low == "at" and r == j):
        return None  # ("Tony Blair at Downing Street said": where, not whose)
    given, surname = toks[r - 2], toks[r - 1]
    if not (_is_name_word(given) and _is_name_word(surname)) or given.word not in _GIVEN_NAMES:
        return None
    if _ends_clause(given) or _ends_clause(surname):
        return None
    if r > 2 and _is_name_word(toks[r - 3]) and toks[r - 3].low not in HONORIFICS:
        return None
    return r - 2, r


_CLAUSE_OPENERS = _wordset("but while whereas although though")
_GIVEN_NAMES = _lexicon_set("GIVEN_NAMES")
_SURNAMES = _lexicon_set("SURNAMES")


# Words that open a clause whose subject an infinitive's cue belongs to.
_INFINITIVE_CLAUSES = _CLAUSE_OPENERS | _wordset("when after before as")


def _infinitive_introducer(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "when House Speaker John Boehner had the audacity to declare in a tribute, “…”": a cue
    after "to" that introduces the quoted words (a comma or colon ends the window, a few words
    after it) speaks for the subject of its clause; other infinitives ("the decision to
    announce the date") have none."""
    if len(toks) - k > 6 or not toks[-1].raw.endswith((",", ":")):
        return None
    if any(t.low in CUES or _ends_clause(t) for t in toks[k + 1 : -1]):
        return None
    c = _clause_opener(toks, k, lambda c: toks[c].low in _INFINITIVE_CLAUSES)
    span = _clause_subject(toks, c, k) if c >= 0 else _sentence_subject(toks, k)
    if span is None or not (_is_name_word(toks[span[1] - 1]) or toks[span[0]].low in PRONOUNS):
        return None
    return span


def _coordinated_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "Of course then-congressman Dick Cheney had voted against it, and he defended his
    position while running in 2000, telling ABC: “…”": the subject of the last clause joined
    by "and" or "but" before a participle, when the sentence's own subject is not found."""
    c = _clause_opener(
        toks,
        k,
        lambda c: (
            toks[c].low in ("and", "but")
            and toks[c - 1].raw.endswith(",")
            and toks[c + 1].low in _SUBJECT_PRONOUNS
        ),
    )
    return (c + 1, c + 2) if c >= 0 else None


def _last_clause_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The subject of the last clause opened by "but" (or "while", ...) before ``toks[k]``."""
    c = _clause_opener(toks, k, lambda c: toks[c].low in _CLAUSE_OPENERS)
    return _clause_subject(toks, c, k) if c >= 0 else None


def _clause_opener(toks: list[_Tok], k: int, opens: Callable[[int], bool]) -> int:
    """The last word before ``toks[k]`` (three back at least) that ``opens`` a clause, in the
    same sentence as ``toks[k]``; -1 if there is none."""
    c = next((c for c in range(k - 3, 0, -1) if opens(c)), -1)
    if c < 0 or any(_ends_clause(t) and t.raw[-1:] in ".!?;:" for t in toks[c:k]):
        return -1
    return c


def _clause_subject(toks: list[_Tok], c: int, k: int) -> tuple[int, int] | None:
    """The subject of the clause that ``toks[c]`` opens, read up to ``toks[k]``."""
    span = _sentence_subject(toks[c + 1 : k], k - c - 1)
    return (span[0] + c + 1, span[1] + c + 1) if span is not None else None


def _sentence_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The subject at the start of the sentence ``toks[:k]``: a name run, a pronoun, or "the X".

    An introductory phrase ending in a comma ("In a statement, ...") is skipped.
    """
    i = 0
    for d in range(min(k, 5)):
        # A dateline in capitals: "WASHINGTON -- President Obama, ...".
        if toks[d].raw in _DASHES and d > 0 and all(t.word.isupper() for t in toks[:d] if t.word):
            i = d + 1
            break
    if (
        i == 0
        and len(toks) > 1
        and toks[0].low in ("and", "but", "yet")
        and k > 1
        and toks[1].low not in _INTRO  # ("But in an interview with the FT, Mr Blair refused")
    ):
        i = 1  # "And the French international defender believes ..."
        if toks[1].low in _SUBJECT_PRONOUNS:
            return 1, 2
    if i == 0 and toks and toks[0].low in _SUBJECT_PRONOUNS:
        return 0, 1  # "He then defended the remark, saying, “…”"
    if (
        i == 0
        and toks
        and (
            toks[0].low in _INTRO
            or toks[0].low in _OPENING_ADVERBS  # "Shortly after collecting a trophy, Federer"
            or _participle_opening(toks)  # "Shivering in a floor-length dress, the actress"
            or not _is_name_word(toks[0])
            or _function_word(toks[0])
        )
    ):
        # Skip "On July 6, 2015," / "In a statement," / "With Democratic leaders increasingly
        # worried about ..., " to the clause's first word.
        named = False
        if (
            toks[0].low in _OPENING_ADVERBS
            and not toks[0].raw.endswith(",")
            and k > 1
            and _is_name_word(toks[1])
        ):
            named = True  # "Meanwhile Ms Hutt defended her record, saying": no comma after it
            i = 1
        first_comma = k
        for c in range(0 if i == 0 else k, min(k, 30)):
            if toks[c].raw.endswith(","):
                first_comma = min(first_comma, c)
                i = c + 1
                if i < k and (_is_name_word(toks[i]) or toks[i].low in PRONOUNS):
                    named = True
                    break
        if (
            not named
            and toks[0].low == "the"
            and not any(
                _is_name_word(t) and t.low.split("'")[0].split("’")[0] not in _CALENDAR_WORDS
                for t in toks[first_comma + 1 : k]
            )  # (but "..., with Charles Kennedy claiming": his words)
        ):
            i = 0  # "The EU sought to allay the airlines' fears, stressing ...": no opening phrase
    if i >= k:
        return None
    first = toks[i]
    if first.low in _SUBJECT_PRONOUNS:
        return i, i + 1
    j = i
    if first.low not in ("the", "a", "an") and _function_word(first):
        return None  # "After saying her foot was ...": no subject before the verb
    if first.low in ("the", "a", "an"):
        j += 1
        while j < k and not _is_cue(toks[j]) and not _ends_clause(toks[j - 1]):
            if j - i >= 5 and not (_is_name_word(toks[j]) and _is_name_word(toks[j - 1])):
                break  # (a long name goes on: "The China Three Gorges Project Corp could")
            if j - i >= 8:
                break
            if (
                not _is_name_word(toks[j])
                and (toks[j].low.endswith(("ed", "s")) or toks[j].low in _IRREGULAR_PAST)
                and j > i + 1
                and toks[j].low not in _ROLE_WORDS  # "the Australian-born actress stopped"
            ):
                break  # (and "The EU sought to allay ...")
            if toks[j].low in _ADVERB_OK or toks[j].low in _GO_ON or toks[j].low in _BE_FORMS:
                break  # "The England coach went on to claim", "The agency has ..."
            j += 1
        if j < k and toks[j - 1].low in _ROLE_WORDS and toks[j - 1].word.islower():
            n = j
            while n < k and n - j < 4 and _is_name_word(toks[n]) and not _ends_clause(toks[n - 1]):
                n += 1
            j = n  # "The agency's former chief executive Doug Smith quit ..., claiming": his
        return (i, j) if j > i + 1 else None
    bridged = False
    while j < k and j - i < 8:
        tok = toks[j]
        if _is_name_word(tok) or tok.low in HONORIFICS:
            j += 1
            if tok.word.endswith(("'s", "’s")) or tok.raw.endswith(("s'", "s’")):
                # "Hillary Clinton’s campaign manager Robby Mook": skip to the next name run
                # (also after a plural's mark: "Fox News' senior judicial analyst Judge ...").
                n = j
                while n < k and n - j < 4 and not _is_name_word(toks[n]):
                    n += 1
                if n < k and _is_name_word(toks[n]) and (n == j or toks[n - 1].low in _ROLE_WORDS):
                    i = j = n  # (but "Joe Biden’s campaign is urging Fox News": the campaign)
                    continue
                if bridged:
                    return None  # "candidate Gary Johnson’s doctor is calling ...": the doctor
                break
            if _ends_clause(tok):
                break
            continue
        if (
            j > i
            and tok.word.islower()
            and (tok.low in _ROLE_WORDS or tok.low in _BODY_KINDS)
            and not _ends_clause(toks[j - 1])
        ):
            # ("Advocacy group Free Press criticized ..., saying": the group's name)
            # "Durban author Arini Vlotman", "Snopes fact checker and staff writer David Emery":
            # an organisation, its lowercase role, then the name that is the subject.
            n = j + 1
            while n < k and n - j < 5 and (toks[n].low in _ROLE_WORDS or toks[n].low == "and"):
                n += 1
            if n < k and _is_name_word(toks[n]) and not _ends_clause(toks[n - 1]):
                j = n
                bridged = True
                continue
        if (
            j > i
            and tok.low in ("and", "of")
            and not _ends_clause(toks[j - 1])
            and _titled_name_follows(toks, j + 1, k)
        ):
            # "House Ways and Means Chairman Kevin Brady announced ..., saying": a committee's
            # name goes on past "and" to the title and name that are the subject
            j += 1
            continue
        break
    if (
        (bridged or any(t.word.islower() for t in toks[i:j]))
        and j < k
        and toks[j - 1].low.endswith("'s")
    ):
        return None  # "candidate Gary Johnson’s doctor": the doctor
    return (i, j) if j > i and any(_is_name_word(t) for t in toks[i:j]) else None


_ROLE_WORDS = _lexicon_set("ROLE_HEADS") | _lexicon_set("ROLE_MODIFIERS")


def _titled_name_follows(toks: list[_Tok], j: int, k: int) -> bool:
    """Capitalised words from ``toks[j]``, a capitalised title among them, then a name of two
    words before ``toks[k]`` ("Means Chairman Kevin Brady")."""
    n = j
    while n < k and n - j < 6 and _is_name_word(toks[n]) and not _ends_clause(toks[n]):
        n += 1
    if n < k and _is_name_word(toks[n]):
        n += 1  # (the last word of the run may carry the clause's comma)
    titles = [m for m in range(j, n) if toks[m].low in _ROLE_WORDS and toks[m].word[:1].isupper()]
    return bool(titles) and n - titles[-1] >= 3


# Lowercase kinds of body between a label and a body's name ("Advocacy group Free Press").
_BODY_KINDS = _wordset("group organization organisation charity watchdog coalition")

# Past tenses without "-ed" that end a subject ("The EU sought to ...").
_IRREGULAR_PAST = _wordset(
    "sought took made gave went came saw became began brought bought thought felt found held "
    "kept left lost met paid ran sent spent stood won hit cut led fell rose grew knew chose "
    "drew broke spoke struck sold"
)


_NON_PERSONAL = _wordset("it this which")


_SPEECH_NOUNS = _wordset(
    "claim claims assertion statement remark remarks promise pledge warning insistence "
    "suggestion comment comments argument contention allegation vow words accusation "
    "accusations assurance admission"
)


_SUBJECT_PRONOUNS = _wordset("he she they we i")
_PLACE_PREPS = _wordset("to on onto via into")


# Verbs that report speech whatever their subject ("It said the show could go ahead").
_SPEECH_VERBS = _wordset(
    "said says say told tells added adds stated states wrote writes argued argues insisted "
    "insists warned warns noted notes claimed claims announced announces reported reports"
)


_DASHES = frozenset(["--", "—", "–", "-", "―"])


# What someone writes or says, owned by them: "Trump's tweet calling her ...".
_UTTERANCES = _SPEECH_NOUNS | _wordset(
    "tweet tweets post posts message messages letter email e-mail column essay speech op-ed"
)


def _possessor(toks: list[_Tok], k: int) -> int:
    """Index of the capitalised name in the possessive right before ``toks[k]`` ("Trump's",
    or "Trump’s", which the tokenizer splits at the curly apostrophe), or -1."""
    j = k - 1
    if j >= 1 and toks[j].low == "s" and toks[j].start == toks[j - 1].end + 1:
        j -= 1
    elif j < 0 or not toks[j].raw.endswith(("'s", "’s")):
        return -1
    w = toks[j].word
    # "He’s claiming", "That's what": a contraction of "is", not a possessive.
    return j if w[:1].isupper() and w not in _STOPCAPS and toks[j].low not in PRONOUNS else -1


_PLACE_OF = _wordset(
    "from of at in"
)  # before what places a person (not _PLACE_PREPS: where words go)
_PLACES = _lexicon_set("PLACES") | _lexicon_set("COUNTRY_NAMES")
_ORG_WORDS = _lexicon_set("ORG_WORDS") | _lexicon_set("KNOWN_ORGS")
_BODIES_OF = _lexicon_set("BODIES_OF")


def _subject_before_participle(
    toks: list[_Tok], back: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Chuck Schumer, speaking on the Senate floor on Tuesday said": the phrase before the
    verb is where a participle placed the speaker; the name before the participle's comma
    speaks."""
    if back is None or back[0] < 3 or toks[back[0] - 1].low not in _PARTICIPLE_PLACES:
        return None
    for j in range(back[0] - 2, max(0, back[0] - 5), -1):
        if toks[j].low.endswith("ing") and toks[j - 1].raw.endswith(","):
            span = _phrase_backward(toks, j)
            if span is not None and span[1] == j and _is_name_word(toks[j - 1]):
                return span
            return None
        if _ends_clause(toks[j]):
            return None
    return None


_PARTICIPLE_PLACES = _wordset("on at in to from before")


def _head_before_places(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """ "Lauren Nel from Natural Justice in Cape Town says": the subject is the name before
    the phrases that place it (a known place or organisation after "from", "of", "at", "in"),
    when that name opens the sentence or a clause and is no title ("Secretary of State")."""
    words = " ".join(t.word for t in toks[span[0] : span[1]])
    if words not in _PLACES and not any(t.word in _ORG_WORDS for t in toks[span[0] : span[1]]):
        return span
    head = span
    for _ in range(3):
        i = head[0]
        if i < 2 or toks[i - 1].low not in _PLACE_OF or not _is_name_word(toks[i]):
            break
        prev = _phrase_backward(toks, i - 1, limit=4)
        if prev is None or prev[0] == prev[1] or not _is_name_word(toks[prev[1] - 1]):
            break
        head = prev
    if head == span:
        return span
    start = head[0]
    if toks[head[1] - 1].low in _ROLE_WORDS:
        return span  # "Secretary of State Colin Powell said in Berlin"
    if start == 0 or _ends_clause(toks[start - 1]):
        return head
    return span


def _appositive_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said": the name that opens
    the sentence is the subject of a cue that follows a run of comma-separated appositives.

    Only when the name ends in a comma, the cue follows a comma, and nothing in between ends a
    sentence or holds another reporting verb."""
    k = _skip_adverbials(toks, k)
    if k < 2:
        return None
    if not toks[k - 1].raw.endswith(","):
        return _unclosed_apposition(toks, k) or _unclosed_role_apposition(toks, k)
    span = _sentence_subject(toks, k)
    if span is None or span[1] >= k - 1 or not toks[span[1] - 1].raw.endswith(","):
        return _stray_comma_name(toks, k)
    if toks[span[0]].low in PRONOUNS or toks[span[0]].low in _DETERMINERS:
        return None
    if span[0] > 0 and not (
        toks[span[0] - 1].raw.endswith(",") or toks[span[0] - 1].raw in _DASHES
    ):
        return None
    for t in toks[span[1] : k]:
        if _is_cue(t) or (t.raw[-1:] in ".!?;:" and _ends_clause(t)):
            return None
    if toks[span[1] - 1].low in _ROLE_WORDS and (
        toks[span[1] - 1].word.islower()
        or all(t.low in _ROLE_WORDS for t in toks[span[0] : span[1]])
        or all(t.word[:1].isupper() for t in toks[span[0] : span[1]])  # "Scottish Finance
        # Minister, Tom McCabe MSP, said": a title in capitals
    ):
        # "James Hardie chairwoman, Meredith Hellicar, said", "..., Acting Detective Chief
        # Superintendent, Mick Deats, said": the role's holder, named in apposition, speaks.
        j = span[1]
        while j < k - 1 and not toks[j].raw.endswith(","):
            j += 1
        if j == k - 1 and j > span[1] and all(_is_name_word(t) for t in toks[span[1] : j + 1]):
            return (span[1], j + 1)
    return span


def _before_relative_clause(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "A spokesman for Reporters Without Borders, which tracks press freedom, described":
    the words that open the sentence up to a comma and a relative clause before ``toks[k]``."""
    for c in range(min(k - 1, 12)):
        if toks[c].raw.endswith(","):
            if toks[c + 1].low in ("which", "who", "whose"):
                return (0, c + 1)
            return None
    return None


# Texts their owner issues, named with a possessive before a relative clause that reports them.
_OWNED_DOCUMENTS = _wordset("submission statement report letter filing complaint lawsuit memo")


def _name_before_dashes(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The name before an aside set off by dashes that ends right before the cue at ``k``."""
    if k < 3 or toks[k - 1].word or toks[k - 1].raw not in _DASHES:
        return None
    j = next(
        (
            q
            for q in range(k - 2, max(0, k - 30), -1)
            if not toks[q].word and toks[q].raw in _DASHES
        ),
        -1,
    )
    if j < 1 or not _is_name_word(toks[j - 1]):
        return None
    if toks[j + 1].low in ("a", "an") and any(t.low in _BODY_KINDS for t in toks[j + 2 : k - 1]):
        return None  # "CB Richard Ellis - an international real estate company - told": a firm
    span = _phrase_backward(toks, j)
    return span if span is not None and span[1] == j else None


def _stray_comma_name(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:": a comma typed
    between the speaker's name and the verb, with no apposition opened before the name (then
    the run of capitalised words is the subject, as it is without the comma)."""
    i = k - 2
    while i >= 0 and _is_name_word(toks[i]) and not toks[i].raw.endswith((",", ".", ":", ";")):
        i -= 1
    if not _is_name_word(toks[k - 1]) or k - 1 - i < 2:
        return None  # (two capitalised words at least, the last of them before the comma)
    lead = 1 if not toks[0].word and toks[0].raw == "," else 0  # (”, shop owner X, told)
    if any(t.raw.endswith((",", ":", ";")) or t.raw in _DASHES for t in toks[lead : i + 1]):
        # "Tory MP Peter Luff, another co-chairman of Middle Way, said": the comma closes an
        # apposition opened before; its name is not the subject
        return None
    return (i + 1, k)


def _unclosed_apposition(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "Mark Serwotka, the leader of the Public and Commercial Services Union said:": an
    apposition whose closing comma the writer left out (an office, then its organisation's
    name) before the cue; the name that opens the sentence speaks, not the organisation."""
    if not _is_name_word(toks[0]):
        return None
    if k > 5 and toks[0].raw.endswith(",") and toks[0].low.rstrip(",") in _OPENING_ADVERBS:
        # "However, Matt Williams, a fund manager at Perpetual Trustees said": the same after
        # an opening adverb
        inner = _unclosed_apposition(toks[1:], k - 1)
        return (inner[0] + 1, inner[1] + 1) if inner is not None else None
    comma = next((i for i in range(min(k - 3, 6)) if toks[i].raw.endswith(",")), -1)
    if comma < 0 or not (
        toks[comma + 1].low in ("the", "a", "an")
        or (toks[comma + 1].word.islower() and toks[comma + 1].low in _ROLE_WORDS)
    ):
        return None  # (cheap tests first: most sentences have no such apposition)
    span = _sentence_subject(toks, k)
    if span is None or span[0] != 0 or span[1] >= k - 3 or not toks[span[1] - 1].raw.endswith(","):
        return None
    if not all(_is_name_word(t) for t in toks[span[0] : span[1]]):
        return None
    j = span[1]
    if toks[j].low in ("the", "a", "an"):
        j += 1  # (or none: "Howard Archer, economist at Global Insight said")
    role = j
    while (
        j < k
        and j - role < 4
        and toks[j].word.islower()
        and toks[j].low not in ("of", "at", "for")
        and not _ends_clause(toks[j])
    ):
        j += 1  # ("a fund manager at": the role's head last)
    if j == role or j >= k - 1 or toks[j].low not in ("of", "at", "for"):
        return None
    if toks[j - 1].low not in _ROLE_WORDS:
        return None
    rest = toks[j + 1 : k]
    if len(rest) >= 3 and rest[-1].low in _BODY_KINDS and _is_name_word(rest[-2]):
        rest = rest[:-1]  # "a spokesman for the Bush-Cheney campaign said:"
    if all(
        not t.raw.endswith(",") and (_is_name_word(t) or t.low in ("the", "and", "of", "&"))
        for t in rest
    ) and _is_name_word(rest[-1]):
        return span
    return None


# Lowercase nouns that may end a body's name in an apposition ("the Bush-Cheney campaign").
_BODY_KINDS = _wordset(
    "campaign party government ministry department union council committee company firm group "
    "team club agency commission association board"
)


def _unclosed_role_apposition(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "but Christoph Caselitz, president of the mobile networks division at the firm says
    that:": a name, a comma, a bare role and what it is of, its closing comma left out before
    the cue (the name may follow "but" or "and" in the sentence)."""
    comma = -1
    for i in range(k - 2, max(0, k - 16), -1):
        t = toks[i]
        if t.raw.endswith(","):
            comma = i
            break
        if _ends_clause(t) or _is_cue(t):
            return None
    if comma < 1:
        return None
    if not (toks[comma + 1].word.islower() and toks[comma + 1].low in _ROLE_WORDS):
        if not _body_then_role(toks, comma + 1, k):
            return None
    elif toks[comma + 2].low not in ("of", "at", "for") or (
        toks[k - 1].word[:1].isupper() and not _body_right_after(toks, comma + 3, k)
    ):
        return None  # (a name before the cue is a subject of its own: "..., of Acme, Bob said")
    h = _name_start(toks, comma + 1, honorifics=True)
    if not 2 <= comma + 1 - h <= 4 or any(toks[x].raw.endswith(",") for x in range(h, comma)):
        return None
    if h > 0 and not (toks[h - 1].low in ("but", "and") or toks[h - 1].raw.endswith(",")):
        return None
    return (h, comma + 1)


def _body_right_after(toks: list[_Tok], i: int, k: int) -> bool:
    """Whether ``toks[i:k]`` is one capitalised name (after "the"), the body a role is of:
    "Robert Kraft, owner of the New England Patriots said"."""
    if i < k and toks[i].low == "the":
        i += 1
    return 0 < k - i <= 5 and all(
        toks[x].word[:1].isupper() and not toks[x].raw.endswith(",") for x in range(i, k)
    )


def _body_then_role(toks: list[_Tok], i: int, k: int) -> bool:
    """Whether ``toks[i:k]`` is a body's name and a lowercase role ending right before the cue:
    "Plaid Cymru health spokesman" (in "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:")."""
    j = i
    while j < k and j - i < 3 and toks[j].word[:1].isupper() and not _ends_clause(toks[j]):
        j += 1
    if j == i or not 1 <= k - j <= 3:
        return False
    role = toks[j:k]
    return (
        all(t.word.islower() and not _ends_clause(t) for t in role) and role[-1].low in _ROLE_WORDS
    )


def _make(text: str, toks: list[_Tok], span: tuple[int, int], cue: str | None) -> Source | None:
    i, j = span
    words = toks[i:j]
    # "Rep. Gwen Moore (D-Wis.)": the party/state in brackets is not part of the name.
    for n, tok in enumerate(words):
        if tok.raw.startswith("(") and n > 0:
            words = words[:n]
            break
    # Prefer the last run of capitalised words that is a name ("Clinton campaign spokesman Brian
    # Fallon" -> "Brian Fallon" is resolved by the resolver; we keep the whole phrase here).
    start, end = words[0].start, words[-1].end
    if len(words) == 1 and words[0].low in PRONOUNS and len(words[0].low) < len(words[0].word):
        end = start + len(words[0].low)  # "He’s claiming": the pronoun without its contraction
    phrase = text[start:end].strip(_STRIP + " ")
    if not phrase:
        return None
    low = phrase.lower()
    if low == "it" and cue not in _SPEECH_VERBS:
        return None  # "it would tell an American story"; but "“…,” it said" is a body's words
    return Source(phrase, start, end, cue, pronoun=low in PRONOUNS)


# Texts issued in someone's name: "according to a statement from the ministry".
_ISSUED = _wordset("statement release report letter memo filing document communique post tweet")


_REPORT_NOUNS = _wordset("report study poll survey story analysis review investigation")


def _issuer_of_report_on(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int] | None:
    """ "An AP report on Comey and Mueller said they “…”": the names before the verb are what
    the report is about; the one named before the report issued it ("AP")."""
    j = span[0] - 1
    while j > 0 and span[0] - j < 8 and (_is_name_word(toks[j]) or toks[j].low == "and"):
        j -= 1  # (back over "Comey and")
    if j < 2 or toks[j].low not in ("on", "about") or toks[j - 1].low not in _REPORT_NOUNS:
        return None
    e = j - 1
    i = e
    while i > 0 and e - i < 4 and _is_name_word(toks[i - 1]) and not toks[i - 1].raw.endswith(","):
        i -= 1
    if i == e or (i > 0 and toks[i - 1].low not in ("a", "an", "the")):
        return None
    return i, e


def _document_owner(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """ "according to a statement from the Ministry of Education": the one who issued it."""
    i, j = span
    if j - i > 3 or toks[j - 1].low not in _ISSUED or toks[j - 1].raw.endswith((",", ".")):
        return span
    p = j
    if p < len(toks) and toks[p].low == "issued":
        p += 1
    if p + 1 < len(toks) and toks[p].low in ("from", "by", "of"):
        owner = _phrase_forward(toks, p + 1, limit=8)
        if owner is not None and any(_is_name_word(t) for t in toks[owner[0] : owner[1]]):
            return owner
    return span


# Words that open the reported clause after "X said": "said the economy had slowed".
_NEW_REPORT = _wordset(
    "that the a an his her its their it there he she they this these those why how whether what"
)

_ROLE_ACRONYMS = frozenset(["CEO", "CFO", "COO", "CTO", "MP", "MEP", "QC", "KC"])


def _reports_more(text: str, start: int, toks: list[_Tok], k: int) -> bool:
    """Whether the cue at ``toks[k]``, after a quotation that ended its sentence, opens a
    new report rather than attributing it: "said the economy had slowed", "told BBC News 24
    the latest success was" (but "told the paper." is the attribution's object)."""
    if text[start - 2 : start - 1] not in (".", "!", "?") and not (
        text[start - 2 : start - 1] in ("'", "’") and text[start - 3 : start - 2] in (".", "!", "?")
    ):  # (or a nested quotation closed after the stop: "... buy?'\" Colbert clarified that")
        return False
    if toks[k].raw[-1:] in (".", "!", "?") and toks[k].low in _PLAIN_SAYING:
        return False  # “…?” Mr Kashyap's lawyer Mihir Desai said. This is ...: it ends there
    j = k + 1
    if toks[k].low in ("told", "tells", "asked", "asks"):
        while (
            j < len(toks) and j - k <= 6 and (toks[j].word[:1].isupper() or toks[j].word.isdigit())
        ):
            j += 1
        if j == k + 1:
            return False  # "told the paper"
    if j < len(toks) and toks[j].low in _NEW_REPORT:
        # (but "blasted that night.", "said this week": a time, not the report's clause)
        return not (
            toks[j].low in ("that", "this")
            and j + 1 < len(toks)
            and toks[j + 1].low in _TIME_NOUNS
            and _ends_clause(toks[j + 1])
        )
    nxt = toks[j : j + 5]
    return (
        j == k + 1
        and bool(nxt)
        and nxt[0].word[:1].isupper()
        and nxt[0].low not in _CALENDAR_WORDS
        and any(t.raw.endswith(("'s", "’s")) or t.low in _CLAUSE_VERBS for t in nxt)
    )  # “….” Robin Cook said Lord Goldsmith's admission suggested ...


# Verbs of saying that are no noun ("claims" is): one that ends its sentence attributes.
_PLAIN_SAYING = _wordset("said says added adds")

# Words after "said" that date the saying ("said Tuesday"), and verbs that show a clause.
_CALENDAR_WORDS = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
_CLAUSE_VERBS = _wordset("was were is are had has have would could will did should must")


def _role_before_name(text: str, toks: list[_Tok], lead: int, name: int) -> bool:
    """ "the boy's father, Sean Walsh," / "her lawyer, John Smith,": a short role phrase with a
    determiner or possessive, then a comma, right before the name that speaks."""
    role = toks[lead:name]
    if not 2 <= len(role) <= 12 or not role[-1].raw.endswith(","):
        return False
    if any(_ends_clause(t) for t in role[:-1]):
        return False
    of = next((i for i, t in enumerate(role[:4]) if t.low == "of"), -1)
    # "the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter,": a role
    # of a body, however long its name; otherwise a short phrase ending in a lowercase word
    # or an acronym office ("Authenti-corp's CEO, Cynthia Musselman," told)
    role_of_body = of >= 1 and role[of - 1].word.islower() and role[of - 1].low in _ROLE_WORDS
    short_role = len(role) <= 7 and (
        role[-1].word.islower() or (role[-1].word.isupper() and role[-1].word in _ROLE_ACRONYMS)
    )
    first = role[0]
    # "Secretary of the Treasury, Steven Mnuchin said": a formal office of a body, no article
    formal = of == 1 and first.word[:1].isupper() and first.low in _ROLE_WORDS
    if formal:
        return True
    if not (role_of_body or short_role):
        return False
    # "one of them, Manoj Kumar," / "one of the runners, Manoj Kumar,": one of a group, named.
    return (
        first.low in _DETERMINERS
        or first.raw.endswith(("'s", "’s"))
        or (first.raw.endswith("s") and text.startswith(("’", "'"), first.start + len(first.raw)))
        # ("Jones’ spokesman, Sebastian Kitchen, said": the apostrophe alone after an s)
        or role[1].raw == "s"  # "Sweden’s": the curly apostrophe splits the token
        or (first.low == "one" and role[1].low == "of")  # (not "One in three women, ...")
    )


def _quoted_as(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "quoted an engineer as saying": the span of the one quoted, after ``toks[k]``."""
    if toks[k].low not in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
        return None
    for a in range(k + 2, min(len(toks) - 1, k + 10)):
        if _ends_clause(toks[a - 1]) and not toks[a - 1].raw.endswith(","):
            return None
        if toks[a].low == "as" and toks[a + 1].low == "saying":
            end = a
            while end > k + 1 and toks[end - 1].raw.endswith(","):
                # "quoted Smith, the minister, as saying" -> "Smith"
                start = end - 1
                while start > k + 1 and not toks[start - 1].raw.endswith(","):
                    start -= 1
                if start == k + 1:
                    break
                end = start
            return k + 1, end
    return None


_NEGATIONS = _wordset("not never n't")


# Objects of "says"/"said" that are never a speaker ("says a lot about", "said nothing").
_NOT_SPEAKERS = _wordset(
    "lot deal bit little much something nothing anything everything more less plenty enough"
)


# Words that open a participial clause before the sentence's subject ("After saying ...,").
_PARTICIPLE_OPENERS = _wordset("after before while when since upon without despite by in on")


def subject_after(text: str, start: int, end: int) -> Source | None:
    """The subject of the main clause that follows a participial opener and its quotation:
    ``,” she was whisked off`` / ``,” Thune left the chamber``. ``start`` is just after the
    closing mark, ``end`` the end of the sentence or paragraph. Only the words right after the
    comma that closes the opener count; anything else is no subject."""
    toks = _tokens(text, start, min(end, start + 200))
    c = 0
    if toks and not toks[0].word and toks[0].raw.startswith(","):
        c = 1  # ”, she
    elif text[max(0, start - 2) : start + 1].find(",") < 0:
        # The comma may stand inside the marks ("… swollen,” she): else, after a few words.
        for n, tok in enumerate(toks[:12]):
            if _ends_clause(tok):
                if not tok.raw.endswith(","):
                    return None
                c = n + 1
                break
        else:
            return None
    rest = toks[c:]
    if not rest:
        return None
    first = rest[0]
    if first.low in _SUBJECT_PRONOUNS:
        return _make(text, rest, (0, 1), None)
    span = _sentence_subject(rest, min(len(rest), 8))
    if span is None or span[0] != 0 or first.low in ("the", "a", "an"):
        return None
    return _make(text, rest, span, None)


def _negated(toks: list[_Tok], k: int) -> bool:
    """The cue at ``toks[k]`` is denied: "did not mention", "never said", "wouldn't say"."""
    for j in range(k - 1, max(-1, k - 3), -1):
        low = toks[j].low.replace("’", "'")
        if low in _NEGATIONS or low.endswith("n't") or (low == "t" and toks[j - 1].low[-1:] == "n"):
            return True
        if low not in _ADVERB_OK or _ends_clause(toks[j]):
            return False
    return False


def _cue_word(toks: list[_Tok], k: int) -> str:
    if toks[k].low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
        return "according to"
    return toks[k].low


_AFFILIATION = frozenset({"with", "of", "from", "at"})


def _person_with_org(toks: list[_Tok], lead: int, span: tuple[int, int]) -> tuple[int, int]:
    """ "Patrol Chief James Hall with the New York Police Department said": the speaker is the
    person before "with"/"of"/"from"/"at", not the organisation after it."""
    p = span[0]
    while p > lead and toks[p - 1].low in ("the", "a", "an"):
        p -= 1
    q = p  # ("Dr Mark Tuffy games systems director at digital content firm THX told")
    while q - 1 > lead and p - q < 4 and toks[q - 1].word.islower():
        if toks[q - 1].low in _AFFILIATION or _ends_clause(toks[q - 1]):
            break
        q -= 1
    if q - 1 <= lead or toks[q - 1].low not in _AFFILIATION:
        return span
    if (
        toks[q - 1].low == "of"
        and toks[q - 2].word[:1].isupper()
        and toks[q - 2].low in _ROLE_WORDS
        and not (q >= 3 and toks[q - 3].word in _GIVEN_NAMES)  # ("Peter King of New York")
    ):
        return span  # "U.S. Secretary of State Rex Tillerson said": a title, then the name
    head = toks[lead : q - 1]
    if q == p and 2 <= len(head) <= 6 and all(_is_name_word(t) for t in head):
        return (lead, q - 1)
    named = _name_before_affiliation(toks, q - 1)
    if named is not None and all(t.low in HONORIFICS for t in toks[lead : named[0]]):
        return named
    return span


# A call, plea or warning just before a quotation: "a call for him to “…” from Charles Kennedy".
_CALL_BEFORE = re.compile(
    r"\b(?:call|calls|plea|pleas|appeal|appeals|warning|warnings)\b(?![^.]*[.!?] )"
)


def _put_without_it(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is "put" with no "it" after it: "as she put it" reports words, "put
    pen to paper" and "had put the bank under pressure" do not."""
    return toks[k].low in ("put", "puts", "putting") and not (
        k + 1 < len(toks) and toks[k + 1].low in ("it", "it:", "it,")
    )


# Reporting verbs that, after a comma set outside the closing mark (British style), report the
# words before it: 'it “will rise toward 13,000”, predicted Morgan Stanley strategist Naoki
# Kamiyama'.
_VERBS_AFTER_COMMA = frozenset(["said", "says", "predicted", "predicts", "added", "adds"])


# Words that open a new sentence's subordinate or linked clause.
_NEW_SENTENCE_OPENERS = _wordset(
    "As When While After Before Although Though If Because Since But And Yet Meanwhile"
)


def _titled_words_before(text: str, close: int) -> bool:
    """Whether the quotation that closes just before ``close`` is a title in Title Case ("Face
    the Nation"): every word capitalised but the small ones."""
    lo = max(0, close - 200)
    opening = max(text.rfind('"', lo, close - 1), text.rfind("“", lo, close - 1))
    words = text[opening + 1 : close - 1].split() if opening >= 0 else []
    return bool(words) and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


_TITLE_SMALL_WORDS = frozenset("the of and a an in on for to at by with".split())  # noqa: SIM905


def source_after(text: str, start: int, end: int) -> Source | None:
    """Attribution right after a closing mark: ``, he said`` / ``said X`` / ``X said``.

    ``start`` is just after the closing mark, ``end`` the end of the search window (the end of the
    sentence or paragraph).
    """
    k = start
    while k < end and text[k] == " ":
        k += 1
    if text.startswith("(", k):
        return None  # "“…” (Current models say that ...)": the writer's aside, no attribution
    toks = _tokens(text, start, min(end, start + 160))
    if not toks:
        return None
    if text[start - 2 : start - 1] in (".", "!", "?") and toks[0].word in _NEW_SENTENCE_OPENERS:
        return None  # "“… our national security.” As Keilar continued to press Conway": a new
        # sentence's subordinate clause, no attribution of the words before it
    if (
        not toks[0].word
        and toks[0].raw == ","
        and len(toks) > 2
        and (
            (text[start - 2 : start - 1] in ("?", "!") and toks[1].low in CUES)
            or (toks[1].low in ("said", "says") and toks[2].low in ("its", "his", "her", "their"))
            or (toks[1].low in _VERBS_AFTER_COMMA and _is_name_word(toks[2]))
        )
    ):
        # “… the Inuit?”, implored campaigner Barry Lim: a comma after "?"; '“hardly changed
        # at all”, said its chief executive, Sir Howard Newby': the comma after a partial one
        toks = toks[1:]
    elif toks[0].raw in ("in", "on", "during") and len(toks) > 4:
        # '“It takes Colorado completely off the map” in the primary season, Ryan Call, a
        # former state GOP chairman, told the paper': a short adjunct, then who said it
        comma = next((j for j in range(1, min(len(toks) - 2, 7)) if toks[j].raw.endswith(",")), -1)
        if (
            comma > 0
            and _is_name_word(toks[comma + 1])
            and not any(t.low in CUES for t in toks[:comma])
            and not _titled_words_before(text, start)  # 'CBS' "Face the Nation" on Sunday, ...'
        ):
            toks = toks[comma + 1 :]
    elif text[start - 2 : start - 1] == "," and len(toks) > 3 and toks[0].low in ("the", "a"):
        # 'a “huge sigh of relief on Constitution Avenue,” the site of the Fed’s headquarters,
        # said Torsten Slok': an apposition to the quoted words, then who said them
        for j in range(1, min(len(toks) - 2, 14)):
            if toks[j].low in CUES:
                break
            if toks[j].raw.endswith(","):
                if toks[j + 1].low in ("said", "says") and _is_name_word(toks[j + 2]):
                    toks = toks[j + 1 :]
                break
    if (
        toks[0].low in CUES
        and toks[0].low not in _NAMING_CUES
        and not (  # “…,” Read said: a surname that is also a reporting verb
            toks[0].word[:1].isupper()
            and len(toks) > 1
            and toks[1].low in CUES
            and not _ends_clause(toks[0])
        )
    ):
        if toks[0].word[:1].isupper() and text[start - 2 : start - 1] in (".", "!", "?"):
            return None  # “… them.” Asked if he was appointed ...: a new sentence's participle
        if toks[0].raw == toks[0].word and len(toks) > 1 and toks[1].low in _PREPOSITIONS:
            return None  # "against “false” claims about its product": a noun, not a verb
        if toks[0].low.endswith("ing"):
            # 'He said it was “balanced,” adding it would ...': the participle's subject is the
            # clause's before the marks; the words after it are what was added.
            return None
        span = _phrase_forward(toks, 1)
        if span and any(t.low in _NOT_SPEAKERS for t in toks[span[0] : min(span[1], span[0] + 3)]):
            return None  # "“…” says a lot about the company": an object, not a speaker
        if span:
            return _make(text, toks, _name_after_role(toks, span), toks[0].low)
        return None
    if toks[0].low in ("points", "pointed") and len(toks) > 2 and toks[1].low == "out":
        # "“…,” points out former Olympian and BBC pundit Steve Cram"
        span = _phrase_forward(toks, 2)
        return _make(text, toks, _name_after_role(toks, span), "pointed out") if span else None
    if (
        toks[0].low == "from"
        and len(toks) > 2
        and _is_name_word(toks[1])
        and _CALL_BEFORE.search(text, max(0, start - 90), start) is not None
    ):
        # "despite a call for him to “pause for thought” from Charles Kennedy": who called
        span = _phrase_forward(toks, 1, limit=4)
        if span is not None and all(_is_name_word(t) for t in toks[span[0] : span[1]]):
            return _make(text, toks, span, "from")
    if toks[0].low == "according" and len(toks) > 2 and toks[1].low == "to":
        span = _phrase_forward(toks, 2)
        span = _name_after_role(toks, span) if span else None
        span = _document_owner(toks, span) if span else None
        return _make(text, toks, span, "according to") if span else None
    if (
        toks[0].raw == "per"
        and len(toks) > 1
        and (_is_name_word(toks[1]) or (toks[1].low == "the" and len(toks) > 2))
    ):
        # '“…,” per NPR', '“…,” per the New York Times': "according to", as some outlets write
        span = _phrase_forward(toks, 1, limit=6)
        span = _document_owner(toks, span) if span else None
        return _make(text, toks, span, "according to") if span else None
    verdict = _verdict_of(toks)
    if verdict is not None:
        span = _phrase_forward(toks, verdict)
        return _make(text, toks, span, toks[verdict - 2].low) if span else None
    if toks[0].word in ("—", "―", "–", "-", "--") or toks[0].raw[:1] in "—―–":
        # "“…” ― Jorge Falcon": a signature after a dash.
        span = _phrase_forward(toks, 1 if not toks[0].word else 0, limit=6)
        if span and any(_is_name_word(t) for t in toks[span[0] : span[1]]):
            src = _make(text, toks, span, None)
            if src is not None:
                src.signature = True
            return src
        return None
    author = _statement_author(toks)
    if author is not None:
        return _make(text, toks, author[0], author[1])
    # "X said" / "Clinton campaign spokesman Brian Fallon said" / "he told reporters".
    for k in range(1, min(len(toks), 14)):
        if (
            toks[k].low in CUES
            and toks[k].low not in _NAMING_CUES
            and toks[k - 1].low not in _DETERMINERS
        ) or (
            # “…,” he remarks / she notes / he counters: after a pronoun, a verb
            k <= 2
            and toks[k].low in _NOUNISH
            and toks[k - 1].low in _SUBJECT_PRONOUNS
            and toks[k].low.endswith("s")
        ):
            if _put_without_it(toks, k):
                continue  # “….” O'Leary put pen to paper: "put" reports only as "put it"
            if toks[k - 1].low in _BE_FORMS:
                # “…” Graeme Souness is said to have been impressed (hearsay); “…” Keegan is
                # expected to be told (a passive): no one is named saying these words; but
                # “…,” Mr Kapor is reported as saying (or "is alleged to have told"): he is.
                if _reported_saying(toks, k) and k >= 2:
                    span = _phrase_backward(toks, k - 1)
                    if span is not None:
                        return _make(text, toks, span, toks[k].low)
                return None
            quoted = _quoted_as(toks, k)
            if quoted is not None:
                return _make(text, toks, quoted, toks[k].low)
            if toks[k].raw.endswith(":") and text[start - 2 : start - 1] in (".", "!", "?"):
                return None  # “….” Collins said: “…”: the colon introduces the next words
            if _reports_more(text, start, toks, k):
                # “… considerably.” CBI chief economist Ian McCafferty said the economy had
                # slowed: a new sentence reporting something else, not these words.
                return None
            dashed = _dashed_apposition(toks, k)
            if dashed is not None:
                # “…,” Andrei Illarionov - then economic adviser to President Vladimir Putin -
                # told: the name before the dashes speaks, not the one inside them.
                return _make(text, toks, dashed, toks[k].low)
            span = _phrase_backward(toks, k)
            lead = 1 if not toks[0].word and toks[0].raw == "," else 0  # ”, the Herald said
            if (
                span is not None
                and span[0] > lead
                and toks[k].low in ("said", "says", "added", "adds")
                and toks[lead].word[:1].islower()  # the quoted words' sentence goes on
                and toks[lead].low not in _DETERMINERS  # (not "the new chair of ..., X, says")
                and not _ends_clause(toks[k])
                and toks[k - 1].raw.endswith(",")
                and k + 1 < len(toks)
                and _is_name_word(toks[k + 1])
            ):
                # 'the “first real national security Democrat” since President John F.
                # Kennedy, said James M. Goldgeier': the name after the verb its comma inverts
                # speaks, not one the quoted words' sentence went on to name
                after = _phrase_forward(toks, k + 1)
                if after is not None:
                    return _make(text, toks, _name_after_role(toks, after), toks[k].low)
            if span is None and k >= 2 and toks[k - 1].raw.endswith(","):
                span = _stray_comma_name(toks, k)  # “…,” shop owner Hayriye Evren, told AP
            if (
                span is None
                and toks[k - 1].word in _MONTH_SURNAMES
                and not _ends_clause(toks[k - 1])
                and (k == 1 or (k == 2 and not toks[0].word))
            ):
                span = (k - 1, k)  # “…,” May told reporters: a surname, no month, before a verb
            if span and any(t.low in _CLAUSE_BREAKS for t in toks[lead + 1 : span[0]]):
                # “such a rush” to introduce the bill when Mr Clarke had indicated ...: a
                # subordinate clause's subject, not who said the words (but “…” though
                # Schoenig told KSDK: an adverb right after the mark)
                break
            if (
                span
                and span == (0, 1)
                and toks[0].word.islower()
                and toks[0].low not in PRONOUNS
                and text[start - 2 : start - 1] not in (",", ".", "!", "?")
            ):
                return None  # 'over a “campaign of illegal ...” tax claims': a noun after it
            if span and not any(_ends_clause(t) for t in toks[lead : span[0]]):
                return _make(text, toks, _person_with_org(toks, lead, span), toks[k].low)
            if (
                span
                and span[0] - lead >= 2
                and (
                    toks[span[0]].low in ("a", "an", "the")
                    or (  # ("Eric Abensur, Wanadoo's chief executive told")
                        toks[span[0]].low.endswith(("'s", "’s"))
                        and toks[span[1] - 1].low in _ROLE_WORDS
                    )
                )
                and toks[span[0] - 1].raw.endswith(",")
                and all(_is_name_word(t) for t in toks[lead : span[0]])
                and not any(t.raw.endswith(",") for t in toks[lead : span[0] - 1])
            ):
                # “…,” Michael Lamberty, a Lufthansa spokesman told the BBC: the name before
                # an apposition whose closing comma was left out speaks
                return _make(text, toks, (lead, span[0]), toks[k].low)
            if span and _role_before_name(text, toks, lead, span[0]):
                # “…,” the boy's father, Sean Walsh, said: the name in apposition speaks.
                return _make(text, toks, span, toks[k].low)
            break
        if _ends_clause(toks[k - 1]) and toks[k - 1].raw[-1:] in ".!?;:":
            return None
    final = _final_attribution(toks)
    if final is not None:
        return _make(text, toks, final[0], final[1])
    # "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
    # EPA, said": a name, then appositives between commas, then the cue.
    r0 = 1 if not toks[0].word and toks[0].raw == "," else 0  # ”, Rabbi Marvin Hier, ...
    r = r0
    while (
        r < len(toks)
        and r - r0 < 6
        and (
            _is_name_word(toks[r])
            or toks[r].low in HONORIFICS
            or (_particle(toks, r) and r > r0)  # "Erik van Sebille"
        )
    ):
        r += 1
        if toks[r - 1].raw.endswith(","):
            break
    if r > r0 and toks[r - 1].raw.endswith(",") and any(_is_name_word(t) for t in toks[r0:r]):
        # The appositive is a description ("a physical oceanographer at ..."), so a missing
        # closing comma before a plain reporting verb is a slip, not a new clause.
        described = r < len(toks) and (
            toks[r].low in ("a", "an", "the")
            or toks[r].low in _AFFILIATION  # ", from the Consumer Electronics Association (CEA)"
            or (toks[r].word.islower() and toks[r].word in _ROLE_WORDS)  # ", head of Preventon"
        )
        for k in range(r, min(len(toks), 32)):
            if _ends_clause(toks[k - 1]) and toks[k - 1].raw[-1:] in ".!?;:":
                return None
            if toks[k].low in CUES and (
                toks[k - 1].raw.endswith(",")
                or toks[k].raw.endswith((".", ".”"))
                or (described and toks[k].low in _SPEECH_VERBS and k > r + 1)
            ):
                if _reports_more(text, start, toks, k):
                    return None  # “….” Leigh, who ..., told BBC News the success was ...
                # "..., Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said."
                return _make(text, toks, (r0, r), toks[k].low)
    if r > r0 + 1 and r < len(toks) and toks[r].low in _AFFILIATION:
        # "“…,” Kirsten Pfeifer from the Consumer Electronics Association, told the BBC": the
        # name, then the body she speaks for, then the cue.
        for k in range(r + 2, min(len(toks), r + 10)):
            if _ends_clause(toks[k - 1]) and toks[k - 1].raw[-1:] in ".!?;:":
                break
            if toks[k].low in CUES and toks[k - 1].raw.endswith(","):
                return _make(text, toks, (r0, r), toks[k].low)
    return None


def _statement_author(toks: list[_Tok]) -> tuple[tuple[int, int], str] | None:
    """ "“…,” a statement issued on behalf of Robert Zoellick, US Trade Representative, said":
    the person or body a statement is from (after "on behalf of", "from" or "by") speaks.
    Returns the span of the name and the reporting verb."""
    if len(toks) < 5 or toks[0].low not in ("a", "the") or toks[1].low not in _READ_TEXTS:
        return None
    hi = min(len(toks) - 1, 8)
    for a in range(2, hi):
        if _ends_clause(toks[a - 1]):
            hi = a  # (the statement's own phrase ends at the first clause break)
            break
    author = _author_in(toks, 2, hi, len(toks))
    if author is None:
        return None
    for k in range(author[1], min(len(toks), author[1] + 8)):
        if toks[k].low in _SPEECH_VERBS:
            return author, toks[k].low
        if toks[k].raw[-1:] in ".!?;:":
            return None
    return None


def _author_in(toks: list[_Tok], lo: int, hi: int, end: int) -> tuple[int, int] | None:
    """The name after the first "from", "by" or "on behalf of" among ``toks[lo:hi]`` that a
    name follows ("a statement from Chelsea", "issued on behalf of Robert Zoellick,"): up to
    four name words, to a comma, before ``end``."""
    for a in range(lo, hi):
        if toks[a].low in ("from", "by") or (toks[a].low == "of" and toks[a - 1].low == "behalf"):
            i = e = a + 1
            while e < end and e - i < 4 and _is_name_word(toks[e]):
                e += 1
                if toks[e - 1].raw.endswith(","):
                    break
            if e > i:
                return i, e
    return None


def _dashed_apposition(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The name opening ``toks`` when an apposition set off by dashes stands between it and the
    cue at ``k`` ("Andrei Illarionov - then economic adviser to ... - told"), else None."""
    if k < 4 or toks[k - 1].word or toks[k - 1].raw not in _DASHES:
        return None
    r = 0
    while r < k and r < 5 and (_is_name_word(toks[r]) or toks[r].low in HONORIFICS):
        r += 1
    if r == 0 or not any(_is_name_word(t) for t in toks[:r]):
        return None
    if r >= k - 2 or toks[r].word or toks[r].raw not in _DASHES:
        return None
    return (0, r)


# "“…,” is the dry assessment of Graham Lane": the words are someone's view, named after it.
_VERDICT_NOUNS = _wordset(
    "assessment verdict view opinion warning message conclusion advice response reaction "
    "prediction judgement judgment diagnosis"
)


def _verdict_of(toks: list[_Tok]) -> int | None:
    """Where the speaker's phrase starts after "is the (adjective) verdict of", if it does."""
    if len(toks) < 5 or toks[0].low not in ("is", "was") or toks[1].low != "the":
        return None
    for k in range(2, min(5, len(toks) - 2)):
        if toks[k].low in _VERDICT_NOUNS and toks[k + 1].low == "of":
            return k + 2
        if not toks[k].word.islower():
            return None
    return None


# Lower-case words inside names: "Erik van Sebille", "Ursula von der Leyen", "Osama bin Laden".
_NAME_PARTICLES = _wordset(
    "van von der den de del della dal dalla da di du la le bin ibn al el ter ten dos"
)


def _particle(toks: list[_Tok], r: int) -> bool:
    """A name particle between two capitalised words of the same name."""
    if toks[r].low not in _NAME_PARTICLES or not toks[r].word.islower():
        return False
    if toks[r - 1].raw.endswith(","):
        return False
    n = r + 1
    while n < len(toks) and n - r < 3 and toks[n].low in _NAME_PARTICLES:
        n += 1
    return n < len(toks) and _is_name_word(toks[n])


def sentence_subject(text: str, start: int, end: int) -> Source | None:
    """The subject that opens the sentence [start, end) (a name run, a pronoun or "the X"), for
    a quotation with no reporting verb in the middle of it."""
    toks = _tokens(text, start, min(end, start + 300))
    if not toks:
        return None
    span = _sentence_subject(toks, len(toks))
    return _make(text, toks, span, None) if span is not None else None


def _final_attribution(toks: list[_Tok]) -> tuple[tuple[int, int], str] | None:
    """The attribution closing the sentence a quotation stands in (``…, Warren said.``)."""
    end = None
    for k, tok in enumerate(toks[:40]):
        if (
            tok.raw[-1:] in ".!?"
            or (tok.raw[-1:] == ":" and tok.low in CUES)
            or (tok.raw[-1:] == "," and tok.low in CUES and k == len(toks) - 1)
        ) and _ends_clause(tok):
            # ("..., Rubin said: Iran has already ...": the colon ends it too; so does the comma
            # before the next quotation's mark: '"…" to address the crisis, she said, "and …"')
            end = k
            break
    if end is None:
        return None
    comma = None
    for k in range(end - 1, max(-1, end - 8), -1):
        if toks[k].raw.endswith(","):
            comma = k
            break
    if comma is None:
        return None
    seg = toks[comma + 1 : end + 1]
    for c, tok in enumerate(seg[:7]):
        if tok.low in CUES and c > 0:
            span = _phrase_backward(toks, comma + 1 + c)
            if span is None:
                return None
            before = toks[comma + 1 : span[0]]
            if (
                not before
                or (len(before) == 1 and before[0].low == "the")
                or (
                    len(before) <= 3
                    and all(t.word.islower() for t in before)
                    and before[-1].low in _ROLE_WORDS
                )  # "..., lead singer Gary Lightbody has said."
                or (
                    len(before) <= 4
                    and all(t.word[:1].isupper() or t.low in ("of", "and") for t in before)
                    and any(t.low in _ROLE_WORDS for t in before)
                )  # "..., Secretary of State Rex Tillerson said.": a title
            ):
                lead = 1 if not toks[0].word and toks[0].raw == "," else 0
                if (
                    not before
                    and toks[span[1] - 1].word.islower()
                    and toks[span[1] - 1].low in _ROLE_WORDS
                    and 2 <= comma + 1 - lead <= 4
                    and all(_is_name_word(t) for t in toks[lead : comma + 1])
                ):
                    # "“…,” Armando Falcon, OFHEO director said.": the name before the role
                    # whose closing comma was left out
                    return (lead, comma + 1), tok.low
                return span, tok.low
            return None
    return None


_WHAT_NAMING = _wordset(
    "call calls called calling term terms termed dub dubs dubbed label labels labelled labeled"
)


_WHAT_AS = _wordset(
    "describe describes described describing characterize characterizes characterized "
    "characterise characterises characterised see sees saw refer refers referred"
)


def _what_names(toks: list[_Tok]) -> tuple[tuple[int, int], str] | None:
    """ "what Taylor calls “mini-cycles”", "what she described as “a witch hunt”": the words are
    the name someone gives a thing, and that someone is the subject of the relative clause."""
    v = len(toks) - 1
    if v < 2:
        return None
    if toks[v].low == "as" and toks[v - 1].low in _WHAT_AS:
        v -= 1
    elif toks[v].low not in _WHAT_NAMING:
        return None
    for w in range(v - 1, max(-1, v - 7), -1):
        if _ends_clause(toks[w]):
            return None
        if toks[w].low == "what":
            words = toks[w + 1 : v]
            while words and words[-1].low in _ADVERB_OK:
                words = words[:-1]
            lead = 0
            while (
                lead < len(words) - 1
                and words[lead].word.islower()
                and words[lead].low in _ROLE_WORDS
            ):
                lead += 1  # "what coach Jason Garrett calls": the name after the role
            if words and (words[lead].low in PRONOUNS or _is_name_word(words[lead])):
                return (w + 1 + lead, w + 1 + len(words)), toks[v].low
            return None
    return None


_REFERRING = _wordset("referred refers referring")


def _referred_to(toks: list[_Tok]) -> tuple[tuple[int, int], str] | None:
    """ "said Blumenthal referred to Gates as “a mean, vicious little”", "quoted Blumenthal
    referring to Donilon's “babbling rhetoric”": whoever refers to someone is the one quoted,
    not the subject of the reporting verb further back."""
    for w in range(len(toks) - 1, max(0, len(toks) - 10), -1):
        if (_ends_clause(toks[w]) and toks[w].raw[-1:] in ".;:!?") or toks[w].raw[:1] == "(":
            return None  # (a parenthesis opens its own clause: '"Obama" (he "left ... out")')
        if (
            w + 1 < len(toks)
            and toks[w].low in _REFERRING
            and toks[w + 1].low == "to"
            and toks[w - 1].low not in _BE_FORMS
        ):
            span = _phrase_backward(toks, w, limit=4)
            if span is not None and _is_name_word(toks[span[1] - 1]):
                return span, toks[w].low
            return None
    return None


def _agent_by(toks: list[_Tok], i: int) -> int:
    """Index of the "by" that makes the phrase at ``toks[i]`` an agent ("chaired by Palestinian
    leader Yasser Arafat"), or -1."""
    j = i - 1
    while j >= 0 and i - j <= 4 and not _ends_clause(toks[j]):
        if toks[j].low == "by":
            return j
        if toks[j].low in CUES or toks[j].low in _CLAUSE_WORDS:
            return -1
        j -= 1
    return -1


_TELLING = _wordset("tell tells told telling")
_LISTENER_VERBS = _wordset("told warned advised assured reminded urged informed")


_BE_FORMS = _wordset("was were been being is are be get got gets")


def _passive_agent(text: str, toks: list[_Tok], k: int) -> Source:
    """The agent of a passive reporting verb ("was told by the coach that"), or an empty source
    that says the sentence's subject is not the speaker."""
    for b in range(k + 1, min(len(toks), k + 3)):
        if toks[b].low == "by":
            span = _phrase_forward(toks, b + 1, limit=6)
            src = _make(text, toks, span, toks[k].low) if span else None
            if src is not None:
                return src
            break
        if _ends_clause(toks[b]):
            break
    return Source("", toks[k].start, toks[k].start, toks[k].low)


def source_before(text: str, start: int, end: int) -> Source | None:
    """Attribution before an opening mark, in the same sentence: the cue nearest the quotation.

    ``start`` is the start of the sentence (or the end of the previous quotation), ``end`` the
    opening mark.
    """
    toks = _tokens(text, max(start, end - 300), end)
    if not toks:
        return None
    last = toks[-1]
    if len(toks) > 1 and not last.word and last.raw[:1] in "—―–-":
        # "the former candidate Mitt Romney -- “…": the name right before the dash.
        span = _phrase_backward(toks, len(toks) - 1, limit=5)
        if (
            span
            and _is_name_word(toks[span[1] - 1])
            and not (span[0] > 0 and toks[span[0] - 1].low in _PREPOSITIONS)
            and not (
                span[0] > 0
                and toks[span[0] - 1].low in _OBJECT_CUES
                and not _ends_clause(toks[span[0] - 1])
            )  # "asked the crowd to welcome the governor - “…”": an object, not a speaker
        ):
            return _make(text, toks, span, None)  # but not "supportive of Mr. Trump -- “…”"
    agent = _agent_before_colon(toks)
    if agent is not None:
        # "the question posed by Brighton nurse Marion Brown: “…”": the agent asks it.
        return _make(text, toks, agent, "by")
    named = _what_names(toks) or _referred_to(toks)
    if named is not None and toks[named[0][0]].low not in _NON_PERSONAL:
        src = _make(text, toks, named[0], named[1])
        if src is not None:
            return src
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            span = _phrase_forward(toks, k + 2)
            span = _document_owner(toks, span) if span else None
            return _make(text, toks, span, "according to") if span else None
        owner = _possessor(toks, k) if tok.low in _SPEECH_NOUNS else -1
        if owner < 0 and tok.low in _SPEECH_NOUNS and k >= 2 and toks[k - 1].word.islower():
            owner = _possessor(toks, k - 1)  # "Google's mission statement, “…”"
        if owner >= 0 and (k + 1 == len(toks) or toks[k + 1].low == "that"):
            # "Donald Trump’s claim that there have been “thousands of shootings”".
            span = _phrase_backward(toks, owner + 1, limit=4)
            if (
                span is not None
                and span[0] > 0
                and toks[span[0] - 1].low == "to"
                and tok.raw.endswith(":")
            ):
                continue  # "Danny Kanner responded to Mr. Ryan's remarks: “…”": the answer
            if span is not None and _is_name_word(toks[span[1] - 1]):
                return _make(text, toks, span, tok.low)
        # a word that is more often a noun, used as a verb: "to claim", "Mr Prior remarks"
        verbal = tok.low in _NOUNISH and k > 0 and toks[k - 1].low == "to"
        if (
            tok.low in _NOUNISH
            and tok.low.endswith("s")
            and k >= 2
            and _is_name_word(toks[k - 1])
            and toks[k - 2].low in HONORIFICS
        ):
            verbal = True  # "As Mr Prior remarks ...: “…”": a verb after a titled name
        if (
            tok.low in _NOUNISH
            and tok.low.endswith("s")
            and tok.word.islower()
            and k == len(toks) - 1
            and tok.raw.endswith((",", ":"))
            and k >= 1
            and _is_name_word(toks[k - 1])
            and not _ends_clause(toks[k - 1])
        ):
            verbal = True  # "CNN states, “…”", "as Medecins Sans Frontieres states, “…”"
        if (
            tok.word[:1].isupper()
            and k > 0
            and toks[k - 1].word[:1].isupper()
            and toks[k - 1].raw[-1:].isalpha()
        ):
            continue  # "spokesman for North East Says No": a word of a name, not a verb
        if tok.low in _THINKING and k > 0 and toks[k - 1].low == "who":
            verbal = True  # "shared by Rooney, who believes “…”": his words, though a thought
        if (
            k >= 3
            and (tok.low in CUES or tok.low in ("states", "stated"))
            and toks[k - 1].low in ("which", "that")
            and toks[k - 2].low in _OWNED_DOCUMENTS
            and toks[k - 3].low in ("its", "their", "his", "her")
        ):
            # "It summed up the attitude of tech firms in its submission which states that its
            # products “…”": the text its owner issued speaks for them
            return _make(text, toks, (k - 3, k - 1), tok.low)
        if (tok.low not in CUES and not verbal) or (
            k > 0
            and (
                toks[k - 1].low in _DETERMINERS
                or toks[k - 1].low in _QUANTIFIERS  # "how many claims were rejected"
                or toks[k - 1].low.endswith(("'s", "’s"))
                or (toks[k - 1].low == "s" and _possessor(toks, k) >= 0)
                or (
                    toks[k - 1].raw in ("said", "says")
                    and tok.low.endswith("s")
                    and not tok.low.endswith("ss")
                )  # "Cairn said estimates had been revised": the verb's object
            )
        ):
            continue  # "in a tweet", "Clinton's remark": nouns, not reporting verbs
        if tok.low in _WEAK_CUES and any(
            t.low in _CLAUSE_BREAKS or t.raw in ("—", "--", "–") for t in toks[k + 1 :]
        ):
            # "Obama said he believes the administration achieved the platform he promised —
            # hope — because Americans “feel the difference now”": a verb that only sometimes
            # reports speech attributes its own object, not another clause's words.
            continue
        if (
            tok.low in _ASPECT_CUES
            and k + 1 < len(toks)
            and (toks[k + 1].low == "to" or toks[k + 1].low.endswith("ing"))
        ):
            continue  # "would continue to make “every lawful move”": no reporting verb here
        if k + 2 == len(toks) and toks[k + 1].low == "by" and toks[k - 1].low in _BE_FORMS:
            # "Dr Fox had said Labour's rule had been characterised by “…”": the quotation is
            # the passive's agent; the reporting verb is further back.
            continue
        if _put_without_it(toks, k):
            continue  # "as she put it" reports; "the election had put the bank under" does not
        if tok.low == "saying" and k >= 2 and toks[k - 1].low == "as":
            # "The agency quoted Smith as saying “…”": Smith speaks, not the agency.
            for q in range(k - 2, max(-1, k - 10), -1):
                if toks[q].low in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
                    span = _quoted_as(toks, q)
                    if span is not None:
                        return _make(text, toks, span, toks[q].low)
                    break
                if _ends_clause(toks[q]) and not toks[q].raw.endswith(","):
                    break
        if (
            k + 2 < len(toks)
            and toks[k + 1].low == "to"
            and toks[k + 2].word.islower()
            and toks[k + 2].low not in _DETERMINERS
            and toks[k + 2].low not in PRONOUNS
            and tok.low not in _CUES_BEFORE_TO
            and any(
                toks[j].low in CUES
                and (
                    toks[j].low in _SPEECH_DONE or any(t.low == "that" for t in toks[j + 1 : j + 5])
                )
                for j in range(k - 1)
            )
        ):
            # "Jack Straw told the Commons that the US had agreed to release the four after
            # “…”" (or "Mr Straw said the US had agreed to ..."): a verb inside the reported
            # clause is no reporting verb; the teller's is (but "Trump vowed to harshly punish
            # “…”" reports what he vowed)
            continue
        if _negated(toks, k):
            # "He said he did not mention the hacking because “…”": a denied speech act does
            # not attribute the words; the reporting verb before it does.
            continue
        if (
            tok.low in _SPEECH_DONE
            and k >= 5
            and [t.low for t in toks[k - 2 : k]] == ["to", "have"]
            and toks[k - 4].low in _BE_FORMS
            and _reported_saying(toks, k - 3)
        ):
            # "Mr Brown is alleged to have told the prime minister: “…”": the subject speaks.
            span = _phrase_backward(toks, k - 4)
            if span is not None:
                return _make(text, toks, span, tok.low)
        if (
            tok.low in _NAMING_CUES
            and k > 0
            and (toks[k - 1].low in _BE_FORMS or tok.low.endswith("ed"))
            and k + 1 < len(toks)
            and toks[k + 1].low == "by"
        ):
            # "The Macintosh, sold for £339 in the UK, was described by Jobs as the “…”", "a
            # sapphire described by Sharon as “…”": the agent names it, not the subject.
            src = _passive_agent(text, toks, k)
            if src.phrase:
                return src
        if (
            k > 1
            and toks[k - 1].low.endswith("ly")
            and toks[k - 2].low in _BE_FORMS
            and tok.low.endswith("ed")
            and tok.low not in _LISTENER_VERBS
            and not (k + 1 < len(toks) and toks[k + 1].low in ("by", "as"))
        ):
            continue  # "Carter's debut was briefly interrupted when his wife ...": a passive,
            # its subject says nothing
        if tok.low in _LISTENER_VERBS and k > 0 and toks[k - 1].low in _BE_FORMS:
            # "She was warned that “…”": the subject heard the words; the speaker is the agent
            # ("was told by his doctor that"), or nobody the sentence names.
            return _passive_agent(text, toks, k)
        if (
            tok.low.endswith("ing")
            and k == 1
            and toks[0].low in _PARTICIPLE_OPENERS
            and toks[0].word[:1].isupper()
        ):
            # "After saying her foot was “so swollen ...”, she was ...": the subject follows.
            return Source("", toks[k].start, toks[k].start, tok.low, ahead=True)
        if (
            tok.low.endswith("ing")
            and k == 0
            and tok.word[:1].isupper()
            and len(toks) > 1
            and toks[1].low == "that"
            and _sentence_start(text, tok.start)
        ):
            # "Noting that his supporters had “counted on me ...,” Franken apologized": a
            # participle opening the sentence; its subject follows the words.
            return Source("", tok.start, tok.start, tok.low, ahead=True)
        if (
            tok.low.endswith("ing")
            and k > 0
            and _is_name_word(toks[k - 1])
            and not toks[k - 1].raw.endswith(",")  # ("praised Ms Hutt, saying": not hers)
        ):
            # "footage of Trump saying “…": the participle's own subject.
            span = _phrase_backward(toks, k)
            before = span[0] - 1 if span is not None else -1
            if before > 0 and toks[before].low in ("the", "a", "an"):
                before -= 1  # "wrote a letter to the Senate contending that “…”"
            if span is not None and before >= 0 and toks[before].low in _PLACE_PREPS:
                # "David Emery posted to Twitter asking if ... “…”": a name after "to" is where
                # the words went, not who said them; the sentence's subject is.
                subject = _sentence_subject(toks, k)
                if subject is None or subject[1] >= span[0]:
                    return None  # (the object is no speaker, whoever the subject is)
                span = subject
            elif (
                span is not None
                and span[0] > 0
                and toks[span[0] - 1].low in ("from", "by")
                and text[max(0, toks[0].start - 3) : toks[0].start].rstrip()[-1:] in ('"', "”")
            ):
                # "Paul Flynn said they had a “scorching” from MPs adding: “…”": the one who
                # said the words before adds these; those the scorching came from do not.
                return None
            if span is not None:
                return _make(text, toks, span, tok.low)
        if tok.low.endswith("ing") and k > 0 and toks[k - 1].low in _UTTERANCES:
            owner = _possessor(toks, k - 1)
            if owner >= 0:
                # "Trump's tweet calling her an “arrogant young woman”": the tweet's owner.
                span = _phrase_backward(toks, owner + 1, limit=4)
                if span is not None and _is_name_word(toks[span[1] - 1]):
                    return _make(text, toks, span, tok.low)
        if tok.low.endswith("ing"):
            absolute = _with_name_doing(toks, k)
            if absolute is not None:
                # "with Maria Hutchings marching up to him, saying “…”": she says it.
                return _make(text, toks, absolute, tok.low)
            # "Trump unleashed tweets, saying that “…": the main clause's subject speaks.
            span = _sentence_subject(toks, k) or _coordinated_subject(toks, k)
            if span is not None:
                return _make(text, toks, span, tok.low)
        if tok.low in ("read", "reads") and k > 2:
            # "A statement from Chelsea explaining the decision read: “…”": the text that
            # reads is the subject, however long; its author speaks.
            span = _sentence_subject(toks, k)
            if (
                span is not None
                and span[1] < k
                and toks[span[1] - 1].word[:1].isupper()
                and any(t.low in _READ_TEXTS for t in toks[span[0] : span[1]])
            ):
                author = _author_in(toks, span[0] + 1, span[1] - 1, span[1])
                if author is not None:
                    span = (author[0], span[1])  # the author, after "from"
                return _make(text, toks, span, tok.low)
        dashed = _name_before_dashes(toks, k)
        if dashed is not None:
            # "Liberal Democrat Alan Beith - who chairs the committee which monitors the
            # Department of Constitutional Affairs - said": the name before the dashes speaks
            return _make(text, toks, dashed, _cue_word(toks, k))
        # "said Smith, “…" (cue first in the clause) or "Smith said (that) “…".
        back = _phrase_backward(toks, k)
        if (
            back is not None
            and back[1] - back[0] == 1
            and toks[back[0]].low in _NON_PERSONAL
            and tok.low not in _SPEECH_VERBS
        ):
            continue  # "it would tell an American story": not a reporting verb here
        issuer = _issuer_of_report_on(toks, back) if back is not None else None
        if issuer is not None:
            return _make(text, toks, issuer, _cue_word(toks, k))  # "An AP report on X said"
        subject = _appositive_subject(toks, k) or _subject_before_participle(toks, back)
        if subject is not None:
            return _make(text, toks, subject, _cue_word(toks, k))
        by = _agent_by(toks, back[0]) if back is not None else -1
        if by >= 0 and not toks[k].low.endswith("ing"):
            # "A statement issued after a meeting chaired by Yasser Arafat called for “…”": the
            # agent of a participle is not the verb's subject; the sentence's subject is.
            span = _sentence_subject(toks, k)
            if span is not None and span[1] <= by:
                return _make(text, toks, span, _cue_word(toks, k))
        if back is not None and not (back[1] - back[0] == 1 and toks[back[0]].low in PRONOUNS):
            # (but "the Johnny Carson of podcasting which, he says, “…”": the pronoun speaks)
            back = _head_before_places(toks, back)
            affiliated = _affiliated_name(toks, back[0])
            if affiliated is not None:
                back = affiliated  # "Dr Erel Avineri, of the Centre ... in Bristol said:"
        if back is not None and _plausible_subject(toks[back[0] : back[1]]):
            src = _make(text, toks, back, _cue_word(toks, k))
            if src is not None:
                return src
        if k > 0 and toks[k - 1].low in ("and", "but", "then", "also"):
            # "Trump bemoaned the unrest and said that drugs were “…": the subject speaks (of
            # the last clause: "Customs claimed ... but his lawyer, Antony Townsden, told the
            # BBC it was laughable and added: “…”" is the lawyer's).
            span = _last_clause_subject(toks, k) or _sentence_subject(toks, k)
            if span is not None:
                return _make(text, toks, span, tok.low)
        if k > 0 and toks[k - 1].low == "to":
            infinitive = _infinitive_introducer(toks, k)
            if infinitive is not None:
                return _make(text, toks, infinitive, tok.low)
        if (
            k + 1 < len(toks)
            and toks[k + 1].low not in _CLAUSE_WORDS
            and toks[k + 1].low not in PRONOUNS
        ):
            if tok.low in _OBJECT_CUES:
                # "Trump took to Twitter to accuse Clinton’s campaign of being “duped”": the
                # object is not the speaker; the sentence's subject is.
                span = _sentence_subject(toks, k)
                if span is not None and toks[span[0]].low not in ("the", "a", "an"):
                    return _make(text, toks, span, tok.low)
                continue
            if k > 0 and toks[k - 1].low == "to":
                continue  # "the decision to announce the date": an infinitive has no subject
            if tok.low in _NAMING_CUES:
                # "A spokesman for Reporters Without Borders, which tracks press freedom,
                # described Mr Sigarchi's sentence as “harsh”": what follows the verb is what
                # is named, never who names it; the sentence's subject does.
                span = _sentence_subject(toks, k) or _before_relative_clause(toks, k)
                if span is not None and span[1] <= k:
                    return _make(text, toks, span, tok.low)
                continue
            if tok.low in _TELLING:
                continue  # ("..., telling ABC: “…”": whom it was told, never who told it)
            span = _phrase_forward(toks, k + 1)
            if (
                span
                and span[1] == len(toks)
                and tok.low not in _NAMING_CUES  # ("dubbed a “search and replace function”")
                and not toks[-1].raw.endswith((",", ":"))
                and not any(_is_name_word(t) for t in toks[span[0] : span[1]])
            ):
                # "predicted a more “receptive mood”", "has said the pipeline “is against ...”":
                # the words end the object; the sentence's subject speaks.
                subject = _name_before_verb(toks, k) or _sentence_subject(toks, k)
                if subject is not None:
                    return _make(text, toks, subject, tok.low)
                continue
            if span and (_is_name_word(toks[span[0]]) or toks[span[0]].low in _DETERMINERS):
                return _make(text, toks, span, tok.low)
        # No subject here ("Trump's flurry of late-night tweets" is a noun, "wanted to speak"
        # an infinitive): the reporting verb of this sentence is further back.
        continue
    # "Smith: “…" / "Smith, in a statement: “…" / "Sanders made the following comment: “…"
    if last.raw.endswith(":"):
        span = _sentence_subject(toks, len(toks))
        if span is not None:
            return _make(text, toks, span, None)
    if last.raw.endswith(":") and len(toks) <= 8:
        i = len(toks)
        while i > 0 and len(toks) - i < 5 and not (i < len(toks) and _ends_clause(toks[i - 1])):
            i -= 1
        if i < len(toks) and any(_is_name_word(t) for t in toks[i:]):
            return _make(text, toks, (i, len(toks)), None)
    return None
