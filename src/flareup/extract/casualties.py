"""Casualty counts: which numbers in a sentence count the killed, the injured or the abducted."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from flareup.dates.phrases import find_phrases
from flareup.extract.quantities import Quantity, find_quantities
from flareup.extract.victim_lists import MAX_NAME_WORDS, WORD, list_cues, victim_lists
from flareup.lang.packs import load_pack
from flareup.text.case import inside_name
from flareup.text.matcher import PatternSet, PhraseMatcher, object_patterns
from flareup.text.normalize import fold, word_count

KINDS = ("killed", "injured", "abducted")
_MAX_WORDS_BETWEEN = 12
_UPDATE_REACH_WORDS = 16  # "the death toll of <a long noun phrase> has risen to 63"
_ONE_KILLED_GAP = 3  # "killed former defense minister X": a killing verb this close before one person
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s|\.\s|\s-\s|\|")
_YEAR = range(1900, 2101)
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # "at 0945", "at 1620": a 24-hour time written as four digits
_PERIOD_GAP = 3  # "over the past ... months": "over the past six months", "over the past few months"
_PERIOD_WORDS = 20  # a period phrase this close to a count makes it a total over that period
_HYPOTHETICAL_WORDS = 2  # "would have killed 5,000": the cue this close after a hypothetical phrase
_ASIDE_WORDS = 8  # ", including an important commander named X,": the longest subset aside a count reaches across


@dataclass(frozen=True)
class Casualty:
    kind: str  # killed | injured | abducted
    quantity: Quantity
    cue_start: int
    cue_end: int
    subset: bool  # part of a total already given ("including 3 children")
    attackers: bool  # the count is of the attackers themselves
    update: bool  # "the death toll rose to ..."
    rule: str
    additional: bool = False  # "7 other people", "two guards were also killed": beyond those already counted
    cumulative: bool = False  # "so far this year 12 have been killed": a total over a period, no incident's toll


class Cues:
    def __init__(self, lang: str):
        data = load_pack(lang).toml("casualties")
        self.cues = PatternSet([*((p, (kind, False)) for kind in KINDS for p in data.get(kind, {}).get("phrases", [])),
                                *((p, ("killed", False)) for p in object_patterns(data.get("killed_objects", {}))),
                                *((p, ("killed", True)) for p in data.get("killed_nouns", {}).get("phrases", []))],
                               long_gap=data.get("clause_final_gap"),
                               after_final=load_pack(lang).toml("triggers").get("clause_final_after", []))
        # phrases that hold a casualty word but tell no casualty ("vele levens gered"): the triggers' list
        self.void = PhraseMatcher((p, 1) for p in load_pack(lang).toml("triggers").get("not_triggers", {}).get("phrases", []))
        self.hypothetical = PhraseMatcher((p, 1) for p in data.get("hypothetical", {}).get("phrases", []))
        self.clock_before = {fold(w) for w in data.get("clock", {}).get("before", [])}
        self.subset = PhraseMatcher((p, 1) for p in data.get("subset", {}).get("phrases", []))
        self.barrier = PhraseMatcher((p, 1) for p in data.get("barrier", {}).get("phrases", []))
        self.relative = {fold(w) for w in data.get("barrier", {}).get("relative", [])}
        self.attackers = PhraseMatcher((p, 1) for p in data.get("attackers", {}).get("phrases", []))
        self.update = PhraseMatcher((p, 1) for p in data.get("update", {}).get("phrases", []))
        animals = data.get("animals", {}).get("phrases", [])
        self.units = PhraseMatcher((p, 1) for p in [*data.get("units", {}).get("phrases", []), *animals])
        self.animals = PhraseMatcher((p, 1) for p in animals)
        none = data.get("none", {})
        self.none = PhraseMatcher((p, kind) for kind in ("killed", "injured") for p in none.get(kind, []))
        self.not_after = PhraseMatcher((p, 1) for p in data.get("not_after", {}).get("phrases", []))
        self.list_joiners = {fold(w) for w in data.get("list_joiners", [])}
        one = data.get("one_killed", {})
        self.one_killed = PatternSet([*((p, 1) for p in one.get("phrases", [])),
                                      *((f"{v} ... {n}", 1) for v in one.get("verbs", []) for n in one.get("persons", [])),
                                      *((f"{n} ... {v}", 2) for v in one.get("participles", []) for n in one.get("persons", []))],
                                     max_gap=_ONE_KILLED_GAP)
        self.persons = PhraseMatcher((p, 1) for p in one.get("persons", []))
        self.partitive = {fold(w) for w in data.get("partitive", {}).get("phrases", [])}
        self.victim_end = PhraseMatcher((p, 1) for p in data.get("victim_end", {}).get("phrases", []))
        self.victims = PhraseMatcher((p, 1) for p in data.get("victims", {}).get("phrases", []))
        more = data.get("additional", {})
        self.more_after = {fold(w) for w in more.get("after_count", [])}
        self.more_before = {fold(w) for w in more.get("before_cue", [])}
        self.articles = {fold(a) for a in load_pack(lang).toml("numbers").get("articles", [])}
        active = data.get("active", {})
        self.active = PhraseMatcher((p, 1) for p in active.get("verbs", []))
        self.passive_before = {fold(w) for w in active.get("passive_before", [])}
        self.determiners = {fold(w) for w in active.get("determiners", [])}
        self.agent = {fold(w) for w in active.get("agent", [])}
        period = data.get("cumulative", {})
        self.cumulative = PatternSet(((p, 1) for p in period.get("phrases", [])), max_gap=_PERIOD_GAP)
        self.since = {fold(w) for w in period.get("since", [])}
        self.perfect = {fold(w) for w in period.get("perfect", [])}


@lru_cache(maxsize=None)
def _cues(lang: str) -> Cues:
    return Cues(lang)



def find_casualties(text: str, lang: str, folded: str) -> list[Casualty]:
    """Each count tied to the nearest casualty cue in its clause, before or after it."""
    c = _cues(lang)
    hypothetical = [e for _, e, _ in c.hypothetical.find(text, folded)]
    cues = [(s, e, kind, forward) for s, e, (kind, forward) in c.cues.find(text, folded)
            if not any(h <= s and word_count(folded[h:s]) <= _HYPOTHETICAL_WORDS for h in hypothetical)
            and not _names_animal(folded, e, c) and not inside_name(text, s)
            and not any(vs <= s and e <= ve for vs, ve, _ in c.void.find_all(text, folded))]
    if not cues:
        return []
    phrases = find_phrases(text, lang)
    dates = [(p.start, p.end) for p in phrases]
    periods = [(s, e) for s, e, _ in c.cumulative.find(text, folded)]
    since = [(p.start, p.end) for p in phrases if folded[p.start:p.end].split()[:1] and folded[p.start:p.end].split()[0] in c.since]
    barriers = [(s, e) for s, e, _ in c.barrier.find(text, folded)]
    subsets = [e for _, e, _ in c.subset.find(text, folded)]
    asides = _asides(folded, c)
    update_spans = [(s, e) for s, e, _ in c.update.find(text, folded)]
    updates = [e for _, e in update_spans]
    out = []
    quantities = [q for q in find_quantities(text, lang)
                  if not _not_a_count(q, text, folded, c, any(e <= q.start and not folded[e:q.start].strip() for _, e, _, _ in cues))
                  and not any(s <= q.start and q.end <= e for s, e in dates)]
    starts = {q.start for q in quantities}
    for q in quantities:
        best = None
        # "the death toll of the bombing in Kabul has risen to 63": an updated figure reaches back to its toll word
        reach = _UPDATE_REACH_WORDS if _right_after_update(q, update_spans, folded) else 4
        for cs, ce, kind, forward in cues:
            if cs <= q.start and q.end <= ce:  # separable cue around the count: "kwamen tien leden om"
                dist = 0
            elif ce <= q.start:
                between = folded[ce:q.start]
                dist = word_count(between)
                if (_CLAUSE_BREAK.search(_listed_more(between, folded, q, c)) or dist > reach
                        or any(ce <= b < q.start for b, _ in barriers)):
                    continue
                if set(between.split()) & c.agent:  # "killed by a policeman": the killer, not one more dead
                    continue
                if between.strip() in c.list_joiners:  # "two died and 15 others were hurt": a new coordinated clause
                    dist = _MAX_WORDS_BETWEEN
            elif cs >= q.end and not forward:
                between = _without(folded, q.end, cs, asides)
                dist = word_count(between)
                if _CLAUSE_BREAK.search(between) and not _only_list(between, q.end, starts, c.list_joiners):
                    continue
                if dist > _MAX_WORDS_BETWEEN or any(q.end <= b < cs and not _inside(b, asides)
                                                    and not _relative_closed(folded, b, be, cs, starts, c)
                                                    for b, be in barriers):
                    continue
            else:
                continue
            if best is None or dist < best[0] or (dist == best[0] and cs >= q.end):
                best = (dist, cs, ce, kind)
        if best is None:
            continue
        _, cs, ce, kind = best
        after = folded[q.end:q.end + 40]
        if cs >= q.end and (one := _person_before(folded, q, quantities, c)):
            out.append(Casualty(kind, one, cs, ce, False, False, False, f"{lang}.casualty.{kind}.person_and_count"))
        out.append(Casualty(
            kind, q, cs, ce,
            subset=any(e <= q.start and word_count(folded[e:q.start]) <= 3 for e in subsets) or _partitive(q, quantities, folded, c),
            attackers=_names_attackers(after, c),
            update=any(e <= q.start and word_count(folded[e:q.start]) <= 2 for e in updates) or _right_after_update(q, update_spans, folded),
            rule=f"{lang}.casualty.{kind}.{q.rule}",
            additional=_additional(folded, q, cs, ce, c),
            cumulative=_over_period(folded, q, cs, periods, since, [b for b, _ in barriers], c),
        ))
    out += _persons_last(out, quantities, folded, lang, c)
    for lo, hi, cs, ce, items in victim_lists(text, folded, lang, cues, quantities, c):
        # the list's own counts and people are told again as one group under its cue
        out = [x for x in out if not (x.kind == "killed" and lo <= x.quantity.start and x.quantity.end <= hi)]
        also = bool(set(folded[max(0, cs - 12):cs].split()[-1:] + folded[cs:ce].split()) & c.more_before)
        period = _over_period(folded, items[0], cs, periods, since, [b for b, _ in barriers], c)
        out += [Casualty("killed", q, cs, ce, False, False, False, f"{lang}.casualty.killed.victim_list",
                         additional=also, cumulative=period) for q in items]
    return _drop_subjects(out, folded, c)


def _right_after_update(q: Quantity, spans: list[tuple[int, int]], folded: str) -> bool:
    """Does the count follow an update phrase ("rose to 63", "opgelopen tot 63")? The count may have taken the
    phrase's last word as its own bound ("tot 63": up to 63)."""
    return any((e <= q.start and not folded[e:q.start].strip()) or s < q.start < e <= q.end for s, e in spans)


def _names_animal(folded: str, cue_end: int, c: Cues) -> bool:
    """"The dead jackal", "killed two dogs": the cue is about animals, not people."""
    nxt = c.animals.find(folded[cue_end:cue_end + 30])
    return bool(nxt) and word_count(folded[cue_end:cue_end + nxt[0][0]]) <= 1


def _asides(folded: str, c: Cues) -> list[tuple[int, int]]:
    """", including a senior commander," between a count and its cue: a subset set off by commas, which
    the count reaches across ("18 militants, including a commander, were killed"; "nine villagers, four of
    them children, were killed")."""
    out = []
    for s, e, _ in c.subset.find(folded):
        lead = re.search(r",\s*(?:\w+\s+)?$", folded[:s])  # ", including ..." or ", four of them ..."
        close = folded.find(",", e)
        if lead and close > 0 and not _CLAUSE_BREAK.search(folded[e:close]) \
                and word_count(folded[e:close]) <= _ASIDE_WORDS:
            out.append((lead.start(), close + 1))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _without(folded: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """folded[start:end] with the spans that lie wholly inside it cut out (each leaves a space)."""
    out, pos = [], start
    for s, e in sorted(spans):
        if start <= s and e <= end:
            out.append(folded[pos:s])
            pos = e
    out.append(folded[pos:end])
    return " ".join(out)


def _listed_more(between: str, folded: str, q: Quantity, c: Cues) -> str:
    """"Drone strike kills a commander, 4 others": a count of others listed after the verb's first object
    reaches back across that one comma; any other clause break still stops it."""
    after = folded[q.end:q.end + 20].split()[:1]
    listed = between.rstrip()[:-1]
    if after and after[0] in c.more_after and between.rstrip().endswith(",") and word_count(listed):
        return listed
    return between


def _relative_closed(folded: str, b: int, be: int, cue_start: int, starts: set[int], c: Cues) -> bool:
    """"Two women who worked with them were murdered": a relative clause about the counted people ends where a
    passive auxiliary brings the main verb; the count reaches the cue across it (no other count in between)."""
    if folded[b:be] not in c.relative or any(be <= s < cue_start for s in starts):
        return False
    lead = folded[be:cue_start].split()
    return len(lead) >= 2 and bool(set(lead[-2:]) & c.passive_before)


def _person_before(folded: str, q: Quantity, quantities: list[Quantity], c: Cues) -> Quantity | None:
    """"The minister and his two bodyguards died": one named person joined to the count is one more dead."""
    lead = folded[max(0, q.start - 48):q.start]
    words = lead.split()
    if words and words[-1] in c.determiners and words[-1] not in c.articles:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in c.list_joiners or re.search(r"[^\w\s'-]", words[-2]):
        return None
    hits = [h for h in c.persons.find(" ".join(words[-4:-1])) if h[1] == len(" ".join(words[-4:-1]))]
    if not hits:
        return None
    start = q.start - len(lead) + lead.rfind(words[-2])
    if any(o.end <= start and len(folded[o.end:start].split()) <= 2 and o is not q for o in quantities):
        return None  # "a soldier and two policemen": the soldier is counted already
    return Quantity(start, start + len(words[-2]), 1, 1, 1, "person")


def _persons_last(found: list[Casualty], quantities: list[Quantity], folded: str, lang: str, c: Cues) -> list[Casualty]:
    """"Two guards and the driver were killed", "a colonel, a judge and senator X were murdered": a single person
    named last in the list of counted groups before the cue is one more dead."""
    extra = []
    for cs in {x.cue_start for x in found if x.quantity.end <= x.cue_start}:
        group = [x for x in found if x.cue_start == cs and x.quantity.end <= cs]
        last = max(group, key=lambda x: x.quantity.end)
        between = folded[last.quantity.end:cs]
        words = re.findall(r"[\w'-]+|[^\w\s]", between)
        joins = [i for i, w in enumerate(words) if w in c.list_joiners]
        if not joins or any(last.quantity.end < o.start < cs for o in quantities):
            continue
        tail = words[joins[-1] + 1:]
        while tail and tail[0] in c.determiners and tail[0] not in c.articles:
            tail = tail[1:]
        hit = c.persons.find(" ".join(tail[:2]))
        if (not hit or hit[0][0] != 0 or len(tail) > 8 or any(not re.match(r"[\w'-]", w) for w in tail)):
            continue
        start = last.quantity.end + between.rfind(tail[0])
        one = Quantity(start, start + len(tail[0]), 1, 1, 1, "person")
        extra.append(Casualty(last.kind, one, cs, last.cue_end, False, False, False, f"{lang}.casualty.{last.kind}.person_last"))
    return extra


def _over_period(folded: str, q: Quantity, cue_start: int, periods: list[tuple[int, int]],
                 since: list[tuple[int, int]], barriers: list[int], c: Cues) -> bool:
    """"So far this year, 12 members have been killed", "over 1,000 people have died since 1985": a total
    over weeks, months or a war. A "since" date counts only with a perfect tense before the cue
    ("have died since"), not after a plain past ("died since"), nor across a relative clause ("the bodies of
    four of the students who were kidnapped over the past months")."""
    def near(s: int, e: int) -> bool:
        lo, hi = min(s, q.start), max(e, q.end)
        return (";" not in folded[lo:hi] and word_count(folded[lo:hi]) <= _PERIOD_WORDS
                and not any(q.end <= b < s for b in barriers))
    if any(near(s, e) for s, e in periods):
        return True
    perfect = bool(set(folded[max(0, cue_start - 16):cue_start].split()[-2:]) & c.perfect)
    return perfect and any(near(s, e) for s, e in since)


def _drop_subjects(found: list[Casualty], folded: str, c: Cues) -> list[Casualty]:
    """"A policeman killed two robbers", "several gunmen killed the judge": an active killing verb with
    its object after it has its subject before it; a count there names who killed, not who died."""
    actives = {e for _, e, _ in c.active.find(folded)}
    drop = set()
    for cs, ce in {(x.cue_start, x.cue_end) for x in found}:
        if ce not in actives or set(folded[max(0, cs - 16):cs].split()[-2:]) & c.passive_before:
            continue  # "two robbers were killed": passive, the count before is the dead
        objects = [x for x in found if x.cue_start == cs and x.quantity.start >= ce
                   and all(w in c.determiners for w in folded[ce:x.quantity.start].split())
                   and not re.search(r"[^\w\s'-]", folded[ce:x.quantity.start])]
        if objects or _names_victim_object(folded[ce:ce + 40], c):
            drop |= {id(x) for x in found if x.cue_start == cs and x.quantity.end <= cs}
    return [x for x in found if id(x) not in drop]


def _names_victim_object(rest: str, c: Cues) -> bool:
    """Does a victim noun follow the verb, after determiners only ("killed the judge", "killed civilians")?"""
    words = re.findall(r"[\w'-]+|[^\w\s]", rest)
    lead = 0
    while lead < min(len(words), 2) and words[lead] in c.determiners:
        lead += 1
    hit = c.victims.find(" ".join(words[lead:lead + 3]))
    return bool(hit) and hit[0][0] == 0


def list_joiners(lang: str) -> set[str]:
    """Words that close a list ("A, B and C")."""
    return _cues(lang).list_joiners


def victim_span_ends(lang: str) -> PhraseMatcher:
    """Words after a count that end the description of the people counted ("in", "near")."""
    return _cues(lang).victim_end


def zero_counts(text: str, lang: str, folded: str) -> set[str]:
    """Kinds the sentence reports as zero ("no one was hurt" -> killed and injured)."""
    return {kind for _, _, kind in _cues(lang).none.find_all(text, folded)}


def reports_one_killed(text: str, lang: str, folded: str) -> tuple[bool, bool]:
    """Does the clause report one death without a number ("the mayor was shot dead"), and is that death
    one more than those already told ("the driver was also killed")? Not inside a zero phrase ("no one was killed")."""
    c = _cues(lang)
    zero = [(s, e) for s, e, _ in c.none.find_all(text, folded)]
    hits = [(s, e) for s, e, how in c.one_killed.find_all(text, folded) if not any(zs < e and s < ze for zs, ze in zero)
            and (how != 2 or not _object_count(text, lang, e))]
    return bool(hits), any(set(folded[s:e].split()) & c.more_before for s, e in hits)


@lru_cache(maxsize=None)
def _died_cues(lang: str) -> tuple[PhraseMatcher, frozenset[str], frozenset[str], frozenset[str]]:
    data = load_pack(lang).toml("casualties").get("one_died", {})
    return (PhraseMatcher((p, 1) for p in data.get("cues", [])), frozenset(fold(w) for w in data.get("pronouns", [])),
            frozenset(fold(w) for w in data.get("skip", [])), frozenset(fold(w) for w in data.get("plural", [])))


def reports_one_died(text: str, lang: str, folded: str) -> bool:
    """"Navas died", "where he passed away": one person (a name, a person noun or he/she) right before a bare
    death word. It kills nobody by itself; it tells the death of someone hurt in the incident just told."""
    cues, pronouns, skip, plural = _died_cues(lang)
    c = _cues(lang)
    lc = list_cues(lang, c)
    caps = not any(ch.islower() for ch in text)
    for s, _, _ in cues.find(text, folded):
        words = [(m.start(), m.group()) for m in WORD.finditer(folded, 0, s)]
        while words and words[-1][1] in skip:
            words.pop()
        if not words or not set(folded[words[-1][0] + len(words[-1][1]):s].split()) <= skip:
            continue  # punctuation between subject and cue
        if words[-1][1] in pronouns:
            return True
        if c.persons.find(" ".join(w for _, w in words[-2:])) and not set(w for _, w in words[-3:]) & plural:
            return True
        # a name: up to three name words after a boundary that is not a list joiner ("X and Y died")
        name: list[tuple[int, str]] = []
        for pos, w in reversed(words):
            gap = folded[pos + len(w):name[0][0]] if name else ""
            if gap.strip() or w in lc.not_names or w in plural or c.victims.find(w) or w[0].isdigit():
                break
            if not caps and not text[pos:pos + 1].isupper():
                break
            name.insert(0, (pos, w))
        if not name or len(name) > MAX_NAME_WORDS - 2:
            continue
        before = folded[:name[0][0]].rstrip()
        if before.endswith((",", "(")) or set(before.split()[-1:]) & (c.list_joiners | plural):
            continue  # "X, Y and Z died", "X and Y died", "both X ...": more than one person
        return True
    return False


def _object_count(text: str, lang: str, end: int) -> bool:
    """A count right after "killed" is its object ("a policeman killed two robbers"): the man did not die."""
    rest = text[end:end + 40]
    lead = len(rest) - len(rest.lstrip())
    return any(q.start == lead for q in find_quantities(rest, lang))


def _additional(folded: str, q: Quantity, cue_start: int, cue_end: int, c: Cues) -> bool:
    """"Seven other people", "two more", "were also killed": the count adds to one already told."""
    after = folded[q.end:q.end + 20].split()[:1]
    before_cue = folded[max(0, cue_start - 12):cue_start].split()[-1:]
    return bool(after and after[0] in c.more_after) or bool(cue_start > q.end and before_cue and before_cue[0] in c.more_before) \
        or bool(set(folded[cue_start:cue_end].split()) & c.more_before)  # "kwamen ook om"


def names_people(text: str, lang: str, folded: str) -> bool:
    """Does the sentence name a person or group of people (a victim noun from the pack)?"""
    return bool(_cues(lang).victims.find(text, folded))


def _one_of_them(after: str, c: Cues) -> bool:
    """"One of his bodyguards", "one of the passengers": a partitive, then up to two determiners, then people."""
    words = after.split()
    if not words or words[0] not in c.partitive:
        return False
    rest = words[1:]
    while rest and rest[0] in c.determiners and len(words) - len(rest) < 3:
        rest = rest[1:]
    hit = c.victims.find(" ".join(rest[:3]))
    return bool(hit) and hit[0][0] == 0


def _is_clock(span: str, lead: str, c: Cues) -> bool:
    """"at 1620", "at approximately 0845": four digits after a time word (the qualifier may be in the span)."""
    words = (lead + " " + span).split()
    return len(words) >= 2 and bool(_CLOCK.fullmatch(words[-1])) and words[-2] in c.clock_before


def _partitive(q: Quantity, quantities: list[Quantity], folded: str, c: Cues) -> bool:
    """"Four of the eight bodies": the first count is part of the second."""
    return any(o.start > q.end and folded[q.end:o.start].strip() in c.partitive for o in quantities)


def _names_attackers(after: str, c: Cues) -> bool:
    """Is the count's noun an attacker word ("two attackers died")? Those are reported apart."""
    hits = c.attackers.find(after)
    return bool(hits) and word_count(after[:hits[0][0]]) <= 1


def _only_list(between: str, offset: int, starts: set[int], joiners: set[str]) -> bool:
    """Commas that only separate coordinated groups are no break: "32 soldiers, 26 fighters killed",
    "69 members of the factions, jihadis and regime forces were killed"."""
    if re.search(r"[;:()\[\]|]|\.\s|\s-\s", between):
        return False
    commas = list(re.finditer(r",\s*", between))
    if all(offset + m.end() in starts for m in commas):
        return True
    tail = between[commas[-1].end():].split() if commas else []
    return any(w in joiners for w in tail)


def _not_a_count(q: Quantity, text: str, folded: str, c: Cues, right_after_cue: bool = False) -> bool:
    """Years, measures, times and ordinals are numbers but not counts of people. Right after a cue
    ("de moord op zes priesters") a preposition does not make the number a date or a route."""
    if q.rule.startswith("digits") and q.best in _YEAR and q.low == q.high:
        return True
    after = folded[q.end:q.end + 16].lstrip(" -")
    if folded[q.start:q.end] in c.articles:
        nxt = c.victims.find(folded[q.end:q.end + 30])
        if nxt and len(folded[q.end:q.end + nxt[0][0]].split()) <= 1:  # "a soldier", "a 10-year-old girl"
            return False
        return not _one_of_them(folded[q.end:q.end + 40], c)  # "one of his bodyguards"
    unit = c.units.find(after)
    if unit and unit[0][0] == 0:
        return True
    before = folded[max(0, q.start - 2):q.start]
    lead = folded[max(0, q.start - 20):q.start]
    if q.rule.startswith("digits") and _is_clock(folded[q.start:q.end], folded[max(0, q.start - 20):q.start], c):
        return True
    if not right_after_cue and any(e == len(lead.rstrip()) for _, e, _ in c.not_after.find(lead)):
        return True
    return before.endswith(("/", ":", "#", "$", "€")) or bool(re.match(r"[:/.]\d", folded[q.end:q.end + 2]))  # 20:30, 3/4
