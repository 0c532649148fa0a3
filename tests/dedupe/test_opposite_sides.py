"""Reports that count the dead of opposite sides of one battle are one incident, not conflicting tolls."""
from __future__ import annotations

import pytest

from flareup.dedupe.scoring import group_figures, merge_records
from flareup.pipeline import extract_events


@pytest.mark.parametrize("lang,theirs,ours", [
    ("en", "More than 30 Ukrainian soldiers were killed in battles with the people's militia of the DPR",
     "3 DPR soldiers killed in 24 hours"),
    ("nl", "Ruim 30 Oekraïense soldaten gedood bij gevechten met de militie van de DVR",
     "3 DVR-soldaten gedood in 24 uur"),
])
def test_each_sides_dead_join_one_battle(lang, theirs, ours):
    records = [dict(id="a", lang=lang, doc_date="2022-03-31", text=theirs),
               dict(id="b", lang=lang, doc_date="2022-03-31", text=ours)]
    (ev,) = merge_records(records, extract_events)
    assert sorted(ev.doc_ids) == ["a", "b"]


def test_different_tolls_of_the_same_side_stay_apart():
    records = [dict(id="a", lang="en", doc_date="2022-03-31",
                    text="More than 30 Ukrainian soldiers were killed in battles with the people's militia of the DPR"),
               dict(id="b", lang="en", doc_date="2022-03-31", text="3 Ukrainian soldiers killed in 24 hours")]
    figures = group_figures(merge_records(records, extract_events), {"a": "a", "b": "b"})
    assert figures.mixed_events == 0 and figures.events == 2
