"""The staff screen: the security officer adds a person, grants, suspends, reinstates and
withdraws a clearance (withdrawal only after confirming); the inspector sees no write actions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.services.workflow_helpers import add_cleared_person
from ui.dialogs import prompts
from ui.screens.staff import StaffScreen


@pytest.fixture(autouse=True)
def _answers() -> Iterator[None]:
    prompts.clear_answers()
    yield
    prompts.clear_answers()


def _screen(qtbot, desk) -> StaffScreen:
    s = StaffScreen()
    qtbot.addWidget(s)
    s.desk = desk
    s.show()
    s.refresh()
    return s


def test_security_officer_manages_a_clearance(qtbot, store, sync_workers) -> None:
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 3, last="Čepulis", first="Šarūnas")
    screen = _screen(qtbot, sec)
    assert screen.add_button.isVisible() and screen.action_bar.isVisible()
    dlg = screen.add_person()
    dlg.code.setText(add_cleared_person.__globals__["make_personal_code"](
        "F", __import__("datetime").date(1990, 5, 5), 17))
    dlg.last_name.setText("Žukauskienė")
    dlg.first_name.setText("Aušra")
    dlg.unit.setText("Ryšių skyrius")
    dlg.save()
    assert screen.person.full_name == "Aušra Žukauskienė"
    assert screen.model.rowCount() == 2
    # name search ignores case and diacritics
    screen.search.setText("ZUK")
    screen.apply_filter()
    assert screen.model.rowCount() == 1 and screen.heading.text() == "Aušra Žukauskienė"
    assert screen.level_label.text() == "none"
    assert not screen.suspend_button.isEnabled()

    c = screen.set_clearance()
    c.number.setText("SL-777")
    c.reason.setText("granted by order 15")
    c.save()
    assert screen.person.clearance.number == "SL-777"
    assert screen.status_label.text() == "active" and screen.suspend_button.isEnabled()

    prompts.set_next_answers("pending an inquiry")
    screen.suspend_button.click()
    assert screen.status_label.text() == "suspended" and screen.reinstate_button.isEnabled()
    prompts.set_next_answers("inquiry closed")
    screen.reinstate_button.click()
    assert screen.status_label.text() == "active"

    prompts.set_next_answers("violation found", False)  # reason given, then "No"
    screen.withdraw_button.click()
    assert screen.status_label.text() == "active"
    prompts.set_next_answers("violation found", True)
    screen.withdraw_button.click()
    assert prompts.asked[-4:] == ["Withdraw the clearance", "Withdraw the clearance"] * 2
    assert screen.status_label.text() == "withdrawn"
    assert not screen.withdraw_button.isEnabled() and not screen.reinstate_button.isEnabled()
    assert screen.message.text() == "Clearance withdrawn."
    history = [(screen.history.item(r, 1).text(), screen.history.item(r, 4).text())
               for r in range(screen.history.rowCount())]
    assert history == [("withdrawn", "violation found"), ("active", "inquiry closed"),
                       ("suspended", "pending an inquiry"), ("active", "granted by order 15")]
    assert screen.history.item(0, 3).text() == "saugumas"

    # unit filter
    screen.search.clear()
    screen.unit.setCurrentIndex(screen.unit.findData("Ryšių skyrius"))
    assert screen.model.rowCount() == 1


def test_an_empty_reason_and_a_refusal_stay_plain_sentences(qtbot, store, sync_workers) -> None:
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 4)
    screen = _screen(qtbot, sec)
    prompts.set_next_answers("  ")
    screen.suspend_button.click()
    assert screen.message.text() == "Say why; the reason is required."
    dlg = screen.set_clearance()  # same values: the service refuses, the dialog keeps them
    dlg.number.setText("SL-00004")
    dlg.save()
    assert dlg.isVisible() and dlg.message.text().startswith("The clearance already has")
    assert "\n" not in dlg.message.text() and "Traceback" not in dlg.message.text()


def test_inspector_sees_the_registry_but_no_write_action(qtbot, store, sync_workers) -> None:
    add_cleared_person(store.as_user("saugumas"), 5)
    screen = _screen(qtbot, store.as_user("inspektorius"))
    assert screen.model.rowCount() == 1 and screen.history.rowCount() == 1
    for b in (screen.add_button, screen.import_button, screen.edit_button, screen.set_button,
              screen.suspend_button, screen.withdraw_button):
        assert not b.isVisible()
    # even if an action were reached, the service refusal is one sentence
    prompts.set_next_answers("reason")
    screen.change_status("suspend")
    text = screen.message.text()
    assert text.startswith("inspektorius may not change clearances") and text.endswith(".")
    assert "\n" not in text and "Traceback" not in text
