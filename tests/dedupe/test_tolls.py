"""Counts across reports: the latest credible figure is the best, the range spans every report."""
from __future__ import annotations

import pytest

from flareup.dedupe.tolls import (
    Toll,
    reconcile,
    toll_bucket,
    tolls_agree,
    tolls_close,
    tolls_conflict,
)


def test_rising_toll_best_is_the_latest_not_the_sum():
    figures = [("2020-05-10", 20, None, None), ("2020-05-11", 41, None, None), ("2020-05-12", 63, None, None)]
    assert reconcile(figures) == Toll(63, 20, 63)


def test_same_day_reports_tie_to_the_highest():
    assert reconcile([("2020-05-10", 12, None, None), ("2020-05-10", 9, None, None)]) == Toll(12, 9, 12)


def test_range_includes_each_reports_own_low_and_high():
    figures = [("2020-05-10", 30, 25, 40), ("2020-05-12", 35, None, None)]
    assert reconcile(figures) == Toll(35, 25, 40)


def test_an_undated_report_never_supersedes_a_dated_one():
    assert reconcile([(None, 90, None, None), ("2020-05-10", 70, None, None)]).best == 70


def test_nobody_reported_it():
    assert reconcile([("2020-05-10", None, None, None)]) == Toll(None, None, None)


def test_only_a_range_gives_no_invented_point():
    assert reconcile([("2020-05-10", None, 10, 20)]) == Toll(None, 10, 20)


@pytest.mark.parametrize("a, b, conflict", [
    ((20, 20), (63, 63), False),  # a rising toll
    ((6, 6), (65, 65), True),
    ((2, 2), (9, 9), False),  # far apart in ratio, but a few dead either way
    ((0, 0), (50, 50), True),
    ((10, 30), (35, 60), False),  # the ranges are close: big <= 4 * small
    (None, (500, 500), False),
])
def test_conflict(a, b, conflict):
    assert tolls_conflict(a, b) is conflict


@pytest.mark.parametrize("a, b, agree", [(13, 15, 2), (5, 6, 2), (1, 1, 1), (3, 4, 1), (21, 52, 0), (None, 4, 0), (0, 0, 0)])
def test_agree(a, b, agree):
    assert tolls_agree(a, b) == agree


def test_close():
    assert tolls_close(None, 40) and tolls_close(10, 18) and tolls_close(1, 4)
    assert not tolls_close(18, 69)


def test_agreeing_figures_share_or_neighbour_a_bucket():
    for a in range(5, 400):
        for b in range(a, int(a / 0.75) + 1):
            assert abs(toll_bucket(a) - toll_bucket(b)) <= 1, (a, b)
