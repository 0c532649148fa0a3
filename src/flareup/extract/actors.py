"""Actors: canonical names for who is named in a sentence, and who did what to whom."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.ontology import Actor, actors
from flareup.text.matcher import PatternSet, PhraseMatcher
from flareup.text.normalize import fold

_GENERIC_TYPES = {"unidentified_armed_group", "civilians", "rebel_group", "state_forces"}
_ACRONYM_MAX = 4
# left without a role, police and armies in a report are usually responders, not the ones acting
_NEVER_IMPLIED = {"civilians", "protesters", "state_forces", "government"}  # short all-caps aliases ("IS", "US") must match in capitals: "is" is a verb


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    text: str
    actor: Actor
    rule: str


class _Actors:
    def __init__(self, lang: str):
        pack = load_pack(lang)
        known = actors()
        entries = []
        for row in pack.tsv("actors"):
            alias, key = row["alias"].strip(), row["key"].strip()
            if key in known:
                exact = alias if (alias.isupper() and len(alias.replace(".", "")) <= _ACRONYM_MAX) else None
                entries.append((alias, (key, exact)))
        self.aliases = PhraseMatcher(entries)
        roles = pack.toml("roles")
        self.agent = PhraseMatcher((p, 1) for p in roles.get("agent", []))
        self.target = PhraseMatcher((p, 1) for p in roles.get("target", []))
        self.passive = PhraseMatcher((p, 1) for p in roles.get("passive", []))
        self.active = PatternSet((p, 1) for p in roles.get("active", []))
        self.passive_after = {fold(w) for w in roles.get("passive_after", [])}
        claim = pack.toml("modality").get("claim", [])
        self.claim = PatternSet((p, 1) for p in claim)


@lru_cache(maxsize=None)
def _actors(lang: str) -> _Actors:
    return _Actors(lang)


def find_actors(text: str, lang: str, folded: str) -> list[ActorHit]:
    """Named actors in a sentence, longest alias first; acronyms only in capitals."""
    a = _actors(lang)
    out = []
    known = actors()
    shouting = text.isupper() and len(text.split()) >= 3  # telex capitals: "IS" and "US" are just words there
    for s, e, (key, exact) in a.aliases.find(text, folded):
        if exact is not None and (text[s:e] != exact or (shouting and len(exact) <= 2)):
            continue
        if out and not folded[out[-1].end:s].strip(" -") and known[key].type in _GENERIC_TYPES:
            prev = out[-1]  # "Islamic State militants", "Houthi rebels": the name, not the generic noun
            out[-1] = ActorHit(prev.start, e, text[prev.start:e], prev.actor, prev.rule)
            continue
        out.append(ActorHit(s, e, text[s:e], known[key], f"{lang}.actor.{key}"))
    return out


def _ends_with(matcher: PhraseMatcher, folded: str, pos: int, max_words: int = 2) -> bool:
    """Does a cue end within `max_words` words before position `pos`?"""
    window = folded[max(0, pos - 40):pos]
    for _, e, _ in matcher.find(window):
        if len(re.findall(r"\w+", window[e:])) <= max_words:
            return True
    return False


def _starts_with(matcher, folded: str, pos: int, max_words: int = 2) -> bool:
    window = folded[pos:pos + 40]
    for s, _, _ in matcher.find(window):
        if len(re.findall(r"\w+", window[:s])) <= max_words:
            return True
    return False


def _headline_passive(a: _Actors, folded: str, pos: int) -> bool:
    """"Presidential guard shot dead in Kabul": a verb right after the actor, then a preposition or the end."""
    window = folded[pos:pos + 40]
    for s, e, _ in a.active.find(window):
        if len(re.findall(r"\w+", window[:s])) > 0:
            return False
        rest = folded[pos + e:pos + e + 20].split()
        return not rest or rest[0].strip(",.;:") in a.passive_after
    return False


def assign_roles(text: str, lang: str, folded: str, hits: list[ActorHit], trigger_spans: list[tuple[int, int]],
                 victim_spans: list[tuple[int, int]]) -> tuple[ActorHit | None, ActorHit | None]:
    """(perpetrator, target) from the sentence's structure: agent/target cues, voice, victim counts, claims."""
    a = _actors(lang)
    claim_at = [s for s, _, _ in a.claim.find(text, folded)]
    scored = []
    for h in hits:
        perp = target = 0.0
        victim = any(vs <= h.start and h.end <= ve for vs, ve in victim_spans)
        if not victim and _ends_with(a.agent, folded, h.start):
            perp += 3
        elif _ends_with(a.target, folded, h.start, 1):
            target += 3
        if victim:
            target += 2.5
        follows_trigger = any(0 <= ts - h.end <= 25 and not folded[h.end:ts].strip(" '-s’") for ts, _ in trigger_spans)
        if _starts_with(a.passive, folded, h.end, 1):
            target += 2
        elif _headline_passive(a, folded, h.end):
            target += 2
        elif not victim and (follows_trigger or _starts_with(a.active, folded, h.end, 2)):
            perp += 2
        if any(0 < c - h.end <= 40 for c in claim_at):
            perp += 4
        if h.actor.type == "civilians":
            target += 1
            perp -= 5
        scored.append((perp, target, h))
    perp_hit = max((x for x in scored if x[0] > x[1] and x[0] > 0), key=lambda x: (x[0], -x[2].start), default=None)
    rest = [x for x in scored if perp_hit is None or x[2].actor.key != perp_hit[2].actor.key]
    target_hit = max((x for x in rest if x[1] > 0 and x[1] >= x[0]), key=lambda x: (x[1], -x[2].start), default=None)
    if perp_hit is None:  # the armed actor left over acts ("lanceerde IS een offensief"; both sides lost men)
        others = [x for x in rest if x[2].actor.type not in _NEVER_IMPLIED
                  and (target_hit is None or x[2].actor.key != target_hit[2].actor.key)]
        perp_hit = max(others, key=lambda x: (x[0] - x[1], -x[2].start), default=None)
    return (perp_hit[2] if perp_hit else None), (target_hit[2] if target_hit else None)
