"""`make test` runs two pytest-xdist workers; modules that share an expensive fixture must stay on one."""

import pytest


def test_grouped_modules_stay_on_one_worker(request):
    # catches: a pytest/xdist pair where --dist loadgroup silently stops grouping (pytest 9.2 with xdist 3.8,
    # pytest-xdist issue #1386): each worker would then build a module's shared fixture (a whole grading round, a
    # pretraining run) for itself, doing the expensive work twice
    if not request.config.getoption("loadgroup", False):
        pytest.skip("not a `pytest -n 2 --dist loadgroup` run")
    grouped = [item for item in request.session.items if item.get_closest_marker("xdist_group")]
    if not grouped:
        pytest.skip("no grouped test (tests/test_grading.py and others) was selected in this run")
    lost = [item.nodeid for item in grouped if "@" not in item.nodeid]
    assert not lost, (f"pytest-xdist did not group {len(lost)} tests (e.g. {lost[0]}); install the dev extra's "
                      "pytest bound (pyproject.toml) with `scripts/install.sh dev`")
