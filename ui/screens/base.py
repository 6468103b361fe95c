"""What every screen offers the main window: a desk to work on, hiding on lock, refreshing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role

if TYPE_CHECKING:
    from app.services.desk import Actor, Changes, Desk
    from ui.dialogs.pin_prompt import SignerSession


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
        self.desk: Desk | None = None
        # the window's SignerSession, shared by screens
        self.signer_session: SignerSession | None = None

    @classmethod
    def visible_for(cls, actor: Actor) -> bool:
        return not cls.roles or bool(actor.has(*cls.roles))

    def title(self) -> str:
        raise NotImplementedError

    def set_desk(self, desk: Desk) -> None:
        """Called after unlocking; load data (in a worker)."""
        self.desk = desk
        self.refresh()

    def clear(self) -> None:
        """Called on lock: drop every piece of data the screen shows."""
        self.desk = None

    def refresh(self) -> None:
        pass

    def on_changes(self, changes: Changes) -> None:
        """Data changed somewhere; refresh if it concerns this screen."""
        if self.desk is not None and self.isVisible():
            self.refresh()
