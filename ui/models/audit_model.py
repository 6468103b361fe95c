"""The audit trail table: filtered pages newest first from SQL, more fetched as the view scrolls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.domain.clock import for_people
from ui.models.audit_words import action_label, entity_label
from ui.models.base import Index, PagedTableModel

if TYPE_CHECKING:
    from app.services.audit_queries import AuditFilter, AuditRow
    from app.services.desk import Desk

COL_SEQ, COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_ENTITY_ID = range(6)
COLUMN_COUNT = 6
SeqRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
PAGE = 300


def first_page(desk: Desk, f: AuditFilter) -> tuple[list[AuditRow], int]:
    """The newest page and the count for a filter (safe in a worker: no Qt)."""
    from app.services.audit_queries import audit_count, audit_page

    return audit_page(desk, f, limit=PAGE), audit_count(desk, f)


def local_time(at: str) -> str:
    """The stored UTC time in Vilnius time, to the second."""
    return for_people(at, seconds=True)


class AuditModel(PagedTableModel["AuditRow"]):
    column_count = COLUMN_COUNT
    page_size = PAGE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter: AuditFilter | None = None

    def set_first_page(self, rows: list[AuditRow], total: int, f: AuditFilter) -> None:
        self.beginResetModel()
        self.set_first(rows, total)
        self.filter = f
        self.endResetModel()

    def reload(self, f: AuditFilter | None = None) -> None:
        from app.services.audit_queries import AuditFilter

        f = f or AuditFilter()
        rows, total = first_page(self.require_desk(), f)
        self.set_first_page(rows, total, f)

    def next_page(self, desk: Desk, last: AuditRow) -> list[AuditRow]:
        from app.services.audit_queries import AuditFilter, audit_page

        return audit_page(desk, self.filter or AuditFilter(), before_seq=last.seq, limit=PAGE)

    def row_at(self, row: int) -> AuditRow:
        return self.rows[row]

    def header_labels(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                self.tr("Entity"), self.tr("Entity id")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == SeqRole:
            return r.seq
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == COL_SEQ:
            return str(r.seq)
        if col == COL_AT:
            return local_time(r.at)
        if col == COL_USER:
            return r.username + (f" ({r.acting_for})" if r.acting_for else "")
        if col == COL_ACTION:
            return action_label(r.action)
        if col == COL_ENTITY:
            return entity_label(r.entity)
        if col == COL_ENTITY_ID:
            return r.entity_id
        return None
