"""The clerk's side of a request: the head's reason on a returned request (worklist and form),
Submit says the request number, the traveller found by name, crossings for the chosen
countries (issue 13, point 4 and 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import decisions
from app.services import requests as rq
from app.services.worklist import for_user
from tests.services.workflow_helpers import add_cleared_person, draft
from ui.dialogs.request_form import RequestForm
from ui.models.worklist_model import COL_DETAIL, WorklistModel
from ui.screens.worklist import WorklistScreen

REASON = "Nurodykite, kur gyvensite Gardine."


def _returned(store, serial: int = 31) -> int:
    code = add_cleared_person(store.as_user("saugumas"), serial)
    clerk = store.as_user("rastine")
    rid = rq.submit(clerk, rq.new_request(clerk, draft(code)).id).id
    decisions.decide(store.as_user("vadovas"), rid, "return", reason=REASON)
    return rid


def _form(qtbot, desk, request_id: int | None = None) -> RequestForm:
    form = RequestForm(desk, request_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_worklist_item_for_a_returned_request_carries_the_heads_reason(qtbot, store,
                                                                       sync_workers) -> None:
    rid = _returned(store)
    items = [i for i in for_user(store.as_user("rastine")) if i.kind == "returned"]
    assert [i.request_id for i in items] == [rid]
    assert items[0].values["reason"] == REASON
    assert items[0].values["returned_by"] == "Jonas Žukauskas"

    screen = WorklistScreen()
    qtbot.addWidget(screen)
    screen.set_desk(store.as_user("rastine"))
    screen.refresh()
    model: WorklistModel = screen.model
    row = next(r for r, i in enumerate(model.rows) if i.kind == "returned")
    detail = model.data(model.index(row, COL_DETAIL))
    assert REASON in detail and "Jonas Žukauskas" in detail
    tip = model.data(model.index(row, COL_DETAIL), Qt.ItemDataRole.ToolTipRole)
    assert REASON in tip


def test_the_edit_form_of_a_returned_request_shows_the_reason_at_the_top(qtbot, store,
                                                                         sync_workers) -> None:
    rid = _returned(store)
    form = _form(qtbot, store.as_user("rastine"), rid)
    assert form.returned_note.isVisible()
    assert REASON in form.returned_note.text()
    assert "Jonas Žukauskas" in form.returned_note.text()
    layout = form.layout()
    assert layout.indexOf(form.returned_note) == 0  # above everything else

    # A draft never returned has no such note.
    code = add_cleared_person(store.as_user("saugumas"), 32)
    clerk = store.as_user("rastine")
    fresh = rq.new_request(clerk, draft(code)).id
    other = _form(qtbot, clerk, fresh)
    assert not other.returned_note.isVisible()


def test_submit_says_the_request_number_and_keeps_the_dialog_open(qtbot, store,
                                                                  sync_workers) -> None:
    rid = _returned(store)
    form = _form(qtbot, store.as_user("rastine"), rid)
    form.purpose.setText("Aplankyti tėvus; gyvensime tėvų namuose, Gardine")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].state.value == "submitted"
    assert form.isVisible()  # not closed silently
    assert form.confirmation.text() == f"Request No. {rid} submitted for a decision."
    assert form.confirmation.isVisible()
    assert not form.submit_button.isEnabled() and not form.save_button.isEnabled()
    assert not form.returned_note.isVisible()  # the reason was dealt with
    assert form.close_button.hasFocus() or form.close_button.isDefault()


def test_a_draft_save_says_the_number_too(qtbot, store, sync_workers) -> None:
    code = add_cleared_person(store.as_user("saugumas"), 33)
    form = _form(qtbot, store.as_user("rastine"))
    form.code.setText(code)
    form.countries.setText("BY")
    form.purpose.setText("Aplankyti tėvus")
    with qtbot.waitSignal(form.saved) as saved:
        form.save(submit=False)
    rid = saved.args[0].id
    assert form.confirmation.text() == f"Request No. {rid} saved as a draft."
    assert form.request_id == rid and form.submit_button.isEnabled()


def test_the_traveller_is_found_by_a_folded_name_prefix(qtbot, store, sync_workers) -> None:
    sec = store.as_user("saugumas")
    wanted = add_cleared_person(sec, 34, last="Žukauskas", first="Jonas")
    add_cleared_person(sec, 35, last="Žukauskienė", first="Ona")
    add_cleared_person(sec, 36, last="Petraitis", first="Jonas")
    form = _form(qtbot, store.as_user("rastine"))
    qtbot.keyClicks(form.code, "zuk")
    qtbot.waitUntil(lambda: form.name_matches.rowCount() == 2)
    shown = [form.name_matches.index(r, 0).data() for r in range(2)]
    assert shown[0].startswith("Žukauskas Jonas") and wanted in shown[0]
    assert shown[1].startswith("Žukauskienė Ona")
    assert "11 digits" not in form.problems.text()
    assert not form.submit_button.isEnabled()  # a name alone is not a chosen traveller
    assert "Choose the traveller" in form.problems.text()
    popup = form.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.code.text() == wanted
    assert "Jonas Žukauskas" in form.traveller.text()


def test_diacritics_typed_or_not_find_the_same_people(qtbot, store, sync_workers) -> None:
    add_cleared_person(store.as_user("saugumas"), 37, last="Ąžuolaitis", first="Petras")
    form = _form(qtbot, store.as_user("rastine"))
    for typed in ("azuol", "ĄŽUOL", "Ąžuolaitis P"):
        form.code.setText(typed)
        qtbot.waitUntil(lambda: form.name_matches.rowCount() == 1)
        assert form.name_matches.index(0, 0).data().startswith("Ąžuolaitis Petras")
    form.code.setText("Nėra")
    qtbot.waitUntil(lambda: "No one" in form.traveller.text())
    assert form.name_matches.rowCount() == 0


def test_crossings_follow_the_chosen_countries(qtbot, store, sync_workers) -> None:
    form = _form(qtbot, store.as_user("rastine"))

    def offered() -> list[str]:
        return [form.crossing.itemText(i) for i in range(form.crossing.count())]

    assert offered() == []
    qtbot.keyClicks(form.countries, "BY")
    assert offered() == ["Medininkai", "Šalčininkai"]
    form.countries.setText("RU")
    assert offered() == ["Kybartai", "Panemunė"]
    form.countries.setText("BY, RU")
    assert offered() == ["Medininkai", "Šalčininkai", "Kybartai", "Panemunė"]
    form.crossing.setCurrentText("Kybartai")
    form.countries.setText("BY")
    assert offered() == ["Medininkai", "Šalčininkai"]
    assert "Kybartai is not a crossing" in form.problems.text()
    assert not form.submit_button.isEnabled()


def test_typing_digits_after_a_name_search_drops_the_names(qtbot, store, sync_workers) -> None:
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 38, last="Žukauskas", first="Jonas")
    other = add_cleared_person(sec, 39, last="Petraitis", first="Jonas")
    form = _form(qtbot, store.as_user("rastine"))
    qtbot.keyClicks(form.code, "zu")
    qtbot.waitUntil(lambda: form.name_matches.rowCount() == 1)
    form.code.clear()
    qtbot.keyClicks(form.code, other)
    assert form.name_matches.rowCount() == 0
    assert not form.completer.popup().isVisible()
    assert "Jonas Petraitis" in form.traveller.text()
