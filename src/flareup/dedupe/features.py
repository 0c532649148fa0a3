"""The few language-free facts about a mention that merging compares, computed once per mention.

Comparing plain slots (ordinals, radians, folded names) instead of re-reading Event fields keeps
the pairwise checks cheap enough for millions of mentions.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from flareup.dedupe.tolls import toll_range
from flareup.model import Mention
from flareup.ontology import actors
from flareup.text.normalize import fold

# How precisely a mention pins its place (DESIGN geo_precision 1/2 are points; 3 with a province
# is a province; anything vaguer names only the country).
POINT, PROVINCE, COUNTRY = 2, 1, 0

# Actor types that take part in most events of a country (its army, a foreign army fighting there,
# civilians), so sharing one says little about identity;
# an unidentified group is no known actor at all.
COMMON_ACTOR_TYPES = frozenset({"state_forces", "external_forces", "civilians", "protesters"})
UNKNOWN_ACTOR_TYPES = frozenset({"unidentified_armed_group", "unknown"})


@dataclass(slots=True)
class View:
    """A mention reduced to what the merge rules read."""

    order: int  # position in the canonical order (report date, then mention_id)
    mention: Mention
    doc_id: str
    source: str  # the outlet, or the document when the outlet is unknown
    country: str
    start: int | None  # date interval as ordinals; None when undated
    end: int | None
    level: int  # POINT, PROVINCE or COUNTRY
    precision: int
    lat: float  # radians (0 when not a point)
    lon: float
    coslat: float
    geonameid: int | None
    admin1: str | None  # folded
    family: str | None
    sub: str | None
    actor1: str | None  # folded canonical names of known actors
    actor2: str | None
    actors: frozenset[str]
    distinctive: frozenset[str]  # named armed groups among them (see _distinctive)
    killed: int | None
    killed_range: tuple[int, int] | None

    @property
    def span(self) -> int:
        return 0 if self.start is None else self.end - self.start + 1


def canonical_key(m: Mention) -> tuple[str, str]:
    """Order of processing: earliest report first, then mention_id; later reports never reorder earlier ones."""
    return (m.reported or m.event.date_start or "", m.mention_id)


def view_of(order: int, m: Mention) -> View:
    """Reduce one mention to its comparable facts."""
    ev = m.event
    doc_id = ev.doc_ids[0] if ev.doc_ids else m.mention_id
    start, end = _interval(ev.date_start, ev.date_end, m.reported)
    level, lat, lon = _place_level(ev.geo_precision, ev.lat, ev.lon, ev.admin1)
    a1 = _actor(ev.actor1, ev.actor1_type)
    a2 = _actor(ev.actor2, ev.actor2_type)
    actors = frozenset(a for a in (a1, a2) if a)
    distinctive = frozenset(a for a, t in ((a1, ev.actor1_type), (a2, ev.actor2_type)) if a and _distinctive(a, t))
    return View(order=order, mention=m, doc_id=doc_id, source=("o:" + m.outlet) if m.outlet else ("d:" + doc_id),
                country=ev.country or "", start=start, end=end, level=level,
                precision=ev.geo_precision if ev.geo_precision is not None else 3,
                lat=lat, lon=lon, coslat=math.cos(lat), geonameid=ev.geonameid, admin1=_fold(ev.admin1) if ev.admin1 else None,
                family=ev.event_type or None, sub=ev.sub_event_type or None,
                actor1=a1, actor2=a2, actors=actors, distinctive=distinctive,
                killed=ev.killed if ev.killed is not None else None,
                killed_range=toll_range(ev.killed, ev.killed_low, ev.killed_high))


def _interval(start: str | None, end: str | None, reported: str | None) -> tuple[int | None, int | None]:
    """Event interval as ordinals; an undated event falls back to its report day (it happened by then)."""
    s, e = _ordinal(start), _ordinal(end)
    if s is None and e is None:
        s = e = _ordinal(reported)
    elif s is None:
        s = e
    elif e is None:
        e = s
    if s is not None and e < s:
        s, e = e, s
    return s, e


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _place_level(precision: int | None, lat: float | None, lon: float | None,
                 admin1: str | None) -> tuple[int, float, float]:
    if lat is not None and lon is not None and (precision is None or precision <= 2):
        return POINT, math.radians(lat), math.radians(lon)
    return (PROVINCE if admin1 else COUNTRY), 0.0, 0.0


def _actor(name: str | None, kind: str | None) -> str | None:
    """The folded name of a known actor; None for no actor or an unidentified one."""
    if not name or (kind or "") in UNKNOWN_ACTOR_TYPES:
        return None
    return _fold(name)


def _distinctive(name: str | None, kind: str | None) -> bool:
    """A named armed group: not of a common type, not a per-country kind ("Rebels (Syria)")."""
    return bool(name) and (kind or "") not in COMMON_ACTOR_TYPES and not any(
        name.startswith(pre) and name.endswith(post) for pre, post in _generic_actor_patterns())


@lru_cache(maxsize=None)
def _generic_actor_patterns() -> tuple[tuple[str, str], ...]:
    """(prefix, suffix) of the ontology's per-country actor names ("Militia ({country})")."""
    out = []
    for actor in actors().values():
        if "{country}" in actor.canonical:
            pre, post = actor.canonical.split("{country}", 1)
            out.append((_fold(pre) if pre.strip() else "", _fold(post) if post.strip() else ""))
    return tuple(out)


def _fold(s: str) -> str:
    return " ".join(fold(s).split())
