"""Cross-document merging: many reports of one incident become one event.

`merge_events` is a pure function of the SET of mentions: it sorts them into a canonical order
(reports naming a country first, then earliest report first, then mention_id) before clustering, so shuffled input gives identical
events and ids. The rules (compare.py) are language-free: a Dutch and an English report of one
attack share ISO country, gazetteer place and canonical actor names, so they merge like any other.

Event ids: a merged event's id is a hash of the mention_id of its earliest report (see
assemble.event_id_for). Later reports join an existing cluster without changing its founder, so
the id stays stable as coverage grows; the smallest mention_id breaks ties between reports of the
same day. Only a report dated before the founder (a late-ingested older article) can re-found a
cluster and so change its id.

Blocking for the store (`blocking_key`): a mention can only merge with mentions of the same
country whose date intervals come within BLOCK_DAYS of its own; a mention naming no country (`""`)
with mentions of any country (links reach
MAX_GAP_DAYS; the quiet-spell check for vague reports looks QUIET_DAYS around). To merge new
mentions the store loads, per country, every stored mention whose window meets a new mention's
window, plus all mentions of the events those belong to (so no stored event is cut in two),
calls merge_events on the lot and replaces those events. Widening the block a few rounds by the
windows of what it fetched brings the result closer to a batch run over everything; the full
closure is not needed (and in a busy country would span its whole history). New reports that are
the latest reported join or bridge clusters exactly as in a batch run.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flareup.dedupe.assemble import assemble_event
from flareup.dedupe.cluster import QUIET_DAYS, cluster_views
from flareup.dedupe.compare import MAX_GAP_DAYS
from flareup.dedupe.features import canonical_key, view_of
from flareup.model import Event, Mention

BLOCK_DAYS = max(MAX_GAP_DAYS, QUIET_DAYS)


@dataclass(frozen=True)
class BlockKey:
    """Where a mention's merge partners can be: its country and a window of days (ISO, inclusive)."""

    country: str  # ISO alpha-2, "" when the report names no country (such a mention may be about any country's incident)
    first_day: str | None  # None when the mention has no date at all (it then merges with nothing)
    last_day: str | None


def blocking_key(mention: Mention) -> BlockKey:
    """The block the store must load to merge this mention: same country, dates within BLOCK_DAYS."""
    v = view_of(0, mention)
    if v.start is None:
        return BlockKey(v.country, None, None)
    return BlockKey(v.country, date.fromordinal(v.start - BLOCK_DAYS).isoformat(),
                    date.fromordinal(v.end + BLOCK_DAYS).isoformat())


def merge_events(mentions: list[Mention]) -> list[Event]:
    """Cluster mentions into incidents; deterministic and independent of input order.

    Mentions naming no country are clustered after all others: such a report may be about any
    country's incident, and joins one only when it is the one incident around (cluster._majority).

    Returns one Event per incident, sorted by start date, country and event_id.
    """
    unique = _unique(mentions)
    # reports naming no place come last, so each sees every incident it could be about (see _majority)
    unique.sort(key=lambda m: (not m.event.country, canonical_key(m)))
    views = [view_of(i, m) for i, m in enumerate(unique)]
    events = [assemble_event(cluster) for cluster in cluster_views(views)]
    events.sort(key=lambda e: (e.date_start or "", e.country or "", e.event_id))
    return events


def _unique(mentions: list[Mention]) -> list[Mention]:
    """The set of mentions: one per mention_id (a mention given twice is one report, not two)."""
    by_id: dict[str, Mention] = {}
    for m in mentions:
        kept = by_id.get(m.mention_id)
        if kept is None or (kept != m and repr(m) < repr(kept)):
            by_id[m.mention_id] = m
    return list(by_id.values())
