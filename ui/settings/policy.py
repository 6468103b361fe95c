"""The travel policy: countries, who needs permission, declaration reasons, deadlines and
crossings; publishing makes a new version (earlier decisions keep theirs)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, TypedDict, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClearanceLevel, ReasonCategory, StaffCategory, label
from ui.i18n import current_language
from ui.settings.page import SettingsPage
from ui.widths import header_width

if TYPE_CHECKING:
    from app.domain.policy import ListedCountry
    from app.services.desk import Desk
    from app.services.policy import PolicyInForce

E = TypeVar("E", bound=StrEnum)


class PolicyChanges(TypedDict):
    """The policy fields this page edits, as app.services.policy.change() takes them."""

    countries: tuple[ListedCountry, ...]
    crossings: dict[str, tuple[str, ...]]
    categories_needing_permission: frozenset[StaffCategory]
    levels_needing_permission: frozenset[ClearanceLevel]
    declaration_reasons: frozenset[ReasonCategory]
    min_lead_days: int
    debrief_working_days: int
    expiring_within_days: int


def _checklist(enum: Iterable[StrEnum], lang: str) -> QListWidget:
    w = QListWidget()
    for v in enum:
        item = QListWidgetItem(label(v, lang))
        item.setData(Qt.ItemDataRole.UserRole, v.value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        w.addItem(item)
    return w


def _checked(w: QListWidget, enum: type[E]) -> frozenset[E]:
    return frozenset(enum(w.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(w.count())
                     if w.item(i).checkState() == Qt.CheckState.Checked)


class PolicyPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.version = QLabel()
        self.version.setStyleSheet("font-weight: 600;")
        self.countries = QTableWidget(0, 4)
        self.countries.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name (Lithuanian)"), self.tr("Name (English)"),
            self.tr("Crossings (comma-separated)")])
        self.countries.horizontalHeader().setStretchLastSection(True)
        header = self.countries.horizontalHeader()
        for col, least in ((0, 60), (1, 140), (2, 140)):  # never narrower than the title
            item = self.countries.horizontalHeaderItem(col)
            title = item.text() if item is not None else ""
            self.countries.setColumnWidth(col, max(least, header_width(header, title)))
        self.countries.setAccessibleName(self.tr("Countries"))
        self.add_country = QPushButton(self.tr("&Add country"))
        self.remove_country = QPushButton(self.tr("&Remove country"))
        self.categories = _checklist(StaffCategory, lang)
        self.levels = _checklist(ClearanceLevel, lang)
        self.reasons = _checklist(ReasonCategory, lang)
        self.categories.setAccessibleName(self.tr("Categories needing permission"))
        self.levels.setAccessibleName(self.tr("Clearance levels needing permission"))
        self.reasons.setAccessibleName(self.tr("Reasons that need only a declaration"))
        self.lead = QSpinBox()
        self.debrief = QSpinBox()
        self.expiring = QSpinBox()
        for s in (self.lead, self.debrief, self.expiring):
            s.setRange(0, 365)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What changed and why (kept with the version)"))
        self.publish_button = QPushButton(self.tr("&Publish a new version"))

        cbox = QGroupBox(self.tr("Countries"))
        cv = QVBoxLayout(cbox)
        cv.addWidget(self.countries)
        crow = QHBoxLayout()
        crow.addWidget(self.add_country)
        crow.addWidget(self.remove_country)
        crow.addStretch(1)
        cv.addLayout(crow)
        grid = QGridLayout()
        for col, (text, w) in enumerate((
                (self.tr("Categories needing permission"), self.categories),
                (self.tr("Clearance levels needing permission"), self.levels),
                (self.tr("Reasons that need only a declaration"), self.reasons))):
            head = QLabel(text)
            head.setWordWrap(True)
            grid.addWidget(head, 0, col)
            grid.addWidget(w, 1, col)
        form = QFormLayout()
        form.addRow(self.tr("Days between review and departure (at least)"), self.lead)
        form.addRow(self.tr("Working days to debrief after return"), self.debrief)
        form.addRow(self.tr("Warn of clearances expiring within (days)"), self.expiring)
        form.addRow(self.tr("Note"), self.note)
        prow = QHBoxLayout()
        prow.addWidget(self.version, 1)
        prow.addWidget(self.publish_button)
        v = QVBoxLayout(self)
        v.addWidget(cbox, 2)
        v.addLayout(grid, 2)
        v.addLayout(form)
        v.addLayout(prow)
        v.addWidget(self.message)
        self.write_widgets = [self.add_country, self.remove_country, self.publish_button]
        self.add_country.clicked.connect(lambda: self._add_country_row("", "", "", ""))
        self.remove_country.clicked.connect(self._remove_country)
        self.publish_button.clicked.connect(self.publish)

    def title(self) -> str:
        return self.tr("Policy")

    def set_desk(self, desk: Desk | None) -> None:
        super().set_desk(desk)
        editable = self.can_write
        self.countries.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers if editable
                                       else QTableWidget.EditTrigger.NoEditTriggers)
        for w in (self.categories, self.levels, self.reasons, self.lead, self.debrief,
                  self.expiring, self.note):
            w.setEnabled(editable)

    def load(self) -> None:
        from app.services.policy import current

        self.call(current, self._loaded, read=True)

    def _add_country_row(self, code: str, lt: str, en: str, crossings: str) -> None:
        r = self.countries.rowCount()
        self.countries.insertRow(r)
        for c, text in enumerate((code, lt, en, crossings)):
            self.countries.setItem(r, c, QTableWidgetItem(text))
        if not code:
            self.countries.setCurrentCell(r, 0)

    def _remove_country(self) -> None:
        r = self.countries.currentRow()
        if r >= 0:
            self.countries.removeRow(r)

    def _loaded(self, pif: PolicyInForce) -> None:
        p = pif.policy
        self.version.setText(self.tr("Version %1 in force").replace("%1", str(pif.version)))
        self.countries.setRowCount(0)
        for c in p.countries:
            self._add_country_row(c.code, c.name_lt, c.name_en,
                                  ", ".join(p.crossings.get(c.code, ())))
        for w, chosen in ((self.categories, p.categories_needing_permission),
                          (self.levels, p.levels_needing_permission),
                          (self.reasons, p.declaration_reasons)):
            values = {v.value for v in chosen}
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(
                    Qt.ItemDataRole.UserRole) in values else Qt.CheckState.Unchecked)
        self.lead.setValue(p.min_lead_days)
        self.debrief.setValue(p.debrief_working_days)
        self.expiring.setValue(p.expiring_within_days)

    def changes(self) -> PolicyChanges:
        from app.domain.policy import ListedCountry

        countries: list[ListedCountry] = []
        crossings: dict[str, tuple[str, ...]] = {}
        for r in range(self.countries.rowCount()):
            cells = [(item.text() if (item := self.countries.item(r, c)) else "")
                     .strip() for c in range(4)]
            if not any(cells):
                continue
            code = cells[0].upper()
            countries.append(ListedCountry(code, cells[1], cells[2]))
            names = [n.strip() for n in cells[3].split(",") if n.strip()]
            if names:
                crossings[code] = tuple(names)
        return {"countries": tuple(countries), "crossings": crossings,
                "categories_needing_permission": _checked(self.categories, StaffCategory),
                "levels_needing_permission": _checked(self.levels, ClearanceLevel),
                "declaration_reasons": _checked(self.reasons, ReasonCategory),
                "min_lead_days": self.lead.value(),
                "debrief_working_days": self.debrief.value(),
                "expiring_within_days": self.expiring.value()}

    def publish(self) -> None:
        try:
            fields = self.changes()
        except Exception as exc:  # a ListedCountry refuses nothing itself; the policy does
            self.failed(exc)
            return
        note = self.note.text().strip()

        def op(desk: Desk) -> PolicyInForce:
            from app.services.policy import change

            return change(desk, note, **fields)

        def done(pif: PolicyInForce) -> None:
            self._loaded(pif)
            self.note.clear()
            self.say(self.tr("Policy version %1 published; it applies from now on.")
                     .replace("%1", str(pif.version)))

        self.call(op, done)
