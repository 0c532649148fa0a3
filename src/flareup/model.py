"""Plain, frozen data passed between stages, so every stage is a pure function over plain data."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class TimeSpan:
    """A closed date interval and how precisely the text pins it down."""

    start: date
    end: date
    precision: str  # one of PRECISIONS

    def overlaps(self, other: "TimeSpan", slack_days: int = 0) -> bool:
        return (self.start.toordinal() - slack_days <= other.end.toordinal()
                and other.start.toordinal() - slack_days <= self.end.toordinal())

    @property
    def days(self) -> int:
        return self.end.toordinal() - self.start.toordinal() + 1


@dataclass(frozen=True)
class Document:
    """One input text with its publication interval; `doc_id` is the user's own id when given."""

    doc_id: str
    text: str
    pub: TimeSpan | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the file (and line) it came from
    outlet: str | None = None  # the outlet or feed, for counting sources


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int  # character offsets into Document.text
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    """A gazetteer entry as an event's place, with ACLED-style precision (1 place, 2 near, 3 region)."""

    name: str
    country: str  # ISO alpha-2
    country_name: str
    lat: float
    lon: float
    precision: int
    geonameid: int | None = None
    admin1: str | None = None
    feature: str = "city"  # city | admin1 | country
    population: int = 0


@dataclass(frozen=True)
class Hit:
    """A span of a sentence that a pack rule matched; `rule` names the rule so results explain themselves."""

    start: int
    end: int
    text: str
    rule: str


@dataclass(frozen=True)
class PlaceHit:
    hit: Hit
    place: Place


@dataclass(frozen=True)
class DateHit:
    hit: Hit
    span: TimeSpan


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """The output contract (DESIGN.md section 3); one per incident per document before cross-document merging."""

    event_id: str
    doc_ids: list[str]
    event_type: str
    sub_event_type: str
    date_start: str | None = None
    date_end: str | None = None
    time_precision: str | None = None
    country: str | None = None
    country_name: str | None = None
    admin1: str | None = None
    location: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor1_type: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    lang: str | None = None
    rules: list[str] = field(default_factory=list)  # pack rule ids that fired, for explanation
    # filled by cross-document merging (dedupe); a single-document event counts itself once
    n_mentions: int = 1
    n_documents: int = 1
    n_sources: int = 1
    first_reported: str | None = None
    last_reported: str | None = None
    reports: list[dict] = field(default_factory=list)  # every reported toll: {doc_id, outlet, reported, killed, injured}

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """One document's report of one incident, as the cross-document merge sees it."""

    mention_id: str  # stable: derived from the document's content hash and the event's index in it
    event: Event  # the per-document event (doc_ids has exactly that document)
    outlet: str | None = None  # outlet or feed, for n_sources
    reported: str | None = None  # ISO start of the document's publication interval
