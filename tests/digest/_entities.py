"""Hand-built :class:`Entities` for quotation tests, independent of the people extractor."""

from __future__ import annotations

import re

from bot.digest.model import Entities, Mention, Person


def build_entities(
    text: str, people: list[Person], organizations: list[str] | None = None
) -> Entities:
    """Entities whose mentions are every occurrence of a person's name/aliases or an org name.

    Longer forms win over shorter ones at the same place ("Donald Trump" over "Trump").
    """
    organizations = organizations or []
    forms: list[tuple[str, str, str]] = []
    for p in people:
        for form in [p.name, *p.aliases]:
            forms.append((form, p.name, "person"))
    for o in organizations:
        forms.append((o, o, "organization"))
    forms.sort(key=lambda f: -len(f[0]))
    taken = [False] * len(text)
    mentions: list[Mention] = []
    for form, name, kind in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            mentions.append(Mention(m.start(), m.end(), name, kind))
    mentions.sort(key=lambda m: m.start)
    return Entities(people=people, organizations=organizations, mentions=mentions)
