"""Recording a violation: it withdraws the clearance at once and queues the withdrawal letter,
so the dialog asks for a confirmation first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import workers
from ui.dialogs.parts import message_label
from ui.errors import describe

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import ViolationView


def confirm_dialog(parent: QWidget, text: str) -> bool:
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("Violation", "This cannot be undone")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def withdrawal_warning(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Violation", "Recording a violation withdraws the clearance of %1 at once and queues "
        "the withdrawal letter. This cannot be undone. Record it?").replace("%1", name)


class ViolationDialog(QDialog):
    recorded = Signal(object)  # ViolationView

    # The seam tests answer: (parent, question) -> confirmed.
    confirm: Callable[[QWidget, str], bool] = staticmethod(confirm_dialog)

    def __init__(self, desk: Desk, person_code: str = "", request_id: int | None = None,
                 person_name: str = "", occurred_on: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.request_id, self.person_name = desk, request_id, person_name
        self.setWindowTitle(self.tr("Record a violation"))
        self.resize(560, 420)
        warning = QLabel(self.tr("A violation withdraws the person's clearance at once and "
                                 "queues the withdrawal letter for the head to sign."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a40000;")
        self.code = QLineEdit(person_code)
        self.code.setAccessibleName(self.tr("Personal code"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of violation"))
        self.kind.addItem(self.tr("Travel without permission"), "travel_without_permission")
        self.kind.addItem(self.tr("Breach of the conditions of a permission"),
                          "breach_of_conditions")
        self.occurred = QDateEdit()
        self.occurred.setCalendarPopup(True)
        self.occurred.setDisplayFormat("yyyy-MM-dd")
        day = occurred_on or desk.today()
        self.occurred.setDate(QDate(day.year, day.month, day.day))
        self.occurred.setAccessibleName(self.tr("Date of the violation"))
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("What shows the violation, and its source"))
        form = QFormLayout()
        form.addRow(self.tr("Personal code"), self.code)
        if request_id is not None:
            form.addRow(self.tr("Request"), QLabel(str(request_id)))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.occurred)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Record and &withdraw"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        code = self.code.text().strip()
        evidence = self.evidence.toPlainText().strip()
        if not code or not evidence:
            self.message.setText(self.tr("Give the personal code and the evidence."))
            return
        if not type(self).confirm(self, withdrawal_warning(self.person_name or code)):
            self.message.setText(self.tr("Not recorded."))
            return
        desk, rid, kind = self.desk, self.request_id, str(self.kind.currentData())
        q = self.occurred.date()
        on = date(q.year(), q.month(), q.day())
        from ui.i18n import current_language

        lang = current_language()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def op(progress: workers.Progress) -> ViolationView:
            from app.services import aftercare

            return aftercare.record_violation(desk, person_code=code, kind=kind, occurred_on=on,
                                              evidence=evidence, request_id=rid, lang=lang)

        workers.run_op(self, op, self._saved, self._failed)

    def _saved(self, view: ViolationView) -> None:
        self.recorded.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(exc))
