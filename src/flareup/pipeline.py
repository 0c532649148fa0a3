"""Composes the stages; the only module that knows their order.

document -> language -> sentences -> (places, dates, candidates per sentence) -> incidents -> events
"""
from __future__ import annotations

import time
from bisect import bisect_right
from collections import defaultdict
from contextlib import contextmanager

from flareup.errors import SkipDocument
from flareup.extract.actors import claims_nothing, find_actors
from flareup.extract.context import (
    CONTEXT_SENTENCES,
    DATELINE,
    calm_lead,
    claimed_for,
    context_actor,
    drop_undated_history,
    later_claims,
    named_group,
    without_dateline,
)
from flareup.extract.history import is_history, opens_in_past, recalls_past, refers_back
from flareup.extract.incidents import FOLLOW_UP_REACH, Located, add_zero_report, build_event, group_incidents
from flareup.extract.locate import locate, one_per_listed_place, refine_from_setting, tells_setting
from flareup.extract.mentions import find_candidates
from flareup.extract.modality import denies
from flareup.extract.triggers import find_triggers
from flareup.lang.packs import available_languages
from flareup.model import Document, Event
from flareup.ontology import is_non_state
from flareup.text.langid import detect_language
from flareup.text.normalize import fold
from flareup.text.segment import split_sentences

STAGE_TIMES: dict[str, float] = defaultdict(float)  # seconds per stage, summed over documents (benchmarks read it)
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
    from flareup.dates import default_span, event_span, find_dates
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
    armed_story = any(is_non_state(a.actor.type) for a in doc_actors)  # a story about them is a violent one
    starts = [s.start for s in sentences]
    actors_by_sentence = [(bisect_right(starts, a.start) - 1, a) for a in doc_actors]  # (sentence index, actor)
    located: list[Located] = []
    recent_places: list = []
    fallback = default_span(doc.pub)
    past = False  # the story is telling history ("In June 1944, ..."): undated incidents that follow belong to it
    recalled = -99  # the last sentence whose incidents were all dated long ago ("over the 2016 attack in Nice")
    for i, sent in enumerate(sentences):
        # only sentences with a trigger, and those just before one (context), need places and actors
        if not any(violent[i:i + 1 + CONTEXT_SENTENCES]):
            add_zero_report(located, sent, lang)
            _refine(located, sent, lang, countries, doc.pub)
            past = False
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
        if not cands:
            add_zero_report(located, sent, lang)
            _refine(located, sent, lang, countries, doc.pub, places if any(violent[i:i + 2]) else None)
        date_text = _date_text(sent, i, actors_by_sentence)
        with _stage("dates"):
            own = find_dates(date_text, doc.pub, lang) if doc.pub else []
        told_then = past and not own
        past = opens_in_past(date_text, own, doc.pub) if own else past
        kept = dropped = False
        for cand in cands:
            with _stage("dates"):
                hit = event_span(date_text, doc.pub, lang, near=(cand.main_trigger.start, cand.main_trigger.end))
            loc = locate(cand, hit, fallback, recent_places, countries, (dateline, talked_about, told), lang)
            if is_history(loc.span, doc.pub) or (told_then and hit is None):
                dropped = True
            elif hit is None and not own and i - recalled <= FOLLOW_UP_REACH and refers_back(cand):
                dropped = True  # "The attacker was shot dead by police": more of the past incident just recalled
            else:
                kept = True
                loc.rules.append(f"{lang}.sentence.{sent.index}")
                located.extend(one_per_listed_place(loc, sent.text, lang))
        if kept:
            recalled = -99
        elif dropped or (not cands and own and triggers[i] and recalls_past(date_text, triggers[i][0], doc.pub, lang)):
            recalled = i
        if places:
            recent_places = [(sent.index, p) for p in places]
    if doc.pub is None:  # undated document: its latest dated incident stands in for the publication date
        located = drop_undated_history(located)
    with _stage("merge"):
        folded = fold(text)
        # a group that denies the attack is no fallback perpetrator ("the Taliban denied any involvement")
        # nor is one whose own verb tells its record or claims nothing ("IS has claimed several attacks in the past")
        accusable = [a for a in doc_actors
                     if not denies(text, lang, folded, a.end) and not claims_nothing(text, lang, folded, a)]
        named = named_group(accusable)
        recent = [(i, a) for i, a in actors_by_sentence if a in accusable]
        claims = later_claims(sentences, located, lang, actors_by_sentence)
        events = []
        groups = group_incidents(located)
        for group in groups:
            ctx = context_actor(group, recent)
            events.append(build_event(doc.doc_id, lang, group, ctx, named, claimed_for(group, groups, claims)))
    return events


def _refine(located: list[Located], sent, lang: str, countries: list[str], pub, places=None) -> None:
    """A sentence with no incident of its own may say where and when the incident just told happened."""
    from flareup.dates import event_span
    from flareup.geocode import find_places

    if not tells_setting(located, sent, lang):
        return
    with _stage("geocode"):
        places = find_places(sent.text, lang, countries) if places is None else places
    with _stage("dates"):
        hit = event_span(sent.text, pub, lang)
    refine_from_setting(located, sent, places, hit, lang)


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


def _dateline_countries(first: str, lang: str) -> list[str]:
    """The country a wire story was filed from ("SAN SALVADOR, 3 JAN 90 --"): where its places most likely are."""
    from flareup.geocode import (
        find_places,  # geocode loads lazily: `flareup --help` must stay fast
    )

    m = DATELINE.match(first)
    return list(dict.fromkeys(p.place.country for p in find_places(first[:m.end()], lang))) if m else []
