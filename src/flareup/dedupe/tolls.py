"""Casualty counts across reports: keep every figure, pick a best estimate, and judge whether two agree.

Reports of one incident disagree because tolls rise as bodies are found, so the best estimate is
the latest credible figure (never the sum), and the range spans every report's own low and high.
The same module decides when two figures are too far apart to describe one incident.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flareup.model import Mention

# Two figures conflict when neither range reaches the other, the larger is more than RATIO times
# the smaller AND more than MIN_GAP apart: 20 -> 63 (a rising toll) agrees, 6 vs 65 does not.
CONFLICT_RATIO = 4.0
CONFLICT_MIN_GAP = 10
# Two figures agree when they differ by at most this share of the larger (13 vs 15, 5 vs 6).
AGREE_SHARE = 0.25
# Without other evidence, figures must be this close to be taken for one incident's.
CLOSE_RATIO = 2.0
CLOSE_GAP = 3
# A toll this high is rare enough to be evidence of identity on its own; 1 or 2 dead are everywhere.
DISTINCTIVE_TOLL = 5


@dataclass(frozen=True)
class Toll:
    """Best estimate and range of one count over all reports; None everywhere when nobody reported it."""

    best: int | None
    low: int | None
    high: int | None


def report_rows(mentions: list[Mention]) -> list[dict]:
    """One row per mention: its document, outlet, report date and the figures it gave (None = not given)."""
    rows = [{"doc_id": m.event.doc_ids[0] if m.event.doc_ids else m.mention_id,
             "outlet": m.outlet, "reported": m.reported,
             "killed": m.event.killed, "injured": m.event.injured} for m in mentions]
    rows.sort(key=lambda r: (r["reported"] or "", r["doc_id"], _sortable(r["killed"]), _sortable(r["injured"])))
    return rows


def reconcile(figures: list[tuple[str | None, int | None, int | None, int | None]]) -> Toll:
    """Best = the latest-reported figure (ties: the highest); low/high = range over all reports.

    Each figure is (reported ISO date or None, value, own low, own high); an undated report counts as
    the earliest, so any dated report supersedes it.
    """
    given = [f for f in figures if f[1] is not None or f[2] is not None or f[3] is not None]
    if not given:
        return Toll(None, None, None)
    valued = [f for f in given if f[1] is not None]
    best = max(valued, key=lambda f: (f[0] or "", f[1]))[1] if valued else None
    lows = [v for f in given for v in (f[2], f[1]) if v is not None]
    highs = [v for f in given for v in (f[3], f[1]) if v is not None]
    low, high = min(lows), max(highs)
    if best is None:  # only ranges were reported: no point estimate is invented
        return Toll(None, low, high)
    return Toll(best, min(low, best), max(high, best))


def toll_range(value: int | None, low: int | None, high: int | None) -> tuple[int, int] | None:
    """The interval one report supports, or None when it gives no figure."""
    vals = [v for v in (value, low, high) if v is not None]
    return (min(vals), max(vals)) if vals else None


def tolls_conflict(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """True when two reported ranges are too far apart to be interim figures of one incident."""
    if a is None or b is None:
        return False
    small, big = min(a[1], b[1]), max(a[0], b[0])
    if big <= small:  # the ranges overlap
        return False
    return big > CONFLICT_RATIO * small and big - small > CONFLICT_MIN_GAP


def tolls_agree(a: int | None, b: int | None) -> int:
    """2 when two figures agree and are distinctive (>= DISTINCTIVE_TOLL), 1 when they agree but are small, else 0."""
    if a is None or b is None or a <= 0 or b <= 0:
        return 0
    if abs(a - b) > AGREE_SHARE * max(a, b):
        return 0
    return 2 if min(a, b) >= DISTINCTIVE_TOLL else 1


def tolls_close(a: int | None, b: int | None) -> bool:
    """No figure, or figures within a factor CLOSE_RATIO (or CLOSE_GAP) of each other."""
    if a is None or b is None:
        return True
    return max(a, b) <= CLOSE_RATIO * min(a, b) or abs(a - b) <= CLOSE_GAP


def toll_bucket(value: int) -> int:
    """A log-scale bucket such that agreeing figures fall in the same or a neighbouring bucket."""
    return int(math.log(value) / -math.log(1 - AGREE_SHARE))


def _sortable(v: int | None) -> int:
    return -1 if v is None else v
