"""All requests: filters and sorting run in SQL in a worker; the table fetches visible pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RequestState, label
from ui.clipboard import copy_personal
from ui.errors import describe
from ui.i18n import current_language
from ui.models.requests_model import (
    COL_CODE,
    COL_COUNTRIES,
    COL_DEPART,
    COL_ID,
    COL_RETURN,
    COL_STATE,
    COL_SUBMITTED,
    COL_TRAVELLER,
    COL_UNIT,
    SORT_KEYS,
    RequestsModel,
)
from ui.qdates import py_date
from ui.screens.base import Screen
from ui.widths import ElidedTipDelegate, header_width

if TYPE_CHECKING:
    from app.services.desk import Changes, Desk
    from app.services.queries import RequestFilter


class RequestsScreen(Screen):
    new_request = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_query_ms = 0.0
        self.model = RequestsModel(self)
        self.model.lang = current_language()
        self.model.ready.connect(self._shown)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(self._failed)

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Name or personal code"))
        self.text.setAccessibleName(self.tr("Search by name or personal code"))
        self.text.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr("All states"), None)
        for st in RequestState:
            self.state.addItem(label(st, self.model.lang), st.value)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("All countries"), None)
        for code, name in (("RU", self.tr("Russia")), ("BY", self.tr("Belarus")),
                           ("CN", self.tr("China"))):
            self.country.addItem(f"{name} ({code})", code)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Unit (exact)"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.use_from = QCheckBox(self.tr("Departs from"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.use_to = QCheckBox(self.tr("to"))
        self.date_to = QDateEdit(QDate.currentDate().addMonths(3))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.date_from.setAccessibleName(self.tr("Departs from"))
        self.date_to.setAccessibleName(self.tr("Departs until"))
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.clicked.connect(self.new_request.emit)

        bar = QHBoxLayout()
        bar.addWidget(self.text, 2)
        bar.addWidget(self.state)
        bar.addWidget(self.country)
        bar.addWidget(self.unit, 1)
        bar.addWidget(self.use_from)
        bar.addWidget(self.date_from)
        bar.addWidget(self.use_to)
        bar.addWidget(self.date_to)
        # Each search field at least as wide as its hint (Lithuanian hints run long).
        for field, extra in ((self.text, 36), (self.unit, 16)):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(
                field.placeholderText()) + extra)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Requests"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_ID, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Every column as wide as its title and its longest usual value, so that all of them
        # fit 1280 px; the unit takes what is left and shows a long name whole in a tooltip.
        fm = self.view.fontMetrics()
        sort_mark = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        states = [label(st, self.model.lang) for st in RequestState]
        samples = {COL_ID: ["0000000"], COL_TRAVELLER: ["Žygimantas Vasiliauskas"],
                   COL_COUNTRIES: ["BY → RU"], COL_DEPART: ["0000-00-00"],
                   COL_RETURN: ["0000-00-00"], COL_STATE: states,
                   COL_SUBMITTED: ["0000-00-00 00:00"], COL_CODE: ["00000000000"]}
        for col, texts in samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(
                header_width(header, title, sort_mark),
                max(fm.horizontalAdvance(t) for t in texts) + 12))
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_UNIT, COL_TRAVELLER):
            self.view.setItemDelegateForColumn(col, ElidedTipDelegate(self.view))
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.view)
        copy.activated.connect(self.copy_selection)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of requests"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        foot = QHBoxLayout()  # "New request" here: the filter row needs the room
        foot.addWidget(self.count, 1)
        foot.addWidget(self.new_button)
        layout.addLayout(foot)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.unit.textChanged.connect(lambda _t: self._debounce.start())
        for w in (self.state, self.country):
            w.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for c in (self.use_from, self.use_to):
            c.toggled.connect(lambda _b: self.apply_filter())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self._debounce.start())

    def title(self) -> str:
        return self.tr("Requests")

    # ---- querying -----------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        from app.services.queries import RequestFilter

        state = self.state.currentData()
        return RequestFilter(
            states=(RequestState(state),) if state else (),
            country=self.country.currentData(),
            depart_from=py_date(self.date_from.date()) if self.use_from.isChecked() else None,
            depart_to=py_date(self.date_to.date()) if self.use_to.isChecked() else None,
            unit=self.unit.text().strip() or None,
            text=self.text.text().strip() or None,
        )

    def set_desk(self, desk: Desk) -> None:
        self.model.set_desk(desk)
        super().set_desk(desk)

    def refresh(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        if self.desk is None:
            return
        self._query(self.current_filter(), self.model.sort_key, self.model.descending)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:  # not sortable in SQL: put the indicator back
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            col = next(c for c, k in SORT_KEYS.items() if k == self.model.sort_key)
            header.setSortIndicator(col, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        if self.desk is not None:
            self._query(self.model.filter or self.current_filter(), key,
                        order == Qt.SortOrder.DescendingOrder)

    def _query(self, f: RequestFilter, key: str, descending: bool) -> None:
        """The model reads the first page (and a cheap count) in the read worker and resets;
        rows beyond it arrive page by page as they are shown."""
        self.count.setText(self.tr("Searching…"))
        self.model.request(f, key, descending)

    def _shown(self) -> None:
        self.last_query_ms = self.model.last_query_ms
        if not self.model.count_known:
            self.count.setText(self.tr("Counting…"))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(describe(exc))

    def _counted(self, n: int) -> None:
        self.count.setText(self.tr("%n request(s)", "", n))

    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and "request" in changes.kinds:
            ids = [i for kind, i in changes.ids if kind == "request"]
            self.model.invalidate(ids or None)
            if self.isVisible():
                self.apply_filter()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.count.clear()

    # ---- actions ------------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request.emit(self.model.id_at(index.row()))

    def copy_selection(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows:
            return
        lines = []
        for r in rows[:1000]:
            lines.append("\t".join(str(self.model.data(self.model.index(r, c)) or "")
                                   for c in range(self.model.columnCount())))
        copy_personal("\n".join(lines))
        self.status_message.emit(self.tr("Copied; the clipboard is cleared in 30 seconds."))
