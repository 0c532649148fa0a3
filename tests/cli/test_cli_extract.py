import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flareup.cli.app import app
from flareup.store.export import RECORD_FIELDS

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
RECORDS = [
    {"id": "en-1", "text": "Militants ambushed an army patrol near Gao on Sunday, killing three soldiers.",
     "doc_date": "2021-04-19", "lang": "en", "title": "Ambush"},
    {"id": "nl-2", "text": "Bij een bomaanslag op een markt in Kaboel zijn dinsdag zes mensen gedood.",
     "doc_date": "2021-05", "lang": "nl"},
    {"id": "nl-3", "text": "Het kabinet presenteerde vandaag plannen voor nieuwe fietspaden.", "doc_date": "2021-05-04"},
    {"id": "es-4", "text": "Un ataque dejó tres muertos cerca de Gao.", "doc_date": "2021-04-19", "lang": "es"},
]



def extract(*args):
    return CliRunner().invoke(app, ["extract", *map(str, args)])


@pytest.fixture
def records_file(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_events_are_json_lines_with_the_design_fields(records_file):
    result = extract(records_file)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, "an ambush with three dead soldiers should give an event"
    for ev in events:
        assert list(ev)[:2] == ["event_id", "doc_id"] and set(RECORD_FIELDS) <= set(ev)
        assert ev["doc_id"] in {"en-1", "nl-2", "nl-3"}
        assert all(e["doc_id"] == ev["doc_id"] for e in ev["evidence"])
    assert "language 'es'" in result.stderr


def test_output_file_and_stable_ids(records_file, tmp_path):
    out = tmp_path / "out.jsonl"
    result = extract(records_file, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    again = extract(records_file)
    assert out.read_text(encoding="utf-8") == again.stdout


def test_gold_files_are_valid_input():
    gold = SHARED / "eval" / "dev" / "dev.jsonl"
    if not gold.exists():
        pytest.skip("../shared/eval/dev is not next to the repository")
    ids = {json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines()}
    result = extract(gold)
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} <= ids


def test_bad_records_are_named_and_fail_the_command(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "body": "x"}\n', encoding="utf-8")
    result = extract(path, tmp_path / "nowhere.jsonl")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [f"flareup: {path}:1: no 'text' field",
                                          f"flareup: {tmp_path / 'nowhere.jsonl'}: no such file or folder"]
