"""Incidents as wire reports tell them (sabotage, arson, machine-gunning, datelines, lists of towns),
on sentences and stories written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.incidents import _places_agree
from flareup.extract.mentions import find_candidates
from flareup.extract.modality import blocking_modality
from flareup.geocode import load_gazetteer
from flareup.model import Document, Sentence
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def incident(text: str, lang: str, armed_story: bool = False) -> bool:
    s = Sentence("t", 0, 0, len(text), text)
    return any(not c.supplement for c in find_candidates(s, lang, [], armed_story=armed_story))


@pytest.mark.parametrize("text,lang", [
    ("URBAN GUERRILLAS DYNAMITED A POWER PYLON ON THE HIGHWAY LAST NIGHT.", "en"),
    ("Rebels blew up a public bus on Monday; nobody was hurt.", "en"),
    ("Unknown men machinegunned the house of a judge early today.", "en"),
    ("The commandos set fire to two government trucks, the guerrillas said.", "en"),
    ("Guerrillas opened fire on a patrol as it crossed the bridge.", "en"),
    ("De rebellen staken zondag twee vrachtwagens in brand.", "nl"),
    ("Des rebelles ont incendié deux camions de l'armée dimanche.", "fr"),
    ("Des hommes armés ont mitraillé la maison d'un juge.", "fr"),
])
def test_sabotage_arson_and_machine_gunning_are_incidents(text, lang):
    assert incident(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("She set fire to the old letters after the divorce.", "en"),
    ("The plan blew up in the minister's face.", "en"),
    ("A bomb was deactivated by police in the main square.", "en"),
])
def test_arson_figures_of_speech_and_defused_bombs_are_not(text, lang):
    assert not incident(text, lang)


def test_a_month_name_in_a_date_is_not_a_modal_cue():
    text = "SANTA ROSA, 26 MAY 89 -- REBELS DYNAMITED THE BRIDGE OVER THE RIVER."
    start = text.index("DYNAMITED")
    assert blocking_modality(text, "en", fold(text), start, start + 9, False) is None
    text = "Rebels may attack the bridge over the river."
    start = text.index("attack")
    assert blocking_modality(text, "en", fold(text), start, start + 6, False) == "conditional"


def test_a_bomb_at_a_named_town_is_an_incident_in_a_story_about_an_armed_group():
    text = "The bomb went off in Usulutan early this morning."
    places_of = __import__("flareup.geocode", fromlist=["find_places"]).find_places(text, "en", ["SV"])
    s = Sentence("t", 0, 0, len(text), text)
    assert not find_candidates(s, "en", places_of)
    assert find_candidates(s, "en", places_of, armed_story=True)


def test_two_provinces_are_two_places():
    g = load_gazetteer()
    a = next(p for p in g.lookup("Usulutan") if p.precision == 3 and p.country == "SV")
    b = next(p for p in g.lookup("Morazan") if p.precision == 3 and p.country == "SV")
    assert _places_agree(a, b) is False
    assert _places_agree(a, a) is True


def test_towns_listed_in_one_clause_stay_separate_incidents_however_close():
    text = ("SAN SALVADOR, 3 JAN 90 -- FMLN GUERRILLAS ATTACKED POLICE POSTS IN SOYAPANGO, APOPA AND "
            "ILOPANGO LAST NIGHT, THE ARMED FORCES REPORTED.")
    events = extract_events(Document("t", text, parse_pub_date("1990-01-03"), "en"))
    assert {e.location for e in events} >= {"Soyapango", "Apopa", "Ilopango"}


def test_an_incident_without_a_place_takes_the_country_the_sentence_names_not_the_dateline():
    text = ("MADRID, 3 JAN 90 (EFE) -- [TEXT] THE SPANISH GOVERNMENT TODAY ISSUED A STATEMENT. A SPOKESMAN READ IT. "
            "IT CONDEMNED THE MURDER OF SIX SALVADORAN UNION LEADERS BY A DEATH SQUAD.")
    (event,) = extract_events(Document("t", text, parse_pub_date("1990-01-03"), "en"))
    assert event.country == "SV"
