"""Letters: the list (to sign, to print, printed), the preview, print, save, batch signing with
progress and cancel, and the verdict on any PDF opened from disk.

QtPdf and QtPrintSupport are imported when first used, not when the window starts.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LetterKind, Role
from app.letters.wording import coverage_words
from ui import workers
from ui.errors import describe, word
from ui.models.base import Index, ListTableModel
from ui.screens.base import Screen

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtPrintSupport import QPrinter

    from app.letters.signers import LetterSigner
    from app.letters.verify import LetterVerdict
    from app.services.desk import Actor, Changes
    from app.services.letters import LetterInfo, SignerInfo
    from app.services.worklist import WorkItem
    from ui.dialogs.pdf_preview import PdfPane

COL_NUMBER, COL_KIND, COL_LANG, COL_STATUS, COL_REQUEST, COL_SIGNED, COL_SIGNER = range(7)
COLUMN_COUNT = 7
LetterRole = Qt.ItemDataRole.UserRole + 1

FILTERS = ("pending", "to_print", "printed", "all")
LIST_LIMIT = 2000


def kind_word(kind: LetterKind) -> str:
    return {
        LetterKind.APPROVAL: QCoreApplication.translate("Letters", "permission"),
        LetterKind.DENIAL: QCoreApplication.translate("Letters", "refusal"),
        LetterKind.WITHDRAWAL: QCoreApplication.translate("Letters", "clearance withdrawal"),
    }.get(kind, str(kind))


def status_word(info: LetterInfo) -> str:
    # "to sign" read as "signed" in Lithuanian ("pasirašyti"): say who waits for what.
    if info.status == "pending":
        return QCoreApplication.translate("Letters", "waiting for signature")
    if info.printed_at is None:
        return QCoreApplication.translate("Letters", "signed, not printed")
    return QCoreApplication.translate("Letters", "printed")


def attention_filter(actor: Actor) -> str:
    """The filter that shows what waits for this user: a signer's letters to sign, a clerk's
    signed letters not yet printed and sent."""
    if actor.has(Role.HEAD, Role.DEPUTY):
        return "pending"
    if actor.has(Role.CLERK):
        return "to_print"
    return "all"


def _when(t: datetime | None) -> str:
    from app.domain.clock import for_people

    return for_people(t)


class LettersModel(ListTableModel["LetterInfo"]):
    """At most LIST_LIMIT letters, newest first: letters are a few a day, not 500,000 rows."""

    column_count = COLUMN_COUNT

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Letter"), self.tr("Language"), self.tr("Status"),
                self.tr("Request"), self.tr("Signed"), self.tr("Signed by"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        if role == LetterRole:
            return info
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_NUMBER:
            return info.registration_number or str(info.id)
        if col == COL_KIND:
            return kind_word(info.kind)
        if col == COL_LANG:
            return info.lang.upper()
        if col == COL_STATUS:
            return status_word(info)
        if col == COL_REQUEST:
            return str(info.request_id) if info.request_id else ""
        if col == COL_SIGNED:
            return _when(info.signed_at)
        if col == COL_SIGNER:
            return info.signer_name
        return None

    def row_of(self, letter_id: int) -> int:
        return next((i for i, x in enumerate(self.rows) if x.id == letter_id), -1)


def ask_printer_dialog(parent: QWidget) -> QPrinter | None:
    from ui.dialogs.pdf_preview import ask_printer_dialog as ask  # the preview prints too

    return ask(parent)


def ask_save_path_dialog(parent: QWidget, suggested: str) -> str | None:
    title = QCoreApplication.translate("LettersScreen", "Save the letter")
    kinds = QCoreApplication.translate("LettersScreen", "PDF files (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path or None


def ask_open_path_dialog(parent: QWidget) -> str | None:
    title = QCoreApplication.translate("LettersScreen", "Verify a signed letter")
    kinds = QCoreApplication.translate("LettersScreen", "PDF files (*.pdf);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


class LettersScreen(Screen):
    roles = (Role.CLERK, Role.HEAD, Role.DEPUTY)
    loaded = Signal()
    printed = Signal(object)        # list of letter ids marked printed
    batch_started = Signal(object)  # the ProgressAdapter of a batch (tests cancel through it)
    batch_done = Signal(object)     # list of LetterInfo signed
    verified = Signal(object)       # LetterVerdict
    saved = Signal(str)

    # Seams tests answer (Dangerzone's replaceable file dialog).
    ask_printer: Callable[[QWidget], QPrinter | None] = staticmethod(ask_printer_dialog)
    ask_save_path: Callable[[QWidget, str], str | None] = staticmethod(ask_save_path_dialog)
    ask_open_path: Callable[[QWidget], str | None] = staticmethod(ask_open_path_dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: PdfPane | None = None  # made on the first preview
        self.pending_select: int | None = None
        self.defaulted_for: str | None = None  # whose attention filter was last chosen
        self.fall_back_to_all = False
        self.progress_dialog: QProgressDialog | None = None
        self.model = LettersModel(self)

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show letters"))
        for key, text in zip(FILTERS, (self.tr("Waiting for signature"),
                                       self.tr("Signed, not printed"), self.tr("Printed"),
                                       self.tr("All letters")), strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self._filter_chosen())
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Letters"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        h = self.view.horizontalHeader()
        for col in range(COLUMN_COUNT):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.activated.connect(lambda _i: self.preview_selected())

        self.sign_button = QPushButton(self.tr("&Sign selected…"))
        self.sign_button.clicked.connect(self.sign_selected)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_selected)
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.save_button.clicked.connect(self.save_selected)
        self.verify_button = QPushButton(self.tr("&Verify a PDF…"))
        self.verify_button.clicked.connect(self.verify_file)
        for b, keys in ((self.print_button, "Ctrl+P"), (self.save_button, "Ctrl+Shift+S"),
                        (self.verify_button, "Ctrl+O"), (self.sign_button, "Ctrl+Shift+G")):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(b.click)
            b.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.placeholder = QLabel(self.tr("Select a signed letter to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.preview_box = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_box)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_layout.addWidget(self.placeholder)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addStretch()
        top.addWidget(self.verify_button)
        buttons = QHBoxLayout()
        for b in (self.sign_button, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.verdict)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview_box)
        split.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Letters")

    # ---- loading ------------------------------------------------------------------------
    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(FILTERS.index(key))

    def _filter_chosen(self) -> None:
        self.fall_back_to_all = False
        if self.message.property("fallback"):  # the note on why "All" was shown is stale now
            self.message.clear()
            self.message.setProperty("fallback", False)
        self.refresh()

    def refresh(self) -> None:
        if self.desk is None:
            return
        desk = self.desk
        if self.defaulted_for != desk.actor.username:
            # Opened for this user: show what waits for them, not an empty "to sign" list.
            self.defaulted_for = desk.actor.username
            self.filter.blockSignals(True)
            self.set_filter(attention_filter(desk.actor))
            self.filter.blockSignals(False)
            self.fall_back_to_all = self.filter.currentData() != "all"
        key = str(self.filter.currentData())
        self.sign_button.setVisible(desk.actor.has(Role.HEAD, Role.DEPUTY))

        def op(progress: workers.Progress) -> list[LetterInfo]:
            from app.services import letters

            status = {"pending": "pending", "to_print": "signed", "printed": "signed"}.get(key)
            rows = letters.list_letters(desk, status=status, limit=LIST_LIMIT)
            if key == "to_print":
                rows = [x for x in rows if x.printed_at is None]
            elif key == "printed":
                rows = [x for x in rows if x.printed_at is not None]
            return rows

        workers.run_op(self, op, self._loaded, self._show_error, kind="read")

    def _loaded(self, rows: list[LetterInfo]) -> None:
        if self.desk is None:
            return
        if self.fall_back_to_all:
            self.fall_back_to_all = False
            if not rows and self.pending_select is None:
                # Nothing waits for this user: every letter, and say why, not an empty list.
                key = str(self.filter.currentData())
                self.filter.blockSignals(True)
                self.set_filter("all")
                self.filter.blockSignals(False)
                self.message.setText(self.tr("No letter waits for your signature; all letters "
                                             "are shown.") if key == "pending" else
                                     self.tr("No signed letter waits to be printed; all letters "
                                             "are shown."))
                self.message.setProperty("fallback", True)
                self.refresh()
                return
        keep = self.pending_select or next((x.id for x in self.selected()), None)
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        empty = self.tr("No letters here.")
        if not rows and not self.message.text():
            self.message.setText(empty)
        elif rows and self.message.text() == empty:
            self.message.clear()
        self.pending_select = None
        self._selection_changed()
        self.loaded.emit()

    def show_item(self, item: WorkItem) -> None:
        """A worklist item: the letter to sign or to print, selected."""
        self.pending_select = item.letter_id
        self.fall_back_to_all = False
        if self.desk is not None:
            self.defaulted_for = self.desk.actor.username
        self.filter.blockSignals(True)
        self.set_filter("pending" if item.kind == "sign_letter" else "to_print")
        self.filter.blockSignals(False)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.desk is not None and self.isVisible() and "letter" in changes.kinds:
            self.refresh()

    def selected(self) -> list[LetterInfo]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def _selection_changed(self) -> None:
        sel = self.selected()
        signed = [x for x in sel if x.status == "signed"]
        self.sign_button.setEnabled(any(x.status == "pending" for x in sel))
        self.print_button.setEnabled(bool(signed))
        self.save_button.setEnabled(len(signed) == 1)
        if len(sel) == 1 and sel[0].status == "signed":
            self.preview_selected()
        elif self.preview is not None:
            self.preview.clear()

    # ---- preview ------------------------------------------------------------------------
    def preview_selected(self) -> None:
        sel = [x for x in self.selected() if x.status == "signed"]
        if self.desk is None or len(sel) != 1:
            return
        desk, letter = self.desk, sel[0]

        def op(progress: workers.Progress) -> bytes:
            from app.services import letters

            return letters.letter_pdf(desk, letter.id)

        def done(pdf: bytes) -> None:
            if [x.id for x in self.selected()] != [letter.id]:
                return  # the selection moved on meanwhile
            self._pane().set_pdf(pdf)

        workers.run_op(self, op, done, self._show_error, kind="read")

    def _pane(self) -> PdfPane:
        if self.preview is None:
            from ui.dialogs.pdf_preview import PdfPane  # QtPdf is loaded only here

            self.preview = PdfPane(self.preview_box)
            self.placeholder.hide()
            self.preview_layout.addWidget(self.preview)
        return self.preview

    # ---- printing and saving -------------------------------------------------------------
    def print_selected(self) -> None:
        signed = [x for x in self.selected() if x.status == "signed"]
        if self.desk is None or not signed:
            return
        printer = type(self).ask_printer(self)
        if printer is None:
            return
        desk, dpi = self.desk, int(printer.resolution())
        self.message.setText(self.tr("Preparing %n letter(s) for the printer…", "", len(signed)))

        def op(progress: workers.Progress) -> list[list[QImage]]:
            from app.services import letters
            from ui.dialogs.pdf_preview import render_pages

            return [render_pages(letters.letter_pdf(desk, x.id), dpi) for x in signed]

        def rendered(pages_per_letter: list[list[QImage]]) -> None:
            from ui.dialogs.pdf_preview import paint_pages

            try:
                paint_pages(printer, [p for pages in pages_per_letter for p in pages])
            except OSError as exc:
                self.message.setText(str(exc))
                return
            self._mark_printed([x.id for x in signed])

        workers.run_op(self, op, rendered, self._show_error, kind="read")

    def _mark_printed(self, ids: list[int]) -> None:
        desk = self.desk
        if desk is None:  # locked meanwhile
            return

        def op(progress: workers.Progress) -> list[LetterInfo]:
            from app.services import letters

            return [letters.mark_printed(desk, i) for i in ids]

        def done(infos: list[LetterInfo]) -> None:
            self.message.setText(self.tr("%n letter(s) printed.", "", len(infos)))
            self.printed.emit(ids)
            self.refresh()

        workers.run_op(self, op, done, self._show_error)

    def save_selected(self) -> None:
        signed = [x for x in self.selected() if x.status == "signed"]
        if self.desk is None or len(signed) != 1:
            return
        letter = signed[0]
        name = (letter.registration_number or str(letter.id)).replace("/", "-") + ".pdf"
        path = type(self).ask_save_path(self, name)
        if not path:
            return
        desk = self.desk

        def op(progress: workers.Progress) -> str:
            from app.services import letters

            Path(path).write_bytes(letters.letter_pdf(desk, letter.id))
            return path

        def done(p: str) -> None:
            self.message.setText(self.tr("Saved to %1.").replace("%1", p))
            self.saved.emit(p)

        workers.run_op(self, op, done, self._file_error, kind="read")

    def _file_error(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.message.setText(self.tr("The file could not be written or read: %1")
                                 .replace("%1", exc.strerror or str(exc)))
        else:
            self._show_error(exc)

    # ---- batch signing ------------------------------------------------------------------
    def sign_selected(self) -> None:
        ids = [x.id for x in self.selected() if x.status == "pending"]
        if self.desk is None or not ids:
            return
        desk = self.desk

        def find(progress: workers.Progress) -> SignerInfo | None:
            from app.services import letters

            return letters.signer_configured(desk)

        def found(info: SignerInfo | None) -> None:
            if info is None:
                self.message.setText(self.tr("No signer is configured: an administrator sets "
                                             "it in Settings."))
                return
            if self.signer_session is None:
                from ui.dialogs.pin_prompt import SignerSession

                self.signer_session = SignerSession()
            self.signer_session.ensure(self, desk, info, lambda s: self._sign_batch(ids, s),
                                       self._show_error,
                                       lambda: self.message.setText(self.tr("Nothing signed.")))

        workers.run_op(self, find, found, self._show_error, kind="read")

    def _sign_batch(self, ids: list[int], signer: LetterSigner) -> None:
        desk = self.desk
        if desk is None:  # locked meanwhile
            return
        adapter = workers.ProgressAdapter(self)
        dlg = QProgressDialog(self.tr("Signing %n letter(s)…", "", len(ids)), self.tr("Cancel"),
                              0, len(ids), self)
        dlg.setWindowTitle(self.tr("Signing letters"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setValue(0)
        dlg.canceled.connect(adapter.cancel)
        self.progress_dialog = dlg

        def moved(done: int, total: int, number: str) -> None:
            dlg.setValue(done)
            dlg.setLabelText(self.tr("Signed %1 of %2 (letter %3)…").replace("%1", str(done))
                             .replace("%2", str(total)).replace("%3", number))

        adapter.progressed.connect(moved)
        self.batch_started.emit(adapter)

        def op(progress: workers.Progress) -> list[LetterInfo]:
            from app.services import letters

            # Emit, never raise: a letter signed before Cancel stays signed and is counted.
            return letters.sign_many(desk, ids, signer,
                                     progress=lambda d, t, m: adapter.progressed.emit(d, t, m),
                                     cancelled=lambda: adapter.cancelled)

        def done(infos: list[LetterInfo]) -> None:
            self._close_progress()
            if len(infos) < len(ids):
                self.message.setText(self.tr("Cancelled: %1 of %2 letters signed; the rest "
                                             "wait.").replace("%1", str(len(infos)))
                                     .replace("%2", str(len(ids))))
            else:
                self.message.setText(self.tr("%n letter(s) signed.", "", len(infos)))
            self.batch_done.emit(infos)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._close_progress()
            self._show_error(exc)
            self.refresh()

        workers.run_op(self, op, done, failed)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # ---- verifying ----------------------------------------------------------------------
    def verify_file(self) -> None:
        path = type(self).ask_open_path(self)
        if not path or self.desk is None:
            return
        desk = self.desk
        self.message.setText(self.tr("Verifying %1…").replace("%1", Path(path).name))

        def op(progress: workers.Progress) -> LetterVerdict:
            from app.services import letters

            return letters.verify_pdf(desk, Path(path).read_bytes())

        def done(verdict: LetterVerdict) -> None:
            self.message.setText("")
            self.show_verdict(Path(path).name, verdict)
            self.verified.emit(verdict)

        workers.run_op(self, op, done, self._file_error, kind="read")

    def show_verdict(self, name: str, verdict: LetterVerdict) -> None:
        e = html.escape
        if verdict.ok:
            head = self.tr("%1: the signature is valid.").replace("%1", name)
            color = "#1b6e20"
        else:
            head = self.tr("%1: the signature is NOT valid.").replace("%1", name)
            color = "#a40000"
        rows = [(self.tr("Signed by"), verdict.signer_name),
                (self.tr("Signing time"), _when(verdict.signing_time)),
                (self.tr("Registration number"), verdict.registration_number),
                (self.tr("Signature"), word(coverage_words(verdict.coverage)))]
        out = [f"<p style='color:{color}; font-weight:600'>{e(head)}</p><table>"]
        out += [f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{e(str(v or '—'))}</td></tr>"
                for k, v in rows]
        out.append("</table>")
        if verdict.codes:
            out.append("<ul>" + "".join(f"<li style='color:#a40000'>{e(p)}</li>"
                                        for p in self.problem_texts(verdict)) + "</ul>")
        # The ETSI EN 319 102-1 style report of each signature, as `verify` prints it.
        from app.letters.report import report_lines

        for i, report in enumerate(verdict.signatures, 1):
            out.append(f"<p><b>{e(self.tr('Signature %1').replace('%1', str(i)))}</b></p>"
                       "<table>")
            out += [f"<tr><td>{e(word(label))}&nbsp;</td><td>{e(word(value))}</td></tr>"
                    for label, value in report_lines(report)]
            out.append("</table>")
        self.verdict.setText("".join(out))
        self.verdict.show()

    def problem_texts(self, verdict: LetterVerdict) -> list[str]:
        """What is wrong with a letter, worded from the core's codes."""
        from app.letters.verify import signing_day

        day = signing_day(verdict.signing_time) if verdict.signing_time else "—"
        texts = {
            "bad_anchor": self.tr("One of the trust anchors is not a certificate."),
            "unreadable": self.tr("The file is not a readable PDF letter; it may be truncated "
                                  "or damaged."),
            "unsigned": self.tr("The letter carries no signature."),
            "damaged_signature": self.tr("A signature in the letter is damaged and cannot be "
                                         "checked."),
            "changed": self.tr("The letter was changed after it was signed."),
            "wrong_key": self.tr("The signature does not match the signing certificate."),
            "added_after": self.tr("Something was added to the letter after it was signed."),
            "revoked": self.tr("The signing certificate has been revoked."),
            "not_valid_then": self.tr("The signing certificate was not valid at the signing "
                                      "time."),
            "revocation_unknown": self.tr("The revocation status of the signing certificate "
                                          "cannot be established."),
            "untrusted": self.tr("The signing certificate does not lead to a trusted root."),
            "rules": self.tr("The signature does not meet the validation rules."),
            "not_authorised": self.tr("Signed by %1, who is not an authorised signer of the "
                                      "institution on %2.")
            .replace("%1", verdict.signer_name or "—")
            .replace("%2", day),
            "no_signers": self.tr("No authorised signer of the institution is known here, so "
                                  "the signer cannot be shown to sign for it: pin the "
                                  "institution's signer certificates (permit-desk trust signer "
                                  "add)."),
        }
        return [texts.get(code, english) for code, english in
                zip(verdict.codes, verdict.problems, strict=True)]

    # ---- errors and locking ---------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    def clear(self) -> None:
        super().clear()
        self.defaulted_for = None  # unlocked again: what waits for the user first
        self.fall_back_to_all = False
        self.model.set_rows([])
        self.message.clear()
        self.verdict.clear()
        self.verdict.hide()
        if self.preview is not None:
            self.preview.clear()
