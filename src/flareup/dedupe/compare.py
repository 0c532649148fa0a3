"""Pairwise rules: may two mentions be one incident (no conflict), and does the evidence say they are (a link)?

Merging needs both: a cluster only grows when the newcomer conflicts with NO member (complete
linkage, so A~B and B~C never join conflicting A and C) and links to at least one member.
Links demand more evidence the vaguer the places are, and the busier the place is:
- identified: places agree and a distinctive fact agrees (a toll of 5 or more, a named armed
  group): taken as it is;
- circumstantial: places and days agree, nothing distinctive does (two reports from one town on
  one day): taken only for the one incident of that place and time;
- fact: one report names only the country, a distinctive fact ties them within a day: taken only
  when one incident shares that fact;
- weak: one report is vague, the day is the same, nothing conflicts: taken only for the one
  incident its place allows that day, in a quiet spell.
A fact or a quiet day that identifies one incident in a small country identifies nothing in a
country with dozens of incidents a day, so the merge (cluster.py) checks uniqueness at run time.
"""
from __future__ import annotations

import math
from typing import NamedTuple

from flareup.dedupe.features import COUNTRY, POINT, View
from flareup.dedupe.tolls import tolls_agree, tolls_close, tolls_conflict

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

# How an attack was delivered, where reports cannot confuse one with the other: a suicide bombing
# is no air strike or shelling, an abduction no explosion. Everything else is compatible: "bombing"
# (remote_explosive) is said of air raids and shells too, an "attack" one outlet calls a "massacre".
_MODE = {"air_strike": "air", "drone_strike": "air", "shelling": "artillery", "suicide_bomb": "suicide",
         "remote_explosive": "blast", "grenade": "blast", "abduction": "abduction"}
_CLASHING_MODES = frozenset({frozenset({"suicide", "air"}), frozenset({"suicide", "artillery"}),
                             *(frozenset({"abduction", m}) for m in ("air", "artillery", "suicide", "blast"))})
# sub-types too generic for "same sub-type" to be evidence
_GENERIC_SUBS = frozenset({"attack", "armed_attack", "armed_clash", "killing", "murder", "shooting"})
# tactics rare enough that two reports of one within a day are likely one incident
DISTINCTIVE_SUBS = frozenset({"suicide_bomb", "drone_strike", "assassination"})


def gap_days(a: View, b: View) -> int | None:
    """Days between two date intervals (0 when they overlap); None when either is undated."""
    if a.start is None or b.start is None:
        return None
    return max(0, a.start - b.end, b.start - a.end)


def distance_km(a: View, b: View) -> float:
    """Distance between two point places (equirectangular: exact enough within the radii used here)."""
    dlat = b.lat - a.lat
    dlon = (b.lon - a.lon + math.pi) % (2 * math.pi) - math.pi
    x = dlon * 0.5 * (a.coslat + b.coslat)
    return EARTH_KM * math.sqrt(dlat * dlat + x * x)


def compatible(a: View, b: View) -> bool:
    """True when nothing known about the two says they are different incidents."""
    return _compatible_place(a, b) is not None


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
    attacked whom in a clash) is the same side, not a conflict. Two state forces are no conflict
    either: outlets credit a joint strike ("regime and Russian warplanes") to one or the other.
    """
    if (a.actor1 and b.actor1 and a.actor1 not in b.actors and b.actor1 not in a.actors
            and (a.actor1 in a.distinctive or b.actor1 in b.distinctive)):
        return True
    return bool(a.actor2 and b.actor2 and a.actor2 not in b.actors and b.actor2 not in a.actors
                and a.actor2 in a.distinctive and b.actor2 in b.distinctive)


def opposite_sides(a: View, b: View) -> bool:
    """One report counts the dead of the side the other names as the attacker ("40 soldiers killed in battles
    with the militia" / "4 militiamen killed"): its toll is of other people, so different figures are no conflict.
    Only a report naming the victims alone counts: two that name both sides may just swap who attacked whom."""
    if not (a.actor2 and b.actor2) or a.actor2 == b.actor2:
        return False
    return (b.actor1 is None and b.actor2 == a.actor1) or (a.actor1 is None and a.actor2 == b.actor1)


class Link(NamedTuple):
    """How two compatible mentions are tied; 0 / False = not in that way (cluster.py decides what to take).

    identified: places agree and a distinctive fact (a toll of 5+ that agrees, a named armed group,
        a rare tactic) ties them.
    circumstantial: places and days agree but nothing distinctive does.
    fact: one place is only the country; a distinctive fact ties them within a day.
    weak: one place is vague, the day is the same and nothing conflicts or differs much.
    """

    identified: float
    circumstantial: float
    fact: float
    weak: bool


def relate(a: View, b: View) -> Link | None:
    """None when the two conflict, else how they are linked (higher = closer)."""
    place = _compatible_place(a, b)
    if place is None:
        return None
    gap = _effective_gap(a, b)
    weak = min(a.level, b.level) < POINT and gap == 0 and _weakly_alike(a, b)
    toll = 0 if opposite_sides(a, b) else tolls_agree(a.killed, b.killed)
    strong = ((toll == 2) + min(len(a.distinctive & b.distinctive), 1)  # facts rare enough to identify
              + (a.sub == b.sub and a.sub in DISTINCTIVE_SUBS))
    if place == 0:
        ok = strong >= (1 if gap <= 1 else 2)
        return Link(0.0, 0.0, 1.0 + strong - 0.5 * gap if ok else 0.0, weak)
    alike = (toll == 1) + (a.sub is not None and a.sub == b.sub and a.sub not in _GENERIC_SUBS | DISTINCTIVE_SUBS)
    support = strong + alike
    if place == 1:  # the same province
        ok = support >= 1 if gap == 0 else (strong >= 1 and support >= (1 if gap == 1 else 2))
    else:  # two points within the radius; on other days only a count or a named group identifies the incident
        ok = gap == 0 or strong + (toll == 1) >= 1
    score = 1.0 + place + support - 0.5 * gap if ok else 0.0
    return Link(score, 0.0, 0.0, weak) if strong else Link(0.0, score, 0.0, weak)


def _compatible_place(a: View, b: View) -> int | None:
    """place_strength when nothing conflicts, else None; the cheap checks go first."""
    if a.doc_id == b.doc_id or (a.country != b.country and a.country and b.country):
        return None  # one document's separate events were already told apart by its own merge
    # a report naming no place at all ("one dead in a blast") may be about any country's incident
    gap = gap_days(a, b)
    if gap is None or gap > (MAX_GAP_DAYS_COUNTRY if min(a.level, b.level) == COUNTRY else MAX_GAP_DAYS):
        return None
    if _modes_clash(a.sub, b.sub) or actors_conflict(a, b) or (
            tolls_conflict(a.killed_range, b.killed_range) and not opposite_sides(a, b)):
        return None
    place = place_strength(a, b)
    return place if place >= 0 else None


def _weakly_alike(a: View, b: View) -> bool:
    """Enough for a weak link: a known country on one side, the same family (or a generic word), figures close."""
    return ((a.country != "" or b.country != "")
            and (a.family == b.family or a.sub in _GENERIC_SUBS or b.sub in _GENERIC_SUBS)
            and tolls_close(a.killed, b.killed))


def _effective_gap(a: View, b: View) -> int:
    """Days apart as evidence: intervals that merely overlap at an edge are a day apart, not the same day.

    An undated report covers its publication day and the day before; two such reports published
    on consecutive days share one day but may well tell of two days' incidents (daily shelling of
    one town). Only an interval inside the other counts as the same day.
    """
    gap = gap_days(a, b) or 0
    if max(a.span, b.span) > NARROW_DAYS:
        return max(gap, 2)  # a week- or month-long interval "overlaps" almost anything nearby
    if gap == 0 and not (a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end):
        return 1
    return gap


def _modes_clash(a: str | None, b: str | None) -> bool:
    ma, mb = _MODE.get(a or ""), _MODE.get(b or "")
    return ma is not None and mb is not None and frozenset({ma, mb}) in _CLASHING_MODES
