"""A sentence that says where the incident just told happened ("The incident happened near X") gives it its town
when the incident itself named only a country or a province; it never moves an incident that named a town."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document
from flareup.pipeline import extract_events


@pytest.mark.parametrize("lang,text,town", [
    ("nl", "In de Afghaanse provincie Kandahar zijn zes burgers om het leven gekomen door een bermbom. Het incident "
           "gebeurde op een weg bij Spin Boldak.", "Spīn Bōldak"),
    ("en", "Six civilians were killed by a roadside bomb in Afghanistan's Kandahar province. The incident happened "
           "on a road near Spin Boldak.", "Spīn Bōldak"),
    ("fr", "Six civils ont été tués par une bombe artisanale en Afghanistan. L'incident s'est "
           "produit sur une route près de Spin Boldak.", "Spīn Bōldak"),
    ("nl", "In Nigeria hebben gewapende mannen twaalf dorpelingen gedood. De aanval vond plaats in een dorp bij Gusau.",
     "Gusau"),
])
def test_a_setting_sentence_refines_a_country_or_province(lang: str, text: str, town: str) -> None:
    (event,) = extract_events(Document("d", text, parse_pub_date("2023-05-02"), lang))
    assert event.location == town


def test_a_setting_sentence_never_moves_a_told_town() -> None:
    text = ("Bij een aanslag in Kandahar zijn zes burgers om het leven gekomen. Het incident gebeurde vlak bij een "
            "markt; de politie in Kabul onderzoekt de zaak.")
    (event,) = extract_events(Document("d", text, parse_pub_date("2023-05-02"), "nl"))
    assert event.location == "Kandahār"


@pytest.mark.parametrize("lang,text,country,name", [
    ("nl", "Bij een aanval op het Amerikaanse Uvalde vielen doden.", "US", "Uvalde"),
    ("nl", "Rebellen vielen de Mozambikaanse kustplaats Palma aan.", "MZ", "Palma"),  # not Palma de Mallorca
    ("en", "Rebels attacked the Mozambican town of Palma.", "MZ", "Palma"),
])
def test_a_country_adjective_before_a_town_names_its_country(lang: str, text: str, country: str, name: str) -> None:
    from flareup.geocode import document_countries, find_places

    hits = find_places(text, lang, document_countries(text, lang))
    assert [(h.place.country, h.place.name) for h in hits] == [(country, name)]
