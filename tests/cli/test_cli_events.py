import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from flareup.cli.app import app
from flareup.model import Document, Event, Evidence, TimeSpan
from flareup.store.db import Store

REPORTS = [  # (doc_id, text, published, outlet, event fields)
    ("nl-a", "Bij een luchtaanval op een dorp bij Idlib kwamen zaterdag zeven burgers om.", "2019-05-05", "Krant A",
     dict(event_type="explosion_remote_violence", sub_event_type="air_strike", date_start="2019-05-04",
          date_end="2019-05-04", country="SY", country_name="Syria", location="Idlib", lat=35.93, lon=36.63,
          killed=7, actor2="Civilians (Syria)", actor2_type="civilians")),
    ("en-b", "An air strike on a village near Idlib killed eight civilians on Saturday.", "2019-05-05", "Wire B",
     dict(event_type="explosion_remote_violence", sub_event_type="air_strike", date_start="2019-05-04",
          date_end="2019-05-04", country="SY", country_name="Syria", location="Idlib", lat=35.93, lon=36.63,
          killed=8, actor2="Civilians (Syria)", actor2_type="civilians")),
    ("en-c", "Soldiers and insurgents fought for hours in the hills last month.", "2020-02-10", "Wire B",
     dict(event_type="battle", sub_event_type="armed_clash", date_start="2020-01-01", date_end="2020-01-31",
          time_precision="month", country="ML", country_name="Mali")),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("events") / "events.duckdb"
    with Store(path) as store:
        for doc_id, text, day, outlet, fields in REPORTS:
            d = date.fromisoformat(day)
            doc = Document(doc_id, text, TimeSpan(d, d, "day"), outlet=outlet)
            ev = Event(event_id=f"{doc_id}-0", doc_ids=[doc_id], time_precision=fields.pop("time_precision", "day"),
                       evidence=[Evidence(doc_id, 0, len(text), text)], geo_precision=1, **fields)
            store.write_batch([(doc, [ev])])
    return path


def events(db, *args):
    result = CliRunner().invoke(app, ["events", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_has_every_stored_event(db):
    records = [json.loads(line) for line in events(db, "--format", "jsonl").splitlines()]
    assert len(records) == 2
    syria, mali = records
    assert syria["doc_ids"] == ["en-b", "nl-a"] and syria["n_sources"] == 2 and syria["killed"] == 8
    assert mali["country"] == "ML" and mali["time_precision"] == "month"


def test_csv_uses_acled_columns(db):
    rows = list(csv.DictReader(io.StringIO(events(db, "--format", "csv"))))
    assert [r["country"] for r in rows] == ["Syria", "Mali"]
    assert rows[0]["sub_event_type"] == "Air/drone strike" and rows[0]["fatalities"] == "8"
    assert rows[0]["civilian_targeting"] == "Civilian targeting" and rows[1]["fatalities"] == ""


def test_geojson_parses_back(db):
    fc = json.loads(events(db, "--format", "geojson"))
    assert [f["geometry"] for f in fc["features"]] == [{"type": "Point", "coordinates": [36.63, 35.93]}, None]


@pytest.mark.parametrize("args, countries", [
    (["--country", "SY"], ["SY"]), (["--country", "mali"], ["ML"]), (["--type", "battle"], ["ML"]),
    (["--type", "air_strike"], ["SY"]), (["--since", "2019-06"], ["ML"]), (["--until", "2019"], ["SY"]),
    (["--since", "2020-01-31", "--until", "2020-01-31"], ["ML"]), (["--country", "ML", "--type", "air_strike"], []),
])
def test_filters(db, args, countries):
    records = [json.loads(line) for line in events(db, "-f", "jsonl", *args).splitlines()]
    assert [r["country"] for r in records] == countries


def test_table_and_output_file(db, tmp_path):
    table = events(db)
    assert "2 events" in table and "Idlib" in table and "air_strike" in table
    out = tmp_path / "events.csv"
    assert events(db, "-f", "csv", "-o", str(out)) == ""
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,time_precision")


def test_mentions_show_the_evidence_behind_an_event(db):
    syria = json.loads(events(db, "-f", "jsonl", "--country", "SY"))
    mentions = [json.loads(line) for line in events(db, "--mentions", syria["event_id"], "-f", "jsonl").splitlines()]
    assert sorted(m["doc_id"] for m in mentions) == ["en-b", "nl-a"]
    assert {m["outlet"] for m in mentions} == {"Krant A", "Wire B"}
    assert any("luchtaanval" in e["text"] for m in mentions for e in m["evidence"])
    table = events(db, "--mentions", syria["event_id"])
    assert "luchtaanval" in table and "Wire B" in table


@pytest.mark.parametrize("args, message", [
    (["--mentions", "ev-nope"], "no event 'ev-nope'"),
    (["--since", "last week"], "--since: publication date 'last week' is not YYYY"),
    (["--mentions", "x", "-f", "geojson"], "--mentions shows a table or jsonl"),
])
def test_mistakes_are_one_line(db, args, message):
    result = CliRunner().invoke(app, ["events", "--db", str(db), *args])
    assert result.exit_code == 1 and result.stdout == ""
    assert message in result.stderr and result.stderr.count("\n") == 1
