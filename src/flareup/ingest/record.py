"""One JSONL/CSV record -> Document: the field names users give (`id`, `text`, `doc_date`/`date`, `lang`, ...)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flareup.errors import InputError
from flareup.model import Document

DATE_FIELDS = ("doc_date", "date")


def document_from_record(record: object, where: str, fallback_id: str, *, text_field: str = "text",
                         date_field: str | None = None, id_field: str = "id") -> Document:
    """The Document a record describes; InputError (naming `where`) when it has no usable text or date.

    Without an id the record gets `fallback_id` (file:line), so its id is stable across runs.
    """
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    text = record.get(text_field)
    if not isinstance(text, str):
        raise InputError(f"{where}: no {text_field!r} field" if text is None else f"{where}: {text_field!r} is not a string")
    if not text.strip():
        raise InputError(f"{where}: {text_field!r} is empty")
    raw_id = record.get(id_field)
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else fallback_id
    return Document(doc_id=doc_id, text=text, pub=_pub(record, date_field, where), lang=language_code(_str(record.get("lang"))),
                    title=_str(record.get("title")), url=_str(record.get("url")), source=where,
                    outlet=_str(record.get("outlet")) or outlet_of(_str(record.get("url"))))


def language_code(value: str | None) -> str | None:
    """'EN', 'nl-BE' -> 'en', 'nl': packs are per language, not per region."""
    return value.split("-")[0].split("_")[0].lower() if value else None


def outlet_of(url: str | None) -> str | None:
    """The host of a URL stands for the outlet when none is named (for counting independent sources)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _pub(record: dict, date_field: str | None, where: str):
    names = (date_field,) if date_field else DATE_FIELDS
    value = next((record[n] for n in names if record.get(n) not in (None, "")), None)
    if value is None:
        return None
    from flareup.dates import parse_pub_date

    try:
        return parse_pub_date(str(value))
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
