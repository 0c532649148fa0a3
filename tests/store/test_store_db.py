import json
from datetime import date

import pytest

from flareup.errors import StoreError
from flareup.model import Document, Event, Evidence, TimeSpan
from flareup.store.db import (
    Store,
    content_hash,
    event_from_record,
    event_json,
    mention_id,
)

TEXT_NL = "Bij een aanslag met een autobom in Kaboel zijn dinsdag vijf mensen gedood en twaalf gewond geraakt."
TEXT_EN = "A car bomb killed five people and wounded twelve in Kabul on Tuesday, police said."
TEXT_QUIET = "De gemeenteraad besprak gisteren de begroting voor het komende jaar."


def doc(doc_id, text, day="2021-03-10", outlet=None):
    d = date.fromisoformat(day)
    return Document(doc_id, text, TimeSpan(d, d, "day"), lang="nl" if "aanslag" in text else "en", outlet=outlet)


def event(d: Document, **over) -> Event:
    sentence = d.text.split(". ")[0]
    base = dict(event_id=f"{d.doc_id}-e0", doc_ids=[d.doc_id], event_type="explosion_remote_violence",
                sub_event_type="remote_explosive", date_start="2021-03-09", date_end="2021-03-09",
                time_precision="day", country="AF", country_name="Afghanistan", location="Kabul",
                lat=34.53, lon=69.17, geo_precision=1, killed=5, injured=12,
                evidence=[Evidence(d.doc_id, 0, len(sentence), sentence)], confidence=0.8, lang=d.lang)
    return Event(**{**base, **over})


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def snapshot(store):
    return {t: store.table_rows(t) for t in ("documents", "mentions", "events", "event_mentions")}


def test_batch_stores_documents_mentions_and_events(store):
    nl, quiet = doc("nl-1", TEXT_NL, outlet="Voorbeeldkrant"), doc("nl-2", TEXT_QUIET)
    added = store.write_batch([(nl, [event(nl)]), (quiet, [])])
    assert [m.mention_id for m in added] == [mention_id(content_hash(TEXT_NL), 0)]
    assert store.count("documents") == 2 and store.count("mentions") == 1 and store.count("events") == 1
    (stored,) = store.query_events()
    assert stored["doc_ids"] == ["nl-1"] and stored["killed"] == 5 and stored["location"] == "Kabul"
    (mention,) = store.mentions_of(stored["event_id"])
    assert mention["doc_id"] == "nl-1" and mention["outlet"] == "Voorbeeldkrant"
    assert mention["evidence"][0]["text"].startswith("Bij een aanslag")


def test_same_input_twice_changes_nothing(store):
    nl, en = doc("nl-1", TEXT_NL), doc("en-1", TEXT_EN)
    store.write_batch([(nl, [event(nl)]), (en, [event(en)])])
    before = snapshot(store)
    assert store.write_batch([(nl, [event(nl)]), (en, [event(en)])]) == []
    assert snapshot(store) == before


def test_same_text_under_another_id_is_stored_once(store):
    a, b = doc("a", TEXT_EN), doc("copy-of-a", TEXT_EN)
    store.write_batch([(a, [event(a)]), (b, [event(b)])])
    assert store.count("documents") == 1 and store.count("mentions") == 1


def test_reports_of_one_incident_merge_across_documents(store):
    nl, en = doc("nl-1", TEXT_NL, outlet="Voorbeeldkrant"), doc("en-1", TEXT_EN, "2021-03-11", outlet="Example Wire")
    store.write_batch([(nl, [event(nl)])])
    store.write_batch([(en, [event(en, killed=6)])])
    (merged,) = store.query_events()
    assert merged["doc_ids"] == ["en-1", "nl-1"] and merged["n_sources"] == 2
    assert {m["doc_id"] for m in store.mentions_of(merged["event_id"])} == {"nl-1", "en-1"}


def test_result_does_not_depend_on_the_order_documents_arrive(tmp_path):
    docs = [doc("nl-1", TEXT_NL, outlet="A"), doc("en-1", TEXT_EN, "2021-03-11", outlet="B"),
            doc("en-2", TEXT_EN + " More later.", "2021-03-12", outlet="C")]
    batches = [[(d, [event(d, killed=4 + i)])] for i, d in enumerate(docs)]
    states = []
    for order in (batches, batches[::-1]):
        with Store(tmp_path / f"{len(states)}.duckdb") as s:
            for b in order:
                s.write_batch(b)
            states.append(snapshot(s))
    assert states[0] == states[1]


def test_far_apart_incidents_stay_apart(store):
    nl, en = doc("nl-1", TEXT_NL), doc("en-1", TEXT_EN, "2021-08-01")
    store.write_batch([(nl, [event(nl)]), (en, [event(en, date_start="2021-07-30", date_end="2021-07-30")])])
    assert store.count("events") == 2
    assert [e["date_start"] for e in store.query_events(since=date(2021, 7, 1))] == ["2021-07-30"]


def test_failed_batch_leaves_nothing_behind(store):
    nl, en = doc("nl-1", TEXT_NL), doc("en-1", TEXT_EN)
    store.write_batch([(nl, [event(nl)])])
    before = snapshot(store)
    with pytest.raises(StoreError, match="rolled back"):
        store.write_batch([(doc("nl-2", TEXT_QUIET), []), (en, [event(en, killed=10**12)])])
    assert snapshot(store) == before


def test_filters(store):
    nl, en = doc("nl-1", TEXT_NL), doc("en-1", TEXT_EN, "2020-01-05")
    store.write_batch([(nl, [event(nl)]), (en, [event(en, event_type="battle", sub_event_type="armed_clash",
                                                       country="SY", country_name="Syria", location="Idlib",
                                                       lat=35.93, lon=36.63, date_start="2020-01-04",
                                                       date_end="2020-01-04")])])
    assert [e["country"] for e in store.query_events(country="syria")] == ["SY"]
    assert [e["country"] for e in store.query_events(country="af")] == ["AF"]
    assert [e["location"] for e in store.query_events(event_type="armed_clash")] == ["Idlib"]
    assert [e["location"] for e in store.query_events(event_type="battle")] == ["Idlib"]
    assert [e["location"] for e in store.query_events(until=date(2020, 12, 31))] == ["Idlib"]
    assert store.query_events(since=date(2022, 1, 1)) == []
    assert store.mentions_of("no-such-event") is None


def test_missing_database_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_database_in_use_or_unreadable_is_a_clear_error(tmp_path):
    path = tmp_path / "not-a-db.duckdb"
    path.write_bytes(b"this is not a duckdb file at all" * 200)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(path)


def test_stored_json_is_the_event_record():
    nl = doc("nl-1", TEXT_NL)
    ev = event(nl, reports=[{"doc_id": "nl-1", "outlet": None, "reported": "2021-03-10", "killed": 5, "injured": 12}])
    assert json.loads(event_json(ev)) == json.loads(json.dumps(ev.to_dict()))
    assert event_from_record(json.loads(event_json(ev))) == ev
