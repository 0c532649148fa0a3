from datetime import date

import pytest

from flareup.ingest.pubdate import parse_pub_date


@pytest.mark.parametrize("text, start, end, precision", [
    ("2020-05-17", date(2020, 5, 17), date(2020, 5, 17), "day"),
    ("2020-05", date(2020, 5, 1), date(2020, 5, 31), "month"),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month"),
    ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("2020-05-17T08:30:00+02:00", date(2020, 5, 17), date(2020, 5, 17), "day"),
    (" 2021-3-4 ", date(2021, 3, 4), date(2021, 3, 4), "day"),
])
def test_precision_follows_what_is_written(text, start, end, precision):
    span = parse_pub_date(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["", "mei 2020", "17/05/2020", "2020-13", "2021-02-30", "20200517"])
def test_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_pub_date(text)
