"""The audit trail table: filtered pages newest first from SQL, more fetched as the view scrolls."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

COL_SEQ, COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_ENTITY_ID = range(6)
COLUMN_COUNT = 6
SeqRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
PAGE = 300

Index = QModelIndex | QPersistentModelIndex


def first_page(desk: Any, f: Any) -> tuple[list[Any], int]:
    """The newest page and the count for a filter (safe in a worker: no Qt)."""
    from app.services.audit_queries import audit_count, audit_page

    return audit_page(desk, f, limit=PAGE), audit_count(desk, f)


def local_time(at: str) -> str:
    """The stored UTC time in Vilnius time, to the second."""
    from zoneinfo import ZoneInfo

    try:
        t = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return at
    return f"{t.astimezone(ZoneInfo('Europe/Vilnius')):%Y-%m-%d %H:%M:%S}"


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk: Any = None
        self.filter: Any = None
        self.rows: list[Any] = []
        self.total = 0
        self.more = False
        self.fetches = 0

    def set_desk(self, desk: Any) -> None:
        self.desk = desk

    def clear(self) -> None:
        self.beginResetModel()
        self.desk, self.rows, self.total, self.more = None, [], 0, False
        self.endResetModel()

    def set_first_page(self, rows: list[Any], total: int, f: Any) -> None:
        self.beginResetModel()
        self.rows, self.total, self.filter = list(rows), total, f
        self.more = len(rows) >= PAGE and total > len(rows)
        self.endResetModel()

    def reload(self, f: Any = None) -> None:
        from app.services.audit_queries import AuditFilter

        f = f or AuditFilter()
        rows, total = first_page(self.desk, f)
        self.set_first_page(rows, total, f)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and self.desk is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.more or self.desk is None or not self.rows:
            return
        from app.services.audit_queries import audit_page

        page = audit_page(self.desk, self.filter, before_seq=self.rows[-1].seq, limit=PAGE)
        self.fetches += 1
        self.more = len(page) >= PAGE
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                  self.tr("Entity"), self.tr("Entity id")]
        return labels[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return r.action
        if col == COL_ENTITY:
            return r.entity
        if col == COL_ENTITY_ID:
            return r.entity_id
        return None
