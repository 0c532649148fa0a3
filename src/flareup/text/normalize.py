"""Text folding that keeps character offsets, so matches found on folded text point into the original."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " ", "\u2010": "-", "\u2011": "-", "\u02bc": "'"})


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base[0] if base else c


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify quotes and dashes; the result has the same length."""
    text = text.translate(_QUOTES)
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def normalize(text: str) -> str:
    """Clean a raw document: NFC, unified whitespace inside lines, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n\s*", "\n\n", text).strip()


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def word_count(text: str) -> int:
    """How many words a stretch of text holds: the distance measure of the casualty and list rules."""
    return len(re.findall(r"\w+", text))
