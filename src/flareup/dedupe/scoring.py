"""How well merging reunites reports of one incident: figures over documents grouped by a gold incident.

The acceptance measure runs extraction and merging end to end over headline groups (several
outlets' headlines on one incident each): a group should become exactly one event, and no event
may hold documents of two groups.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from flareup.dedupe.merge import merge_events
from flareup.errors import SkipDocument
from flareup.model import Document, Event, Mention, TimeSpan


@dataclass(frozen=True)
class GroupFigures:
    """Counts over gold groups; `share_one_event` is the headline figure (of all groups, not of detected ones)."""

    groups: int
    one_event: int  # every event holding the group's documents is the same single event
    split: int  # the group's documents ended in two or more events
    no_event: int  # no document of the group produced an event
    mixed_events: int  # events holding documents of two or more groups (wrong merges)
    events: int

    @property
    def share_one_event(self) -> float:
        return self.one_event / self.groups if self.groups else 0.0


def group_figures(events: Iterable[Event], group_of: dict[str, str]) -> GroupFigures:
    """Score merged events against doc_id -> group; documents outside `group_of` are ignored."""
    events_of: dict[str, set[str]] = defaultdict(set)
    mixed = n = 0
    for ev in events:
        gs = {group_of[d] for d in ev.doc_ids if d in group_of}
        if not gs:
            continue
        n += 1
        mixed += len(gs) > 1
        for g in gs:
            events_of[g].add(ev.event_id)
    all_groups = set(group_of.values())
    one = sum(1 for g in all_groups if len(events_of.get(g, ())) == 1)
    split = sum(1 for g in all_groups if len(events_of.get(g, ())) > 1)
    return GroupFigures(groups=len(all_groups), one_event=one, split=split,
                        no_event=len(all_groups) - one - split, mixed_events=mixed, events=n)


def merge_records(records: Iterable[dict], extract: Callable[[Document], list[Event]]) -> list[Event]:
    """Extract every record (the gold/jsonl input format: id, text, doc_date, lang) and merge the results."""
    mentions: list[Mention] = []
    for rec in records:
        doc = Document(doc_id=rec["id"], text=rec["text"], pub=pub_span(rec.get("doc_date")),
                       lang=rec.get("lang"), title=rec.get("title"), url=rec.get("url"))
        reported = doc.pub.start.isoformat() if doc.pub else None
        try:
            events = extract(doc)
        except SkipDocument:
            continue
        for i, ev in enumerate(events):
            mentions.append(Mention(mention_id=f"{doc.doc_id}#{i}", event=ev, outlet=rec.get("outlet"),
                                    reported=reported))
    return merge_events(mentions)


def pub_span(doc_date: str | None) -> TimeSpan | None:
    """A publication date given as YYYY-MM-DD, YYYY-MM or YYYY, as the interval it stands for."""
    if not doc_date:
        return None
    parts = [int(p) for p in doc_date[:10].split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return TimeSpan(d, d, "day")
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return TimeSpan(date(y, m, 1), date.fromordinal(nxt.toordinal() - 1), "month")
    return TimeSpan(date(parts[0], 1, 1), date(parts[0], 12, 31), "year")
