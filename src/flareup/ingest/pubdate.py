"""Publication dates as written in inputs ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') -> TimeSpan, keeping their precision."""
from __future__ import annotations

import calendar
import re
from datetime import date

from flareup.model import TimeSpan

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+\-Z ]*)?\s*$")


def parse_pub_date(text: str) -> TimeSpan:
    """The interval a publication date stands for: a day, a whole month or a whole year (never an invented day).

    A time of day after the date (ISO datetime, as in HTML metadata) is ignored. ValueError when unreadable.
    """
    m = _ISO.fullmatch(text or "")
    if not m:
        raise ValueError(f"unrecognised date {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        if month is None:
            return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return TimeSpan(date(year, month, 1), date(year, month, last), "month")
        d = date(year, month, day)
    except ValueError:
        raise ValueError(f"impossible date {text.strip()!r}") from None
    return TimeSpan(d, d, "day")
