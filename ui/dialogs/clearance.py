"""Grant a clearance or correct/renew the current one (level, number, dates, reason)."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClearanceLevel, ClearanceStatus, label
from ui import workers
from ui.dialogs.parts import message_label, save_cancel
from ui.errors import describe
from ui.i18n import current_language
from ui.qdates import py_date, qdate

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.views import ClearanceView, PersonView


class ClearanceDialog(QDialog):
    saved = Signal(object)  # ClearanceView

    def __init__(self, desk: Desk, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.person = desk, person
        self.setWindowTitle(self.tr("Clearance of %1").replace("%1", person.full_name))
        self.setMinimumWidth(460)
        cur = person.clearance
        renewable = cur is not None and cur.status != ClearanceStatus.WITHDRAWN
        if not renewable:
            cur = None
        self.level = QComboBox()
        lang = current_language()
        for lv in ClearanceLevel:
            self.level.addItem(label(lv, lang), lv.value)
        self.number = QLineEdit(cur.number if cur is not None else "")
        today = QDate.currentDate()
        self.issued = QDateEdit(qdate(cur.issued) if cur is not None else today)
        self.valid_until = QDateEdit(qdate(cur.valid_until) if cur is not None
                                     else today.addYears(5).addDays(-1))
        for d in (self.issued, self.valid_until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        if cur is not None:
            self.level.setCurrentIndex(self.level.findData(cur.level.value))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. granted by order No. …"))
        form = QFormLayout()
        for text, w in ((self.tr("&Level"), self.level), (self.tr("&Number"), self.number),
                        (self.tr("&Issued"), self.issued),
                        (self.tr("&Valid until"), self.valid_until),
                        (self.tr("&Reason"), self.reason)):
            form.addRow(text, w)
            w.setAccessibleName(text.replace("&", ""))
        note = QLabel(self.tr("The same number corrects or renews the current clearance; a new "
                              "number grants a new one."))
        note.setWordWrap(True)
        self.message = message_label()
        self.buttons = save_cancel(self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        desk, code = self.desk, self.person.personal_code
        level: str = self.level.currentData()  # a ClearanceLevel's value
        number = self.number.text()
        issued, valid_until = py_date(self.issued.date()), py_date(self.valid_until.date())
        reason = self.reason.text().strip()

        def op(progress: workers.Progress) -> ClearanceView:
            from app.services.clearances import set_clearance

            return set_clearance(desk, code, level=level, number=number, issued=issued,
                                 valid_until=valid_until, reason=reason)

        self.save_button.setEnabled(False)
        self.message.clear()
        workers.run_op(self, op, self._saved, self._failed)

    def _saved(self, view: ClearanceView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(describe(exc))
