"""The requests table: pages of rows straight from SQL, fetched in the read worker on demand.

Nothing holds the whole result: rowCount comes from a count (state_count or an index-only
COUNT), and rows arrive as pages of PAGE rows kept in a small LRU. A page that is not cached
shows placeholder rows ("…") while the read worker fetches it, then `dataChanged` repaints it.
A page next to a cached one, or any page once the background bookmarks (every PAGE-th sort key)
have arrived, is read by keyset from its boundary instead of a deep OFFSET.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.clock import for_people
from app.domain.enums import RequestState, label

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.queries import PageKey, RequestFilter
    from app.services.request_views import RequestRow

COL_ID, COL_TRAVELLER, COL_CODE, COL_UNIT, COL_COUNTRIES, COL_DEPART, COL_RETURN, COL_STATE, \
    COL_SUBMITTED = range(9)
COLUMN_COUNT = 9

IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2
PersonCodeRole = Qt.ItemDataRole.UserRole + 3
RowRole = Qt.ItemDataRole.UserRole + 4

# Column → sort key understood by app.services.queries (None: not sortable).
SORT_KEYS: dict[int, str | None] = {
    COL_ID: "id", COL_TRAVELLER: "traveller", COL_CODE: None, COL_UNIT: None,
    COL_COUNTRIES: None, COL_DEPART: "depart", COL_RETURN: "return", COL_STATE: "state",
    COL_SUBMITTED: "submitted",
}

PAGE = 200          # rows per SQL page
CACHE_PAGES = 40    # pages kept (LRU): 8,000 rows
BOOKMARKS_FROM = 10 * PAGE  # build bookmarks when more rows than this match
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex
# Where a page starts: after or before a (sort value, id) key, or at an OFFSET.
Plan = tuple[Literal["after", "before"], "PageKey"] | tuple[Literal["offset"], int]


class _Page:
    __slots__ = ("rows", "keys")

    def __init__(self, rows: list[RequestRow], keys: list[PageKey]) -> None:
        self.rows, self.keys = rows, keys


def _read_page(desk: Desk, f: RequestFilter, sort: str, descending: bool, plan: Plan) -> _Page:
    """One page from SQL (safe in a worker: touches nothing of the model)."""
    from app.services.queries import request_page

    with desk.read() as s:
        if plan[0] == "after":
            rows, keys = request_page(s, f, sort=sort, descending=descending, limit=PAGE,
                                      after=plan[1])
        elif plan[0] == "before":
            rows, keys = request_page(s, f, sort=sort, descending=descending, limit=PAGE,
                                      before=plan[1])
        else:
            rows, keys = request_page(s, f, sort=sort, descending=descending, limit=PAGE,
                                      offset=plan[1])
    return _Page(rows, keys)


class RequestsModel(QAbstractTableModel):
    """Holds the count, a bounded LRU of pages and (for big results) one key per page."""

    ready = Signal()        # a new filter/sort is shown (first page in)
    counted = Signal(int)   # the row count is known (may come after `ready`)
    failed = Signal(object)  # the query failed (the exception)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.filter: RequestFilter | None = None
        self.sort_key = "id"
        self.descending = True
        self.lang = "lt"
        self._count = 0
        self.count_known = True
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._loading: set[int] = set()
        self._recent: deque[int] = deque(maxlen=6)  # pages asked for last; older asks are dropped
        self._bookmarks: list[PageKey] | None = None
        self._generation = 0  # bumped per filter/sort: late answers for older ones are dropped
        self._page_gen = 0    # bumped when cached pages go stale: late pages are dropped
        self._inline = False
        self.fetches = 0  # SQL page reads (tests and the benchmark)
        self.last_query_ms = 0.0

    # ---- loading ------------------------------------------------------------------------
    def set_desk(self, desk: Desk | None) -> None:
        self.desk = desk

    def clear(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self.desk = None
        self._count = 0
        self.count_known = True
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        self._page_gen += 1
        self._pages.clear()
        self._loading.clear()
        self._recent.clear()
        self._bookmarks = None

    def _args(self, filter_: RequestFilter | None, sort_key: str | None,
              descending: bool | None) -> tuple[RequestFilter, str, bool]:
        from app.services.queries import RequestFilter

        f = filter_ if filter_ is not None else (self.filter or RequestFilter())
        return (f, sort_key or self.sort_key,
                self.descending if descending is None else descending)

    @staticmethod
    def query_first(desk: Desk, f: RequestFilter, key: str, descending: bool,
                    with_count: bool | None = None) -> tuple[_Page, int | None]:
        """First page, and the count when it is cheap (or `with_count`); worker-safe."""
        from app.services.queries import count_is_fast, count_requests

        page = _read_page(desk, f, key, descending, ("offset", 0))
        if len(page.rows) < PAGE:
            return page, len(page.rows)
        if with_count or (with_count is None and count_is_fast(f)):
            with desk.read() as s:
                return page, count_requests(s, f)
        return page, None

    def show(self, first: _Page, count: int | None, filter_: RequestFilter, sort_key: str,
             descending: bool) -> None:
        """Reset to a new result whose first page (and maybe count) is known."""
        self.beginResetModel()
        self._generation += 1
        self.filter, self.sort_key, self.descending = filter_, sort_key, descending
        self._forget()
        self._pages[0] = first
        self.count_known = count is not None
        self._count = count if count is not None else len(first.rows)
        self.endResetModel()
        self.ready.emit()
        if self.count_known:
            self.counted.emit(self._count)

    def set_count(self, n: int) -> None:
        """The count arrived after the first page: grow (or shrink) to it."""
        self.count_known = True
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        elif n < self._count:
            self.beginRemoveRows(QModelIndex(), n, self._count - 1)
            self._count = n
            self.endRemoveRows()
        self.counted.emit(n)

    def reload(self, filter_: RequestFilter | None = None, sort_key: str | None = None,
               descending: bool | None = None) -> None:
        """Synchronous query, count and reset (tests, benchmark); screens use `request`."""
        if self.desk is None:
            return
        f, key, desc = self._args(filter_, sort_key, descending)
        first, n = self.query_first(self.desk, f, key, desc, with_count=True)
        self.show(first, n, f, key, desc)
        self.fetches = 1

    def request(self, filter_: RequestFilter | None = None, sort_key: str | None = None,
                descending: bool | None = None) -> None:
        """Query in the read worker: first page (and a cheap count) → reset; a slow count
        follows in the worker and grows the table when it arrives; then bookmarks."""
        from ui import workers

        if self.desk is None:
            return
        f, key, desc = self._args(filter_, sort_key, descending)
        desk = self.desk
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()

        def first_done(result: tuple[_Page, int | None]) -> None:
            if generation != self._generation or self.desk is not desk:
                return
            self.last_query_ms = (time.perf_counter() - started) * 1000
            page, n = result
            self.show(page, n, f, key, desc)
            mine = self._generation
            if n is None:
                workers.run_op(self, lambda _p: self._count_op(desk, f),
                               lambda c: self._count_done(mine, c), lambda e: None, kind="read")
            else:
                self._want_bookmarks(mine)

        workers.run_op(self, lambda _p: self.query_first(desk, f, key, desc), first_done,
                       lambda e: self.failed.emit(e) if generation == self._generation else None,
                       kind="read")

    @staticmethod
    def _count_op(desk: Desk, f: RequestFilter) -> int:
        from app.services.queries import count_requests

        with desk.read() as s:
            return count_requests(s, f)

    def _count_done(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self.set_count(n)
        self._want_bookmarks(generation)

    def _want_bookmarks(self, generation: int) -> None:
        from app.services.queries import KEYSET_SORTS, page_bookmarks
        from ui import workers

        if self._count <= BOOKMARKS_FROM or self.sort_key not in KEYSET_SORTS:
            return
        desk, f, key, desc = self.desk, self.filter, self.sort_key, self.descending
        if desk is None or f is None:  # shown only after a query on a desk
            return

        def op(_p: workers.Progress) -> list[PageKey]:
            with desk.read() as s:
                return page_bookmarks(s, f, sort=key, descending=desc, every=PAGE)

        def done(marks: list[PageKey]) -> None:
            if generation == self._generation:
                self._bookmarks = marks

        workers.run_op(self, op, done, lambda e: None, kind="read")

    def invalidate(self, request_ids: Iterable[int] | None = None) -> None:
        """Rows changed: forget the pages holding them and repaint (no reset)."""
        if request_ids is None:
            self._pages.clear()
        else:
            gone = set(request_ids)
            for p in [p for p, pg in self._pages.items() if any(r.id in gone for r in pg.rows)]:
                del self._pages[p]
        self._page_gen += 1  # pages in flight may hold the old rows
        self._loading.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1,
                                                               COLUMN_COUNT - 1))

    # ---- pages --------------------------------------------------------------------------
    def _plan(self, p: int) -> Plan:
        from app.services.queries import KEYSET_SORTS

        if p == 0 or self.sort_key not in KEYSET_SORTS:
            return ("offset", p * PAGE)
        prev = self._pages.get(p - 1)
        if prev is not None and len(prev.keys) == PAGE:
            return ("after", prev.keys[-1])
        if self._bookmarks is not None and p - 1 < len(self._bookmarks):
            return ("after", self._bookmarks[p - 1])
        nxt = self._pages.get(p + 1)
        if nxt is not None and nxt.keys:
            return ("before", nxt.keys[0])
        return ("offset", p * PAGE)

    def _store(self, p: int, page: _Page) -> None:
        self._pages[p] = page
        self._pages.move_to_end(p)
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)

    def _cached(self, row: int) -> RequestRow | None:
        page = self._pages.get(row // PAGE)
        if page is None:
            return None
        self._pages.move_to_end(row // PAGE)
        i = row % PAGE
        return page.rows[i] if i < len(page.rows) else None

    def _ask(self, p: int) -> None:
        """Fetch page p in the read worker (inline when workers run synchronously)."""
        from ui import workers

        # (a page is asked for only once a query has shown its first one, so with a filter)
        if p in self._loading or self.desk is None or self.filter is None:
            return
        self._loading.add(p)
        self._recent.append(p)
        generation = self._page_gen
        desk, f, key, desc = self.desk, self.filter, self.sort_key, self.descending
        plan = self._plan(p)
        recent = self._recent

        def op(_p: workers.Progress) -> _Page | bool:
            if generation != self._page_gen or p not in recent:
                return False  # scrolled past or a new query meanwhile: don't read it
            return _read_page(desk, f, key, desc, plan)

        def done(page: _Page | bool) -> None:
            if generation != self._page_gen:
                return
            self._loading.discard(p)
            if not isinstance(page, _Page):
                return
            self.fetches += 1
            self._store(p, page)
            if not self._inline:
                first = p * PAGE
                last = min(self._count, first + PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, COLUMN_COUNT - 1))

        def failed(_e: BaseException) -> None:
            if generation == self._page_gen:
                self._loading.discard(p)

        self._inline = True
        try:
            workers.run_op(self, op, done, failed, kind="read")
        finally:
            self._inline = False

    def row_at(self, row: int) -> RequestRow | None:
        """The row, reading its page now if needed (blocking: tests and single actions)."""
        got = self._cached(row)
        if got is not None or self.desk is None or not 0 <= row < self._count:
            return got
        p = row // PAGE
        if self.filter is None:  # no query shown yet: no rows
            return got
        page = _read_page(self.desk, self.filter, self.sort_key, self.descending, self._plan(p))
        self.fetches += 1
        self._store(p, page)
        return self._cached(row)

    def id_at(self, row: int) -> int:
        r = self.row_at(row)
        return int(r.id) if r is not None else -1

    def is_loading(self) -> bool:
        return bool(self._loading)

    # ---- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_labels()[section] if 0 <= section < COLUMN_COUNT else None

    def header_labels(self) -> list[str]:
        return [self.tr("No."), self.tr("Traveller"), self.tr("Personal code"), self.tr("Unit"),
                self.tr("Countries"), self.tr("Departs"), self.tr("Returns"), self.tr("State"),
                self.tr("Submitted")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, StateRole,
                        PersonCodeRole, RowRole, IdRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == COL_ID:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        r = self._cached(index.row())
        if r is None:
            self._ask(index.row() // PAGE)  # never blocks the GUI thread
            r = self._cached(index.row())   # (filled already when workers run inline)
            if r is None:
                return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == IdRole:
            return r.id
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
            return for_people(r.submitted_at)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None or self.desk is None:
            return
        self.reload(sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)
