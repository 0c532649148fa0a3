"""Who an incident is laid to: a claim or blame in a sentence of its own names the attacker the incident only called
'militants'; a group's record ('has claimed several attacks in the past') or a refused claim names no one; victims
abducted and killed in one act make a killing."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document, Event
from flareup.pipeline import extract_events


def _events(text: str, lang: str) -> list[Event]:
    return extract_events(Document("t", text, parse_pub_date("2023-03-08"), lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants attacked a market in the Somali town of Baidoa on Tuesday, killing nine traders. "
           "Al-Shabaab, the al-Qaeda affiliate, claimed responsibility."),
    ("nl", "Militanten vielen dinsdag een markt aan in de Somalische stad Baidoa en doodden negen handelaren. "
           "Al-Shabaab heeft de aanslag opgeëist."),
    ("fr", "Des militants ont attaqué mardi un marché de la ville somalienne de Baidoa, tuant neuf commerçants. "
           "Les shebab ont revendiqué l'attaque."),
])
def test_a_later_claim_beats_a_generic_attacker(lang: str, text: str) -> None:
    (event,) = _events(text, lang)
    assert event.actor1 == "Al-Shabaab"


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a bus stop in Baidoa on Tuesday, killing six people. "
           "Police blamed al-Shabaab, which is linked to al-Qaeda."),
    ("nl", "Een bom ontplofte dinsdag bij een bushalte in Baidoa, waarbij zes mensen omkwamen. "
           "De politie beschuldigde al-Shabaab, dat banden heeft met al-Qaeda."),
])
def test_a_blamed_group_is_the_attacker_not_the_group_its_relative_clause_names(lang: str, text: str) -> None:
    (event,) = _events(text, lang)
    assert event.actor1 == "Al-Shabaab"


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a bus stop in Baidoa on Tuesday, killing six people. "
           "Al-Shabaab has not claimed responsibility."),
    ("en", "A bomb exploded at a bus stop in Baidoa on Tuesday, killing six people. No group has claimed the attack. "
           "Al-Shabaab has claimed several bombings of bus stops in the past."),
    ("nl", "Een bom ontplofte dinsdag bij een bushalte in Baidoa, waarbij zes mensen omkwamen. "
           "Al-Shabaab heeft in het verleden meerdere aanslagen op bushaltes opgeëist."),
    ("fr", "Une bombe a explosé mardi à un arrêt de bus à Baidoa, tuant six personnes. "
           "Les shebab ont revendiqué plusieurs attentats contre des arrêts de bus par le passé."),
])
def test_a_refused_claim_or_a_groups_record_names_no_attacker(lang: str, text: str) -> None:
    (event,) = _events(text, lang)
    assert event.actor1 is None or event.actor1_type == "unidentified_armed_group", event.actor1


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Gunmen abducted and killed seven farmers near Baidoa on Tuesday.", "abduction"),
    ("nl", "Gewapende mannen ontvoerden en doodden dinsdag zeven boeren bij Baidoa.", "abduction"),
    ("fr", "Des hommes armés ont enlevé et tué sept agriculteurs près de Baidoa mardi.", "abduction"),
])
def test_victims_abducted_and_killed_in_one_act_make_a_killing(lang: str, text: str, sub: str) -> None:
    (event,) = _events(text, lang)
    assert (event.sub_event_type != sub, event.killed) == (True, 7)


def test_a_hostage_later_found_dead_stays_an_abduction() -> None:
    text = "Gunmen kidnapped a local councillor in Baidoa on Tuesday. His body was found on Wednesday."
    (event,) = _events(text, "en")
    assert event.sub_event_type == "abduction"
