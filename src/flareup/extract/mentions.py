"""One sentence -> the incidents it reports (usually one, sometimes none, sometimes two).

A candidate needs a trigger that names violence; weak triggers ("killed", "strikes") also need a
count or an armed actor, generic ones ("attacks") a count or a specific place. Modality cues
(threats, plans, denials, estimates ...) cancel it. Clauses split a sentence only where each part
has its own trigger and its own place ("a bomb killed 5 in Kabul while gunmen killed 3 in Herat").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from flareup.extract.actors import ActorHit, assign_roles, find_actors, nationals_striking, states_acting
from flareup.extract.casualties import (
    Casualty,
    find_casualties,
    list_joiners,
    names_people,
    reports_one_died,
    reports_one_killed,
    victim_span_ends,
    zero_counts,
)
from flareup.extract.modality import blocking_modality, scope_breaks
from flareup.extract.targets import physical_target
from flareup.extract.triggers import Trigger, find_triggers, material_evidence, non_violent_context
from flareup.lang.packs import load_pack
from flareup.model import PlaceHit, Sentence
from flareup.ontology import event_types, family_of, is_armed, rank_of
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold

_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
# ", San Antonio, ": a capitalised name between two listed towns is a place the gazetteer does not know there
_UNKNOWN_LISTED = re.compile(r"\s*,\s*(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*\s*,\s*")
_MODIFIER_CHARS = 5  # a word this long between a number and a trigger modifies it ("two separate attacks"), unlike "26 in"
_OWN_PLACE_CHARS = 12  # a place this close after a trigger ("attacks in Brussels") is that trigger's place


@dataclass
class Candidate:
    """What one clause says about one incident, before places and dates are attached."""

    sentence: Sentence
    start: int  # clause offsets within the sentence
    end: int
    triggers: list[Trigger]
    casualties: list[Casualty] = field(default_factory=list)
    actors: list[ActorHit] = field(default_factory=list)
    places: list[PlaceHit] = field(default_factory=list)
    perpetrator: ActorHit | None = None
    target: ActorHit | None = None
    zero: frozenset[str] = frozenset()  # kinds the clause reports as none ("no one was hurt")
    one_killed: bool = False  # "the mayor was shot dead": one death told without a number
    one_more: bool = False  # that death adds to those told before ("the driver was also killed")
    supplement: bool = False  # only a toll ("in all, 25 people died"): adds to the incident just told
    follows_up: bool = False  # names the people of the incident just told ("the attackers also ...", "the victims")
    lasting: bool = False  # tells an incident that lasts beyond a day ("ended a siege ... 13 hours after")
    response: bool = False  # tells a counter-strike only as a response ("the army responded with air strikes")
    route: bool = False  # places the incident on a road between towns ("travelling between A and B")
    one_died: bool = False  # "Navas died": one death told by a bare death word, of someone hurt in the incident just told
    summary: bool = False  # counts incidents ("in two attacks, 26 people died"): a summary of those told apart
    site: str | None = None  # the kind of site its act hit ("bank", "bus", "town_hall"): see targets.py

    @property
    def main_trigger(self) -> Trigger:
        strong = [t for t in self.triggers if not t.weak and not t.generic] or self.triggers
        return max(strong, key=lambda t: (rank_of(t.sub), -t.start))

    def count(self, kind: str) -> tuple[int, int, int] | None:
        """(best, low, high) for killed/injured in this clause: coordinated groups add up, subsets don't."""
        qs = [c for c in self.casualties if c.kind == kind and not c.subset and not c.cumulative]
        if not qs:
            if kind == "killed" and self.one_killed:
                return (1, 1, 1)
            return (0, 0, 0) if kind in self.zero else None
        more = [c for c in qs if c.additional]
        if more and len(more) < len(qs) + (kind == "killed" and self.one_killed):
            # "the minister was killed and two guards were also killed": the others add to the rest
            rest = [c for c in qs if not c.additional]
            base = self._total(rest) if rest else (1, 1, 1)
            extra = self._total(more)
            return tuple(a + b for a, b in zip(base, extra))
        return self._total(qs)

    @property
    def period_total(self) -> bool:
        """Its only counts are totals over a period ("so far this year, 12 have been killed"): no incident."""
        return any(c.cumulative for c in self.casualties) and all(c.cumulative for c in self.casualties)

    @property
    def adds_to_earlier(self) -> bool:
        """Every count in the clause is "also"/"other", or of the attackers themselves ("troops killed all five
        attackers"): it adds to the toll of the incident told before."""
        told = [c for c in self.casualties if c.kind == "killed" and not c.subset and not c.cumulative]
        return ((bool(told) and all(c.additional or c.attackers for c in told))
                or (not told and self.one_killed and self.one_more))

    @staticmethod
    def _total(qs: list[Casualty]) -> tuple[int, int, int]:
        updates = [c for c in qs if c.update]
        if updates:
            qs = updates[-1:]
        by_cue: dict[int, list] = {}
        for c in qs:
            by_cue.setdefault(c.cue_start, []).append(c.quantity)
        # groups counted with one cue add up ("32 soldiers and 26 fighters died"); separate cues in one
        # clause usually restate or split a total, so the largest wins, plus attackers reported apart
        sums = [(sum(q.best for q in g), sum(q.low for q in g), sum(q.high for q in g)) for g in by_cue.values()]
        attackers = {c.cue_start for c in qs if c.attackers}
        main = max((s for k, s in zip(by_cue, sums) if k not in attackers), default=(0, 0, 0))
        extra = [s for k, s in zip(by_cue, sums) if k in attackers]
        return (main[0] + sum(e[0] for e in extra), main[1] + sum(e[1] for e in extra), main[2] + sum(e[2] for e in extra))


@lru_cache(maxsize=None)
def _clause_breaks(lang: str) -> PhraseMatcher:
    return PhraseMatcher((b.strip(" ,"), 1) for b in load_pack(lang).toml("segment").get("clause_breaks", []))


def _clauses(text: str, folded: str, lang: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in re.finditer(r";\s", folded):
        cuts.append(m.end())
    for s, e, _ in _clause_breaks(lang).find(text, folded):
        cuts.append(s)
    cuts = sorted(set(cuts)) + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def find_candidates(sentence: Sentence, lang: str, places: list[PlaceHit], calm_document: bool = False,
                    pub_year: int | None = None, triggers: list[Trigger] | None = None,
                    armed_story: bool = False) -> list[Candidate]:
    """The incidents a sentence reports, each with its triggers, counts, actors and places.

    `calm_document`: the document's lead is about something non-violent (a fire, a quake, a death
    from illness), so only unambiguous violence or an armed actor makes an incident.
    `pub_year`: a trigger right after an earlier year ("the 2015 attacks") names history.
    `triggers`: the sentence's triggers when the caller has already found them.
    `armed_story`: the document names a non-state armed group, so "the bomb went off in <town>" needs
    no further support: in such a story an explosion or attack at a named town is one of theirs.
    """
    text = sentence.text
    folded = fold(text)
    triggers = find_triggers(text, lang, folded) if triggers is None else triggers
    # a trigger inside a history, threat or denial phrase ("a year after the attacks in Brussels") tells
    # no incident of its own; the sentence may still tell one with its other triggers
    set_aside = [t for t in triggers if blocking_modality(text, lang, folded, t.start, t.end, True, own_only=True)
                 or _after_earlier_year(folded, t.start, pub_year)]
    kept = [t for t in triggers if t not in set_aside
            and not (t.weak and _in_relative_clause_of(t, set_aside, text, folded, lang))]
    places = [p for p in places if not any(0 <= p.hit.start - t.end <= _OWN_PLACE_CHARS for t in set_aside)]
    triggers = kept
    if not triggers:
        return []
    casualties = find_casualties(text, lang, folded)
    actors = find_actors(text, lang, folded)
    states = [h for h in states_acting(text, lang, folded, places) + nationals_striking(text, lang, folded)
              if not any(a.start < h.end and h.start < a.end for a in actors)]
    actors = sorted(actors + states, key=lambda h: h.start) if states else actors
    groups = _group_clauses(_clauses(text, folded, lang), triggers, places)
    out = []
    for start, end in groups:
        inside = [t for t in triggers if start <= t.start < end]
        if not inside:
            continue
        cand = Candidate(sentence, start, end, inside,
                         casualties=[c for c in casualties if start <= c.cue_start < end],
                         actors=[a for a in actors if start <= a.start < end] or actors,
                         places=[p for p in places if start <= p.hit.start < end],
                         zero=frozenset(zero_counts(text[start:end], lang, folded[start:end])),
                         )
        cand.one_killed, cand.one_more = reports_one_killed(text[start:end], lang, folded[start:end])
        cand.follows_up, cand.lasting, cand.response, cand.route = follow_up_cues(text[start:end], folded[start:end], lang)
        cand.summary = any(t.generic and _counted(folded, t.start, lang) for t in inside)
        cand.site = physical_target(text, folded, lang, inside, start, end)
        incident = _is_incident(cand, text, folded, lang, calm_document, armed_story)
        cand.supplement = not incident and _is_toll_update(cand, text, folded, lang)
        if not incident and not cand.supplement and _tells_one_death(cand, text, folded, lang):
            cand.one_killed = cand.one_died = cand.supplement = True
        if incident or cand.supplement:
            victims = [_victim_span(c, folded, lang) for c in cand.casualties]
            cand.perpetrator, cand.target = assign_roles(
                text, lang, folded, cand.actors, [(t.start, t.end) for t in cand.triggers], victims,
                mutual=family_of(cand.main_trigger.sub) == "battle")
            out.append(cand)
    return out


def listed_places(places: list[PlaceHit], text: str, lang: str) -> list[PlaceHit]:
    """The longest run of town-precise places written as a list ("Anta, Pulluhuaman and Rosaspata")."""
    joiners = list_joiners(lang)
    towns = sorted((p for p in places if p.place.precision == 1), key=lambda p: p.hit.start)
    best: list[PlaceHit] = []
    run: list[PlaceHit] = []
    for p in towns:
        gap = fold(text[run[-1].hit.end:p.hit.start]).strip(" ,") if run else None
        same = run and p.place.geonameid == run[-1].place.geonameid
        listed = gap == "" or gap in joiners or _UNKNOWN_LISTED.fullmatch(text, run[-1].hit.end, p.hit.start) if run else False
        run = run + [p] if run and not same and listed else [p]
        best = run if len(run) > len(best) else best
    return best


@lru_cache(maxsize=None)
def _follow_up_matchers(lang: str) -> tuple[PhraseMatcher, ...]:
    data = load_pack(lang).toml("followup")
    return tuple(PhraseMatcher((p, True) for p in data.get(k, [])) for k in ("subjects", "lasting", "responses", "routes"))


def follow_up_cues(text: str, folded: str, lang: str) -> tuple[bool, bool, bool, bool]:
    """Does the clause name the people of an incident already told, an incident lasting beyond a day, a
    counter-strike told only as a response, or a route? (See the pack's followup.toml.)"""
    return tuple(bool(m.find_all(text, folded)) for m in _follow_up_matchers(lang))  # type: ignore[return-value]


@lru_cache(maxsize=None)
def _retellers(lang: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in load_pack(lang).toml("followup").get("retellers", []))


def retells(text: str, lang: str) -> bool:
    """Does the sentence open with the attackers of the incident just told ("The attackers burned a dormitory at the
    school in X")? It retells that act in its own words, so its place and date are the incident's."""
    opening = " ".join(fold(text).strip(" \t\n\"'-").split())
    return any(opening.startswith(r + " ") for r in _retellers(lang))


@lru_cache(maxsize=None)
def _number_words(lang: str) -> frozenset[str]:
    units = load_pack(lang).toml("numbers").get("units", {})
    return frozenset(fold(w) for w, v in units.items() if isinstance(v, int) and v > 1)


def _counted(folded: str, start: int, lang: str) -> bool:
    """A number of more than one right before a plural trigger, perhaps with one word between ("two attacks",
    "twee afzonderlijke aanslagen"): the clause counts incidents."""
    words = folded[max(0, start - 40):start].split()[-2:]
    number = lambda w: (w.isdigit() and int(w) > 1) or w in _number_words(lang)  # noqa: E731
    return bool(words) and (number(words[-1]) or (len(words) == 2 and number(words[0]) and len(words[1]) >= _MODIFIER_CHARS))


@lru_cache(maxsize=None)
def _distributive(lang: str) -> tuple[re.Pattern, frozenset[str]] | None:
    pack = load_pack(lang)
    data = pack.toml("segment").get("distributive")
    if not data:
        return None
    numbers = [w for w, v in pack.toml("numbers").get("units", {}).items() if isinstance(v, int) and v > 1]
    openers = sorted({fold(w) for w in [*data.get("openers", []), *numbers]}, key=len, reverse=True)
    preps = sorted({fold(w) for w in data.get("prepositions", [])}, key=len, reverse=True)
    alt = lambda ws: "|".join(re.escape(w) for w in ws)  # noqa: E731
    pattern = re.compile(rf"(?<![\w'])(?:{alt(openers)}|\d+)(?: [\w-]+)? (?:{alt(preps)})(?![\w'])")
    return pattern, frozenset(fold(j) for j in list_joiners(lang))


def distributed_items(folded: str, lang: str) -> list[tuple[int, int]]:
    """"Three bombs went off, one at the park, another at the university and a third at a bank": the spans of a
    list whose items each open with "one", "another", "a third" or a count and a preposition; each item is an
    incident of its own. Every item after the first must follow a comma or a list joiner."""
    found = _distributive(lang)
    if found is None:
        return []
    pattern, joiners = found
    starts = [m.start() for m in pattern.finditer(folded)]
    items: list[int] = []
    for s in starts:
        before = folded[:s].rstrip()
        words = before.split()
        listed = before.endswith(",") or (bool(words) and words[-1] in joiners)
        if items and listed:
            items.append(s)
        elif not items or not listed:
            if len(items) >= 2:
                break
            items = [s]
    if len(items) < 2:
        return []
    ends = [*items[1:], len(folded)]
    return list(zip(items, ends))


def _in_relative_clause_of(t: Trigger, others: list[Trigger], text: str, folded: str, lang: str) -> bool:
    """Is the weak trigger in a relative clause of a set-aside one ("the 2015 attacks that killed 130")?"""
    breaks = scope_breaks(text, lang, folded)
    return any(o.end <= t.start and len(folded[o.end:t.start].split()) <= 8
               and any(o.end <= b < t.start for b in breaks) for o in others)


def _after_earlier_year(folded: str, start: int, pub_year: int | None) -> bool:
    """Does a year before the publication year stand right before the trigger ("the 2015 attacks")?"""
    m = _YEAR_BEFORE.search(folded[max(0, start - 12):start])
    return bool(m and pub_year and int(m.group(1)) < pub_year)


def _victim_span(c: Casualty, folded: str, lang: str) -> tuple[int, int]:
    """Where the counted people are named: between count and cue, or after the count when the cue comes first."""
    q = c.quantity
    if c.cue_start >= q.end:
        return q.start, c.cue_start
    rest = folded[q.end:q.end + 60]
    stop = re.search(r"[,;:.()]", rest)
    end = stop.start() if stop else len(rest)
    for s, _, _ in victim_span_ends(lang).find(rest[:end]):  # "killing 5 people in Kabul": the place ends it
        end = min(end, s)
    return q.start, q.end + end


def _group_clauses(clauses, triggers, places) -> list[tuple[int, int]]:
    """Join clauses back unless a clause has both its own strong trigger and its own, different place."""
    groups: list[list[int]] = []
    for start, end in clauses:
        own_trigger = any(start <= t.start < end and not t.weak for t in triggers)
        own_places = {p.place.geonameid or p.place.name for p in places if start <= p.hit.start < end}
        if groups:
            g_places = {p.place.geonameid or p.place.name for p in places if groups[-1][0] <= p.hit.start < groups[-1][1]}
            g_trigger = any(groups[-1][0] <= t.start < groups[-1][1] for t in triggers)
            if not (own_trigger and own_places and g_trigger and g_places and not own_places & g_places):
                groups[-1][1] = end
                continue
        groups.append([start, end])
    return [(a, b) for a, b in groups]


def _is_toll_update(c: Candidate, text: str, folded: str, lang: str) -> bool:
    """A sentence that only gives a toll ("In totaal kwamen zeker 25 mensen om") for an incident told before."""
    counted = any(x.kind in ("killed", "injured") for x in c.casualties)
    only_outcome = all(t.outcome for t in c.triggers)
    t = c.main_trigger
    return counted and only_outcome and blocking_modality(text, lang, folded, t.start, t.end, True) is None


def _tells_one_death(c: Candidate, text: str, folded: str, lang: str) -> bool:
    """"Navas died", "the mayor died in hospital": only outcome words, no count, one person dying; not a death
    explained away ("died of cancer", "aged 84") and not a threat or a denial."""
    if c.casualties or not all(t.outcome for t in c.triggers) or non_violent_context(text, lang, folded, strict=True):
        return False
    part, fpart = text[c.start:c.end], folded[c.start:c.end]
    if not (reports_one_died(part, lang, fpart) or reports_one_killed(part, lang, fpart)[0]):
        return False
    t = c.main_trigger
    return blocking_modality(text, lang, folded, t.start, t.end, True) is None


def _is_incident(c: Candidate, text: str, folded: str, lang: str, calm_document: bool,
                 armed_story: bool = False) -> bool:
    has_count = any(x.kind in ("killed", "injured", "abducted") and not x.cumulative for x in c.casualties)
    armed = any(is_armed(a.actor.type) for a in c.actors)
    specific_place = any(p.place.precision <= 2 for p in c.places)
    local_place = any(p.place.feature != "country" for p in c.places)  # a town or a province, not a whole country
    violent_words = {fold(t.text) for t in c.triggers if not t.outcome}
    strong = [t for t in c.triggers if not t.weak and not t.generic]
    clear = [t for t in strong if not t.ambiguous]
    # a bomb, a shooting or an arson (not a shell or a rocket, often something else) is real when it did damage or
    # used weapons, or when it is told as news (not "the attack") in a story about an armed group
    at_scene = event_types().get("at_the_scene", {}).get("sub_event_types", ())
    hands_on = [t for t in strong if t.sub in at_scene]
    told_anew = armed_story and any(not t.anaphoric and not t.reference for t in hands_on)
    material = bool(hands_on) and material_evidence(text, lang, folded, [(t.start, t.end) for t in hands_on])
    # people hurt ("more casualties in an explosion west of X") or fighting at a named town ("clashes in X and
    # Y countryside") is violence told as news, even without a number
    harmed = any(t.outcome and not t.anaphoric for t in c.triggers)
    fought_at = any(family_of(t.sub) == "battle" and not t.anaphoric and p.place.feature != "country"
                    and 0 <= p.hit.start - t.end <= _OWN_PLACE_CHARS
                    for t in strong for p in c.places)
    support = (has_count or armed or len(violent_words) >= 2 or material or told_anew or harmed or fought_at
               or (armed_story and specific_place and local_place))
    weak = [t for t in c.triggers if t.weak and not t.outcome]
    outcome = [t for t in c.triggers if t.outcome]
    generic = [t for t in c.triggers if t.generic]
    victim = any(t.sub in ("killing", "murder") for t in weak) and names_people(text, lang, folded)
    killed = any(x.kind == "killed" for x in c.casualties)
    if not killed and any(a.actor.type == "protesters" for a in c.actors):
        return False  # demonstrators clashing with police is a protest or riot, not one of our event families
    if not (clear or (strong and support) or (weak and (has_count or armed or specific_place or victim))
            or (generic and (has_count or specific_place)) or (outcome and has_count and (armed or local_place))):
        return False
    explained = non_violent_context(text, lang, folded, strict=calm_document)
    calm = calm_document or bool(explained)
    # an unambiguous weapon that hurt people ("a grenade was thrown into the crowd, wounding nine") is violence
    # even in a sentence about a match or a campaign; in a story about a fire or a quake it needs an armed actor
    if (calm and not (armed and (clear or has_count)) and not (clear and not explained)
            and not (clear and has_count and not calm_document)):
        return False
    t = c.main_trigger
    return blocking_modality(text, lang, folded, t.start, t.end, has_count) is None
