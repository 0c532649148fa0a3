"""Headline phenomena: communiqué kills ("destroyed 60 soldiers"), harm told without a number, fighting at a town."""
from __future__ import annotations

import pytest

from flareup.dedupe.scoring import pub_span
from flareup.model import Document
from flareup.pipeline import extract_events


def events(text: str, lang: str):
    return extract_events(Document(doc_id="t", text=text, pub=pub_span("2022-04-02"), lang=lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry said its artillery destroyed more than 60 enemy soldiers near Kharkiv."),
    ("en", "Air defence units eliminated 60 militants in the north, the army said."),
    ("nl", "Volgens het ministerie heeft de artillerie ruim 60 vijandelijke soldaten uitgeschakeld bij Charkiv."),
    ("fr", "Selon le ministère, l'artillerie a éliminé plus de 60 soldats ennemis près de Kharkiv."),
])
def test_personnel_destroyed_in_a_communique_are_dead(lang, text):
    (ev,) = events(text, lang)
    assert ev.killed == 60


@pytest.mark.parametrize("lang,text", [
    ("en", "Rebels destroyed three tanks and two trucks near Goma."),
    ("nl", "Rebellen vernietigden drie tanks en twee vrachtwagens bij Goma."),
])
def test_destroyed_materiel_is_no_toll(lang, text):
    assert all(ev.killed is None for ev in events(text, lang))


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "More casualties in explosion west of Kabul", "Kabul"),
    ("nl", "Meer slachtoffers bij explosie ten westen van Kabul", "Kabul"),
    ("en", "Clashes in Homs and Quneitra countryside", "Homs"),
    ("nl", "Gevechten in Homs en op het platteland van Quneitra", "Homs"),
])
def test_harm_or_fighting_at_a_named_place_is_an_incident_without_a_number(lang, text, admin1):
    (ev,) = events(text, lang)
    assert ev.admin1 == admin1 and ev.killed is None


@pytest.mark.parametrize("lang,text", [
    ("en", "The protests in the capital, Paris, were over offensive remarks by the minister."),
    ("en", "Lawmakers clashed over the budget on Tuesday."),
])
def test_a_clash_word_without_fighting_at_a_place_is_no_incident(lang, text):
    assert events(text, lang) == []
