"""People as the answers show them: a store entity as a :class:`PersonItem`, and its aliases.

Kept apart from the commands because /brief, /participants and /who all present people the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.results import PersonItem
from bot.store.store import EntityRow
from bot.store.textsearch import words


def name_aliases(name: str, aliases: Sequence[str]) -> list[str]:
    """The other names a person goes by ("Annan", "Secretary-General Annan", "Kofi"), without
    the bare descriptions the extractor also recorded ("the President", "the head of our")."""
    own = set(words(name))
    out = []
    for alias in aliases:
        if alias == name or alias[:1].islower():
            continue
        if own & set(words(alias)):
            out.append(alias)
    return out


def person_item(entity: EntityRow) -> PersonItem:
    return PersonItem(
        name=entity.name,
        role=entity.role,
        organization=entity.organization,
        documents=entity.docs,
        mentions=entity.mentions,
        quotes=entity.quotes,
    )
