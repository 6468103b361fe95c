"""Deciding signs the letter as one act: one PIN prompt per session, the preview opens; a
wrong password or a cancelled prompt records nothing (no decision, no letter)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.letters_office import (
    PASSWORD,
    answer_pin,
    configure_signer,
    make_pki,
    submitted_request,
    window,
)
from ui.screens.decide import DecideScreen


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("ui-pki"))


@pytest.fixture(autouse=True)
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The confirmation seam, answered "confirm" (tests/ui/test_decide_journey.py presses
    Enter in the real dialog)."""
    seen: list[Any] = []

    def confirm(parent: Any, preview: Any, text: str, signs: bool) -> bool:
        seen.append(preview)
        return True

    monkeypatch.setattr(DecideScreen, "confirm", staticmethod(confirm))
    return seen


def _approve(qtbot: Any, d: DecideScreen) -> None:
    qtbot.keyClick(d.reason, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(d.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(DecideScreen, "show_pdf",
                        staticmethod(lambda parent, data, title: shown.append((data, title))))
    return shown


def test_head_approves_signs_once_per_session_and_sees_the_letter(
        qtbot, store, pki, sync_workers, monkeypatch, previews) -> None:
    from app.services import letters

    configure_signer(store, pki)
    first = submitted_request(store, 31)
    second = submitted_request(store, 32)
    prompts = answer_pin(monkeypatch, PASSWORD)
    head = window(qtbot, store, "vadovas")
    head.open_for_decision(first)
    with qtbot.waitSignal(head.decide.letter_signed) as signed:
        _approve(qtbot, head.decide)
    info = signed.args[0]
    assert info.status == "signed"
    assert len(prompts) == 1 and "head.p12" in prompts[0]
    assert "signed" in head.decide.message.text()
    assert len(previews) == 1 and previews[0][0].startswith(b"%PDF")
    verdict = letters.verify_pdf(store.head, previews[0][0])
    assert verdict.ok, verdict.problems
    assert verdict.registration_number == info.registration_number
    assert "Žukauskas" in verdict.signer_name

    head.open_for_decision(second)  # the signer stays open for the session: no second prompt
    with qtbot.waitSignal(head.decide.letter_signed):
        _approve(qtbot, head.decide)
    assert len(prompts) == 1 and len(previews) == 2
    assert head.signer_session.signer is not None

    with qtbot.waitSignal(head.locked):
        head.lock()
    assert head.signer_session.signer is None  # the key goes with the lock
    head.unlock_dialog.reject()


def test_wrong_password_records_nothing(
        qtbot, store, pki, sync_workers, monkeypatch, previews) -> None:
    from app.services import letters
    from app.services import requests as rq

    configure_signer(store, pki)
    rid = submitted_request(store, 33)
    answer_pin(monkeypatch, "not-the-password")
    head = window(qtbot, store, "vadovas")
    head.open_for_decision(rid)
    _approve(qtbot, head.decide)
    text = head.decide.message.text()
    assert text.startswith("Nothing was recorded") and "password" in text.lower()
    assert "Traceback" not in text
    assert rq.get_request(store.head, rid).state.value == "submitted"
    assert letters.list_letters(store.head) == []
    assert previews == [] and head.signer_session.signer is None
    assert head.decide.decide_button.isEnabled()  # try again with the right one
    head.close()


def test_cancelled_prompt_records_nothing(
        qtbot, store, pki, sync_workers, monkeypatch, previews) -> None:
    from app.services import letters
    from app.services import requests as rq

    configure_signer(store, pki)
    rid = submitted_request(store, 34)
    answer_pin(monkeypatch, None)
    head = window(qtbot, store, "vadovas")
    head.open_for_decision(rid)
    _approve(qtbot, head.decide)
    assert "Nothing was recorded" in head.decide.message.text()
    assert rq.get_request(store.head, rid).state.value == "submitted"
    assert letters.list_letters(store.head) == [] and previews == []
    head.close()


def test_policy_flags_are_said_in_lithuanian(qtbot, store, sync_workers) -> None:
    """The core hands over each flag's code and facts; the window says them in Lithuanian
    (no English sentence parsed)."""
    from datetime import date

    from app.domain.enums import ClearanceStatus
    from app.domain.policy import Flag, default_policy, review_flags
    from ui import i18n

    def said(**kw: object) -> dict[str, str]:
        args: dict[str, object] = {"today": date(2026, 11, 25), "depart": date(2026, 11, 28),
                                   "return_": date(2026, 12, 27),
                                   "clearance_valid_until": date(2026, 12, 1),
                                   "clearance_status": ClearanceStatus.SUSPENDED, **kw}
        flags = review_flags(default_policy(), **args)  # type: ignore[arg-type]
        return {f.code: screen._flag_text(f) for f in flags}

    i18n.install("lt")
    try:
        screen = DecideScreen()
        qtbot.addWidget(screen)
        texts = said()
        lead = texts["lead_time"]
        assert "3" in lead and "10" in lead and "Departure" not in lead
        assert "suspended" not in texts["clearance_not_active"]
        before = texts["clearance_expires_before_return"]
        assert "2026-12-01" in before and "2026-12-27" in before and "valid" not in before
        texts = said(depart=date(2026, 11, 20), return_=date(2026, 11, 19),
                     clearance_status=None, clearance_valid_until=None)
        assert set(texts) == {"return_before_depart", "departure_passed", "no_clearance"}
        assert "2026-11-19" in texts["return_before_depart"]
        for text in texts.values():
            assert not any(w in text for w in ("Return", "Departure", "traveller")), text
        assert screen._flag_text(Flag("unknown_code", "As is.")) == "As is."
    finally:
        i18n.install("en")
