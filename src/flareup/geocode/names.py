"""Names in a sentence that the gazetteer or the pack's aliases know: the words, their name keys, and the
longest non-overlapping spans with every entry each may mean (spelt, another spelling, or by consonant shape).

Which of those names are places, and which entry each means, is disambiguate.py's business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from flareup.geocode.cues import Cue, PlaceCues
from flareup.geocode.gazetteer import (
    ALT,
    CITY,
    LOOSE,
    MAIN,
    MAX_WORDS,
    Candidate,
    Gazetteer,
)
from flareup.geocode.keys import (
    NameRules,
    bare_key,
    canon,
    index_variants,
    loose_key,
    repeated_head,
    strip_article,
)

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_ELISION = re.compile(r"[a-z]{1,4}['\u2019](?=[A-Z])")  # an elided article or preposition glued to a name
JOIN = re.compile(r"[ \t]+|[ \t]*-[ \t]*")  # what may stand between the words of one name
LOOSE_MIN_POPULATION = 5_000  # a name matched only by its consonant skeleton must be a town of some size
MAX_WORDS_UNCASED = 4  # in all-caps text every word may start a name: look at fewer words per name
WELL_KNOWN = "geocode.well_known"


@dataclass
class Token:
    start: int
    end: int
    bare: str
    key: str
    cap: bool  # has an upper-case first letter
    upper: bool  # all upper case (an acronym in mixed-case text)
    possessive: bool
    keyed: bool  # bare and key are filled in (only for words that can be part of a name)


@dataclass
class NameSpan:
    i: int  # first token
    j: int  # last token (inclusive)
    start: int
    end: int
    bare: str
    cands: list[Candidate]
    alias: bool = False
    cues: list[Cue] = field(default_factory=list)
    qualifier: str | None = None  # a country named right next to it ("Yemen's Marib", "Homs, Syria")
    index: int = -1  # the chosen entry
    precision: int = 1
    rule: str = WELL_KNOWN
    dropped: bool = False
    adjective: str | None = None  # the country of an adjective right before it ("het Amerikaanse Uvalde")
    namesake: bool = False  # left out because its entries are namesakes elsewhere, not because it is no name
    route: bool = False  # an end of a route ("the Jammu-Srinagar highway"), not where something happened


def split_tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        start, raw = m.start(), m.group()
        elided = _ELISION.match(raw)  # "l'Ouham", "d'Alep", "dell'Aquila": the name starts after the apostrophe
        if elided:
            start, raw = start + elided.end(), raw[elided.end():]
        out.append(Token(start, m.end(), "", "", raw[:1].isupper(), raw.isupper() and len(raw) > 1, False, False))
    return out


def case_informative(tokens: list[Token], text: str) -> bool:
    """False for all-caps text and Title Case headlines, where a capital says nothing about a name."""
    words = [text[t.start:t.end] for t in tokens if text[t.start:t.end].isalpha()]
    if len(words) >= 3 and all(w.isupper() for w in words):
        return False
    long_words = [w for w in words if len(w) >= 4]
    return not (len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words))


def key_tokens(tokens: list[Token], folded: str, cues: PlaceCues, rules: NameRules, informative: bool) -> None:
    """Name keys for the words that can be part of a name: capitalised ones and the short words between them."""
    n = len(tokens)
    for k, t in enumerate(tokens):
        if not (t.cap or not informative or t.end - t.start <= 4 or (k + 1 < n and tokens[k + 1].cap)):
            continue
        word, e = folded[t.start:t.end], t.end
        for suf in cues.possessives:
            if len(word) > len(suf) + 1 and word.endswith(suf):
                word, t.possessive = word[: -len(suf)], True
                break
            if folded.startswith(suf, e) and not folded[e + len(suf):e + len(suf) + 1].isalnum():
                t.possessive = True
                break
        t.bare = bare_key(word)
        t.key = canon(t.bare, rules)
        t.keyed = True


def name_spans(text: str, tokens: list[Token], cues: PlaceCues, g: Gazetteer, informative: bool,
           countries: frozenset[str] = frozenset()) -> list[NameSpan]:
    """Non-overlapping names the gazetteer or the pack's aliases know, longest first."""
    articles = g.rules.articles
    grams: list[tuple[int, int, str, str]] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        starts_name = t.cap or not informative or (
            t.bare in articles and i + 1 < n and tokens[i + 1].cap and text[t.end:tokens[i + 1].start] == "-")
        if not starts_name or not t.keyed or not t.bare:
            continue
        bare, key = t.bare, t.key
        for j in range(i, min(n, i + (MAX_WORDS if informative else MAX_WORDS_UNCASED))):
            last = tokens[j]
            if j > i:
                if tokens[j - 1].possessive or not last.keyed or not JOIN.fullmatch(text, tokens[j - 1].end, last.start):
                    break
                bare, key = f"{bare} {last.bare}", f"{key} {last.key}"
            if informative and not last.cap:
                continue
            grams.append((i, j, bare, key))
            if last.possessive:
                break
    if not grams:
        return []
    keys, owner = [], []
    for gi, (i, j, bare, key) in enumerate(grams):
        acronym = informative and i == j and tokens[i].upper
        if acronym:
            continue
        keys.append(key)
        owner.append((gi, False))
        for other in (strip_article(key, g.rules), repeated_head(key, g.rules)):
            if other:
                keys.append(other)
                owner.append((gi, True))
    found: dict[int, dict[int, Candidate]] = {}
    for (gi, variant), cands in zip(owner, g.find_keys(keys)):
        slot = found.setdefault(gi, {})
        for c in cands:
            how = max(c.how, ALT) if variant else c.how  # "al-Raqqah" for "Raqqah": another spelling
            if c.index not in slot or how < slot[c.index].how:
                slot[c.index] = Candidate(c.index, how)
    if informative:  # other transliterations ("Kabasin" for "Qabbasin"); in all-caps text any word would do
        _add_loose(grams, found, g, countries)
    aliases = resolved_aliases(cues, g)
    spans = []
    for gi, (i, j, bare, key) in enumerate(grams):
        alias = aliases.get(bare)
        if alias and bare in cues.acronyms and not (informative and text[tokens[i].start:tokens[j].end].isupper()):
            alias = None  # "US" is the country, "us" and "Us" are not; in all-caps text nothing tells
        if alias:
            cands = [Candidate(k, MAIN) for k in alias]
        elif gi in found and found[gi]:
            cands = list(found[gi].values())
        else:
            continue
        spans.append(NameSpan(i, j, tokens[i].start, tokens[j].end, bare, cands, alias=bool(alias)))
    spans.sort(key=lambda s: (-(s.j - s.i), all(c.how == LOOSE for c in s.cands), s.i))  # spelt names first
    taken: list[NameSpan] = []
    for s in spans:
        if all(s.j < t.i or s.i > t.j for t in taken):
            taken.append(s)
    return sorted(taken, key=lambda s: s.i)


def _add_loose(grams: list[tuple[int, int, str, str]], found: dict[int, dict[int, Candidate]], g: Gazetteer,
               countries: frozenset[str]) -> None:
    """Candidates by consonant skeleton for the names the gazetteer does not spell this way, or spells only as
    villages abroad ("Arbin" is a French hamlet, and 'Irbin near Damascus in a Syrian story)."""
    keys, owner = [], []
    for gi, (_, _, _, key) in enumerate(grams):
        if found.get(gi) and not (countries and _only_villages_abroad(found[gi], g, countries)):
            continue
        spellings = [key, strip_article(key, g.rules)]
        if key.count(" ") >= 2:  # "deir al zour" also as "deir zour", as the index has it
            spellings.extend(v for v, weak in index_variants(key, g.rules) if not weak)
        for loose in dict.fromkeys(loose_key(k) for k in spellings if k):
            if loose:
                keys.append(loose)
                owner.append(gi)
    for gi, cands in zip(owner, g.find_keys(keys)):
        slot = found.setdefault(gi, {})
        spelt = bool(slot)
        for c in cands:
            if not spelt or g.country(c.index) in countries:
                slot.setdefault(c.index, Candidate(c.index, LOOSE))


def _only_villages_abroad(found: dict[int, Candidate], g: Gazetteer, countries: frozenset[str]) -> bool:
    return all(int(g.feat[i]) == CITY and g.country(i) not in countries and int(g.pop[i]) < LOOSE_MIN_POPULATION
               for i in found)


def resolved_aliases(cues: PlaceCues, g: Gazetteer) -> dict[str, list[int]]:
    """The pack's aliases resolved to gazetteer entries (once per gazetteer)."""
    key = str(g.folder)
    if key not in cues.resolved:
        out: dict[str, list[int]] = {}
        for alias, target in cues.aliases.items():
            cc, _, name = target.partition(":")
            if not name:
                if cc in g.country_index:
                    out[alias] = [g.country_index[cc]]
                continue
            idx = [c.index for c in g.find_keys([canon(bare_key(name), g.rules)])[0] if g.country(c.index) == cc]
            if idx:
                out[alias] = idx
        cues.resolved[key] = out
    return cues.resolved[key]
