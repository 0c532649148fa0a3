"""The French pack (packs/fr): incidents, non-events, numbers, dates, places and actors in French.

Every sentence here was written for these tests (Central African Republic, Mali, Burkina Faso, the
Sahel, Syria ...). The pack's own examples (dates.toml, places.toml) are checked too; the trigger
examples are run by tests/extract/test_pack_examples.py.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from flareup.dates import event_span, find_dates, find_durations, parse_pub_date
from flareup.extract.actors import find_actors
from flareup.extract.casualties import find_casualties, zero_counts
from flareup.extract.mentions import find_candidates
from flareup.extract.quantities import find_quantities, parse_number
from flareup.geocode import document_countries, find_places, load_gazetteer
from flareup.geocode.cues import KINDS, load_cues
from flareup.geocode.names import resolved_aliases
from flareup.lang.packs import available_languages, load_pack
from flareup.model import Document, Sentence, TimeSpan
from flareup.ontology import actors
from flareup.pipeline import extract_events
from flareup.text.normalize import fold
from flareup.text.segment import split_sentences

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DAY = "2021-09-22"  # a Wednesday: Tue 21, Sun 19, Sat 18 September


def events(text: str, pub: str | None = DAY):
    return extract_events(Document("t", text, parse_pub_date(pub) if pub else None, "fr"))


def candidates(text: str):
    return [c for c in find_candidates(Sentence("t", 0, 0, len(text), text), "fr", []) if not c.supplement]


def _span(hit) -> str:
    return f"{hit.span.start}/{hit.span.end}"


# --- the pack is a shipped language -------------------------------------------------------------------
def test_french_is_a_shipped_language() -> None:
    assert "fr" in available_languages()
    assert load_pack("fr").toml("pack")["code"] == "fr"


@pytest.mark.parametrize("concern", ["triggers", "casualties", "numbers", "modality", "roles", "segment", "dates",
                                     "places"])
def test_every_concern_file_is_there(concern: str) -> None:
    assert load_pack("fr").toml(concern), concern


def test_every_actor_alias_points_at_a_canonical_actor() -> None:
    known = actors()
    rows = load_pack("fr").tsv("actors")
    assert len(rows) > 100
    assert [r["alias"] for r in rows if r["key"] not in known] == []


# --- incidents ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,sub,killed,injured,actor1,country", [
    ("RCA : trois soldats des FACA tués dans une embuscade des rebelles de la CPC près de Bossangoa.",
     "ambush", 3, None, "cpc", "CF"),
    ("Centrafrique : 6 morts et 9 blessés dans des affrontements entre l'UPC et les anti-balaka près de Bambari.",
     "armed_clash", 6, 9, "upc", "CF"),
    ("Mali : au moins douze soldats ont été tués dimanche dans une attaque jihadiste contre un camp militaire près "
     "de Mopti.", "armed_attack", 12, None, "unidentified", "ML"),
    ("Un kamikaze s'est fait exploser mardi sur un marché de Maiduguri, tuant six personnes et en blessant "
     "dix-huit autres.", "suicide_bomb", 6, 18, "unidentified", "NG"),
    ("Syrie : des frappes aériennes russes ont fait au moins 20 morts dans la province d'Idlib.",
     "air_strike", 20, None, "russian_forces", "SY"),
    ("Burkina Faso : cinq villageois ont été enlevés par des hommes armés près de Djibo.",
     "abduction", None, None, "unidentified", "BF"),
    ("Les éléments du groupe 3R ont assassiné deux commerçants à Bocaranga lundi.",
     "assassination", 2, None, "three_r", "CF"),
    ("RCA : un soldat FACA tué, un autre blessé dans l'explosion d'un engin explosif près de Bozoum.",
     "remote_explosive", 1, 1, "unidentified", "CF"),
    ("Des tirs d'obus de l'armée sur un quartier de Homs ont tué quatre civils, dont deux enfants.",
     "shelling", 4, None, "state_military", "SY"),
])
def test_incident(text: str, sub: str, killed, injured, actor1, country) -> None:
    (ev,) = events(text)
    key = next((a.key for a in actors().values() if a.name(ev.country_name) == ev.actor1), None)
    assert (ev.sub_event_type, ev.killed, ev.injured, key, ev.country) == (sub, killed, injured, actor1, country)


def test_incident_with_place_and_date() -> None:
    (ev,) = events("Des hommes armés ont attaqué le village de Kouango dans la nuit de samedi à dimanche, tuant "
                   "quatre habitants.")
    assert (ev.location, ev.country, ev.geo_precision) == ("Kouango", "CF", 1)
    assert (ev.date_start, ev.date_end) == ("2021-09-18", "2021-09-19")
    assert ev.killed == 4 and ev.actor2 == "Civilians (Central African Republic)"


def test_headline_with_country_prefix_keeps_the_toll_of_both_groups() -> None:
    (ev,) = events("Centrafrique : 4 morts et 3 blessés dans une attaque près de Kaga-Bandoro")
    assert (ev.killed, ev.injured, ev.location, ev.geo_precision) == (4, 3, "Kaga-Bandoro", 2)


def test_rca_names_the_country_of_the_document() -> None:
    (ev,) = events("RCA : deux éleveurs tués par des hommes armés dans le Nord-Ouest")
    assert ev.country == "CF" and ev.geo_precision == 3  # not Haiti's Nord-Ouest


def test_later_toll_replaces_the_first() -> None:
    (ev,) = events("Une attaque contre un camp de déplacés à Alindao a fait 12 morts. Le bilan s'est alourdi à 21 "
                   "morts mercredi.")
    assert ev.killed == 21


def test_the_anaphoric_attack_joins_the_incident_told_before() -> None:
    evs = events("Des rebelles de l'UPC ont attaqué Obo samedi, tuant deux gendarmes. L'attaque a été condamnée "
                 "par la MINUSCA.")
    assert len(evs) == 1 and evs[0].killed == 2


# --- not events -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Les shebab menacent de lancer de nouvelles attaques à Mogadiscio.",  # threat
    "L'armée a démenti avoir bombardé le village de Ndélé.",  # denial
    "Le procès des auteurs de l'attentat de 2015 s'est ouvert lundi à Paris.",  # trial
    "Deux anciens chefs anti-balaka ont été condamnés à perpétuité pour le massacre de Bangassou.",  # verdict
    "Des milliers de personnes ont commémoré samedi l'anniversaire de l'attentat de Ouagadougou.",  # anniversary
    "Un accident de la route a fait trois morts samedi près de Bangui.",  # accident
    "Les inondations ont fait cinq morts à Bamako.",  # disaster
    "L'équipe du Mali a battu le Burkina Faso lors du match de football à Bamako.",  # sport
    "La police a déjoué un projet d'attentat contre une église à Niamey.",  # foiled plot
    "Le groupe État islamique pourrait frapper à nouveau dans la région, selon les experts.",  # hypothetical
    "L'armée va lancer une offensive contre les jihadistes dans le centre du Mali.",  # plan
    "Les jihadistes seraient près de 3 000 dans la région, selon les estimations.",  # estimate
    "Dans une vidéo de propagande, l'EI appelle à des attaques en Europe.",  # propaganda
    "Trois jeunes femmes sont mortes piétinées lors d'une bousculade dans un stade.",  # stampede
    "Le ministre a présenté un plan de lutte contre la corruption à Bangui.",  # political news
])
def test_non_event(text: str) -> None:
    assert events(text) == [], text


def test_figurative_words_need_support() -> None:
    assert candidates("Le gouvernement a lancé une offensive diplomatique à Bruxelles.") == []
    assert candidates("Une mine d'or a été ouverte près de Kidal.") == []
    assert candidates("Ils ont enlevé les barricades ce matin.") == []


# --- numbers --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("trois", 3), ("dix-sept", 17), ("vingt-huit", 28), ("soixante-dix", 70), ("soixante-quinze", 75),
    ("quatre-vingts", 80), ("cent vingt", 120), ("deux cents", 200), ("trois mille", 3000), ("nonante", 90),
    ("2 500", 2500), ("Bangui", None),
])
def test_parse_number(text: str, value) -> None:
    assert parse_number(text, "fr") == value


@pytest.mark.parametrize("text,expected", [
    ("au moins douze morts", [(12, 12, 12, "+low")]),
    ("plus de 40 morts", [(40, 40, 40, "+low")]),
    ("près de 30 morts", [(30, 30, 30, "+approx")]),
    ("jusqu'à 50 morts", [(50, 50, 50, "+high")]),
    ("entre 20 et 30 morts", [(20, 20, 30, "range")]),
    ("des dizaines de morts", [(20, 20, 99, "vague")]),
    ("plusieurs morts", [(3, 3, 9, "vague")]),
    ("au moins une vingtaine de morts", [(20, 20, 25, "+low")]),
])
def test_quantities(text: str, expected) -> None:
    qs = [q for q in find_quantities(text, "fr") if q.best != 1]
    assert [(q.best, q.low, q.high) for q in qs] == [e[:3] for e in expected]
    assert all(e[3] in q.rule for q, e in zip(qs, expected))


@pytest.mark.parametrize("text,kind,value", [
    ("Trois civils ont été tués et quatre autres blessés.", "killed", 3),
    ("Trois civils ont été tués et quatre autres blessés.", "injured", 4),
    ("L'attaque a fait un mort et deux blessés.", "killed", 1),
    ("Vingt et un soldats ont été tués.", "killed", 21),
    ("Une bombe a tué une dizaine de personnes.", "killed", 10),
    ("Le bilan de l'attaque s'élève à 35 morts.", "killed", 35),
    ("Cinq humanitaires ont été enlevés.", "abducted", 5),
])
def test_casualties(text: str, kind: str, value: int) -> None:
    (cand,) = candidates(text) if kind != "abducted" else [None]
    if cand is None:
        found = [c.quantity.best for c in find_casualties(text, "fr", fold(text)) if c.kind == kind]
        assert found == [value]
        return
    assert cand.count(kind)[0] == value


def test_not_counts_of_people() -> None:
    text = "Un homme âgé de 45 ans a été tué à 10 km de Bria, où une dizaine de maisons ont été incendiées."
    assert [c.quantity.best for c in find_casualties(text, "fr", fold(text))] == [1]
    text = "Un reporter de France 24 aurait été tué le 11 janvier près de Homs."
    assert [c.quantity.best for c in find_casualties(text, "fr", fold(text))] == [1]


def test_subset_and_zero() -> None:
    (cand,) = candidates("Une embuscade a fait sept morts, dont trois enfants, près de Ménaka.")
    assert cand.count("killed")[0] == 7
    text = "L'explosion n'a fait aucune victime."
    assert zero_counts(text, "fr", fold(text)) == {"killed", "injured"}


# --- dates ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pub,text,expect", [
    (DAY, "Des hommes armés ont attaqué le village hier soir.", "2021-09-21/2021-09-21"),
    (DAY, "Le convoi est tombé dans une embuscade avant-hier.", "2021-09-20/2021-09-20"),
    (DAY, "L'attaque a eu lieu dimanche.", "2021-09-19/2021-09-19"),
    (DAY, "Les combats ont éclaté la semaine dernière.", "2021-09-13/2021-09-21"),
    (DAY, "Le massacre a eu lieu le mois dernier.", "2021-08-01/2021-08-31"),
    (DAY, "L'attentat a eu lieu il y a trois jours.", "2021-09-19/2021-09-19"),
    (DAY, "Les rebelles ont attaqué il y a 10 jours.", "2021-09-12/2021-09-22"),
    (DAY, "Une embuscade a eu lieu mi-août.", "2021-08-11/2021-08-20"),
    (DAY, "Des violences ont éclaté fin mars 2019.", "2019-03-21/2019-03-31"),
    (DAY, "Le 1er septembre, une bombe a explosé.", "2021-09-01/2021-09-01"),
    (DAY, "Du 3 au 5 août, les combats ont fait rage.", "2021-08-03/2021-08-05"),
    (DAY, "Entre le 3 et le 5 août, les combats ont fait rage.", "2021-08-03/2021-08-05"),
    (DAY, "Une attaque le samedi 4 septembre 2021 a fait 5 morts.", "2021-09-04/2021-09-04"),
    (DAY, "L'attaque a eu lieu le 12/04/2020.", "2020-04-12/2020-04-12"),
    (DAY, "Les combats ont repris début 2020.", "2020-01-01/2020-04-30"),
    (DAY, "L'an dernier, une bombe a explosé.", "2020-01-01/2020-12-31"),
    (DAY, "Des rebelles ont attaqué la ville dans la nuit de samedi à dimanche.", "2021-09-18/2021-09-19"),
    ("2021-09", "Le week-end dernier, dix combattants ont été tués.", "2021-08-28/2021-09-26"),
    ("2021-09", "Début septembre, une bombe a explosé à Gao.", "2021-09-01/2021-09-10"),
])
def test_date_phrases(pub: str, text: str, expect: str) -> None:
    hit = event_span(text, parse_pub_date(pub), "fr")
    assert hit is not None and _span(hit) == expect, hit


def test_relative_to_the_previous_sentence() -> None:
    ctx = TimeSpan(date(2021, 9, 10), date(2021, 9, 10), "day")
    assert _span(event_span("Une seconde bombe a explosé le lendemain.", parse_pub_date(DAY), "fr", ctx)) == \
        "2021-09-11/2021-09-11"
    assert _span(event_span("Deux jours plus tard, le camp a été attaqué.", parse_pub_date(DAY), "fr", ctx)) == \
        "2021-09-12/2021-09-12"


@pytest.mark.parametrize("text,days", [
    ("des combats de deux jours", 2), ("les affrontements ont duré trois jours", 3), ("pendant une semaine", 7),
])
def test_durations(text: str, days: int) -> None:
    assert [d for _, d in find_durations(text, "fr")] == [days]


def test_numbers_that_are_no_dates() -> None:
    assert find_dates("Il y a trois morts et 12 blessés.", parse_pub_date(DAY), "fr") == []


@pytest.mark.parametrize("ex", load_pack("fr").toml("dates")["examples"], ids=lambda ex: ex["text"][:40])
def test_dates_pack_example(ex: dict) -> None:
    assert _span(event_span(ex["text"], parse_pub_date(ex["pub"]), "fr")) == ex["expect"]


@pytest.mark.parametrize("rel", load_pack("fr").toml("dates")["relative"], ids=lambda rel: rel["id"])
def test_dates_relative_entry_fires_its_rule(rel: dict) -> None:
    ctx = TimeSpan(date(2021, 9, 3), date(2021, 9, 3), "day")
    hit = event_span(rel["example"], parse_pub_date(DAY), "fr", context=ctx)
    assert hit is not None and hit.hit.rule.startswith(f"fr.dates.rel.{rel['id']}")


# --- places ---------------------------------------------------------------------------------------------
# the places cue examples run in tests/geocode/test_geocode_packs.py with the other packs


def test_places_pack_is_well_formed() -> None:
    data = load_pack("fr").toml("places")
    seen: dict[str, str] = {}
    for cue in data["cue"]:
        assert cue["id"].startswith("fr.") and cue["kind"] in KINDS
        if cue["kind"] not in ("det", "link", "and"):
            assert "example" in cue and "expect" in cue, cue["id"]
        for phrase in cue["phrases"]:
            assert seen.setdefault(phrase.lower(), cue["id"]) == cue["id"], f"{phrase!r} in two cues"
    countries = load_gazetteer().country_index
    assert [cc for cc in data["adjectives"] if cc not in countries] == []


def test_every_place_alias_names_a_gazetteer_entry() -> None:
    assert set(resolved_aliases(load_cues("fr"), load_gazetteer())) == set(load_cues("fr").aliases)


@pytest.mark.parametrize("text,countries,expect", [
    ("Des combats ont éclaté près de Bangui.", ["CF"], [("Bangui", "CF", 2)]),
    ("Une embuscade a eu lieu au nord de Kidal.", ["ML"], [("Kidal", "ML", 2)]),
    ("Des jihadistes ont attaqué la ville de Djibo.", ["BF"], [("Djibo", "BF", 1)]),
    ("Les violences se poursuivent dans la préfecture de la Ouaka.", ["CF"], [("Ouaka", "CF", 3)]),
    ("Des frappes ont visé Alep et Damas.", ["SY"], [("Aleppo", "SY", 1), ("Damascus", "SY", 1)]),
    ("Des déplacés venus de Bria ont été attaqués à Bambari.", ["CF"], [("Bambari", "CF", 1)]),
    ("Les combats se poursuivent dans le Nord-Ouest.", ["CF"], []),
])
def test_places(text: str, countries, expect) -> None:
    assert [(h.place.name, h.place.country, h.place.precision) for h in find_places(text, "fr", countries)] == expect


def test_document_countries_from_names_adjectives_and_acronyms() -> None:
    assert document_countries("RCA : l'armée centrafricaine reprend Bambari", "fr")[0] == "CF"
    assert document_countries("Des soldats maliens et burkinabè ont été déployés.", "fr")[:2] == ["ML", "BF"]
    assert document_countries("Des combats en Syrie et au Liban", "fr") == ["SY", "LB"]


# --- actors and roles -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,keys", [
    ("Les FACA et les mercenaires de Wagner", ["state_military", "wagner"]),
    ("Les combattants de l'ex-Séléka et les anti-balaka", ["seleka", "anti_balaka"]),
    ("Le 3R, le FPRC et le MPC", ["three_r", "fprc", "mpc"]),
    ("L'État islamique au Grand Sahara et le GSIM", ["isgs", "jnim"]),
    ("Des hommes armés non identifiés", ["unidentified"]),
    ("Il ei faca", []),  # short acronyms count only in capitals
])
def test_actor_aliases(text: str, keys) -> None:
    assert [h.actor.key for h in find_actors(text, "fr", fold(text))] == keys


@pytest.mark.parametrize("text,perp,target", [
    ("Trois soldats ont été tués par les rebelles de la CPC à Bouar.", "cpc", "state_military"),
    ("Les jihadistes ont tué cinq villageois près de Ménaka.", "unidentified", "civilians"),
    ("Une attaque contre les FACA a été revendiquée par l'UPC.", "upc", "state_military"),
    ("L'EI a revendiqué l'attentat qui a tué dix personnes à Bagdad.", "islamic_state", "civilians"),
])
def test_roles(text: str, perp: str, target: str) -> None:
    (cand,) = candidates(text)
    assert (cand.perpetrator.actor.key, cand.target.actor.key) == (perp, target)


# --- sentences ------------------------------------------------------------------------------------------
def test_abbreviations_do_not_end_sentences() -> None:
    text = "M. Touadéra et Mme Dupont ont condamné l'attaque, survenue av. le vote. Elle a fait trois morts."
    assert [s.text for s in split_sentences("t", text, "fr")] == [
        "M. Touadéra et Mme Dupont ont condamné l'attaque, survenue av. le vote.", "Elle a fait trois morts."]


# --- the dev gold and the non-violent news, read from ../shared at test time (never copied) -------------
def _records(path: Path, keep) -> list[dict]:
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is not beside the repository)")
    return [r for r in map(json.loads, path.read_text("utf-8").splitlines()) if keep(r)]


def test_french_dev_headlines_are_detected() -> None:
    records = _records(SHARED / "eval" / "dev" / "repo_dev.jsonl", lambda r: r.get("lang") == "fr")
    found = sum(bool(extract_events(Document(r["id"], r["text"], parse_pub_date(r["doc_date"]), "fr")))
                for r in records)
    assert found >= 0.85 * len(records), (found, len(records))


def test_french_non_violent_news_gives_no_event() -> None:
    records = _records(SHARED / "corpus" / "wikinews.jsonl", lambda r: r.get("lang") == "fr" and not r.get("violent"))
    flagged = [r["id"] for r in records
               if extract_events(Document(r["id"], r["text"], parse_pub_date(r["doc_date"]), "fr"))]
    assert flagged == []
