"""Sentence splitting with each pack's abbreviation list; line breaks (headlines, paragraphs) also split."""
from __future__ import annotations

import re
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.model import Sentence

_CANDIDATE = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in load_pack(lang).toml("segment").get("abbreviations", []))


def split_sentences(doc_id: str, text: str, lang: str) -> list[Sentence]:
    """Sentences with character offsets into `text`; a full stop after an abbreviation or initial does not split."""
    abbrevs = _abbreviations(lang)
    out: list[Sentence] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.group().startswith("."):
            w = _WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            word = w.group(1).lower() if w else ""
            nxt = text[m.end():m.end() + 3].lstrip()
            if word in abbrevs or (len(word) == 1 and word.isalpha()) or (nxt[:1].islower()):
                continue
        _add(out, doc_id, text, start, m.end())
        start = m.end()
    _add(out, doc_id, text, start, len(text))
    return out


def _add(out: list[Sentence], doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(doc_id, len(out), start, end, text[start:end]))
