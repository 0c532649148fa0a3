"""Plain text files (`.txt`), optionally opening with a `date YYYY[-MM[-DD]]` header.

The header may stand alone on the first line or be followed by the text on the same line
(as in the project's first real input); month- or year-only dates keep that precision.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from flareup.errors import InputError
from flareup.ingest.textio import decode_utf8, read_whole
from flareup.model import Document, TimeSpan

_HEADER = re.compile(r"\s*date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|$)", re.IGNORECASE)


def read_text_file(path: Path, label: str, doc_id: str) -> Iterator[Document]:
    """The file as one Document; its header, when present, gives the publication date."""
    text = decode_utf8(read_whole(path, label), label)
    pub, body = split_header(text, label)
    if not body.strip():
        raise InputError(f"{label}: no text" + (" after the date header" if pub else ""))
    yield Document(doc_id=doc_id, text=body, pub=pub, source=label)


def split_header(text: str, label: str = "text") -> tuple[TimeSpan | None, str]:
    """(publication interval or None, the text after the header)."""
    m = _HEADER.match(text)
    if not m:
        return None, text.strip()
    from flareup.dates import parse_pub_date

    try:
        pub = parse_pub_date(m.group(1))
    except InputError as exc:
        raise InputError(f"{label}: date header: {exc}") from None
    return pub, text[m.end():].strip()
