"""Pairwise rules: may two mentions be one incident (no conflict), and does the evidence say they are (a link)?

Merging needs both: a cluster only grows when the newcomer conflicts with NO member (complete
linkage, so A~B and B~C never join conflicting A and C) and links to at least one member.
Links demand more evidence the vaguer the places are: two reports from the same town on the same
day link outright; a report that names only the country links only with a distinctive shared
fact (a toll of 5 or more that agrees, or the same named armed group).
"""
from __future__ import annotations

import math

from flareup.dedupe.features import COUNTRY, POINT, View
from flareup.dedupe.tolls import tolls_agree, tolls_conflict

# Reports arrive days after an incident and extractors date undated reports by their publication,
# so intervals may be this many days apart and still be one incident.
MAX_GAP_DAYS = 3
# Country-only reports must be closer in time: the country has many incidents a week.
MAX_GAP_DAYS_COUNTRY = 1
# An interval longer than this (week/month/year precision) overlaps too much to count as agreement.
NARROW_DAYS = 3
# Point places within this distance are one place (km); same-town reports vary by a few km.
RADIUS_KM = 25.0
RADIUS_NEAR_KM = 50.0  # when either place is "near X" (geo_precision 2)
SAME_PLACE_KM = 10.0
EARTH_KM = 6371.0

# How an attack was delivered, where reports cannot confuse one with the other. Sub-types in
# different modes that are listed as clashing are different incidents; everything else (an
# "attack" one outlet calls a "bombing", a "massacre" another calls "clashes") is compatible.
_MODE = {"air_strike": "air", "drone_strike": "air", "suicide_bomb": "ground_blast",
         "remote_explosive": "ground_blast", "grenade": "ground_blast", "abduction": "abduction",
         "shelling": "artillery"}
_CLASHING_MODES = frozenset({frozenset({"air", "ground_blast"}), frozenset({"abduction", "air"}),
                             frozenset({"abduction", "ground_blast"}), frozenset({"abduction", "artillery"})})
# sub-types too generic for "same sub-type" to be evidence
_GENERIC_SUBS = frozenset({"attack", "armed_attack", "armed_clash", "killing", "shooting"})


def gap_days(a: View, b: View) -> int | None:
    """Days between two date intervals (0 when they overlap); None when either is undated."""
    if a.start is None or b.start is None:
        return None
    return max(0, a.start - b.end, b.start - a.end)


def distance_km(a: View, b: View) -> float:
    """Great-circle distance between two point places."""
    dlat, dlon = b.lat - a.lat, b.lon - a.lon
    h = math.sin(dlat / 2) ** 2 + math.cos(a.lat) * math.cos(b.lat) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def compatible(a: View, b: View) -> bool:
    """True when nothing known about the two says they are different incidents."""
    if a.doc_id == b.doc_id or a.country != b.country:
        return False  # one document's separate events were already told apart by its own merge
    gap = gap_days(a, b)
    if gap is None:
        return False
    limit = MAX_GAP_DAYS_COUNTRY if min(a.level, b.level) == COUNTRY else MAX_GAP_DAYS
    if gap > limit:
        return False
    return (place_strength(a, b) >= 0 and not _modes_clash(a.sub, b.sub)
            and not actors_conflict(a, b) and not tolls_conflict(a.killed_range, b.killed_range))


def place_strength(a: View, b: View) -> int:
    """-1 places conflict, 0 one names only the country, 1 same province, 2 within the radius, 3 same place."""
    if a.level == POINT and b.level == POINT:
        if a.geonameid is not None and a.geonameid == b.geonameid:
            return 3
        km = distance_km(a, b)
        radius = RADIUS_KM if max(a.precision, b.precision) <= 1 else RADIUS_NEAR_KM
        if km > radius:
            return -1
        return 3 if km <= SAME_PLACE_KM else 2
    if a.level == COUNTRY or b.level == COUNTRY:
        return 0
    if a.admin1 is None or b.admin1 is None:  # a point without a province: no evidence either way
        return 0
    return 1 if a.admin1 == b.admin1 else -1


def actors_conflict(a: View, b: View) -> bool:
    """Different known perpetrators (or different known non-civilian targets) make different incidents.

    Roles are compared loosely: a side named as actor2 by one outlet and actor1 by another (who
    attacked whom in a clash) is the same side, not a conflict.
    """
    if a.actor1 and b.actor1 and a.actor1 not in b.actors and b.actor1 not in a.actors:
        return True
    return bool(a.actor2 and b.actor2 and a.actor2 not in b.actors and b.actor2 not in a.actors
                and a.actor2 in a.distinctive and b.actor2 in b.distinctive)


def link_score(a: View, b: View) -> float:
    """How strongly the evidence says two compatible mentions are one incident; 0 = not enough."""
    place = place_strength(a, b)
    gap = gap_days(a, b) or 0
    if max(a.span, b.span) > NARROW_DAYS:
        gap = max(gap, 2)  # a week- or month-long interval "overlaps" almost anything nearby
    toll = tolls_agree(a.killed, b.killed)
    shared = len(a.distinctive & b.distinctive)
    if place == 0:  # one names only the country (or a point lacks its province): distinctive facts only
        support = (toll == 2) + min(shared, 1)
        need = 1 if gap <= 1 else 2
    else:
        same_sub = a.sub is not None and a.sub == b.sub and a.sub not in _GENERIC_SUBS
        support = (toll > 0) + min(shared, 1) + same_sub
        if place >= 2:  # two points within the radius
            need = 0 if gap == 0 else 1
        else:  # the same province
            need = 1 if gap == 0 else 2
    if support < need:
        return 0.0
    return 1.0 + place + support - 0.5 * gap


def _modes_clash(a: str | None, b: str | None) -> bool:
    ma, mb = _MODE.get(a or ""), _MODE.get(b or "")
    return ma is not None and mb is not None and frozenset({ma, mb}) in _CLASHING_MODES
