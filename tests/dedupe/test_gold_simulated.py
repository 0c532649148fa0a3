"""Merge rules against the variation of real report sets, with extraction simulated from the gold.

Each gold record becomes the per-document event a careful extractor could produce from its text:
the gold place only when its name is in the text (else its province when named, else the country), the gold toll only
when the number is in the text, the publication day as the date, no actors. This isolates merging
from extraction: the dev headlines (each a different UCDP event) must not merge at all, and the
headline groups must not mix.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from flareup.dedupe import merge_events
from flareup.dedupe.scoring import group_figures
from flareup.model import Event, Evidence, Mention
from flareup.text.normalize import fold

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "dev"


def load(name: str) -> list[dict]:
    path = DEV / name
    if not path.exists():
        pytest.skip(f"gold data not found at {path}")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def simulated_mentions(records: list[dict]) -> list[Mention]:
    out = []
    for rec in records:
        checks = rec.get("checks", {}).get("events", [])
        for i, gold in enumerate(rec["gold"]):
            check = checks[i] if i < len(checks) else {}
            named = _named(gold.get("location"), rec["text"]) and gold.get("lat") is not None
            province = named or _named(gold.get("admin1"), rec["text"])
            day = rec["doc_date"][:10]
            ev = Event(event_id=f"{rec['id']}-{i}", doc_ids=[rec["id"]], event_type="battle",
                       sub_event_type="armed_clash", date_start=day, date_end=day, time_precision="day",
                       country=gold["country"], admin1=gold.get("admin1") if province else None,
                       lat=gold["lat"] if named else None, lon=gold["lon"] if named else None,
                       geo_precision=1 if named else 3,
                       killed=gold.get("killed") if check.get("killed_number_in_text") else None,
                       evidence=[Evidence(rec["id"], 0, len(rec["text"]), rec["text"])], lang=rec["lang"])
            out.append(Mention(mention_id=f"{rec['id']}#{i}", event=ev, reported=day))
    return out


def _named(name: object, text: str) -> bool:
    """Whether the text names the place: the stem of its first long word ("Hama" for "Hamah governorate")."""
    words = [w for w in fold(name if isinstance(name, str) else "").replace("-", " ").split() if len(w) >= 4]
    if not words:
        return False
    stem = words[0][:-1] if len(words[0]) >= 5 else words[0]
    return stem in fold(text)


def test_dev_headlines_of_different_events_never_merge():
    records = load("dev.jsonl")
    events = merge_events(simulated_mentions(records))
    assert [e.doc_ids for e in events if len(e.doc_ids) > 1] == []


def test_headline_groups_do_not_mix_and_mostly_reunite():
    # The simulation knows no actors and no interim tolls, the facts that reunite reports a day
    # apart, so its share is a floor against regressions; test_groups.py measures the real one.
    records = load("groups_dev.jsonl")
    figures = group_figures(merge_events(simulated_mentions(records)), {r["id"]: r["group"] for r in records})
    assert figures.mixed_events == 0, figures
    assert figures.share_one_event >= 0.4, figures


def test_dev_and_group_headlines_pooled_never_mix():
    records = load("dev.jsonl") + load("groups_dev.jsonl")
    figures = group_figures(merge_events(simulated_mentions(records)),
                            {r["id"]: r.get("group", r["id"]) for r in records})
    assert figures.mixed_events == 0, figures
