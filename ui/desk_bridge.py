"""Carries the core's change announcements (sent from whichever thread wrote) to the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class DeskBridge(QObject):
    changed = Signal(object)  # app.services.desk.Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk: Any = None

    def attach(self, desk: Any) -> None:
        self.detach()
        self.desk = desk
        desk.listeners.append(self._announce)

    def detach(self) -> None:
        if self.desk is not None and self._announce in self.desk.listeners:
            self.desk.listeners.remove(self._announce)
        self.desk = None

    def _announce(self, changes: Any) -> None:
        self.changed.emit(changes)  # queued to the GUI thread when sent from a worker
