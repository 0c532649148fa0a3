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

from flareup.dedupe.compare import MAX_GAP_DAYS, RADIUS_NEAR_KM, compatible, link_score
from flareup.dedupe.features import COUNTRY, POINT, PROVINCE, View
from flareup.dedupe.tolls import DISTINCTIVE_TOLL, toll_bucket

BUCKET_DAYS = 4  # time bucket of the index
CELL_DEG = 1.0  # place cell of the index (degrees of latitude)


def cluster_views(views: list[View]) -> list[list[View]]:
    """Clusters of views (each in canonical order), given views sorted in canonical order."""
    index: dict[tuple, list[int]] = defaultdict(list)
    members: dict[int, list[View]] = {}
    parent: dict[int, int] = {}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    for v in views:
        scored = []
        for cid in sorted({root(c) for key in _query_keys(v) for c in index.get(key, ())}):
            score = _fit(v, members[cid])
            if score > 0:
                scored.append((-score, cid))
        if not scored:
            home = v.order
            parent[home], members[home] = home, [v]
        else:
            scored.sort()
            home = scored[0][1]
            members[home].append(v)
            for _, other in scored[1:]:
                home = _bridge(home, other, members, parent)
        for key in _own_keys(v):
            index[key].append(home)
    return [sorted(ms, key=lambda x: x.order) for cid, ms in sorted(members.items()) if parent[cid] == cid]


def _fit(v: View, cluster: list[View]) -> float:
    """Best link score of v to the cluster, or 0 when v conflicts with any member (complete linkage)."""
    best = 0.0
    for m in cluster:
        if not compatible(v, m):
            return 0.0
        best = max(best, link_score(v, m))
    return best


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
        if v.level == POINT:
            yield ("p", c, t, *_cell(v))
            if v.admin1:
                yield ("ap", c, t, v.admin1)
        elif v.level == PROVINCE:
            yield ("a", c, t, v.admin1)
        for fact in facts:
            yield ("f", c, t, fact)  # found by country-only newcomers
            if v.level == COUNTRY:
                yield ("cf", c, t, fact)  # found by any newcomer


def _query_keys(v: View) -> Iterator[tuple]:
    """The index keys where a cluster v could link to may be found."""
    if v.start is None:
        return
    c = v.country
    facts = _query_facts(v)
    for t in _buckets(v.start - MAX_GAP_DAYS, v.end + MAX_GAP_DAYS):
        for fact in facts:
            yield ("cf", c, t, fact)
        if v.level == COUNTRY or (v.level == POINT and not v.admin1):
            for fact in facts:
                yield ("f", c, t, fact)
        if v.level == POINT:
            cy, cx = _cell(v)
            reach = _lon_reach(v.lat)
            for dy in (-1, 0, 1):
                for dx in range(-reach, reach + 1):
                    yield ("p", c, t, cy + dy, cx + dx)
            if v.admin1:
                yield ("a", c, t, v.admin1)
        elif v.level == PROVINCE:
            yield ("a", c, t, v.admin1)
            yield ("ap", c, t, v.admin1)


def _facts(v: View) -> list[tuple]:
    """Distinctive facts (a toll of DISTINCTIVE_TOLL or more, a named armed group) a vague report can link on."""
    facts: list[tuple] = [("x", a) for a in sorted(v.distinctive)]
    if v.killed is not None and v.killed >= DISTINCTIVE_TOLL:
        facts.append(("k", toll_bucket(v.killed)))
    return facts


def _query_facts(v: View) -> list[tuple]:
    facts: list[tuple] = [("x", a) for a in sorted(v.distinctive)]
    if v.killed is not None and v.killed >= DISTINCTIVE_TOLL:
        b = toll_bucket(v.killed)
        facts.extend(("k", b + d) for d in (-1, 0, 1))
    return facts


def _lon_reach(lat_rad: float) -> int:
    """Longitude cells to search either side so a RADIUS_NEAR_KM circle is covered at this latitude."""
    km_per_cell = 111.2 * CELL_DEG * max(math.cos(abs(lat_rad) + math.radians(CELL_DEG)), 1e-3)
    return min(int(math.ceil(RADIUS_NEAR_KM / km_per_cell)), int(360 / CELL_DEG))
