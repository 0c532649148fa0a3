"""One language's date words (packs/<lang>/dates.toml) compiled into a phrase matcher and regexes.

Every pack word is mapped onto a language-free role (MONTH, WEEKDAY, PART, DEIXIS, UNIT, ...), so the
grammar in `phrases.py` never sees a word of any language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.errors import PackError
from flareup.lang.packs import load_pack
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold

UNITS = ("hour", "day", "night", "weekend", "week", "month", "year")
PARTS = ("early", "mid", "late")
DEIXES = {"last": -1, "this": 0, "next": 1}
MARKERS = ("earlier", "ago", "later", "since", "duration_before", "duration_after", "window_before",
           "range_before", "range_words", "between_words")
_KEY = re.compile(r"^(?:(hour|day|night|weekend|week|month|year|ctx)([+-]\d+)|recent)$")


@dataclass(frozen=True)
class Relative:
    """A fixed phrase's meaning: `unit` shifted by `offset` from the publication day (or context)."""

    rule: str
    unit: str  # one of UNITS, "ctx" (the previous sentence's date) or "recent"
    offset: int


class Lexicon:
    """The compiled date vocabulary of one language."""

    def __init__(self, lang: str):
        data = load_pack(lang).toml("dates")
        if not data:
            raise PackError(f"language pack {lang!r} has no dates.toml")
        self.lang = lang
        self.numeric_order = data.get("numeric_order", "dmy")
        self.month_before_day = bool(data.get("month_before_day", False))
        self.ambiguous = {fold(w) for w in data.get("ambiguous_months", [])}
        self.abbreviations: set[str] = set()
        entries: list[tuple[str, tuple[str, object]]] = []
        for n, name in enumerate(data.get("month_names", []), 1):
            entries.append((name, ("MONTH", n)))
        for n, abbrs in enumerate(data.get("month_abbreviations", []), 1):
            for a in abbrs:
                self.abbreviations.add(fold(a))
                entries.append((a, ("MONTH", n)))
        joiners = data.get("day_part_joiners", [" "])
        for wd, name in enumerate(data.get("weekday_names", [])):
            entries.append((name, ("WEEKDAY", wd)))
            for part in data.get("day_parts", []):
                entries.extend((name + j + part, ("WEEKDAY", wd)) for j in joiners)
        entries += [(w, ("FILLER", None)) for w in data.get("fillers", [])]
        entries += [(w, ("PREP", None)) for w in data.get("date_prepositions", [])]
        for part, words in data.get("parts", {}).items():
            entries += [(w, ("PART", self._check(part, PARTS, "parts"))) for w in words]
        for deixis, words in data.get("deixis", {}).items():
            entries += [(w, ("DEIXIS", DEIXES[self._check(deixis, DEIXES, "deixis")])) for w in words]
        for unit, words in data.get("units", {}).items():
            entries += [(w, ("UNIT", self._check(unit, UNITS, "units"))) for w in words]
        markers = data.get("markers", {})
        # words are matched as phrases; pure symbols ("-") are recognised in the gaps between tokens
        self.range_symbols = frozenset(w for w in markers.get("range_words", []) if not any(c.isalnum() for c in w))
        self.duration_joiners = frozenset(markers.get("duration_joiners", []))
        for marker, words in markers.items():
            if marker != "duration_joiners":
                role = self._check(marker, MARKERS, "markers").upper()
                entries += [(w, (role, None)) for w in words if any(c.isalnum() for c in w)]
        for rel in data.get("relative", []):
            meaning = self._relative(rel)
            entries += [(p, ("REL", meaning)) for p in rel.get("phrases", [])]
        self.matcher = PhraseMatcher(entries)
        # verbs of saying: a date right next to one dates the statement ("police said today"), not the event
        self.report_verbs = PhraseMatcher((w, True) for w in data.get("report_verbs", []))
        self.relatives = data.get("relative", [])
        self.examples = data.get("examples", [])
        suffixes = sorted((re.escape(fold(s)) for s in data.get("ordinal_suffixes", [])), key=len, reverse=True)
        suffix = f"(?:{'|'.join(suffixes)})?" if suffixes else ""
        # a free-standing number (not part of "2.500" or "1,200"), with an optional ordinal suffix
        self.number = re.compile(rf"(?<![\w.,/:])(\d+)({suffix})(?![\w/]|[.,:]\d|'\w)")

    def _check(self, name: str, allowed, section: str) -> str:
        if name not in allowed:
            raise PackError(f"{self.lang}/dates.toml [{section}]: unknown key {name!r} (allowed: {', '.join(allowed)})")
        return name

    def _relative(self, rel: dict) -> Relative:
        key = str(rel.get("key", ""))
        m = _KEY.match(key)
        if not m or "id" not in rel:
            raise PackError(f"{self.lang}/dates.toml [[relative]] {rel.get('id')!r}: needs an id and a key "
                            f"like 'day-1', 'week+0', 'ctx+1' or 'recent', got {key!r}")
        rule = f"{self.lang}.dates.rel.{rel['id']}"
        return Relative(rule, m.group(1) or "recent", int(m.group(2) or 0))


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The compiled date vocabulary of `lang` (built once per process)."""
    return Lexicon(lang)
