"""The DuckDB store: schema, idempotent batch writes (one transaction each) and the queries the CLI needs.

Documents are keyed by a hash of their text, so feeding the same input twice adds nothing. Each batch of
documents, their mentions and the re-merged events around them is written in one transaction: a crash
leaves the database as it was before the batch. DuckDB allows one writing process at a time.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from flareup.dedupe.merge import blocking_key, merge_events
from flareup.errors import StoreError
from flareup.model import Document, Event, Evidence, Mention

WIDEN_ROUNDS = 3  # how far a block grows by the windows of what it fetched (dedupe.merge explains the closure)

SCHEMA = """
-- flareup's database: documents read, the events each reports (mentions), and merged events.
CREATE TABLE IF NOT EXISTS documents (
    doc_hash      VARCHAR PRIMARY KEY,  -- sha256 of the text: the same text is stored once
    doc_id        VARCHAR NOT NULL,     -- the user's id, or file name / file:line
    source        VARCHAR,              -- file (and line) it was read from
    title         VARCHAR,
    url           VARCHAR,
    lang          VARCHAR,
    outlet        VARCHAR,
    pub_start     DATE,
    pub_end       DATE,
    pub_precision VARCHAR,
    n_chars       INTEGER,
    n_mentions    INTEGER,
    text          VARCHAR
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id     VARCHAR PRIMARY KEY, -- <doc_hash prefix>-<index of the event in its document>
    doc_hash       VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    event_type     VARCHAR,
    sub_event_type VARCHAR,
    date_start     DATE,
    date_end       DATE,
    country        VARCHAR,
    location       VARCHAR,
    killed         INTEGER,
    injured        INTEGER,
    outlet         VARCHAR,
    reported       VARCHAR,
    block_country  VARCHAR NOT NULL,    -- dedupe's blocking key: only mentions whose windows meet can merge
    block_first    DATE,
    block_last     DATE,
    record         VARCHAR NOT NULL     -- the per-document event as JSON (DESIGN.md section 3)
);
CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,
    event_type     VARCHAR,
    sub_event_type VARCHAR,
    date_start     DATE,
    date_end       DATE,
    time_precision VARCHAR,
    country        VARCHAR,
    country_name   VARCHAR,
    admin1         VARCHAR,
    location       VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    killed         INTEGER,
    injured        INTEGER,
    n_mentions     INTEGER,
    n_sources      INTEGER,
    doc_ids        VARCHAR[],
    record         VARCHAR NOT NULL     -- the merged event as JSON (DESIGN.md section 3)
);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id   VARCHAR NOT NULL,
    mention_id VARCHAR NOT NULL,
    PRIMARY KEY (event_id, mention_id)
);
"""

_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def content_hash(text: str) -> str:
    """The key of a document: the same text is the same document, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mention_id(doc_hash: str, index: int) -> str:
    """Stable id of a document's index-th event: same text, same extraction, same id."""
    return f"{doc_hash[:16]}-{index}"


def event_json(event: Event) -> str:
    """The event as stored JSON; same content as json.dumps(event.to_dict()) without asdict's deep copies."""
    data = {name: getattr(event, name) for name in _EVENT_FIELDS}
    data["evidence"] = [vars(e) for e in event.evidence]
    return json.dumps(data, ensure_ascii=False, default=str)


def event_from_record(record: dict) -> Event:
    """An Event back from its stored JSON (unknown keys from other versions ignored)."""
    data = {k: v for k, v in record.items() if k in _EVENT_FIELDS}
    data["evidence"] = [Evidence(**e) for e in data.get("evidence") or []]
    return Event(**data)


class Store:
    """One open flareup database."""

    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no database here (create one with `flareup run`)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0]
            hint = " (is another flareup process writing to it?)" if "lock" in first.lower() else ""
            raise StoreError(f"{self.path}: cannot open database: {first}{hint}") from None
        if not read_only:
            self.con.execute(SCHEMA)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ------------------------------------------------------------------------------------

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of these documents are stored already."""
        if not hashes:
            return set()
        rows = self.con.execute("SELECT doc_hash FROM documents WHERE doc_hash IN (SELECT unnest($1))",
                                [list(hashes)]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, batch: Sequence[tuple[Document, list[Event]]]) -> list[Mention]:
        """Store documents with their per-document events and re-merge the events they touch; all or nothing.

        Documents already stored are left alone. Returns the mentions added.
        """
        import duckdb

        try:
            self.con.begin()
            docs, mentions = self._new_rows(batch)
            if docs:
                self._insert("documents", docs)
            if mentions:
                self._insert("mentions", [_mention_row(m, h) for m, h in mentions])
                self._remerge([m.mention_id for m, _ in mentions])
            self.con.commit()
        except BaseException as exc:
            self.con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: write failed, batch rolled back: {str(exc).splitlines()[0]}") from None
            raise
        return [m for m, _ in mentions]

    def _new_rows(self, batch: Sequence[tuple[Document, list[Event]]]
                  ) -> tuple[list[dict], list[tuple[Mention, str]]]:
        hashes = [content_hash(doc.text) for doc, _ in batch]
        known = self.known_hashes(hashes)
        docs, mentions = [], []
        for (doc, events), h in zip(batch, hashes):
            if h in known:
                continue
            known.add(h)
            docs.append(_document_row(doc, h, len(events)))
            reported = doc.pub.start.isoformat() if doc.pub else None
            for i, ev in enumerate(events):
                ev = replace(ev, doc_ids=[doc.doc_id])
                mentions.append((Mention(mention_id(h, i), ev, outlet=doc.outlet, reported=reported), h))
        return docs, mentions

    def _insert(self, table: str, rows: list[dict]) -> None:
        import pyarrow as pa

        arrow = pa.Table.from_pylist(rows)
        self.con.register("_rows", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        finally:
            self.con.unregister("_rows")

    def _remerge(self, new_ids: list[str]) -> None:
        """Re-merge the new mentions with every stored mention they could merge with, replacing those events.

        The block is dedupe's: same country (any country for a mention naming none), blocking windows that meet; widened by the windows of what
        it fetched (WIDEN_ROUNDS times), then completed with every mention of each event it touches.
        """
        self.con.execute("CREATE OR REPLACE TEMP TABLE _affected AS SELECT unnest($1) AS mention_id", [new_ids])
        frontier = len(new_ids)
        for _ in range(WIDEN_ROUNDS):
            if not frontier:
                break
            frontier = self.con.execute("""
                INSERT INTO _affected SELECT DISTINCT m.mention_id FROM mentions m
                JOIN (SELECT block_country, block_first, block_last FROM mentions
                      WHERE mention_id IN (SELECT mention_id FROM _affected) AND block_first IS NOT NULL) w
                  ON (m.block_country = w.block_country OR m.block_country = '' OR w.block_country = '')
                 AND m.block_first <= w.block_last
                 AND w.block_first <= m.block_last
                WHERE m.mention_id NOT IN (SELECT mention_id FROM _affected)""").fetchone()[0]
        self.con.execute("""
            INSERT INTO _affected SELECT DISTINCT b.mention_id FROM event_mentions a JOIN event_mentions b USING (event_id)
            WHERE a.mention_id IN (SELECT mention_id FROM _affected)
              AND b.mention_id NOT IN (SELECT mention_id FROM _affected)""")
        self.con.execute("""
            CREATE OR REPLACE TEMP TABLE _stale AS SELECT DISTINCT event_id FROM event_mentions
            WHERE mention_id IN (SELECT mention_id FROM _affected)""")
        self.con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _stale)")
        self.con.execute("DELETE FROM event_mentions WHERE event_id IN (SELECT event_id FROM _stale)")
        rows = self.con.execute("""SELECT mention_id, outlet, reported, record FROM mentions
                                   WHERE mention_id IN (SELECT mention_id FROM _affected)""").fetchall()
        mentions = [Mention(mid, event_from_record(json.loads(rec)), outlet, reported)
                    for mid, outlet, reported, rec in rows]
        events = merge_events(mentions)
        if events:
            self._insert("events", [_event_row(e) for e in events])
            links = link_mentions(events, mentions)
            if links:
                self._insert("event_mentions", [{"event_id": e, "mention_id": m} for e, m in links])

    # -- reading ------------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def query_events(self, country: str | None = None, since: date | None = None, until: date | None = None,
                     event_type: str | None = None) -> list[dict]:
        """Stored merged events as DESIGN.md records, oldest first; filters combine with AND.

        `country` matches the ISO code or the name; `event_type` the type or sub-type; `since`/`until`
        keep events whose interval reaches into [since, until].
        """
        where, params = [], []
        if country:
            where.append("(lower(country) = lower(?) OR lower(country_name) = lower(?))")
            params += [country, country]
        if since:
            where.append("coalesce(date_end, date_start) >= ?")
            params.append(since)
        if until:
            where.append("date_start <= ?")
            params.append(until)
        if event_type:
            where.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            params += [event_type, event_type]
        sql = "SELECT record FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.con.execute(sql + " ORDER BY date_start NULLS LAST, event_id", params).fetchall()
        return [json.loads(r[0]) for r in rows]

    def mentions_of(self, event_id: str) -> list[dict] | None:
        """The mentions behind one merged event (None when no such event): where and how each document reported it."""
        if not self.con.execute("SELECT 1 FROM events WHERE event_id = ?", [event_id]).fetchone():
            return None
        rows = self.con.execute("""
            SELECT m.mention_id, m.doc_id, d.title, d.url, m.outlet, m.reported, m.record
            FROM event_mentions em JOIN mentions m USING (mention_id) JOIN documents d USING (doc_hash)
            WHERE em.event_id = ? ORDER BY m.reported NULLS LAST, m.mention_id""", [event_id]).fetchall()
        out = []
        for mid, doc_id, title, url, outlet, reported, record in rows:
            rec = json.loads(record)
            rec.pop("doc_ids", None)
            out.append({"mention_id": mid, "doc_id": doc_id, "title": title, "url": url, "outlet": outlet,
                        "reported": reported, **rec})
        return out

    def table_rows(self, table: str) -> list[tuple]:
        """Every row of a table in a fixed order, for comparing database states."""
        return self.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def link_mentions(events: Iterable[Event], mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """(event_id, mention_id) pairs: each mention goes to the merged event of its document sharing most evidence."""
    events = list(events)
    out = []
    for m in mentions:
        doc = m.event.doc_ids[0] if m.event.doc_ids else None
        keys = {(e.doc_id, e.start, e.end) for e in m.event.evidence}
        candidates = sorted((e for e in events if doc in e.doc_ids), key=lambda e: e.event_id)
        if not candidates:
            continue
        best = max(candidates, key=lambda e: (len(keys & {(x.doc_id, x.start, x.end) for x in e.evidence}),
                                              e.event_id in (m.mention_id, m.event.event_id),
                                              e.event_type == m.event.event_type))
        out.append((best.event_id, m.mention_id))
    return out


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _document_row(doc: Document, doc_hash: str, n_mentions: int) -> dict:
    return {"doc_hash": doc_hash, "doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "url": doc.url,
            "lang": doc.lang, "outlet": doc.outlet, "pub_start": doc.pub.start if doc.pub else None,
            "pub_end": doc.pub.end if doc.pub else None, "pub_precision": doc.pub.precision if doc.pub else None,
            "n_chars": len(doc.text), "n_mentions": n_mentions, "text": doc.text}


def _mention_row(m: Mention, doc_hash: str) -> dict:
    e = m.event
    key = blocking_key(m)
    return {"mention_id": m.mention_id, "doc_hash": doc_hash, "doc_id": e.doc_ids[0],
            "idx": int(m.mention_id.rsplit("-", 1)[1]), "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "date_start": _day(e.date_start), "date_end": _day(e.date_end), "country": e.country,
            "location": e.location, "killed": e.killed, "injured": e.injured, "outlet": m.outlet,
            "reported": m.reported, "block_country": key.country, "block_first": _day(key.first_day),
            "block_last": _day(key.last_day), "record": event_json(e)}


def _event_row(e: Event) -> dict:
    return {"event_id": e.event_id, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "date_start": _day(e.date_start), "date_end": _day(e.date_end), "time_precision": e.time_precision,
            "country": e.country, "country_name": e.country_name, "admin1": e.admin1, "location": e.location,
            "lat": e.lat, "lon": e.lon, "killed": e.killed, "injured": e.injured, "n_mentions": e.n_mentions,
            "n_sources": e.n_sources, "doc_ids": list(e.doc_ids),
            "record": event_json(e)}
