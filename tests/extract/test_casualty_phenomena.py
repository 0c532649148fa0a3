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


@pytest.mark.parametrize("text,lang,killed", [
    # an active killing verb with its object after it: the count before it is the killer
    ("A policeman killed two robbers in the capital on Monday.", "en", 2),
    ("SEVERAL GUNMEN KILLED THE JUDGE IN THE CAPITAL YESTERDAY.", "en", 1),
    ("Een agent doodde twee overvallers in de hoofdstad.", "nl", 2),
    ("Un policier a tué deux braqueurs dans la capitale.", "fr", 2),
    # passive, with the killer named after "by": the count before is the dead, the killer is none
    ("Two robbers were killed by a policeman in the capital.", "en", 2),
    ("Twee overvallers werden gedood door een agent in de hoofdstad.", "nl", 2),
    ("Deux braqueurs ont été tués par un policier dans la capitale.", "fr", 2),
    # headlines and coordinated subjects keep counting
    ("Soldier killed in roadside bombing near the border", "en", 1),
    ("A soldier and a policeman were killed in the attack.", "en", 2),
])
def test_active_subject_is_no_victim(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang", [
    ("So far this year, twelve members of the party have been killed by paramilitary groups.", "en"),
    ("Over 1,000 people have died since 1985 in the conflict between rebels and the army.", "en"),
    ("Sinds het begin van het jaar zijn al twaalf leden van de partij vermoord door paramilitairen.", "nl"),
    ("Depuis le début de l'année, douze membres du parti ont été tués par des paramilitaires.", "fr"),
])
def test_totals_over_a_period_are_no_toll(text, lang):
    assert all(c is None for c in counts(text, lang))


@pytest.mark.parametrize("text,lang,killed", [
    ("Twelve policemen were killed by gunmen in the city on Monday.", "en", 12),
    ("The bodies of four of the students who were kidnapped over the past months were found today.", "en", 4),
    ("Twaalf agenten zijn maandag door schutters in de stad vermoord.", "nl", 12),
])
def test_a_toll_with_its_day_is_no_period_total(text, lang, killed):
    assert [c[0] for c in counts(text, lang) if c] == [killed]


@pytest.mark.parametrize("text,lang,killed", [
    # one person joined to a count is one more dead
    ("The minister and his two bodyguards died when the house was machinegunned.", "en", 3),
    ("De minister en zijn twee lijfwachten kwamen om het leven bij de aanslag.", "nl", 3),
    ("Le ministre et ses deux gardes du corps ont été tués dans l'attaque.", "fr", 3),
    # ... but not when the person is counted already, or is no single person
    ("A soldier and two policemen were killed in the attack.", "en", 3),
    ("Soldiers and two policemen were killed in the attack.", "en", 2),
])
def test_person_joined_to_a_count_adds_one(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang,killed", [
    # a single person named last in the list of counted groups is one more dead
    ("Two guards and the driver were killed in the ambush.", "en", 3),
    ("A COLONEL, A JUDGE AND CANDIDATE SENATOR JUAN PEREZ WERE MURDERED LAST WEEK.", "en", 3),
    ("Twee bewakers en de chauffeur werden gedood bij de hinderlaag.", "nl", 3),
    ("Deux gardes et le chauffeur ont été tués dans l'embuscade.", "fr", 3),
    # ... not a plural group without a count, nor a person told in another clause
    ("Two soldiers and rebels were killed in the ambush.", "en", 2),
    ("Two soldiers were killed and the driver was wounded in the ambush.", "en", 2),
])
def test_person_named_last_in_a_list_adds_one(text, lang, killed):
    assert [c[0] for c in counts(text, lang)] == [killed]


@pytest.mark.parametrize("text,lang", [
    # one person who died, with no number: a person noun before "died", a relative named after "killed"
    ("The former defense minister died today as a consequence of a terrorist attack in the capital.", "en"),
    ("UNIDENTIFIED MEN TODAY KILLED MARIA LOPEZ, WIFE OF A COLONEL, IN THE NORTH OF THE CAPITAL.", "en"),
    ("De oud-minister overleed vandaag aan de gevolgen van een aanslag in de hoofdstad.", "nl"),
    ("L'ancien ministre est mort aujourd'hui des suites d'un attentat dans la capitale.", "fr"),
])
def test_one_person_died_without_a_number(text, lang):
    assert [c[0] for c in counts(text, lang)] == [1]


@pytest.mark.parametrize("text,lang,killed", [
    # a subset set off by commas lies between the count and its cue: the count reaches across it
    ("Eighteen rebels, including a senior commander named Karel, were killed in the operation.", "en", 18),
    ("Achttien strijders, onder wie een belangrijke commandant, werden gedood bij de operatie.", "nl", 18),
    ("Dix-huit combattants, dont un commandant, ont été tués dans l'opération.", "fr", 18),
])
def test_a_count_reaches_its_cue_across_an_including_aside(text, lang, killed):
    assert [c[0] for c in counts(text, lang) if c] == [killed]


@pytest.mark.parametrize("text,lang,killed", [
    # "kills a commander, 4 others": the others listed after the verb's first object add to it
    ("Air strike kills rebel commander, 4 others near the border", "en", 5),
    ("Luchtaanval doodt burgemeester, 4 anderen bij de grens", "nl", 5),
])
def test_others_listed_after_a_killed_person_add_to_the_toll(text, lang, killed):
    assert [c[0] for c in counts(text, lang) if c] == [killed]


def test_others_after_a_bare_comma_belong_to_their_own_cue():
    # "2 killed, 6 others wounded": the six are the wounded, not more dead
    text = "Two fighters killed, 6 others wounded in the north"
    assert [c[0] for c in counts(text, "en") if c] == [2]
    assert [c[0] for c in counts(text, "en", "injured") if c] == [6]


def _tolls(text: str, lang: str, kind: str = "killed") -> list:
    events = extract_events(Document("t", text, parse_pub_date("2020-05-06"), lang))
    return [getattr(e, kind) for e in events]


@pytest.mark.parametrize("text,lang", [
    ("A bomb exploded at a bank in the capital on Monday. Police reported no victims.", "en"),
    ("A bomb exploded at a bank in the capital on Monday. The blast shattered windows. Nobody was killed.", "en"),
    ("Maandag ontplofte een bom bij een bank in de hoofdstad. Er vielen geen doden.", "nl"),
])
def test_a_later_sentence_saying_no_one_died_makes_the_toll_zero(text, lang):
    assert _tolls(text, lang) == [0]


def test_no_one_hurt_far_after_the_incident_says_nothing_of_it():
    text = ("A bomb exploded at a bank in the capital on Monday. The minister spoke to parliament. "
            "He talked about the budget. Schools reopened after the holiday. No one was hurt in the fire drill.")
    assert _tolls(text, "en") == [None]


@pytest.mark.parametrize("text,lang,killed", [
    # a relative clause about the counted people ends at the passive auxiliary of the main verb
    ("Four priests and two women who worked with them were murdered in the capital.", "en", 6),
    ("Vier priesters en twee vrouwen die voor hen werkten werden vermoord in de hoofdstad.", "nl", 6),
    ("Quatre prêtres et deux femmes qui travaillaient avec eux ont été tués dans la capitale.", "fr", 6),
    # an aside that picks out part of the count is no clause break
    ("Nine villagers, four of them children, were killed in the raid.", "en", 9),
    ("Twelve people, including three children, were killed in the blast.", "en", 12),
    ("Twaalf mensen, waaronder drie kinderen, werden gedood bij de explosie.", "nl", 12),
    ("Douze personnes, dont trois enfants, ont été tuées dans l'explosion.", "fr", 12),
    # "one of his bodyguards" counts one
    ("The mayor survived the attack in which his driver and one of his bodyguards were killed.", "en", 2),
    # a killing verb with a pronoun object counts one
    ("A gunman fired nine shots at the judge in the market, killing him instantly.", "en", 1),
    ("The ambush in the capital took the life of a local councilman.", "en", 1),
])
def test_counts_across_relative_clauses_asides_and_partitives(text, lang, killed):
    assert _tolls(text, lang) == [killed]


@pytest.mark.parametrize("text,lang", [
    ("Three men who killed two policemen in the capital were arrested on Monday.", "en"),
])
def test_a_relative_clause_with_its_own_killing_keeps_its_own_count(text, lang):
    assert _tolls(text, lang) == [2]
