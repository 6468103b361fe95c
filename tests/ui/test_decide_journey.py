"""The head's journey by the documented keys only (read from the README), in Lithuanian and in
English: approve (confirming the letter as it will be signed), deny with a reason, return
with a reason; cancelling the PIN prompt, a wrong PIN or going back from the confirmation
records no decision, uses no registration number and leaves no letter; the clerk then sees
the head's reason, corrects the returned request and submits it again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.store.models import Decision, Letter
from tests.ui.letters_office import (
    PASSWORD,
    answer_pin,
    configure_signer,
    make_pki,
    submitted_request,
    window,
)
from tests.ui.test_decide_keys import readme_keys
from ui.screens.decide import DecideScreen


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("journey-pki"))


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(DecideScreen, "show_pdf",
                        staticmethod(lambda parent, data, title: shown.append((data, title))))
    return shown


KEYS = readme_keys()


def press(widget: Any, action: str) -> None:
    QTest.keySequence(widget, QKeySequence(KEYS[action][0]))


def answer_confirmation(key: Qt.Key, seen: list[str]) -> None:
    """Press `key` in the confirmation dialog once it is open (it runs modally)."""
    from ui.dialogs.decision_confirm import DecisionConfirm

    def answer() -> None:
        dlg = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, DecisionConfirm) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dlg.summary.text())
        if dlg.pane is not None:
            assert dlg.pane.page_count() >= 1  # the letter itself is shown
        QTest.keyClick(dlg.focusWidget() or dlg, key)

    QTimer.singleShot(0, answer)


def decide_by_keys(qtbot: Any, d: DecideScreen, action: str, reason: str = "",
                   confirm: Qt.Key = Qt.Key.Key_Return) -> list[str]:
    seen: list[str] = []
    press(d.reason, action)
    if reason:
        d.reason.setFocus()
        d.reason.insertPlainText(reason)
    answer_confirmation(confirm, seen)
    press(d.reason, "decide")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def counts(store: Any) -> tuple[int, int]:
    with store.head.read() as s:
        return (s.execute(select(func.count()).select_from(Decision)).scalar() or 0,
                s.execute(select(func.count()).select_from(Letter)).scalar() or 0)


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_head_decides_by_the_documented_keys(qtbot, store, pki, sync_workers, monkeypatch,
                                             previews, lang: str) -> None:
    from app.services import letters
    from app.services import requests as rq
    from ui import i18n

    configure_signer(store, pki)
    ids = [submitted_request(store, 70 + n) for n in range(6)]
    i18n.install(lang)
    try:
        prompts = answer_pin(monkeypatch, PASSWORD)
        head = window(qtbot, store, "vadovas")
        d = head.decide

        head.open_for_decision(ids[0])  # approve: the letter shown, Enter, the PIN, signed
        with qtbot.waitSignal(d.letter_signed) as signed:
            seen = decide_by_keys(qtbot, d, "approve")
        assert "7-1" in seen[0] and "Jonas Žukauskas" in seen[0]
        assert signed.args[0].status == "signed" and signed.args[0].registration_number == "7-1"
        assert len(prompts) == 1 and len(previews) == 1
        assert rq.get_request(store.head, ids[0]).state.value == "approved"
        assert d.record.isVisible() and not d.controls.isVisible()  # no live controls
        assert "7-1" in d.record.text()

        head.open_for_decision(ids[1])  # deny: a reason is needed first
        qtbot.waitUntil(lambda: d.request_id == ids[1] and d.decide_button.isEnabled())
        press(d.reason, "deny")
        press(d.reason, "decide")
        assert rq.get_request(store.head, ids[1]).state.value == "submitted"
        with qtbot.waitSignal(d.letter_signed):
            seen = decide_by_keys(qtbot, d, "deny", "Kelionė nepagrįsta")
        assert "Kelionė nepagrįsta" in seen[0]
        view = rq.get_request(store.head, ids[1])
        assert view.state.value == "denied"
        assert view.last_decision is not None
        assert view.last_decision.reason == "Kelionė nepagrįsta"

        head.open_for_decision(ids[2])  # return: no letter
        with qtbot.waitSignal(d.decided):
            decide_by_keys(qtbot, d, "return", "Trūksta maršruto")
        view = rq.get_request(store.head, ids[2])
        assert view.state.value == "returned"
        assert letters.letters_for_request(store.head, ids[2]) == []
        assert len(prompts) == 1  # the signer stays open for the session

        before = counts(store)
        head.open_for_decision(ids[3])  # Esc at the confirmation: nothing recorded
        decide_by_keys(qtbot, d, "approve", confirm=Qt.Key.Key_Escape)
        assert counts(store) == before
        assert d.decide_button.isEnabled()

        head.signer_session.close()  # a new session: the prompt comes again
        cancelled = answer_pin(monkeypatch, None)
        decide_by_keys(qtbot, d, "approve")
        assert len(cancelled) == 1 and d.message.text() == d.tr(
            "Nothing was recorded: the signing prompt was cancelled. Ctrl+Enter starts again.")
        wrong = answer_pin(monkeypatch, "ne-tas-slaptažodis")
        decide_by_keys(qtbot, d, "approve")
        said = d.tr("Nothing was recorded: %1").split("%1")[0]
        assert len(wrong) == 1 and d.message.text().startswith(said)
        assert "Traceback" not in d.message.text()
        # no decision, no registration number used, no letter
        assert counts(store) == before
        assert rq.get_request(store.head, ids[3]).state.value == "submitted"
        assert letters.letters_for_request(store.head, ids[3]) == []

        answer_pin(monkeypatch, PASSWORD)  # the next signed letter takes the next number
        with qtbot.waitSignal(d.letter_signed) as signed:
            decide_by_keys(qtbot, d, "approve")
        assert signed.args[0].registration_number == "7-3"
        head.close()

        # The clerk sees why ids[2] came back, corrects it and submits it again.
        from ui.dialogs.request_form import RequestForm
        from ui.models.worklist_model import COL_DETAIL

        clerk = window(qtbot, store, "rastine")
        clerk.worklist.refresh()
        model = clerk.worklist.model
        row = next(r for r, i in enumerate(model.rows)
                   if i.kind == "returned" and i.request_id == ids[2])
        assert "Trūksta maršruto" in model.data(model.index(row, COL_DETAIL))
        form = RequestForm(clerk.desk, ids[2])
        qtbot.addWidget(form)
        form.show()
        assert "Trūksta maršruto" in form.returned_note.text()
        form.purpose.setText("Aplankyti tėvus Gardine; maršrutas: Vilnius–Medininkai–Gardinas")
        with qtbot.waitSignal(form.saved) as saved:
            qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        assert saved.args[0].state.value == "submitted"
        assert str(ids[2]) in form.confirmation.text()
        clerk.close()
    finally:
        i18n.install("en")


def test_record_now_sign_later_is_an_explicit_choice(qtbot, store, pki, sync_workers,
                                                      monkeypatch, previews) -> None:
    from app.services import letters

    configure_signer(store, pki)
    rid = submitted_request(store, 80)
    prompts = answer_pin(monkeypatch, PASSWORD)
    head = window(qtbot, store, "vadovas")
    d = head.decide
    head.open_for_decision(rid)
    d.sign_later.setChecked(True)
    with qtbot.waitSignal(d.decided):
        decide_by_keys(qtbot, d, "approve")
    assert prompts == [] and previews == []
    assert "Decided, letter not signed" in d.message.text()
    [letter] = letters.letters_for_request(store.head, rid)
    assert letter.status == "pending"
    qtbot.waitUntil(lambda: d.record.isVisible())
    assert "Decided, letter not signed" in d.record.text()
    head.close()
