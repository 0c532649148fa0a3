"""Places in a sentence: which names are places, which entry each means, and how precisely (ACLED 1/2/3).

A capitalised name becomes a place when a locative cue of the pack stands before it ("in",
"near", "east of", "the town of", "province of") or after it ("Homs province"), or, without a cue,
when it is a big well-known place. The cue decides the precision: the town itself (1), near it (2),
its province or the country (3). Among the entries a name may mean, the countries the document
talks about come first, then bigger and better-known places, then seats of government.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Sequence

from flareup.geocode.cues import TERMINAL, Cue, load_cues
from flareup.geocode.gazetteer import (
    ADMIN1,
    ALT,
    CITY,
    COUNTRY,
    LOOSE,
    MAIN,
    MAX_WORDS,
    SEAT_ADMIN1,
    SEAT_CAPITAL,
    VARIANT,
    Candidate,
    Gazetteer,
    load_gazetteer,
)
from flareup.geocode.names import (
    JOIN,
    LOOSE_MIN_POPULATION,
    MAX_WORDS_UNCASED,
    NameSpan,
    case_informative,
    key_tokens,
    name_spans,
    split_tokens,
)
from flareup.model import Hit, PlaceHit
from flareup.text.normalize import fold

BIG = 100_000  # a city this big is a place even without a cue
BIG_ALT = 500_000  # ... and this big when named by one of its other names ("Bagdad")
KNOWN_IN_DOC = 20_000  # ... and this big when it lies in a country the document talks about
MIN_BARE = 4  # shorter names need a cue
HEADLINE_MIN_POPULATION = 5_000  # a town opening a headline ("Bria : ...") outside the story's countries
_WITHIN_KM = 30  # "X in Y": a town this close to the city Y (or in its province) can be meant
_AROUND_KM = 150  # "X north of Y", "X near Y"
_REFERENCE_GAP = 30  # the most text between a town and the place that says where it lies
_NOT_A_REFERENCE = re.compile(r"[,;\n\d]")
_PRIORITY = ("region", "district", "direction", "near", "between", "part", "settlement", "at")
UNLISTED = "geocode.unlisted_settlement"  # a town the text names that the gazetteer lacks, placed by what it knows
_UNLISTED_GAP = 60  # "in Huancora, San Isidro jurisdiction, Chalatenango department": the most text to the place it lies in
_UNLISTED_BREAK = re.compile(r"[;:\d\n(]|\.\s")
HEADLINE = Cue("at", "geocode.headline_place")  # "Bossangoa : sept morts ...": a place opening a headline
_HEADLINE_COLON = re.compile(r"[ \t]*:")
_HEADLINE_LABEL = re.compile(r"[^\W\d][^:\n]{0,24}[ \t]*:[ \t]*")  # "Flash info : Birao, ...": a label, then the place
_PROVINCE_AFTER = re.compile(r"\s*(?:[^\W\d]+\s*)?,\s*(?:[^\W\d]+\s+)?")  # "Grenada, eastern Antioquia"
_HEADLINE_NEXT = re.compile(r"[ \t]*[,:]")
_NEXT_NAME = re.compile(r"[^\W\d_][\w']*")  # the next town of a hyphenated route


class _Sentence:
    """One sentence's cues and names, and the rules that turn names into places."""

    def __init__(self, text: str, lang: str, countries: Sequence[str], g: Gazetteer,
                 exclude: Sequence[tuple[int, int]] = (), common: Sequence[tuple[int, int]] = ()):
        self.text, self.g = text, g
        self.exclude = exclude
        self.common_starts = {s for s, _ in common}
        self.cues = load_cues(lang)
        self.folded = fold(text)
        self.tokens = split_tokens(text)
        self.informative = case_informative(self.tokens, text)
        key_tokens(self.tokens, self.folded, self.cues, g.rules, self.informative)
        self.rank = {cc: r for r, cc in enumerate(dict.fromkeys(c.upper() for c in countries))}
        self.cue_end: dict[int, list[tuple[int, int, Cue]]] = {}
        self.cue_start: dict[int, list[tuple[int, int, Cue]]] = {}
        for s, e, cue in self.cues.matcher.find_all(text, self.folded):
            self.cue_end.setdefault(e, []).append((s, e, cue))
            self.cue_start.setdefault(s, []).append((s, e, cue))
        self.spans = name_spans(text, self.tokens, self.cues, g, self.informative, frozenset(self.rank)) \
            if self.tokens else []
        if exclude:
            self.spans = [s for s in self.spans if not any(s.start < e and b < s.end for b, e in exclude)]
        adjectives = self.cues.adjectives.find_all(text, self.folded) if self.spans else []
        self.adjective_at = {s for s, _, _ in adjectives}
        self.adjective_spans = {(s, e) for s, e, _ in adjectives}
        self.adjective_end = {e: (s, cc) for s, e, cc in adjectives}
        self.not_places = [(s, e) for s, e, _ in self.cues.not_places.find_all(text, self.folded)] if self.spans else []
        self.by_end = {s.end: s for s in self.spans}
        self.told: str | None = None  # the country a locative cue put the sentence in, once a village asks

    # --- context -------------------------------------------------------------------------------
    def _skip_back(self, pos: int) -> int:
        """Back over spaces, dashes and quotes, but not over an elided article's apostrophe ("de l'Iran")."""
        while pos > 0 and (self.text[pos - 1] in " \t\n-\"(" or (self.text[pos - 1] == "'" and not (
                pos >= 2 and self.text[pos - 2].isalpha()))):
            pos -= 1
        return pos

    def _longest(self, hits: list[tuple[int, int, Cue]] | None) -> tuple[int, int, Cue] | None:
        if not hits:
            return None
        return max(hits, key=lambda h: (h[1] - h[0], h[2].kind in TERMINAL))

    def _cues_before(self, span: NameSpan) -> list[Cue]:
        """Cue phrases right before a name, nearest first, up to the first terminal one."""
        found: list[Cue] = []
        pos = span.start
        for _ in range(6):
            q = self._skip_back(pos)
            prev = self.by_end.get(q)
            if prev is not None and prev is not span and not prev.dropped:
                if self.tokens[prev.j].possessive:  # "in Yemen's Marib": Marib inherits "in"
                    span.qualifier = span.qualifier or self._country_of(prev)
                    found.extend(prev.cues)
                break
            if q > 0 and self.text[q - 1] == ",":
                return found + self._coordinated(q - 1)
            if q in self.adjective_end and q < span.start:  # "het Amerikaanse Uvalde", "the Mozambican town of Palma"
                pos, cc = self.adjective_end[q]
                span.qualifier, span.adjective = span.qualifier or cc, cc
                continue
            hit = self._longest(self.cue_end.get(q))
            if hit is None:
                break
            if hit[2].kind == "and":
                return found + self._coordinated(hit[0])
            found.append(hit[2])
            if hit[2].kind in TERMINAL:
                break
            pos = hit[0]
        return found

    def _coordinated(self, pos: int) -> list[Cue]:
        """"in Homs and Hama", "between X and Y": the second name shares the first one's cues."""
        prev = self.by_end.get(self._skip_back(pos))
        if prev is None or not prev.cues or (prev.dropped and not prev.namesake):
            return []  # a namesake left out of a list ("in X, Y and Z") still passes its cue on
        return [c for c in prev.cues if c.kind != "settlement"]

    def _cues_after(self, span: NameSpan) -> list[Cue]:
        """A region or settlement word after the name ("Homs province", "Aleppo western countryside"),
        or a colon after a name that opens the text ("Bria : ..."), the way headlines put their place first."""
        pos = span.end
        if span.bare not in self.cues.stop_keys and (
                (span.i == 0 and _HEADLINE_COLON.match(self.text, pos))
                or (_HEADLINE_LABEL.fullmatch(self.text, 0, span.start) and _HEADLINE_NEXT.match(self.text, pos))):
            return [HEADLINE]
        for _ in range(3):
            while pos < len(self.text) and self.text[pos] in " \t":
                pos += 1
            hit = self._longest(self.cue_start.get(pos))
            if hit is None:
                return []
            if hit[2].kind in ("region", "district", "settlement", "speaker"):
                return [hit[2]]
            if hit[2].kind not in ("part", "det"):
                return []
            pos = hit[1]
        return []

    def _country_of(self, span: NameSpan) -> str | None:
        best = self._best(span)
        return self.g.country(best) if int(self.g.feat[best]) == COUNTRY else None

    # --- choosing an entry -----------------------------------------------------------------------
    def _score(self, c: Candidate, qualifier: str | None) -> float:
        g, i = self.g, c.index
        feat = int(g.feat[i])
        s = math.log10(int(g.pop[i]) + 10) + 0.05 * min(int(g.nalt[i]), 20)
        if feat == COUNTRY:
            s += 6
        elif feat == ADMIN1:
            s -= 0.5
        seat = int(g.seat[i])
        s += 1.0 if seat == SEAT_CAPITAL else 0.3 if seat == SEAT_ADMIN1 else 0.0
        if c.variant:
            s -= 1.5
        elif c.how == LOOSE:
            s -= 2.0
        cc = g.country(i)
        if cc in self.rank:
            s += 4 - 0.5 * min(self.rank[cc], 4)
        if qualifier and cc == qualifier:
            s += 10
        return s

    def _best(self, span: NameSpan) -> int:
        if span.index < 0:
            span.index = max(span.cands, key=lambda c: self._score(c, span.qualifier)).index
        return span.index

    # --- deciding ------------------------------------------------------------------------------
    def _adjacent_capital(self, span: NameSpan) -> bool:
        """A capitalised word glued on either side: the name is part of a longer one ("Mark Rutte", "Qasr al-Bureij")."""
        toks, text = self.tokens, self.text
        if span.i > 0:
            p = toks[span.i - 1]
            if (p.cap and JOIN.fullmatch(text, p.end, span.start) and not p.possessive
                    and p.end not in self.cue_end and p.start not in self.common_starts
                    and not (p.end in self.adjective_end and p.end in self.cue_end_after_det())):
                return True
        k = span.j + 1
        if k < len(toks) and not toks[span.j].possessive and JOIN.fullmatch(text, span.end, toks[k].start):
            nx = toks[k]
            if nx.start in self.cue_start or nx.start in self.adjective_at:
                return False
            return nx.cap
        return False

    def cue_end_after_det(self) -> set[int]:
        """Ends of country adjectives that follow a cue ("in het Amerikaanse"): an adjective there, not part of a name."""
        if not hasattr(self, "_adj_after_cue"):
            self._adj_after_cue = {e for e, (s, _) in self.adjective_end.items() if self._skip_back(s) in self.cue_end}
        return self._adj_after_cue

    def _continued(self, span: NameSpan) -> bool:
        """Followed by an article or particle and a capitalised word ("Qasr al-Bureij", "Juntas de Uramita"):
        the name goes on, so its first words alone are no place, however big a namesake of them is."""
        toks, text, k = self.tokens, self.text, span.j + 1
        if k + 1 >= len(toks) or toks[span.j].possessive or not JOIN.fullmatch(text, span.end, toks[k].start):
            return False
        if toks[k].bare in self.g.rules.articles and text[toks[k].end:toks[k + 1].start] == "-":
            return toks[k + 1].cap  # "al-Bureij"
        for words in self.cues.particles:
            last = k + len(words)
            if last >= len(toks) or tuple(self.folded[t.start:t.end] for t in toks[k:last]) != words:
                continue
            if all(text[a.end:b.start] == " " for a, b in zip(toks[k:last], toks[k + 1:last + 1])):
                return toks[last].cap and text[toks[k].start].islower()
        return False

    def _compound(self, span: NameSpan) -> bool:
        """Glued to a lower-case word by a hyphen ("Syria-based", "pro-Assad"): a modifier, not a place."""
        t = self.text
        if span.end < len(t) - 1 and t[span.end] == "-" and t[span.end + 1].islower():
            return (span.end + 1) not in self.cue_start or self._longest(self.cue_start[span.end + 1])[2].kind \
                not in ("region", "district", "settlement")
        if span.start > 1 and t[span.start - 1] == "-" and t[span.start - 2].isalpha():
            prev = self._longest(self.cue_end.get(span.start - 1))
            return prev is None or prev[2].kind != "part"
        return False

    def _accept(self, span: NameSpan) -> bool:
        """Is this name a place here? A cue makes it one; without a cue only a well-known place is."""
        kinds = {c.kind for c in span.cues}
        if kinds & {"origin", "speaker"} or self._compound(span) or self._blocked(span):
            return False
        if self.informative and (self._continued(span) or (
                self._adjacent_capital(span) and not (kinds & TERMINAL and self._trusted(span)))):
            return False
        if any(h[0] == span.start for h in self.cue_end.get(span.end, [])):
            # a cue word ("Eastern", "Central") is a name only after a cue and before no other word
            nxt = self.tokens[span.j + 1] if span.j + 1 < len(self.tokens) else None
            if not (kinds & TERMINAL) or (nxt and JOIN.fullmatch(self.text, span.end, nxt.start)):
                return False
        if HEADLINE in span.cues and not self._headline_place(span):
            return False
        if any(c.how == LOOSE for c in span.cands) and (
                all(c.how == LOOSE for c in span.cands) or self._fit(span)[2] == LOOSE):
            return self._loose_place(span, kinds)
        if self._named_after_country(span):
            return False
        if span.adjective and kinds & (TERMINAL | {"settlement"}) and not any(
                self.g.country(c.index) == span.adjective for c in span.cands):
            span.namesake = "settlement" in kinds
            return False  # "the Mozambican town of Palma": not Palma in Spain
        if "settlement" in kinds and self.rank:  # "the town of X": a local place, in the story's own country if it has one
            told = self._told_country(span)  # "In Burkina Faso ... the village of X": that country before any other
            top = told or min(self.rank, key=self.rank.get)
            local = [c for c in span.cands if self.g.country(c.index) == top]
            if local and len(local) < len(span.cands):
                span.cands, span.index = local, -1
            if self.g.country(self._best(span)) not in ({told} if told else self.rank):
                span.namesake = True
                return False  # "Santo Domingo canton" in a Salvadoran story: a village we do not know, not a capital abroad
        if kinds - {"det", "link"}:
            return self.informative or self._uncased_with_cue(span)
        if (span.bare in self.cues.stop_keys or (len(span.bare.replace(" ", "")) < MIN_BARE and not span.alias)
                or (span.start, span.end) in self.adjective_spans):  # "Engels" is English before it is a town
            return False
        return self._well_known(span)

    def _told_country(self, span: NameSpan) -> str | None:
        """The country an earlier name of this sentence places it in ("In Burkina Faso ... the village of Solhan"):
        a village's namesake in a country only named elsewhere is not the one meant."""
        for prev in self.spans:
            if prev.start >= span.start:
                break
            if not prev.dropped and prev.index >= 0 and int(self.g.feat[prev.index]) == COUNTRY \
                    and any(c.kind == "at" for c in prev.cues):
                self.told = self.g.country(prev.index)
        return self.told

    def _named_after_country(self, span: NameSpan) -> bool:
        """"In the Costa Rica neighbourhood": a country's name before a settlement word names a quarter, not the country;
        "the English city of Nottingham": a country's adjective there only says whose town follows."""
        if self.tokens[span.j].possessive:
            return False
        if int(self.g.feat[self._best(span)]) != COUNTRY and (span.start, span.end) not in self.adjective_spans:
            return False
        pos = span.end
        while pos < len(self.text) and self.text[pos] in " \t":
            pos += 1
        hit = self._longest(self.cue_start.get(pos))
        return hit is not None and hit[2].kind == "settlement" and pos > span.end

    def _fit(self, span: NameSpan) -> tuple[int, int, int, bool]:
        """The chosen entry's feature, population, how its name matched, and whether it is in a document country."""
        best = self._best(span)
        how = next(c.how for c in span.cands if c.index == best)
        return int(self.g.feat[best]), int(self.g.pop[best]), how, self.g.country(best) in self.rank

    def _well_known(self, span: NameSpan) -> bool:
        """Without a cue: a country, or a big place under its own name (a very big one under another name).

        In all-caps text, where any word might be a name, only names of the document's countries' places count.
        """
        feat, pop, how, in_doc = self._fit(span)
        if feat == COUNTRY or span.alias:  # the pack lists aliases as names of places ("DPR", "Anbar")
            return how < VARIANT
        if how >= VARIANT or (how == ALT and not self.informative):
            return False
        if feat == ADMIN1:
            return in_doc and how == MAIN
        if how == ALT:
            return pop >= BIG_ALT or (in_doc and pop >= BIG)
        if not self.informative:  # "FEBE ELIZABETH VELAZQUEZ": in capitals a mid-size town abroad is likely a name
            return pop >= BIG_ALT or (self.rank.get(self.g.country(self._best(span))) == 0 and pop >= BIG)
        return pop >= BIG or (in_doc and pop >= KNOWN_IN_DOC)

    def _loose_place(self, span: NameSpan, kinds: set[str]) -> bool:
        """A name known only by its skeleton is a place after a locative cue, in a country the story is about
        ("in Kabasin" in a Syrian story), of some size (a hamlet's skeleton is too easily another word's:
        "in Beieren" is Bavaria, not Borovan), and only if no other country has a place of that skeleton."""
        if not (kinds - {"det", "link", "and"}) or span.bare in self.cues.stop_keys or HEADLINE in span.cues:
            return False
        if len(span.bare.replace(" ", "")) < MIN_BARE + 1:
            return False
        ours = [c for c in span.cands if self.g.country(c.index) in self.rank
                and _sized(int(self.g.pop[c.index]))]
        if not ours or len({self.g.country(c.index) for c in ours}) > 1:
            return False
        span.cands, span.index = ours, -1
        return True

    def _headline_place(self, span: NameSpan) -> bool:
        """A headline's opening name is a place when it is a town of some size, a province or a country
        ("Roundup:" names a hamlet somewhere, "Bossangoa :" a town)."""
        feat, pop, how, in_doc = self._fit(span)
        return how < VARIANT and (in_doc or feat != CITY or pop >= HEADLINE_MIN_POPULATION)

    def _uncased_with_cue(self, span: NameSpan) -> bool:
        """All-caps text after a cue ("IN THE SAME", "ON BAIL"): common words look like names, so be strict."""
        feat, pop, how, in_doc = self._fit(span)
        if feat == COUNTRY:
            return True
        if len(span.bare.replace(" ", "")) < MIN_BARE or span.bare in self.cues.stop_keys:
            return False
        if span.cues[0].kind == "det":  # "in the same": a place seldom takes an article
            return False
        if how == ALT and pop < BIG_ALT:  # "IN THE CITY", "AREA": other names of small towns are often words
            span.namesake = self.rank.get(self.g.country(self._best(span))) != 0
            return not span.namesake
        return how < VARIANT and (in_doc or (how == MAIN and (pop >= BIG or feat == ADMIN1)))

    def _trusted(self, span: NameSpan) -> bool:
        """A big place under its own name, or a document country's ("near Deir Ezzor Airbase")."""
        feat, pop, how, in_doc = self._fit(span)
        big = feat == COUNTRY or (feat == CITY and pop >= BIG)
        return big and (how == MAIN or (how == ALT and in_doc))

    def _blocked(self, span: NameSpan) -> bool:
        """Inside a name the pack says is no place of ours ("Gulf of Aden", "Central Africa")."""
        return any(s <= span.start and span.end <= e for s, e in self.not_places)

    def _place(self, span: NameSpan) -> None:
        kinds = {c.kind for c in span.cues}
        best = self._best(span)
        g = self.g
        feat = int(g.feat[best])
        if "region" in kinds and feat == CITY:
            cc = g.country(best)  # "San Martin department": the province of that name, not a town's province
            provinces = [c for c in span.cands if int(g.feat[c.index]) == ADMIN1 and g.country(c.index) == cc]
            if provinces:
                best, feat = max(provinces, key=lambda c: self._score(c, span.qualifier)).index, ADMIN1
            elif int(g.admin[best]) >= 0:
                best, feat = int(g.admin[best]), ADMIN1  # "Homs province", "the desert east of Homs"
        elif "district" in kinds and feat == CITY:
            cc = g.country(best)  # "the Shopian district": the district's town, unless a province bears the name
            provinces = [c for c in span.cands if int(g.feat[c.index]) == ADMIN1 and g.country(c.index) == cc]
            if provinces:
                best, feat = max(provinces, key=lambda c: self._score(c, span.qualifier)).index, ADMIN1
        span.index = best
        if feat != CITY:
            span.precision = 3
        elif kinds & {"near", "between", "direction", "part", "region", "district"}:
            span.precision = 2
        else:
            span.precision = 1
        for kind in _PRIORITY:
            rule = next((c.rule for c in span.cues if c.kind == kind), None)
            if rule:
                span.rule = rule
                break

    def accepted(self, with_origins: bool = False) -> list[NameSpan]:
        """The names that are places here, left to right (later names see earlier ones' cues)."""
        for span in self.spans:
            span.cues = self._cues_before(span) + self._cues_after(span)
            if with_origins:
                span.cues = [c for c in span.cues if c.kind not in ("origin", "speaker")]
            span.dropped = not self._accept(span)
            if not span.dropped:
                self._best(span)
        return [s for s in self.spans if not s.dropped]

    def places(self) -> list[PlaceHit]:
        for span in self.accepted():
            self._place(span)
        self._qualify_pairs()
        self._route_ends()
        out = []
        for s in self.spans:
            if not s.dropped:
                hit = Hit(s.start, s.end, self.text[s.start:s.end], s.rule)
                out.append(PlaceHit(hit, self.g.place(s.index, s.precision)))
        unlisted = self._unlisted()
        return sorted(out + unlisted, key=lambda p: p.hit.start) if unlisted else out

    def _route_ends(self) -> None:
        """"On the Jammu-Srinagar highway near Pulwama": towns joined by a hyphen before a route word name the road,
        not the scene; another place of the sentence says where on it, else the road's first town, near it."""
        if not self.informative:
            return
        routes = {s for s, _, _ in self.cues.routes.find_all(self.text, self.folded)}
        if not routes:
            return
        kept = [s for s in self.spans if not s.dropped]
        for span in kept:
            pos, hyphened = span.end, False
            while pos < len(self.text) and self.text[pos] == "-":  # over "-Srinagar", "-Kandahar-Herat"
                m = _NEXT_NAME.match(self.text, pos + 1)
                if m is None or not m.group()[0].isupper():
                    break
                pos, hyphened = m.end(), True
            while pos < len(self.text) and self.text[pos] in " -":  # "highway", "-snelweg"
                pos += 1
            span.route = hyphened and pos in routes
        if any(s.route for s in kept):
            others = [s for s in kept if not s.route]
            for s in kept:
                if s.route:
                    s.dropped = bool(others)
                    s.precision = max(s.precision, 2)

    # --- towns the gazetteer lacks -----------------------------------------------------------------
    def _unlisted(self) -> list[PlaceHit]:
        """"The village of Hostigal, Cauca department", "in Mulalo, Yumbo municipality": a settlement the text
        names clearly but the gazetteer lacks keeps the text's name, placed at what is known (the town or province
        told with it at precision 2, else the story's country at precision 3), so the location says what the text says."""
        if not self.tokens:
            return []
        kept = [s for s in self.spans if not s.dropped]
        self._starts = {t.start: k for k, t in enumerate(self.tokens)}
        self._ends = {t.end: k for k, t in enumerate(self.tokens)}
        names: dict[int, tuple[int, int]] = {}
        ahead: set[int] = set()  # settlement words with a name after them ("the Burkina Faso town of Djibo")
        for s, e, cue in sorted((h for hits in self.cue_start.values() for h in hits), key=lambda h: -h[1]):
            if cue.kind != "settlement" or any(sp.start <= s < sp.end for sp in kept):
                continue
            linked = any(c.kind == "link" for _, _, c in self.cue_end.get(e, ()))
            k = self._token_at(e) if self.informative or linked else None  # "THE TOWN OF X", not "THE CITY TODAY"
            if k is not None:
                run = self._name_run(k)
                if run:
                    names.setdefault(run[0], run)
                if run or any(sp.start == self.tokens[k].start for sp in kept):
                    ahead.add(s)
            k = self._token_ending(s)
            if k is not None:
                run = self._name_back(k)
                if run and not (s in ahead and self._country_name(*run)):
                    names.setdefault(run[0], run)  # but a country before "town of X" only says whose town X is
        for e, hits in self.cue_end.items():  # "in X, <province>"
            if any(c.kind == "at" for _, _, c in hits):
                k = self._token_at(e)
                run = self._name_run(k) if k is not None else None
                if run and self.text[self.tokens[run[1]].end:self.tokens[run[1]].end + 1] == ",":
                    ref = self._reference(self.tokens[run[1]].end, kept)
                    if ref is not None and int(self.g.feat[ref.index]) != COUNTRY:
                        names.setdefault(run[0], run)
        out = []
        for i, j in sorted(names.values()):
            start, end = self.tokens[i].start, self.tokens[j].end
            if any(start < s.end and s.start < end for s in kept) or any(start < e and b < end for b, e in self.exclude):
                continue
            place = self._unlisted_place(self.text[start:end], end, kept)
            if place is not None:
                out.append(PlaceHit(Hit(start, end, self.text[start:end], UNLISTED), place))
        return out

    def _country_name(self, i: int, j: int) -> bool:
        """Tokens i..j are a country's name."""
        start, end = self.tokens[i].start, self.tokens[j].end
        return any(sp.start == start and sp.end == end and sp.cands and int(self.g.feat[self._best(sp)]) == COUNTRY
                   for sp in self.spans)

    def _token_at(self, pos: int) -> int | None:
        """The token that starts right after `pos` (only blanks between)."""
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return self._starts.get(pos)

    def _token_ending(self, pos: int) -> int | None:
        """The token that ends right before `pos` (only blanks between)."""
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1
        return self._ends.get(pos)

    def _name_word(self, k: int) -> bool:
        t = self.tokens[k]
        word = self.text[t.start:t.end]
        return (word.isalpha() and word[0].isupper() and t.start not in self.cue_start
                and t.bare not in self.cues.stop_keys and t.start not in self.adjective_at)

    def _name_run(self, k: int) -> tuple[int, int] | None:
        """The name starting at token k: capitalised words (and particles between them, "San Luis de la Reina");
        in all-caps text it must end at punctuation or at a cue word, where nothing else can have crept in."""
        toks, text = self.tokens, self.text
        limit = MAX_WORDS if self.informative else MAX_WORDS_UNCASED
        if not self._name_word(k):
            return None
        j = k
        while j + 1 < len(toks) and j - k + 1 < limit and JOIN.fullmatch(text, toks[j].end, toks[j + 1].start):
            nxt = toks[j + 1]
            if self._name_word(j + 1) and (nxt.cap and (not self.informative or text[nxt.start].isupper())):
                j += 1
                continue
            particle = self._particle_at(j + 1)
            if particle and self.informative:
                j = particle
                continue
            break
        if not self.informative:
            after = j + 1
            ends = after >= len(toks) or not JOIN.fullmatch(text, toks[j].end, toks[after].start) \
                or toks[after].start in self.cue_start
            if not ends:
                return None
        return self._plausible(k, j)

    def _particle_at(self, k: int) -> int | None:
        """"de la" in "San Luis de la Reina": the last particle token when particles and a capital word follow."""
        for words in self.cues.particles:
            last = k + len(words)
            if last >= len(self.tokens):
                continue
            if tuple(self.folded[t.start:t.end] for t in self.tokens[k:last]) == words \
                    and self.text[self.tokens[k].start].islower() and self._name_word(last):
                return last - 1
        return None

    def _name_back(self, j: int) -> tuple[int, int] | None:
        """The name ending at token j, before a settlement word ("in the Modelo neighbourhood", "IN SEVILLA
        MUNICIPALITY"); in all-caps text a locative cue must stand right before it (no article: "IN THE SAME TOWN")."""
        toks, text = self.tokens, self.text
        if not self._name_word(j):
            return None
        i = j
        limit = MAX_WORDS if self.informative else MAX_WORDS_UNCASED
        while i > 0 and j - i + 1 < limit and JOIN.fullmatch(text, toks[i - 1].end, toks[i].start) \
                and self._name_word(i - 1) and toks[i - 1].cap:
            i -= 1
        before = self._longest(self.cue_end.get(self._skip_back(toks[i].start)))
        if self.informative:
            return self._plausible(i, j) if before is None or before[2].kind not in ("origin", "speaker") else None
        return self._plausible(i, j) if before is not None and before[2].kind in ("at", "near") else None

    def _plausible(self, i: int, j: int) -> tuple[int, int] | None:
        bare = " ".join(self.tokens[k].bare for k in range(i, j + 1))
        if len(bare.replace(" ", "")) < MIN_BARE or bare in self.cues.stop_keys or self._blocked_range(i, j):
            return None
        return i, j

    def _blocked_range(self, i: int, j: int) -> bool:
        start, end = self.tokens[i].start, self.tokens[j].end
        return any(s < end and start < e for s, e in self.not_places)

    def _reference(self, end: int, kept: list[NameSpan]) -> NameSpan | None:
        """The place named right after a name, in the same clause: where the name lies."""
        for s in kept:
            if s.start >= end:
                gap = self.text[end:s.start]
                return s if len(gap) <= _UNLISTED_GAP and not _UNLISTED_BREAK.search(gap) else None
        return None

    def _unlisted_place(self, name: str, end: int, kept: list[NameSpan]):
        ref = self._reference(end, kept)
        shown = name if self.informative else " ".join(w.capitalize() for w in name.split())
        if ref is not None and int(self.g.feat[ref.index]) != COUNTRY:
            place = self.g.place(ref.index)
            return replace(place, name=shown, precision=2, geonameid=None, feature="city", population=0)
        cc = self.g.country(ref.index) if ref is not None else self.told or (
            min(self.rank, key=self.rank.get) if self.rank else None)
        place = self.g.country_place(cc) if cc else None
        return replace(place, name=shown, precision=3, geonameid=None, feature="city", population=0) if place else None

    def _qualify_pairs(self) -> None:
        """"Yemen's Marib", "Homs, Syria": the country only says which Marib or Homs; it is no place of its own."""
        kept = [s for s in self.spans if not s.dropped]
        for a, b in zip(kept, kept[1:]):
            if self.tokens[a.j].possessive and int(self.g.feat[a.index]) == COUNTRY and b.qualifier:
                a.dropped = True
            elif (self.tokens[a.j].possessive and b.start - a.end <= 1 and int(self.g.feat[a.index]) == CITY
                  and int(self.g.feat[b.index]) == CITY and self._lies_in(b.index, a.index, _WITHIN_KM)):
                a.dropped = True  # "Baghdad's Sadr City": the city only says where its quarter lies
            elif (int(self.g.feat[b.index]) == COUNTRY and int(self.g.feat[a.index]) != COUNTRY
                  and re.fullmatch(r"\s*,\s*", self.text[a.end:b.start])):
                cc = self.g.country(b.index)
                inside = [c for c in a.cands if self.g.country(c.index) == cc]
                if inside:
                    a.cands, a.qualifier, a.index = inside, cc, -1
                    self._place(a)
                    b.dropped = True
            elif int(self.g.feat[a.index]) != ADMIN1 and _PROVINCE_AFTER.fullmatch(self.text, a.end, b.start):
                self._qualify_by_province(a, b)
                if not a.dropped and self._names_province_of(b, a) and not self._listed_on(b, kept):
                    b.dropped = True  # "Qabasin, Aleppo": the province only says where the town lies
            elif int(self.g.feat[a.index]) == CITY and int(self.g.feat[b.index]) != COUNTRY:
                self._qualify_by_reference(a, b)

    def _qualify_by_province(self, a: NameSpan, b: NameSpan) -> None:
        """"Benito Juárez, Zacatecas": a province right after a town says which town of that name is meant."""
        g = self.g
        province = b.index if int(g.feat[b.index]) == ADMIN1 else int(g.admin[b.index])
        if province < 0 or int(g.admin[a.index]) == province:
            return
        if int(g.feat[a.index]) == COUNTRY and (int(g.feat[b.index]) != ADMIN1 or g.country(a.index) == g.country(b.index)):
            return  # "Syria, Homs" lists; only a province abroad makes a country's name a town's ("Grenada, Antioquia")
        inside = [c for c in a.cands if int(g.feat[c.index]) == CITY and int(g.admin[c.index]) == province]
        if inside:
            a.cands, a.qualifier, a.index = inside, g.country(province), -1
            self._place(a)
        elif (g.country(province) in self.rank and g.country(a.index) != g.country(province)
              and not any(g.country(c.index) == g.country(province) for c in a.cands)):
            a.dropped = True  # "La Laguna, Chalatenango": a village of that province the gazetteer lacks, no namesake abroad

    def _names_province_of(self, b: NameSpan, a: NameSpan) -> bool:
        """b can be read as the name of the province town a lies in ("Aleppo" after "Qabasin")."""
        g = self.g
        if int(g.feat[a.index]) != CITY or int(g.admin[a.index]) < 0:
            return False
        province = int(g.admin[a.index])
        return b.index == province or any(c.index == province for c in b.cands)

    def _listed_on(self, b: NameSpan, kept: list[NameSpan]) -> bool:
        """A list goes on after b ("in Saraqib, Idlib and Ariha"): b is an item of it, not a qualifier."""
        later = [s for s in kept if s.start >= b.end]
        if not later:
            return False
        pos = b.end
        while pos < later[0].start and self.text[pos] in " \t,":
            pos += 1
        if pos == later[0].start:
            return True
        hit = self._longest(self.cue_start.get(pos))
        return hit is not None and hit[2].kind == "and" and self._skip_back(later[0].start) <= hit[1] + 1

    def _qualify_by_reference(self, a: NameSpan, b: NameSpan) -> None:
        """"Al-Mallah north of Aleppo", "Bab Tuma in Damascus": the next place says where the town lies, so a
        namesake elsewhere (another province, far off) is not meant: take the one there, or none we know."""
        kinds = {c.kind for c in b.cues}
        limit = _WITHIN_KM if kinds & {"at", "district"} and not kinds & {"direction", "near"} else _AROUND_KM if kinds & {
            "direction", "near"} else None  # "district": "the Sangin district of Helmand" lies in Helmand
        gap = self.text[a.end:b.start]
        a_pop, b_pop = int(self.g.pop[a.index]), int(self.g.pop[b.index])
        if a_pop >= BIG or b_pop <= a_pop:  # the reference point is the better-known place ("Kabul on Thursday")
            return
        if limit is None or len(gap) > _REFERENCE_GAP or _NOT_A_REFERENCE.search(gap) or any(
                h[2].kind == "and" for s in range(a.end, b.start) for h in self.cue_start.get(s, ())):
            return  # another clause, a list, or a distance told ("370 km from Bogota")
        fits = [c for c in a.cands if int(self.g.feat[c.index]) == CITY and self._lies_in(c.index, b.index, limit)]
        if not fits:
            a.dropped = True
        elif a.index not in {c.index for c in fits}:
            a.cands, a.index = fits, -1
            self._place(a)

    def _lies_in(self, i: int, ref: int, limit: float) -> bool:
        """Entry i is in the province of `ref` (or `ref` itself is that province), or within `limit` km of it."""
        g = self.g
        province = ref if int(g.feat[ref]) == ADMIN1 else int(g.admin[ref])
        if province >= 0 and int(g.admin[i]) == province:
            return True
        dy = math.radians(float(g.lat[i]) - float(g.lat[ref]))
        dx = math.radians(float(g.lon[i]) - float(g.lon[ref])) * math.cos(math.radians(float(g.lat[ref])))
        return 6371.0 * math.hypot(dx, dy) <= limit


def find_places(text: str, lang: str, countries: Sequence[str] = (), gazetteer: Gazetteer | None = None,
                exclude: Sequence[tuple[int, int]] = (), common: Sequence[tuple[int, int]] = ()) -> list[PlaceHit]:
    """Every place the sentence locates something at, in text order, with ACLED precision.

    `countries` (ISO alpha-2, most talked-about first, e.g. from document_countries) decide between
    places of the same name. Places of origin ("from X") and of speakers ("said in X") are left out,
    and so are names overlapping the `exclude` spans (e.g. actor names: "the Taliban's bases"). A capital
    word glued before a name makes it part of a longer name ("Jack London"), unless it starts one of the
    `common` spans, words known to be common nouns (e.g. event triggers: "Aanslag Manchester:").
    """
    g = gazetteer or load_gazetteer()
    return _Sentence(text, lang, countries, g, exclude, common).places()


def document_countries(text: str, lang: str, gazetteer: Gazetteer | None = None, origins: bool = True) -> list[str]:
    """ISO alpha-2 codes of the countries a document talks about, most talked-about first.

    Counts country names, country adjectives ("Iraqi", "Iraakse") and places whose name leaves no
    doubt about their country; origins and speakers' places count too (they still say where the story is),
    unless `origins` is False (a sentence's own countries: "who visited Costa Rica" is not where it happened).
    """
    g = gazetteer or load_gazetteer()
    cues = load_cues(lang)
    score: dict[str, float] = {}
    first: dict[str, int] = {}

    def add(cc: str, w: float, pos: int) -> None:
        score[cc] = score.get(cc, 0.0) + w
        first[cc] = min(first.get(cc, pos), pos)

    folded = fold(text)
    for s, _, cc in cues.adjectives.find_all(text, folded):
        add(cc, 0.75, s)
    for span in _Sentence(text, lang, (), g).accepted(with_origins=origins):
        best = span.index
        feat, cc, pop = int(g.feat[best]), g.country(best), int(g.pop[best])
        if feat == COUNTRY:
            add(cc, 1.0, span.start)
            continue
        rivals = {g.country(c.index) for c in span.cands if c.index != best and int(g.pop[c.index]) * 10 >= pop}
        if rivals - {cc}:
            continue  # a namesake of similar size elsewhere: the name says nothing about the country
        how = next(c.how for c in span.cands if c.index == best)
        if how != MAIN and pop < BIG and not span.alias:
            continue  # a small town under one of its other names ("Kaïta" for a Japanese Kaitaichi): a guess
        sure = pop >= BIG or len({g.country(c.index) for c in span.cands}) == 1
        add(cc, 0.5 if sure else 0.25, span.start)
    return sorted(score, key=lambda cc: (-score[cc], first[cc]))


def _sized(population: int) -> bool:
    """Big enough for a skeleton match; 0 is an unknown population (many GeoNames villages), not a hamlet."""
    return population == 0 or population >= LOOSE_MIN_POPULATION
