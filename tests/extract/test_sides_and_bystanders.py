"""Who is a party to an incident and what it is called: groups only said to be present, counted objects in
headlines, the named sides of a clash and the dead it leaves, a clash's later weapon word, and a village placed by
the country its own sentence names. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.mentions import find_candidates
from flareup.geocode import find_places
from flareup.model import Document, Sentence
from flareup.pipeline import extract_events


def roles(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    found = find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])
    return [(c.perpetrator.actor.key if c.perpetrator else None, c.target.actor.key if c.target else None)
            for c in found if not c.supplement]


def events(text: str, lang: str) -> list:
    return extract_events(Document("t", text, parse_pub_date("2022-03-09"), lang))


@pytest.mark.parametrize("text,lang", [
    ("Nobody has claimed the ambush, but al-Shabaab and ISIS-Somalia are active in the area.", "en"),
    ("No group claimed the attack, though several militias known to operate in the region were suspected.", "en"),
    ("Niemand eiste de hinderlaag op, maar al-Shabaab en ISIS-Somalia zijn actief in het gebied.", "nl"),
])
def test_a_group_said_to_be_active_nearby_is_no_party(text, lang):
    assert all(r == (None, None) for r in roles(text, lang)), roles(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Gunmen kill at least 12 herders in central Mali", "en"),
    ("Bandits kill more than 20 villagers in Zamfara", "en"),
])
def test_a_headline_verb_before_a_qualified_count_is_active(text, lang):
    assert roles(text, lang)[0][0] is not None, roles(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Fighting between al-Shabaab and the Somali army near Jowhar killed at least 9 people on Monday.", "en"),
    ("Gevechten tussen al-Shabaab en het Somalische leger bij Jowhar kostten maandag zeker 9 mensen het leven.", "nl"),
])
def test_the_other_side_of_a_clash_is_the_armed_one_not_its_dead(text, lang):
    assert {"al_shabaab", "state_military"} in [set(r) for r in roles(text, lang)], roles(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Fighting between al-Shabaab and the Somali army near Jowhar killed at least 9 people on Monday. "
     "Families fled the town as mortar shells landed in the market.", "en"),
])
def test_a_clash_with_its_sides_and_toll_keeps_its_name_after_a_later_weapon_word(text, lang):
    assert [e.event_type for e in events(text, lang)] == ["battle"]


@pytest.mark.parametrize("text,lang,country", [
    ("In Burkina Faso, gunmen attacked the village of Solhan overnight, killing dozens.", "en", "BF"),
    ("In Burkina Faso hebben gewapende mannen het dorp Solhan aangevallen.", "nl", "BF"),
])
def test_a_village_lies_in_the_country_its_sentence_names(text, lang, country):
    villages = [h for h in find_places(text, lang, ["BF", "TR"]) if h.hit.text == "Solhan"]
    assert [h.place.country for h in villages] == [country]
