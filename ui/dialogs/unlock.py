"""The unlock dialog: where the store is (this workstation's file or the institution's server),
user and passphrase, or a file store's recovery key; each failure told plainly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import message_of
from app.store.locator import FileLocator, Locator, LocatorError, ServerLocator, is_server, parse
from ui import i18n, workers
from ui.dialogs.parts import ERROR_COLOR, message_label
from ui.errors import describe, word

if TYPE_CHECKING:
    from app.services.desk import Desk

# The last store chosen in the dialog ("file" or "server") and the server's address, kept with
# ui/last_user so that a workstation of the institution opens on its server every morning.
STORE_KIND_KEY = "ui/store_kind"
SERVER_ADDRESS_KEY = "ui/server_address"


def remembered_server() -> ServerLocator | None:
    """The server last unlocked from this workstation, if that was the last choice."""
    st = i18n.settings()
    if str(st.value(STORE_KIND_KEY, "file")) != "server":
        return None
    try:
        where = parse(str(st.value(SERVER_ADDRESS_KEY, "")))
    except LocatorError:
        return None
    return where if isinstance(where, ServerLocator) else None


def _open_with_passphrase(where: Locator, username: str, passphrase: str) -> Desk:
    from app.services.opening import open_desk

    return open_desk(where, username, passphrase)


def _open_with_recovery(path: Path, key: str) -> Desk:
    from app.services.opening import open_desk_with_recovery

    return open_desk_with_recovery(path, key)


class UnlockDialog(QDialog):
    """Emits `unlocked(desk)`; stays open and keeps what was typed when unlocking fails."""

    unlocked = Signal(object)

    def __init__(self, store: Path | str | Locator, parent: QWidget | None = None, *,
                 username: str = "", passphrase: str = "",
                 opener: Callable[[Locator, str, str], Desk] = _open_with_passphrase,
                 recovery_opener: Callable[[Path, str], Desk] = _open_with_recovery,
                 choose_store: bool = True, remembered: bool = True,
                 workstation_file: Path | None = None) -> None:
        """`store`: where to unlock. With `choose_store` the user may switch between this
        workstation's file (`store` if it is one, else `workstation_file`) and the server;
        `remembered`: start on the last choice made here rather than on a file `store`. Locking
        the window unlocks the same store again (choose_store=False)."""
        super().__init__(parent)
        self.store: Locator = parse(store)
        self.file = self.store.path if isinstance(self.store, FileLocator) else workstation_file
        self.choose_store = choose_store
        self.opener, self.recovery_opener = opener, recovery_opener
        self.desk: Desk | None = None
        self._trying: Locator = self.store
        self._countdown = 0
        self.setWindowTitle(self.tr("Permit Desk: unlock"))
        self.setMinimumWidth(460)

        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("This workstation (file)"), "file")
        self.kind.addItem(self.tr("Institution's server"), "server")
        self.kind.setAccessibleName(self.tr("Where the store is"))
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://…/permit")
        self.address.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit(passphrase)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.use_recovery = QCheckBox(self.tr("Use the &recovery key instead"))
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.form = form = QFormLayout()
        self.kind_label = QLabel(self.tr("&Store:"))
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        self.address_label = QLabel(self.tr("Server &address:"))
        self.address_label.setBuddy(self.address)
        form.addRow(self.address_label, self.address)
        # The file the choice "file" opens, read as text: a long path scrolls in one line beside
        # its label (a word-wrapped QLabel in a form row left a gap and sat off the baseline).
        self.file_label = QLineEdit(str(self.file or ""))
        self.file_label.setReadOnly(True)
        self.file_label.setFrame(False)
        self.file_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # information, not a field
        self.file_label.setStyleSheet("background: transparent;")
        self.file_label.setCursorPosition(0)
        self.file_label.setToolTip(self.file_label.text())
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.use_recovery)
        self.recovery_label = QLabel(self.tr("Recovery &key:"))
        self.recovery_label.setBuddy(self.recovery)
        form.addRow(self.recovery_label, self.recovery)
        for w in (self.file_label, self.user, self.passphrase):
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
        self.unlock_button.setDefault(True)  # Enter in any field unlocks
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.use_recovery.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        self._start_on(self.store, remembered and choose_store)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        first = self.address if self.address.isVisibleTo(self) and not self.address.text() \
            else self.passphrase if username else self.user
        first.setFocus()

    # ---- where the store is -------------------------------------------------------------
    def _start_on(self, store: Locator, remembered: bool) -> None:
        st = i18n.settings()
        server = store if isinstance(store, ServerLocator) else None
        self.address.setText(str(server) if server else str(st.value(SERVER_ADDRESS_KEY, "")))
        self.address.setCursorPosition(0)  # the host, not the end of a long CA path, in view
        on_server = server is not None or (remembered and remembered_server() is not None)
        model = self.kind.model()
        if self.file is None and isinstance(model, QStandardItemModel):
            model.item(0).setEnabled(False)  # no file on this workstation to offer
        self.kind.setCurrentIndex(1 if on_server else 0)
        self.form.setRowVisible(self.kind, self.choose_store)
        self._kind_changed()

    def on_server(self) -> bool:
        return bool(self.kind.currentData() == "server")

    def _kind_changed(self) -> None:
        server = self.on_server()
        self.form.setRowVisible(self.address, server and self.choose_store)
        self.form.setRowVisible(self.file_label, not server and self.choose_store)
        # A server has no recovery key: the IT administrator resets a forgotten password.
        if server:
            self.use_recovery.setChecked(False)
        self.form.setRowVisible(self.use_recovery, not server)
        # Chosen in the form, the store is named there; unlocking again after a lock, here.
        self.intro.setText(self.tr("Store: %1").replace("%1", str(self.store)))
        self.intro.setVisible(not self.choose_store)
        self.message.hide()

    def chosen(self) -> Locator | None:
        """The store to unlock as chosen; None, with the reason shown, for a bad address."""
        if not self.choose_store:
            return self.store
        if not self.on_server():
            return FileLocator(self.file) if self.file is not None else None
        text = self.address.text().strip()
        if not is_server(text):
            self.show_message(self.tr("Enter the server's address in the form "
                                      "postgresql://host/database."))
            return None
        try:
            return parse(text)
        except LocatorError as exc:
            self.show_message(word(message_of(exc) or str(exc)))
            return None

    def _remember(self, where: Locator) -> None:
        if not self.choose_store:
            return
        st = i18n.settings()
        st.setValue(STORE_KIND_KEY, where.kind)
        if isinstance(where, ServerLocator):
            st.setValue(SERVER_ADDRESS_KEY, str(where))

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
        where = self.chosen()
        if where is None:
            self.address.setFocus()
            return
        recovery = self.use_recovery.isChecked() and isinstance(where, FileLocator)
        if not recovery and not self.user.text().strip():
            self.show_message(self.tr("Enter your user name."))
            return
        self.unlock_button.setEnabled(False)
        self.show_message(self.tr("Unlocking…"), error=False)
        self._trying = where
        if recovery:
            assert isinstance(where, FileLocator)
            key, path = self.recovery.text(), where.path
            opener = self.recovery_opener

            def op(progress: workers.Progress) -> Desk:
                return opener(path, key)
        else:
            user, secret = self.user.text().strip(), self.passphrase.text()
            popener = self.opener

            def op(progress: workers.Progress) -> Desk:
                return popener(where, user, secret)
        workers.run_op(self, op, self._done, self._failed, kind="read")

    def _done(self, desk: Desk) -> None:
        self.desk = desk
        self.passphrase.clear()
        self.recovery.clear()
        self.message.hide()
        self.unlock_button.setEnabled(True)
        self._remember(self._trying)
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
        where = self._trying
        if isinstance(exc, (se.StoreDamaged, se.KeyFileDamaged)) and \
                isinstance(where, FileLocator):  # a server's damage is the administrator's
            backup = latest_backup(StorePaths(where.path))
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
        # Grow to hold the sentence; a dialog kept at its old height squeezes the fields.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())
