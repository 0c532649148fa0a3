"""Many-phrase search with Unicode word boundaries (Aho-Corasick over folded text)."""
from __future__ import annotations

import re
from typing import Any, Iterable

import ahocorasick

from flareup.text.normalize import fold, is_word_char


class PhraseMatcher:
    """Finds whole-word occurrences of many phrases at once; longest match wins where they overlap.

    Phrases are folded (case, diacritics), so "Bagdad" matches "bagdad" and "Sukhnâ" matches "sukhna".
    A phrase ending in "*" also matches as a word prefix ("aanslag*" matches "aanslagen").
    """

    def __init__(self, phrases: Iterable[tuple[str, Any]]):
        self._auto = ahocorasick.Automaton()
        store: dict[str, list] = {}
        for phrase, payload in phrases:
            prefix = phrase.endswith("*")
            key = fold(phrase.rstrip("*").strip())
            if key:
                store.setdefault(key, []).append((prefix, payload))
        for key, payloads in store.items():
            self._auto.add_word(key, (key, payloads))
        self.empty = not store
        if store:
            self._auto.make_automaton()

    def find_all(self, text: str, folded: str | None = None) -> list[tuple[int, int, Any]]:
        """Every whole-word match as (start, end, payload), overlapping ones included."""
        if self.empty:
            return []
        folded = fold(text) if folded is None else folded
        out = []
        n = len(folded)
        for end_idx, (key, payloads) in self._auto.iter(folded):
            start = end_idx - len(key) + 1
            if start > 0 and is_word_char(folded[start - 1]) and is_word_char(key[0]):
                continue
            end = end_idx + 1
            for prefix, payload in payloads:
                if prefix:
                    e = end
                    while e < n and (folded[e].isalpha()):
                        e += 1
                    out.append((start, e, payload))
                elif end >= n or not (is_word_char(folded[end]) and is_word_char(key[-1])):
                    out.append((start, end, payload))
        return out

    def find(self, text: str, folded: str | None = None) -> list[tuple[int, int, Any]]:
        """Non-overlapping matches, longest first then leftmost, in text order."""
        return longest_first(self.find_all(text, folded))


class PatternSet:
    """Phrases plus gapped patterns "a ... b" (separable verbs: "kwamen ... om", "sloeg ... toe").

    A gapped pattern matches its parts in order with up to `max_gap` words between them (the nearest
    next part wins); the match spans from the first part to the last. All parts are found in one
    Aho-Corasick pass, so hundreds of patterns cost little more than one. A two-part pattern whose last
    part closes its clause (a verb particle before a full stop or comma: "viel vorige week dinsdag een
    legerbasis in het zuiden aan.") reaches up to `long_gap` words, none of them across a comma (a pack
    of a verb-final language sets it). A phrase the language puts after the particle still leaves it closing the
    clause when it opens with one of `after_final` ("kwamen in de stad Jalalabad zes mensen om door een bermbom").
    """

    def __init__(self, phrases: Iterable[tuple[str, Any]], max_gap: int = 6, long_gap: int | None = None,
                 after_final: Iterable[str] = ()):
        plain, gapped = [], []
        for phrase, payload in phrases:
            (gapped if " ... " in phrase else plain).append((phrase, payload))
        self._plain = PhraseMatcher(plain)
        self._max_gap = max_gap
        self._long_gap = max(long_gap or 0, max_gap)
        self._after_final = tuple(fold(w) + " " for w in after_final)
        self._by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in gapped:
            parts = tuple(fold(p.strip()) for p in phrase.split("..."))
            self._by_pair.setdefault(parts[:2], []).append((parts, payload))
        self._firsts = {first for first, _ in self._by_pair}
        self._parts = PhraseMatcher((p, p) for p in {p for pats in self._by_pair.values() for parts, _ in pats for p in parts})

    def find_all(self, text: str, folded: str | None = None) -> list[tuple[int, int, Any]]:
        folded = fold(text) if folded is None else folded
        out = self._plain.find_all(text, folded)
        if not self._by_pair:
            return out
        occ = sorted(self._parts.find_all(text, folded))
        for i, (s, e, first) in enumerate(occ):
            if first not in self._firsts:
                continue
            seen: set[str] = set()
            for s2, e2, second in occ[i + 1:]:
                if s2 <= e or second in seen:
                    continue
                between = folded[e:s2]
                words = len(_WORD.findall(between))
                if words > self._long_gap or (words > self._max_gap and _CLAUSE_BREAK.search(between)):
                    break
                long = words > self._max_gap
                if not _gap_ok(between, self._long_gap if long else self._max_gap):
                    continue
                if long and not _closes_clause(folded, e2, self._after_final):
                    continue
                seen.add(second)  # the nearest occurrence of each next part
                for parts, payload in self._by_pair.get((first, second), ()):
                    if long and len(parts) > 2:
                        continue
                    end = self._follow(folded, e2, parts[2:], occ)
                    if end is not None:
                        out.append((s, end, payload))
        return out

    def _follow(self, folded: str, pos: int, rest: tuple[str, ...], occ: list) -> int | None:
        """The end of the remaining parts, each the nearest after the previous within the gap; None if absent."""
        for part in rest:
            nxt = next((e for s, e, p in occ if p == part and s > pos and _gap_ok(folded[pos:s], self._max_gap)), None)
            if nxt is None:
                return None
            pos = nxt
        return pos

    def find(self, text: str, folded: str | None = None) -> list[tuple[int, int, Any]]:
        return longest_first(self.find_all(text, folded))


def _gap_ok(between: str, max_gap: int) -> bool:
    """Words (at most `max_gap`) and separators between two parts of a pattern, never a part glued to another."""
    return bool(between) and not is_word_char(between[0]) and not is_word_char(between[-1]) \
        and len(_WORD.findall(between)) <= max_gap


_WORD = re.compile(r"\w[\w'-]*")
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _closes_clause(folded: str, end: int, after: tuple[str, ...] = ()) -> bool:
    """The part ends its clause: a full stop, comma or the text's end follows, or a phrase put after the verb."""
    rest = folded[end:].lstrip(" ")
    return not rest or rest[0] in ".,;:!?)" or rest.startswith(after)


def longest_first(hits: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Drop matches that overlap a longer one; the result is in text order."""
    taken: list[tuple[int, int, Any]] = []
    for h in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(h[1] <= t[0] or h[0] >= t[1] for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h[0])


def object_patterns(section: dict) -> list[str]:
    """Gapped patterns for a verb that means something only with a certain object ("destroyed ... soldiers"):
    `verbs` come before their `objects`, `verbs_after` after them (Dutch "100 soldaten uitgeschakeld")."""
    objects = section.get("objects", [])
    return ([f"{v} ... {o}" for v in section.get("verbs", []) for o in objects]
            + [f"{o} ... {v}" for v in section.get("verbs_after", []) for o in objects])
