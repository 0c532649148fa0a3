"""Dutch and English reports of the same incidents, run through the whole CLI, end as one stored event each."""
import json

from typer.testing import CliRunner

from flareup.cli.app import app

REPORTS = [
    {"id": "en-kabul", "lang": "en", "doc_date": "2021-05-09", "outlet": "wire-en",
     "text": "A car bomb exploded outside a girls' school in Kabul on Saturday, killing at least 30 people."},
    {"id": "nl-kabul", "lang": "nl", "doc_date": "2021-05-10", "outlet": "krant-nl",
     "text": "Bij een bomaanslag bij een meisjesschool in Kaboel zijn zaterdag zeker 55 mensen omgekomen."},
    {"id": "en-mosul", "lang": "en", "doc_date": "2021-05-09", "outlet": "wire-en",
     "text": "Islamic State militants ambushed an army patrol near Mosul on Friday, killing four soldiers."},
    {"id": "nl-mosul", "lang": "nl", "doc_date": "2021-05-09", "outlet": "krant-nl",
     "text": "IS-strijders hebben vrijdag in de buurt van Mosoel een legerpatrouille in een hinderlaag gelokt; "
             "daarbij kwamen vier militairen om."},
]


def test_reports_in_two_languages_merge_per_incident(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in REPORTS), "utf-8")
    db = tmp_path / "x.duckdb"
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(src), "--db", str(db)]).exit_code == 0
    out = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    events = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    by_docs = {tuple(sorted(e["doc_ids"])): e for e in events}
    assert set(by_docs) == {("en-kabul", "nl-kabul"), ("en-mosul", "nl-mosul")}, by_docs.keys()
    kabul = by_docs[("en-kabul", "nl-kabul")]
    assert kabul["country"] == "AF" and kabul["n_sources"] == 2 and kabul["lang"] == "mul"
    assert (kabul["killed"], kabul["killed_low"], kabul["killed_high"]) == (55, 30, 55)  # the later report's toll
    mosul = by_docs[("en-mosul", "nl-mosul")]
    assert mosul["actor1"] == "Islamic State" and mosul["killed"] == 4 and mosul["sub_event_type"] == "ambush"
