from datetime import date
from pathlib import Path

import pytest

from flareup.ingest.registry import list_inputs, read_file

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

DUTCH = ("Bij een bomaanslag op een markt in het noorden van het land zijn gisteren drie mensen om het leven "
         "gekomen. De politie onderzoekt wie achter de aanslag zit.")
ENGLISH = "Gunmen attacked a police post near the border on Tuesday, wounding two officers, officials said."


def read_one(path):
    (item,) = list_inputs([path])
    return list(read_file(item))


@pytest.mark.parametrize("header", ["date 2020-05 ", "date 2020-05\n", "  date 2020-05\n\n", "DATE 2020-05\t"])
def test_date_header_gives_month_precision(tmp_path, header):
    path = tmp_path / "nl-artikel.txt"
    path.write_text(header + DUTCH, encoding="utf-8")
    (doc,) = read_one(path)
    assert doc.text == DUTCH
    assert (doc.pub.start, doc.pub.end, doc.pub.precision) == (date(2020, 5, 1), date(2020, 5, 31), "month")
    assert doc.doc_id == "nl-artikel.txt"
    assert doc.source == str(path)


def test_day_header(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("date 2019-11-05\n" + ENGLISH + "\n", encoding="utf-8")
    (doc,) = read_one(path)
    assert doc.pub.precision == "day" and doc.pub.start == date(2019, 11, 5)
    assert doc.text == ENGLISH


def test_plain_text_without_header(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\ufeff" + ENGLISH, encoding="utf-8")
    (doc,) = read_one(path)
    assert doc.pub is None and doc.text == ENGLISH


def test_text_starting_with_the_word_date_is_not_a_header(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Date palms burned after the shelling of the oasis.", encoding="utf-8")
    (doc,) = read_one(path)
    assert doc.pub is None and doc.text.startswith("Date palms")


def test_impossible_header_date_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("date 2020-13\n" + ENGLISH, encoding="utf-8")
    (err,) = read_one(path)
    assert "bad.txt" in str(err) and "2020-13" in str(err)


def test_seed_article_header():
    seed = SHARED / "examples" / "nl-2020-05-is-comeback.txt"
    if not seed.exists():
        pytest.skip("../shared/examples is not next to the repository")
    (doc,) = read_one(seed)
    assert doc.pub.precision == "month" and doc.pub.start == date(2020, 5, 1)
    assert not doc.text.lower().startswith("date") and doc.text[0].isupper()
    assert doc.doc_id == "nl-2020-05-is-comeback.txt"
