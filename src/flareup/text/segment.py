"""Sentence splitting with each pack's abbreviation list; line breaks (headlines, paragraphs) also split."""
from __future__ import annotations

import re
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.model import Sentence

_CANDIDATE = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n+")
_PARAGRAPH_ONLY = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n\s*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in load_pack(lang).toml("segment").get("abbreviations", []))


def split_sentences(doc_id: str, text: str, lang: str) -> list[Sentence]:
    """Sentences with character offsets into `text`; a full stop after an abbreviation or initial does not split."""
    abbrevs = _abbreviations(lang)
    out: list[Sentence] = []
    start = 0
    pattern = _PARAGRAPH_ONLY if is_hard_wrapped(text) else _CANDIDATE
    for m in pattern.finditer(text):
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


def is_hard_wrapped(text: str) -> bool:
    """Telex and wire texts break lines at a fixed width inside sentences; there a single newline is a space."""
    lines = [len(ln) for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    long_lines = sum(1 for n in lines if 50 <= n <= 90)
    return long_lines >= 0.6 * len(lines) and max(lines) <= 100


def _add(out: list[Sentence], doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(doc_id, len(out), start, end, text[start:end].replace("\n", " ")))
