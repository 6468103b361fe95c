"""The worklist as a small table model over the WorkItem values the service returns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ui.models.base import Index, ListTableModel

if TYPE_CHECKING:
    from app.services.worklist import WorkItem

COL_KIND, COL_TITLE, COL_DETAIL, COL_DUE = range(4)
COLUMN_COUNT = 4
ItemRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


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


class WorklistModel(ListTableModel["WorkItem"]):
    column_count = COLUMN_COUNT

    def header_labels(self) -> list[str]:
        return [self.tr("What"), self.tr("Subject"), self.tr("Details"), self.tr("Due")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == ItemRole:
            return item
        if role == KindRole:
            return item.kind
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
