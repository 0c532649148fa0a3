"""Composes the stages; the only module that knows their order.

document -> language -> sentences -> (places, dates, candidates per sentence) -> incidents -> events
"""
from __future__ import annotations

import time
from bisect import bisect_right
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta

from flareup.errors import SkipDocument
from flareup.extract.actors import find_actors
from flareup.extract.context import (
    CONTEXT_SENTENCES,
    DATELINE,
    calm_lead,
    context_actor,
    drop_undated_history,
    named_group,
    without_dateline,
)
from flareup.extract.incidents import Located, build_event, group_incidents
from flareup.extract.mentions import Candidate, find_candidates, listed_places
from flareup.extract.triggers import find_triggers
from flareup.geocode.disambiguate import WELL_KNOWN
from flareup.lang.packs import available_languages
from flareup.model import Document, Event, TimeSpan
from flareup.text.langid import detect_language
from flareup.text.normalize import fold
from flareup.text.segment import split_sentences

STAGE_TIMES: dict[str, float] = defaultdict(float)  # seconds per stage, summed over documents (benchmarks read it)
HISTORY_DAYS = 90  # an incident dated this long before publication is history, not news
_FOREIGN_TOWN_MIN_POPULATION = 1_000_000  # a town outside the story's countries must be this big to be the scene
_QUALIFIER_CHARS = 30  # a country this close after a town qualifies it ("Solhan, in Burkina Faso")
_FOREIGN_CITY_MIN_POPULATION = 100_000  # ... or this big outside wire stories
_ARMED_GROUP_TYPES = {"rebel_group", "militia", "unidentified_armed_group"}  # a story about them is a violent one
_LEAD_SENTENCES = 5  # the lead says what a story is about
_COUNTRY_SCAN_CHARS = 2500  # the lead names the story's countries; scanning the whole text costs more than it tells


@contextmanager
def _stage(name: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        STAGE_TIMES[name] += time.perf_counter() - t0


def document_language(doc: Document) -> str:
    """The document's language: its own `lang` field, else detected; SkipDocument when no pack serves it."""
    with _stage("langid"):
        lang = (doc.lang or detect_language(doc.text) or "").lower()[:2]
    if lang not in available_languages():
        raise SkipDocument(f"language {lang or 'unknown'!r} has no language pack")
    return lang


def extract_events(doc: Document) -> list[Event]:
    """All violent events one document reports, merged within the document, geocoded and dated."""
    from flareup.dates import default_span, event_span
    from flareup.geocode import document_countries, find_places

    if not doc.text or not doc.text.strip():
        raise SkipDocument("empty text")
    lang = document_language(doc)
    text = doc.text
    with _stage("segment"):
        sentences = split_sentences(doc.doc_id, text, lang)
    with _stage("extract"):
        triggers = [find_triggers(s.text, lang, fold(s.text)) for s in sentences]  # found once, used below
        violent = [bool(t) for t in triggers]
    if not any(violent):
        return []
    calm = calm_lead(sentences[:_LEAD_SENTENCES], triggers[:_LEAD_SENTENCES], lang)
    with _stage("geocode"):
        dateline = _dateline_countries(sentences[0].text, lang) if sentences else []
        countries = list(dateline)
        talked_about = document_countries(text[:_COUNTRY_SCAN_CHARS], lang)
        countries += [cc for cc in talked_about if cc not in countries]
        doc_actors = find_actors(text, lang, fold(text))
        told = len(countries)  # the countries the text itself names; group homes below are only hints
        # the countries the named groups fight in come after those the text names ("Taliban" -> AF)
        countries += [cc for a in doc_actors for cc in a.actor.home if cc not in countries]
    armed_story = any(a.actor.type in _ARMED_GROUP_TYPES for a in doc_actors)
    starts = [s.start for s in sentences]
    actors_by_sentence = [(bisect_right(starts, a.start) - 1, a) for a in doc_actors]  # (sentence index, actor)
    located: list[Located] = []
    recent_places: list = []
    fallback = default_span(doc.pub)
    for i, sent in enumerate(sentences):
        # only sentences with a trigger, and those just before one (context), need places and actors
        if not any(violent[i:i + 1 + CONTEXT_SENTENCES]):
            continue
        with _stage("geocode"):
            # a name the text uses for an armed group ("the Taliban's bases") is no place, even where a town shares it
            not_here = [(a.start - sent.start, a.end - sent.start) for a in doc_actors if sent.start <= a.start < sent.end]
            common = [(t.start, t.end) for t in triggers[i]]  # "Aanslag Manchester:": a capital that names no one
            places = (find_places(sent.text, lang, countries, exclude=not_here, common=common)
                      if any(violent[i:i + 2]) else [])
        with _stage("extract"):
            cands = (find_candidates(sent, lang, places, calm, doc.pub.start.year if doc.pub else None, triggers[i],
                                     armed_story) if violent[i] else [])
        date_text = _date_text(sent, i, actors_by_sentence) if cands else ""
        for cand in cands:
            with _stage("dates"):
                hit = event_span(date_text, doc.pub, lang, near=(cand.main_trigger.start, cand.main_trigger.end))
            loc = _locate(cand, hit, fallback, recent_places, countries, (dateline, talked_about, told), lang)
            if not _is_history(loc.span, doc.pub):
                loc.rules.append(f"{lang}.sentence.{sent.index}")
                located.extend(_one_per_listed_place(loc, sent.text, lang))
        if places:
            recent_places = [(sent.index, p) for p in places]
    if doc.pub is None:  # undated document: its latest dated incident stands in for the publication date
        located = drop_undated_history(located)
    with _stage("merge"):
        named = named_group(doc_actors)
        events = []
        for group in group_incidents(located):
            ctx = context_actor(group, actors_by_sentence)
            events.append(build_event(doc.doc_id, lang, group, ctx, named))
    return events


def _date_text(sent, index: int, actors_by_sentence) -> str:
    """The sentence as the date stage reads it: a wire dateline and actor names blanked (same length).

    A dateline's date is the filing date; a date inside a name ("the 19 April Movement") is no date.
    """
    text = without_dateline(sent.text) if index == 0 else sent.text
    for i, a in actors_by_sentence:  # (sentence position, actor hit)
        if i == index and any(ch.isdigit() for ch in a.text):
            s, e = a.start - sent.start, a.end - sent.start
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def _country_place(iso2: str):
    """The country itself as a place (precision 3), for incidents whose sentence names no place."""
    from flareup.geocode import load_gazetteer

    return load_gazetteer().country_place(iso2)


def _locate(cand: Candidate, hit, fallback: TimeSpan | None, recent_places, countries,
            story: tuple[list[str], list[str], int], lang: str) -> Located:
    """Attach the candidate's place (its own, else a recent sentence's, else the document's country) and date."""
    place, explicit = None, False
    plausible = _not_abroad(_without_reference_points(
        [p for p in cand.places if _in_story(p, countries, wire=bool(story[0]))], cand.sentence.text))
    if plausible:
        t = cand.main_trigger
        # the place told with the trigger, not one of another clause ("a year after the attacks in Brussels, London ..."),
        # a place a locative cue introduces ("in northern Syria") before a bare name ("Turkey kills ..."), and any
        # place before a country named without a cue, which is mostly an actor ("gunmen loyal to Iran")
        near = min(plausible, key=lambda p: (p.hit.rule == WELL_KNOWN and p.place.feature == "country",
                                               p.hit.rule == WELL_KNOWN, abs(p.hit.start - t.start) > 60,
                                               p.place.precision, abs(p.hit.start - t.start)))
        place, explicit = _within(near.place, plausible), True
    elif recent_places and cand.sentence.index - recent_places[-1][0] <= 1:
        place = min((p for _, p in recent_places), key=lambda p: p.place.precision).place
    elif countries:
        place = _country_place(_fallback_country(cand, lang, countries, *story))
    span = hit.span if hit else fallback
    rules = [hit.hit.rule] if hit else []
    return Located(cand, place, explicit, span, hit is not None, rules)


_REFERENCE_GAP = 40  # ", 415 km southeast of ": the most text between a place and the reference point that locates it


def _without_reference_points(plausible, text: str):
    """"In Huancayo, 415 km southeast of Lima": a place told after a comma with a distance or direction
    only says where the place before it lies; it is not the scene."""
    def reference(p) -> bool:
        if p.place.precision != 2:
            return False
        before = [q for q in plausible if q.hit.end <= p.hit.start and q is not p]
        if not before:
            return False
        gap = text[max(q.hit.end for q in before):p.hit.start]
        return gap.lstrip().startswith(",") and len(gap) <= _REFERENCE_GAP
    kept = [p for p in plausible if not reference(p)]
    return kept or plausible


def _within(place, plausible):
    """"Dozens die in Ukraine in battles, Donetsk shelling": a town or province of the country told is more precise."""
    if place.feature != "country":
        return place
    inside = [p.place for p in plausible if p.place.country == place.country and p.place.feature != "country"]
    return min(inside, key=lambda p: p.precision) if inside else place


def _fallback_country(cand: Candidate, lang: str, countries: list[str], dateline: list[str], talked_about: list[str],
                      told: int) -> str:
    """The country of an incident whose sentence names no place.

    In order: the first country the text names that is home to a group of the clause, else the home of a group
    that fights in one country only ("Turkish strike kills 4 SDF fighters": Syria, not Turkey); the country the
    sentence itself names ("the murder of the Salvadoran Jesuits"; when it also names the country a wire story
    was filed from, the other one); else the country the story talks about most; else the dateline's.
    """
    from flareup.geocode import document_countries

    homes = [a.actor.home for a in cand.actors if a.actor.home]
    named = next((cc for cc in countries[:told] if any(cc in h for h in homes)), None)
    single = {h[0] for h in homes if len(h) == 1}
    if named or len(single) == 1:
        return named or single.pop()
    own = document_countries(cand.sentence.text, lang)
    own = [cc for cc in own if cc not in dateline] or own
    return (own or talked_about or countries)[0]


def _one_per_listed_place(loc: Located, text: str, lang: str) -> list[Located]:
    """"Attacks on the towns of A, B and C": one incident per town, as ACLED and MUC code them.

    The first town keeps the sentence's tolls (they are not split by town in the text).
    """
    listed = listed_places(loc.cand.places, text, lang)
    if len(listed) < 2:
        return [loc]
    first = Located(loc.cand, listed[0].place, True, loc.span, loc.date_explicit, list(loc.rules))
    rest = [Located(replace(loc.cand, casualties=[], zero=frozenset()), p.place, True, loc.span, loc.date_explicit,
                    [*loc.rules, "place.list"]) for p in listed[1:]]
    return [first, *rest]


def _not_abroad(hits: list) -> list:
    """"In the village of Solhan, in Burkina Faso": a town followed closely by another country, its qualifier, is
    a namesake abroad (Solhan, Turkey) unless it is a metropolis."""
    countries = [h for h in hits if h.place.feature == "country"]
    return [h for h in hits if h.place.population >= _FOREIGN_TOWN_MIN_POPULATION or not any(
        c.place.country != h.place.country and 0 <= c.hit.start - h.hit.end <= _QUALIFIER_CHARS for c in countries)]


def _in_story(hit, countries: list[str], wire: bool) -> bool:
    """A small town abroad is more likely a namesake ("San Francisco" in a Salvadoran wire) than the scene.

    Outside wire stories (filed from a dateline, where namesakes abound) a city ("Manchester") is the scene
    even when the story names only other countries.
    """
    place = hit.place
    return (not countries or place.country in countries or place.feature == "country"
            or place.population >= _FOREIGN_TOWN_MIN_POPULATION
            or (not wire and place.population >= _FOREIGN_CITY_MIN_POPULATION))


def _is_history(span: TimeSpan | None, pub: TimeSpan | None) -> bool:
    """Dated long before publication (or after it), or spread over years: not a reported incident."""
    if span is not None and span.days > 366:
        return True
    if span is None or pub is None:
        return False
    return span.end < pub.start - timedelta(days=HISTORY_DAYS) or span.start > pub.end + timedelta(days=1)


def _dateline_countries(first: str, lang: str) -> list[str]:
    """The country a wire story was filed from ("SAN SALVADOR, 3 JAN 90 --"): where its places most likely are."""
    from flareup.geocode import (
        find_places,  # geocode loads lazily: `flareup --help` must stay fast
    )

    m = DATELINE.match(first)
    return list(dict.fromkeys(p.place.country for p in find_places(first[:m.end()], lang))) if m else []
