"""Dates of a sentence: every date phrase resolved, and the one interval the sentence's event gets."""
from __future__ import annotations

import re
from datetime import timedelta

from flareup.dates.expressions import Count
from flareup.dates.lexicon import lexicon
from flareup.dates.phrases import Phrase, find_phrases
from flareup.dates.pubdate import default_span
from flareup.dates.resolve import precision_of, resolve
from flareup.model import DateHit, Hit, TimeSpan

OLD_DAYS = 365  # a date this long before publication, beside a trigger, makes the incident a past one
_BESIDE_WORDS = 3  # "killed in the 2004 siege": at most this many words between the trigger and the date
MAX_EVENT_DAYS = 31  # longer durations ("a seven-year war") describe a conflict, not one incident
_DURATION_DAYS = {"week": 7, "weekend": 2, "month": 30, "year": 365}


def find_dates(text: str, pub: TimeSpan | None, lang: str) -> list[DateHit]:
    """Every date phrase in a sentence with the interval it allows against the publication date."""
    return _date_hits(text, find_phrases(text, lang), pub, None)


def find_durations(text: str, lang: str) -> list[tuple[Hit, int]]:
    """How long things lasted ("a two-day battle", "drie dagen durende"): (phrase, days)."""
    return _durations(text, find_phrases(text, lang))


def _durations(text: str, phrases: list[Phrase]) -> list[tuple[Hit, int]]:
    out = []
    for p in phrases:
        if isinstance(p.expr, Count) and p.expr.kind == "duration":
            n, unit = p.expr.n, p.expr.unit
            days = -(-n // 24) if unit == "hour" else n * _DURATION_DAYS.get(unit, 1)
            out.append((Hit(p.start, p.end, text[p.start:p.end], p.rule), days))
    return out


def event_span(text: str, pub: TimeSpan | None, lang: str, context: TimeSpan | None = None,
               near: tuple[int, int] | None = None) -> DateHit | None:
    """The one interval a sentence supports for the event it describes, or None if it names no time.

    A date right next to a verb of saying dates the statement ("police said today") and counts only
    when the sentence has no other. Then the most specific date phrase governs, and among equally
    specific ones the nearest to `near` (the trigger's start and end: "three men kidnapped on
    27 September were freed" dates the kidnapping, not the release); otherwise the first. other phrases that overlap it narrow it ("yesterday,
    Tuesday"); a duration ("a two-day battle") widens a start day to the days the text says it lasted
    but never widens a window that already holds it ("begin april" stays 1-10 April). `context` is
    the date of an earlier sentence, used for "the next day" and "two days later".
    """
    phrases = find_phrases(text, lang)
    hits = _date_hits(text, phrases, pub, context)
    if pub is not None:
        hits = [h for h in hits if h.span.start <= pub.end] or hits  # events are reported after they happen
    hits = _not_statement_dates(text, lang, hits) or hits
    durations = [(h, d) for h, d in _durations(text, phrases) if d <= MAX_EVENT_DAYS]
    days = max((d for _, d in durations), default=0)
    if not hits:
        return _duration_only(durations, days, pub, context)
    best = _old_date_of_trigger(text, hits, pub, near) or min(
        hits, key=lambda h: (h.span.days, h.hit.start if near is None else _distance(h.hit, near)))
    start, end, rule = best.span.start, best.span.end, best.hit.rule
    for h in hits:
        overlaps = h.span.start <= end and start <= h.span.end
        if h is not best and overlaps and (h.span.start > start or h.span.end < end):
            start, end, rule = max(start, h.span.start), min(end, h.span.end), best.hit.rule + "+narrowed"
    if days > (end - start).days + 1:
        end = start + timedelta(days=days - 1)
        if pub is not None and start <= pub.end < end:
            end = pub.end
        rule += "+duration"
    natural = best.span.precision if (start, end) == (best.span.start, best.span.end) else "day"
    return DateHit(Hit(best.hit.start, best.hit.end, best.hit.text, rule), TimeSpan(start, end, precision_of(start, end, natural)))


def _not_statement_dates(text: str, lang: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits that do not stand within a word of a verb of saying."""
    verbs = lexicon(lang).report_verbs.find_all(text)
    if not verbs:
        return hits
    out = []
    for h in hits:
        before, after = text[:h.hit.start].split()[-2:], text[h.hit.end:].split()[:2]
        lo = h.hit.start - len(" ".join(before)) - 1
        hi = h.hit.end + len(" ".join(after)) + 1
        if not any(lo <= s and e <= hi for s, e, _ in verbs):
            out.append(h)
    return out


def _old_date_of_trigger(text: str, hits: list[DateHit], pub: TimeSpan | None,
                         near: tuple[int, int] | None) -> DateHit | None:
    """A date long past right beside the trigger ("killed in the 2004 school siege") dates that incident,
    however precise the sentence's other dates are ("gathered on Thursday to remember ...")."""
    if pub is None or near is None:
        return None
    old = [h for h in hits if h.span.end < pub.start - timedelta(days=OLD_DAYS)
           and len(re.findall(r"\w+", text[min(h.hit.end, near[1]):max(h.hit.start, near[0])])) <= _BESIDE_WORDS]
    return min(old, key=lambda h: _distance(h.hit, near)) if old else None


def _distance(hit: Hit, span: tuple[int, int]) -> int:
    return max(0, hit.start - span[1], span[0] - hit.end)


def only_duration(hit: DateHit) -> bool:
    """A sentence that says how long something lasted but not when ("after a 12-hour siege") dates nothing
    of its own: its window is the publication's, stretched back by the duration."""
    return hit.hit.rule.endswith(".dates.duration")


def _duration_only(durations: list[tuple[Hit, int]], days: int, pub: TimeSpan | None,
                   context: TimeSpan | None) -> DateHit | None:
    """A duration with no date: it ran from `days` before the publication window up to its end
    (or from the earlier sentence's date onwards)."""
    if not durations:
        return None
    hit = max(durations, key=lambda hd: hd[1])[0]
    if context is not None:
        start, end = context.start, max(context.end, context.start + timedelta(days=days - 1))
    elif pub is not None:  # never narrower than a sentence with no date at all
        start, end = min(pub.start - timedelta(days=days - 1), default_span(pub).start), pub.end
    else:
        return None
    return DateHit(Hit(hit.start, hit.end, hit.text, hit.rule), TimeSpan(start, end, precision_of(start, end)))


def _date_hits(text: str, phrases: list[Phrase], pub: TimeSpan | None, context: TimeSpan | None) -> list[DateHit]:
    out = []
    for p in phrases:
        span = resolve(p.expr, pub, context)
        if span is not None:
            out.append(DateHit(Hit(p.start, p.end, text[p.start:p.end], p.rule), span))
    return out
