"""Reviewing a declared departure: accept it, or find it a violation (which withdraws the
clearance, so that outcome is confirmed first)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import workers
from ui.dialogs.parts import message_label, save_cancel
from ui.dialogs.violation import ViolationDialog, withdrawal_warning
from ui.errors import describe

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import RequestView


class DeclarationReviewDialog(QDialog):
    reviewed = Signal(object)  # RequestView

    def __init__(self, desk: Desk, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.request_id = desk, request_id
        self.view: RequestView | None = None
        self.setWindowTitle(self.tr("Review the declaration"))
        self.resize(640, 560)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("The declaration"))
        self.accept_choice = QRadioButton(self.tr("&Accept: the departure was justified"))
        self.violation_choice = QRadioButton(self.tr("&Violation: withdraw the clearance"))
        group = QButtonGroup(self)
        group.addButton(self.accept_choice)
        group.addButton(self.violation_choice)
        self.accept_choice.setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Reason for the outcome"))
        self.note.setPlaceholderText(self.tr("Reason for the outcome (required)"))
        self.note.setMaximumHeight(90)
        self.message = message_label()
        self.buttons = save_cancel(self)
        choices = QHBoxLayout()
        choices.addWidget(self.accept_choice)
        choices.addWidget(self.violation_choice)
        choices.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addLayout(choices)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        desk, rid = self.desk, self.request_id

        def op(progress: workers.Progress) -> RequestView:
            from app.services import requests

            return requests.get_request(desk, rid)

        workers.run_op(self, op, self._loaded, self._failed, kind="read")

    def _loaded(self, v: RequestView) -> None:
        self.view = v
        e = html.escape
        rows = [(self.tr("Traveller"), f"{v.traveller} ({v.personal_code})"),
                (self.tr("Countries"), " → ".join(v.countries)),
                (self.tr("Dates"), f"{v.depart.isoformat()} – {v.return_.isoformat()}"),
                (self.tr("Purpose"), v.purpose)]
        statement = self.tr("Statement of the circumstances")
        self.summary.setHtml(
            "<table cellspacing='4'>" + "".join(
                f"<tr><td><b>{e(k)}</b></td><td>{e(str(val))}</td></tr>" for k, val in rows)
            + f"</table><h4>{e(statement)}</h4><p>{e(v.declaration_statement)}</p>")

    def save(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.message.setText(self.tr("Give the reason for the outcome."))
            self.note.setFocus()
            return
        accept = self.accept_choice.isChecked()
        if not accept:
            name = self.view.traveller if self.view is not None else str(self.request_id)
            if not ViolationDialog.confirm(self, withdrawal_warning(name)):
                self.message.setText(self.tr("Not recorded."))
                return
        desk, rid = self.desk, self.request_id
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def op(progress: workers.Progress) -> RequestView:
            from app.services import aftercare

            return aftercare.review_declaration(desk, rid, accept=accept, note=note)

        workers.run_op(self, op, self._saved, self._failed)

    def _saved(self, view: RequestView) -> None:
        self.reviewed.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(exc))
