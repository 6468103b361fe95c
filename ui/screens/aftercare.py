"""After the trip, for the security officer: overdue debriefs (oldest first), trips just back,
declared departures to review, and violations; dialogs record debriefs, violations, reviews.

The lists are bounded (200 rows each) by the services, so small list widgets do here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RequestState, Role
from ui import workers
from ui.errors import describe
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.services.desk import Changes, Desk
    from app.services.worklist import WorkItem
    from ui.dialogs.debrief import DebriefDialog
    from ui.dialogs.declaration_review import DeclarationReviewDialog
    from ui.dialogs.violation import ViolationDialog

D = TypeVar("D", bound=QDialog)

TAB_OVERDUE, TAB_BACK, TAB_DECLARED, TAB_VIOLATIONS = range(4)
LIMIT = 200


@dataclass(frozen=True)
class AftercareRow:
    request_id: int | None
    person_code: str
    name: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class AftercareLists:
    overdue: tuple[AftercareRow, ...]
    back: tuple[AftercareRow, ...]
    declared: tuple[AftercareRow, ...]
    violations: tuple[AftercareRow, ...]


def load_lists(desk: Desk) -> AftercareLists:
    """Runs in a worker: every list the screen shows, as plain rows."""
    from app.services import aftercare
    from app.services.queries import RequestFilter, list_requests, rows_by_ids

    overdue = aftercare.overdue_debriefs(desk, limit=LIMIT)
    violations = aftercare.list_violations(desk, limit=LIMIT)
    today = desk.today()
    with desk.read() as s:
        people = {r.id: r for r in rows_by_ids(s, [d.request_id for d in overdue])}
        back = list_requests(s, RequestFilter(states=(RequestState.BACK,)), sort="return",
                             descending=True, limit=LIMIT)
        declared = list_requests(s, RequestFilter(states=(RequestState.DECLARED,)),
                                 sort="depart", limit=LIMIT)
    rows_overdue = []
    for d in overdue:
        r = people.get(d.request_id)
        name, code = (r.traveller, r.personal_code) if r else ("", "")
        countries = ", ".join(r.countries) if r else ""
        rows_overdue.append(AftercareRow(d.request_id, code, name, (
            str(d.request_id), name, countries, r.return_.isoformat() if r else "",
            d.due.isoformat(), str((today - d.due).days))))
    return AftercareLists(
        tuple(rows_overdue),
        tuple(AftercareRow(r.id, r.personal_code, r.traveller, (
            str(r.id), r.traveller, ", ".join(r.countries), r.depart.isoformat(),
            r.return_.isoformat())) for r in back),
        tuple(AftercareRow(r.id, r.personal_code, r.traveller, (
            str(r.id), r.traveller, ", ".join(r.countries), r.depart.isoformat(),
            r.return_.isoformat())) for r in declared),
        tuple(AftercareRow(v.request_id, v.personal_code, v.person_name, (
            v.occurred_on.isoformat(), v.person_name, v.personal_code, v.kind,
            str(v.request_id or ""), v.evidence[:80])) for v in violations),
    )


class AftercareScreen(Screen):
    roles = (Role.SECURITY_OFFICER,)
    loaded = Signal(object)  # AftercareLists

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists: AftercareLists | None = None
        self.pending_select: tuple[int, int] | None = None  # (tab, request id)
        self.dialog: QDialog | None = None
        self.heading = QLabel(self.tr("After the trip"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.tabs = QTabWidget()
        self.trees: list[QTreeWidget] = []
        headers = (
            (self.tr("Request"), self.tr("Traveller"), self.tr("Countries"), self.tr("Back"),
             self.tr("Debrief due"), self.tr("Days late")),
            (self.tr("Request"), self.tr("Traveller"), self.tr("Countries"),
             self.tr("Departed"), self.tr("Back")),
            (self.tr("Request"), self.tr("Traveller"), self.tr("Countries"),
             self.tr("Departed"), self.tr("Back")),
            (self.tr("Date"), self.tr("Person"), self.tr("Personal code"), self.tr("Kind"),
             self.tr("Request"), self.tr("Evidence")),
        )
        self.tab_names = (self.tr("Overdue debriefs"), self.tr("Back from a trip"),
                          self.tr("Declarations to review"), self.tr("Violations"))
        for names, tab_name in zip(headers, self.tab_names, strict=True):
            tree = QTreeWidget()
            tree.setRootIsDecorated(False)
            tree.setAlternatingRowColors(True)
            tree.setHeaderLabels(list(names))
            tree.setAccessibleName(tab_name)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            tree.itemActivated.connect(lambda _item, _col: self.act_on_selected())
            tree.currentItemChanged.connect(lambda *_: self._update_buttons())
            self.trees.append(tree)
            self.tabs.addTab(tree, tab_name)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.debrief_button = QPushButton(self.tr("Record &debrief…"))
        self.debrief_button.clicked.connect(self.record_debrief)
        self.review_button = QPushButton(self.tr("&Review declaration…"))
        self.review_button.clicked.connect(self.review_declaration)
        self.violation_button = QPushButton(self.tr("Record &violation…"))
        self.violation_button.clicked.connect(self.record_violation)
        self.open_button = QPushButton(self.tr("&Open request"))
        self.open_button.clicked.connect(self._open_selected)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.debrief_button, self.review_button, self.violation_button,
                  self.open_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Aftercare")

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.desk is None:
            return
        desk = self.desk

        def op(progress: workers.Progress) -> AftercareLists:
            return load_lists(desk)

        workers.run_op(self, op, self._loaded, self._show_error, kind="read")

    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and self.isVisible() and changes.kinds & {
                "request", "debrief", "violation", "declaration"}:
            self.refresh()

    def _loaded(self, lists: AftercareLists) -> None:
        if self.desk is None:
            return
        self.lists = lists
        for i, rows in enumerate((lists.overdue, lists.back, lists.declared, lists.violations)):
            tree = self.trees[i]
            tree.clear()
            for row in rows:
                cells = list(row.cells)
                if i == TAB_VIOLATIONS:
                    cells[3] = self.kind_word(cells[3])
                item = QTreeWidgetItem(cells)
                item.setData(0, Qt.ItemDataRole.UserRole, row)
                tree.addTopLevelItem(item)
            for c in range(tree.columnCount()):
                tree.resizeColumnToContents(c)
            self.tabs.setTabText(i, f"{self.tab_names[i]} ({len(rows)})")
        if self.pending_select is not None:
            tab, rid = self.pending_select
            self.pending_select = None
            self.tabs.setCurrentIndex(tab)
            self.select_request(rid)
        self._update_buttons()
        self.loaded.emit(lists)

    def kind_word(self, kind: str) -> str:
        return {"travel_without_permission": self.tr("travel without permission"),
                "breach_of_conditions": self.tr("breach of conditions")}.get(kind, kind)

    def show_item(self, item: WorkItem) -> None:
        """A worklist item: its tab, and its request selected."""
        tab = {"overdue_debrief": TAB_OVERDUE, "review_declaration": TAB_DECLARED}.get(
            item.kind, TAB_OVERDUE)
        if item.request_id is not None:
            self.pending_select = (tab, item.request_id)
        self.tabs.setCurrentIndex(tab)
        self.refresh()

    def select_request(self, request_id: int) -> bool:
        tree = self.trees[self.tabs.currentIndex()]
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole).request_id == \
                    request_id:
                tree.setCurrentItem(item)
                return True
        return False

    def selected_row(self) -> AftercareRow | None:
        item = self.trees[self.tabs.currentIndex()].currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        tab, row = self.tabs.currentIndex(), self.selected_row()
        has_request = row is not None and row.request_id is not None
        self.debrief_button.setEnabled(tab in (TAB_OVERDUE, TAB_BACK) and has_request)
        self.review_button.setEnabled(tab == TAB_DECLARED and has_request)
        self.open_button.setEnabled(has_request)

    # ---- acting -------------------------------------------------------------------------
    def act_on_selected(self) -> None:
        tab = self.tabs.currentIndex()
        if tab in (TAB_OVERDUE, TAB_BACK):
            self.record_debrief()
        elif tab == TAB_DECLARED:
            self.review_declaration()
        else:
            self._open_selected()

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.request_id is not None:
            self.open_request.emit(row.request_id)

    def record_debrief(self) -> DebriefDialog | None:
        row = self.selected_row()
        if self.desk is None or row is None or row.request_id is None:
            return None
        from ui.dialogs.debrief import DebriefDialog

        heading = self.tr("Request No. %1: %2").replace("%1", str(row.request_id)).replace(
            "%2", row.name)
        dlg = DebriefDialog(self.desk, row.request_id, heading, self)
        dlg.recorded.connect(lambda v: self._done(self.tr("Debrief for request %1 recorded.")
                                                  .replace("%1", str(v.id))))
        return self._open(dlg)

    def review_declaration(self) -> DeclarationReviewDialog | None:
        row = self.selected_row()
        if self.desk is None or row is None or row.request_id is None:
            return None
        from ui.dialogs.declaration_review import DeclarationReviewDialog

        dlg = DeclarationReviewDialog(self.desk, row.request_id, self)
        dlg.reviewed.connect(lambda v: self._done(self.tr("Declaration %1 reviewed.")
                                                  .replace("%1", str(v.id))))
        return self._open(dlg)

    def record_violation(self) -> ViolationDialog | None:
        if self.desk is None:
            return None
        from ui.dialogs.violation import ViolationDialog

        row = self.selected_row()
        tab = self.tabs.currentIndex()
        if row is not None and tab in (TAB_OVERDUE, TAB_BACK):
            dlg = ViolationDialog(self.desk, row.person_code, row.request_id, row.name,
                                  parent=self)
            dlg.kind.setCurrentIndex(dlg.kind.findData("breach_of_conditions"))
        else:
            dlg = ViolationDialog(self.desk, parent=self)
        dlg.recorded.connect(lambda v: self._done(self.tr(
            "Violation recorded; the clearance of %1 is withdrawn and the withdrawal letter "
            "waits for signing.").replace("%1", v.person_name)))
        return self._open(dlg)

    def _open(self, dlg: D) -> D:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)
        self.refresh()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    def clear(self) -> None:
        super().clear()
        self.lists = None
        for tree in self.trees:
            tree.clear()
        self.message.clear()
