"""What the list-like table models share: rows held in a list, a fixed set of named columns,
and for the long lists (staff, audit) pages read one after another as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from app.services.desk import Desk

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in `self.rows`; a subclass names its `column_count` columns in header_labels()
    (translated there, so lupdate sees the class's context) and says what a cell shows."""

    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def header_labels(self) -> Sequence[str]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_labels()[section] if 0 <= section < self.column_count else None


class PagedTableModel(ListTableModel[Row]):
    """The pages read so far (`page_size` rows each); the next is read when the view scrolls
    to the end. A subclass reads it in next_page(), after the last row it holds."""

    page_size = 300

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.total = 0
        self.more = False
        self.fetches = 0

    def set_desk(self, desk: Desk | None) -> None:
        self.desk = desk

    def clear(self) -> None:
        self.beginResetModel()
        self.desk, self.rows, self.total, self.more = None, [], 0, False
        self.endResetModel()

    def set_first(self, rows: Sequence[Row], total: int) -> None:
        """The first page and how many rows the filter has; call inside a model reset."""
        self.rows, self.total = list(rows), total
        self.more = len(rows) >= self.page_size and total > len(rows)

    def require_desk(self) -> Desk:
        """The desk for a synchronous read (tests and small stores); an error when locked."""
        if self.desk is None:
            raise RuntimeError("The model has no desk: the store is locked.")
        return self.desk

    def next_page(self, desk: Desk, last: Row) -> list[Row]:
        raise NotImplementedError

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.more and self.desk is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.more or self.desk is None or not self.rows:
            return
        page = self.next_page(self.desk, self.rows[-1])
        self.fetches += 1
        self.more = len(page) >= self.page_size
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
