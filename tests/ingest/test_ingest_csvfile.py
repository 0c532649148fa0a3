from datetime import date

import pytest

from flareup.errors import InputError
from flareup.ingest.csvfile import CsvColumns
from flareup.ingest.registry import list_inputs, read_file


def read_all(path, **columns):
    (item,) = list_inputs([path])
    return list(read_file(item, CsvColumns(**columns)))


def test_default_columns(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,date,text\n'
                    'a1,2020-05-02,"Militants ambushed a convoy, killing six soldiers."\n'
                    'a2,2020-05,"Bij een schietpartij in de hoofdstad\nvielen twee gewonden."\n', encoding="utf-8")
    a1, a2 = read_all(path)
    assert a1.doc_id == "a1" and a1.pub.start == date(2020, 5, 2) and a1.text.startswith("Militants ambushed")
    assert a2.pub.precision == "month" and "\n" in a2.text
    assert a1.source == f"{path}:2" and a2.source == f"{path}:3"


def test_named_columns_and_semicolons(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("\ufeffnummer;verschenen;bericht\n"
                    '17;2022-01-09;"Een granaat ontplofte voor een café; niemand raakte gewond."\n', encoding="utf-8")
    (doc,) = read_all(path, text="bericht", date="verschenen", id="nummer")
    assert doc.doc_id == "17" and doc.pub.start == date(2022, 1, 9)
    assert doc.text == "Een granaat ontplofte voor een café; niemand raakte gewond."


def test_rows_without_id_column_get_file_and_line(tmp_path):
    path = tmp_path / "noid.csv"
    path.write_text("text\nA mortar round hit a school.\n", encoding="utf-8")
    (doc,) = read_all(path)
    assert doc.doc_id == f"{path}:2"


@pytest.mark.parametrize("columns, flag", [({"text": "body"}, "--text-col"), ({"date": "published"}, "--date-col"),
                                           ({"id": "key"}, "--id-col")])
def test_missing_named_column_fails_the_file_with_one_line(tmp_path, columns, flag):
    path = tmp_path / "cols.csv"
    path.write_text("id,text\n1,An attack on a checkpoint.\n", encoding="utf-8")
    (err,) = read_all(path, **columns)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}: ") and flag in str(err) and "id, text" in str(err)


def test_empty_text_cell_is_one_error(tmp_path):
    path = tmp_path / "gap.csv"
    path.write_text("id,text\n1,\n2,A sniper shot a civilian.\n", encoding="utf-8")
    err, doc = read_all(path)
    assert isinstance(err, InputError) and str(err).startswith(f"{path}:2: ")
    assert doc.doc_id == "2"
