"""A bare death word after one person ("Alvarez died") adds that death to the incident just told."""
from flareup.extract.casualties import reports_one_died
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
