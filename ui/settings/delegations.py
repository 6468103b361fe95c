"""Delegations: the head lends approval power to a deputy for a period, or revokes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from ui.dialogs import prompts
from ui.qdates import py_date
from ui.settings.page import SettingsPage

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import DelegationView
    from app.services.users import UserView


class DelegationsPage(SettingsPage):
    writers = (Role.HEAD,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DelegationView] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("To"), self.tr("From"), self.tr("Until"),
                                              self.tr("Units"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Delegations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.to = QComboBox()
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_to = QDateEdit(QDate.currentDate().addDays(14))
        for d in (self.valid_from, self.valid_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("empty: every unit; else comma-separated"))
        self.add_button = QPushButton(self.tr("&Delegate"))
        self.revoke_button = QPushButton(self.tr("&Revoke the selected…"))
        self.editor = QGroupBox(self.tr("New delegation"))
        form = QFormLayout(self.editor)
        for text, w in ((self.tr("Deputy"), self.to), (self.tr("From"), self.valid_from),
                        (self.tr("Until"), self.valid_to), (self.tr("Units"), self.units)):
            form.addRow(text, w)
            w.setAccessibleName(text)
        form.addRow("", self.add_button)
        v = QVBoxLayout(self)
        v.addWidget(self.table, 1)
        v.addWidget(self.revoke_button)
        v.addWidget(self.editor)
        v.addWidget(self.message)
        self.write_widgets = [self.editor, self.revoke_button]
        self.add_button.clicked.connect(self.delegate)
        self.revoke_button.clicked.connect(self.revoke)

    def title(self) -> str:
        return self.tr("Delegations")

    def load(self) -> None:
        def op(desk: Desk) -> tuple[list[DelegationView], list[UserView]]:
            from app.services.delegations import list_all
            from app.services.users import list_users

            deputies = [u for u in list_users(desk) if Role.DEPUTY in u.roles and u.active]
            return list_all(desk), deputies

        self.call(op, self._loaded, read=True)

    def _loaded(self, got: tuple[list[DelegationView], list[UserView]]) -> None:
        self.rows, deputies = got
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            state = self.tr("revoked") if d.revoked else self.tr("in force")
            cells = [f"{d.to_name} ({d.to_username})", d.valid_from.isoformat(),
                     d.valid_to.isoformat(), ", ".join(d.units) or self.tr("every unit"), state]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.to.clear()
        for u in deputies:
            self.to.addItem(f"{u.full_name} ({u.username})", u.username)

    def delegate(self) -> None:
        to: str | None = self.to.currentData()  # a deputy's user name
        if not to:
            self.say(self.tr("There is no deputy to delegate to."), ok=False)
            return
        start, end = py_date(self.valid_from.date()), py_date(self.valid_to.date())
        units = tuple(u.strip() for u in self.units.text().split(",") if u.strip())

        def op(desk: Desk) -> DelegationView:
            from app.services.delegations import add

            return add(desk, to, valid_from=start, valid_to=end, units=units)

        def done(d: DelegationView) -> None:
            self.say(self.tr("Approval delegated to %1.").replace("%1", d.to_name))
            self.load()

        self.call(op, done)

    def revoke(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        d = self.rows[r]
        if not prompts.confirm(self, self.tr("Revoke a delegation"),
                               self.tr("Revoke the delegation to %1?").replace(
                                   "%1", d.to_name), danger=self.tr("Revoke")):
            return

        def op(desk: Desk) -> DelegationView:
            from app.services.delegations import revoke

            return revoke(desk, d.id)

        def done(_v: DelegationView) -> None:
            self.say(self.tr("Delegation revoked."))
            self.load()

        self.call(op, done)
