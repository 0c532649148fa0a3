"""Numbers in text: digits, number words (incl. Dutch compounds), vague amounts, bounds and ranges.

All words come from the pack's numbers.toml; this engine only knows how numbers compose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.lang.packs import load_pack
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold


@dataclass(frozen=True)
class Quantity:
    """A count found in text: `low`..`high` is what the text allows, `best` the value to report."""

    start: int
    end: int
    best: int
    low: int
    high: int
    rule: str  # digits | words | vague:<phrase> | range, with a qualifier suffix like +low


class _Numbers:
    """One language's number vocabulary, compiled for fast lookup."""

    def __init__(self, lang: str):
        self.lang = lang
        data = load_pack(lang).toml("numbers")
        self.units = {fold(k): v for k, v in data.get("units", {}).items()}
        self.scales = {fold(k): v for k, v in data.get("scales", {}).items()}
        self.joiners = {fold(j) for j in data.get("joiners", [])}
        self.thousands = data.get("thousands_separator", ",")
        self.morphemes = sorted([*self.units, *self.scales, *self.joiners], key=len, reverse=True)
        self.vague = PhraseMatcher((k, tuple(v)) for k, v in data.get("vague", {}).items())
        self.qualifiers = PhraseMatcher(data.get("qualifiers", {}).items())
        ranges = data.get("ranges", {})
        self.range_between = [fold(w) for w in ranges.get("between", [])]
        self.range_infix = {fold(w) for w in ranges.get("infix", [])}
        words = sorted(self.morphemes, key=len, reverse=True)
        alt = "|".join(re.escape(w) for w in words) or "(?!)"
        # a run of number words, written together, with hyphens or with spaces/joiners between
        self.word_run = re.compile(rf"(?<!\w)(?:(?:{alt})+)(?:[\s-]+(?:{alt})+)*(?!\w)")
        sep = re.escape(self.thousands)
        self.digits = re.compile(rf"(?<![\w.,])\d{{1,3}}(?:{sep}\d{{3}})+(?![\w]|[.,]\d)|(?<![\w.,])\d+(?![\w]|[.,]\d)")

    def segment(self, word: str) -> list[str] | None:
        """Split a written-together number word into morphemes ("tweeendertig" -> twee en dertig)."""
        if not word:
            return []
        for m in self.morphemes:
            if word.startswith(m):
                rest = self.segment(word[len(m):])
                if rest is not None:
                    return [m, *rest]
        return None

    def value(self, words: list[str]) -> int | None:
        """Compose morphemes into a number; None when they do not form one."""
        total, current, seen = 0, 0, False
        for w in words:
            if w in self.joiners:
                continue
            if w in self.units:
                current += self.units[w]
                seen = True
            elif w in self.scales:
                scale = self.scales[w]
                if scale == 100:
                    current = max(current, 1) * 100
                else:
                    total += max(current, 1) * scale
                    current = 0
                seen = True
            else:
                return None
        return total + current if seen else None


@lru_cache(maxsize=None)
def _numbers(lang: str) -> _Numbers:
    return _Numbers(lang)


def parse_number(text: str, lang: str) -> int | None:
    """The integer a whole string spells ("32", "1,200", "tweeëndertig", "forty-five"), else None."""
    nums = _numbers(lang)
    t = fold(text.strip())
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(nums.thousands)}\d{{3}})+", t):
        return int(re.sub(r"\D", "", t))
    parts: list[str] = []
    for token in re.split(r"[\s-]+", t):
        seg = nums.segment(token)
        if seg is None:
            return None
        parts.extend(seg)
    return nums.value(parts)


def _raw_numbers(text: str, folded: str, nums: _Numbers) -> list[tuple[int, int, int, str]]:
    found = []
    for m in nums.digits.finditer(folded):
        found.append((m.start(), m.end(), int(re.sub(r"\D", "", m.group())), "digits"))
    for m in nums.word_run.finditer(folded):
        start = _skip_joiners(folded, m.start(), m.end(), nums.joiners)  # "and a soldier": the count is "a"
        if start >= m.end() or any(s < m.end() and start < e for s, e, _, _ in found):
            continue
        v = parse_number(text[start:m.end()], nums.lang)
        if v is not None:
            found.append((start, m.end(), v, "words"))
    return sorted(found)


def _skip_joiners(folded: str, start: int, end: int, joiners: set[str]) -> int:
    """Move a run's start past leading joiner words ("and", "en", "et"), which begin no number."""
    while True:
        m = re.match(r"(\w+)[\s-]+", folded[start:end])
        if not m or m.group(1) not in joiners:
            return start
        start += m.end()


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every count in a sentence with its bounds; ranges and qualifiers are folded into one Quantity."""
    nums = _numbers(lang)
    folded = fold(text)
    raw = _raw_numbers(text, folded, nums)
    out: list[Quantity] = []
    i = 0
    while i < len(raw):
        s, e, v, rule = raw[i]
        low, high, best = v, v, v
        # range: "20 to 30", "20-30", "between 20 and 30"
        if i + 1 < len(raw):
            s2, e2, v2, _ = raw[i + 1]
            gap = folded[e:s2].strip()
            before = folded[max(0, s - 12):s].split()
            is_between = (len(nums.range_between) == 2 and gap == nums.range_between[1]
                          and before and before[-1] == nums.range_between[0])
            if (gap in nums.range_infix or is_between) and v2 > v:
                low, high, best, e, rule = v, v2, v, e2, "range"
                if is_between:
                    s = folded.rfind(before[-1], 0, s)
                i += 1
        out.append(Quantity(s, e, best, low, high, rule))
        i += 1
    for s, e, (lo, hi) in nums.vague.find(text, folded):  # "a dozen" is twelve, not one
        if not any(q.start < e and s < q.end and q.rule == "digits" for q in out):
            out = [q for q in out if not (q.start < e and s < q.end)]
            out.append(Quantity(s, e, lo, lo, hi, "vague:" + folded[s:e]))
    return _apply_qualifiers(sorted(out, key=lambda q: q.start), text, folded, nums)


def _apply_qualifiers(qs: list[Quantity], text: str, folded: str, nums: _Numbers) -> list[Quantity]:
    quals = nums.qualifiers.find(text, folded)
    out = []
    for q in qs:
        kind = None
        for s, e, k in quals:
            if e <= q.start and not folded[e:q.start].strip():
                kind, qs_start = k, s
        if kind is None:
            out.append(q)
            continue
        if kind == "low":
            q = Quantity(qs_start, q.end, q.best, q.low, max(q.high, q.low), q.rule + "+low")
        elif kind == "high":
            q = Quantity(qs_start, q.end, q.best, min(q.low, q.best), q.high, q.rule + "+high")
        else:
            q = Quantity(qs_start, q.end, q.best, q.low, q.high, q.rule + "+approx")
        out.append(q)
    return out
