"""Lists of victims told without a number: each name or person noun is one dead; every sentence is invented."""
from __future__ import annotations

import pytest

from flareup.extract.mentions import find_candidates
from flareup.model import Sentence


def killed(text: str, lang: str) -> list:
    return [c.count("killed") for c in find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])]


@pytest.mark.parametrize("text,lang,n", [
    ("IT WAS LEARNED THAT PEDRO SALAS AND HIS BROTHER-IN-LAW TOMAS VERA WERE SHOT TO DEATH BY ARMED MEN.", "en", 2),
    ("THE FRONT CONDEMNED THE MURDER OF UNION LEADERS JUAN OROZCO AND MARIA TELLO.", "en", 2),
    ("JESUIT PRIESTS PEDRO ALVAREZ, JUAN MORALES, LUIS VEGA, AND TOMAS RUIZ WERE MURDERED AT DAWN.", "en", 4),
    ("GUNMEN AMBUSHED THE JUDGE'S CAR NEAR THE BRIDGE, KILLING HIM AND HIS DRIVER.", "en", 2),
    ("THE BODIES OF CARLOS MENDEZ AND HIS BODYGUARD WERE FOUND BY TROOPS NEAR THE BORDER.", "en", 2),
    ("SOLDIERS SHOT DEAD RECTOR JOSE LARA, FOUR OTHER PRIESTS, AND TWO WOMEN AT THE UNIVERSITY.", "en", 7),
    ("Rebellen vermoordden burgemeester Jan de Vries en zijn chauffeur in het dorp.", "nl", 2),
    ("Des rebelles ont assassiné le maire Jean Dupont et son chauffeur dans le village.", "fr", 2),
])
def test_a_list_of_named_victims_counts_each(text, lang, n):
    assert [c[0] for c in killed(text, lang) if c] == [n]


@pytest.mark.parametrize("text,lang,n", [
    # one person told with two titles, an apposition, an act after the victim: one dead
    ("GUERRILLAS KILLED SENATOR AND PARTY PRESIDENT LUIS ORTEGA IN HIS HOME.", "en", 1),
    ("Rebels killed Juan Perez, leader of the farmers union and secretary of the party, in his home.", "en", 1),
    ("Gunmen killed the mayor and set fire to the town hall.", "en", 1),
    # counted groups keep their counts; places after them are no victims
    ("Gunmen killed two soldiers and a civilian in Kabul and Herat on Monday.", "en", 3),
    ("ON 5 MAY, FIVE POLICEMEN AND A CIVILIAN WERE KILLED IN THE TOWN.", "en", 6),
])
def test_titles_appositions_and_places_are_no_extra_victims(text, lang, n):
    assert [c[0] for c in killed(text, lang) if c] == [n]


@pytest.mark.parametrize("text,lang,n", [
    ("THE JUDGES INVESTIGATING THE MURDERS OF THE GOVERNOR OF THE PROVINCE, ANOTHER JUDGE, AND THE POLICE COMMANDER RESIGNED.", "en", 3),
    ("Gunmen killed the mayor, another councillor and a police officer in the town.", "en", 3),
    ("Rebellen vermoordden de burgemeester, nog een rechter en zijn chauffeur in het dorp.", "nl", 3),
    ("Des rebelles ont assassiné le maire, un autre conseiller et un policier dans le village.", "fr", 3),
])
def test_another_person_in_a_list_is_one_more_victim(text, lang, n):
    assert [c[0] for c in killed(text, lang) if c] == [n]
