"""Every kind of bad input yields exactly one InputError naming the file (and line), and reading goes on."""
import gzip
import json
import tracemalloc

import pytest

from flareup.errors import InputError
from flareup.ingest.registry import read_documents
from flareup.ingest.textio import MAX_DOCUMENT_BYTES

GOOD = {"id": "good", "text": "Een bermbom trof een patrouille; drie militairen raakten gewond.", "lang": "nl"}


def outcome(tmp_path, bad):
    """Documents and errors from reading the bad file between two good ones."""
    before, after = tmp_path / "before.jsonl", tmp_path / "zz-after.jsonl"
    before.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    after.write_text(json.dumps({**GOOD, "id": "after"}) + "\n", encoding="utf-8")
    items = list(read_documents([before, bad, after]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in items if not isinstance(d, InputError)] == ["good", "after"]
    return errors


def sparse(path, size, head=b""):
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(size)


@pytest.mark.parametrize("name, content, reason", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("image.jsonl", b"\x00\x01\x02\x03" * 100, "binary file"),
    ("latin1.txt", "Schoten gelost in Zaventem, één dode".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"", "empty file"),
    ("empty.jsonl", b"", "empty file"),
    ("blank.jsonl", b"\n  \n\n", "empty file"),
    ("empty.csv", b"", "empty file"),
    ("empty.html", b"", "empty file"),
    ("only-header.txt", b"date 2020-05\n", "no text after the date header"),
    ("corrupt.jsonl.gz", gzip.compress(json.dumps(GOOD).encode())[:-12], "corrupt gzip"),
    ("not-gzip.jsonl.gz", b"this was never compressed\n", "corrupt gzip"),
])
def test_bad_file_is_one_line(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    (err,) = outcome(tmp_path, bad)
    assert str(err).startswith(f"{bad}: ") and reason in str(err)


def test_invalid_utf8_line_in_jsonl(tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_bytes(b'{"id": "y", "text": "Explosie bij caf\xe9"}\n')
    (err,) = outcome(tmp_path, bad)
    assert str(err).startswith(f"{bad}:1: ") and "UTF-8" in str(err)


def test_missing_path_and_unsupported_extension(tmp_path):
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    errors = list(read_documents([tmp_path / "nowhere", tmp_path / "report.docx"]))
    assert [str(e) for e in errors] == [f"{tmp_path / 'nowhere'}: no such file or folder",
                                       f"{tmp_path / 'report.docx'}: unsupported file type "
                                       "(supported: .jsonl, .jsonl.gz, .csv, .txt, .html, .htm)"]


@pytest.mark.parametrize("name", ["huge.txt", "huge.html"])
def test_huge_single_document_is_refused_without_reading_it(tmp_path, name):
    bad = tmp_path / name
    sparse(bad, 200 * 1024 * 1024)
    (err,) = outcome(tmp_path, bad)
    assert "200 MB" in str(err) and "limit" in str(err)


@pytest.mark.parametrize("name", ["sparse.jsonl", "sparse.csv"])
def test_huge_sparse_record_file_is_binary(tmp_path, name):
    bad = tmp_path / name
    sparse(bad, 200 * 1024 * 1024)
    (err,) = outcome(tmp_path, bad)
    assert str(err) == f"{bad}: binary file, not text"


def test_huge_jsonl_is_streamed_and_an_overlong_line_refused(tmp_path):
    """200 MB of JSONL: valid records around one 200 MB line; memory stays far below the file size."""
    bad = tmp_path / "huge.jsonl"
    with open(bad, "wb") as f:
        for i in range(3):
            f.write(json.dumps({**GOOD, "id": f"r{i}"}).encode() + b"\n")
        chunk = b"x" * (1024 * 1024)
        for _ in range(200):
            f.write(chunk)
        f.write(b"\n" + json.dumps({**GOOD, "id": "tail"}).encode() + b"\n")
    tracemalloc.start()
    try:
        items = list(read_documents([bad]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "doc_id", None) for i in items] == ["r0", "r1", "r2", None, "tail"]
    assert str(items[3]).startswith(f"{bad}:4: ") and "limit" in str(items[3])
    assert peak < MAX_DOCUMENT_BYTES + 16 * 1024 * 1024


def test_too_many_bad_csv_columns(tmp_path):
    bad = tmp_path / "table.csv"
    bad.write_text("title,body\nA,B\n", encoding="utf-8")
    (err,) = outcome(tmp_path, bad)
    assert str(err).startswith(f"{bad}: no column 'text'")
