"""Settings: one tab per page (institution, signing, policy, users, delegations); an inspector
sees them read-only, the head sees delegations, an administrator changes the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.domain.enums import Role
from ui.screens.base import Screen
from ui.settings.delegations import DelegationsPage
from ui.settings.institution import InstitutionPage
from ui.settings.page import SettingsPage
from ui.settings.policy import PolicyPage
from ui.settings.signing import SigningPage
from ui.settings.users import UsersPage
from ui.widths import cap_widths

if TYPE_CHECKING:
    from app.services.desk import Changes


class SettingsScreen(Screen):
    roles = (Role.ADMIN, Role.HEAD, Role.INSPECTOR)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.institution = InstitutionPage()
        self.signing = SigningPage()
        self.policy = PolicyPage()
        self.users = UsersPage()
        self.delegations = DelegationsPage()
        self.pages: list[SettingsPage] = [self.institution, self.signing, self.policy,
                                          self.users, self.delegations]
        self.tabs = QTabWidget()
        for p in self.pages:
            cap_widths(p)  # fields as wide as their content, not the window
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(p)
            self.tabs.addTab(scroll, p.title())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        if self.desk is None:
            return
        for p in self.pages:
            p.set_desk(self.desk)

    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and self.isVisible() and (
                {"setting", "policy", "user", "delegation"} & set(changes.kinds)):
            self.refresh()

    def clear(self) -> None:
        super().clear()
        for p in self.pages:
            p.desk = None
            p.message.clear()
        self.users.table.setRowCount(0)
        self.delegations.table.setRowCount(0)
        self.signing.trust.clear()
