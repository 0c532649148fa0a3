"""The event's interval per sentence, publication dates, the undated default, and the packs' own examples."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from flareup.dates import (
    default_span,
    event_span,
    find_dates,
    find_durations,
    only_duration,
    parse_pub_date,
)
from flareup.errors import InputError
from flareup.lang.packs import load_pack
from flareup.model import TimeSpan

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DAY, MONTH = "2020-05-14", "2020-05"


def _span(hit) -> str:
    return f"{hit.span.start}/{hit.span.end}"


@pytest.mark.parametrize("text,pub,expect", [
    ("pub", "2020", "2020-01-01/2020-12-31/year"),
    ("pub", "2020-02", "2020-02-01/2020-02-29/month"),
    ("pub", "2020-05-03", "2020-05-03/2020-05-03/day"),
    ("pub", "2020-05-03T14:05:00+02:00", "2020-05-03/2020-05-03/day"),
    ("pub", " 2020-5-3 ", "2020-05-03/2020-05-03/day"),
])
def test_parse_pub_date(text: str, pub: str, expect: str) -> None:
    span = parse_pub_date(pub)
    assert f"{span.start}/{span.end}/{span.precision}" == expect


@pytest.mark.parametrize("bad", ["", "May 2020", "2020-13", "2020-02-30", "20201", "2020/05/03", "yesterday"])
def test_parse_pub_date_rejects_garbage(bad: str) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_pub_date(bad)


def test_default_span_keeps_coarse_dates_whole_and_adds_the_day_before() -> None:
    assert default_span(None) is None
    assert default_span(parse_pub_date(MONTH)) == parse_pub_date(MONTH)
    assert default_span(parse_pub_date("2020")) == parse_pub_date("2020")
    assert default_span(parse_pub_date(DAY)) == TimeSpan(date(2020, 5, 13), date(2020, 5, 14), "day")
    assert default_span(parse_pub_date(DAY), lookback_days=0) == parse_pub_date(DAY)


@pytest.mark.parametrize("lang,pub,text,expect", [
    # phrases like those of the seed article (invented sentences)
    ("nl", MONTH, "Afgelopen weekend kwamen tien leden van een militie om bij een hinderlaag.", "2020-04-25/2020-05-31"),
    ("nl", MONTH, "Een aanval op een kazerne mondde begin april uit in een twee dagen durende veldslag.",
     "2020-04-01/2020-04-10"),
    ("nl", MONTH, "Eind maart lanceerde de groep een offensief in de woestijn.", "2020-03-21/2020-03-31"),
    # a duration widens a start day, never a window that already holds it
    ("en", DAY, "Three soldiers died in a two-day battle that began on 3 May.", "2020-05-03/2020-05-04"),
    ("en", DAY, "Three soldiers died in a three-day battle in early May.", "2020-05-01/2020-05-10"),
    ("nl", DAY, "Op 3 mei begon een drie dagen durende belegering.", "2020-05-03/2020-05-05"),
    ("en", DAY, "Fighting for three days killed forty.", "2020-05-12/2020-05-14"),
    # phrases that agree narrow each other; the most specific governs
    ("en", DAY, "About 160 people were killed yesterday, Wednesday.", "2020-05-13/2020-05-13"),
    ("en", DAY, "A bomb killed two yesterday, the worst attack since 2019.", "2020-05-13/2020-05-13"),
    ("nl", MONTH, "Onlangs, eind april, vielen er tien doden.", "2020-04-21/2020-04-30"),
    # future dates lose against past ones: events are reported after they happen
    ("en", DAY, "The attack on 3 May delayed the vote planned for 20 June.", "2020-05-03/2020-05-03"),
])
def test_event_span(lang: str, pub: str, text: str, expect: str) -> None:
    hit = event_span(text, parse_pub_date(pub), lang)
    assert hit is not None and _span(hit) == expect


def test_the_seed_window_is_no_wider_than_needed() -> None:
    hit = event_span("Afgelopen weekend kwamen tien strijders om.", parse_pub_date(MONTH), "nl")
    assert hit.span.precision == "month" and hit.span.days == 37


def test_no_date_phrase_gives_none() -> None:
    assert event_span("Gunmen killed 32 soldiers and 26 militants near the border.", parse_pub_date(DAY), "en") is None


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "A second bomb exploded the next day.", "2020-05-04/2020-05-04"),
    ("en", "Two days later another bomb exploded.", "2020-05-05/2020-05-05"),
    ("nl", "Twee dagen later ontplofte nog een bom.", "2020-05-05/2020-05-05"),
    ("nl", "Dezelfde dag werd nog een aanslag gemeld.", "2020-05-03/2020-05-03"),
])
def test_context_dates_from_an_earlier_sentence(lang: str, text: str, expect: str) -> None:
    context = TimeSpan(date(2020, 5, 3), date(2020, 5, 3), "day")
    assert _span(event_span(text, parse_pub_date(DAY), lang, context=context)) == expect
    assert event_span(text, parse_pub_date(DAY), lang) is None


@pytest.mark.parametrize("lang,text,days", [
    ("en", "a two-day battle", 2),
    ("en", "after three weeks of fighting", 21),
    ("en", "clashes lasting 12 hours", 1),
    ("nl", "een twee dagen durende veldslag", 2),
    ("nl", "een tweeëntwintig dagen durende belegering", 22),
    ("nl", "de gevechten duurden drie dagen lang", 3),
])
def test_durations(lang: str, text: str, days: int) -> None:
    assert [d for _, d in find_durations(text, lang)] == [days]


def test_rules_are_named() -> None:
    (hit,) = find_dates("Gisteren ontplofte een bom.", parse_pub_date(DAY), "nl")
    assert hit.hit.rule == "nl.dates.rel.gisteren"


# --- the packs' own examples -------------------------------------------------------------------
def _pack_examples():
    for lang in ("en", "nl", "zz"):
        data = load_pack(lang).toml("dates")
        for ex in data.get("examples", []):
            yield pytest.param(lang, ex["text"], ex["pub"], ex["expect"], id=f"{lang}:{ex['text'][:30]}")


@pytest.mark.parametrize("lang,text,pub,expect", list(_pack_examples()))
def test_pack_examples(lang: str, text: str, pub: str, expect: str) -> None:
    assert _span(event_span(text, parse_pub_date(pub), lang)) == expect


def _relative_entries():
    for lang in ("en", "nl", "zz"):
        for rel in load_pack(lang).toml("dates").get("relative", []):
            yield pytest.param(lang, rel, id=f"{lang}:{rel['id']}")


@pytest.mark.parametrize("lang,rel", list(_relative_entries()))
def test_relative_entry_example_fires_its_rule(lang: str, rel: dict) -> None:
    context = TimeSpan(date(2020, 5, 3), date(2020, 5, 3), "day")
    hit = event_span(rel["example"], parse_pub_date(DAY), lang, context=context)
    assert hit is not None and hit.hit.rule.startswith(f"{lang}.dates.rel.{rel['id']}")


# --- the fictional pack proves the engine knows no English or Dutch ------------------------------
@pytest.mark.parametrize("text,pub,expect", [
    ("Soldatoj mortis hieraux.", DAY, "2020-05-13/2020-05-13"),
    ("Soldatoj mortis dua tagoj antaux.", DAY, "2020-05-12/2020-05-12"),
    ("Soldatoj mortis pasinta mardo.", DAY, "2020-05-12/2020-05-12"),
    ("Soldatoj mortis je 3 kvarmo 2019.", DAY, "2019-04-03/2019-04-03"),
    ("Soldatoj mortis je fina kvarmo.", MONTH, "2020-04-21/2020-04-30"),
    ("Polico diris hieraux ke soldatoj mortis je 3 kvarmo.", DAY, "2020-04-03/2020-04-03"),
])
def test_fictional_language(text: str, pub: str, expect: str) -> None:
    assert _span(event_span(text, parse_pub_date(pub), "zz")) == expect
    assert find_dates(text, parse_pub_date(pub), "en") == []


# --- the seed article, read from ../shared at test time (never copied) ---------------------------
def test_seed_article_events_get_their_gold_windows() -> None:
    path = SHARED / "eval" / "dev" / "seed.jsonl"
    if not path.exists():
        pytest.skip(f"seed gold not found at {path}")
    record = json.loads(path.read_text("utf-8").splitlines()[0])
    pub = parse_pub_date(record["doc_date"])
    sentences = re.split(r"(?<=[.!?'])\s+", record["text"])
    spans = {_span(h) for s in sentences if (h := event_span(s, pub, record["lang"])) is not None}
    for gold in record["gold"]:
        assert gold["date"] in spans, f"no sentence resolves to the gold window {gold['date']}"


@pytest.mark.parametrize("lang,text,trigger,expect", [
    ("en", "Three farmers freed today had been kidnapped on 11 May.", "kidnapped", "2020-05-11/2020-05-11"),
    ("en", "On 11 May gunmen kidnapped three farmers who were freed today.", "kidnapped", "2020-05-11/2020-05-11"),
    ("nl", "Drie boeren die vandaag vrijkwamen, werden op 11 mei ontvoerd.", "ontvoerd", "2020-05-11/2020-05-11"),
    ("en", "Two guards were shot on Sunday and buried on Tuesday.", "shot", "2020-05-10/2020-05-10"),
])
def test_equally_precise_dates_go_to_the_nearest_trigger(lang: str, text: str, trigger: str, expect: str) -> None:
    at = text.index(trigger)
    hit = event_span(text, parse_pub_date(DAY), lang, near=(at, at + len(trigger)))
    assert _span(hit) == expect
    # without a trigger position the first date phrase governs
    first = event_span(text, parse_pub_date(DAY), lang)
    assert _span(first) == _span(min(find_dates(text, parse_pub_date(DAY), lang), key=lambda h: h.hit.start))


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "Rebels of the March 23 Movement killed three soldiers in Rutshuru.", "2020-05-13/2020-05-14"),
    ("fr", "Les rebelles du Mouvement du 23 mars ont tué trois soldats à Rutshuru mardi.", "2020-05-12/2020-05-12"),
])
def test_a_date_inside_an_actor_name_is_no_date(lang: str, text: str, expect: str) -> None:
    from flareup.model import Document
    from flareup.pipeline import extract_events

    (event,) = extract_events(Document(doc_id="d", text=text, pub=parse_pub_date(DAY), lang=lang))
    assert event.actor1 == "M23"
    assert f"{event.date_start}/{event.date_end}" == expect


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "The bombing that killed a judge on 28 April was claimed on Tuesday by a guerrilla group.", "2020-04-28/2020-04-28"),
    ("en", "Police announced today that the mayor was shot dead on Friday.", "2020-05-08/2020-05-08"),
    ("nl", "De politie meldde dinsdag dat de burgemeester op 28 april werd doodgeschoten.", "2020-04-28/2020-04-28"),
    ("fr", "La police a annoncé mardi que le maire avait été abattu le 28 avril.", "2020-04-28/2020-04-28"),
    ("en", "Gunmen shot dead the mayor on Friday, police said.", "2020-05-08/2020-05-08"),
    ("en", "Police said today that the mayor was shot dead.", "2020-05-14/2020-05-14"),  # the only date stays
])
def test_a_date_next_to_a_verb_of_saying_dates_the_statement(lang: str, text: str, expect: str) -> None:
    assert _span(event_span(text, parse_pub_date(DAY), lang)) == expect


@pytest.mark.parametrize("lang,text,trigger,expect", [
    ("en", "Families gathered on Thursday to mourn the 334 people killed in the 2004 school siege.", "killed",
     "2004-01-01/2004-12-31"),
    ("nl", "Families kwamen donderdag samen voor de doden van de gijzeling in 2004.", "gijzeling", "2004-01-01/2004-12-31"),
    ("en", "Gunmen killed three soldiers on Tuesday, a year after the 2019 massacre.", "killed", "2020-05-12/2020-05-12"),
])
def test_an_old_date_beside_the_trigger_dates_a_past_incident(lang: str, text: str, trigger: str, expect: str) -> None:
    at = text.index(trigger)
    assert _span(event_span(text, parse_pub_date(DAY), lang, near=(at, at + len(trigger)))) == expect


def test_a_duration_alone_dates_nothing_narrower_than_the_default_window() -> None:
    hit = event_span("Troops killed all five attackers after a 12-hour siege.", parse_pub_date(DAY), "en")
    assert only_duration(hit) and _span(hit) == "2020-05-13/2020-05-14"


@pytest.mark.parametrize("lang,text,expect", [
    ("nl", "Van januari 2017 tot eind november vielen er in totaal 2640 doden.", "2017-01-01/2017-11-30"),
    ("en", "From November 2016 until the end of March, 300 people were killed.", "2016-11-01/2017-03-31"),
])
def test_a_range_end_without_a_year_takes_the_start_year(lang: str, text: str, expect: str) -> None:
    for pub in (None, parse_pub_date("2017-12-29")):
        assert _span(event_span(text, pub, lang)) == expect
