"""Score predicted events against a gold file (DESIGN.md section 6); users can score their own gold sets too.

A prediction matches a gold event of the same document when its dates overlap the gold interval
(3 days slack) or its place agrees (within 100 km, or the same name); pairs are assigned best first.
A strict match needs both, where the gold gives them. Documents whose gold is incomplete count for
recall only.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from flareup.geodesy import great_circle_km
from flareup.text.normalize import fold

SLACK_DAYS = 3
MATCH_KM = 100.0
NEAR_KM = 25.0
_FAMILY = {"battle": "battle", "ambush": "battle", "attack": "violence_against_civilians",
           "massacre": "violence_against_civilians", "assassination": "violence_against_civilians",
           "bombing": "explosion_remote_violence", "suicide_bombing": "explosion_remote_violence",
           "airstrike": "explosion_remote_violence", "shelling": "explosion_remote_violence",
           "kidnapping": "abduction"}
_GOLD_COUNTRY_NAMES = {"dr congo": "CD", "drc": "CD", "bosnia-herzegovina": "BA", "congo": "CG"}  # UCDP's spellings
_PLACE_WORDS = re.compile(r"\b(town|village|city|district|province|governorate|region|department|camp|near|area|"
                          r"neighbou?rhood|countryside|municipality)\b")


def _interval(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    parts = value.split("/")
    try:
        start = _day(parts[0], first=True)
        end = _day(parts[-1], first=False)
    except ValueError:
        return None
    return start, end


def _day(s: str, first: bool) -> date:
    from calendar import monthrange

    bits = [int(x) for x in s[:10].split("-")]
    if len(bits) == 3:
        return date(*bits)
    if len(bits) == 2:
        return date(bits[0], bits[1], 1 if first else monthrange(bits[0], bits[1])[1])
    return date(bits[0], 1, 1) if first else date(bits[0], 12, 31)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return great_circle_km(*a, *b)


@lru_cache(maxsize=None)
def country_code(name: str | None) -> str | None:
    """ISO alpha-2 for a gold country name ("Yemen (North Yemen)", "Syria", "EL SALVADOR")."""
    if not name:
        return None
    import pycountry

    clean = re.sub(r"\s*\(.*?\)", "", name).strip()
    if len(clean) == 2 and clean.isalpha():
        return clean.upper()
    if fold(clean) in _GOLD_COUNTRY_NAMES:
        return _GOLD_COUNTRY_NAMES[fold(clean)]
    from flareup.geocode import load_gazetteer

    for place in load_gazetteer().lookup(clean):  # knows the usual short forms ("DR Congo", "Syria")
        if place.feature == "country":
            return place.country
    try:
        return pycountry.countries.lookup(clean).alpha_2
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(clean)[0].alpha_2
        except LookupError:
            return None


def _date_ok(pred: dict, gold: dict) -> bool | None:
    g = _interval(gold.get("date"))
    p = _interval(f"{pred.get('date_start')}/{pred.get('date_end')}" if pred.get("date_start") else None)
    if g is None:
        return None
    if p is None:
        return False
    return p[0].toordinal() - SLACK_DAYS <= g[1].toordinal() and g[0].toordinal() - SLACK_DAYS <= p[1].toordinal()


def _name_ok(pred: dict, gold: dict) -> bool:
    loc = fold(pred.get("location") or "")
    if not loc:
        return False
    names = [gold.get("location"), gold.get("admin2"), gold.get("admin1")]
    for n in names:
        g = _PLACE_WORDS.sub(" ", fold(n or "")).strip()
        g = re.sub(r"\s+", " ", g)
        if g and (g in loc or loc in g or _strip_article(g) == _strip_article(loc)):
            return True
    return False


def _strip_article(s: str) -> str:
    return re.sub(r"^(al|as|ash|ad|ar|an|at|az|el|es)[\s-]", "", s).replace("-", " ").strip()


def _place_ok(pred: dict, gold: dict, country_only: bool) -> bool | None:
    gc = country_code(gold.get("country"))
    if country_only:
        return None if gc is None else pred.get("country") == gc
    if gold.get("lat") is not None and pred.get("lat") is not None:
        return _km((pred["lat"], pred["lon"]), (gold["lat"], gold["lon"])) <= MATCH_KM or _name_ok(pred, gold)
    if gold.get("location") or gold.get("admin1"):
        return _name_ok(pred, gold)
    return None if gc is None else pred.get("country") == gc


def _family(pred: dict) -> str:
    return "abduction" if pred.get("sub_event_type") == "abduction" else pred.get("event_type")


def _actor_label(name: str | None, country: str | None) -> str | None:
    """A comparable label for an actor name: canonical key, state forces by country."""
    if not name:
        return None
    from flareup.extract.actors import find_actors

    state = re.match(r"(?:government|military forces|police forces) of (?:the )?(.+)", fold(name).strip())
    if state:
        return f"state:{country_code(state.group(1)) or country}"

    hits = find_actors(name, "en", fold(name))
    if not hits:
        return fold(name)
    actor = hits[0].actor
    return f"state:{country}" if actor.type in ("state_forces", "government") else _same_name_key(actor.canonical)


@lru_cache(maxsize=None)
def _same_name_key(canonical: str) -> str:
    """Keys that share a canonical name are one actor ("terrorists" and "gunmen" are both an unidentified group)."""
    from flareup.ontology import actors

    return next(a.key for a in actors().values() if a.canonical == canonical)


def _pred_actor_label(pred: dict) -> str | None:
    if not pred.get("actor1"):
        return None
    return _actor_label(pred["actor1"], pred.get("country"))


def _closeness(p: dict, g: dict) -> float:
    """Tie-break between equally good pairs: days between the intervals plus kilometres / 10."""
    gi = _interval(g.get("date"))
    pi = _interval(f"{p.get('date_start')}/{p.get('date_end')}" if p.get("date_start") else None)
    days = max(0, (gi[0] - pi[1]).days, (pi[0] - gi[1]).days) if gi and pi else 0
    near = (_km((p["lat"], p["lon"]), (g["lat"], g["lon"])) / 10
            if g.get("lat") is not None and p.get("lat") is not None else 0)
    return days + near


def _match(preds: list[dict], golds: list[dict], country_only: bool):
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            d, pl = _date_ok(p, g), _place_ok(p, g, country_only)
            if d or pl:
                strict = (d is not False) and (pl is not False)
                pairs.append((2 * bool(d) + 2 * bool(pl) + strict, _closeness(p, g), i, j, strict))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2], x[3]))
    used_p, used_g, out = set(), set(), []
    for _, _, i, j, strict in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j, strict))
    return out


class _Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = self.strict_tp = 0
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.docs = self.neg_docs = self.neg_clean = 0

    def report(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        sp = self.strict_tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        sr = self.strict_tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        out = {"documents": self.docs, "tp": self.tp, "fp": self.fp, "fn": self.fn,
               "precision": round(p, 3), "recall": round(r, 3), "f1": round(_f1(p, r), 3),
               "strict_f1": round(_f1(sp, sr), 3)}
        if self.neg_docs:
            out["no_event_rate"] = round(self.neg_clean / self.neg_docs, 3)
            out["negative_documents"] = self.neg_docs
        out["fields"] = {k: {"accuracy": round(v[0] / v[1], 3), "n": v[1]} for k, v in sorted(self.fields.items()) if v[1]}
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _score_pair(t: _Tally, p: dict, g: dict, country_only: bool) -> None:
    def add(name, ok):
        t.fields[name][0] += bool(ok)
        t.fields[name][1] += 1

    if g.get("killed") is not None:
        add("killed_exact", p.get("killed") == g["killed"])
    if g.get("injured") is not None:
        add("injured_exact", p.get("injured") == g["injured"])
    gc = country_code(g.get("country"))
    if gc:
        add("country", p.get("country") == gc)
    if g.get("lat") is not None and not country_only:
        add("place_25km", p.get("lat") is not None and _km((p["lat"], p["lon"]), (g["lat"], g["lon"])) <= NEAR_KM)
    gi = _interval(g.get("date"))
    if gi and gi[0] == gi[1]:
        pi = _interval(f"{p.get('date_start')}/{p.get('date_end')}" if p.get("date_start") else None)
        add("date_within_day", pi is not None and abs((pi[0] - gi[0]).days) <= 1 and abs((pi[1] - gi[1]).days) <= 1)
    if gi and (pi := _interval(f"{p.get('date_start')}/{p.get('date_end')}" if p.get("date_start") else None)):
        miss = max(0, (gi[0] - pi[1]).days, (pi[0] - gi[1]).days)
        add("date_miss_le_3d", miss <= 3)
    fam = _FAMILY.get(g.get("event_type") or "")
    if fam and not g.get("event_type_coarse"):
        add("family", _family(p) == fam)
    gold_perp = _actor_label(g.get("perpetrator"), gc)
    if gold_perp and g.get("perpetrator") and "unknown" not in fold(g["perpetrator"]):
        if g.get("actor_note") or g.get("event_type_coarse"):  # UCDP dyad sides are not perpetrator/target: any side named counts
            sides = {gold_perp, _actor_label(g.get("target"), gc)}
            named = {_pred_actor_label(p), _actor_label(p.get("actor2"), p.get("country"))}
            add("actor1", bool(sides & named - {None}))
        else:  # a perpetrator told only by number or sex ("TWO MEN", "INDIVIDUALS") is an unnamed armed group, not civilians
            add("actor1", _pred_actor_label(p) == ("unidentified" if gold_perp == "civilians" else gold_perp))


def score(records: list[dict], predictions: list[dict]) -> dict:
    """Precision/recall/F1 and field accuracies, overall, by language and by kind of text."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        by_doc[p.get("doc_id") or (p.get("doc_ids") or [None])[0]].append(p)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for rec in records:
        preds = by_doc.get(rec["id"], [])
        golds = rec.get("gold") or []
        complete = rec.get("gold_complete", True) and rec.get("muc_key_status") != "irrelevant"
        country_only = rec.get("selection_tier") == "count_and_country_only"
        keys = ["overall", f"lang:{rec.get('lang')}", f"kind:{rec.get('kind')}"]
        matches = _match(preds, golds, country_only)
        optional = _match([p for i, p in enumerate(preds) if i not in {m[0] for m in matches}],
                          rec.get("gold_optional") or [], country_only)
        for k in keys:
            t = tallies[k]
            t.docs += 1
            t.tp += len(matches)
            t.strict_tp += sum(1 for m in matches if m[2])
            t.fn += len(golds) - len(matches)
            if complete:
                t.fp += len(preds) - len(matches) - len(optional)
            if not golds and complete:
                t.neg_docs += 1
                t.neg_clean += not preds
            for i, j, _ in matches:
                _score_pair(t, preds[i], golds[j], country_only)
    return {k: tallies[k].report() for k in sorted(tallies, key=lambda k: (k != "overall", k))}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def predict(records: list[dict]) -> list[dict]:
    """Run extraction over gold records (their text, doc_date and lang) and return event dicts."""
    from flareup.errors import FlareupError
    from flareup.ingest.record import document_from_record
    from flareup.pipeline import extract_events

    out = []
    for i, rec in enumerate(records):
        try:
            doc = document_from_record(rec, f"gold record {i + 1}", f"gold-{i + 1}")
            events = extract_events(doc)
        except FlareupError:
            continue
        for ev in events:
            d = ev.to_dict()
            d["doc_id"] = doc.doc_id
            out.append(d)
    return out


def evaluate_file(gold_path: Path, pred_path: Path | None = None) -> dict:
    """Scores for a gold file: predictions read from `pred_path`, or made now by extraction."""
    records = read_jsonl(gold_path)
    preds = read_jsonl(pred_path) if pred_path else predict(records)
    return score(records, preds)
