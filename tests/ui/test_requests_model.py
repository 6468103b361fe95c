"""The requests model over a real store with thousands of requests: ids from SQL, rows on demand."""

from __future__ import annotations

import pytest

from app.domain.enums import RequestState
from app.services.queries import RequestFilter
from ui.models.requests_model import (
    COL_DEPART,
    COL_ID,
    COL_TRAVELLER,
    IdRole,
    RequestsModel,
    StateRole,
)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from datetime import UTC, datetime

    from app.services import demo
    from app.services.desk import init_store
    from app.store.keyfile import TEST_KDF
    from tests.conftest import FixedClock

    path = tmp_path_factory.mktemp("big") / "permit-desk.db"
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    new = init_store(path, institution="Įstaiga", head_username="vadovas",
                     head_full_name="Jonas Žukauskas", passphrase="head-passphrase-1",
                     kdf=TEST_KDF, bind=False, clock=clock)
    demo.generate(new.desk, staff=300, requests=5000, seed=5)
    yield new.desk
    new.desk.lock()


def test_model_passes_the_tester(qtmodeltester, big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(states=(RequestState.SUBMITTED,)))
    assert 0 < model.rowCount() < 5000
    qtmodeltester.check(model)


def test_all_rows_and_sorting_change_the_ids(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(), "id", True)
    assert model.rowCount() == 5000
    by_id = list(model.ids)
    assert by_id == sorted(by_id, reverse=True)
    model.sort(COL_DEPART)
    departs = [model.row_at(r).depart for r in range(0, 5000, 97)]
    assert departs == sorted(departs)
    assert list(model.ids) != by_id
    model.sort(COL_TRAVELLER)
    assert model.data(model.index(0, COL_ID), IdRole) == model.ids[0]


def test_filters_change_the_ids(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(states=(RequestState.APPROVED,)))
    assert model.rowCount() > 0
    assert {model.data(model.index(r, 0), StateRole) for r in range(model.rowCount())} == {
        "approved"}
    name = model.row_at(0).traveller.split()[-1]
    # case and diacritics ignored: "ZUKAUSKAS" finds "Žukauskas"
    from app.domain.text import fold

    model.reload(RequestFilter(text=fold(name).upper()))
    assert model.rowCount() > 0
    assert all(model.row_at(r).traveller.split()[-1] == name or
               fold(model.row_at(r).traveller).find(fold(name)) >= 0
               for r in range(min(50, model.rowCount())))
    model.reload(RequestFilter(country="RU"))
    assert all("RU" in model.row_at(r).countries for r in range(0, model.rowCount(), 31))


def test_rows_are_fetched_in_windows_and_cached(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter())
    model.fetches = 0
    for r in range(100):
        model.data(model.index(r, COL_TRAVELLER))
    assert model.fetches == 1
    model.data(model.index(4000, COL_TRAVELLER))
    assert model.fetches == 2
    assert len(model._cache) <= 5000


def test_worklist_model_passes_the_tester(qtmodeltester, big_store) -> None:
    from app.services.worklist import for_user
    from ui.models.worklist_model import WorklistModel

    model = WorklistModel()
    model.set_items(for_user(big_store))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
