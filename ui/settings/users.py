"""User accounts: add with a passphrase and roles, change roles, reset a passphrase, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role, label
from ui.dialogs import prompts
from ui.i18n import current_language
from ui.settings.page import SettingsPage

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.users import UserView
    from app.store.store import Rotation


class UsersPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserView] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                              self.tr("Roles"), self.tr("Active")])
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for c, width in ((0, 130), (1, 200), (2, 360)):
            self.table.setColumnWidth(c, width)
        self.table.itemSelectionChanged.connect(self._selected)
        lang = current_language()
        self.role_boxes = {r: QCheckBox(label(r, lang)) for r in Role}
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.position = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("at least 10 characters"))
        self.add_button = QPushButton(self.tr("&Add user"))
        self.roles_button = QPushButton(self.tr("Save &roles of the selected user"))
        self.reset_button = QPushButton(self.tr("Reset &passphrase…"))
        self.remove_button = QPushButton(self.tr("Re&move user…"))
        self.editor = QGroupBox(self.tr("User"))
        form = QFormLayout(self.editor)
        for text, w in ((self.tr("User name"), self.username),
                        (self.tr("Full name"), self.full_name),
                        (self.tr("Position"), self.position),
                        (self.tr("Passphrase"), self.passphrase)):
            form.addRow(text, w)
            w.setAccessibleName(text)
        roles = QWidget()
        rl = QHBoxLayout(roles)
        rl.setContentsMargins(0, 0, 0, 0)
        for b in self.role_boxes.values():
            rl.addWidget(b)
        rl.addStretch(1)
        form.addRow(self.tr("Roles"), roles)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        v = QVBoxLayout(self)
        v.addWidget(self.table, 1)
        v.addWidget(self.editor)
        v.addWidget(self.message)
        self.write_widgets = [self.editor]
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.save_roles)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_user)

    def title(self) -> str:
        return self.tr("Users and roles")

    def load(self) -> None:
        from app.services.users import list_users

        self.call(list_users, self._loaded, read=True)

    def _loaded(self, users: list[UserView]) -> None:
        lang = current_language()
        self.users = users
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            cells = [u.username, u.full_name, ", ".join(label(x, lang) for x in u.roles),
                     self.tr("yes") if u.active else self.tr("no")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.username)
                self.table.setItem(r, c, item)

    def selected(self) -> UserView | None:
        r = self.table.currentRow()
        return self.users[r] if 0 <= r < len(self.users) else None

    def _selected(self) -> None:
        u = self.selected()
        if u is None:
            return
        self.username.setText(u.username)
        self.full_name.setText(u.full_name)
        self.position.setText(u.position)
        for role, box in self.role_boxes.items():
            box.setChecked(role in u.roles)

    def _roles(self) -> list[str]:
        return [r.value for r, b in self.role_boxes.items() if b.isChecked()]

    def add_user(self) -> None:
        args = (self.username.text().strip(), self.full_name.text().strip(), self._roles(),
                self.passphrase.text(), self.position.text().strip())

        def op(desk: Desk) -> UserView:
            from app.services.users import add_user

            name, full, roles, secret, position = args
            return add_user(desk, name, full_name=full, roles=roles, passphrase=secret,
                            position=position)

        def done(u: UserView) -> None:
            self.passphrase.clear()
            self.say(self.tr("User %1 added.").replace("%1", u.username))
            self.load()

        self.call(op, done)

    def save_roles(self) -> None:
        u = self.selected()
        if u is None:
            return
        roles = self._roles()

        def op(desk: Desk) -> UserView:
            from app.services.users import set_roles

            return set_roles(desk, u.username, roles)

        def done(v: UserView) -> None:
            self.say(self.tr("Roles of %1 saved.").replace("%1", v.username))
            self.load()

        self.call(op, done)

    def reset_passphrase(self) -> None:
        u = self.selected()
        if u is None:
            return
        secret = prompts.ask_text(self, self.tr("Reset the passphrase"),
                                  self.tr("New passphrase for %1:").replace("%1", u.username),
                                  secret=True)
        if not secret:
            return

        def op(desk: Desk) -> Rotation | None:
            from app.services.users import change_passphrase

            return change_passphrase(desk, u.username, secret)

        self.call(op, lambda r: self.say_rotated(
            self.tr("The passphrase of %1 was reset.").replace("%1", u.username), r))

    def say_rotated(self, done: str, rotation: Rotation | None) -> None:
        """What was done, and whether the keys were rotated so an old key file opens nothing."""
        if self.desk is not None and self.desk.store.kind == "server":
            self.say(done)  # a login's password, no key file: nothing to rotate
            return
        if rotation is None:
            self.say(done + " " + self.tr("The store is open elsewhere, so its keys were not "
                                          "rotated: close it everywhere else and rotate the "
                                          "keys (permit-desk rekey)."), ok=False)
            return
        text = done + " " + self.tr("The store's keys were rotated: an old copy of the key "
                                    "file opens nothing.")
        if rotation.dropped_users:
            text += " " + self.tr("Reset the passphrases of these users, who had not opened "
                                  "the store since the upgrade: %1.").replace(
                                      "%1", ", ".join(rotation.dropped_users))
        self.say(text)

    def remove_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        if not prompts.confirm(self, self.tr("Remove a user"),
                               self.tr("Remove the account %1? Their history stays in the "
                                       "audit trail, but they can no longer unlock the "
                                       "store.").replace("%1", u.username),
                               danger=self.tr("Remove")):
            return

        def op(desk: Desk) -> Rotation | None:
            from app.services.users import remove_user

            return remove_user(desk, u.username)

        def done(r: Rotation | None) -> None:
            self.say_rotated(self.tr("User %1 removed.").replace("%1", u.username), r)
            self.load()

        self.call(op, done)
