"""Carries the core's change announcements (sent from whichever thread wrote) to the GUI thread,
and, on a server, the changes other workstations commit (Desk.watch), gathered into one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from app.services.desk import Changes, Desk

# A burst of messages (a decision writes a request, a decision and a letter; an import writes
# many statements) becomes one refresh: screens re-run their query once per window.
COALESCE_MS = 100


class DeskBridge(QObject):
    changed = Signal(object)  # app.services.desk.Changes
    # From the listener's thread; queued, so the slot runs in the GUI thread.
    _heard = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self._stop_watching: Callable[[], None] | None = None
        self._pending: list[Changes] = []
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(COALESCE_MS)
        self._gather.timeout.connect(self._flush)
        self._heard.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    def attach(self, desk: Desk) -> None:
        self.detach()
        self.desk = desk
        desk.listeners.append(self._announce)
        self._stop_watching = desk.watch(self._heard.emit)  # never touches a widget

    def detach(self) -> None:
        if self._stop_watching is not None:
            self._stop_watching()
            self._stop_watching = None
        self._gather.stop()
        self._pending.clear()
        if self.desk is not None and self._announce in self.desk.listeners:
            self.desk.listeners.remove(self._announce)
        self.desk = None

    def _announce(self, changes: Changes) -> None:
        self.changed.emit(changes)  # queued to the GUI thread when sent from a worker

    def _collect(self, changes: Changes) -> None:
        if self.desk is None:  # heard just before the lock: nothing to refresh
            return
        self._pending.append(changes)
        if not self._gather.isActive():
            self._gather.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending and self.desk is not None:
            self.changed.emit(merge(pending))


def merge(many: list[Changes]) -> Changes:
    """One Changes for a burst: every kind, and the ids of each kind, unless one message said
    "many" of a kind (no ids), which then stands for the whole kind."""
    from app.services.desk import Changes

    kinds = frozenset().union(*(c.kinds for c in many))
    whole = {k for c in many for k in c.kinds if not any(kind == k for kind, _ in c.ids)}
    ids = dict.fromkeys(pair for c in many for pair in c.ids if pair[0] not in whole)
    return Changes(kinds, tuple(ids))
