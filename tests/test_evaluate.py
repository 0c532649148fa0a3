"""The scorer on records written for the test: matching, strictness, recall-only documents, field accuracies."""
from flareup.evaluate import score

GOLD = {"id": "d1", "lang": "en", "kind": "news_article", "gold_complete": True,
        "gold": [{"event_type": "bombing", "date": "2020-04-03", "country": "Syria", "location": "Homs",
                  "lat": 34.72, "lon": 36.72, "killed": 5, "perpetrator": "Islamic State", "target": "civilians"}]}


def pred(**kw):
    base = {"doc_id": "d1", "event_type": "explosion_remote_violence", "sub_event_type": "remote_explosive",
            "date_start": "2020-04-03", "date_end": "2020-04-03", "country": "SY", "location": "Homs",
            "lat": 34.73, "lon": 36.71, "killed": 5, "actor1": "Islamic State"}
    return {**base, **kw}


def test_exact_prediction_scores_one_everywhere():
    rep = score([GOLD], [pred()])["overall"]
    assert rep["f1"] == 1.0 and rep["strict_f1"] == 1.0
    assert all(f["accuracy"] == 1.0 for f in rep["fields"].values())


def test_date_alone_matches_but_is_not_strict():
    rep = score([GOLD], [pred(lat=36.2, lon=37.1, location="Aleppo")])["overall"]
    assert rep["f1"] == 1.0 and rep["strict_f1"] == 0.0
    assert rep["fields"]["place_25km"]["accuracy"] == 0.0


def test_extra_events_count_against_precision_only_when_gold_is_complete():
    extra = pred(date_start="2019-01-01", date_end="2019-01-01", lat=10.0, lon=10.0, location="Elsewhere")
    assert score([GOLD], [pred(), extra])["overall"]["precision"] == 0.5
    incomplete = {**GOLD, "gold_complete": False}
    assert score([incomplete], [pred(), extra])["overall"]["precision"] == 1.0


def test_negative_documents_report_their_no_event_rate():
    neg = {"id": "d2", "lang": "nl", "kind": "news_article", "gold_complete": True, "gold": []}
    rep = score([neg], [])
    assert rep["overall"]["no_event_rate"] == 1.0 and "lang:nl" in rep
    assert score([neg], [pred(doc_id="d2")])["overall"]["no_event_rate"] == 0.0


def test_a_perpetrator_told_by_number_or_sex_is_an_unnamed_armed_group():
    gold = {**GOLD, "gold": [{**GOLD["gold"][0], "perpetrator": "TWO MEN"}]}
    assert score([gold], [pred(actor1="Unidentified Armed Group (Syria)")])["overall"]["fields"]["actor1"]["accuracy"] == 1.0
    assert score([gold], [pred(actor1="Civilians (Syria)")])["overall"]["fields"]["actor1"]["accuracy"] == 0.0
