"""What the written article suites share: the expected event of an article and the check that one article
gives exactly the events it reports (tests/test_english_articles.py, tests/test_dutch_articles.py)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document, Event
from flareup.pipeline import extract_events

ANY = object()  # a field the article leaves open
NOBODY = ""  # no group may be named as perpetrator (a denial or no claim): at most an unidentified one

BATTLE, REMOTE, CIVILIANS, ABDUCTION = "battle", "explosion_remote_violence", "violence_against_civilians", "abduction"


@dataclass(frozen=True)
class Want:
    family: str | tuple[str, ...]
    places: tuple[str, ...]  # acceptable location or admin1 names (any one); empty: country only
    country: str
    dates: tuple[str, str]  # the predicted interval must lie inside this one
    killed: object = ANY
    actor: str | None = None  # a piece of actor1's name; NOBODY: none


def article_params(articles: list, known_gaps: dict[str, str]) -> list:
    """One test case per article; a known gap is a strict xfail, so fixing it makes the suite say so."""
    return [pytest.param(*a, id=a[0], marks=pytest.mark.xfail(reason=known_gaps[a[0]], strict=True))
            if a[0] in known_gaps else pytest.param(*a, id=a[0]) for a in articles]


def check_article(name: str, pub: str, text: str, wanted: list[Want], lang: str) -> None:
    events = extract_events(Document(name, text, parse_pub_date(pub), lang))
    got = [(e.location, e.country, e.date_start, e.date_end, e.killed) for e in events]
    assert len(events) == len(wanted), got
    for want in wanted:
        matches = [e for e in events if _fits(e, want)]
        assert matches, (want, got)
        event = matches[0]
        families = want.family if isinstance(want.family, tuple) else (want.family,)
        assert _family(event) in families, (want, event.event_type, event.sub_event_type)
        if want.killed is not ANY:
            killed = want.killed if isinstance(want.killed, tuple) else (want.killed,)
            assert event.killed in killed, (want, event.killed)
        if want.actor == NOBODY:
            # an unidentified armed group is no named perpetrator (ACLED's code for an attack nobody claimed)
            assert not event.actor1 or event.actor1_type in ("civilians", "state_forces", "unidentified_armed_group"), \
                event.actor1
        elif want.actor:
            assert want.actor.lower() in (event.actor1 or "").lower(), (want.actor, event.actor1)


def _family(event: Event) -> str:
    return ABDUCTION if event.sub_event_type == "abduction" else event.event_type


def _fits(event: Event, want: Want) -> bool:
    """Place and date pick the event a wanted one is about."""
    place_ok = event.country == want.country and (not want.places or event.location in want.places
                                                   or event.admin1 in want.places)
    date_ok = bool(event.date_start) and want.dates[0] <= event.date_start and event.date_end <= want.dates[1]
    return place_ok and date_ok
