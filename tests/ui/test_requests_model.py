"""The requests model over a real store with thousands of requests: a count and pages from SQL."""

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
)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from datetime import UTC, datetime

    from app.services import demo
    from app.services.opening import init_store
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


def _ids(model: RequestsModel) -> list[int]:
    return [model.row_at(r).id for r in range(model.rowCount())]


def test_all_rows_and_sorting_change_the_order(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(), "id", True)
    assert model.rowCount() == 5000
    by_id = _ids(model)
    assert by_id == sorted(by_id, reverse=True)
    model.sort(COL_DEPART)
    departs = [(model.row_at(r).depart, model.row_at(r).id) for r in range(5000)]
    assert departs == sorted(departs)
    assert _ids(model) != by_id
    model.sort(COL_TRAVELLER)
    assert model.data(model.index(0, COL_ID), IdRole) == model.row_at(0).id


def test_filters_change_the_rows(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(states=(RequestState.APPROVED,)))
    assert model.rowCount() > 0
    assert {model.row_at(r).state.value for r in range(model.rowCount())} == {"approved"}
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


def test_pages_in_order_by_every_path(big_store) -> None:
    """Offset, keyset after the previous page, keyset before the next page and bookmarks
    all give the same rows as one ordered read."""
    from app.services.queries import page_bookmarks, request_ids

    f = RequestFilter(states=(RequestState.APPROVED, RequestState.SUBMITTED))
    for key, desc in (("depart", False), ("traveller", True), ("id", True), ("state", False),
                      ("submitted", True)):
        with big_store.read() as s:
            want = request_ids(s, f, key, desc)
        forward = RequestsModel()
        forward.set_desk(big_store)
        forward.reload(f, key, desc)
        assert forward.rowCount() == len(want)
        assert _ids(forward) == want, key
        backward = RequestsModel()
        backward.set_desk(big_store)
        backward.reload(f, key, desc)
        got = [backward.row_at(r).id for r in reversed(range(backward.rowCount()))]
        assert got[::-1] == want, key
        if key != "submitted":
            with big_store.read() as s:
                marks = page_bookmarks(s, f, sort=key, descending=desc, every=200)
            jumper = RequestsModel()
            jumper.set_desk(big_store)
            jumper.reload(f, key, desc)
            jumper._bookmarks = marks
            assert [jumper.row_at(r).id for r in range(len(want) - 1, 0, -97)] == \
                [want[r] for r in range(len(want) - 1, 0, -97)], key


def test_rows_are_fetched_in_pages_and_cached(big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter())
    model.fetches = 0
    for r in range(200):
        model.data(model.index(r, COL_TRAVELLER))
    assert model.fetches == 0  # the first page came with the query
    model.row_at(4000)
    assert model.fetches == 1
    model.row_at(4100)
    assert model.fetches == 1


def test_missing_pages_show_placeholders_then_arrive(qtbot, big_store) -> None:
    from ui import workers
    from ui.models.requests_model import PLACEHOLDER

    model = RequestsModel()
    model.set_desk(big_store)
    model.reload(RequestFilter(), "depart", False)
    assert model.data(model.index(4321, COL_TRAVELLER)) == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as blocker:
        workers.wait_all()
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() <= 4321 <= bottom.row()
    assert model.data(model.index(4321, COL_TRAVELLER)) not in (None, PLACEHOLDER)


def test_request_in_the_worker_then_count(qtbot, big_store) -> None:
    model = RequestsModel()
    model.set_desk(big_store)
    with qtbot.waitSignal(model.counted, timeout=10_000) as blocker:
        model.request(RequestFilter(text="a"), "id", True)
    with big_store.read() as s:
        from app.services.queries import count_requests

        assert blocker.args == [count_requests(s, RequestFilter(text="a"))]
    assert model.rowCount() == blocker.args[0]
    assert model.count_known


def test_worklist_model_passes_the_tester(qtmodeltester, big_store) -> None:
    from app.services.worklist import for_user
    from ui.models.worklist_model import WorklistModel

    model = WorklistModel()
    model.set_rows(for_user(big_store))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
