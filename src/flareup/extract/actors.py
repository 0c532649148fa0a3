"""Actors: canonical names for who is named in a sentence, and who did what to whom."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.ontology import Actor, actors, is_armed, is_non_state
from flareup.text.matcher import PatternSet, PhraseMatcher
from flareup.text.normalize import fold

_GENERIC_TYPES = {"unidentified_armed_group", "civilians", "rebel_group", "state_forces"}
_ACRONYM_MAX = 4
# left without a role, police and armies in a report are usually responders, not the ones acting
STATE_ACTS = ".state_acts"  # rule suffix of a country named right before a verb its forces do
LEFT_OVER = ".left_over"  # rule suffix of a perpetrator no cue named, only the armed actor left over
_NEVER_IMPLIED = {"civilians", "protesters", "state_forces", "government"}
_ALWAYS_ACT = {"state_air"}  # warplanes and air strikes are never bystanders: left without a role, they acted  # short all-caps aliases ("IS", "US") must match in capitals: "is" is a verb


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    text: str
    actor: Actor
    rule: str
    country: str | None = None  # ISO alpha-2 told by a nationality word ("Russian warplanes"); else the event's


class _Actors:
    def __init__(self, lang: str):
        self.lang = lang
        pack = load_pack(lang)
        known = actors()
        spellings: dict[tuple[str, str], set[str]] = {}  # every listed spelling of one folded alias
        strict: set[tuple[str, str]] = set()
        for row in pack.tsv("actors"):
            alias, key = row["alias"].strip(), row["key"].strip()
            if key in known:
                short = len(alias.replace(".", ""))
                # "IS", "LeT": not the words "is", "let" ("FAMa" is also written "FAMA", and is no word)
                acronym = alias.isupper() or (short <= 3 and any(c.isupper() for c in alias[1:]))
                slot = (fold(alias), key)
                spellings.setdefault(slot, set()).add(alias)
                if acronym and short <= _ACRONYM_MAX:
                    strict.add(slot)
        # a short acronym counts only as written in the pack: "FACA" and "Faca" when both are listed, never "faca"
        self.aliases = PhraseMatcher((next(iter(names)), (key, frozenset(names) if (f, key) in strict else None))
                                     for (f, key), names in spellings.items())
        roles = pack.toml("roles")
        self.agent = PhraseMatcher((p, 1) for p in roles.get("agent", []))
        self.genitive = {fold(w) for w in roles.get("genitive_agent", [])}
        self.target = PhraseMatcher((p, 1) for p in roles.get("target", []))
        self.passive = PhraseMatcher((p, 1) for p in roles.get("passive", []))
        self.active = PatternSet((p, 1) for p in roles.get("active", []))
        self.passive_after = {fold(w) for w in roles.get("passive_after", [])}
        self.speaker = PatternSet((p, 1) for p in roles.get("speaker", []))
        self.possessive = tuple(fold(w) for w in roles.get("possessive", []))
        self.defender = PhraseMatcher((p, 1) for p in roles.get("defender", []))
        self.agent_after = PatternSet((p, 1) for p in roles.get("agent_after", []))
        self.member = PhraseMatcher((p, 1) for p in roles.get("member", []))
        self.link = {fold(w) for w in roles.get("member_link", [])}
        self.anonymous = {fold(w) for w in roles.get("anonymous", [])}
        self.object_start = {fold(w) for w in roles.get("object_start", [])}
        self.not_serving = PhraseMatcher((p, 1) for p in roles.get("not_serving", []))
        self.group_part = PhraseMatcher((p, 1) for p in roles.get("group_part", []))
        self.operation = PhraseMatcher((p, 1) for p in roles.get("operation", []))
        self.state_acts = PhraseMatcher((p, 1) for p in roles.get("state_acts", []))
        self.state_strike = PhraseMatcher((p, 1) for p in roles.get("state_strike", []))
        self.conjunction = {fold(w) for w in roles.get("conjunction", [])}
        self.source = PhraseMatcher((p, 1) for p in roles.get("source", []))
        self.attire = PhraseMatcher((p, 1) for p in roles.get("attire", []))
        self.blame = PhraseMatcher((p, 1) for p in roles.get("blame", []))
        self.presence = PhraseMatcher((p, 1) for p in roles.get("presence", []))
        modality = pack.toml("modality")
        self.claim = PatternSet((p, 1) for p in modality.get("claim", []))
        self.past_frame = PhraseMatcher((p, 1) for p in modality.get("past_frame", []))
        self.past_frame_end = PhraseMatcher((p, 1) for p in modality.get("past_frame_end", []))
        self.claim_negation = PhraseMatcher((p, 1) for p in modality.get("claim_negation", []))


@lru_cache(maxsize=None)
def _actors(lang: str) -> _Actors:
    return _Actors(lang)


def find_actors(text: str, lang: str, folded: str) -> list[ActorHit]:
    """Named actors in a sentence, longest alias first; acronyms only in capitals.

    A generic noun and the name it qualifies are one actor, whichever comes first: "Islamic State
    militants", "the terrorist Shining Path", "guerrillas of the FMLN" all name the group.
    """
    a = _actors(lang)
    out: list[ActorHit] = []
    known = actors()
    shouting = text.isupper() and len(text.split()) >= 3  # telex capitals: "IS" and "US" are just words there
    for s, e, (key, exact) in a.aliases.find(text, folded):
        if exact is not None and (text[s:e] not in exact or (shouting and e - s <= 2)):
            continue
        actor = known[key]
        if actor.type == "civilians" and a.possessive and folded.startswith(a.possessive, e):  # "People's Liberation Front"
            continue
        if actor.type == "state_forces" and _ends_with(a.not_serving, folded, s, 1):
            continue  # "a retired colonel", "the wife of a general": a person, not the armed forces
        if actor.type == "state_forces" and (_starts_with(a.attire, folded, e, 0) or _ends_with(a.attire, folded, s, 0)):
            continue  # "men wearing army fatigues", "en uniforme militaire": clothing, not the armed forces
        joined = _qualifies(a, folded, out[-1], s, actor) if out else None
        if joined:
            prev = out[-1]
            if joined == "prev":  # "Islamic State militants", "Houthi rebels": the name, not the generic noun
                out[-1] = ActorHit(prev.start, e, text[prev.start:e], prev.actor, prev.rule)
            else:  # "the terrorist Shining Path", "terrorists of the Maoist Shining Path"
                out[-1] = ActorHit(prev.start, e, text[prev.start:e], actor, f"{lang}.actor.{key}")
            continue
        out.append(ActorHit(s, e, text[s:e], actor, f"{lang}.actor.{key}"))
    return [_with_nationality(h, lang, text, folded) for h in out]


def states_acting(text: str, lang: str, folded: str, places: list) -> list[ActorHit]:
    """"Israel strikes Gaza", "Pakistan kills 12 militants": a country named right before a verb only a state's forces
    do is those forces. Verbs that are also nouns ("Afghanistan attack kills 10") are left out of the pack's list."""
    a = _actors(lang)
    out = []
    for p in places:
        if p.place.feature == "country" and _starts_with(a.state_acts, folded, p.hit.end, 0):
            s, e = p.hit.start, p.hit.end
            out.append(ActorHit(s, e, text[s:e], actors()["state_military"], f"{lang}.actor{STATE_ACTS}", p.place.country))
    return out


def nationals_striking(text: str, lang: str, folded: str) -> list[ActorHit]:
    """"A Turkish drone strike", "een Turkse drone-aanval", "une frappe de drone turque": a country's adjective told
    with a weapon only states use names that country's forces as the attacker."""
    from flareup.geocode.cues import load_cues

    a = _actors(lang)
    strikes = a.state_strike.find(text, folded)
    if not strikes:
        return []
    out = []
    for s, e, cc in load_cues(lang).adjectives.find_all(text, folded):
        for ss, se, _ in strikes:
            before = e <= ss and not folded[e:ss].strip(" -")  # the adjective right before ("Turkish drone strike")
            after = se <= s and not folded[se:s].strip()  # or right after ("frappe de drone turque")
            if before or after:
                lo, hi = min(s, ss), max(e, se)
                out.append(ActorHit(lo, hi, text[lo:hi], actors()["state_military"], f"{lang}.actor{STATE_ACTS}", cc))
                break
    return out


def _with_nationality(hit: ActorHit, lang: str, text: str, folded: str) -> ActorHit:
    """"Israeli forces", "Russische gevechtsvliegtuigen", "soldats centrafricains": a per-country actor is of the
    country its adjective names, which need not be where the event happened."""
    if not generic(hit.actor):
        return hit
    from flareup.geocode.cues import (
        load_cues,  # geocode loads lazily: `flareup --help` must stay fast
    )

    adjectives = load_cues(lang).adjectives
    before = folded[max(0, hit.start - 30):hit.start].rstrip(" -")
    own = folded[hit.start:hit.end]
    for s, e, cc in adjectives.find_all(before + " " + own):
        if e == len(before) or s == len(before) + 1:  # right before the actor, or its first word
            return ActorHit(hit.start, hit.end, hit.text, hit.actor, hit.rule, cc)
    after = folded[hit.end:hit.end + 30]  # "des soldats centrafricains": the adjective follows, and is part of the name
    for s, e, cc in adjectives.find_all(after):
        if s == 1 and after[0] == " " and (e == len(after) or not after[e].isalnum()):
            end = hit.end + e
            return ActorHit(hit.start, end, text[hit.start:end], hit.actor, hit.rule, cc)
    return hit


def _qualifies(a: _Actors, folded: str, prev: ActorHit, start: int, actor: Actor) -> str | None:
    """Is the hit at `start` one actor with `prev`? "prev" when the name comes first ("FMLN guerrillas"),
    "next" when a generic noun qualifies the name after it ("the terrorist Shining Path", "guerrillas of the FMLN")."""
    gap = folded[prev.end:start].strip(" -")
    if generic(prev.actor) and is_armed(prev.actor.type) and not generic(actor) and is_armed(actor.type):
        words = gap.split()
        if not gap or " ".join(words) in a.link or (len(words) >= 2 and " ".join(words[:-1]) in a.link):
            return "next"
        return None
    return "prev" if not gap and actor.type in _GENERIC_TYPES else None


def joined(lang: str, gap: str) -> bool:
    """Is `gap` (folded) only a conjunction ("and", "en", "et"), so the words around it tell one act or one side?"""
    return " ".join(gap.split()) in _actors(lang).conjunction


def generic(actor: Actor) -> bool:
    """A class of actor filled in per country ("Rebels ({country})", "Military Forces of {country}"), not a name."""
    return "{country}" in actor.canonical


def _ends_with(matcher: PhraseMatcher, folded: str, pos: int, max_words: int = 2) -> bool:
    """Does a cue end within `max_words` words before position `pos`?"""
    window = folded[max(0, pos - 40):pos]
    for _, e, _ in matcher.find(window):
        if len(re.findall(r"\w+", window[e:])) <= max_words:
            return True
    return False


def _agent_before(a: _Actors, folded: str, pos: int, trigger_spans: list[tuple[int, int]]) -> bool:
    """Does an agent cue end within two words before `pos`? A genitive one ("een aanslag van IS") makes an agent
    only right after a violent word: "een controlepost van het leger" names the owner of a place, not the attacker."""
    start = max(0, pos - 40)
    window = folded[start:pos]
    for s, e, _ in a.agent.find(window):
        if len(re.findall(r"\w+", window[e:])) > 2:
            continue
        if window[s:e] in a.genitive and not any(
                te <= start + s and len(re.findall(r"\w+", folded[te:start + s])) <= 1 for _, te in trigger_spans):
            continue
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
        if rest and rest[0].strip(",.;:") in a.passive_after and _count_follows(a.lang, folded, pos + e):
            return False  # "Jihadists kill at least 40 farm workers": a counted object, not "shot dead at the gate"
        return not rest or rest[0].strip(",.;:") in a.passive_after
    return False


def _count_follows(lang: str, folded: str, pos: int) -> bool:
    """A qualified count ("at least 40", "more than 20") starts right after `pos`."""
    from flareup.extract.quantities import find_quantities

    window = folded[pos:pos + 40]
    lead = len(window) - len(window.lstrip())
    return any(q.start == lead and "+" in q.rule for q in find_quantities(window, lang))


def _acts_on(a: _Actors, text: str, folded: str, pos: int) -> bool:
    """"Several gunmen killed the judge": a violent verb right after the actor, then its object, is active voice
    even when a count before the actor looks like a toll ("5 soldiers killed in Kabul" is passive)."""
    window = folded[pos:pos + 40]
    for s, e, _ in a.active.find(window):
        if len(window[:s].split()) > 1:  # "Shining Path members murdered four peasants": one word may come between
            return False
        rest = folded[pos + e:pos + e + 30]
        m = re.match(r" (\w+)", rest)
        if not m:
            return False
        if text.isupper():  # telex capitals hide names: any word but a preposition or adverb starts the object
            return m.group(1) not in a.passive_after
        return m.group(1).isdigit() or m.group(1) in a.object_start or text[pos + e + 1:pos + e + 2].isupper()
    return False


def _reports(a: _Actors, folded: str, pos: int) -> bool:
    """Does a cue for the source of a report ("confirmed by", "according to local police") end right before `pos`?
    Not across a comma: in "according to witnesses, rebels entered" the rebels are no source."""
    window = folded[max(0, pos - 40):pos]
    for _, e, _ in a.source.find(window):
        gap = window[e:]
        if len(re.findall(r"\w+", gap)) <= 2 and not re.search(r"[,;:.]", gap):
            return True
    return False


def _anonymous(a: _Actors, h: ActorHit) -> bool:
    """Is this civilian word one that names people only by sex or number ("two men", "individuals")?"""
    words = fold(h.text).split()
    return bool(words) and words[-1] in a.anonymous


def _targeted(a: _Actors, folded: str, pos: int) -> bool:
    """Does a target cue end right before `pos`, or one word before it ("killed two soldiers")? Not through a
    preposition: in "killed in police raid" the police raided, nobody killed them."""
    window = folded[max(0, pos - 40):pos]
    for _, e, _ in a.target.find(window):
        gap = re.findall(r"\w+", window[e:])
        if not gap or (len(gap) == 1 and gap[0] not in a.passive_after):
            return True
    return False


def _lead(a: _Actors, folded: str, start: int) -> int:
    """Where role cues are read for an actor: before a phrase naming part of it ("contre des éléments de
    l'ex-Séléka" is an attack on the group, not by it), else right before the actor."""
    window = folded[max(0, start - 40):start]
    ends = [(s, e) for s, e, _ in a.group_part.find(window) if not window[e:].strip()]
    return start - len(window) + min(s for s, _ in ends) if ends else start


_PRESENCE_REACH = 50  # chars after an actor within which "... are active in the area" still tells of it


def _only_present(a: _Actors, folded: str, end: int) -> bool:
    """The actor's own clause only says it is present somewhere ("Boko Haram and its offshoot ISWAP are active in
    the area", "groups known to operate in the region"): context for the reader, no party to the incident. A violent
    verb or a clause break before the presence cue leaves the actor its part."""
    window = folded[end:end + _PRESENCE_REACH]
    first = min(a.presence.find(window), default=None)
    if first is None:
        return False
    gap = window[:first[0]]
    return not re.search(r"[,;:.()]", gap) and not a.active.find(gap) and not a.claim.find(gap)


def _share_coordinated(a: _Actors, folded: str, scored: list) -> list:
    """"the regime and Russian warplanes bombed ...", "les FACA et les mercenaires russes ont attaqué": actors
    joined by a conjunction play one role; the first named then wins the tie."""
    out = list(scored)
    for i in range(len(out) - 1):
        (p1, t1, h1), (p2, t2, h2) = out[i], out[i + 1]
        if "civilians" in (h1.actor.type, h2.actor.type) or folded[h1.end:h2.start].strip() not in a.conjunction:
            continue
        if t1 <= 0 and t2 <= 0:  # neither is told to suffer: they act together
            p1 = p2 = max(p1, p2)
        if p1 <= 0 and p2 <= 0:  # neither is told to act: they suffer together
            t1 = t2 = max(t1, t2)
        out[i], out[i + 1] = (p1, t1, h1), (p2, t2, h2)
    return out


_CLAUSE_END = re.compile(r"[;:]|[.!?](?:\s|$)")
_NEGATION_WORDS = 3  # "have not yet claimed": how far before a claim cue a negation still governs it


def _clause(folded: str, s: int, e: int) -> tuple[int, int]:
    """The clause around [s, e): from the last ';', ':' or sentence end before it to the next one after it."""
    before = [m.end() for m in _CLAUSE_END.finditer(folded, 0, s)]
    after = _CLAUSE_END.search(folded, e)
    return (before[-1] if before else 0), (after.start() if after else len(folded))


def _past_framed(a: _Actors, folded: str, s: int, e: int) -> bool:
    """Is the claim or deed at [s, e) told as the group's record ("IS has claimed several attacks on schools",
    "which has carried out attacks before")? Then it claims no incident the text reports."""
    lo, hi = _clause(folded, s, e)
    clause = folded[lo:hi]
    if a.past_frame.find(clause):
        return True
    return any(not clause[fe:].strip(" ,\"'”’)") for _, fe, _ in a.past_frame_end.find(clause))


def claim_starts(text: str, lang: str, folded: str) -> list[int]:
    """Where the sentence claims an incident for someone: claim cues neither negated ("the Taliban have not
    claimed") nor told as a group's record ("IS has claimed several attacks in the past")."""
    a = _actors(lang)
    out = []
    for s, e, _ in a.claim.find(text, folded):
        window = folded[max(0, s - 40):s]
        negated = any(len(re.findall(r"\w+", window[ne:])) <= _NEGATION_WORDS and not re.search(r"[,;:.]", window[ne:])
                      for _, ne, _ in a.claim_negation.find(window))
        if not negated and not _past_framed(a, folded, s, e):
            out.append(s)
    return out


def claims_nothing(text: str, lang: str, folded: str, hit: ActorHit) -> bool:
    """"Islamic State has claimed several attacks on Hazara schools in the past", "al-Shabaab has not claimed it":
    the actor's own verb claims (or does violence) only in a past or habitual frame, or claims nothing. That is its
    record, no sign it did what the story reports."""
    a = _actors(lang)
    window = folded[hit.end:hit.end + 40]
    claimed = set(claim_starts(window, lang, window))
    for s, e, _ in sorted([*a.claim.find(window), *a.active.find(window)]):
        gap = window[:s]
        if len(re.findall(r"\w+", gap)) <= 3 and not re.search(r"[,;:.]", gap) and not _breaks(lang, gap):
            if any(s == c for c, _, _ in a.claim.find(window)) and s not in claimed:
                return True  # a claim negated or told as a record
            return _past_framed(a, folded, hit.end + s, hit.end + e)
    return False


def _breaks(lang: str, gap: str) -> bool:
    from flareup.extract.modality import scope_breaks

    return bool(scope_breaks(gap, lang, gap))


def claimant(text: str, lang: str, folded: str, hits: list[ActorHit]) -> ActorHit | None:
    """The named armed group a sentence lays an incident to ("JNIM, an al-Qaeda affiliate, claimed responsibility",
    "the military blamed the Abu Sayyaf group"): the first one a claim follows or a blame cue precedes. A group in a
    relative clause after it ("..., which has pledged allegiance to IS") is only described."""
    from flareup.extract.modality import denies

    a = _actors(lang)
    passive = {s for s, _, _ in a.blame.find(text, folded)}  # "claimed by": the claim names who follows
    claims = [c for c in claim_starts(text, lang, folded) if c not in passive]
    for h in hits:
        if generic(h.actor) or not is_non_state(h.actor.type) or denies(text, lang, folded, h.end):
            continue
        claims_it = any(0 < c - h.end <= 40 and not _CLAUSE_END.search(folded, h.end, c) for c in claims)
        if claims_it or _ends_with(a.blame, folded, _lead(a, folded, h.start), 1):
            return h
    return None


def assign_roles(text: str, lang: str, folded: str, hits: list[ActorHit], trigger_spans: list[tuple[int, int]],
                 victim_spans: list[tuple[int, int]], mutual: bool = False) -> tuple[ActorHit | None, ActorHit | None]:
    """(perpetrator, target) from the sentence's structure: agent/target cues, voice, victim counts, claims.

    In a `mutual` incident (a clash), an armed actor left without a role is the other side.
    """
    a = _actors(lang)
    claim_at = claim_starts(text, lang, folded)
    scored = []
    for h in hits:
        if _only_present(a, folded, h.end):
            continue  # "Boko Haram and ISWAP are active in the area": where groups operate, not who did this
        perp = target = 0.0
        # "killed by three men": a count right after "by" counts the attackers, who are no victims
        victim = (any(vs <= h.start and h.end <= ve and not _ends_with(a.agent, folded, vs, 0) for vs, ve in victim_spans)
                  and not _acts_on(a, text, folded, h.end))
        lead = _lead(a, folded, h.start)
        reports = _reports(a, folded, lead)
        if reports:  # "it was confirmed by police", "according to the army": who tells of it did not do it
            perp -= 2
        elif _ends_with(a.defender, folded, lead):  # "the attack was repelled by the army"
            target += 2
        elif not victim and _agent_before(a, folded, lead, trigger_spans):
            perp += 3
        elif _targeted(a, folded, lead) and not _ends_with(a.member, folded, lead, 2):
            target += 3  # "an attack on soldiers", but not "a column of Shining Path"
        if victim:
            target += 2.5
        follows_trigger = any(0 <= ts - h.end <= 25 and not folded[h.end:ts].strip(" '-s’") for ts, _ in trigger_spans)
        if not victim and _starts_with(a.operation, folded, h.end, 0):  # "killed in a police raid": a noun, no verb
            perp += 2
        elif _starts_with(a.passive, folded, h.end, 1):
            target += 2
        elif _headline_passive(a, folded, h.end):
            target += 2
        elif _starts_with(a.speaker, folded, h.end, 1):  # "the rebels blamed the army for ...": who speaks did not act
            perp -= 2
        elif not victim and (follows_trigger or _starts_with(a.active, folded, h.end, 2)):
            perp += 2
        if (any(0 < c - h.end <= 40 for c in claim_at) and not _starts_with(a.speaker, folded, h.end, 1)) or (
                not victim and _starts_with(a.agent_after, folded, h.end, 2)):
            perp += 4  # "... claimed responsibility", "the army was responsible for the massacre"
        if h.rule.endswith(STATE_ACTS) and not victim:  # "Egypt says it killed ...": the verb after the country tells it acted
            perp += 4
        if h.actor.type == "civilians":
            if perp > target and _anonymous(a, h):  # "two men shot the mayor": people who act are an unnamed armed group
                h = ActorHit(h.start, h.end, h.text, actors()["unidentified"], h.rule + ".acting")
            else:
                target += 1
                perp -= 5
        scored.append((perp, target, h))
    scored = _share_coordinated(a, folded, scored)
    perp_hit = max((x for x in scored if x[0] > x[1] and x[0] > 0), key=lambda x: (x[0], -x[2].start), default=None)
    rest = [x for x in scored if perp_hit is None or x[2].actor.key != perp_hit[2].actor.key]
    target_hit = max((x for x in rest if x[1] > 0 and x[1] >= x[0]), key=lambda x: (x[1], -x[2].start), default=None)
    if perp_hit is None:  # the armed actor left over acts ("lanceerde IS een offensief"; both sides lost men)
        others = [x for x in rest if (x[2].actor.type not in _NEVER_IMPLIED or x[2].actor.key in _ALWAYS_ACT)
                  and not _starts_with(a.speaker, folded, x[2].end, 1)  # "the FMLN condemned the bombing"
                  and not _reports(a, folded, _lead(a, folded, x[2].start))  # "according to the rebels, ..."
                  and (target_hit is None or x[2].actor.key != target_hit[2].actor.key)]
        # a named group before a generic noun: "a Shining Path column arrived ... the terrorists fled"
        perp_hit = max(others, key=lambda x: (x[0] - x[1], not generic(x[2].actor), -x[2].start),
                       default=None)
        if perp_hit is not None and perp_hit[0] <= 0:  # no cue made it act: the incident's other sentences may say more
            h = perp_hit[2]
            perp_hit = (perp_hit[0], perp_hit[1], ActorHit(h.start, h.end, h.text, h.actor, h.rule + LEFT_OVER))
    if mutual and (target_hit is None or target_hit[2].actor.type == "civilians"):
        # "Philippine army-Muslim rebel clash": the other side (or, unnamed, a side); "fighting between M23 and the
        # army killed 15 people": the people are the clash's dead, its other side is the army
        other = [x for x in scored if is_armed(x[2].actor.type) and (perp_hit is None or x[2].actor.key != perp_hit[2].actor.key)
                 and x[0] >= 0 and not _starts_with(a.speaker, folded, x[2].end, 1)]
        target_hit = other[0] if other else target_hit
    return (perp_hit[2] if perp_hit else None), (target_hit[2] if target_hit else None)
