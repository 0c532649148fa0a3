import json

import pytest
from typer.testing import CliRunner

from flareup.cli.app import app

GOLD = [
    {"id": "g1", "lang": "en", "kind": "invented", "doc_date": "2021-04-19",
     "text": "Militants ambushed an army patrol near Gao on Sunday, killing three soldiers.",
     "gold": [{"event_type": "ambush", "date": "2021-04-18", "country": "Mali", "location": "Gao",
               "killed": 3, "injured": None}]},
    {"id": "g2", "lang": "nl", "kind": "invented", "doc_date": "2021-05-04",
     "text": "Het kabinet presenteerde vandaag plannen voor nieuwe fietspaden.", "gold": []},
]
PRED = [{"event_id": "p1", "doc_id": "g1", "event_type": "battle", "sub_event_type": "ambush",
         "date_start": "2021-04-18", "date_end": "2021-04-18", "country": "ML", "location": "Gao", "killed": 3}]


@pytest.fixture
def files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    pred.write_text("".join(json.dumps(r) + "\n" for r in PRED), encoding="utf-8")
    return gold, pred


def test_report_tables(files):
    pytest.importorskip("flareup.evaluate")
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "scores" in result.stdout and "lang:nl" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("overall: P 1.000  R 1.000  F1 1.000")


def test_report_as_json(files):
    pytest.importorskip("flareup.evaluate")
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"]["recall"] == 1.0


def test_missing_files_are_one_line(tmp_path, files):
    gold, _ = files
    for args in ([str(tmp_path / "none.jsonl")], [str(gold), "--pred", str(tmp_path / "none.jsonl")]):
        result = CliRunner().invoke(app, ["eval", *args])
        assert result.exit_code == 1 and result.stderr == f"flareup: {tmp_path / 'none.jsonl'}: no such file\n"
