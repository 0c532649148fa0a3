import gzip
import json
from datetime import date

import pytest

from flareup.errors import InputError
from flareup.ingest.registry import list_inputs, read_file

RECORDS = [
    {"id": "nl-1", "text": "Rebellen hebben zaterdag een legerpost aangevallen; vier soldaten kwamen om.",
     "doc_date": "2021-06-12", "lang": "NL", "title": "Aanval op legerpost", "url": "https://www.example.nl/a/1"},
    {"id": 7, "text": "Two people were hurt when a grenade was thrown into a bar.", "date": "2018-03", "lang": "en"},
    {"text": "A car bomb exploded outside the ministry.", "outlet": "Example Wire", "extra": [1, 2]},
]


def write_jsonl(path, lines):
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")


def read_all(path):
    (item,) = list_inputs([path])
    return list(read_file(item))


@pytest.mark.parametrize("name", ["docs.jsonl", "docs.jsonl.gz"])
def test_records_become_documents(tmp_path, name):
    path = tmp_path / name
    write_jsonl(path, RECORDS)
    first, second, third = read_all(path)
    assert first.doc_id == "nl-1" and first.lang == "nl" and first.title == "Aanval op legerpost"
    assert first.pub.start == date(2021, 6, 12) and first.pub.precision == "day"
    assert first.outlet == "example.nl" and first.source == f"{path}:1"
    assert second.doc_id == "7" and second.pub.precision == "month"
    assert third.doc_id == f"{path}:3" and third.pub is None and third.outlet == "Example Wire"


def test_blank_lines_are_ignored_and_line_numbers_kept(tmp_path):
    path = tmp_path / "gaps.jsonl"
    write_jsonl(path, ["", RECORDS[1], "   ", RECORDS[2]])
    docs = read_all(path)
    assert [d.source for d in docs] == [f"{path}:2", f"{path}:4"]


@pytest.mark.parametrize("line, reason", [
    ("{not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"id": "x", "body": "no text field here"}', "no 'text' field"),
    ('{"id": "x", "text": 42}', "not a string"),
    ('{"id": "x", "text": "   "}', "empty"),
    ('{"id": "x", "text": "Shots were fired.", "doc_date": "yesterday"}', "is not YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_bad_line_is_one_error_and_the_rest_still_reads(tmp_path, line, reason):
    path = tmp_path / "mixed.jsonl"
    write_jsonl(path, [RECORDS[0], line, RECORDS[1]])
    first, err, last = read_all(path)
    assert first.doc_id == "nl-1" and last.doc_id == "7"
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}:2: ") and reason in str(err)
