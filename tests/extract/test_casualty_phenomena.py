"""Death and injury counts on the phenomena that used to go wrong; every sentence is invented."""
from __future__ import annotations

import pytest

from flareup.dates import parse_pub_date
from flareup.extract.mentions import find_candidates
from flareup.model import Document, Sentence
from flareup.pipeline import extract_events


def counts(text: str, lang: str, kind: str = "killed") -> list:
    return [c.count(kind) for c in find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])]


@pytest.mark.parametrize("text,lang,killed", [
    # the day of a date is no count
    ("Six soldiers were killed on 16 November in an ambush near the border.", "en", 6),
    ("Op 16 november werden zes soldaten gedood bij een hinderlaag aan de grens.", "nl", 6),
    ("Six soldats ont été tués le 16 novembre dans une embuscade près de la frontière.", "fr", 6),
    # a 24-hour time written as four digits is no count
    ("The mayor was shot dead at approximately 1620 in front of his office.", "en", 1),
    ("De burgemeester werd om 1620 doodgeschoten voor zijn kantoor.", "nl", 1),
])
def test_dates_and_clock_times_are_not_counts(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang,killed", [
    ("Rebels claimed the murder of six priests in the capital.", "en", 6),
    ("Bij de aanval in de hoofdstad veroordeelde de bisschop de moord op zes priesters.", "nl", 6),
])
def test_murder_of_counts_the_victims_after_it(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang", [
    ("Police arrested three gunmen after the murder of a judge in the capital.", "en"),
    ("Drie schutters zijn opgepakt na de moord op een rechter in de hoofdstad.", "nl"),
])
def test_a_count_before_murder_of_is_not_its_victims(text, lang):
    assert all(c is None or c[0] != 3 for c in counts(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Gunmen killed former defence minister Jan Pieters outside his home.", "en"),
    ("Schutters doodden de voormalige minister Jan Pieters voor zijn huis.", "nl"),
    ("Des hommes armés ont abattu l'ancien maire devant sa maison.", "fr"),
    ("Gunmen attacked the home of senator Jan Pieters; the senator's murder shocked the town.", "en"),
])
def test_one_named_person_killed_counts_one(text, lang):
    assert (1, 1, 1) in counts(text, lang)


@pytest.mark.parametrize("text,lang,kind", [
    ("The governor escaped unharmed when gunmen ambushed his convoy.", "en", "killed"),
    ("Fortunately no one was killed or wounded in the bomb attack.", "en", "killed"),
    ("Fortunately no one was killed or wounded in the bomb attack.", "en", "injured"),
    ("De gouverneur bleef ongedeerd toen schutters zijn konvooi in een hinderlaag lokten.", "nl", "killed"),
    ("Le gouverneur est sorti indemne de l'embuscade tendue par des hommes armés.", "fr", "killed"),
])
def test_unharmed_and_no_one_killed_are_zero(text, lang, kind):
    assert counts(text, lang, kind) == [(0, 0, 0)]


@pytest.mark.parametrize("text,lang", [
    ("A car bomb was found in the capital; it would have killed hundreds of people.", "en"),
    ("In de hoofdstad werd een autobom gevonden die honderden mensen had kunnen doden.", "nl"),
])
def test_what_might_have_happened_is_no_count(text, lang):
    assert all(c is None for c in counts(text, lang))


@pytest.mark.parametrize("text,lang,killed", [
    ("The minister was assassinated in an attack in which two of his guards were also killed.", "en", 3),
    ("A bomb killed the union leader and left seven other people dead.", "en", 8),
    ("De minister werd doodgeschoten bij een aanval waarbij twee lijfwachten ook omkwamen.", "nl", 3),
])
def test_also_and_other_add_to_those_already_counted(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang,killed,injured", [
    ("Two people died and 15 others were wounded in the clash.", "en", 2, 15),
    ("Twee mensen kwamen om en 15 anderen raakten gewond bij de schietpartij.", "nl", 2, 15),
])
def test_a_count_after_and_belongs_to_the_next_cue(text, lang, killed, injured):
    (cand,) = find_candidates(Sentence("t", 0, 0, len(text), text), lang, [])
    assert cand.count("killed")[0] == killed and cand.count("injured")[0] == injured


@pytest.mark.parametrize("text,lang", [
    ("Gunmen shot dead the mayor of Lima on Monday. His driver was also killed in the attack.", "en"),
    ("Schutters hebben maandag de burgemeester van Lima doodgeschoten. Zijn chauffeur werd ook gedood bij de aanval.", "nl"),
])
def test_a_death_told_as_also_adds_to_the_incident_before(text, lang):
    events = extract_events(Document("t", text, parse_pub_date("2020-05-06"), lang))
    assert [e.killed for e in events] == [2]
