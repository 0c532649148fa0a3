"""Which reader handles which file, and the walk over the user's paths (files or folders, recursively)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from flareup.errors import InputError
from flareup.ingest.csvfile import CsvColumns
from flareup.model import Document

FORMATS = {".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".csv": "csv", ".txt": "text", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class InputFile:
    """A file to read; `label` names it in messages and ids (its path relative to the folder given, or its name)."""

    path: Path
    label: str
    kind: str
    doc_id: str  # for one-document files: the name, or the path inside the folder given


@dataclass(frozen=True)
class Skip:
    """Something deliberately not processed, with the reason shown in the run summary (not a failure)."""

    source: str
    reason: str


def format_of(path: Path) -> str | None:
    """The reader kind for a file name, or None when flareup cannot read it."""
    name = path.name.lower()
    return next((kind for suffix, kind in FORMATS.items() if name.endswith(suffix)), None)


def list_inputs(paths: Iterable[str | Path]) -> list[InputFile | InputError | Skip]:
    """The files behind the given paths, in a stable order; a bad path becomes an InputError.

    A file named directly must have a supported extension; inside folders other files are skipped
    (a README next to the data is normal), as are hidden files.
    """
    out: list[InputFile | InputError | Skip] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            out.append(InputError(f"{given}: no such file or folder"))
        elif path.is_dir():
            out.extend(_walk(path))
        elif (kind := format_of(path)) is None:
            out.append(InputError(f"{given}: unsupported file type (supported: {', '.join(FORMATS)})"))
        else:
            out.append(InputFile(path, str(given), kind, path.name))
    return out


def _walk(folder: Path) -> Iterator[InputFile | Skip]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        label = str(folder / rel)
        kind = format_of(path)
        yield InputFile(path, label, kind, rel.as_posix()) if kind else Skip(label, "unsupported file type")


def read_file(item: InputFile, columns: CsvColumns = CsvColumns()) -> Iterator[Document | InputError]:
    """The documents of one file; problems become InputErrors in the stream, so later documents still come."""
    from flareup.ingest import csvfile, htmlpage, jsonl, textfile

    try:
        if item.kind == "jsonl":
            yield from jsonl.read_jsonl(item.path, item.label)
        elif item.kind == "csv":
            yield from csvfile.read_csv(item.path, item.label, columns)
        elif item.kind == "text":
            yield from textfile.read_text_file(item.path, item.label, item.doc_id)
        else:
            yield from htmlpage.read_html(item.path, item.label, item.doc_id)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{item.label}: cannot read ({exc.strerror or exc})")


def read_documents(paths: Iterable[str | Path], columns: CsvColumns = CsvColumns()
                   ) -> Iterator[Document | InputError | Skip]:
    """Every document under the paths, with InputErrors and Skips in place of what cannot be read."""
    for item in list_inputs(paths):
        if isinstance(item, InputFile):
            yield from read_file(item, columns)
        else:
            yield item
