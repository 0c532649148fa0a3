"""Grouping mentions into incidents: one pass in report order over a blocked index of open clusters.

Processing in canonical order (earliest report first) makes the result a function of the set of
mentions, and means a report that arrives later than all others can only join or bridge existing
clusters, never split them: the store's incremental merging gives what a batch run would.
The index only offers clusters that could link (same country, time bucket and a place cell,
province or distinctive fact), so the work grows with the number of mentions, not its square.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from flareup.dedupe.compare import (
    DISTINCTIVE_SUBS,
    MAX_GAP_DAYS,
    RADIUS_NEAR_KM,
    compatible,
    gap_days,
    place_strength,
    relate,
)
from flareup.dedupe.features import COUNTRY, POINT, PROVINCE, View
from flareup.dedupe.tolls import DISTINCTIVE_TOLL, toll_bucket

BUCKET_DAYS = 4  # time bucket of the index
QUIET_DAYS = 7  # how far around a country-only report other incidents make it ambiguous (see _majority)
CELL_DEG = 0.5  # place cell of the index (degrees of latitude; a cell spans at least RADIUS_NEAR_KM)


def cluster_views(views: list[View]) -> list[list[View]]:
    """Clusters of views (each in canonical order), given views sorted in canonical order.

    A newcomer joins the open cluster it is best identified with (every member compatible),
    bridging the others it is identified with and the one cluster it alone shares a fact with.
    Failing that, a lesser link decides, and only for a clear choice: a circumstantial or weak link
    joins the incident most reports around are about (see _majority), a fact link the only cluster
    sharing that fact. Otherwise the newcomer founds a cluster.
    """
    index: dict[tuple, list[int]] = defaultdict(list)
    members: dict[int, list[View]] = {}
    parent: dict[int, int] = {}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    for v in views:
        fits: dict[int, tuple | None] = {}
        for cid in sorted({root(c) for key in _strong_keys(v) for c in index.get(key, ())}):
            fits[cid] = _fit(v, members[cid])
        identified = sorted((-f[0], cid) for cid, f in fits.items() if f and f[0] > 0)
        circumstantial = [cid for cid, f in fits.items() if f and f[1] > 0]
        facts = [cid for cid, f in fits.items() if f and f[2] > 0]
        home = None
        if identified:
            home = identified[0][1]
            members[home].append(v)
            for _, other in identified[1:]:
                home = _bridge(home, other, members, parent)
            if len(facts) == 1:  # a vague report of this very incident, filed before v placed it
                home = _bridge(home, facts[0], members, parent)
        else:
            if circumstantial:
                home = _majority(v, circumstantial, index, root, members)
            elif len(facts) == 1:
                home = facts[0]
            elif not facts:
                home = _weak_choice(v, index, root, members, fits)
            if home is None:
                home = v.order
                parent[home], members[home] = home, []
            members[home].append(v)
        for key in _own_keys(v):
            index[key].append(home)
    return [sorted(ms, key=lambda x: x.order) for cid, ms in sorted(members.items()) if parent[cid] == cid]


def _fit(v: View, cluster: list[View]) -> tuple[float, float, float, bool] | None:
    """(identified, circumstantial, fact, weak) links of v to a cluster; None when v conflicts with any member."""
    ident = circ = fact = 0.0
    weak = False
    for m in cluster:
        link = relate(v, m)
        if link is None:
            return None  # complete linkage: one conflict anywhere keeps v out
        ident, circ, fact = max(ident, link.identified), max(circ, link.circumstantial), max(fact, link.fact)
        weak = weak or link.weak
    return ident, circ, fact, weak


def _weak_choice(v: View, index: dict, root, members: dict, fits: dict) -> int | None:
    """The cluster v may join on a weak link (same day, one side vague, nothing conflicting), if any."""
    candidates = []
    for cid in _clusters_near(v, 0, 0, index, root, members):
        if cid not in fits:
            fits[cid] = _fit(v, members[cid])
        if fits[cid] is not None and fits[cid][3]:
            candidates.append(cid)
    return _majority(v, candidates, index, root, members) if candidates else None


def _majority(v: View, candidates: list[int], index: dict, root, members: dict) -> int | None:
    """The candidate most reports around are about, if they are more than all others together.

    Without a distinctive fact, a report is most likely about the incident that drew most reports
    at that place and time. Around means: the vaguer of v and the candidate could be about it,
    within a day of a town, MAX_GAP_DAYS of a province, QUIET_DAYS of a country (of the whole world
    when one side names no place at all). Alone in a quiet spell, the candidate wins; among several
    incidents reported alike, nobody does.
    """
    best = max(candidates, key=lambda c: (len(members[c]), -c))
    anchor = min([v, *members[best]], key=lambda m: (m.level, m.country != "", m.order))
    pad = {POINT: 1, PROVINCE: MAX_GAP_DAYS}.get(anchor.level, QUIET_DAYS)
    size = len(members[best])
    others = sum(len(members[c]) for c in candidates if c != best)
    counted = set(candidates)
    for cid in _clusters_near(anchor, pad, anchor.level, index, root, members):
        if others >= size:
            return None
        if cid not in counted:
            counted.add(cid)
            others += len(members[cid])
    return best if others < size else None


def _clusters_near(v: View, pad: int, place: int, index: dict, root, members: dict) -> Iterator[int]:
    """Distinct clusters whose places all allow v's, with a member within `pad` days at place strength `place`+."""
    seen: set[int] = set()
    for key in _weak_keys(v, pad):
        for c in index.get(key, ()):
            cid = root(c)
            if cid in seen:
                continue
            seen.add(cid)
            near = False
            for m in members[cid]:
                st = place_strength(v, m)
                if st < 0:
                    break
                near = near or (st >= place and gap_days(v, m) <= pad)
            else:
                if near:
                    yield cid


def _bridge(home: int, other: int, members: dict[int, list[View]], parent: dict[int, int]) -> int:
    """Join two clusters the newcomer links to when no pair across them conflicts; the older id survives."""
    if parent[other] != other or other == home:
        return home
    a, b = members[home], members[other]
    if not all(compatible(x, y) for x in a for y in b):
        return home
    keep, gone = min(home, other), max(home, other)
    members[keep] = a + b if keep == home else b + a
    del members[gone]
    parent[gone] = keep
    return keep


def _buckets(start: int, end: int) -> range:
    return range(start // BUCKET_DAYS, end // BUCKET_DAYS + 1)


def _cell(v: View) -> tuple[int, int]:
    return int(math.floor(math.degrees(v.lat) / CELL_DEG)), int(math.floor(math.degrees(v.lon) / CELL_DEG))


def _own_keys(v: View) -> Iterator[tuple]:
    """The index keys under which a member can be found by later mentions."""
    if v.start is None:
        return
    c = v.country
    facts = _facts(v)
    for t in _buckets(v.start, v.end):
        yield ("c", c, t)  # found by country-only newcomers looking for the one incident of the day
        yield ("w", t)  # found by newcomers that name no place at all
        for fact in facts:
            yield ("wf", t, fact)
        if v.level == POINT:
            yield ("p", c, t, *_cell(v))
            if v.admin1:
                yield ("ap", c, t, v.admin1)
        else:
            yield ("v", c, t)  # a vague member: found by any newcomer's weak search
            if v.level == PROVINCE:
                yield ("a", c, t, v.admin1)
        for fact in facts:
            yield ("f", c, t, fact)  # found by country-only newcomers
            if v.level == COUNTRY or (v.level == POINT and not v.admin1):
                yield ("cf", c, t, fact)  # found by any newcomer


def _strong_keys(v: View) -> Iterator[tuple]:
    """The index keys where a cluster v could strongly link to may be found."""
    if v.start is None:
        return
    c = v.country
    facts = _query_facts(v)
    for t in _buckets(v.start - MAX_GAP_DAYS, v.end + MAX_GAP_DAYS):
        for fact in facts:
            yield ("cf", c, t, fact)
            if not c:
                yield ("wf", t, fact)  # v names no place: a member anywhere that shares the fact
        if v.level == COUNTRY or (v.level == POINT and not v.admin1):
            for fact in facts:
                yield ("f", c, t, fact)
        if v.level == POINT:
            yield from _cell_keys(v, c, t)
            if v.admin1:
                yield ("a", c, t, v.admin1)
        elif v.level == PROVINCE:
            yield ("a", c, t, v.admin1)
            yield ("ap", c, t, v.admin1)


def _weak_keys(v: View, pad: int) -> Iterator[tuple]:
    """The index keys where every cluster v's place allows within `pad` days of v can be found."""
    if v.start is None:
        return
    c = v.country
    for t in _buckets(v.start - pad, v.end + pad):
        if not c:
            yield ("w", t)  # v names no place: any incident anywhere is around
            continue
        if v.level == COUNTRY:
            yield ("c", c, t)
            continue
        if v.level == POINT:
            yield from _cell_keys(v, c, t)
        if v.admin1:
            yield ("a", c, t, v.admin1)
            yield ("ap", c, t, v.admin1)
        yield ("v", c, t)


def _cell_keys(v: View, c: str, t: int) -> Iterator[tuple]:
    cy, cx = _cell(v)
    reach = _lon_reach(v.lat)
    for dy in (-1, 0, 1):
        for dx in range(-reach, reach + 1):
            yield ("p", c, t, cy + dy, cx + dx)


def _facts(v: View) -> list[tuple]:
    """Facts rare enough to tie a vague report: a toll of DISTINCTIVE_TOLL+, a named armed group, a rare tactic."""
    facts: list[tuple] = [("x", a) for a in sorted(v.distinctive)]
    if v.sub in DISTINCTIVE_SUBS:
        facts.append(("s", v.sub))
    if v.killed is not None and v.killed >= DISTINCTIVE_TOLL:
        facts.append(("k", toll_bucket(v.killed)))
    return facts


def _query_facts(v: View) -> list[tuple]:
    facts: list[tuple] = [("x", a) for a in sorted(v.distinctive)]
    if v.sub in DISTINCTIVE_SUBS:
        facts.append(("s", v.sub))
    if v.killed is not None and v.killed >= DISTINCTIVE_TOLL:
        b = toll_bucket(v.killed)
        facts.extend(("k", b + d) for d in (-1, 0, 1))
    return facts


def _lon_reach(lat_rad: float) -> int:
    """Longitude cells to search either side so a RADIUS_NEAR_KM circle is covered at this latitude."""
    km_per_cell = 111.2 * CELL_DEG * max(math.cos(abs(lat_rad) + math.radians(CELL_DEG)), 1e-3)
    return min(int(math.ceil(RADIUS_NEAR_KM / km_per_cell)), int(360 / CELL_DEG))
