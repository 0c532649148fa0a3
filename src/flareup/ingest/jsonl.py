"""JSON Lines (`.jsonl`, `.jsonl.gz`): one document per line, streamed so files of any size fit in memory."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from flareup.errors import InputError
from flareup.ingest.record import document_from_record
from flareup.ingest.textio import iter_lines
from flareup.model import Document


def read_jsonl(path: Path, label: str) -> Iterator[Document | InputError]:
    """Each line's Document, or an InputError for a line that is not a JSON object with a `text`."""
    for number, line in iter_lines(path, label):
        where = f"{label}:{number}"
        if isinstance(line, InputError):
            yield line
            continue
        try:
            record = json.loads(line)
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}: not valid UTF-8 ({exc.reason})")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield document_from_record(record, where, where)
        except InputError as exc:
            yield exc
