"""Who said a quotation: find the source phrase around the quotation marks, then resolve it.

Two steps, kept apart so that each can be tested on its own:

1. :func:`source_after` reads the words right after the closing mark (``“…,” he said``,
   ``“…,” said the Secretary General``, ``“…” Smith, the governor, told reporters``);
   :func:`source_before` the words before the opening mark in the same sentence (``Mr.
   Stoltenberg stressed that “…``, ``According to Smith, “…``, ``Smith: “…``, ``He called it “a
   disgrace”``). They return the source *phrase* with its offsets and the cue verb. They work on
   words, one small window at a time, so they are linear in the document's length.
2. :class:`SpeakerResolver` turns a phrase into a canonical name from :class:`Entities`: a mention
   at the phrase's offsets first (the people extractor knows best), then full names, aliases,
   surnames ("Mr. Stoltenberg"), roles ("the Secretary General"), pronouns (the most recent fitting
   person, preferring the previous quotation's speaker and sentence subjects) and descriptions
   ("the newspaper" → the organisation most recently mentioned that fits). A speaker must be one
   of the digest's people or organisations: when the text plainly names a speaker the entities
   lack ("said Jean-Marc Ayrault"; "Angelique Brunner, a spokeswoman, said ... “…,” she said"),
   the resolver adds that :class:`Person` to the same :class:`Entities`; otherwise the answer is
   ``None``. Nothing else is ever invented.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.digest.model import Entities, Mention, Person


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
    "indicate indicated indicates affirm affirmed affirms contend contended contends"
)
_MORE_CUES = (
    "exhort bemoan tout blast slam praise criticize criticise plead cry assure reassure rail "
    "promise write tell speak opine scold quote condemn denounce decry hail welcome applaud "
    "lament blame slam mock ridicule dismiss put compare brand"
)


def _inflect(word: str) -> set[str]:
    """A verb and its regular inflections ("promise" → promises, promised, promising)."""
    out = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    return out


# Bare forms that are more often nouns ("Kim's mental state", "a report", "her remark").
_NOUNISH = {
    "state", "states", "report", "remark", "remarks", "charge", "charges", "counter",
    "counters", "note", "call", "calls", "post", "posts", "claim", "demand",
    "demands", "promise", "promises", "estimate", "reading", "posting", "stating",
    "cries", "quotes", "quote", "comment", "reply", "response", "cheer", "laugh", "sigh",
    "chant", "chants", "warning", "statement",
}  # fmt: skip
CUES = frozenset(
    {f for w in (_CUE_STEMS + " " + _MORE_CUES).split() for f in _inflect(w)} - _NOUNISH
)
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
_MALE = _wordset("he him his")
_FEMALE = _wordset("she her hers")
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
_SUFFIXES = _wordset("jr jr. sr sr. ii iii iv")
# Words that end a source phrase when walking backwards from a cue verb.
_CLAUSE_WORDS = _wordset(
    "that and but or when while because as if though although since after before where which "
    "so then also yet to in on at of for with by from about than"
)
_ADVERB_OK = _wordset(
    "also later then once again recently previously earlier simply repeatedly flatly bluntly "
    "famously reportedly publicly privately quickly immediately subsequently further "
    "has have had would will could might may did does do was is were"
)
_ORG_NOUNS = _wordset(
    "newspaper paper post times journal magazine outlet network channel station site website "
    "agency department ministry company firm group organization organisation party "
    "administration government campaign committee commission council office court board "
    "union association institute foundation bank team league bureau service army police "
    "statement report poll study survey senate house congress parliament white"
)
_PREPOSITIONS = _wordset("of to for with about from by on at in into against over than like")
# Texts that "say" things: they speak for an organisation, never for the nearest person.
_DOCUMENT_NOUNS = _wordset(
    "letter article piece clip ad advert advertisement ruling decision report statement study "
    "poll survey memo email tweet editorial column story book lawsuit complaint filing brief "
    "bill video release document order opinion analysis spot commercial"
)
_NEWS_ITEMS = _wordset("article editorial column story piece report newspaper paper")
_PUBLICATION_WORDS = _wordset(
    "post times journal news magazine herald tribune gazette caller review hill politico "
    "reuters press guardian telegraph economist atlantic examiner observer chronicle globe "
    "daily weekly monitor star mail"
)
_ROLE_SUFFIXES = ("er", "or", "ist", "ant", "ent", "man", "woman", "ian", "ee")
_OPENING_MARKS = "“\"‘'«„"
# A sentence opening with a name that is its subject: "Angelique Brunner, a ... said" or "Kerr
# Putney said". Bounded repetition on a bounded slice.
_SUBJECT_NAME = re.compile(
    r"((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+)(?=,| (?:said|says|told|added|wrote|noted|"
    r"argued|explained|insisted|warned|stressed|replied|responded)\b)"
)
# Words of a person's name: "Jean-Marc", "O'Neill", "G.K.", "McCrummen".
_PERSON_WORD = re.compile(
    r"[A-Z](?:[a-z'’-]*[a-z]|\.(?:[A-Z]\.)*)(?:-[A-Z][a-z]+)?|[A-Z][a-z]*[A-Z][a-z]+"
    r"|[A-Z][a-z]?['’][A-Z][a-z]+"  # O'Neill, D'Angelo
)


def _lexicon_set(name: str) -> frozenset[str]:
    """A word list of the entity extractor's lexicon, or an empty set if it is unavailable."""
    try:
        from bot.digest import lexicon
    except Exception:  # the lexicon is another module's data: never let it break quotations
        return frozenset()
    value = getattr(lexicon, name, frozenset())
    return frozenset(value)


_GIVEN_NAMES = _lexicon_set("GIVEN_NAMES")
_DEMONYMS = _lexicon_set("DEMONYMS")
_STOPCAPS = _lexicon_set("STOPCAPS") | {
    "With", "Despite", "Amid", "Following", "During", "After", "Before", "Since", "As",
}  # fmt: skip
_NOT_NAME_WORDS = (
    _lexicon_set("STOPCAPS")
    | _lexicon_set("COMMON_CAPS")
    | _lexicon_set("DEMONYMS")
    | _lexicon_set("PLACE_WORDS")
    | _lexicon_set("ORG_WORDS")
)


def _given(word: str) -> bool:
    """A given name ("Jean-Marc" counts by its first part)."""
    return word in _GIVEN_NAMES or word.split("-")[0] in _GIVEN_NAMES


def _given_gender(word: str) -> str | None:
    try:
        from bot.digest.lexicon import GIVEN_GENDER
    except Exception:
        return None
    return GIVEN_GENDER.get(word) or GIVEN_GENDER.get(word.split("-")[0])


def _lex_country(name: str) -> bool:
    try:
        from bot.digest.countries import lookup
    except Exception:
        return False
    return lookup(name) is not None


def _country_key(name: str) -> str | None:
    try:
        from bot.digest.countries import lookup
    except Exception:
        return None
    return lookup(name)


_ROLE_HEADS = _lexicon_set("ROLE_HEADS")


def _possessive_role(phrase: str) -> bool:
    """ "Obama's former campaign strategist", "Clinton’s spokesman": a role someone holds for a
    named person or organisation, which describes a third person."""
    words = phrase.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].endswith(("'s", "’s")):
        return False
    head = words[-1]
    return head.islower() and (head in _ROLE_HEADS or head in HONORIFICS)


def _name_tail(words: list[str]) -> list[str]:
    """The trailing run of words that can be part of a person's name: "NYPD Commissioner James
    O'Neill" -> "James O'Neill", "Del. Stacey Plaskett" -> "Stacey Plaskett"."""
    out: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if (
            not _PERSON_WORD.fullmatch(w)
            or low.strip(".") in _ADOPT_SKIP
            or low in HONORIFICS
            or w in _NOT_NAME_WORDS
        ):
            break
        out.append(w)
    return out[::-1]


def _namelike(words: list[str]) -> bool:
    """No word of the phrase is a place, organisation, demonym or common capitalised word."""
    for w in words:
        if w.lower() in _ORG_NOUNS or w.lower() in _NOT_NAMES or w in _NOT_NAME_WORDS:
            return False
        if _lex_country(w):
            return False
    return True


# Leading words that are not part of a name ("Retired Lt. Gen. Michael Flynn").
_ADOPT_SKIP = _wordset(
    "retired former late the a an new sen rep gov gen lt col sgt capt adm dr prof rev mr mrs ms "
    "del miss president secretary senator governor mayor judge justice chief"
)
_NOT_NAMES = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december american democrat democrats "
    "republican republicans democratic white house god"
)
# A name followed by a role appositive: "Henry Crespo, president of", "Kerr Putney, the police
# chief". Bounded repetition on a bounded slice: no catastrophic backtracking.
_APPOSITIVE = re.compile(
    r"[^\s,]+(?: [A-Z][^\s,]*){0,3}, (?:(?:the|a|an|who) |[a-z]+(?:er|or|ist|ant|ent|man|woman) )"
)
_WORD = re.compile(r"[^\s\"“”‘’«»„]+")
_CONJUNCTIONS = _wordset("but and yet so however meanwhile still also then now")
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


class _Tok:
    """One word of a search window (a plain class with slots: windows make many of these)."""

    __slots__ = ("end", "low", "raw", "start", "word")

    def __init__(self, word: str, start: int, raw: str) -> None:
        self.word = word  # stripped of surrounding punctuation
        self.low = word.lower()
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
    return bool(w) and w[0].isupper() and tok.low not in PRONOUNS and tok.low not in _CALENDAR


def _is_name_appositive(toks: list[_Tok], end: int) -> bool:
    """Whether the comma-segment ending at ``end`` is itself an appositive ("the ... of France,")
    rather than the name ("Jean-Marc Ayrault,")."""
    i = end - 1
    while i > 0 and not toks[i - 1].raw.endswith((",", ".", ":", ";")):
        i -= 1
    seg = toks[i:end]
    return not all(_is_name_word(t) or t.low in HONORIFICS for t in seg[-5:]) or (
        bool(seg) and seg[0].low in _DETERMINERS
    )


def _function_word(tok: _Tok) -> bool:
    """A capitalised function word ("With", "After", "Despite") that opens a clause, never a
    subject's name."""
    if tok.low in HONORIFICS or tok.low.rstrip(".") in HONORIFICS:
        return False  # "Mr", "Sir" open names
    return tok.word in _STOPCAPS or (tok.low in _INTRO and tok.low not in ("still", "last"))


def _is_cue(tok: _Tok) -> bool:
    return tok.low in CUES


def _ends_clause(tok: _Tok) -> bool:
    """The raw token carries punctuation that ends a phrase (comma, full stop, colon...)."""
    return tok.raw[-1:] in ",.;:!?" and not (tok.raw.endswith(".") and _abbrev(tok.word))


def _abbrev(word: str) -> bool:
    low = word.lower().rstrip(".") + "."
    return low in {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
                   "sgt.", "prof.", "rev.", "hon.", "st.", "jr.", "sr.", "u.s.", "d.c.", "del.",
                   "adm.", "maj.", "capt.", "cmdr.", "det.", "supt.", "amb.", "atty.", "msgr.",
                   "fr.", "brig.", "cpl.", "pvt."} or (
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
        if j > i and tok.low in _CLAUSE_WORDS and tok.low not in ("of",):
            break
        if j > i and tok.low == "of" and not (j + 1 < len(toks) and _is_name_word(toks[j + 1])):
            break
        j += 1
        if _ends_clause(tok) or tok.raw.endswith(")"):
            break
    if j == i:
        return None
    return i, j


def _phrase_backward(toks: list[_Tok], k: int, limit: int = 8) -> tuple[int, int] | None:
    """The subject phrase ending just before ``toks[k]`` (a cue verb): "Mr. Stoltenberg",
    "the campaign", "Smith, the governor,"(→ Smith), "he". Returns token indexes [i, k)."""
    j = k
    while j > 0 and toks[j - 1].low in _ADVERB_OK and not _ends_clause(toks[j - 1]):
        j -= 1
    if j == 0:
        return None
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
        if len(seg) <= 5 and all(_is_name_word(t) or t.low in HONORIFICS for t in seg):
            break
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
        if i < end and _ends_clause(tok):
            break
        if named and not _is_name_word(tok):
            break  # "Clinton campaign spokesman Brian Fallon" -> "Brian Fallon"
        named = named or (head_is_name and _is_name_word(tok) and tok.low not in HONORIFICS)
        if tok.low in _CLAUSE_WORDS and tok.low not in ("of",):
            break
        if tok.low == "of" and not (i - 2 >= 0 and toks[i - 2].word[:1].isupper()):
            break
        i -= 1
        if tok.low in PRONOUNS or tok.low in _DETERMINERS:
            break
    if i == end:
        return None
    return i, end


_INTRO = _wordset(
    "in on at during after before speaking asked meanwhile later earlier still however but and "
    "yet so writing responding addressing appearing then now also last this"
)


def _name_after_role(toks: list[_Tok], span: tuple[int, int]) -> tuple[int, int]:
    """ "said its chairman, Sir Anthony Greener": the name in apposition, not the role."""
    i, j = span
    if any(_is_name_word(t) for t in toks[i:j]) or not toks[j - 1].raw.endswith(","):
        return span
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
    if not words:
        return False
    return (
        words[0].low in PRONOUNS
        or words[0].low in _DETERMINERS
        or any(_is_name_word(t) for t in words)
    )


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
    if i == 0 and toks and toks[0].low in _SUBJECT_PRONOUNS:
        return 0, 1  # "He then defended the remark, saying, “…”"
    if (
        i == 0
        and toks
        and (toks[0].low in _INTRO or not _is_name_word(toks[0]) or _function_word(toks[0]))
    ):
        # Skip "On July 6, 2015," / "In a statement," / "With Democratic leaders increasingly
        # worried about ..., " to the clause's first word.
        for c in range(min(k, 30)):
            if toks[c].raw.endswith(","):
                i = c + 1
                if i < k and (_is_name_word(toks[i]) or toks[i].low in PRONOUNS):
                    break
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
        while j < k and j - i < 5 and not _is_cue(toks[j]) and not _ends_clause(toks[j - 1]):
            if not _is_name_word(toks[j]) and toks[j].low.endswith(("ed", "s")) and j > i + 1:
                break
            j += 1
        return (i, j) if j > i + 1 else None
    while j < k and j - i < 8:
        tok = toks[j]
        if _is_name_word(tok) or tok.low in HONORIFICS:
            j += 1
            if tok.word.endswith(("'s", "’s")):
                # "Hillary Clinton’s campaign manager Robby Mook": skip to the next name run.
                n = j
                while n < k and n - j < 4 and not _is_name_word(toks[n]):
                    n += 1
                if n < k and _is_name_word(toks[n]):
                    i = j = n
                    continue
                break
            if _ends_clause(tok):
                break
            continue
        break
    return (i, j) if j > i and any(_is_name_word(t) for t in toks[i:j]) else None


_NON_PERSONAL = _wordset("it this which")
_SPEECH_NOUNS = _wordset(
    "claim claims assertion statement remark remarks promise pledge warning insistence "
    "suggestion comment comments argument contention allegation vow words"
)
_SUBJECT_PRONOUNS = _wordset("he she they we i")
# Verbs that report speech whatever their subject ("It said the show could go ahead").
_SPEECH_VERBS = _wordset(
    "said says say told tells added adds stated states wrote writes argued argues insisted "
    "insists warned warns noted notes claimed claims announced announces reported reports"
)
_DASHES = frozenset(["--", "—", "–", "-", "―"])


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


def _appositive_subject(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """ "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said": the name that opens
    the sentence is the subject of a cue that follows a run of comma-separated appositives.

    Only when the name ends in a comma, the cue follows a comma, and nothing in between ends a
    sentence or holds another reporting verb."""
    if k < 2 or not toks[k - 1].raw.endswith(","):
        return None
    span = _sentence_subject(toks, k)
    if span is None or span[1] >= k - 1 or not toks[span[1] - 1].raw.endswith(","):
        return None
    if toks[span[0]].low in PRONOUNS or toks[span[0]].low in _DETERMINERS:
        return None
    if span[0] > 0 and not (
        toks[span[0] - 1].raw.endswith(",") or toks[span[0] - 1].raw in _DASHES
    ):
        return None
    for t in toks[span[1] : k]:
        if _is_cue(t) or (t.raw[-1:] in ".!?;:" and _ends_clause(t)):
            return None
    return span


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
    phrase = text[start:end].strip(_STRIP + " ")
    if not phrase:
        return None
    low = phrase.lower()
    if low in ("it",):
        return None
    return Source(phrase, start, end, cue, pronoun=low in PRONOUNS)


def _cue_word(toks: list[_Tok], k: int) -> str:
    if toks[k].low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
        return "according to"
    return toks[k].low


def source_after(text: str, start: int, end: int) -> Source | None:
    """Attribution right after a closing mark: ``, he said`` / ``said X`` / ``X said``.

    ``start`` is just after the closing mark, ``end`` the end of the search window (the end of the
    sentence or paragraph).
    """
    toks = _tokens(text, start, min(end, start + 160))
    if not toks:
        return None
    if toks[0].low in CUES and toks[0].low not in _NAMING_CUES:
        span = _phrase_forward(toks, 1)
        if span:
            return _make(text, toks, _name_after_role(toks, span), toks[0].low)
        return None
    if toks[0].low == "according" and len(toks) > 2 and toks[1].low == "to":
        span = _phrase_forward(toks, 2)
        return _make(text, toks, span, "according to") if span else None
    if toks[0].word in ("—", "―", "–", "-", "--") or toks[0].raw[:1] in "—―–":
        # "“…” ― Jorge Falcon": a signature after a dash.
        span = _phrase_forward(toks, 1 if not toks[0].word else 0, limit=6)
        if span and any(_is_name_word(t) for t in toks[span[0] : span[1]]):
            src = _make(text, toks, span, None)
            if src is not None:
                src.signature = True
            return src
        return None
    # "X said" / "Clinton campaign spokesman Brian Fallon said" / "he told reporters".
    for k in range(1, min(len(toks), 14)):
        if (
            toks[k].low in CUES
            and toks[k].low not in _NAMING_CUES
            and toks[k - 1].low not in _DETERMINERS
        ):
            span = _phrase_backward(toks, k)
            if span and not any(_ends_clause(t) for t in toks[: span[0]]):
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
    while r < len(toks) and r - r0 < 6 and (_is_name_word(toks[r]) or toks[r].low in HONORIFICS):
        r += 1
        if toks[r - 1].raw.endswith(","):
            break
    if r > r0 and toks[r - 1].raw.endswith(",") and any(_is_name_word(t) for t in toks[r0:r]):
        for k in range(r, min(len(toks), 32)):
            if _ends_clause(toks[k - 1]) and toks[k - 1].raw[-1:] in ".!?;:":
                return None
            if toks[k].low in CUES and (
                toks[k - 1].raw.endswith(",") or toks[k].raw.endswith((".", ".”"))
            ):
                # "..., Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said."
                return _make(text, toks, (r0, r), toks[k].low)
    return None


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
        if tok.raw[-1:] in ".!?" and _ends_clause(tok):
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
    for c, tok in enumerate(seg[:5]):
        if tok.low in CUES and c > 0:
            span = _phrase_backward(toks, comma + 1 + c)
            if span and span[0] == comma + 1:
                return span, tok.low
            return None
    return None


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
        ):
            return _make(text, toks, span, None)  # but not "supportive of Mr. Trump -- “…”"
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            span = _phrase_forward(toks, k + 2)
            return _make(text, toks, span, "according to") if span else None
        owner = _possessor(toks, k) if tok.low in _SPEECH_NOUNS else -1
        if owner >= 0 and (k + 1 == len(toks) or toks[k + 1].low == "that"):
            # "Donald Trump’s claim that there have been “thousands of shootings”".
            span = _phrase_backward(toks, owner + 1, limit=4)
            if span is not None and _is_name_word(toks[span[1] - 1]):
                return _make(text, toks, span, tok.low)
        if tok.low not in CUES or (
            k > 0
            and (
                toks[k - 1].low in _DETERMINERS
                or toks[k - 1].low.endswith(("'s", "’s"))
                or (toks[k - 1].low == "s" and _possessor(toks, k) >= 0)
            )
        ):
            continue  # "in a tweet", "Clinton's remark": nouns, not reporting verbs
        if tok.low.endswith("ing") and k > 0 and _is_name_word(toks[k - 1]):
            # "footage of Trump saying “…": the participle's own subject.
            span = _phrase_backward(toks, k)
            if span is not None:
                return _make(text, toks, span, tok.low)
        if tok.low.endswith("ing"):
            # "Trump unleashed tweets, saying that “…": the main clause's subject speaks.
            span = _sentence_subject(toks, k)
            if span is not None:
                return _make(text, toks, span, tok.low)
        # "said Smith, “…" (cue first in the clause) or "Smith said (that) “…".
        back = _phrase_backward(toks, k)
        if (
            back is not None
            and back[1] - back[0] == 1
            and toks[back[0]].low in _NON_PERSONAL
            and tok.low not in _SPEECH_VERBS
        ):
            continue  # "it would tell an American story": not a reporting verb here
        subject = _appositive_subject(toks, k)
        if subject is not None:
            return _make(text, toks, subject, _cue_word(toks, k))
        if back is not None and _plausible_subject(toks[back[0] : back[1]]):
            src = _make(text, toks, back, _cue_word(toks, k))
            if src is not None:
                return src
        if k > 0 and toks[k - 1].low in ("and", "but", "then", "also"):
            # "Trump bemoaned the unrest and said that drugs were “…": the subject speaks.
            span = _sentence_subject(toks, k)
            if span is not None:
                return _make(text, toks, span, tok.low)
        if (
            k + 1 < len(toks)
            and toks[k + 1].low not in _CLAUSE_WORDS
            and toks[k + 1].low not in PRONOUNS
        ):
            span = _phrase_forward(toks, k + 1)
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


# --- resolution -------------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return [w.strip(_STRIP).lower() for w in s.split() if w.strip(_STRIP)]


def _strip_possessive(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


class SpeakerResolver:
    """Resolves source phrases to canonical names in one document's :class:`Entities`."""

    def __init__(self, entities: Entities, text: str, sentence_starts: list[int] | None = None):
        self.entities = entities
        self.text = text
        self.sentence_starts = sentence_starts or [0]
        self.person_names = {p.name for p in entities.people}
        self.org_names = set(entities.organizations)
        self.forms: dict[str, str] = {}  # lowercased full form -> canonical
        self.surnames: dict[str, list[str]] = {}
        self.parts: dict[str, list[str]] = {}  # other words of names (first names, family names)
        self.gender: dict[str, str | None] = {}
        self.roles: list[tuple[list[str], str]] = []
        for p in entities.people:
            self._add_form(p.name, p.name)
            gender = p.gender
            for a in p.aliases:
                self._add_form(a, p.name)
                aw = _words(a)
                if gender is None and aw:
                    if aw[0] in ("mr", "mr."):
                        gender = "m"
                    elif aw[0] in ("mrs", "mrs.", "ms", "ms.", "miss"):
                        gender = "f"
            self.gender[p.name] = gender
            name_words = [w for w in _words(p.name) if w not in _SUFFIXES]
            if name_words:
                self.surnames.setdefault(name_words[-1], []).append(p.name)
            for w in name_words[:-1]:
                if len(w) > 2 and p.name not in self.parts.get(w, []):
                    self.parts.setdefault(w, []).append(p.name)
            if p.role:
                self.roles.append((_words(p.role), p.name))
        suffixes: dict[str, set[str]] = {}
        for o in entities.organizations:
            self._add_form(o, o)
            ow = [w for w in _words(o) if w != "the"]
            for n in range(1, len(ow)):
                suffixes.setdefault(" ".join(ow[n:]), set()).add(o)
        for suffix, orgs in suffixes.items():
            if len(orgs) == 1 and suffix not in self.forms and suffix not in HONORIFICS:
                self.forms[suffix] = next(iter(orgs))  # "the Times" → "The New York Times"
            ow = _words(o)
            if ow and ow[0] == "the":
                self._add_form(" ".join(ow[1:]), o)
        self.mentions = sorted(entities.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]

    def _add_form(self, form: str, name: str) -> None:
        key = " ".join(_words(form))
        if key and key not in self.forms:
            self.forms[key] = name

    def mention_at(self, start: int, end: int) -> str | None:
        """The entity mentioned inside [start, end), the last one when several (the head noun)."""
        i = bisect.bisect_left(self.mention_starts, start)
        found = None
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end:
                found = m.name
            i += 1
        if found in self.person_names or found in self.org_names:
            return found
        return None

    def recent(
        self, before: int, window: int = 1500, kind: str = "person", skip=None
    ) -> list[tuple[int, str]]:
        """Mentions of ``kind`` before ``before`` (most recent first), outside skipped spans."""
        i = bisect.bisect_left(self.mention_starts, before)
        out = []
        while i > 0:
            i -= 1
            m = self.mentions[i]
            if m.start < before - window:
                break
            if m.kind != kind or m.end > before:
                continue
            if skip is not None and skip(m.start):
                continue
            out.append((m.start, m.name))
        return out

    def by_name(self, phrase: str, at: int = 0) -> str | None:
        """A name, alias, "Mr. Surname", surname or role phrase → canonical name."""
        words = [_strip_possessive(w) for w in _words(phrase)]
        if not words:
            return None
        key = " ".join(words)
        if key in self.forms:
            return self.forms[key]
        while len(words) > 1 and (words[0] in HONORIFICS or words[0] in _DETERMINERS):
            words = words[1:]
            if " ".join(words) in self.forms:
                return self.forms[" ".join(words)]
        if not words:
            return None
        # The longest run of the phrase that is a known form, from the right ("Clinton campaign
        # spokesman Brian Fallon" -> "Brian Fallon").
        for n in range(min(4, len(words)), 0, -1):
            for s in range(len(words) - n, -1, -1):
                cand = " ".join(words[s : s + n])
                if cand in self.forms and (n > 1 or cand not in HONORIFICS):
                    hit = self.forms[cand]
                    if n == 1 and hit in self.org_names and s + 1 < len(words):
                        continue  # "Clinton campaign spokesman" is not the campaign
                    return hit
            if n == 1:
                for w in reversed(words):
                    names = self.surnames.get(w)
                    if names:
                        return names[0] if len(names) == 1 else self._likeliest(names, at)
                for w in reversed(words):
                    # "Park" for "Park Geun-hye", "Kim" for "Kim Jong Un": family name first.
                    names = self.parts.get(w)
                    if names and w not in HONORIFICS:
                        return names[0] if len(names) == 1 else self._likeliest(names, at)
        return None

    def _likeliest(self, names: list[str], at: int) -> str | None:
        """Of several people sharing a surname, the one mentioned most recently before ``at``."""
        for _, name in self.recent(at, 5000, "person"):
            if name in names:
                return name
        return None

    def by_role(self, phrase: str) -> str | None:
        words = [w for w in _words(phrase) if w not in _DETERMINERS]
        if not words:
            return None
        best = None
        for role_words, name in self.roles:
            if (
                role_words
                and role_words[-1] == words[-1]
                and set(words)
                <= set(role_words)
                | {
                    "former",
                    "new",
                }
            ):
                if best is not None and best != name:
                    return None  # ambiguous: two people hold such a role
                best = name
        return best

    def resolve(
        self,
        src: Source,
        previous: str | None,
        skip=None,
        sentence_start: int | None = None,
    ) -> str | None:
        """Canonical speaker for ``src``; ``previous`` is the preceding quotation's speaker."""
        if not src.pronoun and _possessive_role(src.phrase):
            # "Obama's former campaign strategist said": not Obama, but the person the text has
            # just introduced, found like "the strategist".
            owner = _strip_possessive(src.phrase.split()[0])
            hit = self.pronoun("person", src.start, previous, skip, sentence_start)
            return hit if hit and not hit.endswith(owner) else None
        hit = self.mention_at(src.start, src.end)
        if hit:
            return hit
        low = src.phrase.lower()
        if src.pronoun or low in PRONOUNS:
            return self.pronoun(low, src.start, previous, skip, sentence_start)
        hit = self.by_name(src.phrase, src.start)
        if hit:
            return hit
        hit = self.by_role(src.phrase)
        if hit:
            return hit
        hit = self.description(src.phrase, src.start, previous, skip)
        if hit:
            return hit
        if src.cue is not None:
            hit = self.country(src.phrase)
            if hit:
                return hit
        return self.adopt(src, strict=not src.signature)

    def country(self, phrase: str) -> str | None:
        """ "Japan branded North Korea ...", "Russia insisted that ...": a country that speaks
        acts as a state, like an organisation; it joins the digest's organisations so that every
        speaker stays one of its people or organisations."""
        name = phrase[4:] if phrase.startswith(("the ", "The ")) else phrase
        name = _strip_possessive(name)
        if not name[:1].isupper() or name in _NOT_NAMES or name in _DEMONYMS:
            return None
        if not _lex_country(name):
            return None
        if name in self.org_names:
            return name
        if name not in self.entities.places and not any(
            _lex_country(p) and _country_key(p) == _country_key(name) for p in self.entities.places
        ):
            return None  # a demonym or a word the place extractor did not take for a country
        self.entities.organizations.append(name)
        self.org_names.add(name)
        self._add_form(name, name)
        return name

    def adopt(self, src: Source, strict: bool = True) -> str | None:
        """A named source the people extractor missed becomes a person of the digest.

        Only for phrases that are plainly a person's name ("Jean-Marc Ayrault", "Rep. G.K.
        Butterfield", or a surname whose full name stands earlier in the text): a quoted speaker
        is a participant, and the speaker must be one of the digest's people. The new
        :class:`Person` is appended to the same :class:`Entities` the pipeline publishes.
        """
        words = [w for w in src.phrase.replace("(", " ").split() if w]
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 2:
            words = [words[0].title()]  # a transcript label: "WALLACE"
        honorific = bool(words) and (
            words[0].lower().strip(".") in _ADOPT_SKIP or words[0].lower() in HONORIFICS
        )
        words = _name_tail([_strip_possessive(w.strip(",")) for w in words])
        if not words or len(words) > 4:
            return None
        if not _namelike(words):
            return None
        if len(words) == 1:
            full = self._full_name_before(words[0], src.start)
            if full is None:
                return None
            words = full
        name = " ".join(words)
        if strict and not (_given(words[0]) or "." in words[0] or honorific):
            return None  # "Zero Hedge" is a website: a person's name starts with a given name
        if name in self.entities.places or _lex_country(name):
            return None
        if name in self.person_names or name in self.org_names:
            return name
        gender = _given_gender(words[0])
        first = src.phrase.split()[0].lower() if src.phrase.split() else ""
        if first in ("mr.", "mr"):
            gender = "m"
        elif first in ("mrs.", "mrs", "ms.", "ms", "miss"):
            gender = "f"
        aliases = [src.phrase] if src.phrase != name else []
        person = Person(name=name, aliases=aliases, mentions=1, gender=gender)
        self.entities.people.append(person)
        self.person_names.add(name)
        self.gender[name] = gender
        self._add_form(name, name)
        self.surnames.setdefault(words[-1].lower(), []).append(name)
        k = bisect.bisect_left(self.mention_starts, src.start)
        self.mention_starts.insert(k, src.start)
        self.mentions.insert(k, Mention(src.start, src.end, name, "person"))
        return name

    def _full_name_before(self, surname: str, at: int) -> list[str] | None:
        """ "Carter Ham" for "Ham": the last run of capitalised words ending in the surname."""
        lo = max(0, at - 6000)
        found = None
        pattern = re.compile(r"((?:[A-Z][\w'’.-]* ){1,3})" + re.escape(surname) + r"\b")
        for m in pattern.finditer(self.text, lo, at):
            found = m
        if found is None:
            return None
        words = _name_tail(found.group(1).split())
        if not words:
            return None
        if not _namelike(words):
            return None
        return [*words, surname]

    def _fits(self, name: str, pronoun: str) -> bool:
        if name in self.org_names:
            return pronoun in ("they", "it", "we", "who")
        if pronoun in ("it",):
            return False
        if pronoun == "person":
            return True
        g = self.gender.get(name)
        if pronoun in _MALE:
            return g != "f"
        if pronoun in _FEMALE:
            return g != "m"
        return True

    def pronoun(
        self,
        pronoun: str,
        at: int,
        previous: str | None,
        skip=None,
        sentence_start: int | None = None,
    ) -> str | None:
        """The person "he"/"she" at ``at`` refers to.

        Sentence by sentence backwards from the pronoun: in the pronoun's own sentence, the first
        fitting person named outside quotation marks; in earlier sentences, a fitting grammatical
        subject (named at the start of its sentence, or right before a reporting verb) or the
        previous quotation's speaker. Failing that, the previous speaker, then the most recent
        fitting person.
        """
        if pronoun in ("i", "we"):
            return previous if previous and pronoun == "we" and previous in self.org_names else None
        if pronoun == "they":
            if previous in self.org_names:
                return previous
            orgs = self.recent(at, 600, "organization", skip)
            return orgs[0][1] if orgs else None
        if pronoun == "who":
            people = self.recent(at, 200, "person", skip)
            return people[0][1] if people else previous
        people = [
            (s, n) for s, n in self.recent(at, 3000, "person", skip) if self._fits(n, pronoun)
        ]
        introduced = self._introduced_before(at, pronoun, skip)
        if introduced:
            return introduced
        if not people:
            return previous if previous and self._fits(previous, pronoun) else None
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        for s, n in people:
            by_sentence.setdefault(self._sentence_of(s), []).append((s, n))
        here = self._sentence_of(at)
        if sentence_start is not None and sentence_start > self.sentence_starts_at(here):
            here_start = sentence_start
        else:
            here_start = self.sentence_starts_at(here)
        same = by_sentence.get(here, [])
        if same:
            # The sentence's own subject, even before an earlier quotation in it ("Kerr Putney
            # said ... “…,” but he said the footage “supports what we've heard”").
            later = [(s, n) for s, n in same if s >= here_start]
            subjects = [(s, n) for s, n in same if self._is_subject(s, here)]
            return min(later or subjects or same)[1]
        for k in sorted(by_sentence, reverse=True):
            if k == here:
                continue
            if self._pronoun_subject(k, pronoun):
                continue  # "She said she..." continues the chain: its objects are not "she"
            cands = sorted(by_sentence[k])
            subjects = [n for s, n in cands if self._is_subject(s, k)]
            if subjects:
                if previous in subjects and not self._reporter(cands[0][0], subjects[0]):
                    return previous
                return subjects[0]
            if previous in [n for _, n in cands]:
                return previous
        if previous and self._fits(previous, pronoun):
            return previous
        return people[0][1]

    def _reporter(self, pos: int, name: str) -> bool:
        """Whether the person named at ``pos`` is the subject of a reporting verb right after
        the name ("McLenney said Clinton doesn't ..."): the one who speaks, not the one spoken
        of, is then who a following "she said" means."""
        i = bisect.bisect_left(self.mention_starts, pos)
        if i >= len(self.mentions) or self.mentions[i].name != name:
            return False
        after = self.text[self.mentions[i].end : self.mentions[i].end + 30].split()
        return bool(after) and after[0].strip(_STRIP).lower() in CUES

    def subject_before(self, start: int, end: int, skip=None) -> str | None:
        """The person who is the subject of the last sentence in [start, end), if any.

        A quotation that opens a sentence without attribution normally continues the previous
        speaker, unless the sentence before it introduces someone else ("On Sunday, Sen. Bernie
        Sanders identified ... “The younger people ...”").
        """
        k = self._sentence_of(max(start, end - 1))
        if self.sentence_starts_at(k) < start:
            return None
        i = bisect.bisect_left(self.mention_starts, self.sentence_starts_at(k))
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            i += 1
            if m.kind != "person" or (skip is not None and skip(m.start)):
                continue
            if self._is_subject(m.start, k):
                return m.name
        return None

    def _introduced_before(self, at: int, pronoun: str, skip=None) -> str | None:
        """A person the people extractor missed, introduced as the subject of the sentence right
        before the pronoun's ("Angelique Brunner, a spokeswoman for ..., said ... “…,” she
        said"), adopted as a person of the digest. ``None`` when that sentence names someone the
        entities know, or nobody."""
        k = self._sentence_of(at)
        start = self.sentence_starts_at(k)
        if self.text[start:at].lstrip()[:1] in _OPENING_MARKS:
            k -= 1  # the pronoun follows a quotation that opens its sentence
        if k < 0 or (k == self._sentence_of(at) and k == 0 and start == 0):
            return None
        s0 = self.sentence_starts_at(k)
        s1 = self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else at
        if self.recent(min(s1, at), max(1, min(s1, at) - s0), "person", skip):
            return None
        m = _SUBJECT_NAME.match(self.text, s0, min(s1, s0 + 80))
        if not m:
            return None
        src = Source(m.group(1), m.start(1), m.end(1), None)
        # An uncommon given name is accepted when a person's role follows ("Angelique Brunner,
        # a Washington-based developer and spokeswoman"), not a thing's ("Zero Hedge, a blog").
        role = self.text[m.end(1) : m.end(1) + 60].split(",")[1:2]
        person_role = bool(role) and any(
            w.lower() in HONORIFICS or w.lower().endswith(_ROLE_SUFFIXES) for w in role[0].split()
        )
        name = self.adopt(src, strict=not person_role)
        return name if name and self._fits(name, pronoun) else None

    def _pronoun_subject(self, k: int, pronoun: str) -> bool:
        """Whether sentence ``k`` opens with the same pronoun as its subject."""
        start = self.sentence_starts_at(k)
        head = self.text[start : start + 60].split(",")[-1].split()
        return bool(head) and head[0].strip(_STRIP + "“”\"'").lower() == pronoun

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def sentence_starts_at(self, k: int) -> int:
        return self.sentence_starts[k] if 0 <= k < len(self.sentence_starts) else 0

    def _is_subject(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` is its sentence's subject (by position and cue)."""
        start = self.sentence_starts_at(k)
        prefix = self.text[start:pos]
        chunk = prefix.rsplit(",", 1)[-1]
        words = [w.strip(_STRIP) for w in chunk.split() if w.strip(_STRIP + "“”\"'")]
        while words and words[0].lower() in _CONJUNCTIONS:
            words = words[1:]  # "But Edward Leigh, who is chairman ..., warned"
        if (
            all(w[:1].isupper() or w.lower() in HONORIFICS for w in words)
            and len(words) <= 5
            and not any(w.lower() in _CLAUSE_WORDS or w.lower() in _INTRO for w in words)
        ):
            return True
        before = [w.strip(_STRIP).lower() for w in prefix.split()[-3:]]
        if any(w in CUES for w in before[-2:]) and not (before and before[-1] in _PREPOSITIONS):
            return True  # "..., noted NBC’s Dante Chinni." (not "agreed with Matthews")
        if _APPOSITIVE.match(self.text, pos, pos + 120):
            return True  # introduced with a role: "Henry Crespo, president of ..."
        after = self.text[pos : pos + 80].split()
        for w in after[1:5]:
            lw = w.strip(_STRIP).lower()
            if lw in CUES:
                return True
            if w.endswith((",", ".")):
                break
        return False

    def description(self, phrase: str, at: int, previous: str | None, skip=None) -> str | None:
        words = [_strip_possessive(w) for w in _words(phrase)]
        if not words:
            return None
        head = words[-1]
        if words[0] not in ("the", "this", "that") and not (
            head in HONORIFICS and phrase[:1].islower()
        ):
            return None  # "current Democratic presidential nominee" (cut from "the former...")
        if head in _NEWS_ITEMS:
            # "the article", "the editorial": the publication most recently named.
            for _, name in self.recent(at, 3000, "organization", skip):
                if set(_words(name)) & _PUBLICATION_WORDS:
                    return name
            return previous if previous in self.org_names else None
        if head in _DOCUMENT_NOUNS:
            # "the letter", "the ruling": a text, not a person; it speaks for an organisation
            # only when the previous quotation was already that organisation's.
            return previous if previous in self.org_names else None
        if head in _ORG_NOUNS:
            orgs = self.recent(at, 3000, "organization", skip)
            for _, name in orgs:
                if head in _words(name) or head in ("newspaper", "paper", "outlet", "site"):
                    return name
            if previous in self.org_names:
                return previous
            return orgs[0][1] if orgs and head not in ("campaign",) else None
        # "the New York businessman", "the senator": found like "he" or "she", by subjects.
        return self.pronoun("person", at, previous, skip)
