"""Within one document: the candidates that tell the same incident (headline, lead, body) become one event."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace

from flareup.dates.events import MAX_EVENT_DAYS
from flareup.extract.actors import LEFT_OVER, ActorHit, generic, joined
from flareup.extract.casualties import zero_counts
from flareup.extract.mentions import Candidate
from flareup.geodesy import great_circle_km
from flareup.model import Event, Evidence, Place, Sentence, TimeSpan
from flareup.ontology import actors, event_types, family_of, is_armed, is_non_state, rank_of
from flareup.text.normalize import fold

_SAME_PLACE_KM = 50.0
_DEATH_AFTER_DAYS = 31  # a bare death this long after an attack may still be of its wounds
# a sentence this many after an incident's last one may still tell more of it: a toll, "no one was hurt",
# where it took place, more of a past incident just recalled
FOLLOW_UP_REACH = 2
_LASTING_GAP_DAYS = 1  # a siege told from its end may be dated the day after it began
_SAME_TOWN_KM = 10.0  # two differently named towns farther apart are separate scenes (ACLED and MUC code each town)
# generic words a story uses for the group it is about ("the guerrillas", "the terrorists"): they mean that group
_STORY_GENERICS = ("rebels", "terrorists")
_ABDUCTION = "abduction"
_BATTLE = "battle"


@dataclass
class Located:
    """A candidate with the place and date it was resolved to, and how (explicit or inherited)."""

    cand: Candidate
    place: Place | None
    place_explicit: bool
    span: TimeSpan | None
    date_explicit: bool
    rules: list[str] = field(default_factory=list)
    item: int | None = None  # its place in a list of incidents told in one clause ("one at X, another at Y")


def add_zero_report(located: list[Located], sentence: Sentence, lang: str) -> None:
    """"A bomb went off at the bank. No one was hurt.": a sentence that tells no incident of its own but
    reports nobody killed or hurt speaks of the incident just told, whose toll is then 0, not unknown."""
    if not located or sentence.index - located[-1].cand.sentence.index > FOLLOW_UP_REACH:
        return
    kinds = zero_counts(sentence.text, lang, fold(sentence.text))
    if kinds:
        last = located[-1]
        located[-1] = replace(last, cand=replace(last.cand, zero=last.cand.zero | kinds))


def _sentences_after(group: list[Located], x: Located) -> int:
    """How many sentences after the incident's last mention x stands."""
    return x.cand.sentence.index - max(y.cand.sentence.index for y in group)


def _places_agree(a: Place | None, b: Place | None) -> bool | None:
    """True/False when both places are known, None when one is missing."""
    if a is None or b is None:
        return None
    if a.country != b.country:
        return False
    if a.feature == "country" or b.feature == "country":
        return True
    if a.precision == 3 or b.precision == 3:  # a province: its own towns agree, another province's do not
        return a.admin1 == b.admin1 if a.admin1 and b.admin1 else None
    if a.geonameid == b.geonameid:
        return True
    km = great_circle_km(a.lat, a.lon, b.lat, b.lon)
    if a.precision == 1 and b.precision == 1 and a.name != b.name:
        return km <= _SAME_TOWN_KM
    return km <= _SAME_PLACE_KM


def _told_apart(y: Located, x: Located) -> bool:
    """A clause that lists its towns ("attacks on A, B and C") or its incidents ("one at the park, another at
    the bank") told one incident per item: they stay apart however close their places are."""
    if y.cand.sentence.index != x.cand.sentence.index or y.cand.start != x.cand.start:
        return False
    if y.item is not None and x.item is not None and y.item != x.item:
        return True
    return y.place is not None and x.place is not None and y.place.geonameid != x.place.geonameid


def _new_site(group: list[Located], x: Located) -> bool:
    """"A bomb exploded at a bank ... A device damaged the offices of the electoral council": an act told in a
    sentence of its own that hit a site other than every site the incident hit is another incident, even in the
    same town, unless its words point back ("the blast", "the attack") or it only adds a toll."""
    sites = {y.cand.site for y in group if y.cand.site}
    if not x.cand.site or not sites or x.cand.site in sites:
        return False
    if any(t.anaphoric for t in x.cand.triggers) or x.cand.supplement or x.cand.follows_up:
        return False
    return all(y.cand.sentence.index != x.cand.sentence.index for y in group)


def _compatible(group: list[Located], x: Located) -> bool:
    if x.cand.summary or any(y.cand.summary for y in group):  # a summary of incidents told apart merges none of them
        return False
    if _new_site(group, x):
        return False
    for y in group:
        agree = _places_agree(y.place, x.place) if (y.place_explicit and x.place_explicit) else None
        if agree is False or _told_apart(y, x):
            return False
        inherited = not (x.place_explicit and y.place_explicit) and (x.cand.supplement or y.cand.supplement)
        if x.place and y.place and x.place.country != y.place.country and not inherited:  # a bare toll's place is borrowed
            return False
        if (y.date_explicit and x.date_explicit and y.span and x.span and not y.span.overlaps(x.span)
                and not (_counted_later(x) or _counted_later(y)) and not _lasts_across(y, x)):
            return False
        p1, p2 = y.cand.perpetrator, x.cand.perpetrator
        if (p1 and p2 and p1.actor.key != p2.actor.key and "unidentified_armed_group" not in (p1.actor.type, p2.actor.type)
                and not ((p1.country or p2.country) and _actor_name(p1, None) == _actor_name(p2, None))
                and not _same_side(y, x)):
            # a country named as actor ("Russia attacked") is the same as its forces ("Russian drones")
            return False
        k1, k2 = y.cand.count("killed"), x.cand.count("killed")
        if (k1 and k2 and k1[0] != k2[0] and not agree and not x.cand.adds_to_earlier
                and not (x.cand.casualties and any(c.update for c in x.cand.casualties))):
            return False
    return True


def _lasts_across(y: Located, x: Located) -> bool:
    """"Forces ended the siege on Friday, 13 hours after gunmen stormed the hotel": an incident that lasts beyond
    a day is told on the day it began and on the day it ended."""
    if not (y.cand.lasting or x.cand.lasting) or y.span is None or x.span is None:
        return False
    gap = max(y.span.start, x.span.start) - min(y.span.end, x.span.end)
    return gap.days <= _LASTING_GAP_DAYS


def _same_side(y: Located, x: Located) -> bool:
    """"Al-Shabaab stormed the hotel ... the militants set off a bomb": a generic armed group ("the militants",
    "rebels") is the named non-state group told beside it, unless it is told killing someone of its own ("the
    guerrillas also killed the attorney general": another victim, another incident)."""
    a, b = y.cand.perpetrator.actor, x.cand.perpetrator.actor
    loose = x if generic(b) else y
    return (is_non_state(a.type) and is_non_state(b.type) and generic(a) != generic(b)
            and loose.cand.count("killed") is None)


def _counted_later(x: Located) -> bool:
    """"The death toll from the strike on Odesa rose to 20 on Saturday": an updated toll's date is when it was
    counted, not when the incident happened."""
    return any(c.update for c in x.cand.casualties)


def _refers_back(x: Located) -> bool:
    """A mention with no count, date or specific place of its own tells more of the incident just told:
    an anaphoric one ("the attack was claimed by ...") or one that names no one either ("it was a bloodbath")."""
    specific = x.place_explicit and x.place is not None and x.place.precision < 3
    bare = not (x.cand.perpetrator or x.cand.target or x.place_explicit)
    return ((x.cand.main_trigger.anaphoric or bare) and not specific and not x.date_explicit
            and x.cand.count("killed") is None and x.cand.count("injured") is None)


def _period_total(x: Located) -> bool:
    """"Since January, 2,640 people died in attacks", "so far this year 12 have been killed": a toll over weeks
    or months names no incident."""
    return x.cand.period_total or (x.date_explicit and x.span is not None and x.span.days > MAX_EVENT_DAYS
                                   and all(t.generic or t.outcome for t in x.cand.triggers))


def _only_reference(x: Located) -> bool:
    """Every violent word uses an incident as a time or a cause ("since the attack"): it tells none, unless
    it dates that incident ("following the murder of the senator on 18 August"): that names one inside the
    report window (older ones are history and never get here)."""
    told = [t for t in x.cand.triggers if not t.outcome]
    return bool(told) and all(t.reference for t in told) and not (x.date_explicit and x.span is not None and x.span.days <= 1)


def _told_as_other(x: Located) -> bool:
    """"Another bomb exploded at ...", "in a separate incident, ...": the text itself says this is a new incident."""
    return any(t.other for t in x.cand.triggers)


def _own_scene(group: list[Located], x: Located) -> bool:
    """Does the mention name a place or a date of its own, other than the incident's?"""
    place = x.place_explicit and any(y.place_explicit and _places_agree(y.place, x.place) is False for y in group)
    date = x.date_explicit and not any(y.span and x.span and (y.span.overlaps(x.span) or _lasts_across(y, x))
                                       for y in group)
    return place or date


def _attackers_hit(x: Located) -> bool:
    """"The gunman was shot dead by police": the one hit is the unnamed attacker of the incident just told."""
    t, p = x.cand.target, x.cand.perpetrator
    return (t is not None and t.actor.type == "unidentified_armed_group"
            and (p is None or not is_non_state(p.actor.type)))


def _tells_more(group: list[Located], x: Located) -> Located | None:
    """A mention close after an incident, with no place or date of its own, that names its people ("the attackers
    also set fire to houses", "the gunman was shot dead by police"), restates its toll ("'We recovered 43 bodies,'
    said ...") or tells some of its victims ("Two students were found dead") tells more of that incident: the
    mention as it joins it, or None when it tells another."""
    if _sentences_after(group, x) > FOLLOW_UP_REACH or _own_scene(group, x):
        return None
    if _attackers_hit(x):  # the police who shot the attacker did not carry out the attack; the attacker adds to the toll
        return replace(x, cand=replace(x.cand, perpetrator=None, one_more=x.cand.one_killed))
    if x.cand.follows_up:
        return x
    if _told_as_other(x):
        return None
    perp = x.cand.perpetrator
    named = perp is not None and not perp.rule.endswith(LEFT_OVER)
    killed = x.cand.count("killed")
    if killed and all(t.outcome for t in x.cand.triggers) and not named:  # a restated toll; the actor named is its source
        return replace(x, cand=replace(x.cand, perpetrator=None))
    told = [k[0] for y in group if (k := y.cand.count("killed"))]
    if killed and told and killed[0] < max(told) and not named and all(t.weak or t.outcome for t in x.cand.triggers):
        return x  # deaths told, no new act

    return None


def group_incidents(located: list[Located]) -> list[list[Located]]:
    """Greedy, in text order: each candidate joins the most recent compatible incident, or starts one.

    A toll over months names no incident. A bare toll, a mention that only uses an incident as a time
    ("after the attack") and one with nothing of its own ("the attack was claimed by ...") tell more of
    the incident just told, as does one that names its people, restates its toll or tells some of its victims
    (`_tells_more`); an anaphoric one naming a place no incident has ("the bus was on the road between A and B when
    it hit the mine") tells more of the incident just told, in words that name no scene. A counter-strike told only
    as a response tells none. One the text calls another ("another bomb exploded ...") starts its own. A summary
    that counts incidents ("in two attacks, 26 died") is kept apart, and dropped when the text tells them apart;
    when it does not, the summary is read as the incident told.
    """
    groups = _group(located)
    told = [g for g in groups if not g[0].cand.summary]
    if len(told) == len(groups):
        return groups
    if len(told) < 2:
        return _group([replace(x, cand=replace(x.cand, summary=False)) if x.cand.summary else x for x in located])
    return _without_summaries(groups)


def _group(located: list[Located]) -> list[list[Located]]:
    """The greedy pass of `group_incidents`."""
    groups: list[list[Located]] = []
    for x in located:
        if _period_total(x):
            continue
        if groups and _mere_response(x):
            continue
        if x.cand.supplement:  # a bare toll belongs to the incident just told, or to none
            if groups and (not x.cand.one_died or _death_of_just_told(groups[-1], x)) and all(_places_agree(y.place, x.place) is not False for y in groups[-1] if x.place_explicit):
                groups[-1].append(x)
            continue
        if _only_reference(x):  # "police found him in Neudorf shortly after the attack": not where it happened
            if groups:
                groups[-1].append(replace(x, place=None, place_explicit=False))
            continue
        if groups and _refers_back(x) and not _new_site(groups[-1], x):
            groups[-1].append(x)
            continue
        if (groups and not x.cand.summary and not groups[-1][0].cand.summary and not _new_site(groups[-1], x)
                and (more := _tells_more(groups[-1], x))):
            groups[-1].append(more)
            continue
        if _told_as_other(x) or x.cand.summary:
            groups.append([x])
            continue
        for g in reversed(groups):
            if _compatible(g, x):
                g.append(x)
                break
        else:
            if groups and _anaphoric_aside(groups[-1], x):
                groups[-1].append(replace(x, place=None, place_explicit=False))
            else:
                groups.append([x])
    return groups


def _death_of_just_told(group: list[Located], x: Located) -> bool:
    """"Navas died": a bare death tells the end of someone hurt in the incident just told, so it must follow it
    closely and not be dated apart from it ("Gomez died in 1995")."""
    near = _sentences_after(group, x) <= FOLLOW_UP_REACH
    spans = [y.span for y in group if y.span]
    dated_apart = x.date_explicit and x.span is not None and spans and all(
        (x.span.start - s.end).days > _DEATH_AFTER_DAYS or (s.start - x.span.end).days > 0 for s in spans)
    return near and not dated_apart


def _without_summaries(groups: list[list[Located]]) -> list[list[Located]]:
    """"Two attacks killed 26 yesterday. In Kabul ... Later that day in Jalalabad ...": once the text tells the
    incidents apart, their summary is no event of its own; its date and place date and place those that have none."""
    told = [g for g in groups if not g[0].cand.summary]
    summaries = [x for g in groups if g[0].cand.summary for x in g]
    dated = [x for x in summaries if x.date_explicit and x.span]
    placed = [x for x in summaries if x.place_explicit and x.place]
    if dated:
        day = min(dated, key=lambda x: x.span.days).span
        told = [g if any(x.date_explicit for x in g) else
                [replace(x, span=day) for x in g] for g in told]
    if placed:
        where = min(placed, key=lambda x: x.place.precision).place
        told = [g if any(x.place_explicit for x in g) else
                [replace(x, place=where) if x.place and x.place.country == where.country else x for x in g] for g in told]
    return told


def _mere_response(x: Located) -> bool:
    """"The army responded with air strikes on the group's hideouts": a counter-strike with no place, date or toll
    of its own reports no incident."""
    return (x.cand.response and not x.place_explicit and not x.date_explicit
            and x.cand.count("killed") is None and x.cand.count("injured") is None)


def _anaphoric_aside(group: list[Located], x: Located) -> bool:
    """"The bus was travelling between Kandahar and Herat when it hit the mine", "India blamed Pakistan for the
    attack; Islamabad denies any role": an anaphoric mention with no count or date, close after an incident, whose
    place is a route or lies in another country (a party's capital) names no scene of its own."""
    near = _sentences_after(group, x) <= FOLLOW_UP_REACH
    abroad = x.place is not None and all(y.place is not None and y.place.country != x.place.country for y in group)
    return (near and x.cand.main_trigger.anaphoric and not x.cand.main_trigger.generic and not x.date_explicit
            and not _told_as_other(x) and x.cand.count("killed") is None and x.cand.count("injured") is None
            and (x.cand.route or abroad))


def _killing_told(group: list[Located], lang: str) -> str | None:
    """The killing that names an incident also told as an abduction when one clause tells both as one act, with its
    toll ("gunmen abducted and killed 11 miners"). A hostage later found dead stays an abduction."""
    def kills(t) -> bool:
        return t.sub != _ABDUCTION and not t.generic

    for loc in group:
        text = fold(loc.cand.sentence.text)
        abducted = [t for t in loc.cand.triggers if t.sub == _ABDUCTION]
        for t in loc.cand.triggers:
            if loc.cand.count("killed") and kills(t) and any(joined(lang, text[min(a.end, t.end):max(a.start, t.start)])
                                                          for a in abducted):
                return t.sub
    return None


def _sub_event(group: list[Located], target: ActorHit | None, perp: ActorHit | None, lang: str) -> str:
    """The highest-ranked trigger names the incident, but one first told with its toll keeps its name when a later
    mention with no deaths of its own only adds some abducted ("six students were abducted"): a deadly attack is
    no abduction for the few taken. An attack on an armed target is a battle. An
    unidentified armed group is the target only when someone known attacked it: otherwise it is the
    unnamed attacker read in the target's place ("gunmen killed the judge")."""
    first = group[0].cand
    if first.count("killed") and not first.supplement and not any(c.update for c in first.casualties):
        group = [loc for loc in group if loc.cand.count("killed") or loc.cand.main_trigger.sub != _ABDUCTION]
    if _sided_clash(first):  # "fighting between M23 and the army killed 15 ... as shells landed": still the clash
        group = [loc for loc in group if loc.cand is first or loc.cand.count("killed")
                 or family_of(loc.cand.main_trigger.sub) == _BATTLE or loc.cand.perpetrator is not None]
    trig = max((loc.cand.main_trigger for loc in group), key=lambda t: (not t.weak, rank_of(t.sub)))
    sub = trig.sub
    if sub == _ABDUCTION:
        sub = _killing_told(group, lang) or sub
    unnamed = target is not None and target.actor.type == "unidentified_armed_group" and (
        perp is None or perp.actor.type == "unidentified_armed_group")
    if target is not None and is_armed(target.actor.type) and not unnamed:
        sub = event_types().get("armed_target_override", {}).get(sub, sub)
    return sub


def _sided_clash(cand: Candidate) -> bool:
    """A clash first told with both its armed sides and its toll: a later mention that kills no one and names no
    attacker of its own ("as shells landed in the town") tells how it was fought, it does not rename it."""
    return (family_of(cand.main_trigger.sub) == _BATTLE and bool(cand.count("killed")) and not cand.supplement
            and cand.perpetrator is not None and cand.target is not None
            and is_armed(cand.perpetrator.actor.type) and is_armed(cand.target.actor.type))


def _most_common(hits: list[ActorHit]) -> ActorHit | None:
    if not hits:
        return None
    counts = Counter(h.actor.key for h in hits)
    best = max(counts.values())
    return next(h for h in hits if counts[h.actor.key] == best)


def _count(group: list[Located], kind: str) -> tuple[int | None, int | None, int | None]:
    """Totals told twice are one total: take the largest (a rising toll wins), never the sum; only deaths
    told as more ("the driver was also killed") add to it."""
    more = kind == "killed"
    counts = [c for loc in group if (c := loc.cand.count(kind)) and not (more and loc.cand.adds_to_earlier)]
    extra = [c for loc in group if more and loc.cand.adds_to_earlier and (c := loc.cand.count(kind))]
    if not counts:
        counts, extra = extra, []
    if not counts:
        return None, None, None
    best = max(counts, key=lambda c: c[0])
    low = min(c[1] for c in counts if c[0] == best[0])
    high = max(c[2] for c in counts)
    return best[0] + sum(c[0] for c in extra), low + sum(c[1] for c in extra), high + sum(c[2] for c in extra)


def build_event(doc_id: str, lang: str, group: list[Located], context_actor: ActorHit | None,
                named_group: ActorHit | None = None, claimed_by: ActorHit | None = None) -> Event:
    """One event from the candidates of one incident; every field keeps the sentence it came from.

    `context_actor` fills a perpetrator the incident leaves implicit; `named_group` (the armed group
    the document is about) replaces generic rebels ("the guerrillas") and stands in when nobody is named;
    `claimed_by` (a group a later sentence claims or blames it for) beats an unnamed or generic attacker.
    """
    perps = [p for loc in group if (p := loc.cand.perpetrator)]
    if any(not p.rule.endswith(LEFT_OVER) for p in perps):  # "X is responsible for the attack" beats an actor merely named
        perps = [p for p in perps if not p.rule.endswith(LEFT_OVER)]
    if any(not generic(p.actor) and is_non_state(p.actor.type) for p in perps):  # "the terrorists" are the group named
        perps = [p for p in perps if not (generic(p.actor) and is_non_state(p.actor.type))]
    perp = _most_common(perps)
    rules: list[str] = [r for loc in group for r in loc.rules]
    if claimed_by is not None and (perp is None or _unnamed(perp)):
        perp = claimed_by  # "Militants attacked a boat ... JNIM claimed responsibility": the claim names them
        rules.append("actor1.claimed_later")
    told_target = _most_common([t for loc in group if (t := loc.cand.target)])
    if perp is None and told_target is not None and told_target.actor.type == "unidentified_armed_group":
        perp = told_target  # nobody is said to act: the unnamed gunmen read in the target's place are the attackers
        rules.append("actor1.unnamed_target")
    if perp is None and context_actor is not None and (told_target is None or told_target.actor.key != context_actor.actor.key):
        perp = context_actor
        rules.append("context.actor1")
    if named_group is not None and perp is not None and perp.actor.key in _STORY_GENERICS:
        perp = named_group
        rules.append("context.actor1.named_group")
    elif (named_group is not None and perp is None
          and (told_target is None or told_target.actor.key not in (named_group.actor.key, *_STORY_GENERICS))):
        perp = named_group  # nothing in or near the incident says who acted: the group the story is about
        rules.append("context.actor1.document_group")
    target = _most_common([t for loc in group if (t := loc.cand.target) and (not perp or t.actor.key != perp.actor.key)])
    sub = _sub_event(group, target, perp, lang)
    named_perp = perp is not None
    if perp is None and sub in event_types().get("unnamed_attacker", {}).get("sub_event_types", ()):
        perp = _unnamed_attacker(group)  # "a bomb exploded at the bank": someone planted it, nobody says who
        rules.append("actor1.unnamed_attacker")
    told = [loc for loc in group if not loc.cand.supplement] or group  # a later toll says when it was counted, not when it happened
    places = [loc for loc in told if loc.place]
    where = min(places, key=lambda loc: (not loc.place_explicit, loc.place.precision)) if places else None
    dates = [loc for loc in told if loc.span]
    when = min(dates, key=lambda loc: (not loc.date_explicit, _counted_later(loc), loc.span.days)) if dates else None
    place = where.place if where else None
    span = when.span if when else None
    country_name = place.country_name if place else None
    killed = _count(group, "killed")
    injured = _count(group, "injured")
    evidence, seen = [], set()
    for loc in group:
        s = loc.cand.sentence
        if s.index not in seen:
            seen.add(s.index)
            evidence.append(Evidence(doc_id, s.start, s.end, s.text))
    for loc in group:
        rules.extend(t.rule for t in loc.cand.triggers)
        rules.extend(c.rule for c in loc.cand.casualties)
    first = group[0].cand
    key = f"{doc_id}|{first.sentence.index}|{first.start}"
    conf = 0.45 + 0.15 * any(not t.weak for loc in group for t in loc.cand.triggers) + 0.1 * (killed[0] is not None) \
        + 0.1 * bool(place and where.place_explicit) + 0.1 * named_perp + 0.05 * bool(when and when.date_explicit)
    return Event(
        event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        doc_ids=[doc_id],
        event_type=family_of(sub),
        sub_event_type=sub,
        date_start=span.start.isoformat() if span else None,
        date_end=span.end.isoformat() if span else None,
        time_precision=span.precision if span else None,
        country=place.country if place else None,
        country_name=country_name,
        admin1=place.admin1 if place else None,
        location=place.name if place else None,
        geonameid=place.geonameid if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geo_precision=place.precision if place else None,
        actor1=_actor_name(perp, country_name) if perp else None,
        actor1_type=perp.actor.type if perp else None,
        actor2=_actor_name(target, country_name) if target else None,
        actor2_type=target.actor.type if target else None,
        killed=killed[0], killed_low=killed[1], killed_high=killed[2],
        injured=injured[0], injured_low=injured[1], injured_high=injured[2],
        evidence=evidence,
        confidence=round(min(conf, 0.95), 2),
        lang=lang,
        rules=sorted(set(rules)),
    )


def _unnamed(hit: ActorHit) -> bool:
    """An attacker the incident only names by kind ("militants", "gunmen") or only mentions without a role."""
    return hit.rule.endswith(LEFT_OVER) or (generic(hit.actor) and is_non_state(hit.actor.type))


def _unnamed_attacker(group: list[Located]) -> ActorHit:
    """The unidentified armed group that carried out an incident nobody is said to have carried out."""
    first = group[0].cand
    return ActorHit(first.start, first.start, "", actors()["unidentified"], "actor1.unnamed_attacker")


def _actor_name(hit: ActorHit, country_name: str | None) -> str:
    """The actor's name; a per-country actor takes its own nationality ("Russian warplanes") before the event's country."""
    if hit.country:
        from flareup.geocode import load_gazetteer

        own = load_gazetteer().country_place(hit.country)
        if own is not None:
            return hit.actor.name(own.country_name)
    return hit.actor.name(country_name)
