"""What a date phrase means, before it is anchored to a publication date: language-free values.

The grammar (`phrases.py`) turns words into these; `resolve.py` turns these into intervals.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Calendar:
    """An explicit date ("3 April 2020", "early April", "in 2014"); a missing year is inferred."""

    year: int | None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None  # "3-5 April"
    part: str | None = None  # early | mid | late
    before: bool = False  # "last April": strictly before the publication month


@dataclass(frozen=True)
class Weekday:
    """A weekday (0 = Monday) relative to the publication day; deixis -1 = "last", 1 = "next".

    `week` names the calendar week it lies in ("vorige week dinsdag", "Tuesday last week": -1), counted from
    the publication week; None: the nearest such day before publication."""

    weekday: int
    deixis: int | None = None
    week: int | None = None


@dataclass(frozen=True)
class Shift:
    """A calendar unit shifted from the publication day ("yesterday" = day-1, "last week" = week-1).

    unit "ctx" shifts the date of an earlier sentence ("the next day"); "recent" is a window before
    publication. `earlier` ends the interval before the publication day ("earlier this month").
    """

    unit: str
    offset: int
    part: str | None = None
    earlier: bool = False


@dataclass(frozen=True)
class Count:
    """A counted unit: "two days ago" (ago), "the past 24 hours" (window), "two days later" (later),
    "a two-day battle" (duration: how long, not when)."""

    n: int
    unit: str
    kind: str  # ago | window | later | duration


@dataclass(frozen=True)
class Since:
    """ "since Tuesday": from that date up to publication."""

    inner: "Expr"


@dataclass(frozen=True)
class Between:
    """ "from 3 April to 5 May", "zaterdag op zondag": from the first date to the second."""

    first: "Expr"
    last: "Expr"


Expr = Union[Calendar, Weekday, Shift, Count, Since, Between]
