"""A letter signed in the window meets PDF-LT-V1.0 level A, read back with pypdf and lxml
(issue 14: 'a letter signed by the CLI and one signed in the window')."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services import letters
from tests.letters.test_pdflt import assert_level_a
from tests.ui.letters_office import (
    PASSWORD,
    answer_pin,
    configure_signer,
    make_pki,
    submitted_request,
    window,
)
from tests.ui.test_decide_journey import decide_by_keys
from ui.screens.decide import DecideScreen


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("pdflt-window-pki"))


def test_a_letter_signed_in_the_window_is_level_a(qtbot, store, pki, sync_workers,
                                                  monkeypatch) -> None:
    monkeypatch.setattr(DecideScreen, "show_pdf", staticmethod(lambda *a: None))
    configure_signer(store, pki)
    rid = submitted_request(store, 90)
    answer_pin(monkeypatch, PASSWORD)
    head = window(qtbot, store, "vadovas")
    head.open_for_decision(rid)
    with qtbot.waitSignal(head.decide.letter_signed) as signed:
        decide_by_keys(qtbot, head.decide, "approve", confirm=Qt.Key.Key_Return)
    info = signed.args[0]
    head.close()
    pdf = letters.letter_pdf(store.head, info.id)
    assert_level_a(pdf, institution="Valstybės saugumo departamentas", legal_code="188692688",
                   number=info.registration_number, recipient="Jonas Žukauskas",
                   role="Įstaigos vadovas")
