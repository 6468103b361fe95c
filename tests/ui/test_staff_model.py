"""The people model over a real store: keyset pages fetched on demand, folded name prefix."""

from __future__ import annotations

from app.services.staff import import_staff
from tests.ui.test_staff_files import rows, write_csv
from ui.models.staff_model import COL_LEVEL, COL_NAME, CodeRole, StaffModel, StatusRole


def _registry(store, tmp_path, n: int = 450):
    sec = store.as_user("saugumas")
    f = write_csv(tmp_path / "hr.csv", rows(n - 50) + rows(50, start=n, unit="Ryšių skyrius"))
    assert import_staff(sec, f, dry_run=False).written
    return sec


def test_model_passes_the_tester_and_pages_on_demand(qtmodeltester, store, tmp_path) -> None:
    desk = _registry(store, tmp_path)
    model = StaffModel()
    model.set_desk(desk)
    model.reload()
    assert model.total == 450 and model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert [n.casefold() for n in names] != [] and len(set(model.data(model.index(r, 0), CodeRole)
                                                          for r in range(450))) == 450
    assert model.data(model.index(0, COL_LEVEL)) == "Slaptai"  # lang "lt" until a screen sets it
    assert model.data(model.index(0, 0), StatusRole) == "active"


def test_prefix_ignores_case_and_diacritics_and_unit_filters(store, tmp_path) -> None:
    desk = _registry(store, tmp_path)
    model = StaffModel()
    model.set_desk(desk)
    model.reload(prefix="ZUK")
    assert model.total == sum(1 for i in [*range(400), *range(450, 500)] if i % 6 == 0)
    assert all(model.data(model.index(r, COL_NAME)).startswith("Žukauskas")
               for r in range(model.rowCount()))
    model.reload(prefix="azuol", unit="Ryšių skyrius")
    assert 0 < model.total < 50
    assert all(model.person_at(r).unit == "Ryšių skyrius" for r in range(model.rowCount()))
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()
