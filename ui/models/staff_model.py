"""The people table: keyset pages of the registry in name order, fetched as the view scrolls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.domain.enums import ClearanceStatus, label
from ui.models.base import Index, PagedTableModel

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.views import PersonView

COL_NAME, COL_CODE, COL_UNIT, COL_POSITION, COL_LEVEL, COL_STATUS, COL_VALID = range(7)
COLUMN_COUNT = 7

IdRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2
PersonRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4

PAGE = 200


def first_page(desk: Desk, prefix: str | None, unit: str | None
               ) -> tuple[list[PersonView], int]:
    """The first page and the total count (safe in a worker: no Qt)."""
    from app.services.staff import list_people
    from app.services.staff_queries import count_people

    rows = list_people(desk, unit=unit, prefix=prefix, limit=PAGE)
    return rows, count_people(desk, unit=unit, prefix=prefix)


class StaffModel(PagedTableModel["PersonView"]):
    """Holds the pages loaded so far (PersonView, without history); more come on scrolling."""

    column_count = COLUMN_COUNT
    page_size = PAGE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefix: str | None = None
        self.unit: str | None = None
        self.lang = "lt"

    def set_first_page(self, rows: list[PersonView], total: int, prefix: str | None,
                       unit: str | None) -> None:
        self.beginResetModel()
        self.set_first(rows, total)
        self.prefix, self.unit = prefix, unit
        self.endResetModel()

    def reload(self, prefix: str | None = None, unit: str | None = None) -> None:
        """Synchronous first page (tests and small stores); the screen loads in a worker."""
        rows, total = first_page(self.require_desk(), prefix, unit)
        self.set_first_page(rows, total, prefix, unit)

    def next_page(self, desk: Desk, last: PersonView) -> list[PersonView]:
        from app.services.staff import list_people

        return list_people(desk, unit=self.unit, prefix=self.prefix, limit=PAGE,
                           after_id=last.id)

    def replace_person(self, view: PersonView) -> None:
        """A person changed: repaint their row in place (no reset)."""
        for r, p in enumerate(self.rows):
            if p.id == view.id:
                self.rows[r] = view
                self.dataChanged.emit(self.index(r, 0), self.index(r, COLUMN_COUNT - 1))
                return

    def row_of(self, person_id: int) -> int:
        return next((r for r, p in enumerate(self.rows) if p.id == person_id), -1)

    def person_at(self, row: int) -> PersonView:
        return self.rows[row]

    # ---- Qt -----------------------------------------------------------------------------
    def header_labels(self) -> list[str]:
        return [self.tr("Name"), self.tr("Personal code"), self.tr("Unit"), self.tr("Position"),
                self.tr("Clearance"), self.tr("Status"), self.tr("Valid until")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        if role == IdRole:
            return p.id
        if role == CodeRole:
            return p.personal_code
        if role == PersonRole:
            return p
        c = p.clearance
        if role == StatusRole:
            return c.status.value if c is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_STATUS and c:
            from PySide6.QtGui import QColor

            if c.status in (ClearanceStatus.WITHDRAWN, ClearanceStatus.EXPIRED):
                return QColor("#a1262b")
            if c.status == ClearanceStatus.SUSPENDED:
                return QColor("#9a5b00")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == COL_NAME:
            return f"{p.last_name} {p.first_name}"
        if col == COL_CODE:
            return p.personal_code
        if col == COL_UNIT:
            return p.unit
        if col == COL_POSITION:
            return p.position
        if c is None:
            return "—" if col == COL_LEVEL else ""
        if col == COL_LEVEL:
            return label(c.level, self.lang)
        if col == COL_STATUS:
            return label(c.status, self.lang)
        if col == COL_VALID:
            return c.valid_until.isoformat()
        return None
