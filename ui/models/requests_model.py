"""The requests table: holds the sorted id list from SQL and fetches rows for what is visible."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.enums import RequestState, label

COL_ID, COL_TRAVELLER, COL_CODE, COL_UNIT, COL_COUNTRIES, COL_DEPART, COL_RETURN, COL_STATE, \
    COL_SUBMITTED = range(9)
COLUMN_COUNT = 9

IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2
PersonCodeRole = Qt.ItemDataRole.UserRole + 3
RowRole = Qt.ItemDataRole.UserRole + 4

# Column → sort key understood by app.services.queries.request_ids (None: not sortable).
SORT_KEYS: dict[int, str | None] = {
    COL_ID: "id", COL_TRAVELLER: "traveller", COL_CODE: None, COL_UNIT: None,
    COL_COUNTRIES: None, COL_DEPART: "depart", COL_RETURN: "return", COL_STATE: "state",
    COL_SUBMITTED: "submitted",
}

PAGE = 200           # rows fetched around a miss
CACHE_ROWS = 5_000   # rows kept (LRU)

Index = QModelIndex | QPersistentModelIndex


class RequestsModel(QAbstractTableModel):
    """Never holds more than the id list (a compact array) and a bounded row cache."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk: Any = None
        self.ids = array("q")
        self.filter: Any = None
        self.sort_key = "id"
        self.descending = True
        self.lang = "lt"
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self.fetches = 0  # how many SQL fetches were made (for tests and the benchmark)

    # ---- loading ------------------------------------------------------------------------
    def set_desk(self, desk: Any) -> None:
        self.desk = desk

    def clear(self) -> None:
        self.beginResetModel()
        self.desk = None
        self.ids = array("q")
        self._cache.clear()
        self.endResetModel()

    def query_ids(self, filter_: Any = None, sort_key: str | None = None,
                  descending: bool | None = None) -> array[int]:
        """Run the SQL query for ids (safe in a worker: touches nothing of the model)."""
        from app.services.queries import RequestFilter, request_ids

        f = filter_ if filter_ is not None else (self.filter or RequestFilter())
        with self.desk.read() as s:
            return array("q", request_ids(s, f, sort_key or self.sort_key,
                                          self.descending if descending is None else descending))

    def set_ids(self, ids: array[int] | list[int], filter_: Any = None,
                sort_key: str | None = None, descending: bool | None = None) -> None:
        self.beginResetModel()
        self.ids = ids if isinstance(ids, array) else array("q", ids)
        if filter_ is not None:
            self.filter = filter_
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self.endResetModel()

    def reload(self, filter_: Any = None, sort_key: str | None = None,
               descending: bool | None = None) -> None:
        """Synchronous query and reset; screens use query_ids in a worker + set_ids instead."""
        if self.desk is None:
            return
        ids = self.query_ids(filter_, sort_key, descending)
        self._cache.clear()
        self.set_ids(ids, filter_, sort_key, descending)

    def invalidate(self, request_ids: Any = None) -> None:
        """Rows changed: forget them and repaint (no reset, the id list stays)."""
        if request_ids is None:
            self._cache.clear()
        else:
            for i in request_ids:
                self._cache.pop(i, None)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1,
                                                               COLUMN_COUNT - 1))

    # ---- rows ---------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        rid = self.ids[row]
        got = self._cache.get(rid)
        if got is not None:
            self._cache.move_to_end(rid)
            return got
        if self.desk is None:
            return None
        self._fetch_around(row)
        return self._cache.get(rid)

    def _fetch_around(self, row: int) -> None:
        from app.services.queries import rows_by_ids

        lo = max(0, row - PAGE // 4)
        window = [i for i in self.ids[lo:lo + PAGE] if i not in self._cache]
        with self.desk.read() as s:
            rows = rows_by_ids(s, window)
        self.fetches += 1
        for r in rows:
            self._cache[r.id] = r
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def id_at(self, row: int) -> int:
        return int(self.ids[row])

    # ---- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_labels()[section] if 0 <= section < COLUMN_COUNT else None

    def header_labels(self) -> list[str]:
        return [self.tr("No."), self.tr("Traveller"), self.tr("Personal code"), self.tr("Unit"),
                self.tr("Countries"), self.tr("Departs"), self.tr("Returns"), self.tr("State"),
                self.tr("Submitted")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if role == IdRole:
            return self.id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, StateRole,
                        PersonCodeRole, RowRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == COL_ID:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == StateRole:
            return r.state.value
        if role == PersonCodeRole:
            return r.personal_code
        if role == RowRole:
            return r
        c = index.column()
        if c == COL_ID:
            return str(r.id)
        if c == COL_TRAVELLER:
            return r.traveller
        if c == COL_CODE:
            return r.personal_code
        if c == COL_UNIT:
            return r.unit
        if c == COL_COUNTRIES:
            return " → ".join(r.countries)
        if c == COL_DEPART:
            return r.depart.isoformat()
        if c == COL_RETURN:
            return r.return_.isoformat()
        if c == COL_STATE:
            return label(RequestState(r.state), self.lang)
        if c == COL_SUBMITTED:
            return f"{r.submitted_at:%Y-%m-%d %H:%M}" if r.submitted_at else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None or self.desk is None:
            return
        self.reload(sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)
