"""Event triggers: words that name a violent incident, mapped onto language-free sub-event types."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.text.case import inside_name
from flareup.text.matcher import PatternSet, PhraseMatcher, longest_first, object_patterns
from flareup.text.normalize import fold


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    sub: str
    rule: str
    weak: bool  # needs a count or an armed actor to make an event
    generic: bool  # a plural or abstract form ("attacks"): needs a count, place or date
    ambiguous: bool = False  # often figurative ("attacked the plan"): needs support
    outcome: bool = False  # a result word ("died", "injured"): gives counts, never an event by itself
    anaphoric: bool = False  # "the attack", "de aanslag": refers back to an incident already told
    reference: bool = False  # "since the attack", "na de aanslag": the incident as a point in time or a cause
    other: bool = False  # "another bomb", "in a separate incident, gunmen ...": not an incident already told


_MATERIAL_WORDS = 4  # how far from the trigger a damage or weapon word still tells of it


class _Triggers:
    def __init__(self, lang: str):
        data = load_pack(lang).toml("triggers")
        entries = []
        for rule in data.get("rule", []):
            weak, outcome = bool(rule.get("weak")), bool(rule.get("outcome"))
            ambiguous = {p.lower() for p in rule.get("ambiguous", [])}
            for phrase in [*rule.get("phrases", []), *object_patterns(rule)]:
                entries.append((phrase, (rule["sub"], rule["id"], weak, False, phrase.lower() in ambiguous, outcome)))
            for phrase in rule.get("generic", []):
                entries.append((phrase, (rule["sub"], rule["id"] + ".generic", weak, True, False, outcome)))
        self.rules = PatternSet(entries, long_gap=data.get("clause_final_gap"),
                                after_final=data.get("clause_final_after", []))
        self.anaphora = {fold(w) for w in data.get("anaphora", [])}
        self.references = tuple(" " + " ".join(fold(w).split()) for w in data.get("references", []))
        self.others = tuple(" " + " ".join(fold(w).split()) for w in data.get("others", []))
        self.separate = PhraseMatcher((p, True) for p in data.get("separate", []))
        self.non_violent = PhraseMatcher((p, True) for p in data.get("non_violent", {}).get("phrases", []))
        self.not_triggers = PhraseMatcher((p, True) for p in data.get("not_triggers", {}).get("phrases", []))
        self.material = PhraseMatcher((p, True) for p in data.get("material", []))


@lru_cache(maxsize=None)
def _triggers(lang: str) -> _Triggers:
    return _Triggers(lang)


def find_triggers(text: str, lang: str, folded: str) -> list[Trigger]:
    """Violent triggers in a sentence; a word inside a longer non-violent phrase ("heart attack") or inside a
    name ("the Grateful Dead") is not one."""
    t = _triggers(lang)
    blocked = [(s, e) for m in (t.non_violent, t.not_triggers) for s, e, _ in m.find_all(text, folded)]
    separate = [s for s, _, _ in t.separate.find_all(text, folded)]
    # a sentence that opens with such a cue ("In another incident, two guards were wounded") tells a new
    # incident with whatever word it uses, even a bare outcome
    opens = any(not folded[:c].strip(" \t\n-,.[]\"'") for c in separate)
    hits = []
    for s, e, (sub, rule, weak, generic, ambiguous, outcome) in longest_first(t.rules.find_all(text, folded)):
        if any(bs <= s and e <= be and (be - bs) > (e - s) for bs, be in blocked) or inside_name(text, s):
            continue
        before = folded[max(0, s - 40):s].split()
        anaphoric = bool(before) and before[-1] in t.anaphora
        reference = anaphoric and (" " + " ".join(before)).endswith(t.references)
        other = not anaphoric and (opens or (not outcome and ((" " + " ".join(before)).endswith(t.others)
                                                              or (not weak and any(c < s for c in separate)))))
        hits.append(Trigger(s, e, text[s:e], sub, rule, weak, generic, ambiguous, outcome, anaphoric, reference, other))
    return hits


def non_violent_context(text: str, lang: str, folded: str, strict: bool = False) -> list[str]:
    """Non-violent explanations in the sentence (accident, earthquake, sport ...).

    A word inside a longer violent phrase ("fire" in "set fire to", "opened fire") explains nothing away,
    unless `strict` (the story is about something non-violent, so every such word counts).
    """
    t = _triggers(lang)
    hits = t.non_violent.find(text, folded)
    if not hits or strict:
        return [folded[s:e] for s, e, _ in hits]
    violent = [(s, e) for s, e, _ in t.rules.find_all(text, folded)]
    return [folded[s:e] for s, e, _ in hits
            if not any(vs <= s and e <= ve and (ve - vs) > (e - s) for vs, ve in violent)]


def material_evidence(text: str, lang: str, folded: str, spans: list[tuple[int, int]]) -> bool:
    """Does the text tell, right next to one of the trigger spans, damage done or weapons used ("a bomb
    destroyed a building", "destroyed by a dynamite charge")? Then a word that is often figurative names a real act."""
    for s, e, _ in _triggers(lang).material.find(text, folded):
        for ts, te in spans:
            between = folded[te:s] if s >= te else folded[e:ts] if ts >= e else ""
            if not re.search(r"[,;:.]", between) and len(between.split()) <= _MATERIAL_WORDS:
                return True
    return False
