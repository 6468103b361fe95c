"""Staff and clearances: the registry in name order with search and unit filter, a person's
clearance and its whole history, and the security officer's actions on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import for_people
from app.domain.enums import ClearanceStatus, Role, label
from ui import workers
from ui.dialogs import prompts
from ui.errors import describe
from ui.i18n import current_language
from ui.models.staff_model import (
    COL_CODE,
    COL_LEVEL,
    COL_NAME,
    COL_POSITION,
    COL_STATUS,
    COL_UNIT,
    COL_VALID,
    StaffModel,
    first_page,
)
from ui.screens.base import Screen
from ui.widths import ElidedTipDelegate, header_width

if TYPE_CHECKING:
    from app.services.desk import Changes
    from app.services.views import ClearanceView, PersonView
    from ui.dialogs.clearance import ClearanceDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.person import PersonDialog

WRITERS = (Role.SECURITY_OFFICER, Role.ADMIN)


class StaffScreen(Screen):
    roles = tuple(Role)
    loaded = Signal()
    person_shown = Signal(object)
    open_dialog: QDialog  # the dialog an action opened last (tests answer it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._detail_generation = 0
        self.person: PersonView | None = None
        self.model = StaffModel(self)
        self.model.lang = current_language()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Surname (first letters)"))
        self.search.setAccessibleName(self.tr("Search by surname"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.addItem(self.tr("All units"), None)
        self.unit.setMinimumContentsLength(18)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.import_button = QPushButton(self.tr("&Import from HR…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.unit, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        h = self.view.horizontalHeader()
        h.setStretchLastSection(True)
        # Never narrower than the title; positions whole ("Vyriausiasis specialistas"); a long
        # unit name is shortened, whole in its tooltip. Seven columns do not fit beside the
        # details at 1280 px: the list scrolls sideways for level, status and validity,
        # which the details show for the selected person.
        fm = self.view.fontMetrics()
        for col, width in ((COL_NAME, 175), (COL_CODE, 105), (COL_UNIT, 150),
                           (COL_POSITION, fm.horizontalAdvance("Vyriausiasis specialistas") + 16),
                           (COL_LEVEL, 120), (COL_STATUS, 110), (COL_VALID, 90)):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(width, header_width(h, title)))
        for col in (COL_NAME, COL_UNIT, COL_POSITION):
            self.view.setItemDelegateForColumn(col, ElidedTipDelegate(self.view))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count = QLabel()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(bar)
        lv.addWidget(self.view)
        lv.addWidget(self.count)

        self.detail = self._build_detail()
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.unit.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(self.add_person)
        self.import_button.clicked.connect(self.open_import)
        self._show_person(None)

    def _build_detail(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(4, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        group = QGroupBox(self.tr("Clearance"))
        form = QFormLayout(group)
        self.level_label, self.number_label = QLabel(), QLabel()
        self.dates_label, self.status_label = QLabel(), QLabel()
        form.addRow(self.tr("Level:"), self.level_label)
        form.addRow(self.tr("Number:"), self.number_label)
        form.addRow(self.tr("Valid:"), self.dates_label)
        form.addRow(self.tr("Status:"), self.status_label)
        self.history = QTableWidget(0, 5)
        self.history.setAccessibleName(self.tr("Clearance history"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Status"),
                                                self.tr("Valid until"), self.tr("By"),
                                                self.tr("Reason")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # The reason takes the room left and wraps, a row as tall as it needs (a few rows).
        self.history.setWordWrap(True)
        self.history.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.edit_button = QPushButton(self.tr("&Edit person…"))
        self.set_button = QPushButton(self.tr("Set &clearance…"))
        self.suspend_button = QPushButton(self.tr("&Suspend…"))
        self.reinstate_button = QPushButton(self.tr("&Reinstate…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setStyleSheet("color: #a1262b;")
        self.action_bar = QWidget()
        # Two rows: the person's and the clearance's actions (in one row, Lithuanian labels
        # made the screen wider than a 1280-pixel laptop screen).
        grid = QGridLayout(self.action_bar)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, b in enumerate((self.edit_button, self.set_button)):
            grid.addWidget(b, 0, col)
        for col, b in enumerate((self.suspend_button, self.reinstate_button,
                                 self.withdraw_button)):
            grid.addWidget(b, 1, col)
        grid.setColumnStretch(3, 1)
        self.edit_button.clicked.connect(self.edit_person)
        self.set_button.clicked.connect(self.set_clearance)
        self.suspend_button.clicked.connect(lambda: self.change_status("suspend"))
        self.reinstate_button.clicked.connect(lambda: self.change_status("reinstate"))
        self.withdraw_button.clicked.connect(lambda: self.change_status("withdraw"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        v.addWidget(self.heading)
        v.addWidget(self.facts)
        v.addWidget(group)
        v.addWidget(QLabel(self.tr("History of the clearance")))
        v.addWidget(self.history, 1)
        v.addWidget(self.message)
        v.addWidget(self.action_bar)
        return box

    def title(self) -> str:
        return self.tr("Staff and clearances")

    # ---- roles --------------------------------------------------------------------------
    @property
    def can_write(self) -> bool:
        return self.desk is not None and self.desk.actor.has(*WRITERS)

    def _apply_roles(self) -> None:
        w = self.can_write
        for b in (self.add_button, self.import_button):
            b.setVisible(w)
        self.action_bar.setVisible(w)

    # ---- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.desk is None:
            return
        self.model.set_desk(self.desk)
        self._apply_roles()
        self._load_units()
        self.apply_filter()

    def _load_units(self) -> None:
        desk = self.desk

        if desk is None:
            return

        def op(progress: workers.Progress) -> list[str]:
            from app.services.staff_queries import units

            return units(desk)

        def done(units: list[str]) -> None:
            current = self.unit.currentData()
            self.unit.blockSignals(True)
            while self.unit.count() > 1:
                self.unit.removeItem(1)
            for u in units:
                self.unit.addItem(u, u)
            i = self.unit.findData(current)
            self.unit.setCurrentIndex(max(0, i))
            self.unit.blockSignals(False)

        workers.run_op(self, op, done, lambda e: None, kind="read")

    def apply_filter(self) -> None:
        if self.desk is None:
            return
        self._generation += 1
        generation, desk = self._generation, self.desk
        prefix = self.search.text().strip() or None
        unit = self.unit.currentData()
        self.count.setText(self.tr("Searching…"))

        def op(progress: workers.Progress) -> tuple[list[PersonView], int]:
            return first_page(desk, prefix, unit)

        def done(result: tuple[list[PersonView], int]) -> None:
            if generation != self._generation or self.desk is None:
                return
            rows, total = result
            keep = self.person.id if self.person is not None else None
            self.model.set_first_page(rows, total, prefix, unit)
            self.count.setText(self.tr("%n person(s)", "", total))
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.view.selectRow(row)
            elif self.model.rowCount():
                self.view.selectRow(0)
            else:
                self._show_person(None)
            self.loaded.emit()

        workers.run_op(self, op, done, lambda e: self.count.setText(describe(e)), kind="read")

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        self.load_person(self.model.person_at(rows[0].row()).personal_code)

    def load_person(self, code: str) -> None:
        if self.desk is None:
            return
        self._detail_generation += 1
        generation, desk = self._detail_generation, self.desk

        def op(progress: workers.Progress) -> PersonView:
            from app.services.staff import get_person

            return get_person(desk, code)

        def done(view: PersonView) -> None:
            if generation == self._detail_generation and self.desk is not None:
                self._show_person(view)

        workers.run_op(self, op, done, self._failed, kind="read")

    def _show_person(self, p: PersonView | None) -> None:
        self.person = p
        lang = current_language()
        self.history.setRowCount(0)
        for lab in (self.level_label, self.number_label, self.dates_label, self.status_label):
            lab.clear()
        if p is None:
            self.heading.setText(self.tr("No person selected"))
            self.facts.clear()
            self._enable_actions()
            return
        self.heading.setText(p.full_name)
        self.facts.setText("\n".join([
            self.tr("Personal code: %1").replace("%1", p.personal_code),
            self.tr("Position: %1").replace("%1", p.position or "—"),
            self.tr("Unit: %1").replace("%1", p.unit or "—"),
            self.tr("Category: %1").replace("%1", label(p.category, lang))]))
        c = p.clearance
        if c is None:
            self.level_label.setText(self.tr("none"))
        else:
            self.level_label.setText(label(c.level, lang))
            self.number_label.setText(c.number)
            self.dates_label.setText(f"{c.issued.isoformat()} – {c.valid_until.isoformat()}")
            self.status_label.setText(label(c.status, lang))
            colour = {"active": "#1b6e2e", "suspended": "#9a5b00"}.get(c.status.value,
                                                                       "#a1262b")
            self.status_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
            self.history.setRowCount(len(c.history))
            for r, ev in enumerate(reversed(c.history)):  # newest first
                cells = [for_people(ev.at), label(ev.status, lang),
                         ev.valid_until.isoformat(), ev.username or self.tr("(program)"),
                         ev.reason]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    self.history.setItem(r, col, item)
        self._enable_actions()
        self.person_shown.emit(p)

    def _enable_actions(self) -> None:
        p = self.person
        status = p.clearance.status if p is not None and p.clearance else None
        self.edit_button.setEnabled(p is not None)
        self.set_button.setEnabled(p is not None)
        self.suspend_button.setEnabled(status == ClearanceStatus.ACTIVE)
        self.reinstate_button.setEnabled(status == ClearanceStatus.SUSPENDED)
        self.withdraw_button.setEnabled(status in (ClearanceStatus.ACTIVE,
                                                   ClearanceStatus.SUSPENDED))

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #a1262b;")
        self.message.setText(describe(exc))

    def _said(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.status_message.emit(text)

    # ---- actions ------------------------------------------------------------------------
    def add_person(self) -> PersonDialog | None:
        from ui.dialogs.person import PersonDialog

        if self.desk is None:  # locked
            return None
        dlg = PersonDialog(self.desk, None, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._person_saved)
        dlg.open()
        self.open_dialog = dlg
        return dlg

    def edit_person(self) -> PersonDialog | None:
        if self.person is None or self.desk is None:
            return None
        from ui.dialogs.person import PersonDialog

        dlg = PersonDialog(self.desk, self.person, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._person_saved)
        dlg.open()
        self.open_dialog = dlg
        return dlg

    def _person_saved(self, view: PersonView) -> None:
        self._said(self.tr("%1 saved.").replace("%1", view.full_name))
        self.person = view
        self._load_units()  # a new unit may have come with the person
        self.apply_filter()

    def set_clearance(self) -> ClearanceDialog | None:
        if self.person is None or self.desk is None:
            return None
        from ui.dialogs.clearance import ClearanceDialog

        dlg = ClearanceDialog(self.desk, self.person, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        code = self.person.personal_code
        dlg.saved.connect(lambda _v: self._clearance_changed(code, self.tr("Clearance saved.")))
        dlg.open()
        self.open_dialog = dlg
        return dlg

    def change_status(self, action: str) -> None:
        p = self.person
        if p is None or self.desk is None:
            return
        titles = {"suspend": self.tr("Suspend the clearance"),
                  "reinstate": self.tr("Reinstate the clearance"),
                  "withdraw": self.tr("Withdraw the clearance")}
        reason = prompts.ask_text(self, titles[action],
                                  self.tr("Why (this goes into the clearance history):"))
        if reason is None:
            return
        if not reason.strip():
            self.message.setStyleSheet("color: #a1262b;")
            self.message.setText(self.tr("Say why; the reason is required."))
            return
        if action == "withdraw" and not prompts.confirm(
                self, titles[action],
                self.tr("Withdraw clearance %1 of %2? A withdrawn clearance can never be "
                        "reinstated; a new one needs a new number.").replace(
                    "%1", p.clearance.number if p.clearance else "").replace(
                    "%2", p.full_name),
                danger=self.tr("Withdraw")):
            return
        desk, code = self.desk, p.personal_code

        def op(progress: workers.Progress) -> ClearanceView:
            from app.services import clearances

            change = {"suspend": clearances.suspend, "reinstate": clearances.reinstate,
                      "withdraw": clearances.withdraw}[action]
            return change(desk, code, reason.strip())

        done_text = {"suspend": self.tr("Clearance suspended."),
                     "reinstate": self.tr("Clearance reinstated."),
                     "withdraw": self.tr("Clearance withdrawn.")}[action]
        workers.run_op(self, op, lambda _v: self._clearance_changed(code, done_text),
                       self._failed)

    def _clearance_changed(self, code: str, text: str) -> None:
        self._said(text)
        self.apply_filter()
        self.load_person(code)

    def open_import(self) -> ImportWizard | None:
        from ui.dialogs.import_wizard import ImportWizard

        if self.desk is None:  # locked
            return None
        dlg = ImportWizard(self.desk, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(lambda _r: self.refresh())
        dlg.open()
        self.open_dialog = dlg
        return dlg

    # ---- main window hooks --------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and self.isVisible() and (
                {"person", "clearance"} & set(changes.kinds)):
            self.apply_filter()

    def clear(self) -> None:
        super().clear()
        self._generation += 1
        self._detail_generation += 1
        self.model.clear()
        self.count.clear()
        self.message.clear()
        self._show_person(None)
