"""Reports in different languages merge on language-free fields; no language is special-cased."""
from __future__ import annotations

from dedupe_factory import TOWN_A, mention

from flareup.dedupe import merge_events


def test_dutch_and_english_reports_of_one_attack_are_one_event():
    # As the extractor gives them: same gazetteer place and ISO country, canonical actor names,
    # the Dutch article (published a day later) dating the attack by "zaterdag", the English one by day.
    nl = mention("nl-1", day="2020-05-09", end="2020-05-10", reported="2020-05-11", lang="nl",
                 outlet="nos", family="explosion_remote_violence", sub="remote_explosive",
                 actor1="Islamic State", actor1_type="rebel_group", killed=4,
                 text="Bij een aanslag van IS kwamen zaterdag vier mensen om.")
    en = mention("en-1", day="2020-05-09", reported="2020-05-09", lang="en", outlet="reuters",
                 family="violence_against_civilians", sub="attack", actor1="Islamic State",
                 actor1_type="rebel_group", killed=3, injured=8,
                 text="Islamic State militants killed three people on Saturday.")
    (ev,) = merge_events([nl, en])
    assert ev.doc_ids == ["doc-en-1", "doc-nl-1"]
    assert ev.lang == "mul"
    assert (ev.killed, ev.killed_low, ev.killed_high) == (4, 3, 4)  # the later Dutch report's figure
    assert ev.injured == 8
    assert (ev.date_start, ev.date_end) == ("2020-05-09", "2020-05-09")
    assert {x.text for x in ev.evidence} == {nl.event.evidence[0].text, en.event.evidence[0].text}


def test_fictional_language_merges_like_any_other():
    zz = [mention("z1", lang="zz", killed=6), mention("z2", lang="zz", killed=6, reported="2020-05-11")]
    (ev,) = merge_events(zz)
    assert ev.lang == "zz" and ev.n_mentions == 2


def test_language_is_never_a_reason_to_merge_or_split():
    a, b = mention("a", lang="en", place=TOWN_A, killed=2), mention("b", lang="zz", place=TOWN_A, killed=60)
    assert len(merge_events([a, b])) == 2
