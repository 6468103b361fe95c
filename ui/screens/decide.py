"""Deciding a request: the request beside its review context; approve, deny or return by keyboard.

Ctrl+Enter decides with the chosen outcome (Alt+A/Alt+D/Alt+R pick it), then the letter is
signed (PIN or key password prompt, signing in a worker) and opened in the preview; Ctrl+N
goes to the next pending request.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DecisionOutcome, RequestState, Role, label
from ui import workers
from ui.errors import describe
from ui.i18n import current_language
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.domain.policy import Flag
    from app.letters.signers import LetterSigner
    from app.services.letters import LetterInfo, SignerInfo
    from app.services.request_views import RequestView, ReviewContext


def show_pdf_dialog(parent: QWidget, data: bytes, title: str) -> None:
    from ui.dialogs.pdf_preview import PdfPreview  # QtPdf is loaded only here

    dlg = PdfPreview(data, title, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()


class DecideScreen(Screen):
    decided = Signal(object)     # RequestView after the decision
    letter_signed = Signal(object)
    loaded = Signal()

    roles = (Role.HEAD, Role.DEPUTY)
    # The seam tests answer; the PIN prompt's seam is SignerSession.ask_secret.
    show_pdf: Callable[[QWidget, bytes, str], None] = staticmethod(show_pdf_dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_id: int | None = None
        self.context: ReviewContext | None = None
        self.lang = current_language()

        self.heading = QLabel(self.tr("No request is open. Press Ctrl+N for the next pending one."))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.request_text = QTextBrowser()
        self.request_text.setAccessibleName(self.tr("The request"))
        self.context_text = QTextBrowser()
        self.context_text.setAccessibleName(self.tr("Review context"))
        split = QSplitter()
        split.addWidget(self.request_text)
        split.addWidget(self.context_text)
        split.setSizes([500, 500])

        self.approve = QRadioButton(self.tr("&Approve"))
        self.deny = QRadioButton(self.tr("&Deny"))
        self.return_ = QRadioButton(self.tr("&Return for changes"))
        self.outcomes = QButtonGroup(self)
        for b, o in ((self.approve, DecisionOutcome.APPROVE), (self.deny, DecisionOutcome.DENY),
                     (self.return_, DecisionOutcome.RETURN)):
            self.outcomes.addButton(b)
            b.setProperty("outcome", o.value)
        self.approve.setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason (required to deny or return)"))
        self.reason.setMaximumHeight(70)
        self.conditions = QPlainTextEdit()
        self.conditions.setTabChangesFocus(True)
        self.conditions.setAccessibleName(self.tr("Conditions"))
        self.conditions.setPlaceholderText(self.tr("Conditions of the approval, one per line"))
        self.conditions.setMaximumHeight(70)
        self.decide_button = QPushButton(self.tr("De&cide (Ctrl+Enter)"))
        self.decide_button.clicked.connect(self.decide)
        self.next_button = QPushButton(self.tr("&Next pending (Ctrl+N)"))
        self.next_button.clicked.connect(self.next_pending)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        choice = QHBoxLayout()
        for b in (self.approve, self.deny, self.return_):
            choice.addWidget(b)
        choice.addStretch()
        texts = QHBoxLayout()
        texts.addWidget(self.reason)
        texts.addWidget(self.conditions)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.next_button)
        actions.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addLayout(choice)
        layout.addLayout(texts)
        layout.addLayout(actions)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.decide)
        nxt = QShortcut(QKeySequence("Ctrl+N"), self)
        nxt.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        nxt.activated.connect(self.next_pending)
        self.outcomes.buttonToggled.connect(lambda *_: self._outcome_changed())
        for w in (self.reason, self.conditions):
            w.installEventFilter(self)
        self._set_enabled(False)

    # Shortcuts need an active window; key events also reach us through these two paths.
    def _handle_key(self, event: QKeyEvent) -> bool:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.decide()
            return True
        if ctrl and event.key() == Qt.Key.Key_N:
            self.next_pending()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def title(self) -> str:
        return self.tr("Decide")

    # ---- loading ------------------------------------------------------------------------
    def show_request(self, request_id: int) -> None:
        self.request_id = request_id
        self.refresh()

    def refresh(self) -> None:
        if self.desk is None:
            return
        if self.request_id is None:
            self.heading.setText(self.tr("No request is open. Press Ctrl+N for the next "
                                         "pending one."))
            return
        desk, rid = self.desk, self.request_id

        def op(progress: workers.Progress) -> ReviewContext:
            from app.services.queries import review_context

            return review_context(desk, rid)

        workers.run_op(self, op, self._loaded, self._show_error, kind="read")

    def _loaded(self, ctx: ReviewContext) -> None:
        if self.desk is None or ctx.request.id != self.request_id:
            return
        self.context = ctx
        v = ctx.request
        self.heading.setText(self.tr("Request No. %1: %2").replace("%1", str(v.id))
                             .replace("%2", v.traveller))
        self.request_text.setHtml(self._request_html(v))
        self.context_text.setHtml(self._context_html(ctx))
        can = ctx.may_decide and v.state == RequestState.SUBMITTED
        self._set_enabled(can)
        if not ctx.may_decide:
            self.message.setText(ctx.may_decide_reason)
        elif v.state != RequestState.SUBMITTED:
            self.message.setText(self.tr("This request is %1; there is nothing to decide.")
                                 .replace("%1", label(v.state, self.lang)))
        else:
            self.message.setText("")
            self.reason.setFocus()
        self.loaded.emit()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.approve, self.deny, self.return_, self.reason, self.conditions,
                  self.decide_button):
            w.setEnabled(on)

    def _outcome_changed(self) -> None:
        self.conditions.setEnabled(self.approve.isChecked() and self.decide_button.isEnabled())

    def _request_html(self, v: RequestView) -> str:
        e = html.escape
        rows = [
            (self.tr("Traveller"), f"{v.traveller} ({v.personal_code})"),
            (self.tr("Position and unit"), f"{v.position}, {v.unit}"),
            (self.tr("Countries"), " → ".join(v.countries)),
            (self.tr("Dates"), f"{v.depart.isoformat()} – {v.return_.isoformat()}"),
            (self.tr("Reason"), label(v.reason_category, self.lang)),
            (self.tr("Purpose"), v.purpose),
            (self.tr("Border crossing"), v.crossing),
            (self.tr("Mode of travel"), v.mode),
            (self.tr("Lodging"), v.lodging),
            (self.tr("Person at home"), v.home_contact),
            (self.tr("Travel document"), v.travel_document),
            (self.tr("State"), label(v.state, self.lang)),
        ]
        out = ["<table cellspacing='4'>"]
        out += [f"<tr><td><b>{e(k)}</b></td><td>{e(str(val))}</td></tr>" for k, val in rows]
        out.append("</table>")
        itinerary = self.tr("Itinerary")
        companions = self.tr("Companions")
        contacts = self.tr("Expected foreign contacts")
        if v.legs:
            out.append(f"<h4>{e(itinerary)}</h4><ul>")
            out += [f"<li>{e(g.country)} {e(g.place)} "
                    f"{e(g.arrive.isoformat() if g.arrive else '')}"
                    f"{' – ' + e(g.leave.isoformat()) if g.leave else ''}</li>" for g in v.legs]
            out.append("</ul>")
        if v.companions:
            out.append(f"<h4>{e(companions)}</h4><ul>")
            out += [f"<li>{e(c.name)} ({e(c.citizenship)}, {e(c.relationship)})</li>"
                    for c in v.companions]
            out.append("</ul>")
        if v.contacts:
            out.append(f"<h4>{e(contacts)}</h4><ul>")
            out += [f"<li>{e(c.name)}: {e(c.description)}</li>" for c in v.contacts]
            out.append("</ul>")
        return "".join(out)

    def _context_html(self, ctx: ReviewContext) -> str:
        e = html.escape
        none = e(self.tr("None."))
        clearance_title = self.tr("Clearance")
        out = [f"<h4>{e(clearance_title)}</h4>"]
        c = ctx.clearance
        if c is None:
            missing = self.tr("No clearance on record.")
            out.append(f"<p style='color:#a40000'>{e(missing)}</p>")
        else:
            until = self.tr("valid until %1").replace("%1", c.valid_until.isoformat())
            out.append(f"<p>{e(label(c.level, self.lang))}, Nr. {e(c.number)}, "
                       f"{e(label(c.status, self.lang))}, {e(until)}</p>")
        flags_title = self.tr("Policy flags")
        out.append(f"<h4>{e(flags_title)}</h4>")
        if ctx.flags:
            out.append("<ul>" + "".join(f"<li style='color:#8a4b00'>{e(self._flag_text(f))}</li>"
                                        for f in ctx.flags) + "</ul>")
        else:
            out.append(f"<p>{none}</p>")
        overdue_title = self.tr("Overdue debriefs")
        out.append(f"<h4>{e(overdue_title)}</h4>")
        if ctx.overdue_debriefs:
            items = []
            for d in ctx.overdue_debriefs:
                text = self.tr("Request %1, due %2").replace("%1", str(d.request_id)).replace(
                    "%2", d.due.isoformat())
                items.append(f"<li style='color:#a40000'>{e(text)}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        else:
            out.append(f"<p>{none}</p>")
        earlier_title = self.tr("Earlier trips")
        out.append(f"<h4>{e(earlier_title)}</h4>")
        if ctx.earlier:
            out.append("<table cellspacing='3'>")
            for r in ctx.earlier[:30]:
                outcome = ctx.earlier_outcomes.get(r.id)
                word = self._outcome_word(outcome) if outcome else label(r.state, self.lang)
                out.append(f"<tr><td>{r.id}</td><td>{e(' → '.join(r.countries))}</td>"
                           f"<td>{r.depart.isoformat()} – {r.return_.isoformat()}</td>"
                           f"<td>{e(word)}</td></tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{none}</p>")
        version = self.tr("Policy version %1").replace("%1", str(ctx.policy_version))
        out.append(f"<p style='color:gray'>{e(version)}</p>")
        return "".join(out)

    def _outcome_word(self, outcome: str) -> str:
        return {"approve": self.tr("approved"), "deny": self.tr("denied"),
                "return": self.tr("returned for changes")}.get(outcome, outcome)

    def _flag_text(self, flag: Flag) -> str:
        """The core's flag said in the window's language from its code and values."""
        code = getattr(flag, "code", "")
        values = list(getattr(flag, "values", ()))
        if code == "clearance_not_active" and values:
            from app.domain.enums import ClearanceStatus

            try:
                values[0] = label(ClearanceStatus(values[0]), self.lang)
            except ValueError:
                pass
        texts = {
            "lead_time": self.tr("Departure is in %1 day(s); the policy asks for at least %2."),
            "clearance_expires_before_return": self.tr(
                "The clearance is valid until %1, before the return on %2."),
            "clearance_not_active": self.tr("The traveller's clearance is %1, not active."),
            "return_before_depart": self.tr("Return %1 is before departure %2."),
            "departure_passed": self.tr("Departure %1 is already past."),
            "no_clearance": self.tr("The traveller holds no clearance on record."),
            "clearance_expiring": self.tr("The clearance expires on %1, within %2 days."),
        }
        text = texts.get(code)
        if text is None or any(f"%{i}" not in text for i in range(1, len(values) + 1)):
            return str(getattr(flag, "message", "") or flag)  # a flag this window lacks
        for i, value in enumerate(values, 1):
            text = text.replace(f"%{i}", value)
        return text

    # ---- deciding -----------------------------------------------------------------------
    def chosen_outcome(self) -> str:
        b = self.outcomes.checkedButton()
        return str(b.property("outcome")) if b is not None else DecisionOutcome.APPROVE.value

    def decide(self) -> None:
        if self.desk is None or self.request_id is None or not self.decide_button.isEnabled():
            return
        desk, rid = self.desk, self.request_id
        outcome = self.chosen_outcome()
        reason = self.reason.toPlainText().strip()
        conditions = [c for c in self.conditions.toPlainText().splitlines() if c.strip()] \
            if outcome == DecisionOutcome.APPROVE.value else []
        if outcome != DecisionOutcome.APPROVE.value and not reason:
            self.message.setText(self.tr("A denial or a return needs a written reason."))
            self.reason.setFocus()
            return
        lang = self.lang
        self.decide_button.setEnabled(False)
        self.message.setText(self.tr("Recording the decision…"))

        def op(progress: workers.Progress) -> RequestView:
            from app.services.decisions import decide

            return decide(desk, rid, outcome, reason=reason, conditions=conditions, lang=lang)

        workers.run_op(self, op, self._decided, self._decide_failed)

    def _decide_failed(self, exc: BaseException) -> None:
        self.decide_button.setEnabled(True)
        self.message.setText(describe(exc))  # reason and conditions stay as typed

    def _decided(self, view: RequestView) -> None:
        self.reason.clear()
        self.conditions.clear()
        self.approve.setChecked(True)
        self._set_enabled(False)
        self.message.setText(self.tr("Decided: %1. Ctrl+N opens the next pending request.")
                             .replace("%1", label(view.state, self.lang)))
        self.decided.emit(view)
        last = view.last_decision
        if last is not None and last.outcome != DecisionOutcome.RETURN:
            self.sign_for_decision(last.id)

    # ---- signing ------------------------------------------------------------------------
    def sign_for_decision(self, decision_id: int) -> None:
        """Sign the decision's letter with the session's signer (prompting once per session)
        and open it; on any failure the decision stays and the letter waits, pending."""
        desk = self.desk
        if desk is None:  # locked meanwhile
            return
        decided_text = self.message.text()

        def find(progress: workers.Progress) -> tuple[SignerInfo | None, LetterInfo | None]:
            from app.services import letters

            return letters.signer_configured(desk), letters.letter_for_decision(desk, decision_id)

        def found(result: tuple[SignerInfo | None, LetterInfo | None]) -> None:
            info, letter = result
            if letter is None or self.desk is not desk:
                return
            if info is None:
                self.message.setText(decided_text + " " + self.tr(
                    "No signer is configured; the letter waits in the Letters list."))
                return
            if self.signer_session is None:
                from ui.dialogs.pin_prompt import SignerSession

                self.signer_session = SignerSession()
            self.signer_session.ensure(
                self, desk, info, lambda signer: self._sign(letter, signer), self._sign_failed,
                lambda: self.message.setText(decided_text + " " + self.tr(
                    "Not signed; the letter waits in the Letters list.")))

        workers.run_op(self, find, found, self._sign_failed, kind="read")

    def _sign(self, letter: LetterInfo, signer: LetterSigner) -> None:
        desk = self.desk
        if desk is None:
            return
        self.message.setText(self.tr("Signing letter %1…").replace(
            "%1", letter.registration_number or str(letter.id)))

        def op(progress: workers.Progress) -> tuple[LetterInfo, bytes]:
            from app.services import letters

            info = letters.sign_letter(desk, letter.id, signer)
            return info, letters.letter_pdf(desk, info.id)

        def done(result: tuple[LetterInfo, bytes]) -> None:
            info, pdf = result
            self.message.setText(self.tr("Letter %1 signed. Ctrl+N opens the next pending "
                                         "request.").replace(
                "%1", info.registration_number or str(info.id)))
            self.letter_signed.emit(info)
            type(self).show_pdf(self, pdf, info.registration_number or str(info.id))

        workers.run_op(self, op, done, self._sign_failed)

    def _sign_failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("The decision is recorded, but the letter was not "
                                     "signed: %1 The letter waits in the Letters list.")
                             .replace("%1", describe(exc)))

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    def next_pending(self) -> None:
        if self.desk is None:
            return
        desk, current = self.desk, self.request_id

        def op(progress: workers.Progress) -> int | None:
            from app.services.queries import pending_decisions

            with desk.read() as s:
                rows = pending_decisions(s, limit=2)
            ids = [r.id for r in rows if r.id != current]
            return ids[0] if ids else None

        def done(rid: int | None) -> None:
            if rid is None:
                self.message.setText(self.tr("No more requests wait for a decision."))
                return
            self.show_request(rid)

        workers.run_op(self, op, done, self._show_error, kind="read")

    def clear(self) -> None:
        super().clear()
        self.context = None
        self.request_text.clear()
        self.context_text.clear()
        self.reason.clear()
        self.conditions.clear()
        self.message.clear()
        self.heading.setText(self.tr("Locked."))
        self._set_enabled(False)
