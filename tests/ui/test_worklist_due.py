"""After unlock the keyboard is on the worklist (Enter opens); the head's Due column says by
when a decision is needed: departure less the policy's lead time, highlighted when near."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services import policy, worklist
from app.services import requests as rq
from tests.services.workflow_helpers import add_cleared_person, draft
from ui.main_window import MainWindow
from ui.models.worklist_model import COL_DUE, UrgentRole, WorklistModel


def _submit(store, serial: int, depart: date) -> int:  # type: ignore[no-untyped-def]
    code = add_cleared_person(store.as_user("saugumas"), serial, last=f"Vardenis{serial}")
    clerk = store.as_user("rastine")
    v = rq.new_request(clerk, draft(code, depart=depart, return_=date(2026, 12, 28)))
    return rq.submit(clerk, v.id).id


def test_a_pending_decision_is_due_the_lead_time_before_departure(store) -> None:  # type: ignore[no-untyped-def]
    rid = _submit(store, 31, date(2026, 12, 2))  # today is 2026-11-25: leaves in 7 days
    (item,) = [i for i in worklist.for_user(store.head) if i.kind == "decide"]
    assert item.request_id == rid
    assert item.due == date(2026, 11, 22)  # 10 days (the default lead time) before departure
    assert item.values["lead_days"] == "10"
    policy.change(store.head, min_lead_days=14)
    (item,) = [i for i in worklist.for_user(store.head) if i.kind == "decide"]
    assert item.due == date(2026, 11, 18)


def test_due_column_is_filled_and_near_dates_stand_out(qtmodeltester, store) -> None:  # type: ignore[no-untyped-def]
    overdue = _submit(store, 32, date(2026, 12, 2))   # due 11-22: overdue
    soon = _submit(store, 33, date(2026, 12, 7))      # due 11-27: in 2 days
    later = _submit(store, 34, date(2026, 12, 20))    # due 12-10
    model = WorklistModel()
    model.set_rows(worklist.for_user(store.head), store.head.today())
    qtmodeltester.check(model)
    by_id = {model.rows[r].request_id: r for r in range(model.rowCount())}
    due = {rid: model.index(by_id[rid], COL_DUE) for rid in (overdue, soon, later)}
    assert due[overdue].data() == "2026-11-22"
    assert due[soon].data() == "2026-11-27"
    assert due[later].data() == "2026-12-10"
    assert due[overdue].data(UrgentRole) and due[soon].data(UrgentRole)
    assert not due[later].data(UrgentRole)
    assert due[overdue].data(Qt.ItemDataRole.BackgroundRole) is not None
    assert due[later].data(Qt.ItemDataRole.BackgroundRole) is None
    tip = due[overdue].data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-12-02" in tip and "10-day" in tip and "Days overdue: 3." in tip


def test_after_unlock_enter_opens_the_first_item(qtbot, store, sync_workers) -> None:  # type: ignore[no-untyped-def]
    rid = _submit(store, 35, date(2026, 12, 20))
    w = MainWindow(store.as_user("vadovas"), store.path, clock=lambda: 1_800_000_000.0)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.focusWidget() is w.worklist.view
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.decide
    assert w.decide.request_id == rid
    # locked and unlocked again: the keyboard is back on the worklist
    w.show_screen(0)
    w.nav.setFocus()
    w.lock()
    assert w.unlock_dialog is not None
    w._relocked_open(store.as_user("vadovas"))
    assert w.focusWidget() is w.worklist.view
    w.close()


def test_a_kind_with_more_than_the_list_shows_says_so(qtbot, store, sync_workers,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    """The worklist shows the first PER_KIND of each kind; when more wait, the summary says so
    (a count that reads as all would hide work), and not when a kind has exactly PER_KIND."""
    monkeypatch.setattr(worklist, "PER_KIND", 2)
    for serial in (41, 42, 43):
        _submit(store, serial, date(2026, 12, 20))
    w = MainWindow(store.as_user("vadovas"), store.path, clock=lambda: 1_800_000_000.0)
    qtbot.addWidget(w)
    w.show()
    w.worklist.refresh()
    summary = w.worklist.summary.text()
    assert "To decide" in summary and "the first 2 of each" in summary
    assert worklist.capped_kinds(worklist.for_user(store.head)) == ["decide"]
    assert len([i for i in worklist.for_user(store.head) if i.kind == "decide"]) == 2
    monkeypatch.setattr(worklist, "PER_KIND", 3)  # exactly as many as wait
    w.worklist.refresh()
    assert "more wait" not in w.worklist.summary.text()
    assert worklist.capped_kinds(worklist.for_user(store.head)) == []
    w.close()
