"""Document-level context for a sentence's incidents: what the story is about, when it was filed,
which armed group it concerns, who acted when a sentence leaves it implicit."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from flareup.extract.actors import ActorHit, claimant
from flareup.extract.incidents import Located
from flareup.extract.triggers import Trigger, non_violent_context
from flareup.ontology import is_armed
from flareup.text.normalize import fold

DATELINE = re.compile(r"^[^\n]{0,80}?\d[^\n]{0,40}?\s(?:--|\u2014|\u2013)\s")  # "CITY, 3 JAN 90 (AFP) -- "
CONTEXT_SENTENCES = 2  # how far back an implicit perpetrator is looked for
_NAMED_GROUP_TYPES = {"rebel_group", "militia"}
_GENERIC_GROUPS = {"rebels", "paramilitary", "unidentified", "terrorists"}
CLAIM_REACH = 3  # a claim this many sentences after an incident, with none told between, is a claim of it


def calm_lead(lead: list, lead_triggers: list[list[Trigger]], lang: str) -> bool:
    """Is the story about something non-violent (a fire, a quake, an illness, an obituary)? Its lead says so and
    names no violence; or its first sentence says so, names at most a death, and the rest of the lead names only
    words that are often figurative: in "the general died aged 91. He was shot twice in the battle for Goose
    Green" the violence belongs to the story of a life."""
    if not any(non_violent_context(s.text, lang, fold(s.text)) for s in lead):
        return False
    strong = [t for found in lead_triggers for t in found if not t.weak]
    if not strong:
        return True
    opens_calm = (all(t.outcome for t in lead_triggers[0])
                  and bool(non_violent_context(lead[0].text, lang, fold(lead[0].text))))
    return opens_calm and all(t.ambiguous for t in strong)


def without_dateline(text: str) -> str:
    """The first sentence with its wire dateline ("SAN SALVADOR, 3 JAN 90 (AFP) --") blanked out.

    A dateline's date is when the story was filed, not when the incident happened.
    """
    m = DATELINE.match(text)
    return " " * m.end() + text[m.end():] if m else text


def drop_undated_history(located: list[Located]) -> list[Located]:
    """Without a publication date, an incident dated a year before the latest one is history ("in 2014 ...")."""
    dated = [loc.span.end for loc in located if loc.date_explicit and loc.span]
    if not dated:
        return located
    latest = max(dated)
    return [loc for loc in located if not (loc.date_explicit and loc.span
                                           and loc.span.end < latest - timedelta(days=365))]


def named_group(hits: list[ActorHit]) -> ActorHit | None:
    """The non-state armed group a document names most often, if it names one more than any other.

    In a story about the FMLN, "the guerrillas" are the FMLN; generic perpetrators are resolved to it.
    """
    counts = Counter(h.actor.key for h in hits if h.actor.type in _NAMED_GROUP_TYPES and h.actor.key not in _GENERIC_GROUPS)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(h for h in hits if h.actor.key == ranked[0][0])


def context_actor(group: list[Located], recent: list[tuple[int, ActorHit]]) -> ActorHit | None:
    """A perpetrator left implicit ("they were ambushed") is the armed group named just before."""
    idx = group[0].cand.sentence.index
    named = {a.actor.key for loc in group for a in loc.cand.actors}
    for i, a in reversed(recent):
        if (idx - CONTEXT_SENTENCES <= i < idx and a.actor.key not in named and is_armed(a.actor.type)
                and a.actor.type != "state_forces"):
            return a
    return None


def later_claims(sentences: list, located: list[Located], lang: str,
                 actors_by_sentence: list[tuple[int, ActorHit]]) -> dict[int, ActorHit]:
    """Sentence index -> the group a sentence telling no incident of its own lays one to ("JNIM claimed
    responsibility", "the military blamed Abu Sayyaf")."""
    told = {loc.cand.sentence.index for loc in located}
    out = {}
    for i, sent in enumerate(sentences):
        hits = [replace(a, start=a.start - sent.start, end=a.end - sent.start) for j, a in actors_by_sentence if j == i]
        if i in told or not hits:
            continue
        hit = claimant(sent.text, lang, fold(sent.text), hits)
        if hit is not None:
            out[sent.index] = hit
    return out


def claimed_for(group: list[Located], groups: list[list[Located]], claims: dict[int, ActorHit]) -> ActorHit | None:
    """The claim that follows this incident before any other is told: a claim speaks of the incident just told."""
    mine = {loc.cand.sentence.index for loc in group}
    told = sorted({loc.cand.sentence.index for g in groups for loc in g})
    for at, hit in sorted(claims.items()):
        before = [i for i in told if i < at]
        if before and before[-1] in mine and at - before[-1] <= CLAIM_REACH:
            return hit
    return None
