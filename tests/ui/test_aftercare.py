"""Aftercare journeys in the real window: the security officer records an overdue debrief;
a violation withdraws the clearance and queues the withdrawal letter; a declaration reviewed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.ui.letters_office import submitted_request, window
from ui.dialogs.violation import ViolationDialog
from ui.screens.aftercare import TAB_DECLARED, TAB_OVERDUE, TAB_VIOLATIONS, AftercareScreen


def _back_from_trip(store: Any, serial: int) -> int:
    """Approved, departed and back on 5 November: the debrief fell due on the 12th."""
    from app.services import decisions
    from app.services import requests as rq

    # Asked and approved before the trip (a permission is never asked afterwards); the
    # store's clock then goes back to its 25 November.
    now = store.clock.when
    store.clock.when = now.replace(month=10, day=20)
    try:
        rid = submitted_request(store, serial, depart=date(2026, 11, 1),
                                return_=date(2026, 11, 5))
        decisions.decide(store.head, rid, "approve")
    finally:
        store.clock.when = now
    sec = store.as_user("saugumas")
    try:
        rq.mark_departed(sec, rid)
        rq.mark_returned(sec, rid, on=date(2026, 11, 5))
    finally:
        sec.lock()
    return rid


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(parent: Any, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ViolationDialog, "confirm", staticmethod(confirm))
    return asked


def test_security_officer_records_an_overdue_debrief(qtbot, store, sync_workers) -> None:
    from app.services import requests as rq

    rid = _back_from_trip(store, 80)
    sec = window(qtbot, store, "saugumas")
    items = [i for i in sec.worklist.model.rows if i.kind == "overdue_debrief"]
    assert [i.request_id for i in items] == [rid]
    sec.open_work_item(items[0])  # routed to the aftercare screen, the request selected
    screen = sec.screen_named("AftercareScreen")
    assert isinstance(screen, AftercareScreen) and sec.stack.currentWidget() is screen
    assert screen.tabs.currentIndex() == TAB_OVERDUE
    assert screen.selected_row() is not None and screen.selected_row().request_id == rid
    assert screen.trees[TAB_OVERDUE].topLevelItem(0).text(4) == "2026-11-12"
    assert screen.debrief_button.isEnabled()
    dlg = screen.record_debrief()
    dlg.fields["approaches"].setPlainText("Pasienyje klausinėjo apie darbą")
    dlg.fields["notes"].setPlainText("Pranešta laiku")
    with qtbot.waitSignal(dlg.recorded):
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    v = rq.get_request(store.head, rid)
    assert v.state.value == "debriefed"
    assert v.debrief is not None and v.debrief.approaches == "Pasienyje klausinėjo apie darbą"
    assert "recorded" in screen.message.text()
    qtbot.waitUntil(lambda: screen.trees[TAB_OVERDUE].topLevelItemCount() == 0)
    sec.close()


def test_violation_withdraws_the_clearance_and_queues_the_letter(
        qtbot, store, sync_workers, confirmations) -> None:
    from app.services import letters, staff

    rid = _back_from_trip(store, 81)
    sec = window(qtbot, store, "saugumas")
    screen = sec.screen_named("AftercareScreen")
    sec.show_screen(sec.screens.index(screen))
    qtbot.waitUntil(lambda: screen.trees[TAB_OVERDUE].topLevelItemCount() == 1)
    screen.trees[TAB_OVERDUE].setCurrentItem(screen.trees[TAB_OVERDUE].topLevelItem(0))
    dlg = screen.record_violation()
    code = dlg.code.text()
    assert code and dlg.request_id == rid
    dlg.save()
    assert "evidence" in dlg.message.text() and confirmations == []  # nothing without evidence
    dlg.evidence.setPlainText("Kelionės metu lankėsi Maskvoje, nors leista tik Gardine")
    with qtbot.waitSignal(dlg.recorded) as recorded:
        dlg.save_button.click()
    assert len(confirmations) == 1 and "cannot be undone" in confirmations[0]
    assert staff.get_person(store.head, code).clearance.status.value == "withdrawn"
    queued = [x for x in letters.list_letters(store.head, status="pending")
              if x.violation_id == recorded.args[0].id]
    assert len(queued) == 1 and queued[0].kind.value == "withdrawal"
    qtbot.waitUntil(lambda: screen.trees[TAB_VIOLATIONS].topLevelItemCount() == 1)
    assert screen.trees[TAB_VIOLATIONS].topLevelItem(0).text(3) == "breach of conditions"
    assert "withdrawn" in screen.message.text()
    sec.close()


def test_refusing_the_confirmation_records_nothing(qtbot, store, sync_workers,
                                                   monkeypatch) -> None:
    from app.services import aftercare, staff
    from tests.services.workflow_helpers import add_cleared_person

    code = add_cleared_person(store.as_user("saugumas"), 82)
    monkeypatch.setattr(ViolationDialog, "confirm", staticmethod(lambda p, t: False))
    sec = window(qtbot, store, "saugumas")
    screen = sec.screen_named("AftercareScreen")
    screen.tabs.setCurrentIndex(TAB_VIOLATIONS)
    dlg = screen.record_violation()
    dlg.code.setText(code)
    dlg.evidence.setPlainText("Įrodymai")
    dlg.save()
    assert dlg.isVisible() and "Not recorded" in dlg.message.text()
    assert aftercare.list_violations(store.head) == []
    assert staff.get_person(store.head, code).clearance.status.value == "active"
    sec.close()


def test_declaration_reviewed_as_a_violation(qtbot, store, sync_workers, confirmations) -> None:
    from app.domain.enums import ReasonCategory
    from app.services import requests as rq
    from tests.services.workflow_helpers import add_cleared_person, draft

    code = add_cleared_person(store.as_user("saugumas"), 83)
    clerk = store.as_user("rastine")
    rid = rq.declare(clerk, draft(code, depart=date(2026, 11, 10), return_=date(2026, 11, 12),
                                  reason=ReasonCategory.BEREAVEMENT),
                     "Staigi tėvo liga").id
    clerk.lock()
    sec = window(qtbot, store, "saugumas")
    item = next(i for i in sec.worklist.model.rows if i.kind == "review_declaration")
    sec.open_work_item(item)
    screen = sec.screen_named("AftercareScreen")
    assert screen.tabs.currentIndex() == TAB_DECLARED
    assert screen.selected_row().request_id == rid and screen.review_button.isEnabled()
    dlg = screen.review_declaration()
    assert "Staigi tėvo liga" in dlg.summary.toPlainText()
    dlg.violation_choice.setChecked(True)
    dlg.save()
    assert "reason" in dlg.message.text()
    dlg.note.setPlainText("Liga nepatvirtinta")
    with qtbot.waitSignal(dlg.reviewed):
        dlg.save()
    assert len(confirmations) == 1
    assert rq.get_request(store.head, rid).state.value == "violation"
    sec.close()
