"""How lists of quotations are tidied for /quote and /who.

Extractors return a quotation split by its attribution as two pieces, and outlets repeat the same
words: the lists are merged and de-duplicated here so each quoted passage is shown once.
"""

from __future__ import annotations

from bot.answers.results import QuoteItem
from bot.store.textsearch import words

FRAGMENT_WORDS = 3  # a quotation of fewer words is a scare quote ("lump"), shown last


def arrange_quotes(items: list[QuoteItem]) -> list[QuoteItem]:
    """One entry per quoted passage, substantial quotations first.

    A quotation split by its attribution ("What we owe…," Mr. Obama said, "and to say…") comes
    back as two items with the same context: they are joined with an ellipsis in reading order.
    Scare quotes of one or two words ("lump", "manufactured") say little on their own and go
    after the real quotations (the order is otherwise kept)."""
    merged: list[QuoteItem] = []
    for item in items:
        host = next(
            (
                i
                for i, other in enumerate(merged)
                if other.source.doc_id == item.source.doc_id
                and other.context
                and item.context
                and (item.context in other.context or other.context in item.context)
                and item.text in (context := max(other.context, item.context, key=len))
                and other.text.split(" … ")[0] in context
            ),
            None,
        )
        if host is None:
            merged.append(item)
            continue
        other = merged[host]
        context = max(other.context, item.context, key=len)
        parts = [*other.text.split(" … "), item.text]
        if item.text in parts[:-1]:
            continue  # the same words twice
        parts.sort(key=lambda part: context.find(part))
        merged[host] = QuoteItem(
            text=" … ".join(parts),
            speaker=other.speaker,
            context=context,
            source=other.source,
            cue=other.cue,
        )
    return sorted(_distinct_quotes(merged), key=lambda q: len(q.text.split()) < FRAGMENT_WORDS)


def _distinct_quotes(items: list[QuoteItem]) -> list[QuoteItem]:
    """Each quotation once: two outlets quoting the same words ("The unfairness of the tax
    laws is unbelievable") or one quoting a longer stretch of them give one entry, the longer
    wording, at the place of the first (newest)."""
    kept: list[QuoteItem] = []
    keys: list[str] = []
    for item in items:
        # Words without a plural "s" ("the law" / "the laws"), padded to match whole words.
        key = " " + " ".join(w.rstrip("s") for w in words(item.text)) + " "
        for i, other in enumerate(keys):
            if key in other:
                break
            if other in key:
                kept[i], keys[i] = item, key
                break
        else:
            kept.append(item)
            keys.append(key)
    return kept
