"""Each phrase class in English and Dutch, resolved against day-, month- and year-precise publication dates.

Invented sentences only. Publication day 2020-05-14 is a Thursday (Tue 12, Sun 10, Sat 9 May).
"""
from __future__ import annotations

import pytest

from flareup.dates import find_dates, parse_pub_date
from flareup.errors import PackError

DAY, MONTH, YEAR = "2020-05-14", "2020-05", "2020"

CASES = [
    # explicit dates in their usual forms
    ("en", DAY, "Rebels attacked the base on 3 April.", "3 April", "2020-04-03/2020-04-03"),
    ("en", DAY, "Rebels attacked the base on April 3.", "April 3", "2020-04-03/2020-04-03"),
    ("en", DAY, "Rebels attacked the base on April 3rd.", "April 3rd", "2020-04-03/2020-04-03"),
    ("en", DAY, "Rebels attacked the base on the 3rd of April.", "3rd of April", "2020-04-03/2020-04-03"),
    ("en", DAY, "Rebels attacked the base on 3 April 2019.", "3 April 2019", "2019-04-03/2019-04-03"),
    ("en", DAY, "Rebels attacked the base on April 3, 2019.", "April 3, 2019", "2019-04-03/2019-04-03"),
    ("en", DAY, "Rebels attacked the base in April 2019.", "April 2019", "2019-04-01/2019-04-30"),
    ("en", DAY, "Rebels attacked the base in 2019.", "2019", "2019-01-01/2019-12-31"),
    ("en", DAY, "Rebels attacked the base on 3/4.", "3/4", "2020-04-03/2020-04-03"),
    ("en", DAY, "Rebels attacked the base on 3/4/2019.", "3/4/2019", "2019-04-03/2019-04-03"),
    ("en", DAY, "Rebels attacked the base on 4/13/2019.", "4/13/2019", "2019-04-13/2019-04-13"),
    ("en", DAY, "Rebels attacked the base on 2019-04-03.", "2019-04-03", "2019-04-03/2019-04-03"),
    ("en", DAY, "Rebels attacked the base on Saturday, 2 May 2020.", "Saturday, 2 May 2020", "2020-05-02/2020-05-02"),
    ("en", DAY, "Fighting raged between 3 and 5 April.", "between 3 and 5 April", "2020-04-03/2020-04-05"),
    ("en", DAY, "Fighting raged from 3 April to 5 May.", "from 3 April to 5 May", "2020-04-03/2020-05-05"),
    ("nl", DAY, "Rebellen vielen de basis aan op 3 april.", "3 april", "2020-04-03/2020-04-03"),
    ("nl", DAY, "Rebellen vielen de basis aan op 3 april 2019.", "3 april 2019", "2019-04-03/2019-04-03"),
    ("nl", DAY, "Rebellen vielen de basis aan in april 2019.", "april 2019", "2019-04-01/2019-04-30"),
    ("nl", DAY, "Rebellen vielen de basis aan in 2019.", "2019", "2019-01-01/2019-12-31"),
    ("nl", DAY, "Rebellen vielen de basis aan op 3/4.", "3/4", "2020-04-03/2020-04-03"),
    ("nl", DAY, "Rebellen vielen de basis aan op 3-4-2019.", "3-4-2019", "2019-04-03/2019-04-03"),
    ("nl", DAY, "Rebellen vielen de basis aan op de 3e april.", "3e april", "2020-04-03/2020-04-03"),
    ("nl", DAY, "Er werd gevochten van 3 tot 5 april.", "van 3 tot 5 april", "2020-04-03/2020-04-05"),
    ("nl", DAY, "Er werd gevochten tussen 3 en 5 april.", "tussen 3 en 5 april", "2020-04-03/2020-04-05"),
    # year inference: the most recent such date not after publication
    ("en", DAY, "The army withdrew in December.", "December", "2019-12-01/2019-12-31"),
    ("en", DAY, "The army withdrew on 20 May.", "20 May", "2019-05-20/2019-05-20"),
    ("en", DAY, "The army withdrew in May.", "May", "2020-05-01/2020-05-14"),
    ("nl", DAY, "Het leger trok zich in december terug.", "december", "2019-12-01/2019-12-31"),
    ("nl", YEAR, "Het leger trok zich in december terug.", "december", "2020-12-01/2020-12-31"),
    ("en", MONTH, "The army withdrew in June.", "June", "2019-06-01/2019-06-30"),
    ("en", MONTH, "The army withdrew on 3 May.", "3 May", "2020-05-03/2020-05-03"),
    ("en", YEAR, "The army withdrew on 3 April.", "3 April", "2020-04-03/2020-04-03"),
    # weekdays
    ("en", DAY, "Gunmen attacked the village on Tuesday.", "Tuesday", "2020-05-12/2020-05-12"),
    ("en", DAY, "Gunmen attacked the village on Thursday.", "Thursday", "2020-05-14/2020-05-14"),
    ("en", DAY, "Gunmen attacked the village last Thursday.", "last Thursday", "2020-05-07/2020-05-07"),
    ("en", DAY, "Gunmen attacked the village on Tuesday night.", "Tuesday night", "2020-05-12/2020-05-12"),
    ("en", MONTH, "Gunmen attacked the village on Tuesday.", "Tuesday", "2020-04-28/2020-05-26"),
    ("nl", DAY, "Gewapende mannen vielen dinsdag het dorp aan.", "dinsdag", "2020-05-12/2020-05-12"),
    ("nl", DAY, "Gewapende mannen vielen afgelopen dinsdag het dorp aan.", "afgelopen dinsdag", "2020-05-12/2020-05-12"),
    ("nl", DAY, "Zaterdagavond vielen gewapende mannen het dorp aan.", "Zaterdagavond", "2020-05-09/2020-05-09"),
    ("nl", DAY, "In de nacht van zaterdag op zondag werd geschoten.", "van zaterdag op zondag", "2020-05-09/2020-05-10"),
    ("nl", MONTH, "Gewapende mannen vielen dinsdag het dorp aan.", "dinsdag", "2020-04-28/2020-05-26"),
    # days and nights around publication
    ("en", DAY, "A bomb exploded yesterday.", "yesterday", "2020-05-13/2020-05-13"),
    ("en", DAY, "A bomb exploded the day before yesterday.", "the day before yesterday", "2020-05-12/2020-05-12"),
    ("en", DAY, "A bomb exploded last night.", "last night", "2020-05-13/2020-05-14"),
    ("en", DAY, "A bomb exploded today.", "today", "2020-05-14/2020-05-14"),
    ("en", DAY, "A bomb exploded this morning.", "this morning", "2020-05-14/2020-05-14"),
    ("en", MONTH, "A bomb exploded yesterday.", "yesterday", "2020-04-30/2020-05-30"),
    ("en", YEAR, "A bomb exploded yesterday.", "yesterday", "2019-12-31/2020-12-30"),
    ("nl", DAY, "Gisteren ontplofte een bom.", "Gisteren", "2020-05-13/2020-05-13"),
    ("nl", DAY, "Eergisteren ontplofte een bom.", "Eergisteren", "2020-05-12/2020-05-12"),
    ("nl", DAY, "Vannacht ontplofte een bom.", "Vannacht", "2020-05-13/2020-05-14"),
    ("nl", DAY, "Gisternacht ontplofte een bom.", "Gisternacht", "2020-05-13/2020-05-14"),
    ("nl", DAY, "Vandaag ontplofte een bom.", "Vandaag", "2020-05-14/2020-05-14"),
    ("nl", DAY, "Vanochtend ontplofte een bom.", "Vanochtend", "2020-05-14/2020-05-14"),
    ("nl", MONTH, "Gisteren ontplofte een bom.", "Gisteren", "2020-04-30/2020-05-30"),
    # weekends, weeks, months, years
    ("en", DAY, "Militants struck last weekend.", "last weekend", "2020-05-09/2020-05-10"),
    ("en", DAY, "Militants struck over the weekend.", "over the weekend", "2020-05-09/2020-05-10"),
    ("en", MONTH, "Militants struck last weekend.", "last weekend", "2020-04-25/2020-05-31"),
    ("en", DAY, "Militants struck last week.", "last week", "2020-05-04/2020-05-13"),
    ("en", MONTH, "Militants struck last week.", "last week", "2020-04-20/2020-05-30"),
    ("en", DAY, "Militants struck last month.", "last month", "2020-04-01/2020-04-30"),
    ("en", MONTH, "Militants struck last month.", "last month", "2020-04-01/2020-04-30"),
    ("en", DAY, "Militants struck earlier this month.", "earlier this month", "2020-05-01/2020-05-13"),
    ("en", DAY, "Militants struck twice this year.", "this year", "2020-01-01/2020-05-14"),
    ("en", DAY, "Militants struck twice last year.", "last year", "2019-01-01/2019-12-31"),
    ("en", DAY, "Militants struck early last year.", "early last year", "2019-01-01/2019-04-30"),
    ("en", YEAR, "Militants struck twice last year.", "last year", "2019-01-01/2019-12-31"),
    ("nl", DAY, "Militanten sloegen afgelopen weekend toe.", "afgelopen weekend", "2020-05-09/2020-05-10"),
    ("nl", MONTH, "Militanten sloegen afgelopen weekend toe.", "afgelopen weekend", "2020-04-25/2020-05-31"),
    ("nl", DAY, "Militanten sloegen vorige week toe.", "vorige week", "2020-05-04/2020-05-13"),
    ("nl", DAY, "Militanten sloegen vorige maand toe.", "vorige maand", "2020-04-01/2020-04-30"),
    ("nl", DAY, "Militanten sloegen eerder deze maand toe.", "eerder deze maand", "2020-05-01/2020-05-13"),
    ("nl", DAY, "Militanten sloegen dit jaar twee keer toe.", "dit jaar", "2020-01-01/2020-05-14"),
    ("nl", MONTH, "Militanten sloegen dit jaar twee keer toe.", "dit jaar", "2020-01-01/2020-05-31"),
    ("nl", DAY, "Militanten sloegen vorig jaar twee keer toe.", "vorig jaar", "2019-01-01/2019-12-31"),
    ("nl", MONTH, "Het kalifaat implodeerde begin vorig jaar.", "begin vorig jaar", "2019-01-01/2019-04-30"),
    ("nl", MONTH, "Het kalifaat implodeerde eind vorig jaar.", "eind vorig jaar", "2019-09-01/2019-12-31"),
    # counted units
    ("en", DAY, "The convoy was hit two days ago.", "two days ago", "2020-05-12/2020-05-12"),
    ("en", DAY, "The convoy was hit a week ago.", "a week ago", "2020-05-04/2020-05-10"),
    ("en", DAY, "The convoy was hit 3 months ago.", "3 months ago", "2020-02-01/2020-02-29"),
    ("en", DAY, "Forty people died in the past 24 hours.", "past 24 hours", "2020-05-13/2020-05-14"),
    ("en", MONTH, "The convoy was hit two days ago.", "two days ago", "2020-04-29/2020-05-29"),
    ("nl", DAY, "Het konvooi werd twee dagen geleden getroffen.", "twee dagen geleden", "2020-05-12/2020-05-12"),
    ("nl", DAY, "Het konvooi werd tweeëntwintig dagen geleden getroffen.", "tweeëntwintig dagen geleden", "2020-04-22/2020-04-22"),
    ("nl", DAY, "IS zit niet aan de piek van zes jaar geleden.", "zes jaar geleden", "2014-01-01/2014-12-31"),
    ("nl", DAY, "In de afgelopen drie dagen vielen veertig doden.", "afgelopen drie dagen", "2020-05-11/2020-05-14"),
    # parts of a month
    ("en", MONTH, "The offensive began in early April.", "early April", "2020-04-01/2020-04-10"),
    ("en", MONTH, "The offensive began in mid-April.", "mid-April", "2020-04-11/2020-04-20"),
    ("en", MONTH, "The offensive began in late April.", "late April", "2020-04-21/2020-04-30"),
    ("en", MONTH, "The offensive began at the end of April.", "the end of April", "2020-04-21/2020-04-30"),
    ("en", MONTH, "The offensive began in late February.", "late February", "2020-02-21/2020-02-29"),
    ("nl", MONTH, "Het offensief begon begin april.", "begin april", "2020-04-01/2020-04-10"),
    ("nl", MONTH, "Het offensief begon half april.", "half april", "2020-04-11/2020-04-20"),
    ("nl", MONTH, "Het offensief begon midden april.", "midden april", "2020-04-11/2020-04-20"),
    ("nl", MONTH, "Het offensief begon eind april.", "eind april", "2020-04-21/2020-04-30"),
    ("nl", MONTH, "Het offensief begon eind maart.", "eind maart", "2020-03-21/2020-03-31"),
    ("nl", MONTH, "Het offensief begon halverwege april.", "halverwege april", "2020-04-11/2020-04-20"),
    ("nl", DAY, "In maart 12 doden bij aanslagen.", "maart", "2020-03-01/2020-03-31"),
    # windows and ranges up to publication
    ("en", DAY, "Militants have recently stepped up attacks.", "recently", "2020-04-14/2020-05-14"),
    ("en", MONTH, "Militants have recently stepped up attacks.", "recently", "2020-04-01/2020-05-31"),
    ("nl", MONTH, "Militanten hebben onlangs meer aanslagen gepleegd.", "onlangs", "2020-04-01/2020-05-31"),
    ("en", DAY, "Clashes have continued since Tuesday.", "since Tuesday", "2020-05-12/2020-05-14"),
    ("nl", DAY, "Sinds 2011 vielen er veel doden.", "Sinds 2011", "2011-01-01/2020-05-14"),
]


@pytest.mark.parametrize("lang,pub,text,phrase,expect", CASES)
def test_phrase_resolves(lang: str, pub: str, text: str, phrase: str, expect: str) -> None:
    hits = find_dates(text, parse_pub_date(pub), lang)
    assert [h.hit.text for h in hits] == [phrase]
    span = hits[0].span
    assert f"{span.start}/{span.end}" == expect
    assert text[hits[0].hit.start:hits[0].hit.end] == phrase
    assert hits[0].hit.rule.startswith(f"{lang}.dates.")


@pytest.mark.parametrize("lang,text", [
    ("nl", "Bij de veldslag kwamen 32 militairen en 26 IS-strijders om."),
    ("nl", "De inlichtingendiensten schatten dat 2.500 tot 3.000 IS-strijders actief zijn."),
    ("en", "More than 1,200 people fled and 3,000 were wounded."),
    ("en", "Gunmen opened fire at 20:30 local time."),
    ("en", "Three quarters, 3/4 of the town, was destroyed."),
    ("en", "Militants may attack again, officials warned."),
    ("en", "Thousands joined a march through the capital."),
    ("en", "The 2000 people who fled were sheltered in tents."),
    ("en", "Police named the 27-year-old attacker."),
    ("nl", "Jan de Vries werd door zijn 52-jarige buurman neergeschoten."),
    ("en", "Two days of talks ended without a deal."),
])
def test_numbers_that_are_no_dates(lang: str, text: str) -> None:
    assert find_dates(text, parse_pub_date(DAY), lang) == []


def test_a_year_is_a_date_even_when_it_is_history() -> None:
    hits = find_dates("Ook in Syrië, in 2014 de springplank van het kalifaat, is IS actief.", parse_pub_date(MONTH), "nl")
    assert [(h.hit.text, h.span.precision, str(h.span.start)) for h in hits] == [("2014", "year", "2014-01-01")]


def test_every_phrase_in_a_sentence_is_found() -> None:
    text = "A bomb killed two yesterday, a week after the attack of 3 May, the worst since 2019."
    hits = find_dates(text, parse_pub_date(DAY), "en")
    assert [h.hit.text for h in hits] == ["yesterday", "3 May", "since 2019"]


@pytest.mark.parametrize("pub,precision", [(DAY, "day"), (MONTH, "month"), (YEAR, "year")])
def test_precision_is_no_finer_than_the_publication_date_allows(pub: str, precision: str) -> None:
    (hit,) = find_dates("A bomb exploded yesterday.", parse_pub_date(pub), "en")
    assert hit.span.precision == precision


def test_relative_phrases_need_a_publication_date() -> None:
    hits = find_dates("A bomb exploded yesterday, as on 3 April 2019.", None, "en")
    assert [h.hit.text for h in hits] == ["3 April 2019"]


def test_month_names_that_are_words_need_capitals_and_context() -> None:
    assert [h.hit.text for h in find_dates("They marched in March.", parse_pub_date(DAY), "en")] == ["March"]
    assert find_dates("They march in the city.", parse_pub_date(DAY), "en") == []


def test_all_upper_case_text() -> None:
    hits = find_dates("GUERRILLAS ATTACKED THE TOWN ON 3 MAY 1989.", parse_pub_date("1989-05-10"), "en")
    assert [(h.hit.text, str(h.span.start)) for h in hits] == [("3 MAY 1989", "1989-05-03")]


def test_a_language_without_a_pack_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="no language pack"):
        find_dates("Hier explosé une bombe.", parse_pub_date(DAY), "xx")
