"""CSV files: one document per row, the text/date/id columns named by the user; streamed row by row."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from flareup.errors import InputError
from flareup.ingest.record import DATE_FIELDS, document_from_record
from flareup.ingest.textio import MAX_DOCUMENT_BYTES, SNIFF_BYTES, open_stream
from flareup.model import Document

_DELIMITERS = ",;\t|"


@dataclass(frozen=True)
class CsvColumns:
    """Which columns hold the text, the publication date and the id (date and id: found by name when not given)."""

    text: str = "text"
    date: str | None = None
    id: str | None = None


def read_csv(path: Path, label: str, columns: CsvColumns = CsvColumns()) -> Iterator[Document | InputError]:
    """Each row's Document, or an InputError for a row without text; a missing named column fails the whole file."""
    csv.field_size_limit(MAX_DOCUMENT_BYTES)
    with open_stream(path, label) as raw:
        dialect = _dialect(raw.peek(SNIFF_BYTES)[:SNIFF_BYTES])
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        try:
            yield from _rows(stream, label, columns, dialect)
        except UnicodeDecodeError as exc:
            raise InputError(f"{label}: not valid UTF-8 ({exc.reason}); rows after that point were not read") from None
        except csv.Error as exc:
            raise InputError(f"{label}: malformed CSV ({exc})") from None


def _rows(stream: io.TextIOWrapper, label: str, columns: CsvColumns, dialect) -> Iterator[Document | InputError]:
    reader = csv.DictReader(stream, dialect=dialect)
    header = reader.fieldnames
    if not header:
        raise InputError(f"{label}: empty file")
    date_col = columns.date or next((c for c in DATE_FIELDS if c in header), None)
    id_col = columns.id or "id"
    for wanted, flag in ((columns.text, "--text-col"), (columns.date, "--date-col"), (columns.id, "--id-col")):
        if wanted and wanted not in header:
            raise InputError(f"{label}: no column {wanted!r} ({flag}); columns are: {', '.join(header)}")
    line = reader.line_num + 1
    for row in reader:
        where = f"{label}:{line}"
        line = reader.line_num + 1
        try:
            yield document_from_record(row, where, where, text_field=columns.text, date_field=date_col, id_field=id_col)
        except InputError as exc:
            yield exc


def _dialect(head: bytes) -> type[csv.Dialect]:
    """Excel-style CSV with the delimiter that the header line uses most (Dutch exports often use ';')."""
    first = head.split(b"\n", 1)[0].decode("utf-8", errors="ignore")
    delimiter = max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})
