"""The worklist as a small table model over the WorkItem values the service returns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.models.base import Index, ListTableModel

if TYPE_CHECKING:
    from app.services.worklist import WorkItem

COL_KIND, COL_TITLE, COL_DETAIL, COL_DUE = range(4)
COLUMN_COUNT = 4
ItemRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
UrgentRole = Qt.ItemDataRole.UserRole + 3  # True when the item is overdue or due soon
URGENT_WITHIN_DAYS = 2
_URGENT_BACKGROUND = QColor("#fde2c0")
_OVERDUE_BACKGROUND = QColor("#f8c4c4")


def kind_label(kind: str) -> str:
    words = {
        "decide": QCoreApplication.translate("Worklist", "To decide"),
        "returned": QCoreApplication.translate("Worklist", "Returned for changes"),
        "sign_letter": QCoreApplication.translate("Worklist", "Letter to sign"),
        "print_letter": QCoreApplication.translate("Worklist", "Letter to print"),
        "overdue_debrief": QCoreApplication.translate("Worklist", "Overdue debrief"),
        "review_declaration": QCoreApplication.translate("Worklist", "Declaration to review"),
        "expiring_clearance": QCoreApplication.translate("Worklist", "Clearance expiring"),
        "starting_soon": QCoreApplication.translate("Worklist", "Departs soon"),
        "backup_due": QCoreApplication.translate("Worklist", "Backup due"),
    }
    return words.get(kind, kind)


def _fill(text: str, *args: str) -> str:
    for i, a in enumerate(args, 1):
        text = text.replace(f"%{i}", a)
    return text


def detail_text(item: WorkItem) -> str:
    """The item's detail in the user's language, from the facts the service hands over."""
    v = item.values or {}
    k = item.kind
    if k == "decide" and v.get("submitted"):
        return _fill(QCoreApplication.translate("Worklist", "%1 – %2, submitted %3"),
                     v["depart"], v["return"], v["submitted"])
    if k == "sign_letter":
        return QCoreApplication.translate("Worklist", "decided, not yet signed")
    if k == "returned":
        if v.get("reason"):
            # The head's own words, as written: the clerk corrects what was asked for.
            return _fill(QCoreApplication.translate("Worklist", "%1 asks: %2"),
                         v.get("returned_by", ""), _one_line(v["reason"]))
        return QCoreApplication.translate("Worklist", "returned for changes")
    if k == "print_letter":
        return QCoreApplication.translate("Worklist", "signed, to print")
    if k == "starting_soon" and "depart" in v:
        return _fill(QCoreApplication.translate("Worklist", "departs %1"), v["depart"])
    if k == "overdue_debrief" and "due" in v:
        return _fill(QCoreApplication.translate("Worklist", "was due %1"), v["due"])
    if k == "review_declaration" and "depart" in v:
        return _fill(QCoreApplication.translate("Worklist", "departed %1"), v["depart"])
    if k == "expiring_clearance" and "valid_until" in v:
        return _fill(QCoreApplication.translate("Worklist", "valid until %1"), v["valid_until"])
    if k == "backup_due" and "every" in v:
        if "days" in v:
            return _fill(QCoreApplication.translate(
                "Worklist", "The last backup is %1 days old (taken %2); the schedule asks for "
                "one every %3 days."), v["days"], v["taken"], v["every"])
        return _fill(QCoreApplication.translate(
            "Worklist", "No backup of this store has been made yet; back up every %1 days."),
            v["every"])
    return item.detail or ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tooltip_text(item: WorkItem) -> str | None:
    """The whole of a long detail (a return reason may run over several lines)."""
    v = item.values or {}
    if item.kind == "returned" and v.get("reason"):
        return _fill(QCoreApplication.translate("Worklist", "Returned for changes by %1:\n%2"),
                     v.get("returned_by", ""), v["reason"])
    return None


def title_text(item: WorkItem) -> str:
    v = item.values or {}
    k = item.kind
    if k == "overdue_debrief" and "request" in v:
        return _fill(QCoreApplication.translate("Worklist", "Debrief for request %1"), v["request"])
    if k in ("sign_letter", "print_letter") and "number" in v:
        return _fill(QCoreApplication.translate("Worklist", "Letter %1"), v["number"])
    if k == "review_declaration" and "name" in v:
        return _fill(QCoreApplication.translate("Worklist", "%1: declared departure"), v["name"])
    if k == "expiring_clearance" and "name" in v:
        return _fill(QCoreApplication.translate("Worklist", "%1: clearance %2"),
                     v["name"], v["number"])
    if k == "backup_due":
        return QCoreApplication.translate("Worklist", "Backup due")
    return item.title or ""


def due_tooltip(item: WorkItem, today: date | None) -> str:
    """Why the Due date is what it is, and how it stands against today."""
    if item.due is None:
        return ""
    v = item.values or {}
    if item.kind == "decide" and "lead_days" in v:
        text = _fill(QCoreApplication.translate(
            "Worklist", "Decide by %1: departure on %2 less the policy's %3-day lead time."),
            item.due.isoformat(), v.get("depart", ""), v["lead_days"])
    else:
        text = _fill(QCoreApplication.translate("Worklist", "Due %1."), item.due.isoformat())
    if today is not None and item.due < today:
        text += " " + _fill(QCoreApplication.translate("Worklist", "Days overdue: %1."),
                            str((today - item.due).days))
    return text


class WorklistModel(ListTableModel["WorkItem"]):
    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None  # the desk's today (Europe/Vilnius), for urgency

    def header_labels(self) -> list[str]:
        return [self.tr("What"), self.tr("Subject"), self.tr("Details"), self.tr("Due")]

    def set_rows(self, rows: Sequence[WorkItem], today: date | None = None) -> None:
        if today is not None:
            self.today = today
        super().set_rows(rows)

    def urgent(self, item: WorkItem) -> bool:
        """Overdue, or due within URGENT_WITHIN_DAYS days of today."""
        return (item.due is not None and self.today is not None
                and (item.due - self.today).days <= URGENT_WITHIN_DAYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == ItemRole:
            return item
        if role == KindRole:
            return item.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            # The Due cell explains its date; any other cell shows the whole of a long detail.
            if index.column() == COL_DUE:
                return due_tooltip(item, self.today) or None
            return tooltip_text(item)
        if role == UrgentRole:
            return self.urgent(item)
        if role == Qt.ItemDataRole.BackgroundRole and self.urgent(item):
            assert item.due is not None and self.today is not None
            return QBrush(_OVERDUE_BACKGROUND if item.due < self.today else _URGENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self.urgent(item):
            return QBrush(QColor("#000000"))  # readable on the tint in a dark theme too
        if (role == Qt.ItemDataRole.FontRole and index.column() == COL_DUE
                and self.urgent(item)):
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = index.column()
        if c == COL_KIND:
            return kind_label(item.kind)
        if c == COL_TITLE:
            return title_text(item)
        if c == COL_DETAIL:
            return detail_text(item)
        if c == COL_DUE:
            return item.due.isoformat() if item.due else ""
        return None
