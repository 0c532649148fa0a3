"""Builds per-document events and mentions the way the extractor and store hand them to merging."""
from __future__ import annotations

from flareup.model import Event, Evidence, Mention

# Invented places (name, lat, lon, geonameid, admin1) shaped like gazetteer entries.
TOWN_A = ("Alphaville", 36.20, 37.15, 1001, "North Province")
TOWN_A_SUBURB = ("Alphaville East", 36.22, 37.24, 1002, "North Province")  # ~8 km from TOWN_A
TOWN_B = ("Betatown", 35.10, 36.70, 1003, "West Province")  # ~130 km from TOWN_A
TOWN_C = ("Gammaburg", 35.95, 36.63, 1004, "North Province")  # ~55 km from TOWN_A


def mention(mid: str, *, day: str = "2020-05-10", end: str | None = None, reported: str | None = None,
            place: tuple | None = TOWN_A, precision: int | None = None, admin1: str | None = None,
            country: str | None = "XA", family: str = "violence_against_civilians", sub: str = "attack",
            actor1: str | None = None, actor1_type: str | None = None,
            actor2: str | None = None, actor2_type: str | None = None,
            killed: int | None = None, low: int | None = None, high: int | None = None,
            injured: int | None = None, outlet: str | None = None, lang: str = "en",
            doc: str | None = None, text: str | None = None, confidence: float = 0.6,
            precision_time: str = "day") -> Mention:
    """One mention; `place=None` gives a country-only place (admin1 optional), as for a headline naming a country."""
    doc_id = doc or f"doc-{mid}"
    if place is not None:
        name, lat, lon, gid, prov = place
        geo = dict(location=name, lat=lat, lon=lon, geonameid=gid, admin1=prov,
                   geo_precision=precision if precision is not None else 1)
    else:
        geo = dict(location=admin1 or country, lat=None, lon=None, geonameid=None, admin1=admin1,
                   geo_precision=3)
    ev = Event(event_id=f"e-{mid}", doc_ids=[doc_id], event_type=family, sub_event_type=sub,
               date_start=day, date_end=end or day, time_precision=precision_time,
               country=country, country_name=country, **geo,
               actor1=actor1, actor1_type=actor1_type, actor2=actor2, actor2_type=actor2_type,
               killed=killed, killed_low=low, killed_high=high, injured=injured,
               evidence=[Evidence(doc_id, 0, 10, text or f"evidence of {mid}")],
               confidence=confidence, lang=lang, rules=[f"rule-{lang}"])
    return Mention(mention_id=mid, event=ev, outlet=outlet, reported=reported or day)
