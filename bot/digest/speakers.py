"""Who said a quotation: resolve the source phrase found by :mod:`bot.digest.cues` to a person.

:class:`SpeakerResolver` turns a phrase into a canonical name from :class:`Entities`: a mention at
the phrase's offsets first (the people extractor knows best), then full names, aliases, surnames
("Mr. Stoltenberg"), roles ("the Secretary General"), pronouns (the most recent fitting person,
preferring the previous quotation's speaker and sentence subjects) and descriptions ("the
newspaper" → the organisation most recently mentioned that fits). A speaker must be one of the
digest's people or organisations: when the text plainly names a speaker the entities lack ("said
Jean-Marc Ayrault"; "Angelique Brunner, a spokeswoman, said ... “…,” she said"), the resolver adds
that :class:`Person` to the same :class:`Entities`; otherwise the answer is ``None``. Nothing else
is ever invented.

Why separate modules: finding the phrase (:mod:`bot.digest.cues`) needs only the text, resolving
it needs the entities; kept apart, each is tested on its own. The word lists and pure phrase tests
the resolver reads live in :mod:`bot.digest.speaker_words`. The phrase finders are re-exported
here so that ``from bot.digest.speakers import source_after`` keeps working.
"""

from __future__ import annotations

import bisect
import re

from bot.digest.cues import (
    _CLAUSE_WORDS,
    _DETERMINERS,
    _INTRO,
    _PREPOSITIONS,
    _STRIP,
    CUES,
    HONORIFICS,
    PRONOUNS,
    PUBLICATION_NOUNS,
    Source,
    sentence_subject,
    source_after,
    source_before,
)
from bot.digest.evidence import _SEAT_BEFORE
from bot.digest.lexicon import FAITHS as _FAITHS
from bot.digest.lexicon import PARTIES as _PARTIES
from bot.digest.lexicon import STOPCAPS as _STOPCAPS
from bot.digest.lexicon import another_office
from bot.digest.model import Entities, Mention, Person
from bot.digest.organizations import _acronym_form, acronyms_of
from bot.digest.registry import _misspelt
from bot.digest.roles import _FIRM_KINDS as _FIRM_KIND_WORDS
from bot.digest.roles import _reports_its_sentence
from bot.digest.speaker_words import (
    _ADOPT_SKIP,
    _APPOSITIVE,
    _BUSINESS_HEADS,
    _CAP_RUN,
    _COLLECTIVES,
    _CONJUNCTIONS,
    _DEMONYMS,
    _DESCRIBED,
    _DOCUMENT_NOUNS,
    _FEMALE,
    _FIRM_SUFFIXES,
    _FLIGHT,
    _GIVEN_NAMES,
    _ISSUED_BY,
    _ISSUED_DOCUMENTS,
    _MALE,
    _MEDIA_ORGS,
    _MEDIA_WORDS,
    _NAME_COMMA,
    _NAME_RUN,
    _NATIONALS,
    _NEWS_ITEMS,
    _NOT_NAME_WORDS,
    _NOT_NAMES,
    _OPENING_MARKS,
    _ORG_KIND_WORDS,
    _ORG_NOUNS,
    _ORG_WORDS,
    _OWN_WORDS,
    _OWNED_PEOPLE,
    _OWNED_TEXT_BEFORE,
    _OWNED_TEXTS,
    _PAIR_AFTER,
    _PAIR_BEFORE,
    _PARTY_MEMBERS,
    _PEOPLE_NOUNS,
    _PUBLICATION_WORDS,
    _ROLE_HEADS,
    _ROLE_SUFFIXES,
    _SAID_UNNAMED,
    _SENTENCE_ADVERBS,
    _SHORT_FORMS,
    _SPOKES,
    _STATEMENT_BY,
    _STATEMENT_NOUNS,
    _STOPCAPS_SET,
    _SUBJECT_NAME,
    _SUBJECT_VERBS,
    _SUFFIXES,
    _SURNAMES,
    _UNISEX,
    _country_key,
    _given,
    _given_gender,
    _kind_word,
    _lex_country,
    _name_tail,
    _namelike,
    _owned,
    _plain_plural,
    _plural_role,
    _possessive_role,
    _role_gender,
    _role_prefix,
    _strip_possessive,
    _sub_body,
    _words,
)

# "... a leading industry figure has said.\n\n" ending a news lead; and a reporting verb.
_LEAD_HAS_SAID = re.compile(
    r" (?:has|have) (?:said|told \w+(?: \w+)?|warned|claimed|admitted|argued|insisted)\.\s*\n\s*"
)
_SPEECH_IN = re.compile(r"\b(?:said|says|told|tells|added|explained|warned)\b")
# "The spokesman said", "The official said": one the text has introduced, no body named here.
_BARE_SPOKESMAN = re.compile(
    r"(The (?:spokesman|spokeswoman|spokesperson|official)) (?:said|says|added)"
)
# '“…,” said a Juventus official': an unnamed speaker after the quotation he reports.
_UNNAMED_SPEAKER = (
    r"(?:a|an) (?:[A-Z][\w'’&-]* ){0,3}(?:spokesman|spokeswoman|spokesperson|official)"
)
_INVERTED_UNNAMED = re.compile(
    rf"[,”\"] (?:(?:said|says|added|adds) ({_UNNAMED_SPEAKER})\b|({_UNNAMED_SPEAKER}) "
    r"(?:said|says|added|adds)\b)"
)
# "A spokesman| for the UK Film Council": the body inside an unnamed subject.
_BODY_INSIDE = re.compile(r" (?:for|of|at) ")
# "..., says Tim Dams": a name right after a comma and a reporting verb reports the sentence.
# Between two names, an apposition that describes the first by the second: ", the eldest
# daughter of ex-King ", ", the wife of ".
_APPOSITION_OF = re.compile(
    r"(?: of [A-Z][\w'-]*)?, (?:the|a|an|his|her) [a-z][a-z' -]{0,50}? of [\w'-]*(?: [\w'-]+)?[ -]?"
)
_NAME_END_BEFORE_WHO = re.compile(r"(?: of [A-Z][\w'-]*)?, ")
# Words that open a clause of another subject after a name.
_OTHER_CLAUSE = frozenset(["but", "while", "who", "which", "whose", "although", "though"])


def _closes_only(segment: str) -> bool:
    """Whether ``segment`` closes a quotation it does not open (one straight double mark, or a
    closing curly one and no opening one)."""
    if "”" in segment:
        return "“" not in segment
    return segment.count('"') == 1


# Words that make the reporting verb after them part of a clause with its own subject: "Buck
# had criticized Mueller" (Mueller is its object, not a subject after an inverted cue).
_VERB_BEFORE = frozenset(
    "had has have will would shall should can could may might must did does do to".split()  # noqa: SIM905
)


# A copula between a name and the quotation that gives its predicate: 'Jones is “a bit
# eccentric,” he said' (the words are about Jones, said by someone else).
_COPULA_AND_MARK = re.compile(
    r" (?:is|was|are|were|remains|seems|has been|had been)(?: not)? [\"“]"
)


# A verb of writing or speech after a sentence's subject: "sent a letter", "wrote on Facebook".
_WROTE_OR_SAID = re.compile(
    r"\b(?:said|says|told|wrote|writes|sent a letter|tweeted|posted|declared|argued)\b"
)


# Words that open a subordinate clause before a sentence's main one.
_SUBORDINATORS = frozenset(
    "When After As Although Though If Because While Since Before Once Until Whenever".split()  # noqa: SIM905
)


def _party_named(words: list[str]) -> str | None:
    """The party a phrase names ("Labour", "the Tories", "The Labour Party"), as the text
    writes it (without "the"), or ``None``."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    bare = words[:-1] if words[-1:] == ["Party"] else words
    name = " ".join(bare)
    return " ".join(words) if len(name) > 2 and name in _PARTIES else None


# A sentence that a pronoun and its reporting verb open, with a colon and a quotation: 'He
# declared: “…”'.
_PRONOUN_INTRODUCES = re.compile(r'(?:He|She) [a-z]+(?: [a-z]+)?: ?["“]')


# A description reporting its sentence after a comma: ", the Tory leader said" (the comma
# perhaps inside a closing mark: '“…,” the Tory leader said').
_DESCRIBED_TAIL = re.compile(
    r",[\"”’']? the (?:[A-Z][a-z]+ |[a-z]+ ){0,3}[a-z]+ "
    r"(?:said|says|added|adds|told|insisted|argued)\b"
)
# A sentence that ends in a pronoun reporting it: ", he said." (with the space after).
_PRONOUN_TAIL = re.compile(r', (he|she) ([a-z]+)\.[\s"”’]*\Z')
# (with a title of up to three capitalised words first: ", said Dr. Bruce Rowell, ...")
_INVERTED_TAIL = re.compile(
    r", (?:says|said|adds|added|argues|argued|warns|warned) (?:[A-Z][\w’'.-]* ){0,3}\Z"
)

_WHO_SPOKE = re.compile(
    r"(?:,? \d{1,3})?,? who (?:\w+ )?(?:told|said|says|tells|added|explained|insisted|admitted)\b"
)

# How a possessive ends, "Kenteris' lawyer" as well as "Blair's".
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")

# Bodies that speak for a state: "the North Korean mission", "the Chinese embassy".
_STATE_MISSIONS = frozenset(["mission", "embassy", "delegation"])

# "Ryan’s office said in a statement", "Fitch said in a letter": who issued the text that
# "the statement said" quotes next.
_ISSUED = frozenset(["statement", "letter"])
# "Sam Clovis was the campaign supervisor", "the supervisor was Sam Clovis": a name (one to
# three capitalised words) said to be the one a description's head names.
_NAME_WORDS = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_IDENTITY = re.compile(
    rf"\b({_NAME_WORDS}) (?:was|is) the ((?:[\w-]+ ){{0,2}}[a-z]+)\b"
    rf"|\bthe ((?:[\w-]+ ){{0,2}}[a-z]+) (?:was|is) ({_NAME_WORDS})"
)

# A passive verb before the "by" that names its agent: "was criticized in a column posted Sunday
# by", "has been written by" (no clause boundary between them).
_PASSIVE_BEFORE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|ght)\b[^.;:!?\"“”]* by $"
)
# A capitalised word that can name whose report it is ("the Kantar report"), not a date.
_ISSUER_WORD = re.compile(r"[A-Z][A-Za-z&.-]+")
# What a body that speaks for its members is called: "the group said".
_GROUP_NOUNS = frozenset(["group", "organization", "organisation", "association", "union"])
# An apposition that ends its sentence: ", a Republican." after a name.
_APPOSITION_ENDS_SENTENCE = re.compile(r", (?:a|an|the) [^,.;:!?\"“”]{1,60}\.(?:\s|$)")
_NOT_A_PASSIVE_SENTENCE = re.compile(
    r"^\W*(?:He|She|They|I|We)\b|\b(?:which|who|whom|whose|that)\b"
)
# What the text calls a body, in an apposition after its name ("Free Press, an advocacy group,").
# (Not the noun before a name: "Rival local club Manchester City" is not "the club" of a text
# about Manchester United.)
_CALLED_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?P<noun>[a-z]+)"
    r"(?:[,.;]| (?:that|which|whose|founded|based)\b)"  # (", a progressive group that ...")
)
# A document being sent: "X wrote a letter to congressional leaders", "X issued a report".
_SENT_DOCUMENT = re.compile(
    r"\b(?:sent|wrote|delivered|issued|released|published) (?:a|an) (?:[\w-]+ ){0,2}?"
    rf"(?P<doc>{'|'.join(sorted(_ISSUED_DOCUMENTS, key=len, reverse=True))})\b"
)
# A signed piece speaks for its author: "authored by Oleg Voloshyn ... the piece said".
_AUTHORED = frozenset(["article", "piece", "op-ed", "column", "essay", "commentary"])
_AUTHORED_BY = re.compile(
    r"\b(?:authored|written|penned) by ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)
_SAID_IN_A_TEXT = re.compile(
    r"\b([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}?)(?:['’]s?(?: office)?)? "
    r"(?:said|says|wrote) (?:\w+ )?in a (statement|letter)\b"
)

# ", China’s Foreign Ministry said in a statement following the talks." ending a sentence.
_FINAL_REPORTER = re.compile(
    r", ((?:[A-Z][\w.'’-]* ){0,4}[A-Z][\w.'’-]*) (?:said|says|added)\b[^,.;:!?]{0,80}[.]\s*\Z"
)

# Places named like bodies, which no "they" means: "Dulles International Airport".
_FACILITIES = frozenset(["Airport", "Station", "Stadium", "Arena", "Hotel", "Bridge", "Tower"])

_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")

# What "the company" may be called: the words of a business.
_BUSINESS_NOUNS = frozenset(["company", "firm", "group", "corporation"])
# Names of laws and texts that the entities may hold as organisations: never "the company" or
# "the agency" that speaks ("the Affordable Care Act", "House Bill 1228").
_TEXTS_NOT_BODIES = frozenset(
    ["Act", "Bill", "Amendment", "Treaty", "Accord", "Agreement", "Constitution"]
)
_COMPANY_WORDS = _BUSINESS_HEADS | _BUSINESS_NOUNS | {"business"}

# A name of two words and the body it works for: "Junya Tanase of JPMorgan Chase bank".
_NAME_OF = re.compile(r"([A-Z][a-z'’-]+ [A-Z][a-z'’-]+) (?:of|at|from) (?:the )?[A-Z].*")

# " for Ofcom." after "a spokesman": one capitalised word, then the clause ends.
_FOR_ONE_WORD = re.compile(r" (?:for|at) ([A-Z][A-Za-z]+)(?=[.,;]|\s*$)")

_GLUED_OPENER = re.compile(r"\w (?:But|However|Meanwhile) ")

# A quotation's end, then its reporting verb before a lone surname ("“...,” said Sotherton"), or
# an article and an adjective ("“...,” a tearful Claxton told"): see ``_lone_surname``.
_LONE_SURNAME_VERBS = ("said", "added", "told", "says", "adds", "explained", "admitted")
_SAID_SURNAME = re.compile(r"[,!?][\"”’'] (?:" + "|".join(_LONE_SURNAME_VERBS) + r") $")
_DESCRIBED_SURNAME = re.compile(r"[,!?][\"”’'] an? [a-z]+ $")
_CLAUSE_START = re.compile(r"(?:\A|[.!?\n][\"”’]? ?|[,!?][\"”’] )\Z")
_SURNAME_SAYS = re.compile(r" (?:" + "|".join(_LONE_SURNAME_VERBS) + r")\b")


def _surname_shaped(word: str) -> bool:
    """Whether a capitalised word opening a clause can be a surname alone: no hyphen ("WSOC-TV"),
    no office ("Judges said") and no plural noun ("Analysts said", "Sources said") unless a
    known surname ends so ("Jones")."""
    low = word.lower()
    if "-" in word or low in _ROLE_HEADS or low.removesuffix("s") in _ROLE_HEADS:
        return False
    return not (low.endswith("s") and not low.endswith("ss")) or word in _SURNAMES


class SpeakerResolver:
    """Resolves source phrases to canonical names in one document's :class:`Entities`."""

    def __init__(self, entities: Entities, text: str, sentence_starts: list[int] | None = None):
        self.entities = entities
        self.text = text
        # "Sam Clovis was the campaign supervisor": who each head is said to be, read once
        self._identities: dict[str, list[tuple[int, str]]] | None = None
        self.sentence_starts = sentence_starts or [0]
        self.person_names = {p.name for p in entities.people}
        self._starts_of: dict[str, set[int]] = {}
        self.org_names = set(entities.organizations)
        self.forms: dict[str, str] = {}  # lowercased full form -> canonical
        self._initial_forms: dict[str, str] | None = None
        self._reading_bare = False  # _bare_spokesman asks description(), which may come back
        # organisations of several words by their last word, lowercase (with the count of
        # organisations it was built from)
        self._by_last_word: tuple[int, dict[str, list[str]]] = (-1, {})
        self.surnames: dict[str, list[str]] = {}
        self.parts: dict[str, list[str]] = {}  # other words of names (first names, family names)
        self.gender: dict[str, str | None] = {}
        self.roles: list[tuple[tuple[str, ...], str]] = []
        for p in entities.people:
            self._add_form(p.name, p.name)
            gender = p.gender
            first_word = p.name.split()[0] if p.name.split() else ""
            if gender is not None and first_word in _UNISEX and gender == _given_gender(first_word):
                gender = None  # "Terry", "Jordan": a guess from the name, not from the text
            for a in p.aliases:
                self._add_form(a, p.name)
                aw = _words(a)
                if gender is None and aw:
                    if aw[0] in ("mr", "mr."):
                        gender = "m"
                    elif aw[0] in ("mrs", "mrs.", "ms", "ms.", "miss"):
                        gender = "f"
            gender = _role_gender(p.role, p.aliases) or gender
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
            words = _words(o)
            if words and words[0] == "the":
                self._add_form(" ".join(words[1:]), o)
        for o in entities.organizations:
            for short in _SHORT_FORMS.get(o, ()):
                self._add_form(short, o)  # "the Fed said" → the Federal Reserve
            head, _, last = o.rpartition(" ")
            if last in _FIRM_SUFFIXES and " " in head:
                self._add_form(head, o)  # "Holland America said" → Holland America Line
        # kind of organisation -> (scanned up to, position, name) of the last one of that kind
        self._kind_scans: dict[tuple[str, ...], tuple[int, int, str | None]] = {}
        self._firms: set[str] = set()  # bodies an apposition called a business
        self._called: dict[str, set[str]] | None = None  # body -> nouns the text calls it by
        self.mentions = sorted(entities.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self._genders_from_text()

    def _genders_from_text(self) -> None:
        """Genders the text itself shows: a sentence that opens with "She" or "He" right after
        a sentence whose subject is a person refers to that person. Two or more such sentences,
        all agreeing, outweigh a guess from the given name (or its absence)."""
        votes: dict[str, list[int]] = {}
        starts = self.sentence_starts
        chain: tuple[int, int, str] | None = None  # (sentence, pronoun, person) just voted
        for k in range(1, len(starts)):
            head = self.text[starts[k] : starts[k] + 4].lower()
            if head.startswith("she "):
                g = 1
            elif head.startswith("he "):
                g = 0
            else:
                continue
            if chain is not None and chain[0] == k - 1 and chain[1] == g:
                # "She started ... She then ...": the chain goes on.
                votes[chain[2]][g] += 1
                chain = (k, g, chain[2])
                continue
            for m in self.between(starts[k - 1], starts[k]):
                if m.kind == "person" and m.name in self.person_names:
                    if self._is_subject(m.start, k - 1):
                        votes.setdefault(m.name, [0, 0])[g] += 1
                        chain = (k, g, m.name)
                    break
        for name, (male, female) in votes.items():
            needed = 1 if self.gender.get(name) is None else 2
            if female >= needed and not male:
                self.gender[name] = "f"
            elif male >= needed and not female:
                self.gender[name] = "m"

    def _add_form(self, form: str, name: str) -> None:
        key = " ".join(_words(form))
        if key and key not in self.forms:
            self.forms[key] = name

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in [lo, hi), in text order (a slice of the sorted list)."""
        starts = self.mention_starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def mention_at(self, start: int, end: int) -> str | None:
        """The entity mentioned inside [start, end), the last one when several (the head noun)."""
        found = None
        for m in self.between(start, end):
            if m.end <= end:
                if (
                    found in self.person_names
                    and m.name in self.org_names
                    and self.text.startswith(" of ", m.start - 4)
                ):
                    break  # "Dahlia Lithwick of Slate magazine": the person, not her employer
                found = m.name
        if found is None:
            # "A senior Japanese Finance Ministry official": a phrase cut after the body's
            # first word still names the body
            i = bisect.bisect_left(self.mention_starts, start) - 1
            before = self.mentions[i] if i >= 0 else None
            if before is not None and start < before.end <= end and before.kind == "organization":
                found = before.name
        if found in self.person_names or found in self.org_names:
            return found
        return None

    def mention_starts_of(self, name: str) -> set[int]:
        """Where the text mentions ``name`` (kept: a document's quotations may ask again)."""
        if name not in self._starts_of:
            self._starts_of[name] = {m.start for m in self.mentions if m.name == name}
        return self._starts_of[name]

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
        if len(phrase) <= 5 and _acronym_form(phrase):
            hit = self._initials().get(key)
            if hit is not None:
                return hit  # "GM said" → General Motors
        while len(words) > 1 and (words[0] in HONORIFICS or words[0] in _DETERMINERS):
            words = words[1:]
            if " ".join(words) in self.forms:
                return self.forms[" ".join(words)]
        if not words:
            return None
        if "of" in words[1:-1]:
            # "Rebecca English of the Daily Mail": the person before "of", not her employer.
            head = words[: words.index("of", 1)]
            if " ".join(head) in self.forms and self.forms[" ".join(head)] in self.person_names:
                return self.forms[" ".join(head)]
        # The longest run of the phrase that is a known form, from the right ("Clinton campaign
        # spokesman Brian Fallon" -> "Brian Fallon"). A name before a lowercase role is its
        # owner, not the speaker ("the Clinton adviser", "Trump aide").
        if _owned(phrase):
            return None  # found as a description, among people other than the owner
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

    def _initials(self) -> dict[str, str]:
        """Organisations by their initials ("gm" → General Motors, "bat" → British American
        Tobacco, which the BBC writes "Bat"), when one has them; read once, and only for a
        document whose attribution is such a word."""
        if self._initial_forms is None:
            found: dict[str, set[str]] = {}
            for o in self.entities.organizations:
                caps = [w for w in o.split() if w not in ("of", "the", "and", "for", "&")]
                if len(caps) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in caps):
                    found.setdefault("".join(w[0] for w in caps).lower(), set()).add(o)
            self._initial_forms = {
                k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in self.forms
            }
        return self._initial_forms

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
                and not another_office(role_words, words)
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
        document_owner = self._document_owner(src) or self._issuer_of_the_text(src)
        if document_owner is not None:
            return document_owner
        relayed = self._relayed_by_outlet(src, sentence_start)
        if relayed is not None:
            return relayed
        owner_pronoun = _OWNER_PRONOUNS.get(src.phrase.split(" ", 1)[0])
        if owner_pronoun is not None and (
            _owned_text_phrase(src.phrase) or src.phrase.split()[1:] == ["office"]
        ):
            # (and "His office said he “…”": his staff speak for him, as "Collins’ office")
            # '"…," a statement on her website said': her own words, whoever "she" is
            return self.pronoun(owner_pronoun, src.start, previous, skip, sentence_start)
        hit = self.mention_at(src.start, src.end)
        if (hit is None or " " not in hit) and self._aged_description(src):
            # "The 68-year-old Yankee said": a description of the man, not a name.
            described = self.description("the " + src.phrase, src.start, previous, skip)
            if described or hit not in self.person_names:
                return described
        if hit in self.person_names and _owned(src.phrase):
            # "the Clinton adviser said": Clinton owns the role; the adviser speaks.
            tail = src.phrase.split()[-1]
            if not any(tail.lower() == w for w in _words(hit)):
                hit = None
        if hit in self.org_names and _owned(src.phrase) and src.phrase.lower().startswith("the "):
            # "the Arsenal boss added": the club owns the role; its holder speaks ("a Google
            # spokesperson" is nobody in particular: Google speaks).
            hit = self.description(src.phrase, src.start, previous, skip)
        if hit in self.org_names and _sub_body(src.phrase, hit):
            # "the UN agency said" after "The World Health Organization warned": the agency
            # just named, not the UN.
            hit = self.description(src.phrase, src.start, previous, skip) or hit
        if hit:
            self._note_firm(src, hit)
            return hit
        low = src.phrase.lower()
        if src.pronoun or low in PRONOUNS:
            return self.pronoun(low, src.start, previous, skip, sentence_start)
        if src.phrase[:1].isupper() and " " not in src.phrase:
            seat = _SEAT_BEFORE.search(self.text, max(0, src.start - 60), src.start)
            if seat is not None:
                return self.description("the " + seat.group(1), src.start, previous, skip)
        named = self.by_name(src.phrase, src.start) or self._org_by_initials(src.phrase)
        party = _party_named(src.phrase.split()) if named is None else None
        if party is not None and not self._capital_description(src):
            return self._organisation(party)  # "Labour said the poster was “…”": the party
        hit = named or self._named_office(src.phrase)
        if hit:
            self._note_firm(src, hit)
            return hit
        hit = self.by_role(src.phrase)
        if hit and not any(start < src.start for start in self.mention_starts_of(hit)):
            # "The singer grabbed ..." before the singer Sir Elton John is named: whom the
            # description refers back to, if anyone
            hit = self.description(src.phrase, src.start, previous, skip) or hit
        if hit:
            return hit
        hit = self.description(src.phrase, src.start, previous, skip)
        if hit:
            self._described_role(hit, src.phrase)
            return hit
        if self._capital_description(src):
            # "the Washington Democrat said", "the Texas Republican": a person named by party
            # (and state), found like "the senator".
            return self.description("the " + src.phrase, src.start, previous, skip)
        if src.cue is not None:
            hit = self.country(src.phrase) or self.media(src.phrase)
            if hit:
                return hit
            hit = self._misspelt_surname(src.phrase)
            if hit:
                return hit
        firm = self._firm_in_apposition(src)
        if firm is not None:
            return firm
        affiliated = _NAME_OF.fullmatch(src.phrase) if src.cue is not None else None
        if affiliated is not None:
            # "said Junya Tanase of JPMorgan Chase bank in Tokyo": a name and its employer, the
            # name spelt in full though neither word is in the lists
            name = affiliated.group(1)
            return self.adopt(Source(name, src.start, src.start + len(name), src.cue), strict=False)
        return self.adopt(src, strict=not (src.signature or self._role_follows(src.end)))

    def _relayed_by_outlet(self, src: Source, sentence_start: int | None) -> str | None:
        """ "Lightfoot sent a letter to the White House rejecting agents who “…,” according to
        the Associated Press": a news outlet that relays what the sentence's subject wrote or
        said is not the speaker; the subject is (when a verb of writing or speech follows it)."""
        if src.cue != "according to" or src.pronoun or sentence_start is None:
            return None
        outlet = self.by_name(src.phrase, src.start)
        if outlet is None or not _media_name(outlet):
            return None
        subject = sentence_subject(self.text, sentence_start, src.start)
        if subject is None:
            return None
        person = self.by_name(subject.phrase, subject.start)
        if person not in self.person_names:
            return None
        if _WROTE_OR_SAID.search(self.text, subject.end, src.start) is None:
            return None
        return person

    def _add_mention(self, src: Source, name: str, kind: str) -> None:
        """A source this resolver adopted becomes a mention, kept in text order."""
        k = bisect.bisect_left(self.mention_starts, src.start)
        self.mention_starts.insert(k, src.start)
        self.mentions.insert(k, Mention(src.start, src.end, name, kind))

    def _note_firm(self, src: Source, org: str) -> None:
        """A known organisation that an apposition calls a business ("Munich Re, the world's
        biggest reinsurer, said") is one: "the aid agency" said later is not it."""
        if (
            org in self.org_names
            and org not in self._firms
            and _called_a_business(self.text, src.end)
        ):
            self._firms.add(org)

    def _firm_in_apposition(self, src: Source) -> str | None:
        """ "Munich Re, the world's biggest reinsurer, said": a name the apposition after it
        calls a business speaks for that business (added to the digest's organisations)."""
        if not _called_a_business(self.text, src.end):
            return None
        words = src.phrase.split()
        if words and words[0] in ("The", "the"):
            words = words[1:]
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        if _given(words[0]) and len(words) >= 2 and words[-1] in _SURNAMES:
            return None  # a person's name: "John Smith, a City banker" is no bank
        name = self._organisation(" ".join(words))
        self._firms.add(name)
        self._add_mention(src, name, "organization")
        return name

    def _misspelt_surname(self, phrase: str) -> str | None:
        """ "Tim Durkan ... “…,” Durken said": a surname one letter off the surname of exactly
        one person of the digest (five letters or more: short names differ by design)."""
        if not phrase[:1].isupper() or not phrase.isalpha():
            return None
        return _misspelt(phrase.lower(), self.surnames)

    def _document_owner(self, src: Source) -> str | None:
        """ "The Bank's minutes said", "Mr Kapor's letter said": whose text it is, when the
        owner is a person or organisation of the digest ("the Bank" for the Bank of England
        the text has named)."""
        if src.pronoun:
            return None
        words = src.phrase.split()
        before = (
            _OWNED_TEXT_BEFORE.search(self.text, max(0, src.start - 80), src.start)
            if self.text.endswith(("to ", "for ", "the "), 0, src.start)  # (a cheap test first)
            else None
        )
        if before is not None:
            words = before.group(1).split()  # "United's statement to the stock exchange said"
        if len(words) < 2 or words[-1].lower() not in _OWNED_TEXTS:
            return None
        k = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), -1)
        if k < 0 or not all(w[:1].isupper() for w in words[: k + 1] if w not in ("the", "of")):
            return None
        owner = [_strip_possessive(w) for w in words[: k + 1] if w not in ("The", "the")]
        if not owner:
            return None
        hit = self.by_name(" ".join(owner), src.start)
        if hit is not None:
            return hit
        for _, name in self.recent(src.start, 3000, "organization"):
            if set(owner) <= set(name.split()):
                return name  # "the Bank": the Bank of England named before
        return None

    def _state_of(self, words: list[str]) -> str | None:
        """The country a demonym among ``words`` names, as the digest's places write it
        ("North Korean" -> "North Korea"), adopted as a speaking state (see :meth:`country`)."""
        caps = [w for w in words if w[:1].isupper()]
        for n in (2, 1):
            for k in range(len(caps) - n + 1):
                demonym = " ".join(caps[k : k + n])
                if demonym not in _DEMONYMS:
                    continue
                key = _country_key(demonym)
                for place in self.entities.places:
                    if _lex_country(place) and _country_key(place) == key:
                        return self.country(place)
        return None

    def _org_by_initials(self, phrase: str) -> str | None:
        """ "GM vowed to fight" after "General Motors Co": the one organisation whose name the
        acronym spells (see :func:`~bot.digest.organizations.acronyms_of`)."""
        if not (2 <= len(phrase) <= 6 and phrase.isalpha() and phrase.isupper()):
            return None
        hits = [name for name in self.org_names if phrase in acronyms_of(name)]
        return hits[0] if len(hits) == 1 else None

    def _identified_as(self, head: str, at: int) -> str | None:
        """The person a sentence anywhere in the text says the description is: "Clovis was the
        campaign supervisor", "the supervisor was Sam Clovis" (a named person of the digest).
        The text's statements of the kind are read once per document (one scan), by head."""
        if head not in _ROLE_HEADS:
            return None
        if self._identities is None:
            self._identities = {}
            if " was " in self.text or " is " in self.text:
                for m in _IDENTITY.finditer(self.text):
                    # "X was the campaign supervisor": any of the words after "the" may be
                    # the head; "the campaign supervisor was X": the word before "was"
                    words = m.group(2).split() if m.group(1) else m.group(3).split()[-1:]
                    for word in words:
                        self._identities.setdefault(word, []).append(
                            (m.start(), m.group(1) or m.group(4))
                        )
        for start, name in self._identities.get(head, ()):
            hit = self.by_name(name, start)
            if hit in self.person_names:
                return hit
        return None

    def _issuer_of_the_text(self, src: Source) -> str | None:
        """ "Ryan’s office said in a statement. “…,” the statement said": the one the text
        has just said issued a statement (or letter), named before it within 600 characters."""
        words = src.phrase.lower().split()
        if src.pronoun or len(words) != 2 or words[0] != "the":
            return None
        if words[1] in _AUTHORED:
            # "The article, which was authored by Oleg Voloshyn, ... “…,” the piece said"
            by = None
            for m in _AUTHORED_BY.finditer(self.text, max(0, src.start - 600), src.start):
                by = m
            return self.by_name(by.group(1), by.start(1)) if by is not None else None
        if words[1] not in _ISSUED:
            return None
        found = None
        for m in _SAID_IN_A_TEXT.finditer(self.text, max(0, src.start - 600), src.start):
            if m.group(2) == words[1]:
                found = m
        if found is None:
            return None
        return self.by_name(found.group(1), found.start(1))

    def _described_role(self, name: str, phrase: str) -> None:
        """A person the text names without a role, quoted as "the defender" or "the prime
        minister": the description is the role the text gives them."""
        words = phrase.split()
        if len(words) < 2 or words[0].lower() != "the" or name not in self.person_names:
            return
        run: list[str] = []
        for w in reversed(words[1:]):
            if not (w.isalpha() and w.islower()):
                break
            run.insert(0, w)
        while run and run[0] in ("former", "new", "veteran"):
            run = run[1:]
        if not run or run[-1] not in _ROLE_HEADS or run[-1] in _SPOKES:
            return
        person = next((p for p in self.entities.people if p.name == name), None)
        if person is not None and person.role is None:
            person.role = " ".join(run)

    def _aged_description(self, src: Source) -> bool:
        """One capitalised word after "the 68-year-old" or "the former" ("the 68-year-old
        Yankee", "the former Gunner")."""
        return (
            not src.pronoun
            and " " not in src.phrase
            and _DESCRIBED.search(self.text, max(0, src.start - 30), src.start) is not None
        )

    def _capital_description(self, src: Source) -> bool:
        """A capitalised phrase after "the" whose head is a party member or a nationality
        ("the Washington Democrat", "the veteran Republican", "the South Korean")."""
        words = src.phrase.split()
        if not words or words[0].lower() in ("the", "a", "an"):
            return False
        if self.text[max(0, src.start - 4) : src.start].lower() != "the ":
            return False
        head = _strip_possessive(words[-1])
        return (
            head in _PARTY_MEMBERS
            or head in _NATIONALS
            or (head in _DEMONYMS and " ".join(words) not in _MEDIA_ORGS)
            or (len(words) > 1 and head.lower() in _ROLE_HEADS)  # "the Labour MP"
            or head.lower().removesuffix("-elect") in _ROLE_HEADS  # "the President-elect"
        )

    def _role_follows(self, end: int) -> bool:
        """Whether a person's role stands in apposition right after ``end`` ("said Charitha
        Pattiaratchi, an oceanographer at ...") or the body the name speaks for ("Shigeo Morioka
        of the International Longevity Centre"): a name so introduced is a person's, even when
        its given name is not in the lexicon (but "Zero Hedge, a blog" is not)."""
        after = self.text[end : end + 80]
        if _AFFILIATION_AFTER.match(after):
            return True  # "explains Shigeo Morioka of the International Longevity Centre"
        if not after.startswith(", "):
            return False
        head = ""
        for w in after[2:].split():
            low = w.strip(_STRIP).lower()
            if low in _DETERMINERS and not head:
                continue
            if low in _CLAUSE_WORDS or low in _PREPOSITIONS or not low.isalpha():
                break
            head = low
            if w.endswith((",", ".", ";")):
                break
        return (
            bool(head)
            and head not in _BUSINESS_HEADS
            and (head in _ROLE_HEADS or head in HONORIFICS or head.endswith(_ROLE_SUFFIXES))
        )

    def media(self, phrase: str) -> str | None:
        """ "The Sydney Morning Herald reported", "the Daily Telegraph wrote", "Bloomberg
        said": a news outlet the entities lack speaks as an organisation and joins them."""
        words = [_strip_possessive(w) for w in phrase.split()]
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and words[-1] in PUBLICATION_NOUNS:
            # "America's TV Guide magazine": the outlet's name before the kind of outlet
            named = words[1:-1] if _lex_country(words[0]) else words[:-1]
            if 0 < len(named) <= 4 and all(w[:1].isupper() for w in named):
                return self._organisation(" ".join(named))
            return None
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        if not (
            (len(words) == 1 and words[0] in _MEDIA_ORGS)
            or (len(words) > 1 and words[-1] in _MEDIA_WORDS)
        ):
            return None
        return self._organisation(" ".join(words))

    def _body_of_spokesperson(self, at: int) -> str | None:
        """ "A Top of the Pops spokesperson said", "A Top Gear spokeswoman": the body of two or
        more capitalised words between the article and the spokesperson speaks (not a person's
        or a party's spokesman: those are read elsewhere). Read from the text, as the source
        phrase may stop at "of"."""
        m = _SPOKESPERSON_OF_BODY.match(self.text, at)
        if m is None:
            return None
        middle = m.group(1).split()
        if _party_named(middle) is not None or middle[0] in _GIVEN_NAMES:
            return None  # "A Labour Party spokesman", "A Tony Blair spokesman"
        name = m.group(1)
        known = self.by_name(name, at)
        if known in self.person_names:
            return None
        return self._organisation(known or name)

    def _spokesman_party(self, words: list[str]) -> str | None:
        """The party a spokesman's phrase names between its article and its last word ("A
        Labour spokesman", "A Conservative Party spokesman"), as an organisation, or None."""
        party = _party_named(words[1:-1]) if len(words) >= 3 else None
        return self._organisation(party) if party is not None else None

    def _organisation(self, name: str) -> str:
        """The digest's organisation of that name (any case), added when it has none yet: every
        speaker must stay one of the digest's people or organisations."""
        for org in self.org_names:
            if org.lower() == name.lower():
                return org
        if " " not in name:
            # "Cairn has also been granted ..." after "Cairn Energy": the short form of the one
            # organisation whose name it opens
            longer = [o for o in self.org_names if o.startswith(name + " ")]
            if len(longer) == 1:
                return longer[0]
        self.entities.organizations.append(name)
        self.org_names.add(name)
        self._add_form(name, name)
        return name

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
        elif 2 <= len(words) <= 3 and all(w.isupper() and len(w) > 1 for w in words):
            words = [w.title() for w in words]  # "GARY BRADSHAW, PORTFOLIO MANAGER ..."
        honorific = bool(words) and (
            words[0].lower().strip(".") in _ADOPT_SKIP or words[0].lower() in HONORIFICS
        )
        if any(w in _ORG_WORDS for w in words):
            return None  # "The month-old Committee to Protect Bloggers": a body, not a person
        words = _name_tail([_strip_possessive(w.strip(",")) for w in words])
        if not words or len(words) > 4:
            return None
        if not _namelike(words):
            return None
        if len(words) == 1:
            full = self._full_name_before(words[0], src.start)
            if full is None:
                if honorific:
                    return None
                firm = self._firm_by_first_word(words[0])
                if firm is not None:
                    return firm  # "Merrill said in a statement" after "Merrill Lynch"
                firm = self._adopt_firm(words[0], src)
                if firm is not None or not self._lone_surname(words[0], src):
                    return firm
                return self._adopt_person([words[0]], src)
            words = full
        name = " ".join(words)
        if strict and not (
            _given(words[0])
            or "." in words[0]
            or honorific
            or (len(words) == 2 and words[1] in _SURNAMES and words[0] not in _NOT_NAME_WORDS)
        ):  # ("Kazuhiro Takahashi": a known surname after a name-shaped word is someone)
            return None  # "Zero Hedge" is a website: a person's name starts with a given name
        if name in self.entities.places or _lex_country(name):
            return None
        if name in self.person_names or name in self.org_names:
            return name
        return self._adopt_person(words, src)

    def _adopt_person(self, words: list[str], src: Source) -> str:
        """Append the person named ``words`` (the source ``src``) to the digest's people."""
        name = " ".join(words)
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
        self._add_mention(src, name, "person")
        return name

    def _named_office(self, phrase: str) -> str | None:
        """ "the US Trade Representative's Office said": an office named after its holder's
        title speaks as a body (and joins the organisations)."""
        words = [w for w in phrase.split() if w.lower() != "the"]
        if (
            2 <= len(words) <= 6
            and words[-1] in _ORG_WORDS
            and words[-2].endswith(("'s", "’s"))
            and all(w[:1].isupper() for w in words)
        ):
            return self._organisation(" ".join(words))
        return None

    def _lone_surname(self, word: str, src: Source) -> bool:
        """ "“I've surprised myself,” said Sotherton.", "“I'm so happy,” a tearful Claxton told
        BBC Sport": one capitalised word right after a quotation and its reporting verb (or "a"
        and an adjective) is someone the report names by surname alone, as sports reports do,
        when the word is nothing else the text or the lexicon knows (no lowercase word, place,
        body or nationality) and never follows "in", "at", "from", "to" or "the" (a place's or a
        body's name: "in Sheffield")."""
        if (
            len(word) < 3
            or not word[0].isupper()
            or word.isupper()
            or not word.replace("'", "").replace("-", "").isalpha()
            or word in _GIVEN_NAMES
            or word in _STOPCAPS_SET
            or word in _DEMONYMS
            or word in self.entities.places
            or word in self.org_names
            or _lex_country(word)
            or not _namelike([word])
            or self._written_lowercase(word)
            or self._after_place_word(word)
        ):
            return False
        before = self.text[max(0, src.start - 40) : src.start]
        if _SAID_SURNAME.search(before):
            return self.text[src.end : src.end + 1] in (".", ",")
        says = _SURNAME_SAYS.match(self.text, src.end)
        owned = self.text.endswith(("'s", "’s"), 0, src.end)  # "Moody’s said": the agency
        if _CLAUSE_START.search(before) and says and not owned and _surname_shaped(word):
            # '“This is not a partisan issue,” Jarrett said in a conference call.', "Goldberg
            # added, “…”": a surname opening the clause its reporting verb follows (not
            # "Schneider said it “…”": a body)
            return not self.text.startswith((" it ", " its "), says.end())
        return _DESCRIBED_SURNAME.search(before) is not None and src.cue in _LONE_SURNAME_VERBS

    def _written_lowercase(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case, as a word of its own (a pattern
        is compiled only when the letters occur at all: most words never do)."""
        low = word.lower()
        return low in self.text and re.search(rf"\b{re.escape(low)}\b", self.text) is not None

    def _after_place_word(self, word: str) -> bool:
        """Whether the text writes ``word`` after "in", "at", "from", "to" or "the" ("in
        Sheffield"): a place's or a body's name."""
        if not any(f"{w} {word}" in self.text for w in ("in", "In", "at", "from", "to", "the")):
            return False
        return re.search(rf"\b(?:[Ii]n|at|from|to|the) {re.escape(word)}\b", self.text) is not None

    def _firm_by_first_word(self, word: str) -> str | None:
        """The one organisation of the digest whose name opens with ``word`` and goes on
        ("Merrill" for "Merrill Lynch"), or ``None``."""
        hits = [n for n in self.org_names if n.startswith(word + " ")]
        return hits[0] if len(hits) == 1 and word not in self.person_names else None

    def _adopt_firm(self, word: str, src: Source) -> str | None:
        """ "“Rail travel remains reliable,” Amtrak said": one capitalised word that is no given
        name or known surname, that the text names at least twice and never with an honorific,
        speaks for an organisation (a person's lone surname would have been named in full)."""
        if (
            word in _GIVEN_NAMES
            or word in _SURNAMES
            or len(word) < 3
            or not word[0].isupper()
            or word in self.entities.places
            or _lex_country(word)
            or (word.endswith("s") and word[:-1] in _FAITHS)  # "urged Muslims not to vote"
            or (word.isupper() and word.title() in _STOPCAPS)  # a page label: "ADVERTISEMENT"
            or self.text.count(word) < 2
            or re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? {re.escape(word)}\b", self.text)
        ):
            return None
        word = self._organisation(word)
        self._add_mention(src, word, "organization")
        return word

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
        owner = max((k for k, w in enumerate(words) if w.endswith(_POSSESSIVE_ENDS)), default=-1)
        words = words[owner + 1 :]  # "Japan's Sumitomo Mitsui": a country's, not a given name
        if not words:
            return None
        if not _namelike(words):
            return None
        return [*words, surname]

    def collective(self, phrase: str) -> str | None:
        """ "The Palestinian leadership", "the Chinese government", "Russia's foreign ministry":
        a state's body that the text names only by description speaks as an organisation; it
        joins the digest's organisations under that description ("Palestinian leadership")."""
        words = [_strip_possessive(w) for w in phrase.split()]
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if not 2 <= len(words) <= 4 or words[-1].lower() not in _COLLECTIVES:
            return None
        if words[-1][:1].isupper() or not words[0][:1].isupper():
            return None
        if not (words[0] in _DEMONYMS or _lex_country(words[0])):
            return None
        if not all(w.islower() for w in words[1:]):
            return None  # "the Chinese Communist Party" is a name the entities should hold
        return self._organisation(" ".join(words))

    def _org_of_kind(
        self, kind: tuple[str, ...], at: int, orgs: list[tuple[int, str]]
    ) -> str | None:
        """ "The airline said": the organisation of that kind most recently mentioned; one the
        entities lack ("AirAsia's flight") is added to the digest's organisations."""
        for _, name in orgs:
            words = name.split()
            if any(_kind_word(w, kind) for w in words) and "Force" not in words:
                return name
        # Scan only the text not scanned for this kind before: many "the airline said" in one
        # document stay linear in its length.
        lo = max(0, at - 3000)
        last_at, found_at, found = self._kind_scans.get(kind, (-1, -1, None))
        if last_at <= at:
            lo = max(lo, last_at)
        else:
            found_at, found = -1, None
        for pos, name in self._kind_names(kind, lo, at):
            found_at, found = pos, name
        self._kind_scans[kind] = (at, found_at, found)
        if found_at < at - 3000:
            found = None
        if found is None:
            return None
        for name in self.org_names:
            if name.lower() == found.lower():
                return name
        self.entities.organizations.append(found)
        self.org_names.add(found)
        self._add_form(found, found)
        return found

    def _kind_names(self, kind: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, str]]:
        """Names of organisations of ``kind`` written in [lo, hi), in order of position."""
        out: list[tuple[int, str]] = []
        for m in _CAP_RUN.finditer(self.text, lo, hi):
            words = m.group().split()
            for n, w in enumerate(words):
                if w.endswith(("'s", "’s")):
                    words = words[: n + 1]
                    break
            words = [_strip_possessive(w) for w in words if w not in _STOPCAPS_SET]
            if (
                words
                and "Force" not in words
                and any(_kind_word(w, kind) for w in words)
                and (len(words) == 1 or not _kind_word(words[0], kind) or words[-1].lower() in kind)
            ):
                out.append((m.start(), " ".join(words)))
        if "airlines" in kind:
            # "an easyJet flight", "Qantas flight QF32", "SkyJet's Flight 204": an airline.
            for m in _FLIGHT.finditer(self.text, lo, hi):
                words = m.group(1).split()
                while words and (
                    words[0] in _STOPCAPS_SET
                    or words[0].lower() in _NOT_NAMES
                    or _lex_country(words[0])
                ):
                    words = words[1:]  # "On Sunday the Qantas flight", "Indonesia"
                if words:
                    out.append((m.start(), " ".join(words)))
            out.sort()
        return out

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
        accept=None,
    ) -> str | None:
        """The person "he"/"she" at ``at`` refers to (``accept``, if given, narrows who can be
        meant: a description's sex, role or owner).

        Sentence by sentence backwards from the pronoun: in the pronoun's own sentence, the first
        fitting person named outside quotation marks; in earlier sentences, a fitting grammatical
        subject (named at the start of its sentence, or right before a reporting verb) or the
        previous quotation's speaker. Failing that, the previous speaker, then the most recent
        fitting person.
        """
        if pronoun in ("i", "we"):
            return previous if previous and pronoun == "we" and previous in self.org_names else None
        if pronoun == "it":
            if previous in self.person_names and _OWNED_TEXT_SAID.search(
                self.text, max(0, at - 400), at
            ):
                return previous  # "Mr Crosby's statement said: “…” It added: “…”": his text
            # "“…,” it said": the organisation quoted last, or one the text is about (but
            # "Deutsche Boerse said TCI's opposition would not change its bid. “…,” it said":
            # the body the sentence before has say something, not the one quoted earlier).
            if previous in self.org_names:
                body = self._subject_body(at, 1)
                if (
                    body is not None
                    and body != previous
                    and (self._says(body, at) or self.text.endswith("\n", 0, at))
                ):
                    # (or "... the NIESR report was optimistic.\n\nIt said ...": a paragraph
                    # that "it" opens goes on from the body the one before ended on)
                    return body
                return previous
            return self._subject_body(at)
        if pronoun == "they":
            if previous in self.org_names:
                return previous
            pair = self._pair_subject(at, skip)
            if pair is not None:
                return pair  # "Bill and Denise Richard wrote ... “…,” they said": the couple
            if previous is not None and previous in self._paired_before(at):
                return previous  # the couple's quotation goes on
            orgs = [
                (s, n)
                for s, n in self.recent(at, 600, "organization", skip)
                if n.rsplit(" ", 1)[-1] not in _FACILITIES
            ]  # ("arrived at Dulles International Airport ... But they agreed": not the airport)
            return orgs[0][1] if orgs else None
        if pronoun == "who":
            people = self.recent(at, 200, "person", skip)
            if len(people) >= 2 and people[0][1] != people[1][1]:
                # "Princess Marguerite, the eldest daughter of ex-King Michael, who said": the
                # one the apposition describes, not the one named inside it.
                first = self._mention_starting(people[1][0])
                last = self._mention_starting(people[0][0])
                if (
                    first is not None
                    and last is not None
                    and _APPOSITION_OF.fullmatch(self.text, first.end, last.start)
                    and _NAME_END_BEFORE_WHO.fullmatch(self.text, last.end, at)
                ):
                    return people[1][1]
            return people[0][1] if people else previous
        if accept is not None:
            fits = self._fits

            def _fits(name: str, pronoun: str) -> bool:
                return fits(name, pronoun) and accept(name)

        else:
            _fits = self._fits
        people = [(s, n) for s, n in self.recent(at, 3000, "person", skip) if _fits(n, pronoun)]
        unnamed_subject = self._unnamed_subject(at, pronoun, skip) if pronoun != "it" else None
        if unnamed_subject is not None:
            # "A local fisherman ... said it was overloaded. “…,” he said.": nobody named (or,
            # "A spokesman for the British Casino Association said ...", the body he speaks for)
            return unnamed_subject or None
        if pronoun in ("he", "she"):
            unnamed = self._unnamed_speaker_before(at, skip)
            if unnamed is not None:
                # "..., said an official at the Hokkaido Regional Development Bureau. “…,” he
                # told AFP": the unnamed official, who speaks for the bureau if it is known.
                return unnamed or None
        introduced = self._introduced_before(at, pronoun, skip)
        if introduced and (accept is None or accept(introduced)):
            return introduced
        if not people:
            return previous if previous and _fits(previous, pronoun) else None
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        for s, n in people:
            if self._in_video_box(s):
                continue  # "JUST WATCHED Jimmy Savile's 9-year-old Scout victim Replay ...": a
                # link to a video pasted into the text, no sentence of the story
            if self.text.find("\n", s, at) < 0 and self._subject_of_quoted_words(s, at):
                # ('Jackson is "not a political person. ...,” he said': over a stop, in one
                # paragraph; not 'Reverend Olds "saw ...' whose words run on to the next)
                continue
            by_sentence.setdefault(self._sentence_of(s), []).append((s, n))
        here = self._sentence_of(at)
        if sentence_start is not None and sentence_start > self.sentence_starts_at(here):
            here_start = sentence_start
        else:
            here_start = self.sentence_starts_at(here)
        same = [
            (s, n)
            for s, n in by_sentence.get(here, [])
            if not self._topic_opening(s, here)
            and not self._topic_of(s, here)
            and not self._owns_subject(s)
            and not self._subject_of_quoted_words(s, at)
            and not self._possessive_topic(s, at)
        ]
        if same and pronoun in ("he", "she"):
            first_at = min(same)[0]
            opening = self.text[self.sentence_starts_at(here) : first_at].lower()
            if re.search(rf"\b{pronoun}\b", opening):
                # "Asked whether he would accept gifts from Lord Alli, he said: “…”": the
                # sentence's own "he" came first, so its people are not who "he" means (but
                # "As he sat zip-tied, Abebe thought of his parents, who “…,” he said": the
                # main clause's subject is whom both mean).
                same = [(s, n) for s, n in same if self._subject_after_opening(s, here)]
        if same and self.text.endswith(("what ", "What "), 0, at):
            # "Mr Sharon's hard words ..., with left-wing Mr Peres denouncing what he called a
            # bid to cause “…”": the one named last before "what he called".
            before = [(s, n) for s, n in same if s < at]
            if before:
                return max(before)[1]
        if same:
            # The sentence's own subject, even before an earlier quotation in it ("Kerr Putney
            # said ... “…,” but he said the footage “supports what we've heard”").
            later = [(s, n) for s, n in same if s >= here_start]
            subject_mentions = [(s, n) for s, n in same if self._is_subject(s, here)]
            later_subjects = [x for x in later if x in subject_mentions]
            if subject_mentions or not all(self._verb_object(s, here) for s, _ in same):
                return min(later_subjects or later or subject_mentions or same)[1]
            # "... they could see Tory leader Michael Howard “coming in ...”, he added": the
            # sentence's only people are objects of its verbs; "he" is someone named before.
        if (
            pronoun in ("he", "she")
            and previous
            and _fits(previous, pronoun)
            and self._goes_on_from_own_quote(here_start, pronoun)
        ):
            return previous  # 'He declared: “…” He continued: “…”': the same one
        if pronoun in ("he", "she") and here - 1 not in by_sentence and here > 0:
            # "But the 25-year-old Dubliner underlined his intention to stay. He added: “…”":
            # a sentence naming nobody, its subject a description of someone named before.
            described = self._described_subject(here - 1, at, previous, skip)
            if described is not None and _fits(described, pronoun):
                return described
            if previous and _fits(previous, pronoun) and self._description_reports(here - 1):
                # '“…,” Strachan told the BBC. Club director Terry Brady held talks with him.
                # The former Scotland international added that ... “…,” he said': the speaker
                # goes on, described
                return previous
        for k in sorted(by_sentence, reverse=True):
            if k == here:
                continue
            if self._pronoun_subject(k, pronoun):
                continue  # "She said she..." continues the chain: its objects are not "she"
            if self._reported_by_pronoun(k, pronoun):
                if previous and _fits(previous, pronoun):
                    return previous  # "... Tony Blair would lead it, he said. “…,” he promised"
                continue
            if previous and _fits(previous, pronoun) and self._reported_by_description(k):
                # "Mr Brown's Budget was “…,” the Tory leader said ... He urged": the one the
                # description reports, who spoke last, not the one the sentence names
                return previous
            cands = sorted(by_sentence[k])
            subjects = (
                [n for s, n in cands if self._reporting_tail(s)]
                or [n for s, n in cands if self._is_subject(s, k)]
                or [n for s, n in cands if self._who_spoke(s)]
                or [n for s, n in cands if self._passive_agent(s, k)]
            )
            if len(subjects) > 1 and self._opens_subordinate(k):
                # "When Governor Phil Murphy announced ..., Donahue was torn. He didn't have a
                # choice ... “…,” he said": the main clause's subject, not the opening clause's
                main = [n for s, n in cands if n in subjects and self._subject_after_opening(s, k)]
                subjects = main + [n for n in subjects if n not in main] if main else subjects
            if len(subjects) > 1 and self._owner_of_next(cands):
                # "But Mr Brown's former advisor Ed Balls ... said ... He added": the adviser
                subjects = subjects[1:]
            elif (
                subjects
                and subjects[0] == cands[0][1]
                and self._owned_noun(_NAME_RUN.match(self.text, cands[0][0]))
            ):
                # "O'Leary's future was in question, but Villa chairman Doug Ellis said he was
                # happy", "Fowler's double strike helped City ... and Keegan sympathised with":
                # the one who speaks or acts, not the owner of what the sentence opens with
                acting = [
                    n
                    for s, n in cands[1:]
                    if n != cands[0][1] and (self._reports_next(s) or self._joined_subject(s))
                ]
                subjects = acting or subjects
            if subjects:
                answer = self._answering_subject(cands, subjects) if k == here - 1 else None
                if answer is not None:
                    # "Hewitt said he had had a “gutful” ..., but Tennis Australia's Geoff Pollard
                    # rejected his comments. “…,” he said": the one answering, not the previous
                    # speaker
                    return answer
                if (
                    previous is not None
                    and previous in subjects
                    and not self._reporter(cands[0][0], subjects[0])
                    and not self._reports_about(cands, subjects[0], previous)
                ):
                    return previous
                if len(subjects) > 1 and self._glued(k):
                    # Photo captions run into the text make one "sentence" of several: the
                    # last of their subjects is the one nearest the pronoun.
                    return subjects[-1]
                return subjects[0]
            if k == here - 1 and pronoun in ("he", "she"):
                described = self._described_subject(k, at, previous, skip)
                if described is not None and _fits(described, pronoun):
                    # "And the French international defender believes Mourinho is ... “…,” he
                    # said": the description opening the sentence before, not its object.
                    return described
            if (
                k == here - 1
                and pronoun in ("he", "she")
                and len({n for _, n in cands}) == 1
                and self._ends_own_paragraph(cands[-1][0], k)
            ):
                # "But that was not enough for Mr Sarkozy." / "“If the Americans ...,” he
                # said": a paragraph of one sentence ending in the one it names leads to them.
                return cands[-1][1]
            if previous in [n for _, n in cands]:
                return previous
            if (
                k == here - 1
                and pronoun in ("he", "she")
                and len({n for _, n in cands}) == 1
                and self._object(cands[0][0], k)
            ):
                # "The pressure prompted the prime minister to say ... He told MPs": the one
                # person of the sentence before, though not its subject.
                return cands[0][1]
        if previous and _fits(previous, pronoun):
            return previous
        return people[0][1]

    def _answering_subject(self, cands: list[tuple[int, str]], subjects: list[str]) -> str | None:
        """The subject of a clause that "but" opens after another subject's, in the sentence
        right before the pronoun: whom the next words go on about."""
        if len(subjects) < 2 or subjects[-1] == subjects[0]:
            return None
        first = next(s for s, n in cands if n == subjects[0])
        last = max(s for s, n in cands if n == subjects[-1])
        but = self.text.rfind(" but ", first, last)
        if but < 0 or any(w[:1].islower() for w in self.text[but + 5 : last].split()):
            return None  # (not "..., but the Scot admitted": a description, someone else's)
        return subjects[-1]

    def _mention_shortly_before(self, pos: int, at: int) -> Mention | None:
        """The mention starting at ``pos`` when it ends before ``at`` and no more than 400
        characters before it (bounded: a pronoun far on in an endless sentence is no tail)."""
        m = self._mention_starting(pos)
        return m if m is not None and m.end < at <= m.end + 400 else None

    def _goes_on_from_own_quote(self, start: int, pronoun: str) -> bool:
        """Whether the sentence starting at ``start`` comes right after a quotation the same
        pronoun introduced in its paragraph ('He declared: “…” He continued:'), with nothing
        between (looked for no further back than 1,500 characters)."""
        lo = max(0, self.text.rfind("\n", max(0, start - 1500), start) + 1, start - 1500)
        last = None
        for m in _PRONOUN_INTRODUCES.finditer(self.text, lo, start):
            last = m
        if last is None or not self.text.startswith(pronoun.title(), last.start()):
            return False
        opening = self.text[last.end() - 1]
        close = self.text.find('"' if opening == '"' else "”", last.end(), start)
        return close >= 0 and not self.text[close + 1 : start].strip()

    def _possessive_topic(self, pos: int, at: int) -> bool:
        """Whether the person named at ``pos`` owns what a quotation before the pronoun at ``at``
        describes ('Mr Bush's first task was to “rebuild a sense of purpose”, he said'): the
        topic of the words, not who reports them."""
        m = self._mention_shortly_before(pos, at)
        if m is None or not self.text.startswith(("'s ", "’s "), m.end):
            return False
        between = self.text[m.end : at]
        return '"' in between or "”" in between

    def _subject_of_quoted_words(self, pos: int, at: int) -> bool:
        """Whether the person named at ``pos`` is the subject whose predicate a quotation gives,
        that quotation reported by the pronoun at ``at`` ('Mr Sullivan “made accounting
        decisions,” he told the court'): spoken of, not speaking."""
        m = self._mention_shortly_before(pos, at)
        if m is None:
            return False
        linked = _COPULA_AND_MARK.match(self.text, m.end)  # 'Jones is “a bit eccentric,” he said'
        mark = linked.end() - 1 if linked else m.end + 1
        if self.text[mark - 1 : mark + 1] not in (' "', " “"):
            return False
        # (either closing mark: 'Jackson is "not a political person. ...,” he said')
        closes = [c for c in (self.text.find(x, mark + 1, at) for x in '"”') if c >= 0]
        return bool(closes) and self.text[min(closes) + 1 : at].strip(" ,") == ""

    def _verb_object(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` (with the title before it) follows a lowercase word
        of its own sentence that is no preposition, conjunction or reporting verb: the object
        of a verb ("could see Tory leader Michael Howard")."""
        before = self._words_before_title(pos, k)
        if not before:
            return False
        w = before[-1].strip(_STRIP).lower()
        if w == "by" and len(before) >= 2 and before[-2].endswith("ed"):
            return True  # "The changes proposed by Lord Dubs were “…”, he said": an agent
        return (
            w.isalpha()
            and before[-1][-1:].isalpha()
            and w not in _PREPOSITIONS
            and w not in _CLAUSE_OPENERS
            and w not in CUES
            and w not in ("to", "by", "as", "than", "like", "the", "a", "an")
        )

    def _topic_opening(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` is the object of a preposition that opens sentence
        ``k`` ("Of Hepburn, she said: “…”", "On Blair, he said"): the topic, not the speaker."""
        start = self.sentence_starts_at(k)
        before = self.text[start:pos].split()
        return len(before) == 1 and before[0].strip(_STRIP).lower() in ("of", "on", "about")

    def _in_video_box(self, pos: int) -> bool:
        """Whether ``pos`` stands in a paragraph that is a news site's link to a video ("JUST
        WATCHED ... Replay More Videos ... MUST WATCH ... 03:29")."""
        lo = max(0, pos - 300)  # (a box is one short line)
        start = self.text.rfind("\n", lo, pos) + 1
        if start == 0 and lo > 0:
            return False
        return self.text.startswith("JUST WATCHED ", start) and (
            self.text.find(" Replay More Videos", start, pos + 300) > 0
        )

    def _opens_subordinate(self, k: int) -> bool:
        """Whether sentence ``k`` opens with a subordinate clause ("When ...", "After ...")."""
        start = self.sentence_starts_at(k)
        first = self.text[start : start + 12].split(maxsplit=1)
        return bool(first) and first[0] in _SUBORDINATORS

    def _subject_after_opening(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` opens the main clause right after a comma that ends
        sentence ``k``'s opening clause ("As he sat zip-tied, Abebe thought ...")."""
        start = self.sentence_starts_at(k)
        comma = self.text.rfind(", ", start, pos)
        return comma >= 0 and comma + 2 == pos and self._is_subject(pos, k)

    def _topic_of(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` (with the title before it) is what its sentence is
        "about": "The decision wasn’t about Semmes or the monument itself, “…,” he wrote" is
        the mayor's, not Semmes's."""
        before = self._words_before_title(pos, k)
        return bool(before) and before[-1].lower() in ("about", "regarding")

    def _words_before_title(self, pos: int, k: int) -> list[str]:
        """The words of sentence ``k`` before the mention at ``pos`` and the title before it
        ("Tory leader"), at most 60 characters back."""
        before = self.text[max(self.sentence_starts_at(k), pos - 60) : pos].split()
        while before and (before[-1][:1].isupper() or before[-1].lower() in _ROLE_HEADS):
            before.pop()
        return before

    def _described_subject(self, k: int, at: int, previous: str | None, skip) -> str | None:
        """The person a description that is the subject of sentence ``k`` refers to ("And the
        French international defender believes ..."), or ``None``."""
        s0 = self.sentence_starts_at(k)
        head = self.text[s0 : s0 + 9].lstrip().lower()
        if not head.startswith(("the ", "and the ", "but the ")):
            return None  # (a cheap test first: most sentences open otherwise)
        s1 = self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else at
        subj = sentence_subject(self.text, s0, min(s1, at, s0 + 200))
        if subj is None or subj.pronoun:
            return None
        words = _words(subj.phrase)
        if len(words) < 2 or words[0] != "the":
            return None
        if words[-1] not in _ROLE_HEADS and not any(w.endswith("-year-old") for w in words):
            return None  # (an age makes any noun a description: "the 25-year-old Dubliner")
        hit = self.description(subj.phrase, subj.start, previous, skip)
        return hit if hit in self.person_names else None

    def _who_spoke(self, pos: int) -> bool:
        """Whether the person named at ``pos`` is said to speak in a relative clause ("a
        nomination for Staunton, 49, who told BBC News she had not thought ...") or is the
        source named by "according to": the one the next quotation's "she" means, though no
        subject."""
        m = _NAME_RUN.match(self.text, pos)
        if m is not None and _WHO_SPOKE.match(self.text, m.end()) is not None:
            return True
        # "..., according to the Economist Intelligence Unit's Mr Hensel. But he warned ...":
        # the source of what the sentence reports.
        window = self.text[max(0, pos - 70) : pos]
        i = window.rfind("according to ")
        if i < 0:
            return False
        between = window[i + 13 :]
        return not any(c in between for c in ".,;:") and (
            not between or between.endswith(("'s ", "’s "))
        )

    def _opened_by_someone_else(self, start: int, pos: int) -> bool:
        """Whether the sentence starting at ``start`` opens with another person's name before
        the mention at ``pos`` ("Reid won ... over tea party favorite Sharron Angle, a
        Republican.": Reid's sentence, though an apposition that ends it introduces Angle)."""
        i = bisect.bisect_left(self.mention_starts, start)
        if i >= len(self.mentions) or self.mentions[i].start >= pos:
            return False
        first = self.mentions[i]
        return first.kind == "person" and len(self.text[start : first.start].split()) <= 1

    def _passive_agent(self, pos: int, k: int) -> bool:
        """Whether the person named at ``pos`` is the agent of a passive sentence ("The cartoon
        was criticized in a column posted Sunday by Bret Stephens"): the one who acts in it,
        whom a "he" in the sentences after means when the sentence names no subject."""
        if not self.text.endswith(" by ", 0, pos):
            return False
        start = self.sentence_starts_at(k)
        if pos - start > 300:
            return False
        clause = self.text[start:pos]
        # (not "He made a cameo, in which his role was played by Steve Coogan": a relative
        # clause's passive, in a sentence whose subject is someone else)
        return _PASSIVE_BEFORE_BY.search(clause) is not None and not _NOT_A_PASSIVE_SENTENCE.search(
            clause
        )

    def _reporting_tail(self, pos: int) -> bool:
        """Whether the person named at ``pos`` reports the sentence they end ("Tony Blair has
        failed, Michael Howard has said.", "Moore's film was hurt by its category, says Tim
        Dams, the news editor of ..."): its speaker, more its subject than the reported
        clause's."""
        if _reports_its_sentence(self.text, pos):
            return True
        if _INVERTED_TAIL.search(self.text, max(0, pos - 60), pos) is None:
            return False
        # (not "..., said Mr Ahern had been committed"; the mention's own end, as a run of
        # capitalised words reads on past a full stop: "argued Mr Howard. Pointing ...")
        mention = self._mention_starting(pos)
        if mention is not None:
            return self.text[mention.end : mention.end + 1] in (",", ".")
        m = _NAME_RUN.match(self.text, pos)
        return m is not None and self.text[m.end() : m.end() + 1] in (",", ".")

    def _ends_own_paragraph(self, pos: int, k: int) -> bool:
        """Whether sentence ``k`` is a paragraph of its own that ends with the mention at
        ``pos`` (its name, then the full stop and the paragraph's end)."""
        start = self.sentence_starts_at(k)
        if start > 0 and self.text[start - 1] != "\n":
            return False
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        m = self._mention_starting(pos)
        return m is not None and self.text[m.end : end].strip() == "."

    def _object(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` is the object of a verb in sentence ``k`` that has
        no "he"/"she" of its own: not after a preposition ("went down to France's Nathalie
        Dechy") and not in a sentence whose subject is a pronoun ("Influenced by figures like
        Marcus Garvey, he developed ...")."""
        start = self.sentence_starts_at(k)
        before = self.text[max(start, pos - 40) : pos].split()
        if before and before[-1].endswith(("'s", "’s")):
            before = before[:-1]  # "France's Nathalie Dechy"
        put_to = (
            len(before) >= 2
            and before[-1] == "to"
            and before[-2].lower() in ("put", "posed", "addressed", "directed", "referred")
        )  # "Those allegations were put to Wenger": he is the one who answers them
        if before and before[-1].lower().strip(_STRIP) in _PREPOSITIONS and not put_to:
            return False
        # (after "put to", the name is no preposition's object: no description to look back on)
        for j in () if put_to else range(len(before) - 2, max(-1, len(before) - 5), -1):
            # "withdraw feeding from Hillsborough coma victim Tony Bland": a description after
            # the preposition (not past a comma or a clause's word: "told MPs that Smith"; not
            # in a title: "Spain's minister of sport Jaime Lissavetzky")
            w = before[j]
            low = w.lower()
            if low in _PREPOSITIONS:
                if j > 0 and before[j - 1].lower() in _ROLE_HEADS:
                    break  # "minister of sport": part of a title
                return False
            if w[-1:] in ",;:" or low in _CLAUSE_OPENERS:
                break
        end = self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else pos
        return _HE_SHE.search(self.text, start, min(end, start + 1000)) is None

    def _pair_subject(self, at: int, skip=None) -> str | None:
        """A person named in a pair that is the subject of the pronoun's sentence or the one
        before ("Bill and Denise Richard wrote ...", "Smith and Jones said ..."): the one "they"
        means, rather than an organisation named since."""
        k = self._sentence_of(at)
        for j in (k, k - 1, k - 2):
            if j < 0:
                return None
            s0 = self.sentence_starts_at(j)
            s1 = min(
                at, self.sentence_starts_at(j + 1) if j + 1 < len(self.sentence_starts) else at
            )
            for m in self.between(s0, s1):
                if m.kind != "person" or (skip is not None and skip(m.start)):
                    continue
                if self._in_pair(m, s0) and self._is_subject(m.start, j):
                    return m.name
        return None

    def _paired_before(self, at: int) -> set[str]:
        """The people named in a pair ("Bill and Denise Richard") in the 3,000 characters
        before ``at``."""
        out = set()
        lo = bisect.bisect_left(self.mention_starts, max(0, at - 3000))
        hi = bisect.bisect_left(self.mention_starts, at)
        for m in self.mentions[lo:hi]:
            if m.kind == "person" and self._in_pair(m):
                out.add(m.name)
        return out

    def _in_pair(self, m: Mention, floor: int = 0) -> bool:
        """Whether the mention is one of a pair: "Bill and [Denise Richard]", "[Smith] and
        Jones said" (looking no further back than ``floor``)."""
        return bool(
            _PAIR_BEFORE.search(self.text, max(floor, m.start - 30), m.start)
            or _PAIR_AFTER.match(self.text, m.end)
        )

    def _unnamed_subject(
        self, at: int, pronoun: str, skip=None, named_since: bool = False
    ) -> str | None:
        """Whether the pronoun at ``at`` refers to someone the text leaves unnamed: the
        subject of its sentence (before a quotation) or of the sentence before is indefinite
        ("A local fisherman who saw the boat said ...", "One officer, who asked not to be
        named, said ..."), and no person is named between that subject and the pronoun.
        Sentences that open with the same pronoun carry the chain back ("A spokesman for X
        said ... He said ... “…,” he said"). Returns ``None`` when not, else the organisation
        the unnamed person speaks for ("a spokesman for the British Casino Association") when
        the digest knows it, or ""."""
        k = self._sentence_of(at)
        bridged = -1  # a sentence about something else between ("But that did not happen")
        opens = False  # the pronoun opens its own sentence ("She said ... “…”")
        for j in range(k, max(-1, k - 4), -1):
            if j < 0:
                return None
            s0 = self.sentence_starts_at(j)
            s1 = self.sentence_starts_at(j + 1) if j + 1 < len(self.sentence_starts) else at
            head = self.text[s0 : s0 + 12].lstrip()
            if (
                j == k
                and k > 0
                and (
                    self._opens_with_quote(k)
                    or self.text[s0:at].strip() in ("", "But", "And", "Yet", "However,")
                )
            ):
                body = self._inverted_unnamed(k - 1, at, skip)
                if body is not None:
                    # '“…,” said a Juventus official, who declined to be named. “…,” he added',
                    # '“…,” a spokeswoman said. She added ...': the unnamed speaker goes on,
                    # for the body they speak for
                    return body
            if self._opens_with_quote(j):
                continue  # a quotation opens the sentence: its subject is elsewhere
            if j == k and _closes_only(self.text[s0:at]):
                continue  # '“... add up. This poster is making a point,” he said': the
                # sentence starts inside the quotation the pronoun reports
            if j < k and self._pronoun_subject(j, pronoun):
                continue  # "He said the licences ...": the same unnamed person goes on
            if (
                j == k
                and self.text[s0:at].strip() in ("", "But", "And", "Yet", "However,")
                and self._unnamed_opening(j - 1)
            ):
                continue  # "A spokesman for X said: “…” (But) he added: “…”": the pronoun
                # opens it
            if j == k and self.text[s0:at].strip() in ("", "But", "And", "Yet", "However,"):
                opens = True  # "A Drax spokeswoman said ... She said Drax’s ambition ... “…”":
                continue  # the pronoun opens its own sentence; who it is, is told before
            opening = head.split(" ", 2)
            if opening[0] in ("But", "And", "Yet") and len(opening) > 1:
                opening = opening[1:]  # "But a spokesman said ..."
            if opening[0] in ("The", "the") and (
                j >= k - 1 or self._pronoun_subject(j + 1, pronoun)
            ):
                if opens:
                    return None  # "The Lib Dems' Treasury spokesman is unveiling ... He wants
                    # to see “…”": a description of someone the text named, not unnamed
                # "The Ofcom spokesman said ... “…,” he said": the body's spokesman goes on
                # (and "The spokesman said ..." after "A spokesman for the ICO said": the ICO's).
                return self._body_spokesman(s0, min(s1, at)) or self._bare_spokesman(s0)
            if opening[0] not in ("A", "An", "One", "Another", "a", "an"):
                if (
                    j < k
                    and bridged < 0
                    and opening[0].lower() in ("that", "this", "it")
                    and not self.between(s0, s1)
                ):
                    bridged = j  # "A Labour Party spokesman told ... But that did not
                    continue  # happen for “…” calls. “…,” he said": the spokesman goes on
                return None  # "A local fisherman ...": the subject opens the sentence
            if (
                j < k - 1
                and j + 1 != bridged
                and not self._pronoun_subject(j + 1, pronoun)
                and not self._opens_with_quote(j + 1)
            ):
                return None  # (only "he" sentences, or quotations, in between)
            subj = sentence_subject(self.text, s0, min(s1, at, s0 + 200))
            if subj is None:
                # "A spokesman for the British Casino Association, which represents ..., said"
                subj_start, subj_end = s0, self._unnamed_head_end(s0, s1)
                if subj_end < 0:
                    return None
            else:
                words = [w.strip(_STRIP).lower() for w in subj.phrase.split()]
                if not words or words[0] not in ("a", "an", "one", "another"):
                    return None
                if not any(w in _ROLE_HEADS or w in _PEOPLE_NOUNS for w in words[1:]):
                    return None  # "A year ago he ...", "A statement said": no unnamed person
                subj_start, subj_end = subj.start, subj.end
            # "A fisherman told Mr Smith ...": someone named since is who the pronoun may mean.
            if not named_since and self.recent(at, max(1, at - subj_start), "person", skip):
                return None
            body = self._body_after(subj_end, s1)
            inner = _BODY_INSIDE.search(self.text, subj_start, subj_end)
            if not body and inner is not None:
                body = self._body_after(inner.start(), s1)  # "A spokesman for the UK Film Council"
            if not body:
                body = self._body_within(subj_start, subj_end)  # "A Labour Party spokesman"
            raw = self.text[subj_start:subj_end].split()
            if not body and raw and raw[-1].strip(_STRIP).lower() in _SPOKES:
                body = self._spokesman_party(raw) or body  # "A Labour spokesman": his party
            last = self.text[s0:subj_end].split()[-1:]
            if not body and last and last[0].strip(_STRIP).lower() in _SPOKES:
                # "Ofcom says it has plans ... But a spokesman said ...": the body the
                # paragraph is about speaks through him
                body = self._subject_body(subj_start) or ""
            return body
        return None

    def _body_within(self, start: int, end: int) -> str:
        """The organisation of the digest named inside an unnamed subject ("A Labour Party
        spokesman", "A Conservative spokeswoman"), or ""."""
        for m in self.between(start, end):
            if m.kind == "organization" and m.name in self.org_names and m.end <= end:
                return m.name
        for word in self.text[start:end].split()[1:-1]:
            if not word[:1].isupper():
                continue
            if word in self.org_names:
                return word  # "A Labour Party spokesman" where the text names Labour
            if word + "s" in self.org_names:
                return word + "s"  # "A Conservative spokeswoman": the Conservatives'
        return ""

    def _unnamed_opening(self, k: int) -> bool:
        """Whether sentence ``k`` opens with an indefinite subject ("A spokesman for ...",
        "But an official ...") or a body's spokesman ("The executive spokeswoman said")."""
        if k < 0:
            return False
        s0 = self.sentence_starts_at(k)
        opening = self.text[s0 : s0 + 40].split()[:2]
        if opening and opening[0] in ("But", "And", "Yet"):
            opening = opening[1:]
        if opening and opening[0] == "The":
            if any(c in self.text[s0 : s0 + 40].split(" spokes", 1)[0] for c in "'’"):
                return False  # "The Lib Dems' Treasury spokesman": a named man's description
            s1 = self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else s0
            return (
                self._body_spokesman(s0, max(s1, s0 + 1)) or self._bare_spokesman(s0)
            ) is not None
        return bool(opening) and opening[0] in ("A", "An", "One", "Another")

    def _body_spokesman(self, s0: int, s1: int) -> str | None:
        """The organisation when the sentence at ``s0`` opens with "The <organisation>
        spokesman" (or spokeswoman, spokesperson) as its subject, else None."""
        subj = sentence_subject(self.text, s0, min(s1, s0 + 200))
        if subj is None:
            return None
        words = subj.phrase.split()
        if len(words) < 3 or words[-1].lower() not in _SPOKES:
            return None
        hit = self.mention_at(subj.start, subj.end)
        if hit is None:
            hit = " ".join(words[1:-1])  # (a body adopted elsewhere has no mention here)
        if hit not in self.org_names and len(words) == 3:
            hit = self._body_by_last_word(words[1])  # "The executive spokeswoman"
        return hit if hit in self.org_names else None

    def _spokespeople(self) -> bool:
        """Whether someone the text names holds a spokesperson's role."""
        return any(rw and rw[-1] in _SPOKES for rw, _ in self.roles)

    def _bare_spokesman(self, s0: int) -> str | None:
        """The body a sentence opening "The spokesman said" speaks for, when the text has
        introduced its spokesman before ("A spokesman for the ICO said ..."), else None."""
        m = _BARE_SPOKESMAN.match(self.text, s0)
        if m is None or self._reading_bare:
            return None  # (the description may ask about an unnamed subject in turn)
        self._reading_bare = True
        try:
            body = self.description(m.group(1), s0, None)
        finally:
            self._reading_bare = False
        return body if body in self.org_names else None

    def _body_by_last_word(self, word: str) -> str | None:
        """The one organisation of several words whose last word ``word`` is, in lowercase
        ("executive" for the Scottish Executive), else None."""
        if self._by_last_word[0] != len(self.org_names):  # (organisations are only added)
            index: dict[str, list[str]] = {}
            for o in self.org_names:
                if " " in o:
                    index.setdefault(o.lower().rsplit(" ", 1)[-1], []).append(o)
            self._by_last_word = (len(self.org_names), index)
        bodies = self._by_last_word[1].get(word.lower(), [])
        return bodies[0] if len(bodies) == 1 else None

    def _unnamed_head_end(self, s0: int, s1: int) -> int:
        """Where "A spokesman" (an article, up to two words, a role) ends at ``s0`` when a
        body ("A spokesman for ...") or a reporting verb follows it, or -1."""
        m = _UNNAMED_HEAD.match(self.text, s0, min(s1, s0 + 60))
        if m is None or m.group(1).lower() not in _ROLE_HEADS:
            return -1
        return m.end(1)

    def _body_after(self, end: int, limit: int) -> str:
        """The organisation of the digest right after an unnamed subject that ends at ``end``
        ("A spokesman| for the British Casino Association, which ..."), or ""."""
        tail = self.text[end : end + 6]
        if not tail.startswith((" for ", " of ", " at ")):
            return ""
        i = bisect.bisect_left(self.mention_starts, end)
        if i < len(self.mentions):
            m = self.mentions[i]
            if (
                m.start < min(limit, end + 60)
                and m.kind == "organization"
                and m.name in self.org_names
            ):
                return m.name
        return ""

    def _spoken_for(self, end: int) -> str | None:
        """The body named right after "a spokesman" that ends at ``end`` ("... said a spokesman
        for Ofcom."): one of the digest's organisations, or one capitalised word the text names
        again, adopted as one (see :meth:`_adopt_firm`)."""
        body = self._body_after(end, end + 60)
        if body:
            return body
        m = _FOR_ONE_WORD.match(self.text, end, end + 40)
        if m is None:
            return None
        word = m.group(1)
        return self._adopt_firm(word, Source(word, m.start(1), m.end(1), None))

    def _glued(self, k: int) -> bool:
        """Whether sentence ``k`` is too long to be one sentence of news (over 60 words):
        captions or headings run into it without a full stop."""
        s0 = self.sentence_starts_at(k)
        s1 = self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else len(self.text)
        end = min(s1, s0 + 2000)
        if self.text.count(" ", s0, end) > 60:
            return True
        # "... the winner against West Brom But after their mini-revival, Pearson wants ...":
        # a capitalised "But" with no full stop before it starts a sentence run into a caption.
        return _GLUED_OPENER.search(self.text, s0 + 1, end) is not None

    def _unnamed_speaker_before(self, at: int, skip=None) -> str | None:
        """When the sentence before the pronoun's ends "said an official at X" (someone the
        text leaves unnamed, after the verb): X if it is an organisation of the digest, ""
        when it is not, ``None`` when that sentence does not end so or someone is named
        between it and the pronoun."""
        k = self._sentence_of(at)
        if k < 1:
            return None
        s0, s1 = self.sentence_starts_at(k - 1), self.sentence_starts_at(k)
        m = _SAID_UNNAMED.search(self.text, max(s0, s1 - 250), s1)
        if m is None or m.group(1).lower() not in _ROLE_HEADS:
            return None
        if self.recent(at, max(1, at - m.end(1)), "person", skip):
            return None  # someone named since
        for mention in self.between(m.end(1), s1):
            if mention.kind == "organization" and mention.name in self.org_names:
                return mention.name
        return ""

    def _reports_about(self, cands: list[tuple[int, str]], first: str, previous: str) -> bool:
        """Whether ``first``, named before ``previous`` in the sentence (and ``previous`` not
        before it), says something about them ("Dementieva is also angry and says that Dechy
        and herself are the real victims"): the one who says, not the one spoken of, goes on
        speaking."""
        if first == previous:
            return False
        at = next(s for s, n in cands if n == first)
        later = [s for s, n in cands if n == previous and s > at]
        if not later or any(n == previous for s, n in cands if s < at):
            return False
        between = self.text[at : later[0]]
        return _SAYS_THAT.search(between) is not None

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
        if self._pronoun_subject(k, "he") or self._pronoun_subject(k, "she"):
            return None  # "He said the answer was prepared with ... Christopher Greenwood.": his
        for m in self.between(self.sentence_starts_at(k), end):
            if m.kind != "person" or (skip is not None and skip(m.start)):
                continue
            if self._is_subject(m.start, k):
                return m.name
        return None

    def first_subject(self, start: int, end: int) -> str | None:
        """The person who is the subject of the first sentence in [start, end), if any."""
        k = self._sentence_of(start)
        if self.sentence_starts_at(k) < start:
            k += 1
        s0 = self.sentence_starts_at(k)
        s1 = min(end, self.sentence_starts_at(k + 1) if k + 1 < len(self.sentence_starts) else end)
        for m in self.between(s0, s1):
            if m.kind == "person" and self._is_subject(m.start, k):
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
        if not m or (skip is not None and skip(m.start(1))):
            return None  # (a name inside a quotation is nobody the text introduces)
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
        """Whether sentence ``k`` opens with the same pronoun as its subject ("He denied ...",
        or after an opening phrase: "On Monday, he denied ...")."""
        start = self.sentence_starts_at(k)
        segments = self.text[start : start + 60].split(",")[:2]
        for n, segment in enumerate(segments):
            head = segment.split()
            if n == 1 and len(segments[0].split()) > 6:
                break  # the first comma closes a clause, not an opening phrase
            if n == 0 and len(head) > 1 and head[0] in ("But", "And", "Yet", "So", "Then"):
                head = head[1:]  # "But she was pleased to have patched things up with ..."
            if head and head[0].strip(_STRIP + "“”\"'").lower() == pronoun:
                return True
        return False

    def _description_reports(self, k: int) -> bool:
        """Whether sentence ``k`` opens with a description ("The former Scotland international")
        right before a reporting verb ("added", "said", "insisted")."""
        s0 = self.sentence_starts_at(k)
        if not self.text.startswith("The ", s0):
            return False  # (a cheap test first)
        subj = sentence_subject(self.text, s0, min(self._sentence_end_at(k), s0 + 200))
        if subj is None or subj.pronoun or not subj.phrase.startswith("The "):
            return False
        after = self.text[subj.end : subj.end + 20].split()
        return bool(after) and after[0] in CUES and not after[0].endswith("ing")

    def _reported_by_description(self, k: int) -> bool:
        """Whether sentence ``k`` is reported by a description after a comma (", the Tory
        leader said"), no name: the names in it are what is reported."""
        start, end = self.sentence_starts_at(k), self._sentence_end_at(k)
        return _DESCRIBED_TAIL.search(self.text, start, min(end, start + 600)) is not None

    def _reported_by_pronoun(self, k: int, pronoun: str) -> bool:
        """Whether sentence ``k`` ends in the same pronoun reporting it ("And Tony Blair would
        be in the front line, he said."): the one it names is what is reported, not who
        speaks."""
        start, end = self.sentence_starts_at(k), self._sentence_end_at(k)
        tail = _PRONOUN_TAIL.search(self.text, max(start, end - 30), end)
        return tail is not None and tail.group(1) == pronoun and tail.group(2) in CUES

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def _sentence_end_at(self, k: int) -> int:
        """Where sentence ``k`` ends: the next one's start, or the text's end."""
        return len(self.text) if k + 1 >= len(self.sentence_starts) else self.sentence_starts[k + 1]

    def _opens_with_quote(self, k: int) -> bool:
        """Whether sentence ``k`` opens with a quotation mark (its subject is elsewhere)."""
        start = self.sentence_starts_at(k)
        return self.text[start : start + 12].lstrip()[:1] in _OPENING_MARKS

    def sentence_starts_at(self, k: int) -> int:
        return self.sentence_starts[k] if 0 <= k < len(self.sentence_starts) else 0

    def _in_opening_phrase(self, start: int, pos: int) -> bool:
        """ "Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended": names in a
        sentence-opening phrase (a participle's or a preposition's) that a comma or "and" ends
        are no subjects; the subject comes after the phrase."""
        first = self.text[start:pos].split(maxsplit=1)[:1]
        if not first:
            return False
        lead = first[0].strip(_STRIP).lower()
        if not (lead.endswith("ing") or lead in _PREPOSITIONS):
            return False
        m = _NAME_RUN.match(self.text, pos)
        if m is None or not self.text.startswith((",", " and ", " or "), m.end()):
            return False
        comma = self.text.find(",", start, m.end() + 1)
        if comma < 0:
            return False
        # The phrase names someone before its first comma ("Citing John Locke,"): a list of
        # its objects may follow. ("On Tuesday, Rear Admiral Daniel Hagari, said": no list.)
        i = bisect.bisect_left(self.mention_starts, start)
        return (
            i < len(self.mentions)
            and self.mentions[i].start < comma
            and self.mentions[i].kind == "person"
        )

    def _owned_noun(self, m: re.Match[str] | None) -> str | None:
        """The noun after the name run ``m`` when the name is a possessive ("Mr Blair's
        government" → "government"; "" when nothing follows), else ``None``."""
        if m is None or not m.group().endswith(_POSSESSIVE_ENDS):
            return None
        owned = self.text[m.end() : m.end() + 30].split()[:1]
        return owned[0].strip(_STRIP).lower() if owned else ""

    def _owner_of_next(self, cands: list[tuple[int, str]]) -> bool:
        """Whether the first person of a sentence is a possessive whose owned role is the next
        person named ("Mr Brown's former advisor Ed Balls"), or a name that only says whose the
        role is ("Strzok lawyer Aitan Goelman")."""
        if len(cands) < 2 or cands[0][1] == cands[1][1]:
            return False
        m = _NAME_RUN.match(self.text, cands[0][0])
        if m is None:
            return False
        role = _OWNED_ROLE.fullmatch(self.text, m.end(), cands[1][0])
        if role is None:
            return False
        if self._owned_noun(m) is None and role.group().split()[-1] not in _ROLE_HEADS:
            return False  # (neither a possessive nor "Strzok lawyer Aitan Goelman")
        after = self.text[cands[1][0] : cands[1][0] + 120].split(". ", 1)[0]
        said = _SAID_LATER.search(after)
        return said is not None and " but " not in after[: said.start()]  # the owned one says

    def _mention_starting(self, pos: int) -> Mention | None:
        """The mention that starts at ``pos``, if any."""
        i = bisect.bisect_left(self.mention_starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None

    def _reports_next(self, pos: int) -> bool:
        """Whether the person mention at ``pos`` is followed by a reporting verb ("Doug Ellis
        said")."""
        m = self._mention_starting(pos)
        return m is not None and _REPORTS_AFTER.match(self.text, m.end) is not None

    def _joined_subject(self, pos: int) -> bool:
        """Whether the person mention at ``pos`` opens a clause joined by "and" or "but" and
        acts in it ("... and Keegan sympathised with Norwich boss Nigel Worthington")."""
        m = self._mention_starting(pos)
        if m is None or not self.text.endswith((" and ", " but "), 0, pos):
            return False
        after = self.text[m.end : m.end + 20].split()[:1]
        return bool(after) and after[0].isalpha() and after[0].islower()

    def _owns_subject(self, pos: int) -> bool:
        """Whether the mention at ``pos`` only owns the people or body that act ("Mr Blair's
        government was a “…,” he added": the government, not Mr Blair)."""
        return self._owned_noun(_NAME_RUN.match(self.text, pos)) in _OWNED_PEOPLE

    def _is_subject(self, pos: int, k: int) -> bool:
        """Whether the mention at ``pos`` is its sentence's subject (by position and cue)."""
        m = _NAME_RUN.match(self.text, pos)
        noun = self._owned_noun(m)
        if noun is not None and (
            noun in _OWNED_PEOPLE or (noun.endswith("s") and noun not in _OWN_WORDS)
        ):
            # "Nigel Pearson's men face West Ham", "Among Zephyr’s constituents, ...": they
            # are the subject (but "Zuckerberg’s vision, “…”" is his, and "Cutié's last
            # name" leaves him the topic).
            return False
        space = self.text.find(" ", pos, pos + 40)
        if space > 0 and self.text.endswith(_POSSESSIVE_ENDS, pos, space):
            after = self.text[space : space + 60].split()[:5]
            for n in range(len(after) - 1):
                w = after[n].strip(_STRIP)
                if (
                    w.islower()
                    and (w in _ROLE_HEADS or w == "counterpart")
                    and after[n + 1][:1].isupper()
                ):
                    return False  # "Wenger's Bayern counterpart Felix Magath was ...": Magath
        start = self.sentence_starts_at(k)
        prefix = self.text[start:pos]
        chunk = prefix.rsplit(",", 1)[-1]
        words = [w.strip(_STRIP) for w in chunk.split() if w.strip(_STRIP + "“”\"'")]
        while words and words[0].lower() in _CONJUNCTIONS:
            words = words[1:]  # "But Edward Leigh, who is chairman ..., warned"
        if words and words[0].lower() in _SENTENCE_ADVERBS:
            words = words[1:]  # "Earlier Tony Blair defended the plans"
        words = _without_office_complement(words)  # "Spain's minister of sport Jaime ..."
        if (
            (all(w[:1].isupper() or w.lower() in HONORIFICS for w in words) or _role_prefix(words))
            and len(words) <= 5
            and not any(w.lower() in _CLAUSE_WORDS or w.lower() in _INTRO for w in words)
            and not self._in_opening_phrase(start, pos)
            and not (not words and self._after_listed_name(start, pos))
        ):
            return True
        if (
            m is not None
            and "," not in prefix
            and 2 <= len(words) <= 3
            and words[0][:1].isupper()
            and words[0].lower() not in _INTRO
            and all(w.isalpha() and w.islower() and w not in _CLAUSE_WORDS for w in words[1:])
            and (self.text[m.end() : m.end() + 12].split() or [""])[0] in _SUBJECT_VERBS
        ):
            return True  # "Zoo visitor Michael Lurie was at the cheetah exhibit"
        before = [w.strip(_STRIP).lower() for w in prefix.split()[-3:]]
        if (
            any(w in CUES and not w.endswith("ing") for w in before[-2:])
            and not (before[-2:-1] and before[-2] in _VERB_BEFORE and before[-1] in CUES)
            and not (before and before[-1] in _PREPOSITIONS)
            and not (before and before[-1].endswith("ing"))  # "tweets accusing Alicia Machado"
            and not (m is not None and m.group().endswith(_POSSESSIVE_ENDS))
            and not (m is not None and _CLAUSE_GOES_ON.match(self.text, m.end()))
        ):
            # "..., noted NBC’s Dante Chinni." (not "agreed with Matthews", nor "said Mr
            # Lynch's job would not be easy": the reported clause's owner; nor "saying Gallas
            # overreacted": a participle has no subject after it)
            return True
        if (
            _APPOSITIVE.match(self.text, pos, pos + 120)
            and not (
                (self.text[start : start + 12].split(maxsplit=1) or [""])[0].endswith("ing")
                and self._in_opening_phrase(start, pos)
            )
            and not (
                m is not None
                and _APPOSITION_ENDS_SENTENCE.match(self.text, m.end())
                and self._opened_by_someone_else(start, pos)
            )
        ):
            return True  # introduced with a role: "Henry Crespo, president of ..." (but not
            # "Having worked closely with Mr Cantalupo, who came out of retirement, Mr Bell")
        if prefix.endswith(("according to ", "According to ")):
            return True  # "The results, according to Jeff Schlegelmilch, were mixed": the source
        m = _NAME_COMMA.match(self.text, pos, pos + 120)
        if m and any(w in _ROLE_HEADS for w in self.text[m.end() : m.end() + 60].split()[:4]):
            return True  # "Jeff Schlegelmilch, deputy director of the National Center ..."
        after = self.text[pos : pos + 80].split()
        if after and after[0].endswith((",", ";", ":")):
            return False  # "... between him and Xi, Geng said": the name ends its own phrase
        mention = self._mention_starting(pos)
        if mention is not None:  # (the words after the whole name: "Lord Dubs were" is no cue)
            if self.text.startswith(("'s ", "’s "), mention.end):
                return False  # "reacted angrily to Pound's comments": a noun, no verb of his
            after = ["", *self.text[mention.end : mention.end + 80].split()]
        for w in after[1:5]:
            lw = w.strip(_STRIP).lower()
            if lw in _OTHER_CLAUSE:
                break  # "... by City boss Kevin Keegan but has since responded": he did
            if lw in CUES:
                return True
            if w.endswith((",", ".")):
                break
        return False

    def _after_listed_name(self, start: int, pos: int) -> bool:
        """Whether the name at ``pos`` follows another person's name and a comma ("include
        Oliver Letwin, David Davis and Theresa May"): an item of a list, not a subject."""
        comma = self.text.rfind(",", start, pos)
        if comma < 0 or self.text[comma + 1 : pos].strip():
            return False
        m = _NAME_RUN.match(self.text, pos)
        if m is None or not self.text.startswith((",", " and ", " or "), m.end()):
            return False  # "... to President-elect Trump, Emery states": the main clause
        return any(m.kind == "person" and m.end == comma for m in self.between(start, comma))

    def description(self, phrase: str, at: int, previous: str | None, skip=None) -> str | None:
        named = _named_body(phrase)
        if named is not None:
            # "according to the Centers for Disease Control": a body's name, not "the centers"
            return self._organisation(named)
        indefinite = phrase.split(" ", 1)[0] in ("A", "a", "An", "an")
        body = self._body_of_spokesperson(at) if indefinite else None
        if body is not None:
            return body
        words = [_strip_possessive(w) for w in _words(phrase)]
        for cut in ("of", "for"):
            if cut in words[2:]:
                # "the mother of three": a mother; "the MP for Sittingbourne": an MP
                words = words[: words.index(cut, 2)]
                phrase = " ".join(phrase.split()[: len(words)])
        if not words:
            return None
        head = words[-1]
        raw = phrase.split()
        if (
            len(words) == 3
            and words[0] == "the"
            and head in _STATEMENT_NOUNS
            and raw[1].endswith(("'s", "’s"))
            and words[1] in _ORG_NOUNS
        ):
            # "“…,” the company’s statement said": the company speaks through it
            return self.description(f"{raw[0]} {words[1]}", at, previous, skip)
        if len(words) == 3 and words[0] == "the" and head in _SPOKES:
            body = self._body_by_last_word(words[1])
            if body is not None:
                return body  # "The executive spokeswoman said" after "Scottish Executive"
        if len(words) == 2 and words[0] == "the" and head in _SPOKES and not self._spokespeople():
            # "A spokesman said President Musharraf's safety had not been compromised. “…,” said
            # the spokesman": the unnamed spokesman goes on (for the body he speaks for), not
            # whoever his words named; no one in the text is a spokesman by name
            body = self._unnamed_subject(at, "he", skip, named_since=True)
            if body is not None:
                return body or None
        if words[0] in ("a", "an", "the") and head in _STATEMENT_NOUNS and len(words) == 2:
            # "A statement issued after the meeting called for ...": the body the text is
            # about, when the previous quotation was not already someone's.
            if previous in self.org_names:
                return previous
            return self._statement_issuer(at) or self._subject_body(at)
        if words[0] in ("a", "an"):
            named = self._named_next(at + len(phrase))
            if named is not None:
                return named
            party = self._spokesman_party(phrase.split()) if head in _SPOKES else None
            if party is not None:
                return party  # "A Conservative Party spokesman said:"
            if head in _SPOKES and len(words) == 2 and self._subject_body(at, 2) is None:
                body = self._only_saying_body(at)
                if body is not None:
                    return body  # "..., the BBC has said. ... “…,” a spokeswoman said"
        if words[0] == "its" and len(words) == 2 and head in _OWNED_TEXTS:
            # '"…," says its report' after "The commission says ...": the body's own text
            return previous if previous in self.org_names else self._subject_body(at)
        if words[0] not in ("the", "this", "that") and not (
            head in HONORIFICS and (phrase[:1].islower() or phrase.startswith(("A ", "An ")))
        ):
            return None  # "current Democratic presidential nominee" (cut from "the former...")
        hit = self.collective(phrase)
        if hit:
            return hit
        if head in _DOCUMENT_NOUNS or head in _ISSUED_DOCUMENTS:
            author = self._author_after(at + len(phrase))
            if author is not None:
                return author  # "The book, by journalist Robert Peston, said": his words
        if head in _ISSUED_DOCUMENTS:
            raw_words = phrase.split()
            if len(raw_words) == 3 and words[0] == "the" and _ISSUER_WORD.fullmatch(raw_words[1]):
                # "the Kantar report stated": the body (or person) the report is named after
                start = at + len(raw_words[0]) + 1
                named = self.by_name(raw_words[1], start) or self._adopt_firm(
                    raw_words[1], Source(raw_words[1], start, start + len(raw_words[1]), None)
                )
                if named is not None:
                    return named
            issuer = self._issuer(head, at)
            if issuer is not None:
                return issuer  # "Oxfam says in a report ... The report said:": Oxfam's words
            if head == "report" and words[0] == "the":
                # "the ADB said ... The ADB fears ... “…”, the report said": the body the
                # paragraphs before are about, when the text named no issuer
                body = self._subject_body(at)
                if body is not None:
                    return body
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
            state = self._state_of(phrase.split()[:-1]) if head in _STATE_MISSIONS else None
            if state is not None:
                return state  # "the North Korean mission said": the state it speaks for
            orgs = self.recent(at, 3000, "organization", skip)
            orgs = [o for o in orgs if o[1].split()[-1] not in _TEXTS_NOT_BODIES] or orgs
            kind = _ORG_KIND_WORDS.get(head)
            if kind is not None:
                return self._org_of_kind(kind, at, orgs)
            called = self._called_so(head, orgs)
            if called is not None:
                return called  # "Free Press, an advocacy group, said ... the group said"
            marks = {head} | {w.lower() for w in words[1:-1]}  # "the radio station"
            for _, name in orgs:
                if marks & set(_words(name)) or head in ("newspaper", "paper", "outlet", "site"):
                    return name
            if head in _GROUP_NOUNS:
                body = self._subject_body(at, 2)
                if body is not None and any(body == n for _, n in orgs):
                    # "The St. Louis Police Officer’s Association wants the NFL to discipline
                    # the players. The group calls ...": the body the sentences are about, not
                    # the one named last
                    return body
            business = head in _BUSINESS_NOUNS
            if previous in self.org_names and (business or previous not in self._firms):
                return previous
            if business:
                # "a British Medical Journal article ... the company says": a paper is no
                # business; the body named before it is
                firms = [n for _, n in orgs if not _media_name(n)]
                orgs = [(0, firms[0])] if firms else orgs
            else:
                # "the aid agency": not the reinsurer named since
                orgs = [o for o in orgs if o[1] not in self._firms] or orgs
            return orgs[0][1] if orgs and head not in ("campaign",) else None
        if head in _BUSINESS_HEADS or (
            head.endswith("maker") and (head == "maker" or head not in _ROLE_HEADS)
        ):
            # "the British engine maker", "the broadcaster": a business, never a person (but
            # "the South Carolina lawmaker", "the filmmaker" are people).
            return self._business(at, previous, skip)
        if _plural_role(head):
            return None  # "wrote the judges", "the researchers said": a group, not one person
        if _plain_plural(head) and phrase.split()[-1].islower():
            return None  # "backed the proposals saying “…”": things, nobody who speaks
        accept = self._describable(phrase, at)
        anonymous = self._anonymous(head, at, accept)
        if anonymous is not None:
            return anonymous or None
        if words[0] in ("a", "an") and head in _SPOKES:
            raw = phrase.split()
            if len(raw) == 3 and raw[1][:1].isupper() and raw[1].isalpha():
                # "said a Fifa spokesman": the body named in the phrase (adopted when the
                # text names it again)
                start = at + len(raw[0]) + 1
                owner = self.by_name(raw[1], start)
                if owner in self.person_names:
                    return owner  # "A Lankford spokesman said he was “…”": the senator's words
                body = self._adopt_firm(raw[1], Source(raw[1], start, start + len(raw[1]), None))
                if body is not None:
                    return body
            body = self._spoken_for(at + len(phrase))
            if body is not None:
                return body  # "said a spokesman for Ofcom": the body he speaks for
            # "East Midlands Airport apologised ... Defending the decision a spokeswoman said":
            # someone unnamed who speaks for the organisation the text is about.
            return previous if previous in self.org_names else self._subject_body(at)
        identified = self._identified_as(head, at)
        if identified is not None:
            # "Clovis was the campaign supervisor referenced in the court records ... the
            # supervisor replied that he would “…”": the one the text said the description is
            return identified
        subject = self._roleless_subject(at, head, phrase)
        if subject is not None:
            # "Britain's Paula Radcliffe has not ruled it out. “…,” said the two-time
            # champion": the sentence's own subject, whose role the text had not given yet.
            return subject
        if head not in _ROLE_HEADS and any(w.endswith("-year-old") for w in words):
            # "the 25-year-old Dubliner": an age and no office describe the person the story
            # is about, the one it has named most (not whoever was named last).
            lead = self._most_named(at, skip, accept)
            if lead is not None:
                return lead
        # "the New York businessman", "the senator": found like "he" or "she", by subjects,
        # among the people the description can be.
        hit = self.pronoun("person", at, previous, skip, accept=accept)
        if hit is None and words[0] == "the" and head in _ROLE_HEADS:
            hit = self._lead_named_next(at, at + len(phrase), head)
        return hit

    def _lead_named_next(self, at: int, end: int, head: str) -> str | None:
        """The news lead's "..., the work and pensions minister has said." before anyone is
        named: the first person the next paragraph names in a sentence that reports speech
        ("..., Alan Johnson said"), when that person's role is no other office."""
        m = _LEAD_HAS_SAID.match(self.text, end)
        if m is None:
            return None
        i = bisect.bisect_left(self.mention_starts, at)
        if any(x.kind == "person" for x in self.mentions[:i]):
            return None  # someone is named before: not a lead's description
        stop = self.text.find("\n\n", m.end(), m.end() + 600)
        stop = stop if stop > 0 else m.end() + 600
        for x in self.between(m.end(), stop):
            if x.kind != "person":
                continue
            held = [rw for rw, n in self.roles if n == x.name]
            if held and not any(rw and rw[-1] == head for rw in held):
                return None  # someone with another office
            lo = max(self.text.rfind(". ", m.end(), x.start), m.end())
            hi = self.text.find(". ", x.end, stop)
            return x.name if _SPEECH_IN.search(self.text, lo, hi if hi > 0 else stop) else None
        return None

    def _author_after(self, end: int) -> str | None:
        """The person or body named in ", by ..." right after a text's description."""
        if not self.text.startswith(", by ", end):
            return None
        stop = self.text.find(",", end + 5, end + 150)
        stop = stop if stop > 0 else end + 150
        body = None
        for m in self.between(end + 5, stop):
            if m.name in self.person_names:
                return m.name  # "by Sunday Telegraph journalist Robert Peston": the writer
            if body is None and m.name in self.org_names:
                body = m.name
        return body

    def _most_named(self, at: int, skip, accept) -> str | None:
        """The person named most often in the 3,000 characters before ``at``, when one leads."""
        counts: dict[str, int] = {}
        for _, name in self.recent(at, 3000, "person", skip):
            if accept(name):
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        return ranked[0][0]

    def _named_next(self, end: int) -> str | None:
        """The news lead's "..., a leading industry figure has said." names its speaker in the
        next paragraph: "Tim Renner, the head of Universal Music Germany, told ...". The person
        who opens that paragraph, when a reporting verb follows in its first sentence."""
        m = _LEAD_HAS_SAID.match(self.text, end)
        if m is None:
            return None
        i = bisect.bisect_left(self.mention_starts, m.end())
        if i >= len(self.mentions):
            return None
        first = self.mentions[i]
        if first.start != m.end() or first.kind != "person":
            return None
        stop = self.text.find(". ", first.end, first.end + 300)
        window = self.text[first.end : stop if stop > 0 else first.end + 300]
        return first.name if _SPEECH_IN.search(window) else None

    def _issuer(self, head: str, at: int) -> str | None:
        """Who issued the report (study, survey, letter) the text names before ``at``: "Oxfam
        says in a report", "a report by Oxfam", "Oxfam's report" — one of the digest's
        organisations or people."""
        lo = max(0, at - 3000)
        found = None
        last = -1  # where the latest phrase of that shape for ``head`` starts
        for m in _ISSUED_BY.finditer(self.text, lo, at):
            doc = m.group("doc") or m.group("doc2") or m.group("doc3") or m.group("doc4")
            if doc != head:
                continue
            last = m.start()
            name = m.group("who1") or m.group("who2") or m.group("who3") or m.group("who4")
            hit = self.by_name(name, m.start()) if name else None
            if hit in self.org_names or hit in self.person_names:
                found = hit
            elif name and not m.group("who3") and _body_name(name):
                found = self._organisation(name)  # "Oxfam says in a report": a body speaks
        sender = self._sender(head, lo, at)
        if sender is not None and (found is None or sender[0] > last):
            return sender[1]
        return found

    def _sender(self, head: str, lo: int, at: int) -> tuple[int, str | None] | None:
        """ "Chuck Canterbury, president of the Fraternal Order of Police, wrote a letter to
        congressional leaders": the one who opens the sentence that tells of the letter being
        sent (written, delivered, issued) — the latest such sentence before ``at``, with where
        it told of it."""
        found = None
        for m in _SENT_DOCUMENT.finditer(self.text, lo, at):
            if m.group("doc") != head:
                continue
            k = self._sentence_of(m.start())
            s0 = self.sentence_starts_at(k)
            first = self.between(s0, m.start())[:1]
            name = first[0].name if first and first[0].start - s0 <= 40 else None
            if _SPEECH_IN.search(self.text, s0, m.start()):
                name = None  # "X said Y sent a letter": who sent it is not the subject
            # a later letter whose sender the text does not name is another letter
            found = (m.start(), name)
        if found is None or not (found[1] in self.person_names or found[1] in self.org_names):
            return None
        return found

    def _called_so(self, head: str, orgs: list[tuple[int, str]]) -> str | None:
        """The latest of ``orgs`` that an apposition called by the noun ``head``: "Free Press,
        an advocacy group," for "the group"."""
        if self._called is None:
            self._called = {}
            for m in self.mentions:
                if m.kind != "organization":
                    continue
                found = _CALLED_AFTER.match(self.text, m.end)
                if found is not None and found.group("noun") in _ORG_NOUNS:
                    self._called.setdefault(m.name, set()).add(found.group("noun"))
        for _, name in orgs:
            if head in self._called.get(name, ()):
                return name
        return None

    def _org_by_head(self, phrase: str) -> str | None:
        """ "The commission says ..." after "the Electoral Commission": the one organisation
        whose name ends in the description's noun."""
        words = phrase.lower().split()
        if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
            return None
        found = [o for o in self.org_names if o.lower().split()[-1] == words[1] and " " in o]
        return found[0] if len(found) == 1 else None

    def _body_in_opening(self, s0: int, subj: Source) -> str | None:
        """ "In a statement from Lycos Europe announcing ..., the company denied": the body the
        sentence's opening phrase names is the business its subject describes."""
        words = subj.phrase.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _COMPANY_WORDS:
            return None
        found = None
        for m in self.between(s0, subj.start):
            if m.kind == "organization" and m.name in self.org_names:
                found = m.name if found is None or found == m.name else ""
        return found or None

    def _statement_issuer(self, at: int) -> str | None:
        """The organisation that issued the statement the text told of last before ``at``
        ("In a statement detailing the bans Valve said ... “…,” read the statement")."""
        found = None
        for m in _STATEMENT_BY.finditer(self.text, max(0, at - 3000), at):
            name = m.group("who1") or m.group("who2") or m.group("who3")
            hit = self.by_name(name, m.start())
            if hit in self.org_names:
                found = hit
            elif hit is None and _body_name(name):
                found = self._organisation(name)  # "In a statement from Lycos Europe"
        return found

    def _roleless_subject(self, at: int, head: str, phrase: str) -> str | None:
        """The person who is the subject of the description's own sentence (before it), when
        the text has given that person no role and the description's sex does not exclude
        them, nor its owner ("the Clinton adviser")."""
        k = self._sentence_of(at)
        start = self.sentence_starts_at(k)
        if self.text[start:at].lstrip()[:1] in _OPENING_MARKS and k > 0:
            k -= 1  # "“…,” said the champion": the subject of the sentence before
            start = self.sentence_starts_at(k)
        end = min(at, self.sentence_starts_at(k + 1))
        subject = self.first_subject(start, end)
        if subject is None or any(rw for rw, n in self.roles if n == subject):
            return None
        for m in self.between(start, end):
            if m.kind == "person" and m.name != subject and self._reporting_tail(m.start):
                return None  # "Tony Blair has failed, Michael Howard has said": who reports
        sex = _role_gender(head, [])
        if sex is not None and self.gender.get(subject) not in (None, sex):
            return None
        if any(w in _words(subject) for w in _words(phrase)[1:-1]):
            return None
        return subject

    def _business(self, at: int, previous: str | None, skip=None) -> str | None:
        """The business a description such as "the carmaker" refers to: the subject of the
        sentence before when it is an organisation (one the entities lack is adopted when the
        text names it twice, like "Amtrak said"), else the previous speaker if an
        organisation, else the organisation named last in the sentence before, else nobody."""
        k = self._sentence_of(at)
        s0, s1 = self.sentence_starts_at(k - 1), self.sentence_starts_at(k)
        if k >= 1:
            subj = sentence_subject(self.text, s0, min(s1, s0 + 200))
            if subj is not None and not subj.pronoun:
                hit = self.mention_at(subj.start, subj.end)
                if hit in self.org_names:
                    return hit
                words = subj.phrase.split()
                if hit is None and len(words) == 1 and words[0][:1].isupper():
                    firm = self._adopt_firm(words[0], subj)
                    if firm:
                        return firm
        if previous in self.org_names:
            return previous
        orgs = self.recent(at, max(1, at - s0), "organization", skip)
        return orgs[0][1] if orgs else None

    def _says(self, body: str, at: int) -> bool:
        """Whether the sentence before ``at`` has ``body`` say something ("Deutsche Boerse
        said ...")."""
        k = self._sentence_of(at)
        s0 = self.sentence_starts_at(k - 1) if k > 0 else 0
        for m in self.between(s0, at):
            if m.name == body and _REPORTS_AFTER.match(self.text, m.end):
                return True
        return False

    def _inverted_unnamed(self, j: int, at: int, skip) -> str | None:
        """The body of the unnamed speaker that sentence ``j`` gives after the quotation it
        opens with ('“…,” said a Juventus official', '“…,” a spokeswoman said'), "" for one
        of no body, when no person is named between that speaker and ``at``; else None."""
        if not self._opens_with_quote(j):
            return None
        s0 = self.sentence_starts_at(j)
        s1 = self.sentence_starts_at(j + 1)
        inverted = _INVERTED_UNNAMED.search(self.text, s0, s1)
        if inverted is None or self.recent(at, max(1, at - inverted.end()), "person", skip):
            return None
        phrase = inverted.group(1) or inverted.group(2)
        lo = inverted.start(1) if inverted.group(1) else inverted.start(2)
        body = self._body_within(lo, lo + len(phrase))
        return body or self._only_saying_body(lo) or ""

    def _only_saying_body(self, at: int) -> str | None:
        """The one organisation the text before ``at`` has say something ("..., the BBC has
        said."), when no other body and no person has: whom an unnamed spokesperson with no
        body of their own speaks for."""
        found = None
        for m in self.between(max(0, at - 3000), at):
            if m.end > at or not _REPORTS_AFTER.match(self.text, m.end):
                continue
            if m.kind != "organization" or m.name not in self.org_names:
                return None  # a person, a place: someone else says things here
            if found is not None and found != m.name:
                return None
            found = m.name
        return found

    def _subject_body(self, at: int, back: int = 4) -> str | None:
        """The organisation or state body that is the subject of one of the ``back`` sentences
        before ``at`` ("The Palestinian leadership is calling for ..."), or ``None``."""
        k = self._sentence_of(at)
        for j in range(k - 1, max(-1, k - 1 - back), -1):
            s0 = self.sentence_starts_at(j)
            s1 = self.sentence_starts_at(j + 1)
            reporter = _FINAL_REPORTER.search(self.text, max(s0, s1 - 160), s1)
            if reporter is not None:
                # "Both Xi and Trump expressed support ..., China’s Foreign Ministry said in a
                # statement": the body that reports the sentence, at its end
                hit = self.mention_at(reporter.start(1), reporter.end(1))
                if hit in self.org_names:
                    return hit
            subj = sentence_subject(self.text, s0, min(s1, s0 + 200))
            if subj is None or subj.pronoun:
                continue
            hit = self.mention_at(subj.start, subj.end)
            if hit in self.org_names:
                return hit
            if hit is None:
                hit = (
                    self.collective(subj.phrase)
                    or self._body_in_opening(s0, subj)
                    or self._org_by_head(subj.phrase)
                )
                if hit:
                    return hit
                words = subj.phrase.split()
                if len(words) == 1 and words[0][:1].isupper():
                    firm = self._adopt_firm(words[0], subj)  # "Ofcom says it has plans ..."
                    if firm:
                        return firm
        return None

    def _anonymous(self, head: str, at: int, accept) -> str | None:
        """ "A spokeswoman for the authority said ... “…,” the spokeswoman said": the
        description refers to someone the text never names. Returns the organisation that
        person speaks for when the entities hold it, "" for nobody named, ``None`` when the
        text named no such anonymous person lately (or named a fitting person since)."""
        if head not in _ROLE_HEADS or not head.isalpha():
            return None
        lo = max(0, at - 1500)
        found = None
        for m in re.finditer(rf"\b[Aa]n? (?:[\w-]+ ){{0,2}}{head}\b", self.text[lo:at]):
            found = m
        if found is None:
            return None
        pos, end = lo + found.start(), lo + found.end()
        if self.text[max(0, pos - 2) : pos] == ", " or self.text[end : end + 2] == ", ":
            return None  # "Jane Doe, a spokeswoman" / "a spokeswoman, Jane Doe,": named
        for s, n in self.recent(at, at - end, "person"):
            if s >= end and accept(n):
                return None  # someone fitting was named since
        for mention in self.between(pos, end):
            if mention.kind == "organization" and mention.name in self.org_names:
                return mention.name  # "A Mittal Steel spokesman said ...": the body in the phrase
        tail = self.text[end : end + 80]
        if tail[:5] in (" for ", " at t", " of t") or tail.startswith((" at ", " of ")):
            i = bisect.bisect_left(self.mention_starts, end)
            if i < len(self.mentions):
                after = self.mentions[i]
                if (
                    after.start < end + 60
                    and after.kind == "organization"
                    and after.name in self.org_names
                ):
                    return after.name
        return ""

    def _describable(self, phrase: str, at: int):
        """Who a description can name: not the person it names as owner ("the Clinton
        adviser"), someone of the sex its head states ("the congresswoman"), and, when someone
        mentioned lately holds the role it names ("the senator"), one of those holders."""
        raw = phrase.split()
        owners = set()
        for w in raw[1:-1] if len(raw) > 2 else raw[:0]:
            if w[:1].isupper():
                hit = self.forms.get(" ".join(_words(_strip_possessive(w))))
                if hit in self.person_names:
                    owners.add(hit)
        words = [_strip_possessive(w) for w in _words(phrase)]
        head = words[-1] if words else ""
        sex = _role_gender(head, [])
        holders = set()
        if head in _ROLE_HEADS or head in HONORIFICS:
            recent = {n for _, n in self.recent(at, 3000, "person")}
            holders = {
                n
                for rw, n in self.roles
                if rw and rw[-1] == head and n in recent and not another_office(rw, words)
            }

        def accept(name: str) -> bool:
            if name in owners:
                return False
            if sex is not None and self.gender.get(name) not in (None, sex):
                return False
            return not holders or name in holders

        return accept


__all__ = [
    "CUES",
    "Source",
    "SpeakerResolver",
    "sentence_subject",
    "source_after",
    "source_before",
]


# Words that open a clause of their own: a preposition before them governs no name after them
# ("told MPs that Tony Bland's family ...").
_CLAUSE_OPENERS = frozenset(
    "that who whom whose which and but or when while because as if said says told".split()  # noqa: SIM905
)


# "A spokesman for", "One senior official at": an unnamed person's head and a body after it.
_UNNAMED_HEAD = re.compile(
    r"\s*(?:A|An|One|Another) (?:[A-Za-z-]+ ){0,2}?([a-z-]+)"
    r"(?= (?:for|of|at) | (?:said|says|told)\b)"
)  # (or a reporting verb: "A spokesman said President Musharraf's safety ..."; "A Drax
# spokeswoman said": the body's name may stand before the role)


# ", the world's biggest reinsurer," / ", a Dutch bank," after a name: what the name is.
_FIRM_APPOSITION = re.compile(
    r", (?:the|a|an|its|[A-Z][\w.-]*(?:'s|’s))(?: [\w'’-]+){0,4}? ([a-z-]+)[,.]"
)
_FIRM_KINDS = _FIRM_KIND_WORDS | {"reinsurer", "firm", "business", "consultancy", "brewer"}


def _called_a_business(text: str, end: int) -> bool:
    """Whether the apposition after a name at ``end`` calls it a business (", the world's
    biggest reinsurer,", ", a parts maker,")."""
    m = _FIRM_APPOSITION.match(text, end)
    return m is not None and (m.group(1) in _FIRM_KINDS or m.group(1).endswith("maker"))


# A person's text that speaks ("Mr Crosby's statement said:"), which a later "It added" goes on.
_OWNED_TEXT_SAID = re.compile(
    r"['’]s (?:"
    + "|".join(
        sorted(_OWNED_TEXTS | {"e-mail", "email", "message", "note", "memo", "blog", "book"})
    )
    + r") (?:said|says|added|read|reads|stated|states)\b"
)


# "A Top of the Pops spokesperson": two or more capitalised words (and the lowercase ones a
# body's name holds) between the article and the spokesperson.
_SPOKESPERSON_OF_BODY = re.compile(
    r"(?:A|a|An|an) ([A-Z][\w'’&.-]*(?: (?:of|the|and|&|for|on|in)){0,2}(?: [A-Z][\w'’&.-]*"
    r"(?: (?:of|the|and|&|for|on|in)){0,2}){0,5} [A-Z][\w'’&.-]*) spokes(?:man|woman|person)\b"
)


# A name's body right after it: " of the International Longevity Centre", " from Oxfam".
_AFFILIATION_AFTER = re.compile(r" (?:of|from|at) (?:the )?[A-Z][a-z]+ [A-Z]")


# What stands between a possessive and the name it owns: one to four lowercase words ("former
# advisor ", "chief of staff ").
_OWNED_ROLE = re.compile(r" (?:[a-z-]+ ){1,4}")
_SAID_LATER = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")

# A reporting verb right after a name ("Deutsche Boerse said").
# A lowercase verb right after a name: the name opens a reported clause ("The former leader
# said Kim Jong Un makes him more nervous"), it does not end an inverted attribution.
_CLAUSE_GOES_ON = re.compile(r" (?:is|was|has|had|makes|made|would|will|could|can|does|did)\b")

_REPORTS_AFTER = re.compile(
    r" (?:has |have )?(?:said|says|insisted|insists|added|adds|stated|told|tells)\b"
)

# A verb of saying and "that" after the subject: the clause after it is what was said.
_SAYS_THAT = re.compile(r"\b(?:says|said|insists|insisted|claims|claimed|argues|argued) that\b")


def _named_body(phrase: str) -> str | None:
    """The name in "the Centers for Disease Control", "the Institute for Fiscal Studies": after
    "the", capitalised words joined by "for" or "of", a body's word among them."""
    words = phrase.split()
    if len(words) < 4 or words[0] not in ("the", "The") or not set(words[2:-1]) & {"for", "of"}:
        return None
    name = words[1:]
    if not all(w[:1].isupper() or w in ("for", "of", "and") for w in name):
        return None
    if name[0].lower() in _ROLE_HEADS:
        return None  # "the Secretary of Health and Human Services": an office
    if not any(w.rstrip("s") in _ORG_WORDS or w in _ORG_WORDS for w in name):
        return None
    return " ".join(name) if _body_name(" ".join(name)) else None


def _body_name(name: str) -> bool:
    """A name that may be a body's: not opening with a given name or a stop word, no country."""
    first = name.split()[0]
    return first not in _GIVEN_NAMES and first not in _STOPCAPS_SET and not _lex_country(name)


def _media_name(name: str) -> bool:
    """A newspaper, journal or broadcaster by its name ("British Medical Journal", "BBC")."""
    words = name.split()
    return name in _MEDIA_ORGS or (len(words) > 1 and words[-1] in _MEDIA_WORDS)


def _without_office_complement(words: list[str]) -> list[str]:
    """A title's words without the lowercase complement of an office ("minister of sport",
    "secretary of state for health"), which would read as a clause's words."""
    if "of" not in words[1:-1]:
        return words
    k = words.index("of", 1)
    tail = words[k + 1 :]
    if (
        words[k - 1].lower() in _ROLE_HEADS
        and 1 <= len(tail) <= 4
        and all(w.islower() and w not in ("the", "a", "an") for w in tail)
    ):
        return words[:k]
    return words


# A person's own text named by a possessive pronoun ("her website", "his statement"): the
# pronoun the owner would be.
_OWNER_PRONOUNS = {"his": "he", "her": "she", "His": "he", "Her": "she"}


def _owned_text_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is a possessive pronoun and a text of the owner's ("her website",
    "his official statement"), nothing more."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in _OWNED_TEXTS
        and tuple(words[1:-1]) in {(), ("official",), ("own",)}
    )
