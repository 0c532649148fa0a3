"""What capital letters say about a word: in running text, a capital inside a sentence marks a name."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def running_text(text: str) -> bool:
    """Mostly lower-case words: not a title-case headline and not all-caps wire text."""
    words = _WORD.findall(text)
    return sum(w[0].islower() for w in words) > len(words) / 2


def inside_name(text: str, start: int) -> bool:
    """A capitalised word right after another capitalised word in running text is part of a name
    ("the Grateful Dead", "the Dead Sea"), not the ordinary word it spells."""
    before = _WORD.findall(text[:start])
    return (text[start:start + 1].isupper() and len(before) >= 2 and before[-1][:1].isupper()
            and running_text(text))
