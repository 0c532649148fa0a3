"""End to end: headlines of one incident, one naming no place, in English and Dutch, become one event."""
from __future__ import annotations

from flareup.dedupe.scoring import group_figures, merge_records
from flareup.pipeline import extract_events


def test_english_and_dutch_headlines_of_one_blast_are_one_event_with_every_toll():
    records = [
        dict(id="en-1", lang="en", doc_date="2019-03-04", text="Two people killed in bomb blast at market"),
        dict(id="nl-1", lang="nl", doc_date="2019-03-04", text="Drie doden bij bomaanslag op markt in Mogadishu"),
    ]
    (ev,) = merge_records(records, extract_events)
    assert ev.doc_ids == ["en-1", "nl-1"]
    assert ev.country == "SO" and ev.lang == "mul"
    assert (ev.killed_low, ev.killed_high) == (2, 3)


def test_headlines_of_incidents_in_two_countries_stay_apart():
    records = [
        dict(id="a", lang="en", doc_date="2019-03-04", text="Two people killed in bomb blast at market"),
        dict(id="b", lang="en", doc_date="2019-03-04", text="Bomb blast kills two in Mogadishu market"),
        dict(id="c", lang="nl", doc_date="2019-03-04", text="Twee doden bij bomaanslag op markt in Kaboel"),
    ]
    figures = group_figures(merge_records(records, extract_events), {"a": "x", "b": "so", "c": "af"})
    assert figures.mixed_events == 0 and figures.events == 3
