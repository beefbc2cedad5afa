"""The words and phrase shapes speaker resolution reads: pronouns and their sexes, unisex given
names, kinds of organisation ("the airline", "the newspaper"), collective and document nouns,
possessive roles ("Obama's former strategist"), names that are no speakers, and the small
helpers that test a phrase against them.

Kept apart from :mod:`bot.digest.speakers` so that the resolver reads as the procedure it is;
every name here is a constant or a pure function of its arguments.
"""

from __future__ import annotations

import functools
import re

from bot.digest.countries import lookup
from bot.digest.cues import _STRIP, HONORIFICS, _lexicon_set, _wordset
from bot.digest.lexicon import AWARD_HOLDERS, GIVEN_GENDER
from bot.digest.organizations import PARTY_NICKNAMES

_MALE = _wordset("he him his")


_FEMALE = _wordset("she her hers")


_SUFFIXES = _wordset("jr jr. sr sr. ii iii iv")


_ORG_NOUNS = _wordset(
    "newspaper paper post times journal magazine outlet network channel station site website "
    "agency department ministry company firm group organization organisation party "
    "administration government campaign committee commission council office court board "
    "union association institute foundation bank team league bureau service army police "
    "statement report poll study survey senate house congress parliament white airline carrier "
    "lender insurer navy agency body watchdog regulator club mission embassy delegation"
)


# Words an organisation's name holds when a description of its kind refers to it ("the
# airline" → "AirAsia", "Qantas Airways"; "the lender" → "Barclays Bank").
_ORG_KIND_WORDS = {
    "airline": ("air", "airlines", "airways", "airline"),
    "carrier": ("air", "airlines", "airways", "airline"),
    "lender": ("bank",),
    "bank": ("bank",),
    "navy": ("navy",),
    "army": ("army",),
    "police": ("police", "constabulary"),  # ("the police said": not the "ID" of "ID cards")
}


def _kind_word(word: str, kind: tuple[str, ...]) -> bool:
    """Whether a word of an organisation's name marks that kind ("AirAsia" is an airline, the
    "Air" of "Air Force" is not)."""
    low = word.lower()
    return low in kind or (
        "air" in kind and low.startswith("air") and low[3:4].isalpha() and word[3:4].isupper()
    )


# A run of capitalised words, for finding an organisation the entities lack. Bounded.
_FLIGHT = re.compile(r"\b((?:[A-Z][\w-]* ){0,2}[A-Z][a-z]*[A-Z]?[a-z]+)(?:'s|’s)? [Ff]light\b")


_CAP_RUN = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}")


# A state's bodies, named by a description ("the Palestinian leadership").
_COLLECTIVES = _wordset(
    "leadership government authorities administration ministry cabinet regime embassy "
    "delegation military army navy police presidency"
)


# Texts that "say" things: they speak for an organisation, never for the nearest person.
_DOCUMENT_NOUNS = _wordset(
    "letter article piece clip ad advert advertisement ruling decision report statement study "
    "poll survey memo email tweet editorial column story book lawsuit complaint filing brief "
    "bill video release document order opinion analysis spot commercial minutes"
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


_GIVEN_NAMES = _lexicon_set("GIVEN_NAMES")
_SURNAMES = _lexicon_set("SURNAMES")


_MEDIA_ORGS = _lexicon_set("MEDIA_ORGS")


_MEDIA_WORDS = _lexicon_set("MEDIA_WORDS")


_STOPCAPS_SET = _lexicon_set("STOPCAPS") | {"The", "A", "An"}


_DEMONYMS = _lexicon_set("DEMONYMS")


_ORG_WORDS = _lexicon_set("ORG_WORDS")  # "Committee", "Association": a body's name
_NOT_NAME_WORDS = (
    _lexicon_set("STOPCAPS")
    | _lexicon_set("COMMON_CAPS")
    | _lexicon_set("DEMONYMS")
    | _lexicon_set("PLACE_WORDS")
    | _ORG_WORDS
)


# Given names borne by men and women alike: the lexicon's guess for them is no evidence.
_UNISEX = _wordset(
    "Terry Chris Pat Jordan Taylor Leslie Kim Robin Jamie Alex Sam Dana Jesse Casey Lee Ashley "
    "Jean Jody Jodie Kelly Kerry Morgan Riley Shannon Tracy Tracey Carroll Lynn Marion Sandy "
    "Stacy Stacey Toni Tony Billie Bobbie Frankie Charlie Drew Avery Quinn Sidney Sydney Cameron "
    "Kendall Logan Peyton Reese Rory Skyler Blair Hayden Jackie Jo Laurie Lindsay Lindsey Merle "
    "Noel Shelby Tyler Devon Dale Gale Gayle Kai Ali Andrea Nicola Sasha Valery Mika Yuri"
    " Joss Jan Kris"
)


# Roles and relations that state a person's sex ("9/11 widow Terry Strada": "she", although
# Terry is most often a man's name).
_FEMALE_ROLES = _wordset(
    "widow wife mother daughter sister queen girlfriend grandmother aunt niece bride lady dame "
    "duchess countess baroness empress princess actress heiress waitress hostess stewardess "
    "headmistress mistress madam mrs mrs. ms ms. miss granddaughter stepmother fiancee "
    "nun matriarch"
)


_MALE_ROLES = _wordset(
    "widower husband father son brother king boyfriend grandfather uncle nephew groom lord sir "
    "duke count earl baron emperor prince actor waiter steward headmaster mr mr. grandson "
    "stepfather fiance monk patriarch"
)


_UNSEXED_MAN = frozenset(["chairman", "spokesman"])


def _role_gender(role: str | None, aliases: list[str]) -> str | None:
    """The sex a person's role or an alias states ("widow", "congresswoman", "the king"), or
    ``None``. Stronger evidence than a given name."""
    if not role and not aliases:
        return None
    heads = []
    if role:
        heads.append(role.split()[-1].lower())
    for a in aliases:
        words = a.split()
        if words and (words[0][:1].islower() or words[0].lower() == "the"):
            heads.append(words[-1].lower())  # "the widow"
    genders = set()
    for h in heads:
        h = h.strip(_STRIP)
        if h in _FEMALE_ROLES or (h.endswith("woman") and len(h) > 5):
            genders.add("f")
        elif h in _MALE_ROLES or (
            h.endswith(("sman", "rman", "lman")) and len(h) > 6 and h not in _UNSEXED_MAN
        ):
            # councilman, congressman (not "human", "German"; and news calls women "chairman"
            # and "spokesman": "UKIP chairman Petrina Holdsworth ... She said", "Foreign
            # Ministry spokesman Hua Chunying ... she said")
            genders.add("m")
    return genders.pop() if len(genders) == 1 else None


# Texts a body issues in its own name ("a statement issued after the meeting said").
_STATEMENT_NOUNS = _wordset("statement communique communiqué declaration")
# Texts whose owner speaks through them: "The Bank's minutes said", "United's statement said".
_OWNED_TEXTS = _STATEMENT_NOUNS | _wordset("minutes report letter submission filing website")
# The same with the text's addressee between it and the verb ("... to the stock exchange said").
_OWNED_TEXT_BEFORE = re.compile(
    r"((?:[A-Z][\w&-]* ){0,3}[A-Z][\w&-]*['’]s (?:[a-z]+ )?(?:"
    + "|".join(sorted(_OWNED_TEXTS))
    + r")) (?:to|for) (?:the )?$"
)


# Nouns for people that the role list lacks ("a local man", "one witness").
_PEOPLE_NOUNS = _wordset(
    "man woman boy girl resident witness source friend neighbour neighbor passenger driver "
    "survivor mother father relative onlooker bystander customer shopper voter fan protester "
    "protestor villager local tourist visitor victim patient parent person"
)


# Nouns for a member of a party: "the Washington Democrat said".
_PARTY_MEMBERS = _wordset(
    "Democrat Republican Conservative Tory Liberal Socialist Independent Libertarian "
    "Democrat-Farmer-Laborite Communist Nationalist Unionist Labourite"
)

# "..., said an official at the central government's bureau." at the end of a sentence.
_SAID_UNNAMED = re.compile(
    r"\b(?:said|says|told [\w ]{1,20}?|according to) (?:an?|one) (?:[\w-]+ ){0,2}?([a-z]+)\b"
    r"(?:(?: at| of| for| with| from| in)\b[^.!?\n]{0,150})?[.!?]?[\s”\"’']*\Z"
)


# A person named in a pair: "Bill and Denise Richard", "Smith and Jones".
_PAIR_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ and \Z")
_PAIR_AFTER = re.compile(
    r" and (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?!of\b)[a-z]"
    r"|(?:his|her) (?:team|lawyers|attorneys|colleagues|aides|staff)\b)"
)  # (or "Mueller and his team noted ...": he leads the "they")


# Who speaks for an organisation without being named ("a spokeswoman said").
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])


# Nationals named by a noun ("the Frenchman responded"): a description of a person, like "the
# Brazilian" (the adjectival demonyms are in the lexicon).
_NATIONALS = _wordset(
    "Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Scotsman Scotswoman "
    "Welshman Welshwoman Irishman Irishwoman Briton Spaniard Swede Dane Finn Pole Scot Turk "
    "Croat Serb Slovak Czech Swiss Greek Kiwi Aussie Argentine Argentinian Brazilian Portuguese"
)

# "the 68-year-old Yankee", "the former Gunner": an age or a "former" before one capitalised
# word makes it a description, whatever the word.
_DESCRIBED = re.compile(r"(?i)\bthe (?:[\w-]+-year-old|former|veteran) $")


def _given(word: str) -> bool:
    """A given name ("Jean-Marc" counts by its first part)."""
    return word in _GIVEN_NAMES or word.split("-")[0] in _GIVEN_NAMES


def _given_gender(word: str) -> str | None:
    """The sex a given name tells ("Jean-Marc" by its first part), if any."""
    return GIVEN_GENDER.get(word) or GIVEN_GENDER.get(word.split("-")[0])


def _lex_country(name: str) -> bool:
    return lookup(name) is not None


def _country_key(name: str) -> str | None:
    return lookup(name)


_ROLE_HEADS = _lexicon_set("ROLE_HEADS")


# Lower-case words that may stand in a role before a name that opens a sentence ("Team captain
# John Fitzgerald", "airline boss Tony Fernandes", "the former minister Ana Ruiz").
_ROLE_WORDS = (
    _ROLE_HEADS
    | _lexicon_set("ROLE_MODIFIERS")
    | _wordset("the former airline company bank union club party police army navy")
)


def _role_prefix(words: list[str]) -> bool:
    """A run of capitalised words and role words ending in a role: the subject's title (also
    a body named with lowercase words before a capitalised title: "House oversight committee
    Chairman Trey Gowdy")."""
    lower = [w.lower() for w in words if not w[:1].isupper()]
    if (
        lower
        and len(words) >= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and words[-1].lower() in _ROLE_HEADS
        and all(w.isalpha() for w in lower)
    ):
        return True
    return (
        bool(lower)
        and all(w in _ROLE_WORDS or w in HONORIFICS or w == "counterpart" for w in lower)
        and (
            words[-1].lower() in _ROLE_HEADS
            or words[-1].lower() in HONORIFICS
            or words[-1] == "counterpart"  # "Wenger's Bayern counterpart Felix Magath"
        )
    )


def _owned(phrase: str) -> bool:
    """A phrase that ends in a lowercase role after a name ("the Clinton adviser", "Trump
    aide"): the name owns the role, someone else holds it."""
    words = phrase.split()
    if len(words) < 2 or not any(w[:1].isupper() for w in words[:-1]):
        return False
    tail = words[-1]
    # ("the two-time Academy Award winner": a person the prize's name describes, not the prize)
    return tail.islower() and (tail in _ROLE_HEADS or tail in HONORIFICS or tail in AWARD_HOLDERS)


def _possessive_role(phrase: str) -> bool:
    """ "Obama's former campaign strategist", "Clinton’s spokesman": a role someone holds for a
    named person or organisation, which describes a third person."""
    words = phrase.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].endswith(("'s", "’s")):
        return False
    head = words[-1]
    return head.islower() and (head in _ROLE_HEADS or head in HONORIFICS)


def _plural_role(head: str) -> bool:
    """ "judges", "researchers", "spokesmen": the plural of a person's role names a group."""
    if head in _ROLE_HEADS or not head.endswith("s") or head.endswith("ss"):
        return head.endswith("men") and head[:-3] + "man" in _ROLE_HEADS
    return head[:-1] in _ROLE_HEADS or (head.endswith("es") and head[:-2] in _ROLE_HEADS)


def _plain_plural(head: str) -> bool:
    """ "proposals", "figures": a plural noun that is no role ("judges" is one: see
    :func:`_plural_role`), which describes things or a group, never one speaker."""
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is", "ics", "'s", "’s"))
        and head not in _ROLE_HEADS
        and head.isalpha()
    )


# Role-like heads that describe a business, not a person ("Al Jazeera, the Qatari broadcaster").
_BUSINESS_HEADS = _wordset(
    "broadcaster carrier manufacturer retailer operator insurer lender regulator maker "
    "supplier provider distributor exporter importer miner developer publisher network exchange"
)


# Heads of descriptions that name a body *within* the organisation they mention.
_SUB_BODIES = _wordset("agency body watchdog regulator organisation organization")


def _sub_body(phrase: str, org: str) -> bool:
    """ "the UN agency", "the EU watchdog": the organisation named is the body's parent."""
    words = _words(phrase)
    return (
        len(words) >= 2
        and words[0] == "the"
        and words[-1] in _SUB_BODIES
        and words[-1] not in _words(org)
        and phrase.split()[-1].islower()
    )


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
            or (out and _lex_country(w))  # "ambassador to Pakistan Abdul Salam Zaeef"
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


# Verbs right after a subject that opens its sentence after a description of the person.
_SUBJECT_VERBS = _wordset("was is has had were said says told will would")
# What someone says or thinks: "Zuckerberg’s vision, “…”" quotes its owner.
_OWN_WORDS = _wordset("views ideas plans words tweets posts letters remarks comments thoughts")
# People someone has ("Pearson's men", "Obama's lawyer"): the subject, not their owner.
_OWNED_PEOPLE = (
    _ROLE_HEADS
    | _PEOPLE_NOUNS
    | _wordset("men women side team squad staff family wife husband son daughter father mother")
    | _wordset("government administration party club company firm cabinet")  # his bodies
)
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")
_NAME_COMMA = re.compile(r"[^\s,]+(?: [A-Z][^\s,]*){0,3}, (?=[a-z])")
_CONJUNCTIONS = _wordset("but and yet so however meanwhile still also then now")


@functools.lru_cache(maxsize=8192)
def _words(s: str) -> tuple[str, ...]:
    """Lower-cased words, apostrophes made one ("O’Neill" and "O'Neill" are one name).
    Cached: the same names and roles are split again for every quotation."""
    return tuple(w.strip(_STRIP).lower().replace("’", "'") for w in s.split() if w.strip(_STRIP))


def _strip_possessive(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


# Short forms news uses for bodies it has named in full (acronyms are found from the text).
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "Federal Reserve": ("Fed",),
    "US Federal Reserve": ("Fed",),
    "Metropolitan Police": ("Met",),
}
for _nick, _parties in PARTY_NICKNAMES.items():
    for _party in _parties:  # "the Tories said" → the Conservatives
        _SHORT_FORMS[_party] = (*_SHORT_FORMS.get(_party, ()), _nick)


# Adverbs that open a sentence before its subject: "Earlier Tony Blair defended the plans".
_SENTENCE_ADVERBS = frozenset(["earlier", "later", "meanwhile", "still", "however", "now", "then"])


# Last words a firm's name may drop: "Holland America" for Holland America Line.
_FIRM_SUFFIXES = frozenset(
    [
        "Line",
        "Lines",
        "Group",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Company",
        "Co",
        "Co.",
        "Ltd",
        "Ltd.",
        "Limited",
        "plc",
        "PLC",
        "Holdings",
        "LLC",
    ]
)


# Documents whose words the text gives to whoever issued them.
_ISSUED_DOCUMENTS = frozenset(
    ["report", "study", "survey", "letter", "review", "analysis", "memo", "memorandum"]
)
_ISSUER = r"[A-Z][\w&'’-]*(?: (?:of |for |and )?[A-Z][\w&'’-]*){0,5}"
# Who issued the statement a later "the statement" refers to: "In a statement detailing the
# bans Valve said", "Valve said in a statement", "Valve's statement".
_STATEMENT_BY = re.compile(
    rf"\b[Ii]n (?:a|an|its|their|the) (?:\w+ )?statement\b[^.\n]{{0,80}}? (?P<who1>{_ISSUER}) "
    rf"(?:also )?(?:said|says|added|stated)\b"
    rf"|(?P<who2>{_ISSUER}) (?:said|says) in (?:a|an|its|their) (?:\w+ )?statement"
    rf"|(?P<who3>{_ISSUER})['’]s? statement"
)
_ISSUED_BY = re.compile(
    rf"(?P<who1>{_ISSUER}) (?:says|said|warns|warned|argues|argued|claims|claimed|wrote|writes|"
    rf"found|finds|concluded|concludes) in (?:a|an|its|their|the) (?:new |latest |annual |"
    rf"(?:19|20)\d\d )?(?P<doc>report|study|survey|letter|review|analysis)"
    rf"|(?:[Aa]|[Tt]he|[Ii]ts) (?:new |latest |annual )?(?P<doc2>report|study|survey|letter|review|"
    rf"analysis) (?:by|from) (?:the )?(?P<who2>{_ISSUER})"
    rf"|(?P<who3>{_ISSUER})['’]s? (?:new |latest |annual )?(?P<doc3>report|study|survey|letter)"
    rf"|\b(?P<doc4>memo|memorandum|report|letter),? (?:issued|written|sent) by (?:the )?"
    rf"(?P<who4>{_ISSUER})"
)  # (or "A Dec. 20 memo, issued by the Executive Office for Immigration Review")
