"""The request form: traveller by personal code or name, countries, legs, companions, contacts,
dates.

Validation runs as the user types; service errors appear above the buttons and the form keeps
everything typed. A returned request shows the head's reason at the top; Save and Submit say
the request's number and keep the form open.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
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

from app.domain.enums import DecisionOutcome, ReasonCategory, RequestState, label
from app.domain.policy import Policy, crossings_for
from ui import workers
from ui.dialogs.parts import message_label
from ui.errors import describe
from ui.i18n import current_language
from ui.qdates import py_date, qdate

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import DecisionView, RequestDraft, RequestView
    from app.services.views import PersonView


def _valid_code(code: str) -> bool:
    try:
        from stdnum.lt import asmens

        return bool(asmens.is_valid(code))
    except ImportError:
        return len(code) == 11 and code.isdigit()


CodeRole = Qt.ItemDataRole.UserRole + 1  # a name match's personal code, put into the field
NAME_MATCHES = 20  # names offered at once; typing more letters narrows them
VILNIUS = ZoneInfo("Europe/Vilnius")


def _is_name(text: str) -> bool:
    """Letters typed into the traveller field: a name to look up, not a personal code."""
    return any(not c.isdigit() for c in text.strip())


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

        self.returned_note = QLabel()
        self.returned_note.setObjectName("returned")
        self.returned_note.setWordWrap(True)
        self.returned_note.setTextFormat(Qt.TextFormat.PlainText)
        self.returned_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returned_note.setStyleSheet("background: #fff4d6; border: 1px solid #d9b44a; "
                                         "padding: 6px;")
        self.returned_note.setAccessibleName(self.tr("Why the request was returned"))
        self.returned_note.hide()
        self.locked = False  # submitted, or no longer editable

        self.code = QLineEdit()
        self.code.setMaxLength(100)
        self.code.setPlaceholderText(self.tr("personal code, or the first letters of the "
                                             "last name"))
        self.code.setMinimumWidth(max(220, self.code.fontMetrics().horizontalAdvance(
            self.code.placeholderText()) + 16))  # the hint whole, in either language
        self.code.setAccessibleName(self.tr("Traveller: personal code or last name"))
        self.name_matches = QStandardItemModel(self)
        self.completer = QCompleter(self.name_matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(CodeRole)  # choosing a name puts its code in the field
        self.completer.setMaxVisibleItems(12)
        self.code.setCompleter(self.completer)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(200)
        self._name_timer.timeout.connect(self._find_names)
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
        form.addRow(self.tr("&Traveller:"), code_row)
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
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setStyleSheet("color: #1d6b2f; font-weight: 600;")
        self.confirmation.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save as &draft"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button = self.buttons.addButton(self.tr("&Submit"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.returned_note)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)

        for w in (self.code, self.countries, self.purpose):
            w.textChanged.connect(self.validate)
        for d in (self.depart, self.return_):
            d.dateChanged.connect(self.validate)
        self.code.textChanged.connect(self._code_changed)
        self.code.textEdited.connect(self._code_typed)
        self.countries.textChanged.connect(self._offer_crossings)
        self.crossing.currentTextChanged.connect(self.validate)
        self.policy: Policy | None = None
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
        self.policy = pol
        self.listed = {c.code for c in pol.countries}
        self._offer_crossings()

    def offered_crossings(self) -> tuple[str, ...]:
        return crossings_for(self.policy, self.country_codes()) if self.policy else ()

    def _offer_crossings(self) -> None:
        """Only the crossings into the countries chosen; what was typed stays as typed."""
        offered = self.offered_crossings()
        if offered == tuple(self.crossing.itemText(i) for i in range(self.crossing.count())):
            return
        typed = self.crossing.currentText()
        self.crossing.blockSignals(True)
        self.crossing.clear()
        self.crossing.addItems(list(offered))
        self.crossing.setCurrentText(typed)
        self.crossing.blockSignals(False)

    def _code_changed(self, text: str) -> None:
        self.person_name = ""
        self.traveller.setText("")
        code = text.strip()
        if _is_name(code):
            if len(code) >= 2:
                self._name_timer.start()
            else:
                self._name_timer.stop()
                self.name_matches.clear()
            return
        self._name_timer.stop()
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

    def _code_typed(self, text: str) -> None:
        # Typed, not chosen from the list (choosing puts the code in with setText): digits
        # mean a personal code, so the names found earlier no longer apply.
        if not _is_name(text):
            self.name_matches.clear()

    def _find_names(self) -> None:
        """People whose last name (then first name) starts with what was typed, folded: "zuk"
        finds Žukauskas. Choosing one puts the personal code into the field."""
        typed = self.code.text().strip()
        if not _is_name(typed) or len(typed) < 2:
            return
        desk = self.desk

        def op(progress: workers.Progress) -> list[PersonView]:
            from app.services.staff import list_people

            return list_people(desk, prefix=typed, limit=NAME_MATCHES)

        def found(people: list[PersonView]) -> None:
            if self.code.text().strip() != typed:
                return  # typed on meanwhile: a newer search answers
            self.name_matches.clear()
            for p in people:
                item = QStandardItem(f"{p.last_name} {p.first_name} — {p.personal_code}, "
                                     f"{p.unit}")
                item.setData(p.personal_code, CodeRole)
                self.name_matches.appendRow(item)
            if people:
                self.traveller.setText(self.tr("%n match(es): choose one from the list.", "",
                                               len(people)))
                popup = self.completer.popup()
                if popup is not None:  # the list is as wide as its names, not as the field
                    widest = max(popup.fontMetrics().horizontalAdvance(
                        self.name_matches.item(r).text()) for r in range(len(people)))
                    popup.setMinimumWidth(min(max(self.code.width(), widest + 40), 700))
                self.completer.complete()
            else:
                self.traveller.setText(self.tr("No one on the staff list has a name starting "
                                               "with %1.").replace("%1", typed))
            self.validate()

        def failed(exc: BaseException) -> None:
            if self.code.text().strip() == typed:
                self.traveller.setText(describe(exc))

        workers.run_op(self, op, found, failed, kind="read")

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
        self._show_return_reason(v)
        if not is_editable(v.state):
            self._lock()
            self.problems.setText(self.tr("This request is %1 and can no longer be edited.")
                                  .replace("%1", label(v.state, self.lang)))

    def _show_return_reason(self, v: RequestView) -> None:
        d: DecisionView | None = v.last_decision
        if v.state is not RequestState.RETURNED or d is None or \
                d.outcome is not DecisionOutcome.RETURN:
            self.returned_note.hide()
            return
        at = d.decided_at if d.decided_at.tzinfo else d.decided_at.replace(tzinfo=UTC)
        self.returned_note.setText(
            self.tr("Returned for changes by %1 on %2:\n%3")
            .replace("%1", d.decided_by_name).replace("%2", f"{at.astimezone(VILNIUS):%Y-%m-%d}")
            .replace("%3", d.reason))
        self.returned_note.show()

    def _lock(self) -> None:
        """Nothing more to type: the request is submitted or past editing."""
        self.locked = True
        self._name_timer.stop()
        for edit in self.findChildren(QLineEdit) + self.findChildren(QDateEdit):
            edit.setReadOnly(True)
        for w in (self.reason, self.crossing, self.save_button, self.submit_button,
                  self.legs, self.companions, self.contacts):
            w.setEnabled(False)

    # ---- validation ---------------------------------------------------------------------
    def country_codes(self) -> tuple[str, ...]:
        parts = self.countries.text().replace(";", ",").replace(" ", ",").split(",")
        return tuple(p.strip().upper() for p in parts if p.strip())

    def problems_now(self) -> list[str]:
        out = []
        code = self.code.text().strip()
        if not code:
            out.append(self.tr("Enter the traveller's personal code or last name."))
        elif _is_name(code):
            out.append(self.tr("Choose the traveller from the names found, or enter the "
                               "personal code."))
        elif len(code) != 11:
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
        crossing = self.crossing.currentText().strip()
        known = {n for names in self.policy.crossings.values() for n in names} \
            if self.policy else set()
        # A crossing the policy lists for another country; an unknown one the service names.
        if crossing in known and countries and crossing not in self.offered_crossings():
            out.append(self.tr("%1 is not a crossing into the chosen countries.")
                       .replace("%1", crossing))
        if self.return_.date() < self.depart.date():
            out.append(self.tr("The return is before the departure."))
        if not self.purpose.text().strip():
            out.append(self.tr("Say what the trip is for."))
        return out

    def validate(self) -> bool:
        problems = self.problems_now()
        if not self.locked:
            self.problems.setText("\n".join("• " + p for p in problems))
        self.submit_button.setEnabled(not self.locked and not problems)
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
        """Say what happened and under which number; the form stays until Close."""
        self.request_id = view.id
        self.state = view.state
        self.message.setText("")
        self.setWindowTitle(self.tr("Travel request No. %1").replace("%1", str(view.id)))
        if view.state is RequestState.SUBMITTED:
            self.confirmation.setText(self.tr("Request No. %1 submitted for a decision.")
                                      .replace("%1", str(view.id)))
            self.returned_note.hide()  # what it asked for has been answered
            self._lock()
            self.problems.setText("")
        else:
            self.confirmation.setText(self.tr("Request No. %1 saved as a draft.")
                                      .replace("%1", str(view.id)))
            self.save_button.setEnabled(True)
            self.validate()
        self.confirmation.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(view)

    def _failed(self, exc: BaseException) -> None:
        # Nothing typed is touched: only the message changes.
        self.confirmation.hide()
        self.message.setText(describe(exc))
        self.save_button.setEnabled(True)
        self.validate()


def default_dates(today: date) -> tuple[date, date]:
    return today + timedelta(days=14), today + timedelta(days=21)
