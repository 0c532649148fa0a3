"""Cross-document merging: set semantics, no chaining, and the cases outlets actually produce."""
from __future__ import annotations

import random

from dedupe_factory import TOWN_A, TOWN_A_SUBURB, TOWN_B, TOWN_C, mention

from flareup.dedupe import blocking_key, merge_events


def groups(events) -> set[frozenset[str]]:
    return {frozenset(e.doc_ids) for e in events}


def busy_week() -> list:
    """Several incidents in two towns and one country-only report, with rising tolls and late reports."""
    return [
        mention("m1", day="2020-05-10", killed=20, outlet="wire", lang="en", actor1="Group South",
                actor1_type="rebel_group"),
        mention("m2", day="2020-05-10", reported="2020-05-11", killed=41, outlet="daily", lang="nl",
                actor1="Group South", actor1_type="rebel_group"),
        mention("m3", day="2020-05-10", reported="2020-05-12", killed=63, outlet="wire", lang="en",
                actor2="Group South", actor2_type="rebel_group"),
        mention("m4", day="2020-05-10", place=TOWN_B, killed=3, sub="air_strike", family="explosion_remote_violence"),
        mention("m5", day="2020-05-11", place=TOWN_B, reported="2020-05-12", killed=3, sub="air_strike",
                family="explosion_remote_violence", outlet="radio"),
        mention("m6", day="2020-05-24", killed=2, outlet="wire"),  # same town, two weeks later
        mention("m7", day="2020-05-10", place=None, killed=22, outlet="tv"),  # country only, agreeing toll
        mention("m8", day="2020-05-10", place=TOWN_A, actor1="Group North", actor1_type="rebel_group"),
    ]


def test_shuffled_input_gives_identical_events():
    ms = busy_week()
    first = [e.to_dict() for e in merge_events(ms)]
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_dict() for e in merge_events(shuffled)] == first


def test_duplicate_mentions_count_once():
    ms = busy_week()
    assert [e.to_dict() for e in merge_events(ms + ms[:3])] == [e.to_dict() for e in merge_events(ms)]


def test_busy_week_clusters():
    assert groups(merge_events(busy_week())) == {
        frozenset({"doc-m1", "doc-m2", "doc-m3", "doc-m7"}), frozenset({"doc-m4", "doc-m5"}),
        frozenset({"doc-m6"}), frozenset({"doc-m8"})}


def test_rising_toll_is_reconciled_to_latest_figure():
    ev = next(e for e in merge_events(busy_week()) if "doc-m1" in e.doc_ids)
    assert (ev.killed, ev.killed_low, ev.killed_high) == (63, 20, 63)
    assert [r["killed"] for r in ev.reports] == [20, 22, 41, 63]
    assert {r["doc_id"] for r in ev.reports} == set(ev.doc_ids)
    assert (ev.n_mentions, ev.n_documents, ev.n_sources) == (4, 4, 3)  # "wire" reported twice
    assert (ev.first_reported, ev.last_reported) == ("2020-05-10", "2020-05-12")
    assert ev.lang == "mul"
    assert ev.rules == ["rule-en", "rule-nl"]


def test_confidence_rises_with_sources():
    one = merge_events([mention("a", outlet="x")])[0]
    two = merge_events([mention("a", outlet="x"), mention("b", outlet="y")])[0]
    same_outlet = merge_events([mention("a", outlet="x"), mention("b", outlet="x")])[0]
    assert one.confidence < two.confidence
    assert same_outlet.confidence == one.confidence


def test_fields_come_from_the_most_precise_report():
    vague = mention("v", day="2020-05-10", place=None, killed=12, actor1="Group North", actor1_type="rebel_group")
    near = mention("n", day="2020-05-08", end="2020-05-14", precision_time="week", place=TOWN_A, precision=2,
                   killed=12)
    exact = mention("x", day="2020-05-10", place=TOWN_A_SUBURB, killed=14, actor1="Group North",
                    actor1_type="rebel_group")
    (ev,) = merge_events([vague, near, exact])
    assert (ev.location, ev.geo_precision, ev.geonameid) == ("Alphaville East", 1, 1002)
    assert (ev.date_start, ev.date_end, ev.time_precision) == ("2020-05-10", "2020-05-10", "day")
    assert (ev.actor1, ev.actor1_type) == ("Group North", "rebel_group")


def test_chaining_is_prevented():
    # b is 'near' a town between a and c; a and c are 54 km apart: b may join one of them, never both.
    a = mention("a", place=TOWN_A, killed=5)
    c = mention("c", place=TOWN_C, killed=5)
    mid = (TOWN_A[0], (TOWN_A[1] + TOWN_C[1]) / 2, (TOWN_A[2] + TOWN_C[2]) / 2, 1005, "North Province")
    b = mention("b", place=mid, precision=2, killed=5)
    found = groups(merge_events([a, b, c]))
    assert not any({"doc-a", "doc-c"} <= g for g in found)
    assert len(found) == 2


def test_chaining_through_a_country_only_report_is_prevented():
    # A country-only report agrees with both towns' tolls: it cannot tell which, and never joins them.
    a = mention("a", place=TOWN_A, killed=12)
    b = mention("b", place=TOWN_B, killed=11)
    vague = mention("v", place=None, killed=12)
    assert groups(merge_events([a, b, vague])) == {frozenset({"doc-a"}), frozenset({"doc-b"}), frozenset({"doc-v"})}


def test_same_town_same_day_with_conflicting_tolls_or_actors_stays_apart():
    toll = merge_events([mention("a", killed=2), mention("b", killed=60)])
    actors = merge_events([mention("a", actor1="Group North", actor1_type="rebel_group"),
                           mention("b", actor1="Group South", actor1_type="rebel_group")])
    modes = merge_events([mention("a", sub="air_strike"), mention("b", sub="suicide_bomb")])
    assert len(toll) == len(actors) == len(modes) == 2


def test_lenient_on_how_outlets_name_the_attack():
    ms = [mention("a", family="explosion_remote_violence", sub="remote_explosive", killed=7),
          mention("b", family="violence_against_civilians", sub="attack", killed=9),
          mention("c", family="battle", sub="armed_clash")]
    assert len(merge_events(ms)) == 1


def test_swapped_roles_are_not_a_conflict():
    ms = [mention("a", actor1="Army", actor1_type="state_forces", actor2="Group North", actor2_type="rebel_group"),
          mention("b", actor1="Group North", actor1_type="rebel_group", actor2="Army", actor2_type="state_forces")]
    assert len(merge_events(ms)) == 1


def test_unknown_actor_is_compatible_with_a_known_one():
    ms = [mention("a", actor1="Unidentified gunmen", actor1_type="unidentified_armed_group"),
          mention("b", actor1="Group North", actor1_type="rebel_group"), mention("c")]
    (ev,) = merge_events(ms)
    assert ev.actor1 == "Group North"


def test_different_towns_same_day_are_not_merged():
    ms = [mention("a", place=TOWN_A, killed=5), mention("b", place=TOWN_B, killed=5)]
    assert len(merge_events(ms)) == 2


def test_same_town_different_weeks_are_not_merged():
    ms = [mention("a", day="2020-05-03", killed=5), mention("b", day="2020-05-10", killed=5),
          mention("c", day="2020-05-17", killed=5)]
    assert len(merge_events(ms)) == 3


def test_same_town_reported_days_later_merges_with_support():
    later = mention("b", day="2020-05-13", killed=1, outlet="y")
    assert len(merge_events([mention("a", killed=1, outlet="x"), later])) == 1
    assert len(merge_events([mention("a", outlet="x"), mention("b", day="2020-05-13", outlet="y")])) == 2


def test_month_long_interval_needs_more_than_overlap():
    month = mention("m", day="2020-05-01", end="2020-05-31", precision_time="month")
    assert len(merge_events([month, mention("d", day="2020-05-10")])) == 2
    month_toll = mention("m", day="2020-05-01", end="2020-05-31", precision_time="month", killed=9)
    assert len(merge_events([month_toll, mention("d", day="2020-05-10", killed=9)])) == 1


def test_country_only_report_joins_the_one_incident_of_that_day():
    vague = mention("v", place=None, killed=2)
    assert len(merge_events([vague, mention("a", place=TOWN_A, killed=3)])) == 1
    assert len(merge_events([vague, mention("b", place=None)])) == 1


def test_country_only_report_stays_alone_when_the_day_has_several_incidents():
    ms = [mention("v", place=None, killed=2), mention("a", place=TOWN_A, killed=3),
          mention("b", place=TOWN_B, killed=4)]
    assert groups(merge_events(ms)) == {frozenset({"doc-v"}), frozenset({"doc-a"}), frozenset({"doc-b"})}


def test_country_only_reports_of_other_days_need_distinctive_facts():
    ms = [mention("a", place=None, killed=2), mention("b", place=None, killed=2, day="2020-05-11")]
    assert len(merge_events(ms)) == 2  # 2 dead is everywhere
    ms = [mention("a", place=None, killed=15), mention("b", place=None, killed=13, day="2020-05-11")]
    assert len(merge_events(ms)) == 1
    ms = [mention("a", place=None, actor2="Group North", actor2_type="rebel_group"),
          mention("b", place=None, day="2020-05-11", actor1="Group North", actor1_type="rebel_group")]
    assert len(merge_events(ms)) == 1
    ms = [mention("a", place=None, actor1="Army", actor1_type="state_forces"),
          mention("b", place=None, day="2020-05-11", actor1="Army", actor1_type="state_forces")]
    assert len(merge_events(ms)) == 2  # the state's forces take part in most incidents of a country
    ms = [mention("a", place=None, killed=15), mention("b", place=None, killed=15, day="2020-05-13")]
    assert len(merge_events(ms)) == 2  # too far apart for a country-wide report


def test_a_strong_link_wins_over_a_country_only_guess():
    ms = [mention("v", place=None, killed=12), mention("a", place=TOWN_A, killed=2),
          mention("b", place=TOWN_B, killed=11)]
    assert frozenset({"doc-v", "doc-b"}) in groups(merge_events(ms))


def test_reports_without_a_country_merge_only_on_distinctive_facts():
    ms = [mention("a", place=None, country=None, killed=2), mention("b", place=None, country=None, killed=2)]
    assert len(merge_events(ms)) == 2
    ms = [mention("a", place=None, country=None, killed=9), mention("b", place=None, country=None, killed=9)]
    assert len(merge_events(ms)) == 1


def test_province_reports_merge_with_towns_of_that_province_only():
    prov = mention("p", place=None, admin1="North Province", killed=8, sub="air_strike")
    town = mention("t", place=TOWN_A, killed=8, sub="air_strike")
    other = mention("o", place=None, admin1="West Province", killed=8, sub="air_strike")
    found = groups(merge_events([prov, town, other]))
    assert frozenset({"doc-p", "doc-t"}) in found and frozenset({"doc-o"}) in found


def test_different_countries_never_merge():
    assert len(merge_events([mention("a", killed=9), mention("b", killed=9, country="XB")])) == 2


def test_two_events_of_one_document_stay_apart():
    ms = [mention("a", doc="d1", killed=4), mention("b", doc="d1", killed=4)]
    assert len(merge_events(ms)) == 2


def test_undated_mention_uses_its_report_day():
    undated = mention("u", killed=6)
    undated.event.date_start = undated.event.date_end = None
    assert len(merge_events([undated, mention("d", killed=6)])) == 1


def test_blocking_key_covers_merge_partners():
    key = blocking_key(mention("a", day="2020-05-10", end="2020-05-11"))
    assert (key.country, key.first_day, key.last_day) == ("XA", "2020-05-03", "2020-05-18")
    assert blocking_key(mention("b", place=None, country=None)).country == ""


def test_empty_input():
    assert merge_events([]) == []


def test_two_state_forces_are_no_conflict():
    # Outlets credit a joint strike to one army or the other.
    ms = [mention("a", sub="air_strike", actor1="Army of XA", actor1_type="state_forces", killed=9),
          mention("b", sub="air_strike", actor1="Foreign Army", actor1_type="external_forces", killed=9)]
    assert len(merge_events(ms)) == 1


def test_undated_reports_of_consecutive_days_need_a_shared_fact():
    # Undated reports cover [publication - 1, publication]: consecutive days only touch, and one
    # town may see a new incident each day.
    day1 = dict(day="2020-05-09", end="2020-05-10", reported="2020-05-10")
    day2 = dict(day="2020-05-10", end="2020-05-11", reported="2020-05-11")
    assert len(merge_events([mention("a", **day1, sub="shelling"), mention("b", **day2, sub="shelling")])) == 2
    assert len(merge_events([mention("a", **day1, killed=7), mention("b", **day2, killed=7)])) == 1
    dated = dict(day="2020-05-10", reported="2020-05-11")  # an explicit date inside the other window
    assert len(merge_events([mention("a", **day1), mention("b", **dated)])) == 1


def test_country_only_report_needs_a_quiet_spell():
    vague = mention("v", place=None)
    town = mention("a", place=TOWN_A)
    assert len(merge_events([vague, town])) == 1
    five_days_before = mention("b", place=TOWN_B, day="2020-05-05")
    assert len(merge_events([vague, town, five_days_before])) == 3


def test_a_report_without_distinctive_facts_in_a_busy_town_stays_alone():
    # Two incidents in one town that day (different perpetrators): a third report naming neither
    # cannot tell which it belongs to. Alone in town, it joins.
    north = mention("a", actor1="Group North", actor1_type="rebel_group", killed=4)
    south = mention("b", actor1="Group South", actor1_type="rebel_group", killed=30)
    unsure = mention("c", reported="2020-05-11", killed=12)
    assert len(merge_events([north, south, unsure])) == 3
    assert len(merge_events([north, unsure])) == 1


def test_a_per_country_kind_of_actor_is_no_shared_fact():
    # "Rebels (XA)" is the ontology's name for unnamed rebels: two reports sharing it share nothing.
    generic = dict(place=None, actor1="Rebels (XA)", actor1_type="rebel_group")
    ms = [mention("a", **generic), mention("b", day="2020-05-11", **generic)]
    assert len(merge_events(ms)) == 2


def test_a_report_naming_no_place_joins_the_one_incident_of_a_quiet_spell():
    # "One dead in a blast" names no country: in a quiet spell it can only be the one incident reported.
    placeless = mention("v", place=None, country=None, killed=1, sub="remote_explosive")
    there = mention("a", place=None, killed=1, sub="remote_explosive")
    assert len(merge_events([placeless, there])) == 1
    assert len(merge_events([there, placeless])) == 1


def test_a_report_naming_no_place_stays_alone_among_incidents_of_several_countries():
    placeless = mention("v", place=None, country=None, killed=1, sub="remote_explosive")
    here = mention("a", place=None, killed=1, sub="remote_explosive")
    elsewhere = mention("b", place=None, country="XB", killed=1, sub="remote_explosive", day="2020-05-12")
    assert len(merge_events([placeless, here, elsewhere])) == 3


def test_a_report_naming_no_place_never_joins_two_countries():
    placeless = mention("v", place=None, country=None, killed=9)
    assert groups(merge_events([placeless, mention("a", killed=9), mention("b", killed=9, country="XB")])) == {
        frozenset({"doc-v"}), frozenset({"doc-a"}), frozenset({"doc-b"})}
