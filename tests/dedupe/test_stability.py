"""Growing coverage: adding reports keeps ids and evidence, and never splits a cluster."""
from __future__ import annotations

import random

from dedupe_factory import TOWN_A, TOWN_A_SUBURB, TOWN_B, mention

from flareup.dedupe import merge_events
from flareup.dedupe.features import canonical_key


def random_reports(seed: int, n: int = 60) -> list:
    """Reports of a few incidents in two towns and country-wide, with noisy dates, tolls and places."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        incident = rng.randrange(6)
        base = 10 + 5 * incident
        place = [TOWN_A, TOWN_A_SUBURB, TOWN_B, None][rng.randrange(4)]
        killed = rng.choice([None, 3 * incident + 5, 3 * incident + 6])
        day = f"2021-03-{base + rng.randrange(2):02d}"
        reported = f"2021-03-{base + rng.randrange(2, 5):02d}"
        out.append(mention(f"r{i:03d}", day=day, reported=reported, place=place, killed=killed,
                           outlet=rng.choice(["a", "b", "c", None]), lang=rng.choice(["en", "nl", "zz"])))
    return out


def clusters(events) -> list[frozenset[str]]:
    return [frozenset(e.doc_ids) for e in events]


def test_any_order_gives_the_same_events():
    for seed in range(4):
        ms = random_reports(seed)
        first = [e.to_dict() for e in merge_events(ms)]
        for k in range(3):
            shuffled = ms[:]
            random.Random(k).shuffle(shuffled)
            assert [e.to_dict() for e in merge_events(shuffled)] == first


def test_a_later_report_only_adds_to_or_keeps_clusters():
    for seed in range(8):
        ms = sorted(random_reports(seed), key=canonical_key)
        before = merge_events(ms[:-1])
        after = merge_events(ms)
        after_sets = clusters(after)
        for old in clusters(before):
            assert any(old <= new for new in after_sets), (seed, sorted(old))
        old_ids = {e.event_id for e in before}
        kept = {e.event_id for e in after} & old_ids
        assert len(kept) >= len(old_ids) - 1  # only a bridged cluster loses its (younger) id


def test_event_id_survives_later_reports():
    first = merge_events([mention("a", killed=20, reported="2020-05-10")])[0]
    grown = merge_events([mention("a", killed=20, reported="2020-05-10"),
                          mention("b", killed=25, reported="2020-05-11"),
                          mention("c", killed=31, reported="2020-05-12")])
    assert [e.event_id for e in grown] == [first.event_id]


def test_evidence_is_never_lost_when_a_report_is_added():
    ms = sorted(random_reports(3), key=canonical_key)
    for k in range(1, len(ms) + 1):
        evidence = {(x.doc_id, x.text) for e in merge_events(ms[:k]) for x in e.evidence}
        assert evidence == {(m.event.evidence[0].doc_id, m.event.evidence[0].text) for m in ms[:k]}


def test_counts_add_up():
    ms = random_reports(4)
    events = merge_events(ms)
    assert sum(e.n_mentions for e in events) == len(ms)
    assert sorted(d for e in events for d in e.doc_ids) == sorted(m.event.doc_ids[0] for m in ms)
    for e in events:
        assert e.doc_ids == sorted(set(e.doc_ids))
        assert len(e.reports) == e.n_mentions
        assert 1 <= e.n_sources <= e.n_documents
