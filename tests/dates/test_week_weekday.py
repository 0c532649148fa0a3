"""A weekday named with its week ("vorige week dinsdag", "Tuesday last week") is that week's day, not the nearest."""
from __future__ import annotations

import pytest

from flareup.dates import event_span, parse_pub_date


@pytest.mark.parametrize("lang,text,pub,day", [
    ("nl", "Vorige week dinsdag vielen twintig doden.", "2017-04-11", "2017-04-04"),  # published on a Tuesday
    ("nl", "Op dinsdag vorige week vielen twintig doden.", "2017-04-13", "2017-04-04"),
    ("nl", "Deze week dinsdag vielen twintig doden.", "2017-04-13", "2017-04-11"),
    ("en", "Twenty people died on Tuesday last week.", "2017-04-11", "2017-04-04"),
    ("nl", "Afgelopen dinsdag vielen twintig doden.", "2017-04-13", "2017-04-11"),  # no week: the nearest
])
def test_a_weekday_of_a_named_week(lang: str, text: str, pub: str, day: str) -> None:
    hit = event_span(text, parse_pub_date(pub), lang)
    assert hit is not None and hit.span.start.isoformat() == day == hit.span.end.isoformat()
