"""A bare death word after one person ("Alvarez died") adds that death to the incident just told."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.casualties import reports_one_died
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def _died(text: str) -> bool:
    return reports_one_died(text, "en", fold(text))


def test_one_person_before_a_bare_death_word() -> None:
    assert _died("Alvarez died and the cameraman was seriously injured.")
    assert _died("He was taken to the military hospital, where he passed away.")
    assert _died("THE JUDGE LATER DIED IN HOSPITAL.")


def test_more_than_one_person_is_not_one_death() -> None:
    assert not _died("Ruiz and Gomez died in the ambush.")
    assert not _died("They died in the ambush.")
    assert not _died("A police officer who died at the clinic.")


def test_dutch_and_french_tell_one_death_too() -> None:
    assert reports_one_died("De burgemeester overleed later in het ziekenhuis.", "nl",
                            fold("De burgemeester overleed later in het ziekenhuis."))
    assert not reports_one_died("Zij stierven allebei.", "nl", fold("Zij stierven allebei."))
    assert reports_one_died("Le maire est décédé à l'hôpital.", "fr", fold("Le maire est décédé à l'hôpital."))
    assert not reports_one_died("Ils sont morts sur le coup.", "fr", fold("Ils sont morts sur le coup."))


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen shot the mayor of Tumaco on Monday. The mayor later died in hospital."),
    ("nl", "Schutters schoten maandag de burgemeester van Tumaco neer. De burgemeester overleed later in het ziekenhuis."),
    ("fr", "Des hommes armés ont attaqué lundi le maire de Tumaco. Le maire est décédé à l'hôpital."),
])
def test_the_later_death_of_the_victim_is_the_incident_toll(lang: str, text: str) -> None:
    events = extract_events(Document("d", text, parse_pub_date("2020-05-14"), lang))
    assert [e.killed for e in events] == [1]
