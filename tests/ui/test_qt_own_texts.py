"""Qt's own texts in the Lithuanian window (issue 13, point 5): every dialog the app opens, walked
with the Lithuanian catalogues installed, shows no English standard button (OK, Cancel, Close,
Save, Back/Next/Finish ...), nor the English labels of Qt's file, input and print dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
    QWizard,
)

from app.domain.enums import LetterKind
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.services import requests as rq
from app.services import staff
from tests.services.workflow_helpers import add_cleared_person, draft
from ui import i18n
from ui.dialogs import prompts

# What Qt writes on its own buttons and dialog labels when no catalogue answers (mnemonic '&'
# removed). A Lithuanian window showing any of these has a hole in qtbase_lt.ts.
ENGLISH = {
    "OK", "Cancel", "Close", "Save", "Save All", "Open", "Yes", "No", "Yes to All", "No to All",
    "Abort", "Retry", "Ignore", "Discard", "Help", "Apply", "Reset", "Restore Defaults",
    "< Back", "Next >", "Next", "Finish", "Commit", "Done", "Continue", "Go Back",
    "Show Details...", "Hide Details...", "Choose", "Print", "Options >>", "Options <<",
    "Look in:", "File name:", "Files of type:", "Directory:", "Enter a value:",
    "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Properties", "Preview",
    "Name:", "Location:", "Type:", "Print all", "Pages from", "Copies:", "Output file:",
}


@pytest.fixture
def lithuanian() -> Iterator[None]:
    assert i18n.install("lt")
    yield
    i18n.install("en")


def english_texts(widget: QWidget) -> list[str]:
    """Texts of the widget's buttons, labels and menus that are Qt's English defaults."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [lb.text() for lb in widget.findChildren(QLabel)]
    if isinstance(widget, QMenu):
        texts += [a.text().split("\t")[0] for a in widget.actions()]
    return sorted({t for t in texts if t.replace("&", "").strip() in ENGLISH})


def check_modal(qtbot, opener: Callable[[], object], found: dict[str, list[str]], name: str,
                inspect: Callable[[QWidget], None] | None = None) -> None:
    """Open a modal dialog with `opener`, read it once it shows, then close it."""
    seen: list[QWidget] = []

    def look() -> None:
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(10, look)
            return
        seen.append(w)
        found[name] = english_texts(w)
        if inspect is not None:
            inspect(w)
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()

    QTimer.singleShot(0, look)
    opener()
    assert seen, f"{name} did not open"


def _request(store) -> int:
    code = add_cleared_person(store.as_user("saugumas"), 41)
    clerk = store.as_user("rastine")
    return rq.submit(clerk, rq.new_request(clerk, draft(code)).id).id


def test_every_dialog_shows_qt_buttons_in_lithuanian(qtbot, store, tmp_path, lithuanian,
                                                    sync_workers) -> None:
    from ui.dialogs.clearance import ClearanceDialog
    from ui.dialogs.debrief import DebriefDialog
    from ui.dialogs.declaration_review import DeclarationReviewDialog
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.pdf_preview import PdfPreview
    from ui.dialogs.person import PersonDialog
    from ui.dialogs.pin_prompt import ask_secret_dialog
    from ui.dialogs.request_form import RequestForm
    from ui.dialogs.unlock import UnlockDialog
    from ui.dialogs.violation import ViolationDialog

    rid = _request(store)
    clerk, security = store.as_user("rastine"), store.as_user("saugumas")
    person = staff.get_person(security, staff.list_people(security)[0].personal_code)
    pdf = render_letter(sample_letter(LetterKind.APPROVAL, "lt"))
    found: dict[str, list[str]] = {}
    windows: dict[str, Callable[[], QWidget]] = {
        "request form": lambda: RequestForm(clerk),
        "request form (edit)": lambda: RequestForm(clerk, rid),
        "person": lambda: PersonDialog(security),
        "clearance": lambda: ClearanceDialog(security, person),
        "violation": lambda: ViolationDialog(security),
        "debrief": lambda: DebriefDialog(clerk, rid, "Debrief"),
        "declaration review": lambda: DeclarationReviewDialog(security, rid),
        "letter preview": lambda: PdfPreview(pdf, "1"),
        "import wizard": lambda: ImportWizard(security),
        "unlock": lambda: UnlockDialog(store.path),
    }
    for name, make in windows.items():
        w = make()
        qtbot.addWidget(w)
        w.show()
        found[name] = english_texts(w)
        assert any(b.text() for b in w.findChildren(QAbstractButton)), name

    wizard = FirstRunWizard(tmp_path / "new.db")
    qtbot.addWidget(wizard)
    wizard.show()
    found["first-run wizard"] = english_texts(wizard)
    buttons = [wizard.button(b).text() for b in (QWizard.WizardButton.BackButton,
                                                  QWizard.WizardButton.NextButton,
                                                  QWizard.WizardButton.CancelButton,
                                                  QWizard.WizardButton.FinishButton)]

    prompts.clear_answers()
    check_modal(qtbot, lambda: ask_secret_dialog(wizard, "PIN"), found, "signing prompt")
    check_modal(qtbot, lambda: prompts.confirm(wizard, "t", "?"), found, "confirm")
    check_modal(qtbot, lambda: prompts.inform(wizard, "t", "!"), found, "inform")
    check_modal(qtbot, lambda: prompts.ask_text(wizard, "t", "?"), found, "ask text")
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    check_modal(qtbot, box.exec, found, "message box with details")

    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    found["line edit menu"] = english_texts(menu)
    menu.deleteLater()

    def file_dialog(mode: QFileDialog.AcceptMode) -> Callable[[], object]:
        def run() -> object:
            dlg = QFileDialog(wizard, "t", str(tmp_path), "PDF (*.pdf)")
            dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dlg.setAcceptMode(mode)
            return dlg.exec()
        return run

    check_modal(qtbot, file_dialog(QFileDialog.AcceptMode.AcceptOpen), found, "open file")
    check_modal(qtbot, file_dialog(QFileDialog.AcceptMode.AcceptSave), found, "save file")

    def print_dialog() -> object:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        return QPrintDialog(printer, wizard).exec()

    check_modal(qtbot, print_dialog, found, "print dialog")

    assert {name: texts for name, texts in found.items() if texts} == {}
    assert len(found) >= 19
    assert buttons == ["< At&gal", "&Toliau >", "Atšaukti", "&Baigti"]


def test_english_window_keeps_qt_english(qtbot) -> None:
    """The catalogue is for Lithuanian only: the English window still says OK/Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Cancel", "OK"]
