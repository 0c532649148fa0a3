"""History: which incidents a text tells as past (dated long before publication, or recalled next to an old date)
rather than as news, and which later mentions still tell more of such a past incident."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import NamedTuple

from flareup.model import TimeSpan

HISTORY_DAYS = 90  # an incident dated this long before publication is history, not news
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # a written year ("1944", "juni 1994")
_SETTING_WORDS = 3  # a year this close to a sentence's start sets the scene for what follows ("In June 1944, ...")
_RECALL_WORDS = 6  # a date this close to the act dates it ("de aanslagen in Parijs van november 2015")


def recalls_past(text: str, trigger, pub: TimeSpan | None, lang: str) -> bool:
    """Is the act a sentence with no incident of its own names dated long ago ("convicted eight people over the
    2016 truck attack")?"""
    from flareup.dates import event_span

    hit = event_span(text, pub, lang, near=(trigger.start, trigger.end))
    if hit is not None and is_history(hit.span, pub) and _words_apart(text, hit.hit, trigger) <= _RECALL_WORDS:
        return True
    # a year next to the act is no date the date rules read on its own ("the 2016 truck attack")
    return pub is not None and any(int(m.group()) < pub.start.year - 1 and
                                   _words_apart(text, _Span(*m.span()), trigger) <= _RECALL_WORDS
                                   for m in _YEAR.finditer(text))


class _Span(NamedTuple):
    start: int
    end: int


def _words_apart(text: str, a, b) -> int:
    """Words between two spans of a sentence, whichever comes first; a clause break between keeps them apart
    ("his term, which began in 1986, ...": the year dates no act after the comma)."""
    first, last = (a, b) if a.start <= b.start else (b, a)
    between = text[first.end:last.start]
    return 10**6 if any(ch in between for ch in ",;:()") else len(between.split())


def refers_back(cand) -> bool:
    """A mention that names the people of an incident already told ("the attacker") or calls it by a definite
    word ("the attacks", "de aanslagen"): it tells that incident, not a new one."""
    return cand.follows_up or any(t.anaphoric and not t.reference for t in cand.triggers)


def is_history(span: TimeSpan | None, pub: TimeSpan | None) -> bool:
    """Dated long before publication (or after it), or spread over years: not a reported incident."""
    if span is not None and span.days > 366:
        return True
    if span is None or pub is None:
        return False
    return span.end < pub.start - timedelta(days=HISTORY_DAYS) or span.start > pub.end + timedelta(days=1)


def opens_in_past(text: str, dates: list, pub: TimeSpan | None) -> bool:
    """Does the sentence open by setting its story in a past year ("In June 1944, ...")? Only a written year says
    so (a bare day, "on 1 June", may lie ahead), and only at the start: "Somoza, overthrown in 1979" is an aside."""
    return all(_YEAR.search(h.hit.text) and pub is not None and h.span.end < pub.start - timedelta(days=HISTORY_DAYS)
               and len(text[:h.hit.start].split()) <= _SETTING_WORDS for h in dates)
