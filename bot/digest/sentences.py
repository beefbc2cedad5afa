"""Paragraph and sentence splitting (baseline; the digest-core work replaces this)."""

from __future__ import annotations

import re

from bot.digest.model import Paragraph, Sentence

_PARA = re.compile(r"[^\n]+")
_SENT = re.compile(r"[^.!?]+[.!?]*")


def split(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for pm in _PARA.finditer(text):
        if not pm.group().strip():
            continue
        p = Paragraph(len(paragraphs), pm.start(), pm.end())
        paragraphs.append(p)
        for sm in _SENT.finditer(text, pm.start(), pm.end()):
            raw = sm.group()
            if raw.strip():
                lead = len(raw) - len(raw.lstrip())
                s, e = sm.start() + lead, sm.start() + len(raw.rstrip())
                sentences.append(Sentence(len(sentences), s, e, p.index, text[s:e]))
    return paragraphs, sentences
