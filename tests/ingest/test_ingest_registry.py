import json

from flareup.errors import InputError
from flareup.ingest.registry import (
    InputFile,
    Skip,
    format_of,
    list_inputs,
    read_documents,
)

EN = "Soldiers and rebels clashed near a river crossing on Friday."


def test_formats_by_extension(tmp_path):
    kinds = {n: format_of(tmp_path / n) for n in ("a.jsonl", "B.JSONL.GZ", "c.csv", "d.txt", "e.html", "f.HTM",
                                                   "g.pdf", "h.json", "i.txt.gz")}
    assert kinds == {"a.jsonl": "jsonl", "B.JSONL.GZ": "jsonl", "c.csv": "csv", "d.txt": "text", "e.html": "html",
                     "f.HTM": "html", "g.pdf": None, "h.json": None, "i.txt.gz": None}


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "deep" / "one.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN + " Again.", encoding="utf-8")
    (tmp_path / "README.md").write_text("about the data", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(EN, encoding="utf-8")
    items = list_inputs([tmp_path])
    files = [i for i in items if isinstance(i, InputFile)]
    assert [f.doc_id for f in files] == ["a.txt", "b/deep/one.txt"]
    assert [s.reason for s in items if isinstance(s, Skip)] == ["unsupported file type"]
    docs = [d for d in read_documents([tmp_path]) if not isinstance(d, Skip)]
    assert [d.doc_id for d in docs] == ["a.txt", "b/deep/one.txt"]


def test_bad_paths_are_errors_but_do_not_stop_the_others(tmp_path):
    good = tmp_path / "ok.jsonl"
    good.write_text(json.dumps({"id": "ok", "text": EN}) + "\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = list(read_documents([tmp_path / "missing.txt", tmp_path / "notes.pdf", good]))
    assert isinstance(out[0], InputError) and "no such file" in str(out[0]) and "missing.txt" in str(out[0])
    assert isinstance(out[1], InputError) and "unsupported file type" in str(out[1])
    assert out[2].doc_id == "ok"
