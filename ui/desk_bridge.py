"""Carries the core's change announcements (sent from whichever thread wrote) to the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.services.desk import Changes, Desk


class DeskBridge(QObject):
    changed = Signal(object)  # app.services.desk.Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None

    def attach(self, desk: Desk) -> None:
        self.detach()
        self.desk = desk
        desk.listeners.append(self._announce)

    def detach(self) -> None:
        if self.desk is not None and self._announce in self.desk.listeners:
            self.desk.listeners.remove(self._announce)
        self.desk = None

    def _announce(self, changes: Changes) -> None:
        self.changed.emit(changes)  # queued to the GUI thread when sent from a worker
