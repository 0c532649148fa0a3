"""Event records out: JSON Lines, ACLED-like CSV and GeoJSON, written to any text stream."""
from __future__ import annotations

import csv
import json
from typing import Iterable, TextIO

from flareup.model import Event

# DESIGN.md section 3, in order; `doc_id` (one document) or `doc_ids` (a merged event) goes second
RECORD_FIELDS = ("event_id", "event_type", "sub_event_type", "date_start", "date_end", "time_precision",
                 "country", "country_name", "admin1", "location", "geonameid", "lat", "lon", "geo_precision",
                 "actor1", "actor1_type", "actor2", "actor2_type", "killed", "killed_low", "killed_high",
                 "injured", "injured_low", "injured_high", "evidence", "confidence", "lang", "rules")
MERGE_FIELDS = ("n_mentions", "n_documents", "n_sources", "first_reported", "last_reported", "reports")

# ACLED's vocabulary for our language-free keys; anything else is shown as its key in words
_ACLED_TYPES = {"battle": "Battles", "explosion_remote_violence": "Explosions/Remote violence",
                "violence_against_civilians": "Violence against civilians"}
_ACLED_SUBTYPES = {"air_strike": "Air/drone strike", "drone_strike": "Air/drone strike",
                   "shelling": "Shelling/artillery/missile attack", "remote_explosive": "Remote explosive/landmine/IED",
                   "abduction": "Abduction/forced disappearance", "suicide_bomb": "Suicide bomb"}
_ACLED_INTER = {"state_forces": "State forces", "rebel_group": "Rebel group", "militia": "Political militia",
                "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
                "external_forces": "External/Other forces"}
_PRECISION_CODE = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "inter1", "actor2", "inter2", "civilian_targeting", "iso2", "country",
                 "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                 "injuries", "fatalities_low", "fatalities_high", "date_start", "date_end", "n_sources", "doc_ids",
                 "confidence")


def document_record(event: Event, doc_id: str) -> dict:
    """The `flareup extract` record of a per-document event: section 3 fields with `doc_id`."""
    data = event.to_dict()
    out = {"event_id": data["event_id"], "doc_id": doc_id}
    out.update((k, data[k]) for k in RECORD_FIELDS[1:] if k in data)
    return out


def stored_record(data: dict) -> dict:
    """A stored merged event in section 3 order, with `doc_ids` and the merge counts."""
    out = {"event_id": data.get("event_id"), "doc_ids": data.get("doc_ids", [])}
    out.update((k, data.get(k)) for k in RECORD_FIELDS[1:] + MERGE_FIELDS)
    return out


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    """One JSON object per line; returns how many."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def acled_row(rec: dict) -> dict:
    """A stored event as a row with ACLED's column names (plus our interval, injuries and toll range)."""
    evidence = rec.get("evidence") or []
    reports = rec.get("reports") or []
    outlets = sorted({r.get("outlet") for r in reports if r.get("outlet")})
    start = rec.get("date_start")
    return {
        "event_id_cnty": rec.get("event_id"), "event_date": start, "year": start[:4] if start else None,
        "time_precision": _PRECISION_CODE.get(rec.get("time_precision") or ""), "disorder_type": "Political violence",
        "event_type": _label(rec.get("event_type"), _ACLED_TYPES), "sub_event_type": _label(rec.get("sub_event_type"), _ACLED_SUBTYPES),
        "actor1": rec.get("actor1"), "inter1": _label(rec.get("actor1_type"), _ACLED_INTER),
        "actor2": rec.get("actor2"), "inter2": _label(rec.get("actor2_type"), _ACLED_INTER),
        "civilian_targeting": "Civilian targeting" if rec.get("actor2_type") == "civilians" else None,
        "iso2": rec.get("country"), "country": rec.get("country_name"), "admin1": rec.get("admin1"),
        "location": rec.get("location"), "latitude": rec.get("lat"), "longitude": rec.get("lon"),
        "geo_precision": rec.get("geo_precision"), "source": "; ".join(outlets) or None,
        "notes": " | ".join(e["text"] for e in evidence[:3] if e.get("text")) or None,
        "fatalities": rec.get("killed"), "injuries": rec.get("injured"), "fatalities_low": rec.get("killed_low"),
        "fatalities_high": rec.get("killed_high"), "date_start": start, "date_end": rec.get("date_end"),
        "n_sources": rec.get("n_sources"), "doc_ids": "; ".join(rec.get("doc_ids") or []) or None,
        "confidence": rec.get("confidence"),
    }


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    """ACLED-like CSV; empty cells mean not reported (never zero)."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(acled_row(rec))
        n += 1
    return n


def write_geojson(records: Iterable[dict], out: TextIO) -> int:
    """A GeoJSON FeatureCollection; events without coordinates keep a null geometry."""
    features = []
    for rec in records:
        has_point = rec.get("lat") is not None and rec.get("lon") is not None
        geometry = {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]} if has_point else None
        features.append({"type": "Feature", "id": rec.get("event_id"), "geometry": geometry, "properties": rec})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, default=str)
    out.write("\n")
    return len(features)


def _label(key: str | None, table: dict[str, str]) -> str | None:
    if not key:
        return None
    return table.get(key) or key.replace("_", " ").capitalize()
