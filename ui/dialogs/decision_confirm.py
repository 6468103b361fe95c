"""Before a decision is recorded the head sees it as it will be signed: the outcome, reason,
conditions, addressee and registration number above the letter itself (the same pane as the
letter preview), and confirms with Enter or goes back with Esc."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.services.decisions import DecisionPreview


class DecisionConfirm(QDialog):
    def __init__(self, preview: DecisionPreview, outcome_text: str, signs: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the decision"))
        self.preview = preview
        e = html.escape
        rows = [(self.tr("Decision"), outcome_text),
                (self.tr("Addressee"), preview.addressee)]
        if preview.reason:
            rows.append((self.tr("Reason"), preview.reason))
        if preview.conditions:
            rows.append((self.tr("Conditions"), "; ".join(preview.conditions)))
        if preview.registration_number:
            rows.append((self.tr("Letter No."), preview.registration_number))
        if preview.pdf is None:
            then = self.tr("A return has no letter. Enter records it; Esc goes back.")
        elif signs:
            then = self.tr("Enter records the decision and signs this letter as one act; "
                           "Esc goes back and nothing is recorded.")
        else:
            then = self.tr("Enter records the decision now; the letter waits, not signed. "
                           "Esc goes back and nothing is recorded.")
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
        self.summary = QLabel(f"<table cellspacing='3'>{table}</table><p>{e(then)}</p>")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.pane = None
        if preview.pdf is not None:
            from ui.dialogs.pdf_preview import PdfPane  # QtPdf is loaded only here

            self.pane = PdfPane(self)
            self.pane.set_pdf(preview.pdf)
            layout.addWidget(self.pane, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record and sign (Enter)") if signs and preview.pdf is not None
                   else self.tr("Record (Enter)"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Back (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Fits a 1280x800 screen with the window frame and the task bar.
        self.resize(720, 700 if preview.pdf is not None else 260)
        ok.setFocus()


def confirm_dialog(parent: QWidget, preview: DecisionPreview, outcome_text: str,
                   signs: bool) -> bool:
    dlg = DecisionConfirm(preview, outcome_text, signs, parent)
    return dlg.exec() == QDialog.DialogCode.Accepted
