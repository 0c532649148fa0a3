import pytest

from flareup.extract.quantities import find_quantities, parse_number


@pytest.mark.parametrize("text,lang,value", [
    ("tweeëndertig", "nl", 32), ("eenentwintig", "nl", 21), ("tweehonderdvijftig", "nl", 250), ("tien", "nl", 10),
    ("forty-five", "en", 45), ("one hundred and five", "en", 105), ("1,200", "en", 1200), ("2.500", "nl", 2500),
    ("twelve", "en", 12), ("dudeka ka tri", "zz", 23), ("bagdad", "nl", None),
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text,lang,expected", [
    ("at least 25 people", "en", [(25, 25, 25, "+low")]),
    ("between 20 and 30 dead", "en", [(20, 20, 30, "range")]),
    ("20 to 30 killed", "en", [(20, 20, 30, "range")]),
    ("dozens of people", "en", [(24, 24, 99, "vague")]),
    ("minstens tientallen doden", "nl", [(20, 20, 99, "+low")]),
    ("2.500 tot 3.000 strijders", "nl", [(2500, 2500, 3000, "range")]),
    ("zeker veertig doden", "nl", [(40, 40, 40, "+low")]),
])
def test_find_quantities_bounds(text, lang, expected):
    got = [(q.best, q.low, q.high) for q in find_quantities(text, lang)]
    assert got == [e[:3] for e in expected]
    for q, e in zip(find_quantities(text, lang), expected):
        assert e[3] in q.rule
