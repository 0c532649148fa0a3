import gzip
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flareup.cli.app import app
from flareup.store.db import Store

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
TABLES = ("documents", "mentions", "events", "event_mentions")

NL_TXT = ("date 2021-04 Bij een aanslag op een legerkonvooi in de provincie Kandahar zijn vorige week vier militairen "
          "gedood. Een bermbom explodeerde toen de voertuigen passeerden.")
EN_HTML = """<html lang="en"><head><meta property="article:published_time" content="2021-04-20T08:00:00Z">
<title>Gunmen storm hotel</title></head><body><nav><p>World | Sport</p></nav><article>
<p>Gunmen stormed a hotel in Mogadishu on Monday, killing at least nine people, police said.</p>
<p>Security forces ended the siege after several hours.</p></article><footer><p>Example Times</p></footer></body></html>"""
RECORDS = [
    {"id": "en-rec-1", "text": "Two soldiers were killed when militants ambushed a patrol near Gao on Sunday.",
     "doc_date": "2021-04-19", "lang": "en"},
    {"id": "nl-rec-2", "text": "De gemeenteraad vergaderde gisteren over de nieuwe begroting.", "doc_date": "2021-04-19",
     "lang": "nl"},
    {"id": "es-rec-3", "text": "Dos soldados murieron en una emboscada cerca de Gao el domingo.",
     "doc_date": "2021-04-19", "lang": "es"},
]
CSV = ('id;verschenen;bericht\n'
       'csv-1;2021-04-18;"Bij beschietingen op een wijk in Aleppo kwamen zondag drie burgers om."\n')



def run(*args):
    return CliRunner().invoke(app, ["run", *map(str, args)])


def snapshot(db):
    with Store(db, read_only=True) as store:
        return {t: store.table_rows(t) for t in TABLES}


def make_inputs(folder: Path) -> Path:
    (folder / "sub").mkdir(parents=True)
    (folder / "kandahar.txt").write_text(NL_TXT, encoding="utf-8")
    (folder / "sub" / "hotel.html").write_text(EN_HTML, encoding="utf-8")
    (folder / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    (folder / "export.csv").write_text(CSV, encoding="utf-8")
    return folder


def make_bad_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bad = {
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "latin1.txt": "Explosie bij café".encode("latin-1"),
        "empty.jsonl": b"",
        "lines.jsonl": b'{"id": "a", "txt": "no text field"}\nnot json at all\n',
        "corrupt.jsonl.gz": gzip.compress(b'{"id": "g", "text": "x"}\n')[:-10],
        "notes.pdf": b"%PDF-1.4",
    }
    paths = []
    for name, data in bad.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    huge = folder / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(200 * 1024 * 1024)
    return [*paths, huge, folder / "missing.txt"]


def test_bad_inputs_each_get_one_line_and_no_traceback(tmp_path):
    bad = make_bad_inputs(tmp_path / "bad")
    result = run(*bad, "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 9, lines  # one per bad file, two for the two bad JSONL lines
    for path in bad:
        assert sum(str(path) in line for line in lines) == (2 if path.name == "lines.jsonl" else 1)
    assert "Traceback" not in result.output
    assert "lines.jsonl:1: no 'text' field" in result.stderr and "lines.jsonl:2: not JSON" in result.stderr
    assert snapshot(tmp_path / "x.duckdb")["documents"] == []


def test_csv_without_the_named_column(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    result = run(path, "--text-col", "body", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"flareup: {path}: no column 'body' (--text-col); columns are: id, verschenen, bericht"


def test_database_that_cannot_be_opened(tmp_path):
    db = tmp_path / "broken.duckdb"
    db.write_bytes(b"not a database" * 100)
    result = run(ROOT / "examples", "--db", db)
    assert result.exit_code == 1 and "cannot open database" in result.stderr and "Traceback" not in result.output


def test_every_format_is_read_stored_and_rerun_changes_nothing(tmp_path):
    folder = make_inputs(tmp_path / "in")
    db = tmp_path / "f.duckdb"
    first = run(folder, "--db", db, "--text-col", "bericht", "--date-col", "verschenen")
    assert first.exit_code == 0, first.output
    assert "language 'es'" in first.stdout
    state = snapshot(db)
    ids = sorted(row[1] for row in state["documents"])
    assert ids == ["csv-1", "en-rec-1", "kandahar.txt", "nl-rec-2", "sub/hotel.html"]
    with Store(db, read_only=True) as store:
        for event in store.query_events():
            assert set(event["doc_ids"]) <= set(ids)
    second = run(folder, "--db", db, "--text-col", "bericht", "--date-col", "verschenen")
    assert second.exit_code == 0 and "already stored" in second.stdout
    assert snapshot(db) == state


def test_bad_inputs_do_not_stop_good_ones(tmp_path):
    folder = make_inputs(tmp_path / "in")
    bad = make_bad_inputs(tmp_path / "bad")
    db = tmp_path / "m.duckdb"
    result = run(folder / "records.jsonl", *bad, folder / "kandahar.txt", "--db", db)
    assert result.exit_code == 1
    assert sorted(r[1] for r in snapshot(db)["documents"]) == ["en-rec-1", "kandahar.txt", "nl-rec-2"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = run(ROOT / "examples" / "demo", "--db", db)
    return db, result


def test_demo_corpus(demo_db):
    db, result = demo_db
    assert result.exit_code == 0, result.output
    assert "Documents read: 102" in result.stdout and "has no language pack" not in result.stdout
    state = snapshot(db)
    assert len(state["documents"]) == 102 and state["events"]
    again = run(ROOT / "examples" / "demo", "--db", db)
    assert again.exit_code == 0 and snapshot(db) == state


def test_seed_article(tmp_path):
    seed = SHARED / "examples" / "nl-2020-05-is-comeback.txt"
    if not seed.exists():
        pytest.skip("../shared/examples is not next to the repository")
    shutil.copy(seed, tmp_path / seed.name)
    result = run(tmp_path / seed.name, "--db", tmp_path / "s.duckdb")
    assert result.exit_code == 0, result.output
    (doc,) = snapshot(tmp_path / "s.duckdb")["documents"]
    assert doc[1] == seed.name and doc[9] == "month"
