"""One merged Event from the mentions of one incident: every field from the best-supported report.

Place comes from the most precise report, the date from the narrowest interval, actors and type
from the most reported values, tolls from tolls.reconcile; evidence and rule ids are the union, so
no report's evidence is ever lost. `lang` is the reports' language when they share one, else
"mul". Nothing here depends on the order the mentions came in.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from flareup.dedupe.features import UNKNOWN_ACTOR_TYPES, View
from flareup.dedupe.tolls import reconcile, report_rows
from flareup.model import Event, Evidence

# Each further independent source shrinks the remaining doubt by this factor.
SOURCE_DOUBT_FACTOR = 0.7
MAX_CONFIDENCE = 0.99
MULTILINGUAL = "mul"  # ISO 639-2 code for "multiple languages"


def event_id_for(founder_mention_id: str) -> str:
    """The merged event's id: a hash of its earliest report's mention_id, so it survives later reports."""
    return "ev-" + hashlib.sha1(founder_mention_id.encode("utf-8")).hexdigest()[:16]


def assemble_event(cluster: list[View]) -> Event:
    """The merged event of one cluster (views in canonical order; the first one founded it)."""
    evs = [v.mention.event for v in cluster]
    place = min(cluster, key=lambda v: (_geo_rank(v), -_place_support(v, cluster), v.order)).mention.event
    when = min(cluster, key=lambda v: (v.mention.event.date_start is None, v.span,
                                       -_date_support(v, cluster), v.order)).mention.event
    kind = _most_common([(e.event_type, e.sub_event_type) for e in evs])
    actor1, actor1_type = _most_common_actor([(e.actor1, e.actor1_type) for e in evs])
    actor2, actor2_type = _most_common_actor([(e.actor2, e.actor2_type) for e in evs])
    killed = reconcile([(v.mention.reported, v.mention.event.killed, v.mention.event.killed_low,
                         v.mention.event.killed_high) for v in cluster])
    injured = reconcile([(v.mention.reported, v.mention.event.injured, v.mention.event.injured_low,
                          v.mention.event.injured_high) for v in cluster])
    reported = sorted(v.mention.reported for v in cluster if v.mention.reported)
    sources = {v.source for v in cluster}
    doc_ids = sorted({d for e in evs for d in (e.doc_ids or [])} | {v.doc_id for v in cluster})
    langs = sorted({e.lang for e in evs if e.lang})
    return replace(
        place, event_id=event_id_for(cluster[0].mention.mention_id), doc_ids=doc_ids,
        event_type=kind[0], sub_event_type=kind[1],
        date_start=when.date_start, date_end=when.date_end, time_precision=when.time_precision,
        actor1=actor1, actor1_type=actor1_type, actor2=actor2, actor2_type=actor2_type,
        killed=killed.best, killed_low=killed.low, killed_high=killed.high,
        injured=injured.best, injured_low=injured.low, injured_high=injured.high,
        evidence=_evidence_union(evs), confidence=_confidence([e.confidence for e in evs], len(sources)),
        lang=langs[0] if len(langs) == 1 else (MULTILINGUAL if langs else None),
        rules=sorted({r for e in evs for r in e.rules}),
        n_mentions=len(cluster), n_documents=len(doc_ids), n_sources=len(sources),
        first_reported=reported[0] if reported else None, last_reported=reported[-1] if reported else None,
        reports=report_rows([v.mention for v in cluster]))


def _geo_rank(v: View) -> int:
    """Lower is more precise: points by geo_precision, then provinces, then country only."""
    return (3 - v.level) * 10 + v.precision


def _place_support(v: View, cluster: list[View]) -> int:
    return sum(1 for w in cluster if (w.geonameid is not None and w.geonameid == v.geonameid))


def _date_support(v: View, cluster: list[View]) -> int:
    if v.start is None:
        return 0
    return sum(1 for w in cluster if w.start is not None and w.start <= v.end and v.start <= w.end)


def _most_common(values: list[tuple]) -> tuple:
    """Most frequent value; ties go to the value of the earliest report (values are in canonical order)."""
    counts = Counter(values)
    first: dict = {}
    for i, val in enumerate(values):
        first.setdefault(val, i)
    return max(first, key=lambda val: (counts[val], -first[val]))


def _most_common_actor(pairs: list[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """Most reported named actor (an identified one before an unidentified group), with its type."""
    named = [(n, t) for n, t in pairs if n]
    if not named:
        return None, None
    unknown = {n for n, t in named if (t or "") in UNKNOWN_ACTOR_TYPES}
    best = _most_common([(n not in unknown, n) for n, _ in named if n not in unknown] or
                        [(False, n) for n, _ in named])[1]
    types = [t for n, t in named if n == best and t]
    return best, (_most_common(types) if types else None)


def _evidence_union(evs: list[Event]) -> list[Evidence]:
    seen = {(x.doc_id, x.start, x.end, x.text): x for e in evs for x in e.evidence}
    return [seen[k] for k in sorted(seen)]


def _confidence(values: list[float], n_sources: int) -> float:
    """The best single report's confidence, raised by every further independent source."""
    base = max(values) if values else 0.5
    doubt = (1.0 - base) * SOURCE_DOUBT_FACTOR ** max(0, n_sources - 1)
    return round(min(MAX_CONFIDENCE, 1.0 - doubt), 4)
