"""What every screen offers the main window: a desk to work on, hiding on lock, refreshing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role


class Screen(QWidget):
    """A page of the main window. `open_request` asks the window to show a request.

    `roles` lists the roles that use the screen (any one suffices); empty means everyone.
    The window hides a screen whose roles the actor lacks; the services still check.
    """

    open_request = Signal(int)
    status_message = Signal(str)
    roles: tuple[Role, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Any = None
        self.signer_session: Any = None  # the window's SignerSession, shared by screens

    @classmethod
    def visible_for(cls, actor: Any) -> bool:
        return not cls.roles or bool(actor.has(*cls.roles))

    def title(self) -> str:
        raise NotImplementedError

    def set_desk(self, desk: Any) -> None:
        """Called after unlocking; load data (in a worker)."""
        self.desk = desk
        self.refresh()

    def clear(self) -> None:
        """Called on lock: drop every piece of data the screen shows."""
        self.desk = None

    def refresh(self) -> None:
        pass

    def on_changes(self, changes: Any) -> None:
        """Data changed somewhere; refresh if it concerns this screen."""
        if self.desk is not None and self.isVisible():
            self.refresh()
