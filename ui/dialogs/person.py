"""Add a person to the staff registry or change one; errors stay in the dialog with the typing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StaffCategory, label
from ui import workers
from ui.dialogs.parts import message_label, save_cancel
from ui.errors import describe
from ui.i18n import current_language

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.views import PersonView


class PersonDialog(QDialog):
    saved = Signal(object)  # PersonView

    def __init__(self, desk: Desk, person: PersonView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.person = desk, person
        self.setWindowTitle(self.tr("Change a person") if person else self.tr("Add a person"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(person.personal_code if person else "")
        self.code.setReadOnly(person is not None)
        self.code.setMaxLength(11)
        self.code.setInputMask("")
        self.last_name = QLineEdit(person.last_name if person else "")
        self.first_name = QLineEdit(person.first_name if person else "")
        self.position = QLineEdit(person.position if person else "")
        self.unit = QLineEdit(person.unit if person else "")
        self.category = QComboBox()
        lang = current_language()
        for c in StaffCategory:
            self.category.addItem(label(c, lang), c.value)
        if person:
            self.category.setCurrentIndex(self.category.findData(person.category.value))
        form = QFormLayout()
        for text, w in ((self.tr("&Personal code"), self.code),
                        (self.tr("&Last name"), self.last_name),
                        (self.tr("&First name"), self.first_name),
                        (self.tr("P&osition"), self.position), (self.tr("&Unit"), self.unit),
                        (self.tr("&Category"), self.category)):
            form.addRow(text, w)
            w.setAccessibleName(text.replace("&", ""))
        self.message = message_label()
        self.buttons = save_cancel(self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.last_name if person else self.code).setFocus()

    def save(self) -> None:
        desk, person = self.desk, self.person
        values: dict[str, str] = {
            "last_name": self.last_name.text(), "first_name": self.first_name.text(),
            "position": self.position.text(), "unit": self.unit.text(),
            "category": self.category.currentData()}
        code = self.code.text().strip()

        def op(progress: workers.Progress) -> PersonView:
            from app.services import staff

            if person is None:
                return staff.add_person(desk, personal_code=code, **values)
            changed = {k: v for k, v in values.items()
                       if str(getattr(person, k)) != str(v).strip()}
            return staff.update_person(desk, person.personal_code, **changed)

        self.save_button.setEnabled(False)
        self.message.clear()
        workers.run_op(self, op, self._saved, self._failed)

    def _saved(self, view: PersonView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(describe(exc))
