"""Finds date phrases in a sentence: pack words become role tokens, a small grammar reads the roles.

Nothing here knows a word of any language: words and their roles come from the pack
(`lexicon.py`); numbers written as words are read by `flareup.extract.quantities.parse_number`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from flareup.dates.expressions import (
    Between,
    Calendar,
    Count,
    Expr,
    Shift,
    Since,
    Weekday,
)
from flareup.dates.lexicon import Lexicon, lexicon
from flareup.extract.quantities import parse_number
from flareup.text.normalize import fold

_ISO = re.compile(r"(?<![\w./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w/]|[.-]\d)")
_DMY = re.compile(r"(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)")
_DM = re.compile(r"(?<![\w./-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_MODIFIERS = ("PART", "DEIXIS", "EARLIER")
_HEADS = ("MONTH", "WEEKDAY", "UNIT", "REL", "NUM")
_SHIFT_UNITS = ("night", "weekend", "week", "month", "year")  # "last day of 2013" is no shift
_Cand = tuple[int, Expr, str]  # index of the phrase's last token, meaning, rule name


@dataclass(frozen=True)
class Phrase:
    """A date phrase found in a sentence: where it is, what it means, which rule read it."""

    start: int
    end: int
    expr: Expr
    rule: str


@dataclass
class _Tok:
    start: int
    end: int
    roles: dict[str, Any] = field(default_factory=dict)


def find_phrases(text: str, lang: str) -> list[Phrase]:
    """Every date or duration phrase in `text`, in text order, not yet anchored to any date."""
    return list(_phrases(text, lang))


@lru_cache(maxsize=4096)
def _phrases(text: str, lang: str) -> tuple[Phrase, ...]:
    """One parse per sentence: the casualty, history and date stages all read the same sentence's dates."""
    lex = lexicon(lang)
    folded = fold(text)
    return tuple(_Parser(text, folded, lex, _tokens(text, folded, lex)).parse())


def _tokens(text: str, folded: str, lex: Lexicon) -> list[_Tok]:
    """Pack words, numbers and numeric dates as role tokens; longest wins where they overlap."""
    spans: dict[tuple[int, int], dict[str, Any]] = {}
    for s, e, (role, value) in lex.matcher.find_all(text, folded):
        spans.setdefault((s, e), {})[role] = value
    for m in _ISO.finditer(folded):
        spans[m.span()] = {"NUMDATE": (Calendar(int(m[1]), int(m[2]), int(m[3])), False)}
    for m in _DMY.finditer(folded):
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        y = y if y >= 100 else (2000 + y if y < 50 else 1900 + y)
        spans[m.span()] = {"NUMDATE": (_day_month(a, b, y, lex.numeric_order), False)}
    for m in _DM.finditer(folded):
        spans.setdefault(m.span(), {"NUMDATE": (_day_month(int(m[1]), int(m[2]), None, lex.numeric_order), True)})
    for m in lex.number.finditer(folded):
        digits = m.group(1)
        spans.setdefault(m.span(), {"NUM": int(digits), "DIGITS": len(digits), "ORD": bool(m.group(2))})
    chosen: list[_Tok] = []
    for (s, e), roles in sorted(spans.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
        if all(e <= t.start or s >= t.end for t in chosen):
            chosen.append(_Tok(s, e, roles))
    chosen.sort(key=lambda t: t.start)
    return _number_words(text, folded, lex, chosen)


def _day_month(a: int, b: int, year: int | None, order: str) -> Calendar:
    """Numeric day/month in the pack's order, unless one part can only be a day (> 12)."""
    day, month = (b, a) if order.startswith("m") else (a, b)
    if month > 12 >= day:
        day, month = month, day
    return Calendar(year, month, day)


def _number_words(text: str, folded: str, lex: Lexicon, toks: list[_Tok]) -> list[_Tok]:
    """Adds the number written in words just before each unit ("twee dagen", "a two-day")."""
    out: list[_Tok] = []
    for tok in toks:
        if "UNIT" in tok.roles:
            num = _number_before(text, folded, lex, tok.start, out[-1].end if out else 0)
            if num:
                out.append(num)
        out.append(tok)
    return out


def _number_before(text: str, folded: str, lex: Lexicon, pos: int, floor: int) -> _Tok | None:
    """The run of number words ending right before `pos`, read big to small ("twenty two", not "een twee")."""
    end = floor + re.search(r"[\s-]*$", folded[floor:pos]).start()
    words = list(re.finditer(r"[^\W\d_]+", folded[floor:end]))[-4:]
    if not words or floor + words[-1].end() != end:
        return None
    start = value = first = None
    for w in reversed(words):
        ws, we = floor + w.start(), floor + w.end()
        if start is not None and folded[we:start].strip(" -"):
            break
        v = parse_number(text[ws:we], lex.lang)
        if v is None:
            break
        if start is None:
            start, value, first = ws, v, v
            continue
        if not (v > first or first >= 100 > v):  # "twenty two", "two hundred"; not "een twee"
            break
        whole = parse_number(text[ws:end], lex.lang)
        if whole is None or whole <= value:
            break
        start, value, first = ws, whole, v
    if start is None:
        return None
    joined = bool(lex.duration_joiners & set(folded[end:pos]))
    return _Tok(start, end, {"NUM": value, "WORDS": True, "JOINED": joined})


class _Parser:
    """Reads role tokens left to right; at each token the longest phrase that starts there wins."""

    def __init__(self, text: str, folded: str, lex: Lexicon, toks: list[_Tok]):
        self.text, self.folded, self.lex, self.toks = text, folded, lex, toks
        self.caps = text.isupper()

    # --- token helpers -------------------------------------------------------------------
    def _gap_ok(self, a: _Tok, b: _Tok) -> bool:
        gap = self.folded[a.end:b.start].strip()
        if gap in ("", ",", "-") or gap in self.lex.range_symbols or gap in self.lex.duration_joiners:
            return True
        return gap == "." and "MONTH" in a.roles and self.folded[a.start:a.end] in self.lex.abbreviations

    def _next(self, i: int, role: str | tuple[str, ...], ok: Callable[[_Tok], bool] | None = None,
              fillers: bool = True) -> int | None:
        """Index of the token after i with `role` (or one of several; filler words skipped), or None."""
        roles = (role,) if isinstance(role, str) else role
        prev, j = self.toks[i], i + 1
        while j < len(self.toks):
            t = self.toks[j]
            if not self._gap_ok(prev, t):
                return None
            if any(r in t.roles for r in roles) and (ok is None or ok(t)):
                return j
            if not fillers or "FILLER" not in t.roles:
                return None
            prev, j = t, j + 1
        return None

    def _prev_has(self, i: int, *roles: str) -> bool:
        j = i - 1
        while j >= 0 and self._gap_ok(self.toks[j], self.toks[j + 1]):
            if any(r in self.toks[j].roles for r in roles):
                return True
            if "FILLER" not in self.toks[j].roles:
                return False
            j -= 1
        return False

    def _range_next(self, i: int, role: str, ok: Callable[[_Tok], bool], between: bool) -> int | None:
        """The token after a range word or dash ("3-5", "3 to 5"; "3 and 5" only after "between")."""
        j = self._next(i, role, ok)
        if j is not None and self.folded[self.toks[i].end:self.toks[j].start].strip() in self.lex.range_symbols | {"-"}:
            return j
        k = self._next(i, ("RANGE_WORDS", "BETWEEN_WORDS") if between else "RANGE_WORDS")
        return self._next(k, role, ok) if k is not None else None

    @staticmethod
    def _is_day(t: _Tok) -> bool:
        return t.roles.get("DIGITS") in (1, 2) and 1 <= t.roles["NUM"] <= 31

    @staticmethod
    def _is_year(t: _Tok) -> bool:
        return t.roles.get("DIGITS") == 4 and not t.roles.get("ORD") and 1800 <= t.roles["NUM"] <= 2100

    def _month_ok(self, m: int, anchored: bool, context: bool) -> bool:
        """Abbreviations need a day or year beside them; ambiguous names ("May") capitals and context."""
        t = self.toks[m]
        word = self.folded[t.start:t.end]
        if word in self.lex.abbreviations and not anchored:
            return False
        if word in self.lex.ambiguous:
            return (self.caps or self.text[t.start].isupper()) and (anchored or context)
        return True

    # --- grammar ---------------------------------------------------------------------------
    def parse(self) -> list[Phrase]:
        phrases: list[Phrase] = []
        i = 0
        while i < len(self.toks):
            cands = self._at(i)
            if not cands:
                i += 1
                continue
            j, expr, name = max(cands, key=lambda c: self.toks[c[0]].end)
            phrases.append(Phrase(self.toks[i].start, self.toks[j].end, expr, f"{self.lex.lang}.dates.{name}"))
            i = j + 1
        return self._since(self._ranges(phrases))

    def _at(self, i: int) -> list[_Cand]:
        r = self.toks[i].roles
        out: list[_Cand] = []
        if "NUMDATE" in r:
            cal, needs_licence = r["NUMDATE"]
            if not needs_licence or self._prev_has(i, "PREP", "WEEKDAY", "SINCE"):
                out.append((i, cal, "numeric"))
        if "WEEKDAY" in r:
            out += self._weekday(i, None)
        if "RANGE_BEFORE" in r or self._is_day(self.toks[i]):
            out += self._day_first(i)
        if "MONTH" in r:
            out += self._month(i, None, None, self._prev_has(i, "PREP", "SINCE", "RANGE_BEFORE"))
        if any(m in r for m in _MODIFIERS):
            out += self._modified(i)
        if "REL" in r:
            rel = r["REL"]
            out.append((i, Shift(rel.unit, rel.offset), rel.rule.split(".dates.", 1)[1]))
        if self._is_year(self.toks[i]) and self._prev_has(i, "PREP", "SINCE", "RANGE_BEFORE", "PART"):
            out += self._year(i, None)
        if "NUM" in r:
            out += self._count(i, None)
        if "WINDOW_BEFORE" in r:
            k = self._next(i, "NUM")
            out += [c for c in (self._count(k, "window") if k is not None else []) if c[2] == "count_window"]
        if "DURATION_BEFORE" in r:
            k = self._next(i, "NUM")
            out += [c for c in (self._count(k, "duration") if k is not None else []) if c[2] == "duration"]
        return out

    def _weekday(self, i: int, deixis: int | None) -> list[_Cand]:
        out: list[_Cand] = [(i, Weekday(self.toks[i].roles["WEEKDAY"], deixis),
                                             "weekday" if deixis is None else "deixis_weekday")]
        k = self._next(i, "DEIXIS", fillers=False)  # "dinsdag vorige week", "Tuesday last week"
        u = self._next(k, "UNIT", fillers=False) if k is not None and deixis is None else None
        if u is not None and self.toks[u].roles["UNIT"] == "week":
            out.append((u, Weekday(self.toks[i].roles["WEEKDAY"], week=self.toks[k].roles["DEIXIS"]), "weekday_of_week"))
        k = self._next(i, "NUM", self._is_day)
        if k is not None:
            out += self._day_first(k)
        k = self._next(i, "MONTH")
        if k is not None:
            out += self._month(k, None, None, True)
        return out

    def _day_first(self, i: int) -> list[_Cand]:
        """ "3 April (2020)", "the 3rd of April", "3-5 april", "between 3 and 5 April"."""
        d = i if self._is_day(self.toks[i]) else self._next(i, "NUM", self._is_day)
        if d is None:
            return []
        d2 = self._range_next(d, "NUM", self._is_day, d != i)
        if d2 is None and d != i:
            return []
        m = self._next(d2 if d2 is not None else d, "MONTH")
        if m is None or not self._month_ok(m, True, True):
            return []
        day, day_end = self.toks[d].roles["NUM"], self.toks[d2].roles["NUM"] if d2 is not None else None
        month = self.toks[m].roles["MONTH"]
        y = self._next(m, "NUM", self._is_year)
        if y is None:
            return [(m, Calendar(None, month, day, day_end), "day_month")]
        return [(y, Calendar(self.toks[y].roles["NUM"], month, day, day_end), "day_month_year")]

    def _month(self, m: int, part: str | None, deixis: int | None, context: bool) -> list[_Cand]:
        """ "April 3rd, 2020", "April 2020", "early April", "last April", "in May"."""
        month = self.toks[m].roles["MONTH"]
        d = self._next(m, "NUM", self._is_day, fillers=False) if self.lex.month_before_day else None
        if d is not None and self._month_ok(m, True, True):
            d2 = self._range_next(d, "NUM", self._is_day, False)
            last = d2 if d2 is not None else d
            day_end = self.toks[d2].roles["NUM"] if d2 is not None else None
            y = self._next(last, "NUM", self._is_year)
            year = self.toks[y].roles["NUM"] if y is not None else None
            return [(y if y is not None else last, Calendar(year, month, self.toks[d].roles["NUM"], day_end),
                     "month_day_year" if y is not None else "month_day")]
        y = self._next(m, "NUM", self._is_year)
        if not self._month_ok(m, y is not None, context or part is not None or deixis is not None):
            return []
        prefix = "part_" if part else ""
        if y is not None:
            return [(y, Calendar(self.toks[y].roles["NUM"], month, part=part), prefix + "month_year")]
        return [(m, Calendar(None, month, part=part, before=deixis == -1), prefix + "month")]

    def _year(self, y: int, part: str | None) -> list[_Cand]:
        """ "in 2014", "begin 2019", "between 2011 and 2014"."""
        year = self.toks[y].roles["NUM"]
        y2 = self._range_next(y, "NUM", self._is_year, self._prev_has(y, "RANGE_BEFORE"))
        if y2 is not None and self.toks[y2].roles["NUM"] > year:
            return [(y2, Between(Calendar(year), Calendar(self.toks[y2].roles["NUM"])), "year_range")]
        return [(y, Calendar(year, part=part), "part_year" if part else "year")]

    def _modified(self, i: int) -> list[_Cand]:
        """Part, "earlier" and deixis words before a head: "begin vorig jaar", "earlier this month"."""
        part, deixis, earlier, j = None, None, False, i
        while True:
            r = self.toks[j].roles
            part, deixis = r.get("PART", part), r.get("DEIXIS", deixis)
            earlier = earlier or "EARLIER" in r
            k = self._next(j, _MODIFIERS + _HEADS)
            if k is None:
                return []
            if any(m in self.toks[k].roles for m in _MODIFIERS) and not self._is_head(self.toks[k]):
                j = k
                continue
            break
        h, r = k, self.toks[k].roles
        out: list[_Cand] = []
        if "MONTH" in r:
            out += self._month(h, part, deixis, True)
        if "WEEKDAY" in r:
            out += self._weekday(h, deixis)
        w = self._next(h, "WEEKDAY", fillers=False) if "UNIT" in r and r["UNIT"] == "week" else None
        if w is not None and deixis is not None and part is None:  # "vorige week dinsdag": that week's Tuesday
            out.append((w, Weekday(self.toks[w].roles["WEEKDAY"], week=deixis), "week_weekday"))
        if "UNIT" in r and deixis is not None and r["UNIT"] in _SHIFT_UNITS:
            out.append((h, Shift(r["UNIT"], deixis, part, earlier), "part_deixis_unit" if part else "deixis_unit"))
        if "REL" in r:
            rel = r["REL"]
            out.append((h, Shift(rel.unit, rel.offset, part, earlier), rel.rule.split(".dates.", 1)[1]))
        if self._is_year(self.toks[h]) and part is not None:
            out += self._year(h, part)
        if "NUM" in r and deixis == -1:
            out += self._count(h, "window")
        return out

    @staticmethod
    def _is_head(t: _Tok) -> bool:
        return any(k in t.roles for k in _HEADS)

    def _count(self, i: int, lead: str | None) -> list[_Cand]:
        """ "two days ago", "twee dagen later", "a two-day battle", "drie dagen durende", "(past) 24 hours"."""
        n = self.toks[i].roles["NUM"]
        u = self._next(i, "UNIT")
        if u is None or n <= 0 or n > 1000:
            return []
        unit = self.toks[u].roles["UNIT"]
        k = self._next(u, "AGO")
        if k is not None:
            return [(k, Count(n, unit, "ago"), "count_ago")]
        k = self._next(u, "LATER")
        if k is not None:
            return [(k, Count(n, unit, "later"), "count_later")]
        if lead in ("window", "duration"):
            return [(u, Count(n, unit, lead), "count_" + lead if lead == "window" else lead)]
        k = self._next(u, "DURATION_AFTER")
        if k is not None:
            return [(k, Count(n, unit, "duration"), "duration")]
        if self.toks[i].roles.get("JOINED") or (self.toks[i].roles.get("DIGITS") and
                                               self.folded[self.toks[i].end:self.toks[u].start].strip() in self.lex.duration_joiners):
            return [(u, Count(n, unit, "duration"), "duration")]
        return []

    # --- phrases built from phrases ----------------------------------------------------------
    def _tok_index(self, pos: int, end: bool = False) -> int:
        for k, t in enumerate(self.toks):
            if (t.end if end else t.start) == pos:
                return k
        return -1

    def _ranges(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "from 3 April to 5 May", "zaterdag op zondag": two dates joined by a range word."""
        out: list[Phrase] = []
        for p in phrases:
            if out and self._joinable(out[-1], p):
                q = out.pop()
                start = q.start
                k = self._tok_index(q.start)
                if k > 0 and "RANGE_BEFORE" in self.toks[k - 1].roles and self._gap_ok(self.toks[k - 1], self.toks[k]):
                    start = self.toks[k - 1].start
                out.append(Phrase(start, p.end, Between(q.expr, p.expr), f"{self.lex.lang}.dates.range"))
            else:
                out.append(p)
        return out

    def _joinable(self, a: Phrase, b: Phrase) -> bool:
        if any(isinstance(x.expr, (Count, Since, Between)) for x in (a, b)):
            return False
        gap = self.folded[a.end:b.start].strip()
        if gap in self.lex.range_symbols:
            return True
        inner = [t for t in self.toks if a.end <= t.start and t.end <= b.start]
        if len(inner) != 1 or self.folded[a.end:inner[0].start].strip() or self.folded[inner[0].end:b.start].strip():
            return False
        k = self._tok_index(a.start)
        between = k > 0 and "RANGE_BEFORE" in self.toks[k - 1].roles and self._gap_ok(self.toks[k - 1], self.toks[k])
        return "RANGE_WORDS" in inner[0].roles or (between and "BETWEEN_WORDS" in inner[0].roles)

    def _since(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "since Tuesday", "sinds 2011": from that date up to publication."""
        out = []
        for p in phrases:
            k = self._tok_index(p.start)
            if k > 0 and not isinstance(p.expr, Count) and "SINCE" in self.toks[k - 1].roles \
                    and self._gap_ok(self.toks[k - 1], self.toks[k]):
                p = Phrase(self.toks[k - 1].start, p.end, Since(p.expr), p.rule + "+since")
            out.append(p)
        return out
