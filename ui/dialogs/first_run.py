"""First run: create the store (institution, head's account and passphrase), show the
recovery key once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import workers
from ui.dialogs.parts import ERROR_COLOR, message_label
from ui.errors import describe, word

if TYPE_CHECKING:
    from app.services.opening import NewStore

MIN_PASSPHRASE = 10


def strength(passphrase: str) -> int:
    """A rough 0-100 score: length first, then variety of character classes."""
    if not passphrase:
        return 0
    classes = sum(bool(any(f(c) for c in passphrase)) for f in
                  (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    unique = len(set(passphrase))
    score = min(60, len(passphrase) * 3) + classes * 8 + min(8, unique // 2)
    if len(passphrase) < MIN_PASSPHRASE:
        score = min(score, 30)
    return min(100, score)


class StoreCreator(Protocol):
    """What the wizard calls to make the store (init_store; tests may pass their own)."""

    def __call__(self, path: Path, *, institution: str, institution_code: str,
                 institution_address: str, head_username: str, head_full_name: str,
                 head_position: str, passphrase: str) -> NewStore: ...


def _create(path: Path, *, institution: str, institution_code: str, institution_address: str,
            head_username: str, head_full_name: str, head_position: str,
            passphrase: str) -> NewStore:
    from app.services.opening import init_store

    return init_store(path, institution=institution, institution_code=institution_code,
                      institution_address=institution_address, head_username=head_username,
                      head_full_name=head_full_name, head_position=head_position,
                      passphrase=passphrase)


def print_recovery_key(parent: QWidget, html: str) -> bool:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dlg = QPrintDialog(printer, parent)
    if dlg.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(printer)
    return True


class InstitutionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your institution"))
        self.setSubTitle(self.tr("These details appear on the letterhead of every letter."))
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.address = QLineEdit()
        for w, n in ((self.name, self.tr("Institution name")),
                     (self.code, self.tr("Institution code")),
                     (self.address, self.tr("Address"))):
            w.setAccessibleName(n)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Address:"), self.address)
        self.registerField("institution*", self.name)
        self.registerField("institution_code", self.code)
        self.registerField("institution_address", self.address)


class HeadPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("The head's account"))
        self.setSubTitle(self.tr("The head of the institution decides requests and administers "
                                 "the store at first."))
        self.username = QLineEdit("vadovas")
        self.full_name = QLineEdit()
        self.position = QLineEdit(self.tr("Head of institution"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_text = QLabel()
        self.message = message_label()
        for w, n in ((self.username, self.tr("User name")), (self.full_name, self.tr("Full name")),
                     (self.position, self.tr("Position")), (self.passphrase, self.tr("Passphrase")),
                     (self.repeat, self.tr("Passphrase again"))):
            w.setAccessibleName(n)
            w.textChanged.connect(self._changed)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("P&osition:"), self.position)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.meter_text)
        form.addRow("", self.message)
        self._changed()

    def _changed(self, *_: object) -> None:
        p = self.passphrase.text()
        score = strength(p)
        self.meter.setValue(score)
        if len(p) < MIN_PASSPHRASE:
            text = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        elif score < 60:
            text = self.tr("Weak: a longer phrase of several words is stronger.")
        elif score < 85:
            text = self.tr("Fair.")
        else:
            text = self.tr("Strong.")
        self.meter_text.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (bool(self.username.text().strip()) and bool(self.full_name.text().strip())
                and len(self.passphrase.text()) >= MIN_PASSPHRASE
                and self.passphrase.text() == self.repeat.text())

    def validatePage(self) -> bool:
        if self.wiz.new_store is not None:
            return True
        if self.wiz.creating:
            return False
        self.wiz.creating = True
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Creating the encrypted store…"))
        w = self.wiz
        # The institution page's fields are QLineEdit texts (str).
        institution: str = w.field("institution").strip()
        institution_code: str = (w.field("institution_code") or "").strip()
        institution_address: str = (w.field("institution_address") or "").strip()
        head_username = self.username.text().strip()
        head_full_name = self.full_name.text().strip()
        head_position = self.position.text().strip()
        passphrase = self.passphrase.text()
        path, create = w.store, w.creator

        def op(progress: workers.Progress) -> NewStore:
            return create(path, institution=institution, institution_code=institution_code,
                          institution_address=institution_address, head_username=head_username,
                          head_full_name=head_full_name, head_position=head_position,
                          passphrase=passphrase)

        def done(new: NewStore) -> None:
            w.creating = False
            w.new_store = new
            self.passphrase.clear()
            self.repeat.clear()
            w.next()

        def failed(exc: BaseException) -> None:
            w.creating = False
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(describe(exc))

        workers.run_op(self, op, done, failed)
        return self.wiz.new_store is not None  # True at once in the synchronous test mode


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("It opens the store if every passphrase is lost. It is shown "
                                 "only now: write it down or print it, and keep it in the safe."))
        self.key = QLabel()
        font = QFont("Monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSize(16)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print)
        self.binding = QLabel()
        self.binding.setWordWrap(True)
        self.wrote = QCheckBox(self.tr("I &wrote it down and will keep it safe"))
        self.first_group = QLineEdit()
        self.first_group.setAccessibleName(self.tr("First group of the recovery key"))
        self.first_group.setMaxLength(4)
        self.first_group.setPlaceholderText("XXXX")
        self.wrote.toggled.connect(self.completeChanged)
        self.first_group.textChanged.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.binding)
        layout.addWidget(self.wrote)
        form = QFormLayout()
        form.addRow(self.tr("Type the &first group again:"), self.first_group)
        layout.addLayout(form)

    def initializePage(self) -> None:
        new = self.wiz.new_store
        if new is None:
            return
        groups = new.recovery_key.split("-")
        self.key.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.binding.setText(self.tr("The store is bound to this workstation's keyring.")
                             if new.bound else self.tr("The store is not bound to a keyring: %1")
                             .replace("%1", word(new.keyring_message or "")))

    def _print(self) -> None:
        new = self.wiz.new_store
        if new is None:
            return
        html = (f"<h2>{self.tr('Permit Desk recovery key')}</h2>"
                f"<p>{self.wiz.store}</p><p style='font-size:20pt; font-family:monospace'>"
                f"{new.recovery_key}</p>")
        type(self.wiz).printer(self, html)

    def isComplete(self) -> bool:
        new = self.wiz.new_store
        if new is None:
            return False
        first = new.recovery_key.split("-")[0]
        return self.wrote.isChecked() and self.first_group.text().strip().upper() == first


class FirstRunWizard(QWizard):
    created = Signal(object)  # the Desk of the new store

    printer: Callable[[QWidget, str], bool] = staticmethod(print_recovery_key)

    def __init__(self, store: Path, parent: QWidget | None = None,
                 creator: StoreCreator = _create) -> None:
        super().__init__(parent)
        self.store = store
        self.creator = creator
        self.new_store: NewStore | None = None
        self.creating = False
        self.setWindowTitle(self.tr("Permit Desk: new store"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.institution_page = InstitutionPage()
        self.head_page = HeadPage(self)
        self.recovery_page = RecoveryPage(self)
        for p in (self.institution_page, self.head_page, self.recovery_page):
            self.addPage(p)
        self.resize(640, 480)

    def accept(self) -> None:
        super().accept()
        if self.new_store is not None:
            self.created.emit(self.new_store.desk)
