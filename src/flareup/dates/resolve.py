"""Anchors a date phrase's meaning to the publication interval: the honest interval it allows.

A publication date known only to the month is an interval [S, E]; every relative phrase is
resolved for the first and the last possible publication day and the union is kept, so "last
weekend" in a May 2020 article is 25 April .. 31 May, never an invented day.
"""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from flareup.dates.expressions import (
    Between,
    Calendar,
    Count,
    Expr,
    Shift,
    Since,
    Weekday,
)
from flareup.model import PRECISIONS, TimeSpan

_DAY = timedelta(days=1)
_UNIT_DAYS = {"hour": 1, "day": 1, "night": 1, "weekend": 7, "week": 7, "month": 30, "year": 365}
_NATURAL = {"hour": "day", "day": "day", "night": "day", "weekend": "week", "week": "week",
            "month": "month", "year": "year", "recent": "month", "ctx": "day"}
RECENT_DAYS = 30  # "recently", "onlangs": about a month before publication

Span = tuple[date, date, str]  # start, end, natural precision


def _year_from(last: Expr, first: Expr) -> Expr:
    """"From January 2017 to the end of November": a range's end without a year takes the start's year
    (the next one when its month comes earlier)."""
    if not (isinstance(last, Calendar) and isinstance(first, Calendar)) or last.year is not None or first.year is None:
        return last
    later = last.month is None or first.month is None or last.month >= first.month
    return replace(last, year=first.year if later else first.year + 1)


def resolve(expr: Expr, pub: TimeSpan | None, context: TimeSpan | None = None) -> TimeSpan | None:
    """The interval `expr` allows given the publication interval (and an earlier sentence's date)."""
    span = _resolve(expr, pub, context)
    if span is None or span[0] > span[1]:
        return None
    start, end, natural = span
    return TimeSpan(start, end, precision_of(start, end, natural))


def precision_of(start: date, end: date, natural: str = "day") -> str:
    """The coarser of the phrase's own unit and what the interval's length allows."""
    days = (end - start).days + 1
    by_length = "day" if days <= 2 else "week" if days <= 14 else "month" if days <= 124 else "year"
    return max(natural, by_length, key=PRECISIONS.index)


def _resolve(expr: Expr, pub: TimeSpan | None, context: TimeSpan | None) -> Span | None:
    if isinstance(expr, Calendar):
        return _calendar(expr, pub)
    if isinstance(expr, Since):
        inner = _resolve(expr.inner, pub, context)
        if inner is None:
            return None
        return inner[0], max(inner[1], pub.end if pub else inner[1]), "year" if inner[2] == "year" else "month"
    if isinstance(expr, Between):
        a, b = _resolve(expr.first, pub, context), _resolve(_year_from(expr.last, expr.first), pub, context)
        if a is None or b is None:
            return a or b
        if a[0] > b[1]:
            return a
        return a[0], b[1], "day" if a[2] == b[2] == "day" else max(a[2], b[2], key=PRECISIONS.index)
    if isinstance(expr, Shift) and expr.unit == "ctx":
        if context is None:
            return None
        return context.start + expr.offset * _DAY, context.end + expr.offset * _DAY, context.precision
    if isinstance(expr, Count) and expr.kind == "later":
        if context is None:
            return None
        delta = _count_delta(expr)
        return context.start + delta, context.end + delta, _NATURAL[expr.unit]
    if isinstance(expr, Count) and expr.kind == "duration":
        return None
    if pub is None:
        return None
    first, last = _relative(expr, pub.start), _relative(expr, pub.end)
    return min(first[0], last[0]), max(first[1], last[1]), first[2]


def _calendar(c: Calendar, pub: TimeSpan | None) -> Span | None:
    """An explicit date; without a year, the most recent such date not after publication."""
    year = c.year
    if year is None:
        if pub is None or c.month is None:
            return None
        ref = pub.start if c.before else pub.end
        year = ref.year
        if (c.month, c.day or 1) > (ref.month, ref.day) or (c.before and c.month >= ref.month):
            year -= 1
    try:
        if c.month is None:
            start, end, natural = date(year, 1, 1), date(year, 12, 31), "year"
        elif c.day is None:
            start, end, natural = date(year, c.month, 1), _month_end(year, c.month), "month"
        else:
            start, natural = date(year, c.month, c.day), "day"
            end = date(year, c.month, c.day_end) if c.day_end and c.day_end > c.day else start
    except ValueError:
        return None
    if c.part:
        start, end, natural = _part(start, end, c.part, natural)
    if pub is not None and start <= pub.end < end:
        end = pub.end  # an event reported in "May" happened before the May article appeared
    return start, end, natural


def _relative(expr: Expr, d: date) -> Span:
    """The interval for a relative phrase read on publication day `d`."""
    if isinstance(expr, Weekday):
        if expr.week is not None:
            day = d - d.weekday() * _DAY + expr.week * 7 * _DAY + expr.weekday * _DAY
            return day, day, "day"
        back = (d.weekday() - expr.weekday) % 7
        if expr.deixis == -1 and back == 0:
            back = 7
        if expr.deixis == 1:
            back = -((expr.weekday - d.weekday()) % 7 or 7)
        day = d - back * _DAY
        return day, day, "day"
    if isinstance(expr, Count):
        return _count(expr, d)
    assert isinstance(expr, Shift)
    start, end = _shift(expr.unit, expr.offset, d)
    natural = _NATURAL[expr.unit]
    if expr.part:
        start, end, natural = _part(start, end, expr.part, natural)
    if expr.earlier and end >= d and start < d:
        end = d - _DAY
    if expr.offset <= 0 and start <= d < end:
        end = d
    return start, end, natural


def _shift(unit: str, offset: int, d: date) -> tuple[date, date]:
    if unit in ("day", "hour"):
        return d + offset * _DAY, d + offset * _DAY
    if unit == "night":
        return d + offset * _DAY, d + (offset + 1) * _DAY
    if unit == "recent":
        return d - RECENT_DAYS * _DAY, d
    if unit == "weekend":
        since_sat = (d.weekday() - 5) % 7
        if offset < 0:
            sat = d - (since_sat or 7) * _DAY + (offset + 1) * 7 * _DAY
        elif offset == 0:
            sat = d - since_sat * _DAY
        else:
            sat = d + ((5 - d.weekday()) % 7 or 7) * _DAY + (offset - 1) * 7 * _DAY
        return sat, sat + _DAY
    if unit == "week":
        monday = d - d.weekday() * _DAY + offset * 7 * _DAY
        end = monday + 6 * _DAY
        if offset == -1:
            end = max(end, d - _DAY)  # "last week" is also said of the past seven days
        return monday, end
    if unit == "month":
        y, m = _add_months(d.year, d.month, offset)
        return date(y, m, 1), _month_end(y, m)
    return date(d.year + offset, 1, 1), date(d.year + offset, 12, 31)


def _count(c: Count, d: date) -> Span:
    """ "two days ago", "the past 24 hours"."""
    n, unit = c.n, c.unit
    if c.kind == "window":
        if unit in ("month", "year"):
            y, m = _add_months(d.year, d.month, -n * (12 if unit == "year" else 1))
            return date(y, m, min(d.day, calendar.monthrange(y, m)[1])), d, _NATURAL[unit]
        days = -(-n // 24) if unit == "hour" else n * _UNIT_DAYS[unit]
        return d - days * _DAY, d, "day" if unit == "hour" else _NATURAL[unit]
    if unit == "hour":
        return d - (-(-n // 24)) * _DAY, d - (n // 24) * _DAY, "day"
    if unit in ("day", "night"):
        return d - n * _DAY, d - n * _DAY, "day"
    if unit in ("week", "weekend"):
        mid = d - 7 * n * _DAY
        return mid - 3 * _DAY, min(mid + 3 * _DAY, d), "week"
    if unit == "month":
        y, m = _add_months(d.year, d.month, -n)
        return date(y, m, 1), _month_end(y, m), "month"
    return date(d.year - n, 1, 1), date(d.year - n, 12, 31), "year"


def _count_delta(c: Count) -> timedelta:
    return (c.n // 24 if c.unit == "hour" else c.n * _UNIT_DAYS[c.unit]) * _DAY


def _part(start: date, end: date, part: str, natural: str) -> tuple[date, date, str]:
    """Early/mid/late: days 1-10/11-20/21-end of a month, months 1-4/5-8/9-12 of a year, else thirds."""
    index = ("early", "mid", "late").index(part)
    if natural == "month":
        a, b = ((1, 10), (11, 20), (21, 31))[index]
        return start.replace(day=a), start.replace(day=min(b, end.day)), "week"
    if natural == "year" and start.month == 1 and end.month == 12:
        months = ((1, 4), (5, 8), (9, 12))[index]
        return start.replace(month=months[0]), _month_end(start.year, months[1]), "month"
    days = (end - start).days + 1
    third = max(days // 3, 1)
    a = start + index * third * _DAY
    b = end if index == 2 else a + (third - 1) * _DAY
    return a, b, natural


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + offset
    return k // 12, k % 12 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
