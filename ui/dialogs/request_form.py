"""The request form: traveller by personal code, countries, legs, companions, contacts, dates.

Validation runs as the user types; service errors appear above the buttons and the form keeps
everything typed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ReasonCategory, label
from ui import workers
from ui.dialogs.parts import message_label
from ui.errors import describe
from ui.i18n import current_language
from ui.qdates import py_date, qdate

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import RequestDraft, RequestView
    from app.services.views import PersonView


def _valid_code(code: str) -> bool:
    try:
        from stdnum.lt import asmens

        return bool(asmens.is_valid(code))
    except ImportError:
        return len(code) == 11 and code.isdigit()


class _RowsTable(QWidget):
    """A small editable list (legs, companions, contacts) with Add and Remove buttons."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(name)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add = QPushButton(self.tr("Add row"))
        self.remove = QPushButton(self.tr("Remove row"))
        self.add.clicked.connect(lambda: self.add_row())
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list[str] | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, v in enumerate(values or [""] * self.table.columnCount()):
            self.table.setItem(r, c, QTableWidgetItem(v))

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(r)

    def values(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            row = [(item.text().strip() if (item := self.table.item(r, c)) else "")
                   for c in range(self.table.columnCount())]
            if any(row):
                out.append(row)
        return out


class RequestForm(QDialog):
    """New (request_id None) or existing request; emits `saved(RequestView)`."""

    saved = Signal(object)

    def __init__(self, desk: Desk, request_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request_id = request_id
        self.lang = current_language()
        self.person_name = ""
        self.setWindowTitle(self.tr("New travel request") if request_id is None
                            else self.tr("Travel request No. %1").replace("%1", str(request_id)))
        self.resize(760, 640)

        self.code = QLineEdit()
        self.code.setMaxLength(11)
        self.code.setPlaceholderText(self.tr("11 digits"))
        self.code.setAccessibleName(self.tr("Personal code"))
        self.traveller = QLabel()
        self.traveller.setAccessibleName(self.tr("Traveller"))
        self.countries = QLineEdit()
        self.countries.setPlaceholderText(self.tr("in visiting order, e.g. BY, RU"))
        self.countries.setAccessibleName(self.tr("Countries"))
        today = QDate.currentDate()
        self.depart = QDateEdit(today.addDays(14))
        self.return_ = QDateEdit(today.addDays(21))
        for d, name in ((self.depart, self.tr("Departure date")),
                        (self.return_, self.tr("Return date"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setAccessibleName(name)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        for rc in ReasonCategory:
            self.reason.addItem(label(rc, self.lang), rc.value)
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.crossing = QComboBox()
        self.crossing.setEditable(True)
        self.crossing.setAccessibleName(self.tr("Border crossing"))
        self.mode = QLineEdit()
        self.mode.setAccessibleName(self.tr("Mode of travel"))
        self.lodging = QLineEdit()
        self.lodging.setAccessibleName(self.tr("Lodging"))
        self.home_contact = QLineEdit()
        self.home_contact.setAccessibleName(self.tr("Person at home who knows the plan"))
        self.document = QLineEdit()
        self.document.setAccessibleName(self.tr("Travel document"))

        form = QFormLayout()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.traveller, 1)
        form.addRow(self.tr("&Personal code:"), code_row)
        form.addRow(self.tr("&Countries:"), self.countries)
        dates = QHBoxLayout()
        dates.addWidget(self.depart)
        dates.addWidget(QLabel(self.tr("return:")))
        dates.addWidget(self.return_)
        dates.addStretch()
        form.addRow(self.tr("&Departure:"), dates)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("P&urpose:"), self.purpose)
        form.addRow(self.tr("&Border crossing:"), self.crossing)
        form.addRow(self.tr("&Mode of travel:"), self.mode)
        form.addRow(self.tr("&Lodging:"), self.lodging)
        form.addRow(self.tr("Person at &home:"), self.home_contact)
        form.addRow(self.tr("&Travel document:"), self.document)
        for w in (self.code, self.countries, self.depart, self.reason, self.purpose,
                  self.crossing, self.mode, self.lodging, self.home_contact, self.document):
            holder = w.parentWidget()
            lab = form.labelForField(w) or (form.labelForField(holder) if holder is not None
                                            else None)
            if isinstance(lab, QLabel):
                lab.setBuddy(w)
        for row_layout, w in ((code_row, self.code), (dates, self.depart)):
            for i in range(form.rowCount()):
                item = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
                if item is not None and item.layout() is row_layout:
                    lab_item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
                    row_label = lab_item.widget() if lab_item is not None else None
                    if isinstance(row_label, QLabel):
                        row_label.setBuddy(w)

        self.legs = _RowsTable([self.tr("Country"), self.tr("Place"), self.tr("Arrive"),
                                self.tr("Leave")], self.tr("Itinerary"))
        self.companions = _RowsTable([self.tr("Name"), self.tr("Citizenship"),
                                      self.tr("Relationship")], self.tr("Companions"))
        self.contacts = _RowsTable([self.tr("Name"), self.tr("Who they are")],
                                   self.tr("Expected foreign contacts"))
        tabs = QTabWidget()
        tabs.addTab(self.legs, self.tr("Itinerary"))
        tabs.addTab(self.companions, self.tr("Companions"))
        tabs.addTab(self.contacts, self.tr("Foreign contacts"))

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a4b00;")
        self.message = message_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save as &draft"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button = self.buttons.addButton(self.tr("&Submit"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for w in (self.code, self.countries, self.purpose):
            w.textChanged.connect(self.validate)
        for d in (self.depart, self.return_):
            d.dateChanged.connect(self.validate)
        self.code.textChanged.connect(self._code_changed)
        self._load_policy()
        if request_id is not None:
            self._load(request_id)
        self.validate()

    # ---- lookups ------------------------------------------------------------------------
    def _load_policy(self) -> None:
        from app.services import policy as policy_svc

        try:
            pol = policy_svc.current(self.desk).policy
        except Exception as exc:  # the form still works; the service checks again
            self.message.setText(describe(exc))
            return
        for names in pol.crossings.values():
            for n in names:
                self.crossing.addItem(n)
        self.crossing.setCurrentText("")
        self.listed = {c.code for c in pol.countries}

    def _code_changed(self, text: str) -> None:
        self.person_name = ""
        self.traveller.setText("")
        code = text.strip()
        if len(code) != 11 or not _valid_code(code):
            return
        desk = self.desk

        def op(progress: workers.Progress) -> PersonView:
            from app.services.staff import get_person

            return get_person(desk, code)

        def found(person: PersonView) -> None:
            if self.code.text().strip() == code:
                self.person_name = person.full_name
                c = person.clearance
                lvl = f" · {label(c.level, self.lang)}" if c is not None else ""
                self.traveller.setText(f"{person.full_name}, {person.unit}{lvl}")
                self.validate()

        def missing(exc: BaseException) -> None:
            if self.code.text().strip() == code:
                self.traveller.setText(describe(exc))
                self.validate()

        workers.run_op(self, op, found, missing, kind="read")

    def _load(self, request_id: int) -> None:
        from app.domain.workflow import is_editable
        from app.services.requests import get_request

        try:
            v = get_request(self.desk, request_id)
        except Exception as exc:
            self.message.setText(describe(exc))
            return
        self.code.setText(v.personal_code)
        self.traveller.setText(f"{v.traveller}, {v.unit}")
        self.person_name = v.traveller
        self.countries.setText(", ".join(v.countries))
        self.depart.setDate(qdate(v.depart))
        self.return_.setDate(qdate(v.return_))
        self.reason.setCurrentIndex(max(0, self.reason.findData(v.reason_category.value)))
        self.purpose.setText(v.purpose)
        self.crossing.setCurrentText(v.crossing)
        self.mode.setText(v.mode)
        self.lodging.setText(v.lodging)
        self.home_contact.setText(v.home_contact)
        self.document.setText(v.travel_document)
        for g in v.legs:
            self.legs.add_row([g.country, g.place, g.arrive.isoformat() if g.arrive else "",
                               g.leave.isoformat() if g.leave else ""])
        for c in v.companions:
            self.companions.add_row([c.name, c.citizenship, c.relationship])
        for contact in v.contacts:
            self.contacts.add_row([contact.name, contact.description])
        self.state = v.state
        if not is_editable(v.state):
            for edit in self.findChildren(QLineEdit) + self.findChildren(QDateEdit):
                edit.setReadOnly(True)
            for w in (self.reason, self.crossing, self.save_button, self.submit_button):
                w.setEnabled(False)
            self.problems.setText(self.tr("This request is %1 and can no longer be edited.")
                                  .replace("%1", label(v.state, self.lang)))

    # ---- validation ---------------------------------------------------------------------
    def country_codes(self) -> tuple[str, ...]:
        parts = self.countries.text().replace(";", ",").replace(" ", ",").split(",")
        return tuple(p.strip().upper() for p in parts if p.strip())

    def problems_now(self) -> list[str]:
        out = []
        code = self.code.text().strip()
        if not code:
            out.append(self.tr("Enter the traveller's personal code."))
        elif len(code) != 11 or not code.isdigit():
            out.append(self.tr("A personal code has 11 digits."))
        elif not _valid_code(code):
            out.append(self.tr("The personal code's check digit is wrong."))
        countries = self.country_codes()
        if not countries:
            out.append(self.tr("Name at least one country (two-letter code)."))
        elif any(len(c) != 2 or not c.isalpha() for c in countries):
            out.append(self.tr("Countries are two-letter codes such as BY or RU."))
        elif getattr(self, "listed", None) and not set(countries) & self.listed:
            out.append(self.tr("None of these countries needs a permission."))
        if self.return_.date() < self.depart.date():
            out.append(self.tr("The return is before the departure."))
        if not self.purpose.text().strip():
            out.append(self.tr("Say what the trip is for."))
        return out

    def validate(self) -> bool:
        problems = self.problems_now()
        if self.save_button.isEnabled() or not problems:
            self.problems.setText("\n".join("• " + p for p in problems))
        editable = not hasattr(self, "state") or self.save_button.isEnabled() or not problems
        self.submit_button.setEnabled(editable and not problems)
        return not problems

    def draft(self) -> RequestDraft:
        from app.services.request_views import CompanionInfo, ContactInfo, Leg, RequestDraft

        def day(text: str) -> date | None:
            try:
                return date.fromisoformat(text) if text else None
            except ValueError:
                return None

        legs = tuple(Leg(r[0].upper(), r[1], day(r[2]), day(r[3])) for r in self.legs.values()
                     if r[0])
        return RequestDraft(
            person_code=self.code.text().strip(), countries=self.country_codes(),
            depart=py_date(self.depart.date()), return_=py_date(self.return_.date()),
            purpose=self.purpose.text().strip(),
            reason_category=ReasonCategory(self.reason.currentData()),
            crossing=self.crossing.currentText().strip(), mode=self.mode.text().strip(),
            lodging=self.lodging.text().strip(), home_contact=self.home_contact.text().strip(),
            travel_document=self.document.text().strip(), legs=legs,
            companions=tuple(CompanionInfo(*(r + ["", ""])[:3]) for r in self.companions.values()),
            contacts=tuple(ContactInfo(*(r + [""])[:2]) for r in self.contacts.values()),
        )

    # ---- saving -------------------------------------------------------------------------
    def save(self, submit: bool) -> None:
        if submit and not self.validate():
            return
        try:
            draft = self.draft()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        desk, rid = self.desk, self.request_id
        self.save_button.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        made: dict[str, int] = {}

        def op(progress: workers.Progress) -> RequestView:
            from app.services import requests as rq

            view = rq.new_request(desk, draft) if rid is None else rq.update_request(
                desk, rid, draft)
            made["id"] = view.id
            return rq.submit(desk, view.id) if submit else view

        def failed(exc: BaseException) -> None:
            if "id" in made:  # saved as a draft, but not submitted: edit that one from now on
                self.request_id = made["id"]
            self._failed(exc)

        workers.run_op(self, op, self._saved, failed)

    def _saved(self, view: RequestView) -> None:
        self.request_id = view.id
        self.message.setText("")
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        # Nothing typed is touched: only the message changes.
        self.message.setText(describe(exc))
        self.save_button.setEnabled(True)
        self.validate()


def default_dates(today: date) -> tuple[date, date]:
    return today + timedelta(days=14), today + timedelta(days=21)
