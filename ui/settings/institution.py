"""Letterhead, registration numbers, long dates, the idle lock and the language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.settings.page import SettingsPage

if TYPE_CHECKING:
    from app.services.desk import Desk


class InstitutionPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, str] = {}
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("9 digits: required before the first letter"))
        # PDF-LT letters name the institution by its legal entity code: without it no letter
        # is signed, and this line says so where the code is set.
        self.code_missing = QLabel(self.tr("No letter can be signed until the institution's "
                                           "legal entity code is set here."))
        self.code_missing.setWordWrap(True)
        self.code_missing.setStyleSheet("color: #a1262b;")
        self.code_missing.hide()
        self.code.textChanged.connect(
            lambda t: self.code_missing.setVisible(bool(self.values) and not t.strip()))
        self.address = QLineEdit()
        self.registration = QLineEdit()
        self.registration.setToolTip(self.tr("{n} the running number, {year} and {yy} the year"))
        self.long_date = QCheckBox(self.tr("Write dates in words (2026 m. lapkričio 25 d.)"))
        self.recipient_code = QCheckBox(self.tr("Put the addressee's personal code in the "
                                                "letter's metadata (PDF-LT; off: only the name)"))
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.language = QComboBox()
        self.language.addItem("Lietuvių", "lt")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        form = QFormLayout()
        for text, w in ((self.tr("Institution &name"), self.name),
                        (self.tr("Institution &code"), self.code),
                        (self.tr("&Address"), self.address),
                        (self.tr("&Registration number format"), self.registration),
                        ("", self.long_date),
                        ("", self.recipient_code),
                        (self.tr("&Lock after idle"), self.idle),
                        (self.tr("Lan&guage of this workstation"), self.language)):
            form.addRow(text, w)
            w.setAccessibleName(text.replace("&", "") or (
                self.tr("Long dates") if w is self.long_date else
                self.tr("Personal code in the metadata")))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(self._language)
        self.write_widgets = [self.save_button]
        v = QVBoxLayout(self)
        v.addWidget(self.code_missing)
        v.addLayout(form)
        v.addWidget(self.save_button)
        v.addWidget(self.message)
        v.addStretch(1)

    def title(self) -> str:
        return self.tr("Institution")

    def set_desk(self, desk: Desk | None) -> None:
        super().set_desk(desk)
        for edit in (self.name, self.code, self.address, self.registration):
            edit.setReadOnly(not self.can_write)
        for w in (self.long_date, self.recipient_code, self.idle):
            w.setEnabled(self.can_write)

    def load(self) -> None:
        from app.services.settings import get_settings

        self.call(get_settings, self._loaded, read=True)

    def _loaded(self, values: dict[str, str]) -> None:
        self.values = dict(values)
        self.name.setText(values["institution.name"])
        self.code.setText(values["institution.code"])
        self.code_missing.setVisible(not values["institution.code"].strip())
        self.address.setText(values["institution.address"])
        self.registration.setText(values["letters.registration_format"])
        self.long_date.setChecked(values["letters.long_date"] == "1")
        self.recipient_code.setChecked(values["letters.recipient_code"] == "1")
        self.idle.setValue(int(values["ui.idle_lock_minutes"] or 5))

    def form_values(self) -> dict[str, str]:
        return {"institution.name": self.name.text(), "institution.code": self.code.text(),
                "institution.address": self.address.text(),
                "letters.registration_format": self.registration.text(),
                "letters.long_date": "1" if self.long_date.isChecked() else "0",
                "letters.recipient_code": "1" if self.recipient_code.isChecked() else "0",
                "ui.idle_lock_minutes": str(self.idle.value())}

    def save(self) -> None:
        old = self.values
        changed = {k: v for k, v in self.form_values().items() if old.get(k) != v}
        if not changed:
            self.say(self.tr("Nothing changed."))
            return

        def op(desk: Desk) -> dict[str, str]:
            from app.services.settings import get_settings, set_setting

            for k, v in changed.items():
                set_setting(desk, k, v)
            return get_settings(desk)

        def done(values: dict[str, str]) -> None:
            self._loaded(values)
            self.say(self.tr("Settings saved."))

        self.call(op, done)

    def _language(self, _i: int) -> None:
        lang = self.language.currentData()
        if lang and lang != i18n.current_language():
            i18n.save_language(lang)
            win = self.window()
            if hasattr(win, "switch_language"):
                win.switch_language(lang)
            else:
                self.say(self.tr("The language changes when the window is opened again."))
