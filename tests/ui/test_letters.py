"""The Letters screen: batch signing with progress and cancel, printing to a PDF printer
(marked printed), saving, the verdict on an opened PDF, and routing from the worklist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ui.letters_office import (
    PASSWORD,
    answer_pin,
    configure_signer,
    decided_letter,
    make_pki,
    window,
)
from ui.screens.letters import LettersModel, LettersScreen


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("ui-letters-pki"))


def _letters_screen(w: Any) -> LettersScreen:
    screen = w.screen_named("LettersScreen")
    assert isinstance(screen, LettersScreen)
    w.show_screen(w.screens.index(screen))
    return screen


def _select(screen: LettersScreen, letter_ids: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    sel = screen.view.selectionModel()
    sel.clearSelection()
    for lid in letter_ids:
        row = screen.model.row_of(lid)
        assert row >= 0, lid
        sel.select(screen.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def _sign_all(store: Any, ids: list[int]) -> None:
    from app.services import letters

    signer = letters.open_signer(store.head, PASSWORD)
    try:
        letters.sign_many(store.head, ids, signer)
    finally:
        signer.close()


def test_model_passes_the_tester(qtmodeltester, store, pki) -> None:
    from app.services import letters

    configure_signer(store, pki)
    decided_letter(store, 40)
    decided_letter(store, 41, "deny")
    model = LettersModel()
    model.set_rows(letters.list_letters(store.head))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_head_batch_signs_with_progress_and_cancel(qtbot, store, pki, sync_workers,
                                                   monkeypatch) -> None:
    from app.services import letters

    configure_signer(store, pki)
    ids = [decided_letter(store, 42 + n).id for n in range(3)]
    prompts = answer_pin(monkeypatch, PASSWORD)
    head = window(qtbot, store, "vadovas")
    screen = _letters_screen(head)
    assert screen.filter.currentData() == "pending"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    seen: list[int] = []

    def started(adapter: Any) -> None:  # the user presses Cancel after the first letter
        def moved(done: int, total: int, number: str) -> None:
            seen.append(done)
            from PySide6.QtWidgets import QPushButton

            assert screen.progress_dialog is not None
            screen.progress_dialog.findChild(QPushButton).click()
        adapter.progressed.connect(moved)

    screen.batch_started.connect(started)
    _select(screen, ids)
    with qtbot.waitSignal(screen.batch_done) as done:
        screen.sign_button.click()
    assert len(done.args[0]) == 1 and seen == [1]
    assert "Cancelled: 1 of 3" in screen.message.text()
    statuses = sorted(letters.get_letter(store.head, i).status for i in ids)
    assert statuses == ["pending", "pending", "signed"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)

    screen.batch_started.disconnect(started)
    _select(screen, [x.id for x in screen.model.rows])
    with qtbot.waitSignal(screen.batch_done) as done:
        screen.sign_selected()
    assert len(done.args[0]) == 2
    assert len(prompts) == 1  # one prompt for the session
    assert all(letters.get_letter(store.head, i).status == "signed" for i in ids)
    head.close()


def test_clerk_prints_to_a_pdf_printer_and_the_letter_is_marked_printed(
        qtbot, store, pki, sync_workers, monkeypatch, tmp_path) -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from app.services import letters

    configure_signer(store, pki)
    letter = decided_letter(store, 50)
    _sign_all(store, [letter.id])
    out = tmp_path / "printed.pdf"

    def printer(parent: Any) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(LettersScreen, "ask_printer", staticmethod(printer))
    clerk = window(qtbot, store, "rastine")
    assert clerk.screen_named("LettersScreen").visible_for(clerk.desk.actor)
    assert not clerk.decide.visible_for(clerk.desk.actor)
    items = [i for i in clerk.worklist.model.rows if i.kind == "print_letter"]
    assert [i.letter_id for i in items] == [letter.id]
    clerk.open_work_item(items[0])  # the worklist routes to the letters screen, letter selected
    screen = clerk.screen_named("LettersScreen")
    assert clerk.stack.currentWidget() is screen
    assert screen.filter.currentData() == "to_print"
    assert [x.id for x in screen.selected()] == [letter.id]
    assert not screen.sign_button.isVisible()  # clerks do not sign
    qtbot.waitUntil(lambda: screen.preview is not None and screen.preview.page_count() >= 1)
    with qtbot.waitSignal(screen.printed):
        screen.print_button.click()
    assert out.exists() and out.stat().st_size > 10_000
    doc = QPdfDocument()
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    assert doc.pageCount() >= 1
    doc.close()
    assert letters.get_letter(store.head, letter.id).printed_at is not None
    assert "printed" in screen.message.text()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)  # nothing left to print
    clerk.close()


def test_save_as_and_verify_a_pdf(qtbot, store, pki, sync_workers, monkeypatch,
                                  tmp_path) -> None:
    configure_signer(store, pki)
    letter = decided_letter(store, 60)
    _sign_all(store, [letter.id])
    saved = tmp_path / "letter.pdf"
    monkeypatch.setattr(LettersScreen, "ask_save_path",
                        staticmethod(lambda parent, suggested: str(saved)))
    head = window(qtbot, store, "vadovas")
    screen = _letters_screen(head)
    screen.set_filter("all")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    _select(screen, [letter.id])
    with qtbot.waitSignal(screen.saved):
        screen.save_button.click()
    data = saved.read_bytes()
    assert data.startswith(b"%PDF")

    monkeypatch.setattr(LettersScreen, "ask_open_path", staticmethod(lambda parent: str(saved)))
    with qtbot.waitSignal(screen.verified) as verified:
        screen.verify_button.click()
    assert verified.args[0].ok
    assert "valid" in screen.verdict.text() and "NOT" not in screen.verdict.text()
    assert "Žukauskas" in screen.verdict.text()
    assert "Signature 1" in screen.verdict.text()  # the ETSI-style report, as verify prints
    assert "passed (TOTAL_PASSED)" in screen.verdict.text()

    tampered = tmp_path / "tampered.pdf"
    at = data.rfind(b"/Registration")
    if at < 0:
        at = len(data) // 3
    tampered.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])
    monkeypatch.setattr(LettersScreen, "ask_open_path", staticmethod(lambda p: str(tampered)))
    with qtbot.waitSignal(screen.verified) as verified:
        screen.verify_file()
    assert not verified.args[0].ok
    assert "NOT valid" in screen.verdict.text()
    assert "failed (TOTAL_FAILED)" in screen.verdict.text()
    assert "(HASH_FAILURE)" in screen.verdict.text()
    for problem in verified.args[0].problems:
        assert problem.replace("'", "&#x27;")[:20] in screen.verdict.text() or \
            problem[:20] in screen.verdict.text()
    from ui import i18n

    i18n.install("lt")  # the same report in Lithuanian words
    try:
        screen.show_verdict("tampered.pdf", verified.args[0])
        assert "nepatvirtinta (TOTAL_FAILED)" in screen.verdict.text()
        assert "Aprėptis" in screen.verdict.text() and "Coverage" not in screen.verdict.text()
        assert "raštas pakeistas arba sutrumpintas (HASH_FAILURE)" in screen.verdict.text()
    finally:
        i18n.install("en")

    monkeypatch.setattr(LettersScreen, "ask_open_path",
                        staticmethod(lambda p: str(tmp_path / "missing.pdf")))
    screen.verify_file()
    assert "could not be written or read" in screen.message.text()
    head.close()


def test_screens_follow_roles(qtbot, store, sync_workers) -> None:
    sec = window(qtbot, store, "saugumas")
    visible = {type(s).__name__ for i, s in enumerate(sec.screens)
               if not sec.nav.item(i).isHidden()}
    assert "LettersScreen" not in visible and "DecideScreen" not in visible
    assert "WorklistScreen" in visible
    sec.show_screen(sec.screens.index(sec.screen_named("LettersScreen")))
    assert sec.stack.currentWidget() is sec.worklist  # a hidden screen does not open
    sec.close()
    assert Path(__file__).exists()


def test_what_is_wrong_with_a_letter_is_said_in_lithuanian(qtbot, store, sync_workers) -> None:
    """Every problem the core can find with a letter comes as a code; the window words each
    one in Lithuanian (none falls back to the core's English sentence)."""
    from app.letters.verify import PROBLEMS, LetterVerdict
    from ui import i18n

    i18n.install("lt")
    try:
        screen = LettersScreen()
        qtbot.addWidget(screen)
        verdict = LetterVerdict(False, "", None, "", "NONE", tuple(PROBLEMS))
        texts = screen.problem_texts(verdict)
        assert len(texts) == len(PROBLEMS)
        for code, text in zip(PROBLEMS, texts, strict=True):
            assert text and text != PROBLEMS[code], code
        assert "Pasirašymo sertifikatas atšauktas." in texts
        screen.show_verdict("raštas.pdf", verdict)
        assert "Rašte nėra parašo." in screen.verdict.text()
    finally:
        i18n.install("en")
