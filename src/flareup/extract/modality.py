"""Modality: is a trigger reporting an incident that happened, or a threat, plan, denial, estimate ...?"""
from __future__ import annotations

import re
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.text.matcher import PatternSet
from flareup.text.normalize import fold

_NEAR_WORDS = 3  # how far a cue that governs only its neighbours reaches


class _Modality:
    def __init__(self, lang: str):
        data = load_pack(lang).toml("modality")
        classes = data.get("classes", {})
        self.cues = PatternSet((p, cls) for cls, phrases in classes.items() for p in phrases if p != "?")
        self.question = "?" in classes.get("question", [])
        self.soft = set(data.get("soft", []))
        self.local = set(data.get("local", []))
        self.after = int(data.get("window_after", 4))
        self.scope_breaks = PatternSet((p, 1) for p in data.get("scope_breaks", []))
        self.before = int(data.get("window_before", 10))
        dates = load_pack(lang).toml("dates")
        self.months = {fold(w) for w in dates.get("ambiguous_months", [])}  # "may": a cue, or a month in "26 MAY 89"


@lru_cache(maxsize=None)
def _modality(lang: str) -> _Modality:
    return _Modality(lang)


def blocking_modality(text: str, lang: str, folded: str, start: int, end: int, has_count: bool,
                      own_only: bool = False) -> str | None:
    """The modality class that cancels the trigger at [start, end), or None if it reports a real incident.

    'Soft' classes (propaganda, generic statements, prevention) cancel only when no casualty count is given:
    "a foiled attack" is no event, but "an attack that killed 5, the group said in a statement" is.
    """
    m = _modality(lang)
    if m.question and text.rstrip().endswith("?"):
        return "question"
    breaks = scope_breaks(text, lang, folded)
    for s, e, cls in m.cues.find(text, folded):
        if cls in m.soft and has_count:
            continue
        if folded[s:e] in m.months and _in_date(folded, s, e):
            continue
        near_only = own_only or cls in m.local
        if e <= start:
            if _in_closed_clause(folded, s, e, start, breaks):
                continue
            gap = len(re.findall(r"\w+", folded[e:start]))
            if gap <= (_NEAR_WORDS if near_only else m.before) and not re.search(r"[;:]|\.\s", folded[e:start]):
                return cls
        elif own_only:
            continue
        elif s >= end:
            gap = len(re.findall(r"\w+", folded[end:s]))
            if gap <= (_NEAR_WORDS if near_only else m.after) and not re.search(r"[;,:]|\.\s", folded[end:s]) and not any(end <= b < s for b in breaks):
                return cls
        else:
            return cls
    return None


def _in_closed_clause(folded: str, s: int, e: int, start: int, breaks: list[int]) -> bool:
    """Does the cue stand in a relative clause closed before the trigger ("two peasants, who were accused of
    helping the police, were shot dead")? It says something about the people, not about the act."""
    opened = folded.rfind(",", 0, s)
    return opened >= 0 and "," in folded[e:start] and any(opened < b < s for b in breaks)


def _in_date(folded: str, start: int, end: int) -> bool:
    """Does a number touch the word on one side, as a day or year does a month name ("26 MAY 89", "May 3")?"""
    return bool(re.search(r"\d\s*$", folded[max(0, start - 4):start]) or re.match(r"\s*\d", folded[end:end + 4]))


def scope_breaks(text: str, lang: str, folded: str) -> list[int]:
    """Where a relative clause or new clause begins ("that", "which", "die"): a cue's reach ends there."""
    return [b for b, _, _ in _modality(lang).scope_breaks.find(text, folded)]


def denies(text: str, lang: str, folded: str, end: int) -> bool:
    """Does a denial follow the words ending at `end` ("the Taliban denied any involvement")? That actor is
    speaking about the incident, and is no perpetrator to fall back on."""
    for s, _, cls in _modality(lang).cues.find(text, folded):
        if cls == "denial" and s >= end and len(re.findall(r"\w+", folded[end:s])) <= _NEAR_WORDS \
                and not re.search(r"[;,:]|\.\s", folded[end:s]):
            return True
    return False
