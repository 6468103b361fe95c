"""The unlock dialog: user and passphrase, or the recovery key; each failure told plainly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import workers
from ui.dialogs.parts import ERROR_COLOR, message_label
from ui.errors import describe

if TYPE_CHECKING:
    from app.services.desk import Desk


def _open_with_passphrase(path: Path, username: str, passphrase: str) -> Desk:
    from app.services.desk import open_desk

    return open_desk(path, username, passphrase)


def _open_with_recovery(path: Path, key: str) -> Desk:
    from app.services.desk import open_desk_with_recovery

    return open_desk_with_recovery(path, key)


class UnlockDialog(QDialog):
    """Emits `unlocked(desk)`; stays open and keeps what was typed when unlocking fails."""

    unlocked = Signal(object)

    def __init__(self, store: Path, parent: QWidget | None = None, *, username: str = "",
                 passphrase: str = "",
                 opener: Callable[[Path, str, str], Desk] = _open_with_passphrase,
                 recovery_opener: Callable[[Path, str], Desk] = _open_with_recovery) -> None:
        super().__init__(parent)
        self.store = store
        self.opener, self.recovery_opener = opener, recovery_opener
        self.desk: Desk | None = None
        self._countdown = 0
        self.setWindowTitle(self.tr("Permit Desk: unlock"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("Store: %1").replace("%1", str(store)))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit(passphrase)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.use_recovery = QCheckBox(self.tr("Use the &recovery key instead"))
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.use_recovery)
        self.recovery_label = QLabel(self.tr("Recovery &key:"))
        self.recovery_label.setBuddy(self.recovery)
        form.addRow(self.recovery_label, self.recovery)
        for w in (self.user, self.passphrase):
            label = form.labelForField(w)
            if isinstance(label, QLabel):
                label.setBuddy(w)

        self.message = message_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        (self.passphrase if username else self.user).setFocus()

    def _mode_changed(self, recovery: bool) -> None:
        self.recovery.setVisible(recovery)
        self.recovery_label.setVisible(recovery)
        self.user.setEnabled(not recovery)
        self.passphrase.setEnabled(not recovery)
        (self.recovery if recovery else self.passphrase).setFocus()

    # ---- unlocking ----------------------------------------------------------------------
    def try_unlock(self) -> None:
        if self._countdown > 0:
            return
        recovery = self.use_recovery.isChecked()
        if not recovery and not self.user.text().strip():
            self.show_message(self.tr("Enter your user name."))
            return
        self.unlock_button.setEnabled(False)
        self.show_message(self.tr("Unlocking…"), error=False)
        path = self.store
        if recovery:
            key = self.recovery.text()
            opener = self.recovery_opener

            def op(progress: workers.Progress) -> Desk:
                return opener(path, key)
        else:
            user, secret = self.user.text().strip(), self.passphrase.text()
            popener = self.opener

            def op(progress: workers.Progress) -> Desk:
                return popener(path, user, secret)
        workers.run_op(self, op, self._done, self._failed, kind="read")

    def _done(self, desk: Desk) -> None:
        self.desk = desk
        self.passphrase.clear()
        self.recovery.clear()
        self.message.hide()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(desk)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.store import errors as se
        from app.store.store import StorePaths, latest_backup

        self.unlock_button.setEnabled(True)
        if isinstance(exc, se.Throttled):
            self._countdown = int(exc.seconds)
            self._tick(first=True)
            self._timer.start()
            return
        if isinstance(exc, (se.StoreDamaged, se.KeyFileDamaged)):
            backup = latest_backup(StorePaths(self.store))
            text = self.tr("The store is damaged and cannot be opened.") + " " + str(exc)
            if backup is not None:
                text += " " + self.tr("The latest backup is %1; restore it with "
                                      "\"permit-desk restore\" or ask the administrator."
                                      ).replace("%1", str(backup))
            else:
                text += " " + self.tr("No backup was found beside the store; ask the "
                                      "administrator for the latest backup medium.")
            self.show_message(text)
            return
        self.show_message(describe(exc))
        (self.recovery if self.use_recovery.isChecked() else self.passphrase).selectAll()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._countdown -= 1
        if self._countdown <= 0:
            self._timer.stop()
            self._countdown = 0
            self.unlock_button.setEnabled(True)
            self.show_message(self.tr("You may try again now."), error=False)
            return
        self.unlock_button.setEnabled(False)
        self.show_message(self.tr("Too many failed attempts. Try again in %1 seconds.")
                          .replace("%1", str(self._countdown)))

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "color: palette(text);")
        self.message.setText(text)
        self.message.show()
