import csv
import io
import json

from flareup.model import Event, Evidence
from flareup.store.export import (
    ACLED_COLUMNS,
    RECORD_FIELDS,
    acled_row,
    document_record,
    stored_record,
    write_csv,
    write_geojson,
    write_jsonl,
)

EVENT = Event(event_id="ev-1", doc_ids=["d1"], event_type="explosion_remote_violence", sub_event_type="air_strike",
              date_start="2019-07-02", date_end="2019-07-02", time_precision="day", country="LY", country_name="Libya",
              admin1="Tripoli", location="Tajura", lat=32.88, lon=13.35, geo_precision=1, actor1="Example Air Force",
              actor1_type="state_forces", actor2="Civilians (Libya)", actor2_type="civilians", killed=40, injured=None,
              evidence=[Evidence("d1", 0, 30, "An air strike hit the centre.")], confidence=0.9, lang="en",
              reports=[{"doc_id": "d1", "outlet": "Example Wire", "reported": "2019-07-03", "killed": 40,
                        "injured": None}])
UNPLACED = Event(event_id="ev-2", doc_ids=["d2", "d3"], event_type="battle", sub_event_type="armed_clash",
                 time_precision="month", date_start="2019-07-01", date_end="2019-07-31")


def test_extract_record_has_design_fields_with_doc_id():
    rec = document_record(EVENT, "d1")
    assert list(rec) == ["event_id", "doc_id", *RECORD_FIELDS[1:]]
    assert rec["evidence"] == [{"doc_id": "d1", "start": 0, "end": 30, "text": "An air strike hit the centre."}]
    assert rec["injured"] is None and rec["killed"] == 40


def test_jsonl_round_trip():
    records = [stored_record(EVENT.to_dict()), stored_record(UNPLACED.to_dict())]
    out = io.StringIO()
    assert write_jsonl(records, out) == 2
    back = [json.loads(line) for line in out.getvalue().splitlines()]
    assert back == json.loads(json.dumps(records))
    assert back[1]["doc_ids"] == ["d2", "d3"] and back[1]["lat"] is None


def test_acled_csv_columns_and_values():
    out = io.StringIO()
    write_csv([stored_record(EVENT.to_dict()), stored_record(UNPLACED.to_dict())], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    first, second = rows
    assert first["event_id_cnty"] == "ev-1" and first["event_date"] == "2019-07-02" and first["year"] == "2019"
    assert first["event_type"] == "Explosions/Remote violence" and first["sub_event_type"] == "Air/drone strike"
    assert first["inter1"] == "State forces" and first["civilian_targeting"] == "Civilian targeting"
    assert (first["country"], first["iso2"], first["latitude"], first["longitude"]) == ("Libya", "LY", "32.88", "13.35")
    assert first["fatalities"] == "40" and first["injuries"] == "" and first["source"] == "Example Wire"
    assert first["time_precision"] == "1" and second["time_precision"] == "3"
    assert second["event_type"] == "Battles" and second["sub_event_type"] == "Armed clash"
    assert second["fatalities"] == "" and second["doc_ids"] == "d2; d3"


def test_unknown_keys_are_shown_in_words():
    assert acled_row({"event_type": "battle", "sub_event_type": "hostage_taking"})["sub_event_type"] == "Hostage taking"


def test_geojson_points_and_null_geometry():
    out = io.StringIO()
    write_geojson([stored_record(EVENT.to_dict()), stored_record(UNPLACED.to_dict())], out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    placed, unplaced = fc["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [13.35, 32.88]}
    assert placed["properties"]["location"] == "Tajura" and placed["id"] == "ev-1"
    assert unplaced["geometry"] is None
