"""Where an incident happened: its own place, else a recent sentence's, else the story's country.

A story's places are weighed against the countries it is about (a small town abroad is a namesake), the
clause's own qualifiers ("Solhan, in Burkina Faso") and reference points ("415 km southeast of Lima").
"""
from __future__ import annotations

from dataclasses import replace

from flareup.dates import only_duration
from flareup.extract.incidents import FOLLOW_UP_REACH, Located
from flareup.extract.mentions import Candidate, distributed_items, listed_places, retells
from flareup.geocode.names import WELL_KNOWN
from flareup.model import TimeSpan
from flareup.text.normalize import fold

_FOREIGN_TOWN_MIN_POPULATION = 1_000_000  # a town outside the story's countries must be this big to be the scene
_FOREIGN_CITY_MIN_POPULATION = 100_000  # ... or this big outside wire stories
_QUALIFIER_CHARS = 30  # a country this close after a town qualifies it ("Solhan, in Burkina Faso")
_REFERENCE_GAP = 40  # ", 415 km southeast of ": the most text between a place and the reference point that locates it


def _country_place(iso2: str):
    """The country itself as a place (precision 3), for incidents whose sentence names no place."""
    from flareup.geocode import load_gazetteer

    return load_gazetteer().country_place(iso2)


def locate(cand: Candidate, hit, fallback: TimeSpan | None, recent_places, countries,
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
    return Located(cand, place, explicit, span, hit is not None and not only_duration(hit), rules)


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
    own = document_countries(cand.sentence.text, lang, origins=False)
    own = [cc for cc in own if cc not in dateline] or own
    return (own or talked_about or countries)[0]


def one_per_listed_place(loc: Located, text: str, lang: str) -> list[Located]:
    """"Attacks on the towns of A, B and C": one incident per town, as ACLED and MUC code them.

    The first town keeps the sentence's tolls (they are not split by town in the text).
    """
    items = one_per_item(loc, text, lang)
    if len(items) > 1:
        return items
    listed = listed_places(loc.cand.places, text, lang)
    if len(listed) < 2:
        return [loc]
    first = Located(loc.cand, listed[0].place, True, loc.span, loc.date_explicit, list(loc.rules))
    rest = [Located(replace(loc.cand, casualties=[], zero=frozenset()), p.place, True, loc.span, loc.date_explicit,
                    [*loc.rules, "place.list"]) for p in listed[1:]]
    return [first, *rest]


def one_per_item(loc: Located, text: str, lang: str) -> list[Located]:
    """"Three bombs went off in the capital, one at the park, another at the university and a third at a bank":
    one incident per item, at the item's own place when it names one (a town or a province), else the clause's.

    Only elliptical items count: one with its own trigger or toll ("two soldiers were killed and one was hurt")
    is part of a sentence that tells one incident. The first item keeps the clause's tolls.
    """
    cand = loc.cand
    spans = [(cand.start + a, cand.start + b) for a, b in distributed_items(fold(text[cand.start:cand.end]), lang)]
    if len(spans) < 2 or any(a <= t.start < b for a, b in spans for t in cand.triggers) or any(
            a <= c.cue_start < b for a, b in spans for c in cand.casualties):
        return [loc]
    out = []
    for i, (a, b) in enumerate(spans):
        own = [p for p in cand.places if a <= p.hit.start < b and p.place.feature != "country"]
        place, explicit = (own[0].place, True) if own else (loc.place, loc.place_explicit)
        c = cand if i == 0 else replace(cand, casualties=[], zero=frozenset())
        out.append(Located(c, place, explicit, loc.span, loc.date_explicit, [*loc.rules, "incident.list"], item=i))
    return out


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




def tells_setting(located: list[Located], sentence, lang: str) -> bool:
    """Does the sentence, shortly after an incident, say where or when it happened ("The incident happened near
    X") or retell it from its attackers? Cheap: checked before the sentence's places and dates are read."""
    from flareup.geocode.cues import load_cues

    if not located or not 0 < sentence.index - located[-1].cand.sentence.index <= FOLLOW_UP_REACH:
        return False
    return bool(load_cues(lang).setting.find(sentence.text, fold(sentence.text)) or retells(sentence.text, lang))


def refine_from_setting(located: list[Located], sentence, places, hit, lang: str) -> None:
    """"Nine civilians died in Helmand province ... The incident happened near Lashkar Gah": a sentence that says
    where (and when) the incident just told happened, or retells it from its attackers ("The raiders stormed a
    boarding school in the village of X"), gives it its town when it had only a country or a province,
    and its date when it had none of its own. Only places inside what the incident had count."""
    if not tells_setting(located, sentence, lang):
        return
    told = located[-1].cand.sentence.index
    for k, loc in enumerate(located):
        if loc.cand.sentence.index != told:
            continue
        place = _finer(loc.place, places)
        dated = hit is not None and not only_duration(hit) and not loc.date_explicit
        if place is None and not dated:
            continue
        located[k] = replace(loc, place=place or loc.place, place_explicit=loc.place_explicit or place is not None,
                             span=hit.span if dated else loc.span, date_explicit=loc.date_explicit or dated,
                             rules=[*loc.rules, "place.setting"] + ([hit.hit.rule] if dated else []))


def _finer(old, places):
    """The first place of the setting sentence inside the incident's country or province and finer than it."""
    if old is not None and old.precision < 3:
        return None
    for p in places:
        new = p.place
        if new.feature == "country" or (old is not None and new.country != old.country):
            continue
        if old is None or old.feature == "country" or (new.precision < 3 and (not old.admin1 or new.admin1 == old.admin1)):
            return new
    return None
