"""The physical target of an act: the site or object it hit ("a bomb exploded at a bank", "the town hall was set on
fire"). Acts told apart by their targets are different incidents even in one town; the words live in each pack's
targets.toml."""
from __future__ import annotations

from functools import lru_cache

from flareup.extract.triggers import Trigger
from flareup.lang.packs import load_pack
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold

_REACH_CHARS = 60  # a target farther from its act than this belongs to another part of the sentence
_PASSIVE_WORDS = 6  # "was partially destroyed by a [dynamite charge]": the most words from a head told first to its act
_VERB_FINAL_GAP = 2  # words a complement of the target may put between it and a clause-final act


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> tuple[PhraseMatcher, frozenset[str], frozenset[str], int]:
    """Heads (payload: the site key), leads, auxiliaries before an act (with "" when an object may stand right
    before its verb, as in verb-final clauses), and the most words a lead may be from its head."""
    data = load_pack(lang).toml("targets")
    heads = PhraseMatcher((w, key) for key, words in data.get("heads", {}).items() for w in words)
    leads = frozenset(fold(w) for w in data.get("leads", []))
    passive = frozenset([fold(w) for w in data.get("passive", [])] + ([""] if data.get("object_before_verb") else []))
    return heads, leads, passive, int(data.get("max_words", 4))


def _words(gap: str) -> list[str]:
    return gap.replace(",", " , ").split()


def _after(gap: str, leads: frozenset[str], max_words: int) -> bool:
    """"exploded at a Lima": the gap from the act to a head is an optional lead and a few words, no clause break."""
    words = _words(gap)
    if "," in words or len(words) > max_words + 3:
        return False
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[:n]) in leads:
            return len(words) - n <= max_words
    return len(words) <= max_words - 1  # a direct object ("dynamited a power pylon")


def _before(gap: str, passive: frozenset[str]) -> bool:
    """"the town hall was dynamited", "a vehicle was destroyed by a bomb": an auxiliary opens the short gap between a
    head told first and its act; in a verb-final clause ("het gemeentehuis van Medellín in brand gestoken") a short
    complement may stand there too."""
    words = _words(gap)
    if "," in words:
        return False
    # "was partially destroyed by a": an auxiliary, then a few words up to the act
    auxiliary = any(" ".join(words[:n]) in passive for n in (1, 2, 3) if len(words) >= n)
    return auxiliary and len(words) <= _PASSIVE_WORDS or ("" in passive and len(words) <= _VERB_FINAL_GAP)


def _fronted(before: str, leads: frozenset[str], max_words: int) -> bool:
    """"At a bank in Medellin, a bomb exploded", "Bij een bank ... is een bom ontploft": a lead a few words before a
    head told ahead of its act."""
    words = _words(before)[-max_words:]
    return any(" ".join(words[i:i + n]) in leads for n in (1, 2, 3) for i in range(len(words) - n + 1))


def physical_target(text: str, folded: str, lang: str, triggers: list[Trigger], start: int, end: int) -> str | None:
    """The kind of site (a pack key: "bank", "bus", "town_hall" ...) the clause's act hit, or None when it names none."""
    heads, leads, passive, max_words = _lexicon(lang)
    if heads.empty:
        return None
    found = [(s, e, key) for s, e, key in heads.find(text[start:end], folded[start:end])]
    best: tuple[int, str] | None = None
    for t in triggers:
        if t.outcome:
            continue
        for s, e, key in found:
            s, e = s + start, e + start
            if t.end <= s <= t.end + _REACH_CHARS and _after(folded[t.end:s], leads, max_words):
                dist = s - t.end
            elif e <= t.start and t.start - e <= _REACH_CHARS and _before(folded[e:t.start], passive):
                dist = t.start - e
            elif e <= t.start and t.start - e <= _REACH_CHARS and _fronted(folded[start:s], leads, max_words):
                dist = _REACH_CHARS + t.start - e  # told ahead: only when the act names no target after it
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, key)
    return best[1] if best else None
