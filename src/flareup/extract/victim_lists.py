"""Victims told as a list without a number ("the murder of leaders X and Y", "X and his driver were shot to death",
"killing him and his driver"): who the list holds, one person per name or person noun, a counted group by its count."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from flareup.extract.quantities import Quantity
from flareup.lang.packs import load_pack
from flareup.text.matcher import PhraseMatcher
from flareup.text.normalize import fold, word_count

if TYPE_CHECKING:
    from flareup.extract.casualties import Cues



class ListCues:
    """The pack's words for lists of victims told without a number ("X and his driver were shot to death")."""

    def __init__(self, lang: str, c: Cues):
        data = load_pack(lang).toml("casualties")
        vl = data.get("victim_list", {})
        self.forward = PhraseMatcher((p, 1) for p in [*vl.get("forward", []), *data.get("killed_nouns", {}).get("phrases", []),
                                                        *data.get("active", {}).get("verbs", [])])
        self.plural_aux = {fold(w) for w in vl.get("plural_aux", [])}
        self.skip_before = {fold(w) for w in vl.get("skip_before_cue", [])}
        joiners = sorted({fold(w) for w in vl.get("joiners", [])}, key=len, reverse=True)
        alt = "|".join(re.escape(j) for j in joiners)
        self.separator = None if not joiners else re.compile(rf"\s*;\s*(?:(?:{alt})\s+)?|\s*,\s*(?:(?:{alt})\s+)?|\s+(?:{alt})\s+")
        self.pronouns = {fold(w) for w in vl.get("pronouns", [])}
        self.new_person = PhraseMatcher((p, 1) for p in vl.get("new_person", []))
        self.not_names = ({fold(w) for w in vl.get("not_names", [])} | c.determiners | c.articles | c.relative | c.agent
                          | c.passive_before | c.list_joiners | set(joiners) | c.more_after | c.more_before)
        self.stops = PhraseMatcher((p, 1) for p in [*data.get("barrier", {}).get("phrases", []), *vl.get("stops", [])])
        self.ends = c.victim_end


@lru_cache(maxsize=None)
def list_cues(lang: str, c: Cues) -> ListCues:
    return ListCues(lang, c)


WORD = re.compile(r"[^\W\d_][\w'-]*|\d[\w'-]*")
MAX_NAME_WORDS = 5  # the most words a bare name of one person has
_MAX_PIECE_WORDS = 12  # the most words one list item has


def _masked(folded: str) -> str:
    """Parenthesised and bracketed asides blanked out (same length): "(SPANIARDS)" is no list item."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), folded)


def _piece_kind(text: str, folded: str, s: int, e: int, quantities: list[Quantity], c: Cues,
                lc: ListCues, caps: bool) -> tuple[str, Quantity | None] | None:
    """What one list piece names: a counted group ("two women"), a person noun ("his driver"), a pronoun,
    a bare name ("Segundo Montes") or nothing a victim list holds (None)."""
    place = [b for b, _, _ in lc.ends.find(folded[s:e]) if b > 0]
    e = s + min(place) if place else e  # "his driver in the village": the place after the person is no part of it
    piece = folded[s:e]
    words = WORD.findall(piece)
    if not words or len(words) > _MAX_PIECE_WORDS or lc.stops.find(piece) or c.cues.find(text[s:e], piece):
        return None
    lead = [w for w in words[:3]]
    for q in quantities:
        if s <= q.start < e and word_count(folded[s:q.start]) <= 2 and WORD.findall(folded[q.end:e]):
            return ("count", q)  # "five policemen", "their two employees"
        if s <= q.start < e:
            return None  # "X, 45, and Y": an age
    if len(words) == 1 and words[0] in lc.pronouns:
        return ("person", None)
    if c.persons.find(" ".join(words[:6])):
        return ("person", None)
    hit = c.victims.find(piece)
    if hit:  # a plural label ("leaders X"): only with a name after it
        rest = WORD.findall(piece[hit[0][1]:])
        return ("name", None) if rest and not set(rest) & lc.not_names and len(rest) <= MAX_NAME_WORDS else None
    if lead[0] in lc.not_names or set(words) & lc.not_names or any(w[0].isdigit() for w in words):
        return None
    if len(words) > MAX_NAME_WORDS or len(words) < 2 and caps:
        return None  # an all-caps single word may be any word; a lone name there needs a title or a list
    if not caps and not all(w[:1].isupper() for w in WORD.findall(text[s:e])):
        return None
    return ("name", None)


def _opens_new_person(folded: str, s: int, e: int, lc: ListCues) -> bool:
    """"..., another judge, ...": the piece adds one more person to the list; it does not rename the one before."""
    return any(h == 0 for h, _, _ in lc.new_person.find(folded[s:e]))


def _list_items(text: str, folded: str, start: int, end: int, quantities: list[Quantity], c: Cues,
                lc: ListCues, backward: bool) -> list[Quantity]:
    """The people of a list between start and end, each as a count: names and person nouns one each, counted
    groups their count; appositions ("X, leader of the party", "his cook, Y") add nobody. Forward the list
    stops at the first piece that names no one; backward it starts after the last such piece."""
    masked = _masked(folded)
    caps = not any(ch.islower() for ch in text[start:end])
    cuts = [(m.start(), m.end(), ";" if ";" in m.group() else
             ((",and" if "," in m.group() else "and") if m.group().strip(" ,;") else ","))
            for m in lc.separator.finditer(masked, start, end)]
    pieces, pos, sep = [], start, "start"
    for cs, ce, kind in cuts + [(end, end, "end")]:
        if masked[pos:cs].strip():
            pieces.append((pos, cs, sep))
        pos, sep = ce, kind
    items: list[tuple[str, Quantity]] = []
    joined = False
    prev = None  # kind of the last piece kept
    for s, e, sep in pieces:
        while s < e and masked[s] == " ":
            s += 1
        e = s + len(masked[s:e].rstrip(" ."))
        kind = _piece_kind(text, folded, s, e, quantities, c, lc, caps)
        if sep == "and" and prev == "apposition":
            continue  # "X, leader of the union and secretary of the party": the apposition goes on
        if sep in ("start", "and", ",and", ";") or not items:
            if kind is None:
                if backward:
                    items, joined, prev = [], False, None
                    continue
                break
            if items and prev == "place":
                break
            joined |= sep in ("and", ",and", ";") and bool(items)
        elif kind is None or (kind[0] == "person" and not _opens_new_person(folded, s, e, lc)) \
                or (kind[0] == "name" and prev == "person"):
            prev = "apposition"
            continue  # "X, leader of the party", "his cook, Y": the same person told again
        k, q = kind
        if sep == "and" and items and items[-1][0] == "title":
            items.pop()  # "senator and presidential candidate X": one person with two titles
        if k == "person" and len(WORD.findall(folded[s:e])) == 1 and folded[s:e] not in lc.pronouns:
            k = "title"
        items.append((k, q or Quantity(s, e, 1, 1, 1, "person")))
        prev = "place" if any(b > 0 for b, _, _ in lc.ends.find(folded[s:e])) else k
    if not joined:
        items = items[:1]
    return [q for _, q in items]


def victim_lists(text: str, folded: str, lang: str, cues: list[tuple[int, int, str, bool]],
                 quantities: list[Quantity], c: Cues) -> list[tuple[int, int, int, int, list[Quantity]]]:
    """Lists of two or more victims joined to a killing cue: after a killing verb or noun ("the murder of X and
    Y", "killing him and his driver") or before a plural passive ("X and his brother-in-law Y were shot to
    death"). Each as (list start, list end, cue start, cue end, people)."""
    lc = list_cues(lang, c)
    if lc.separator is None:
        return []
    forward = [(s, e) for s, e, _ in lc.forward.find(text, folded)]
    out = []
    for cs, ce, kind, _ in cues:
        if kind != "killed":
            continue
        before = folded[:cs].split()
        while before and before[-1] in lc.skip_before:
            before.pop()
        passive = bool(before) and before[-1] in c.passive_before
        ahead = max((e for s, e in forward if s <= cs < e), default=None)
        if not passive and ahead is not None:  # "killing him and his driver", "the bodies of X and Y"
            lo = max(ahead, ce)
            stop = re.search(r"\.\s|\.$|:|\s--|\s-\s|$", folded[lo:])
            hi = lo + stop.start()
            verb = re.search(rf"\s(?:{'|'.join(map(re.escape, sorted(c.passive_before - c.determiners)))})\s", folded[lo:hi])
            hi = lo + verb.start() if verb else hi  # "the bodies of X and Y were found": the list ends at the verb
            items = _list_items(text, folded, lo, hi, quantities, c, lc, backward=False)
        else:
            if not before or before[-1] not in lc.plural_aux:
                continue
            hi = folded.rfind(before[-1], 0, cs)
            marks = [m.end() for m in re.finditer(r":|--|\.\s", folded[:hi])]
            seps = [(m.start(), m.end()) for m in lc.separator.finditer(folded, 0, hi)]
            marks += [e for s, e, _ in lc.stops.find(folded[:hi]) if not any(a <= s and e <= b for a, b in seps)]
            lo = max(marks, default=0)
            items = _list_items(text, folded, lo, hi, quantities, c, lc, backward=True)
        if len(items) >= 2:
            out.append((items[0].start, items[-1].end, cs, ce, items))
    return out
