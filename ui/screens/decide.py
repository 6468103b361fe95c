"""Deciding a request: the request beside its review context; approve, deny or return by keyboard.

Nothing is chosen in advance: Alt+1 / Alt+2 / Alt+3 choose approve, deny or return (shortcuts,
the same keys in every language; the README lists them and a test checks it), Ctrl+Enter shows
the letter exactly as it will be signed and Enter confirms. Then the PIN or key password is
asked (once per session) and the decision, its registration number, the signed letter and the
audit entry are recorded as one act; if the prompt is cancelled or anything fails, nothing is
recorded. "Record now, sign later" is an explicit choice. A decided request shows the recorded
decision, never live controls. Ctrl+N goes to the next pending request.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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

from app.domain.enums import DecisionOutcome, LetterKind, RequestState, Role, label
from ui import workers
from ui.errors import describe
from ui.i18n import current_language
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.domain.policy import Flag
    from app.letters.signers import LetterSigner
    from app.services.decisions import DecisionPreview
    from app.services.letters import LetterInfo, SignerInfo
    from app.services.request_views import RequestView, ReviewContext


# The decision keys: shortcuts, not mnemonics, so translation never moves them (Ctrl+1..9 go
# to screens; Alt+letters are the menus' mnemonics, which differ by language).
OUTCOME_KEYS = {DecisionOutcome.APPROVE: "Alt+1", DecisionOutcome.DENY: "Alt+2",
                DecisionOutcome.RETURN: "Alt+3"}
DECIDE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
NEXT_KEY = "Ctrl+N"


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
    # The confirmation seam: (parent, preview, outcome text, signs) -> confirmed.
    confirm: Callable[[QWidget, DecisionPreview, str, bool], bool] = staticmethod(
        lambda parent, preview, text, signs: _confirm_dialog(parent, preview, text, signs))

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

        self.signer_info: SignerInfo | None = None
        self._keep_message = False
        self.preview: DecisionPreview | None = None
        # No "&": a mnemonic would move with the translation and type into the Reason box.
        self.approve = QRadioButton(self._keyed(self.tr("Approve"), DecisionOutcome.APPROVE))
        self.deny = QRadioButton(self._keyed(self.tr("Deny"), DecisionOutcome.DENY))
        self.return_ = QRadioButton(self._keyed(self.tr("Return for changes"),
                                                DecisionOutcome.RETURN))
        self.outcomes = QButtonGroup(self)
        self.outcome_shortcuts: dict[DecisionOutcome, QShortcut] = {}
        for b, o in ((self.approve, DecisionOutcome.APPROVE), (self.deny, DecisionOutcome.DENY),
                     (self.return_, DecisionOutcome.RETURN)):
            self.outcomes.addButton(b)
            b.setProperty("outcome", o.value)
            sc = QShortcut(QKeySequence(OUTCOME_KEYS[o]), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda o=o: self.choose(o))
            self.outcome_shortcuts[o] = sc
        self.sign_later = QCheckBox(self.tr("Record now, sign the letter later"))
        self.record = QLabel()
        self.record.setObjectName("recorded_decision")
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record.setVisible(False)
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
        self.decide_button = QPushButton(self.tr("Decide…") + " (Ctrl+Enter)")
        self.decide_button.clicked.connect(self.decide)
        self.next_button = QPushButton(self.tr("Next pending") + f" ({NEXT_KEY})")
        self.next_button.clicked.connect(self.next_pending)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.controls = QWidget()  # the live controls; a decided request shows self.record
        choice = QHBoxLayout()
        for b in (self.approve, self.deny, self.return_):
            choice.addWidget(b)
        choice.addStretch()
        choice.addWidget(self.sign_later)
        texts = QHBoxLayout()
        texts.addWidget(self.reason)
        texts.addWidget(self.conditions)
        live = QVBoxLayout(self.controls)
        live.setContentsMargins(0, 0, 0, 0)
        live.addLayout(choice)
        live.addLayout(texts)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.next_button)
        actions.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.record)
        layout.addWidget(self.controls)
        layout.addLayout(actions)

        for keys in DECIDE_KEYS:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.decide)
        nxt = QShortcut(QKeySequence(NEXT_KEY), self)
        nxt.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        nxt.activated.connect(self.next_pending)
        self.outcomes.buttonToggled.connect(lambda *_: self._outcome_changed())
        for w in (self.reason, self.conditions):
            w.installEventFilter(self)
        self._set_enabled(False)

    def _keyed(self, text: str, outcome: DecisionOutcome) -> str:
        """The button's text with its key, written by Qt (never by the translation)."""
        key = QKeySequence(OUTCOME_KEYS[outcome]).toString(
            QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({key})"

    def shortcut_keys(self) -> dict[str, list[str]]:
        """What each decision key does, as the live widget defines it (the README is checked
        against this)."""
        def portable(sc: QShortcut) -> str:
            return sc.key().toString(QKeySequence.SequenceFormat.PortableText)

        found = [sc for sc in self.findChildren(QShortcut)]
        by_slot: dict[str, list[str]] = {"approve": [], "deny": [], "return": [], "decide": [],
                                         "next": []}
        for o, sc in self.outcome_shortcuts.items():
            by_slot[o.value].append(portable(sc))
        for sc in found:
            k = portable(sc)
            if k in DECIDE_KEYS:
                by_slot["decide"].append(k)
            elif k == NEXT_KEY:
                by_slot["next"].append(k)
        return by_slot

    def choose(self, outcome: DecisionOutcome) -> None:
        """Pick the outcome by its key (only while there is something to decide)."""
        button = {DecisionOutcome.APPROVE: self.approve, DecisionOutcome.DENY: self.deny,
                  DecisionOutcome.RETURN: self.return_}[outcome]
        if button.isEnabled():
            button.setChecked(True)
            self.message.clear()

    def _clear_choice(self) -> None:
        self.outcomes.setExclusive(False)
        for b in self.outcomes.buttons():
            b.setChecked(False)
        self.outcomes.setExclusive(True)

    # Shortcuts need an active window; key events also reach us through these two paths.
    def _handle_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination()).toString(
            QKeySequence.SequenceFormat.PortableText)
        for o, key in OUTCOME_KEYS.items():
            if pressed == key:
                self.choose(o)
                return True
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
            if self._handle_key(event):
                return True
            # A stray Alt+letter (a key from another language's habit) never types into the
            # reason or the conditions: they go into a legal record as typed.
            return event.modifiers() == Qt.KeyboardModifier.AltModifier and bool(event.text())
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

        def op(progress: workers.Progress
               ) -> tuple[ReviewContext, SignerInfo | None, list[LetterInfo]]:
            from app.services import letters
            from app.services.queries import review_context

            return (review_context(desk, rid), letters.signer_configured(desk),
                    letters.letters_for_request(desk, rid))

        workers.run_op(self, op, self._loaded, self._show_error, kind="read")

    def _loaded(self, result: tuple[ReviewContext, SignerInfo | None, list[LetterInfo]]
                ) -> None:
        ctx, info, request_letters = result
        if self.desk is None or ctx.request.id != self.request_id:
            return
        self.context = ctx
        self.signer_info = info
        self._show_record(ctx, request_letters)
        v = ctx.request
        self.heading.setText(self.tr("Request No. %1: %2").replace("%1", str(v.id))
                             .replace("%2", v.traveller))
        self.request_text.setHtml(self._request_html(v))
        self.context_text.setHtml(self._context_html(ctx))
        can = ctx.may_decide and v.state == RequestState.SUBMITTED
        self._set_enabled(can)
        self._outcome_changed()
        self.controls.setVisible(v.state == RequestState.SUBMITTED or v.last_decision is None)
        self.sign_later.setToolTip(self.tr("Without this, the decision is recorded only "
                                           "together with its signed letter."))
        if info is None:
            # Nothing to sign with: the decision can only be recorded with its letter waiting.
            self.sign_later.setChecked(True)
            self.sign_later.setEnabled(False)
            self.sign_later.setToolTip(self.tr("No signer is configured: the letter will wait "
                                               "in the Letters list until it is signed."))
        if not ctx.may_decide:
            self.message.setText(ctx.may_decide_reason)
        elif self._keep_message:
            self._keep_message = False  # what was just decided stays said
        elif v.state != RequestState.SUBMITTED:
            self.message.setText(self.tr("This request is %1; there is nothing to decide.")
                                 .replace("%1", label(v.state, self.lang)))
        else:
            self.message.setText("")
            self.reason.setFocus()
        self.loaded.emit()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.approve, self.deny, self.return_, self.reason, self.conditions,
                  self.decide_button, self.sign_later):
            w.setEnabled(on)

    def _show_record(self, ctx: ReviewContext, request_letters: list[LetterInfo]) -> None:
        """A decided request: the recorded decision, who, when (Vilnius time), outcome,
        reason, conditions, its letter's number and whether it is signed."""
        from zoneinfo import ZoneInfo

        v = ctx.request
        d = v.last_decision
        if d is None or v.state == RequestState.SUBMITTED:
            self.record.setVisible(False)
            return
        e = html.escape
        at = d.decided_at
        if at.tzinfo is None:
            from datetime import UTC

            at = at.replace(tzinfo=UTC)
        when = at.astimezone(ZoneInfo("Europe/Vilnius")).strftime("%Y-%m-%d %H:%M")
        who = d.decided_by_name or d.decided_by
        if d.acting_for_name:
            who = self.tr("%1 for %2").replace("%1", who).replace("%2", d.acting_for_name)
        rows = [(self.tr("Decision"), self._outcome_word(d.outcome.value)),
                (self.tr("Decided by"), who),
                (self.tr("When"), when + " " + self.tr("(Vilnius time)")),
                (self.tr("Reason"), d.reason or "—"),
                (self.tr("Conditions"), "; ".join(d.conditions) or "—")]
        mine = [x for x in request_letters if x.decision_id == d.id
                and x.kind is not LetterKind.WITHDRAWAL]
        if mine:
            for x in mine:
                state = (self.tr("signed") if x.status == "signed"
                         else self.tr("Decided, letter not signed"))
                rows.append((self.tr("Letter No."), f"{x.registration_number} · {state}"))
        elif d.outcome is not DecisionOutcome.RETURN:
            rows.append((self.tr("Letter No."), "—"))
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(val)}</td></tr>" for k, val in rows)
        title = e(self.tr("Recorded decision"))
        self.record.setText(f"<h4>{title}</h4><table cellspacing='3'>{table}</table>")
        self.record.setVisible(True)

    def _outcome_changed(self) -> None:
        # Conditions belong to an approval: closed once deny or return is chosen.
        chosen = self.chosen_outcome()
        self.conditions.setEnabled(self.decide_button.isEnabled() and chosen in (
            None, DecisionOutcome.APPROVE.value))

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
            "lead_time": self.tr("Days until departure: %1; the policy asks for at least %2."),
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
    def chosen_outcome(self) -> str | None:
        b = self.outcomes.checkedButton()
        return str(b.property("outcome")) if b is not None else None

    def _signs(self, outcome: str) -> bool:
        return (outcome != DecisionOutcome.RETURN.value and self.signer_info is not None
                and not self.sign_later.isChecked())

    def decide(self) -> None:
        """Check, then show the letter as it will be signed; nothing is recorded yet."""
        if self.desk is None or self.request_id is None or not self.decide_button.isEnabled():
            return
        outcome = self.chosen_outcome()
        if outcome is None:
            keys = ", ".join(
                f"{QKeySequence(OUTCOME_KEYS[o]).toString(QKeySequence.SequenceFormat.NativeText)}"
                f" {self._outcome_verb(o)}" for o in OUTCOME_KEYS)
            self.message.setText(self.tr("Choose an outcome first: %1.").replace("%1", keys))
            return
        reason = self.reason.toPlainText().strip()
        conditions = [c for c in self.conditions.toPlainText().splitlines() if c.strip()] \
            if outcome == DecisionOutcome.APPROVE.value else []
        if outcome != DecisionOutcome.APPROVE.value and not reason:
            self.message.setText(self.tr("A denial or a return needs a written reason."))
            self.reason.setFocus()
            return
        desk, rid, lang = self.desk, self.request_id, self.lang
        self.decide_button.setEnabled(False)
        self.message.setText(self.tr("Preparing the letter…"))

        def op(progress: workers.Progress) -> DecisionPreview:
            from app.services.decisions import preview_decision

            return preview_decision(desk, rid, outcome, reason=reason, conditions=conditions,
                                    lang=lang)

        workers.run_op(self, op, self._previewed, self._decide_failed)

    def _outcome_verb(self, o: DecisionOutcome) -> str:
        return {DecisionOutcome.APPROVE: self.tr("approve"), DecisionOutcome.DENY: self.tr("deny"),
                DecisionOutcome.RETURN: self.tr("return for changes")}[o]

    def _previewed(self, preview: DecisionPreview) -> None:
        if self.desk is None or preview.request_id != self.request_id:
            return
        signs = self._signs(preview.outcome.value)
        if not type(self).confirm(self, preview, self._outcome_word(preview.outcome.value),
                                  signs):
            self.decide_button.setEnabled(True)
            self.message.setText(self.tr("Not recorded: you went back to the request."))
            return
        self.preview = preview
        if not signs:
            self._record(preview, None)
            return
        desk, info = self.desk, self.signer_info
        assert info is not None
        if self.signer_session is None:
            from ui.dialogs.pin_prompt import SignerSession

            self.signer_session = SignerSession()
        self.message.setText(self.tr("Waiting for the PIN or password…"))
        self.signer_session.ensure(
            self, desk, info, lambda signer: self._record(preview, signer), self._decide_failed,
            self._prompt_cancelled)

    def _prompt_cancelled(self) -> None:
        self.decide_button.setEnabled(True)
        self.message.setText(self.tr("Nothing was recorded: the signing prompt was cancelled. "
                                     "Ctrl+Enter starts again."))

    def _record(self, preview: DecisionPreview, signer: LetterSigner | None) -> None:
        """One act: the decision, its number, the signed letter (unless signing later was
        chosen, or there is nothing to sign with) and the audit entry."""
        desk, lang = self.desk, self.lang
        if desk is None:
            return
        self.message.setText(self.tr("Recording the decision and signing the letter…")
                             if signer is not None else self.tr("Recording the decision…"))

        def op(progress: workers.Progress) -> tuple[RequestView, LetterInfo | None, bytes]:
            from app.services import decisions, letters

            view = decisions.decide(
                desk, preview.request_id, preview.outcome, reason=preview.reason,
                conditions=preview.conditions, lang=lang, signer=signer,
                expected_number=preview.registration_number)
            info = (letters.letter_for_decision(desk, view.last_decision.id)
                    if view.last_decision is not None else None)
            pdf = letters.letter_pdf(desk, info.id) if info and info.status == "signed" else b""
            return view, info, pdf

        workers.run_op(self, op, self._decided, self._decide_failed)

    def _decide_failed(self, exc: BaseException) -> None:
        from app.letters.signers import LetterSigningError

        if isinstance(exc, LetterSigningError) and self.signer_session is not None:
            self.signer_session.close()  # a key that failed is asked for again next time
        self.decide_button.setEnabled(True)
        # reason and conditions stay as typed
        self.message.setText(self.tr("Nothing was recorded: %1").replace("%1", describe(exc)))

    def _decided(self, result: tuple[RequestView, LetterInfo | None, bytes]) -> None:
        view, info, pdf = result
        self.reason.clear()
        self.conditions.clear()
        self._clear_choice()
        self._set_enabled(False)
        word = label(view.state, self.lang)
        if info is not None and info.status == "signed":
            self.message.setText(self.tr("Decided: %1; letter %2 signed. Ctrl+N opens the next "
                                         "pending request.").replace("%1", word)
                                 .replace("%2", info.registration_number))
        elif info is not None:
            self.message.setText(self.tr("Decided, letter not signed: %1; letter %2 waits in "
                                         "the Letters list.").replace("%1", word)
                                 .replace("%2", info.registration_number))
        else:
            self.message.setText(self.tr("Decided: %1. Ctrl+N opens the next pending request.")
                                 .replace("%1", word))
        self.decided.emit(view)
        if info is not None and info.status == "signed":
            self.letter_signed.emit(info)
            type(self).show_pdf(self, pdf, info.registration_number or str(info.id))
        self._keep_message = True
        self.refresh()  # the recorded decision replaces the controls

    # ---- signing a letter recorded to sign later -------------------------------------------
    def sign_for_decision(self, decision_id: int) -> None:
        """Sign a decision's waiting letter with the session's signer (prompting once per
        session) and open it; on any failure the letter stays pending."""
        desk = self.desk
        if desk is None:  # locked meanwhile
            return

        def find(progress: workers.Progress) -> tuple[SignerInfo | None, LetterInfo | None]:
            from app.services import letters

            return letters.signer_configured(desk), letters.letter_for_decision(desk, decision_id)

        def found(result: tuple[SignerInfo | None, LetterInfo | None]) -> None:
            info, letter = result
            if letter is None or self.desk is not desk:
                return
            if info is None:
                self.message.setText(self.tr(
                    "No signer is configured; the letter waits in the Letters list."))
                return
            if self.signer_session is None:
                from ui.dialogs.pin_prompt import SignerSession

                self.signer_session = SignerSession()
            self.signer_session.ensure(
                self, desk, info, lambda signer: self._sign(letter, signer), self._sign_failed,
                lambda: self.message.setText(self.tr(
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
            self.refresh()

        workers.run_op(self, op, done, self._sign_failed)

    def _sign_failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("The letter was not signed: %1 It waits in the Letters "
                                     "list.").replace("%1", describe(exc)))

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
        self._clear_choice()
        self.record.clear()
        self.record.setVisible(False)
        self.message.clear()
        self.heading.setText(self.tr("Locked."))
        self._set_enabled(False)


def _confirm_dialog(parent: QWidget, preview: DecisionPreview, text: str, signs: bool) -> bool:
    from ui.dialogs.decision_confirm import confirm_dialog

    return confirm_dialog(parent, preview, text, signs)
