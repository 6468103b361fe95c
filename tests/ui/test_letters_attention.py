"""The Letters screen opens on what waits for the user, with filter names that cannot be read
backwards; the letter preview fits the screen and prints and saves the signed PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtPrintSupport import QPrinter

from tests.ui.letters_office import PASSWORD, configure_signer, decided_letter, make_pki, window
from ui.dialogs import prompts
from ui.dialogs.pdf_preview import PdfPreview
from ui.screens.letters import FILTERS, LettersScreen


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("ui-letters-attention-pki"))


def _sign(store: Any, ids: list[int]) -> None:
    from app.services import letters

    signer = letters.open_signer(store.head, PASSWORD)
    try:
        letters.sign_many(store.head, ids, signer)
    finally:
        signer.close()


def _letters(w: Any) -> LettersScreen:
    screen = w.screen_named("LettersScreen")
    assert isinstance(screen, LettersScreen)
    w.show_screen(w.screens.index(screen))
    return screen


def test_filter_names_say_who_waits_for_what(qtbot) -> None:
    screen = LettersScreen()
    qtbot.addWidget(screen)
    names = {screen.filter.itemData(i): screen.filter.itemText(i)
             for i in range(screen.filter.count())}
    assert set(names) == set(FILTERS)
    assert names["pending"] == "Waiting for signature"
    assert names["to_print"] == "Signed, not printed"
    assert names["all"] == "All letters"


def test_a_clerk_opens_on_signed_letters_to_print(qtbot, store, pki, sync_workers) -> None:
    configure_signer(store, pki)
    signed = decided_letter(store, 70)
    decided_letter(store, 71)  # waits for the head's signature: not the clerk's work
    _sign(store, [signed.id])
    clerk = window(qtbot, store, "rastine")
    screen = _letters(clerk)
    assert screen.filter.currentData() == "to_print"
    assert [x.id for x in screen.model.rows] == [signed.id]
    # a filter the user picks stays through refreshes
    screen.set_filter("all")
    screen.refresh()
    assert screen.filter.currentData() == "all"
    clerk.close()


def test_a_head_opens_on_letters_waiting_for_signature(qtbot, store, pki, sync_workers) -> None:
    configure_signer(store, pki)
    pending = decided_letter(store, 72)
    head = window(qtbot, store, "vadovas")
    screen = _letters(head)
    assert screen.filter.currentData() == "pending"
    assert [x.id for x in screen.model.rows] == [pending.id]
    head.close()


def test_nothing_waiting_shows_all_letters_and_says_so(qtbot, store, pki, sync_workers) -> None:
    configure_signer(store, pki)
    letter = decided_letter(store, 73)
    _sign(store, [letter.id])
    head = window(qtbot, store, "vadovas")
    screen = _letters(head)
    assert screen.filter.currentData() == "all"
    assert [x.id for x in screen.model.rows] == [letter.id]
    assert "No letter waits for your signature" in screen.message.text()
    screen.set_filter("pending")  # the user's own choice: the note goes, the list is empty
    assert screen.filter.currentData() == "pending"
    assert screen.model.rowCount() == 0
    assert "No letter waits" not in screen.message.text()
    head.close()


def _signed_pdf(store: Any, pki: dict[str, Any], serial: int) -> bytes:
    from app.services import letters

    configure_signer(store, pki)
    letter = decided_letter(store, serial)
    _sign(store, [letter.id])
    return letters.letter_pdf(store.head, letter.id)


def test_preview_fits_the_screen_with_its_buttons(qtbot, store, pki) -> None:
    dlg = PdfPreview(_signed_pdf(store, pki, 74), "7-1")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    screen = dlg.screen().availableGeometry()  # 800 px tall offscreen, as a 1280×800 laptop
    assert dlg.frameGeometry().height() <= screen.height()
    assert dlg.frameGeometry().width() <= screen.width()
    for button in (dlg.print_button, dlg.save_button, *dlg.buttons.buttons()):
        assert button.isVisible()
        corner = button.mapTo(dlg, QPoint(button.width(), button.height()))
        assert dlg.rect().contains(corner - QPoint(1, 1)), button.text()


def test_preview_prints_and_saves_the_signed_pdf(qtbot, store, pki, monkeypatch,
                                                 tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    data = _signed_pdf(store, pki, 75)
    out = tmp_path / "printed.pdf"

    def printer(parent: Any) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(PdfPreview, "ask_printer", staticmethod(printer))
    dlg = PdfPreview(data, "7-1")
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.printed):
        dlg.print_button.click()
    doc = QPdfDocument()
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    assert doc.pageCount() >= 1
    doc.close()

    saved = tmp_path / "letter.pdf"
    prompts.set_next_answers(str(saved))
    with qtbot.waitSignal(dlg.saved):
        dlg.save_button.click()
    assert saved.read_bytes() == data  # the signed bytes, untouched
    assert str(saved) in dlg.message.text()
    prompts.set_next_answers(None)  # cancelled: nothing written, nothing said
    assert dlg.save_letter() is None
