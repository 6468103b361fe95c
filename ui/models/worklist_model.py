"""The worklist as a small table model over the WorkItem values the service returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt

COL_KIND, COL_TITLE, COL_DETAIL, COL_DUE = range(4)
COLUMN_COUNT = 4
ItemRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


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


def detail_text(item: Any) -> str:
    """The service's English detail line, re-said in the user's language where we know it."""
    import re

    d = item.detail or ""
    fixed = {
        "decided, not yet signed": QCoreApplication.translate("Worklist",
                                                              "decided, not yet signed"),
        "returned for changes": QCoreApplication.translate("Worklist", "returned for changes"),
        "signed, to print": QCoreApplication.translate("Worklist", "signed, to print"),
    }
    if d in fixed:
        return fixed[d]
    m = re.fullmatch(r"(\S+) – (\S+), submitted (\S+)", d)
    if m:
        return QCoreApplication.translate("Worklist", "%1 – %2, submitted %3").replace("%1", m[1]).replace(
            "%2", m[2]).replace("%3", m[3])
    m = re.match(r"The last backup is (\d+) days old \(taken (\S+)\); the schedule asks for "
                 r"one every (\d+) days\.", d)
    if m:
        return QCoreApplication.translate(
            "Worklist", "The last backup is %1 days old (taken %2); the schedule asks for one "
            "every %3 days.").replace("%1", m[1]).replace("%2", m[2]).replace("%3", m[3])
    m = re.match(r"No backup of this store has been made yet; back up every (\d+) days\.", d)
    if m:
        return QCoreApplication.translate(
            "Worklist", "No backup of this store has been made yet; back up every %1 days."
        ).replace("%1", m[1])
    for pattern, text in (
            (r"departs (\S+)", QCoreApplication.translate("Worklist", "departs %1")),
            (r"was due (\S+)", QCoreApplication.translate("Worklist", "was due %1")),
            (r"departed (\S+)", QCoreApplication.translate("Worklist", "departed %1")),
            (r"valid until (\S+)", QCoreApplication.translate("Worklist", "valid until %1"))):
        m = re.fullmatch(pattern, d)
        if m:
            return text.replace("%1", m[1])
    return d


def title_text(item: Any) -> str:
    import re

    t = item.title or ""
    m = re.fullmatch(r"Debrief for request (\d+)", t)
    if m:
        return QCoreApplication.translate("Worklist", "Debrief for request %1").replace("%1", m[1])
    m = re.fullmatch(r"Letter (.*) \((\w+)\)", t)
    if m:
        return QCoreApplication.translate("Worklist", "Letter %1").replace("%1", m[1])
    m = re.fullmatch(r"(.*): declared departure", t)
    if m:
        return QCoreApplication.translate("Worklist", "%1: declared departure").replace("%1", m[1])
    m = re.fullmatch(r"(.*): clearance (.*)", t)
    if m:
        return QCoreApplication.translate("Worklist", "%1: clearance %2").replace("%1", m[1]).replace("%2", m[2])
    return t


class WorklistModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("What"), self.tr("Subject"), self.tr("Details"), self.tr("Due")]
        return names[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
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
