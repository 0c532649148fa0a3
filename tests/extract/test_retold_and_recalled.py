"""A sentence that tells more of a past incident recalled in a trial story is history too; a sentence retelling
the act from its attackers gives the incident its town and date; a deadly attack stays one when a few are also
abducted; a Dutch separable verb keeps its toll across a long middle field. Stories written for these tests."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.model import Document
from flareup.pipeline import extract_events
from flareup.text.matcher import PatternSet


def events(text: str, lang: str, pub: str = "2023-05-12"):
    return extract_events(Document("t", text, parse_pub_date(pub), lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "A court in Lyon on Monday jailed three men over the 2017 bus attack in Grenoble that killed 12 people. "
           "The attacker was shot dead by police at the scene."),
    ("en", "A court on Monday jailed three men for their part in the café attacks in Lille in March 2016. "
           "Eleven people were killed in the attacks."),
    ("nl", "Een rechtbank in Lyon heeft maandag drie mannen veroordeeld voor de aanslagen in Grenoble van maart 2017. "
           "Bij de aanslagen kwamen twaalf mensen om het leven."),
])
def test_more_of_a_recalled_past_incident_is_history(lang: str, text: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    # a date in an aside about someone's career dates no act
    ("en", "Gunmen shot dead the mayor of Tula, who took office in 2015, on Thursday. The gunmen fled on motorbikes."),
    ("nl", "Schutters hebben donderdag de burgemeester van Tula, die sinds 2015 in functie was, doodgeschoten. De "
           "schutters vluchtten op motoren."),
])
def test_a_year_in_an_aside_recalls_nothing(lang: str, text: str) -> None:
    (event,) = events(text, lang)
    assert (event.location, event.date_start) == ("Tula", "2023-05-11")


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Gunmen abducted more than 200 pupils in Nigeria's Katsina state, police said. The attackers stormed a "
           "boarding school in the village of Kankara overnight.", "Kankara"),
    ("nl", "Gewapende mannen hebben in de Nigeriaanse deelstaat Katsina ruim tweehonderd scholieren ontvoerd. De "
           "overvallers vielen in de nacht een internaat in het dorp Kankara binnen.", "Kankara"),
])
def test_a_sentence_retold_by_the_attackers_gives_the_town(lang: str, text: str, town: str) -> None:
    (event,) = events(text, lang)
    assert event.location == town


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants attacked a bus near the town of Kumba on Sunday, killing nine passengers, the army said. "
           "The attackers also abducted four passengers."),
    ("nl", "Militanten hebben zondag bij de stad Kumba een bus aangevallen en negen passagiers gedood, meldt het leger. "
           "Volgens lokale media werden ook vier passagiers ontvoerd."),
])
def test_a_few_abducted_do_not_rename_a_deadly_attack(lang: str, text: str) -> None:
    (event,) = events(text, lang)
    assert (event.sub_event_type != "abduction", event.killed) == (True, 9)


def test_a_toll_inside_a_separable_verb_with_a_phrase_after_it() -> None:
    (event,) = events("Later op de dag kwamen in de zuidelijke stad Kandahar vier agenten om door een bermbom.", "nl")
    assert event.killed == 4


@pytest.mark.parametrize("text,found", [
    ("kwamen in de zuidelijke stad Kandahar vier agenten om door een bermbom", True),
    ("kwamen in de zuidelijke stad Kandahar vier agenten om te protesteren", False),
])
def test_a_particle_closes_its_clause_before_a_phrase_put_after_it(text: str, found: bool) -> None:
    patterns = PatternSet([("kwamen ... om", 1)], long_gap=12, after_final=["door"])
    assert bool(patterns.find_all(text)) is found
