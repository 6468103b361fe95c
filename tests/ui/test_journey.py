"""Journeys in the real main window: the clerk enters and submits, the head approves; idle lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from tests.conftest import PASSPHRASES
from tests.services.workflow_helpers import add_cleared_person
from ui.main_window import MainWindow
from ui.screens.decide import DecideScreen


class WallClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _confirmed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision's confirmation answered "confirm" (test_decide_journey presses Enter in
    the real dialog)."""
    monkeypatch.setattr(DecideScreen, "confirm", staticmethod(lambda *a: True))


def _window(qtbot, store, user: str, clock=None) -> MainWindow:
    desk = store.as_user(user)
    w = MainWindow(desk, store.path, clock=clock or WallClock())
    qtbot.addWidget(w)
    w.show()
    return w


def test_clerk_submits_and_head_approves(qtbot, store, sync_workers) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 7, last="Ąžuolaitis", first="Petras")
    clerk = _window(qtbot, store, "rastine")
    form = clerk.new_request()
    assert not form.submit_button.isEnabled()
    qtbot.keyClicks(form.code, code)
    assert "Petras Ąžuolaitis" in form.traveller.text()
    qtbot.keyClicks(form.countries, "by")
    form.depart.setDate(QDate(2026, 12, 20))
    form.return_.setDate(QDate(2026, 12, 27))
    assert not form.submit_button.isEnabled()  # no purpose yet
    assert "what the trip is for" in form.problems.text()
    qtbot.keyClicks(form.purpose, "Aplankyti ")  # QTest cannot type "ė"
    form.purpose.insert("tėvus")
    form.crossing.setCurrentText("Medininkai")
    form.companions.add_row(["Ona Ąžuolaitienė", "LT", "sutuoktinė"])
    assert form.submit_button.isEnabled()
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    view = saved.args[0]
    assert view.state.value == "submitted"
    clerk.close()

    head = _window(qtbot, store, "vadovas")
    items = head.worklist.model.rows
    assert [i.request_id for i in items if i.kind == "decide"] == [view.id]
    head.worklist.view.setFocus()
    head.worklist.view.selectRow(0)
    qtbot.keyClick(head.worklist.view, Qt.Key.Key_Return)
    assert head.stack.currentWidget() is head.decide
    assert "Petras Ąžuolaitis" in head.decide.heading.text()
    assert "SL-00007" in head.decide.context_text.toPlainText()
    head.decide.conditions.setPlainText("Saugumo instruktažas prieš išvykstant")
    qtbot.keyClick(head.decide.reason, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(head.decide.decided) as decided:
        qtbot.keyClick(head.decide.reason, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    after = decided.args[0]
    assert after.state.value == "approved"
    assert after.last_decision.conditions == ("Saugumo instruktažas prieš išvykstant",)
    head.close()


def test_denial_needs_a_reason_and_keeps_typing(qtbot, store, sync_workers) -> None:
    from app.services import requests as rq
    from tests.services.workflow_helpers import draft

    code = add_cleared_person(store.as_user("saugumas"), 8)
    clerk = store.as_user("rastine")
    v = rq.submit(clerk, rq.new_request(clerk, draft(code)).id)
    head = _window(qtbot, store, "vadovas")
    head.open_for_decision(v.id)
    head.decide.deny.setChecked(True)
    head.decide.decide()
    assert "reason" in head.decide.message.text()
    head.decide.reason.setPlainText("Kelionė nepagrįsta")
    with qtbot.waitSignal(head.decide.decided) as decided:
        head.decide.decide()
    assert decided.args[0].state.value == "denied"
    head.close()


def test_next_pending_walks_the_queue_by_keyboard(qtbot, store, sync_workers) -> None:
    from app.services import requests as rq
    from tests.services.workflow_helpers import draft

    clerk = store.as_user("rastine")
    ids = []
    for n in range(3):
        code = add_cleared_person(store.as_user("saugumas"), 20 + n)
        ids.append(rq.submit(clerk, rq.new_request(clerk, draft(code)).id).id)
    head = _window(qtbot, store, "vadovas")
    head.show_screen(head.screens.index(head.decide))
    decided = []
    head.decide.decided.connect(lambda v: decided.append(v.id))
    for _ in range(3):
        qtbot.keyClick(head.decide, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(head.decide.reason, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(head.decide.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sorted(decided) == sorted(ids)
    head.decide.next_pending()
    assert "No more requests" in head.decide.message.text()
    head.close()


def test_service_error_keeps_the_form(qtbot, store, sync_workers) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 9)
    clerk = _window(qtbot, store, "rastine")
    form = clerk.new_request()
    form.code.setText(code)
    form.countries.setText("BY")
    form.purpose.setText("Tėvai")
    form.crossing.setCurrentText("Tverečius")  # closed in 2023: the service refuses it
    form.save(submit=True)
    assert "Tverečius" in form.message.text()
    assert form.isVisible()
    assert form.purpose.text() == "Tėvai" and form.code.text() == code
    clerk.close()


def test_idle_lock_returns_to_the_same_screen(qtbot, store, sync_workers) -> None:
    clock = WallClock()
    w = _window(qtbot, store, "vadovas", clock)
    w.show_screen(w.screens.index(w.requests))
    assert w.requests.model.rowCount() == 0 or w.requests.model.desk is not None
    clock.t += 4 * 60
    w.check_idle()
    assert w.desk is not None
    clock.t += 61  # 5 minutes of wall-clock time, e.g. across a suspend
    with qtbot.waitSignal(w.locked):
        w.check_idle()
    assert w.desk is None
    assert w.requests.model.rowCount() == 0
    assert w.stack.currentWidget() is w.locked_page
    dlg = w.unlock_dialog
    assert dlg is not None and dlg.user.text() == "vadovas"
    dlg.passphrase.setText(PASSPHRASES["vadovas"])
    with qtbot.waitSignal(w.unlocked):
        dlg.try_unlock()
    assert w.stack.currentWidget() is w.requests
    assert w.desk is not None
    w.close()


def test_lock_shortcut(qtbot, store, sync_workers) -> None:
    w = _window(qtbot, store, "vadovas")
    with qtbot.waitSignal(w.locked):
        w.lock_action.trigger()
    assert w.lock_action.shortcut().toString() == "Ctrl+L"
    w.unlock_dialog.reject()


def test_clipboard_is_cleared_only_if_unchanged(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui.clipboard import copy_personal

    board = QGuiApplication.clipboard()
    copy_personal("38001010001 Jonas", clear_after_ms=50)
    assert board.text() == "38001010001 Jonas"
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)
    copy_personal("38001010001 Jonas", clear_after_ms=50)
    board.setText("something else")
    qtbot.wait(150)
    assert board.text() == "something else"
