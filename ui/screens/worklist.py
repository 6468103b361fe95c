"""The home screen: what waits for this user, per role; Enter or double-click opens an item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import workers
from ui.errors import describe
from ui.models.worklist_model import ItemRole, WorklistModel
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.services.worklist import WorkItem


class WorklistScreen(Screen):
    open_item = Signal(object)  # WorkItem
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = WorklistModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Worklist"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Worklist")

    def refresh(self) -> None:
        if self.desk is None:
            return
        desk = self.desk
        name = desk.actor.full_name
        self.heading.setText(self.tr("Good day, %1").replace("%1", name))
        self.summary.setText(self.tr("Loading…"))

        def op(progress: workers.Progress) -> list[WorkItem]:
            from app.services.worklist import for_user

            return for_user(desk)

        # On a server a refresh can start while the last one still runs (another workstation's
        # change, then this one's); only the newest answer is shown, never an older one after it.
        self._generation += 1
        generation = self._generation

        def loaded(items: list[WorkItem]) -> None:
            if generation == self._generation:
                self._loaded(items)

        workers.run_op(self, op, loaded, self._failed, kind="read")

    def _loaded(self, items: list[WorkItem]) -> None:
        if self.desk is None:
            return
        self.model.set_rows(items, self.desk.today())
        if items:
            from app.services.worklist import PER_KIND, capped_kinds
            from ui.models.worklist_model import kind_label

            text = self.tr("%n item(s) wait for you. Press Enter to open the selected one.",
                           "", len(items))
            capped = capped_kinds(items)
            if capped:
                # Never a count that reads as all when it is only the first ones.
                text += " " + self.tr("Of these kinds more wait than are shown: %1 (the first "
                                      "%2 of each; the Requests screen lists all).").replace(
                    "%1", ", ".join(kind_label(k) for k in capped)).replace("%2", str(PER_KIND))
            self.summary.setText(text)
            self.view.selectRow(0)
        else:
            self.summary.setText(self.tr("Nothing waits for you."))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(describe(exc))

    def clear(self) -> None:
        super().clear()
        self.model.set_rows([])
        self.heading.clear()
        self.summary.clear()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        item = self.model.data(self.model.index(index.row(), 0), ItemRole)
        if item is not None:
            self.open_item.emit(item)
