"""The main job: documents in, events extracted per document, everything stored in batches (`flareup run`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from flareup.errors import FlareupError, InputError, SkipDocument
from flareup.ingest.registry import Skip
from flareup.model import Document, Event
from flareup.store.db import Store, content_hash

BATCH_SIZE = 200


@dataclass
class RunSummary:
    """What a run did, for the closing report; `failed` holds one line per input that could not be processed."""

    read: int = 0
    stored: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> documents (or files)
    failed: list[str] = field(default_factory=list)
    mentions: int = 0
    by_country: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    events_in_db: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def extract_or_skip(doc: Document) -> list[Event] | Skip:
    """A document's events, or a Skip when the pipeline declines it (e.g. no language pack). Other errors propagate."""
    from flareup.pipeline import extract_events

    try:
        return extract_events(doc)
    except SkipDocument as exc:
        return Skip(doc.source or doc.doc_id, str(exc))


def describe_failure(doc: Document, exc: BaseException) -> str:
    """One line for a document whose extraction failed; no traceback ever reaches the user."""
    where = doc.source or doc.doc_id
    if isinstance(exc, FlareupError):
        return f"{where}: {exc}"
    return f"{where}: extraction failed ({type(exc).__name__}: {exc})".rstrip()


def load_documents(items: Iterable[Document | InputError | Skip], store: Store, *,
                   on_failure: Callable[[str], None] = lambda line: None,
                   on_document: Callable[[], None] = lambda: None) -> RunSummary:
    """Read, extract and store everything; documents already stored (same text) are not extracted again.

    Documents go to the database in batches of BATCH_SIZE, each in one transaction; `on_document` is
    called as each document is dealt with, `on_failure` with each failure's one-line message.
    """
    summary = RunSummary()
    pending: list[Document] = []

    def flush() -> None:
        if pending:
            _process(pending, store, summary, on_failure, on_document)
            pending.clear()

    for item in items:
        if isinstance(item, InputError):
            summary.failed.append(str(item))
            on_failure(str(item))
        elif isinstance(item, Skip):
            summary.skipped[item.reason] += 1
        else:
            summary.read += 1
            pending.append(item)
            if len(pending) >= BATCH_SIZE:
                flush()
    flush()
    summary.events_in_db = store.count("events")
    return summary


def _process(docs: list[Document], store: Store, summary: RunSummary, on_failure: Callable[[str], None],
             on_document: Callable[[], None]) -> None:
    hashes = [content_hash(d.text) for d in docs]
    known = store.known_hashes(hashes)  # earlier batches are stored, so only this batch needs remembering
    seen: set[str] = set()
    batch: list[tuple[Document, list[Event]]] = []
    for doc, h in zip(docs, hashes):
        on_document()
        if h in known:
            summary.skipped["already stored"] += 1
            continue
        if h in seen:
            summary.skipped["same text as an earlier document"] += 1
            continue
        try:
            result = extract_or_skip(doc)
        except Exception as exc:  # one document's failure must not stop the run
            summary.failed.append(describe_failure(doc, exc))
            on_failure(summary.failed[-1])
            continue
        if isinstance(result, Skip):
            summary.skipped[result.reason] += 1
            continue
        seen.add(h)
        batch.append((doc, result))
    for mention in store.write_batch(batch):
        summary.mentions += 1
        summary.by_country[mention.event.country_name or mention.event.country or "unknown"] += 1
        summary.by_type[f"{mention.event.event_type}/{mention.event.sub_event_type}"] += 1
    summary.stored += len(batch)
