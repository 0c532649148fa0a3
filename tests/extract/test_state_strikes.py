"""A country's adjective told with a weapon only states use ('a Turkish drone strike') names that state's forces;
short mixed-case acronyms ('LeT', 'JeM') match only as written."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.actors import find_actors
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.normalize import fold


def _actor1(text: str, lang: str) -> str | None:
    events = extract_events(Document("t", text, parse_pub_date("2023-05-04"), lang))
    assert events, text
    return events[0].actor1


@pytest.mark.parametrize("lang,text", [
    ("en", "A Turkish drone strike killed three fighters near Qamishli on Tuesday."),
    ("nl", "Bij een Turkse drone-aanval bij Qamishli zijn dinsdag drie strijders gedood."),
    ("fr", "Une frappe de drone turque a tué trois combattants près de Qamichli mardi."),
])
def test_a_nationality_before_a_state_weapon_names_its_forces(lang: str, text: str) -> None:
    assert _actor1(text, lang) == "Military Forces of Turkey"


def test_a_nationality_before_a_militant_weapon_names_no_army() -> None:
    text = "A Palestinian rocket attack wounded two people in Sderot on Tuesday."
    assert "Military Forces" not in (_actor1(text, "en") or "")


@pytest.mark.parametrize("lang,text", [
    ("en", "Jaish-e-Mohammed claimed responsibility for the bombing that killed five soldiers in Kupwara on Sunday."),
    ("nl", "Jaish-e-Mohammed eiste de aanslag op waarbij zondag in Kupwara vijf militairen omkwamen."),
])
def test_south_asian_groups_are_known(lang: str, text: str) -> None:
    assert _actor1(text, lang) == "Jaish-e-Mohammed"


@pytest.mark.parametrize("text,found", [
    ("Police let the crowd pass before gunmen killed two guards in Srinagar.", False),
    ("Police blamed the LeT for the attack on two guards in Srinagar.", True),
])
def test_a_mixed_case_acronym_is_no_common_word(text: str, found: bool) -> None:
    keys = [h.actor.key for h in find_actors(text, "en", fold(text))]
    assert ("lashkar_e_taiba" in keys) is found
