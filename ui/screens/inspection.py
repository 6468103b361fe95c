"""Inspection: export a period as a signed bundle (inspector, administrator, head) with progress
and cancel; back up and restore the store (administrator)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from ui import workers
from ui.dialogs import prompts
from ui.errors import describe
from ui.qdates import py_date
from ui.screens.base import Screen
from ui.widths import cap_widths

if TYPE_CHECKING:
    from app.exchange.backup import BackupInfo, RestoreResult
    from app.exchange.export import ExportResult
    from app.letters.signers import LetterSigner

from app.services import backups as _backups
from app.services import inspection as _inspection

EXPORTERS = (Role.INSPECTOR, Role.ADMIN, Role.HEAD)


class InspectionScreen(Screen):
    roles = EXPORTERS
    exported = Signal(object)
    backed_up = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: workers.ProgressAdapter | None = None
        today = QDate.currentDate()
        self.period_from = QDateEdit(QDate(today.year(), 1, 1))
        self.period_to = QDateEdit(today)
        for d in (self.period_from, self.period_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("empty: every unit; else comma-separated"))
        # (not `mask`: that would shadow QWidget.mask())
        self.mask_codes = QCheckBox(self.tr("Mask personal codes"))
        self.as_zip = QCheckBox(self.tr("One ZIP file"))
        self.sign = QCheckBox(self.tr("Sign the manifest with the institution's signer"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress_text = QLabel()
        export_box = QGroupBox(self.tr("Export for an inspection"))
        form = QFormLayout(export_box)
        form.addRow(self.tr("Period from"), self.period_from)
        form.addRow(self.tr("to"), self.period_to)
        form.addRow(self.tr("Units"), self.units)
        for w in (self.mask_codes, self.as_zip, self.sign):
            form.addRow("", w)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        form.addRow("", row)
        form.addRow("", self.progress_text)

        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.backup_state = QLabel()
        self.backup_box = QGroupBox(self.tr("Backups"))
        bv = QVBoxLayout(self.backup_box)
        bv.addWidget(self.backup_state)
        brow = QHBoxLayout()
        brow.addWidget(self.backup_button)
        brow.addWidget(self.restore_button)
        brow.addStretch(1)
        bv.addLayout(brow)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(export_box)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        cap_widths(self)  # a date or a button is not as wide as the window
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)

    def title(self) -> str:
        return self.tr("Inspection and backups")

    def refresh(self) -> None:
        if self.desk is None:
            return
        a = self.desk.actor
        self.export_button.setEnabled(a.has(*EXPORTERS))
        self.backup_box.setVisible(a.has(Role.ADMIN))
        if a.has(Role.ADMIN):
            cfg = _backups.config(self.desk)
            self.backup_state.setText(self.tr("Last backup: %1").replace(
                "%1", cfg.last_at or self.tr("never")))

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet("color: #1b6e2e;" if ok else "color: #a1262b;")
        self.message.setText(text)
        self.status_message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self._say(describe(exc), ok=False)

    # ---- export -------------------------------------------------------------------------
    def export(self) -> None:
        if self.desk is None or self._progress is not None:
            return
        start, end = py_date(self.period_from.date()), py_date(self.period_to.date())
        folder = prompts.save_file(self, self.tr("Where to write the bundle"),
                                   f"inspection-{start}-{end}", self.tr("Bundles (*)"))
        if not folder:
            return
        secret = None
        if self.sign.isChecked():
            secret = prompts.ask_text(self, self.tr("Sign the manifest"),
                                      self.tr("PIN or password of the signer:"), secret=True)
            if secret is None:
                return
        from app.exchange.export import ExportSpec

        spec = ExportSpec(start, end,
                          units=tuple(u.strip() for u in self.units.text().split(",")
                                      if u.strip()),
                          mask_codes=self.mask_codes.isChecked())
        desk, as_zip = self.desk, self.as_zip.isChecked()
        self._start(self.tr("Exporting…"))

        def op(progress: workers.Progress) -> ExportResult:
            signer: LetterSigner | None = None
            if secret is not None:
                from app.services.letters import open_signer

                signer = open_signer(desk, secret)
            return _inspection.export(desk, spec, Path(folder), as_zip=as_zip, signer=signer,
                                      progress=progress)

        workers.run_op(self, op, self._exported, self._failed, self._progress)

    def _exported(self, result: ExportResult) -> None:
        self._end()
        self._say(self.tr("Exported %1 files (%2 audit entries) to %3.")
                  .replace("%1", str(result.files)).replace("%2", str(result.audit_entries))
                  .replace("%3", str(result.path)))
        self.exported.emit(result)

    def _start(self, text: str) -> None:
        self._progress = workers.ProgressAdapter(self)
        self._progress.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.export_button.setEnabled(False)
        self.progress_text.setText(text)

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self._progress = None
        self.progress.hide()
        self.cancel_button.hide()
        self.progress_text.clear()
        self.export_button.setEnabled(True)

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    # ---- backups ------------------------------------------------------------------------
    def backup(self) -> None:
        if self.desk is None:
            return
        desk = self.desk
        on_server = desk.store.kind == "server"
        kinds = (self.tr("Server backups (*.pgbackup)") if on_server
                 else self.tr("Backups (*.backup.tar)"))
        out = prompts.save_file(self, self.tr("Save the backup"), _backups.default_name(desk),
                                kinds)
        if not out:
            return

        def op(progress: workers.Progress) -> BackupInfo:
            return _backups.backup(desk, Path(out))

        def done(info: BackupInfo) -> None:
            self._say(self.tr("Backup written: %1").replace("%1", str(info.path)))
            new_key = str(getattr(info, "new_recovery_key", "") or "")
            if new_key:
                # A server's first backup makes the key its backups are encrypted to: shown
                # this once, never stored in clear anywhere.
                prompts.show_secret(
                    self, self.tr("Recovery key of the server's backups"),
                    self.tr("This is the first backup of the store on the server. Its backups "
                            "are encrypted to this recovery key, which is shown only now: "
                            "write it down and keep it in the safe. The IT administrator needs "
                            "it to restore any of them."), new_key)
            self.refresh()
            self.backed_up.emit(info)

        workers.run_op(self, op, done, self._failed)

    def restore(self) -> None:
        if self.desk is None:
            return
        from app.services.desk import file_store
        from app.services.errors import ServiceError

        try:
            store = file_store(self.desk)
        except ServiceError as exc:
            prompts.inform(self, self.tr("Restore from a backup"), describe(exc))
            return
        archive = prompts.open_file(self, self.tr("Choose a backup"),
                                    self.tr("Backups (*.backup.tar);;All files (*)"))
        if not archive:
            return
        if not prompts.confirm(self, self.tr("Restore from a backup"),
                               self.tr("Replace the whole store with this backup? Everything "
                                       "recorded since the backup is rolled back; the present "
                                       "store is kept aside and the window locks."),
                               danger=self.tr("Restore")):
            return
        # The live store's administrator allows a restore (never a passphrase only the old
        # backup knows, e.g. of someone removed since).
        secret = prompts.ask_text(self, self.tr("Restore from a backup"),
                                  self.tr("Your passphrase (in this store, as it is now):"),
                                  secret=True)
        if not secret:
            return
        db, username = store.paths.db, self.desk.actor.username
        window = self.window()
        if hasattr(window, "lock"):
            window.lock()  # the store must be closed before it is replaced
        else:
            self.desk.lock()

        def op(progress: workers.Progress) -> RestoreResult:
            return _backups.restore(Path(archive), db, username, secret)

        def done(r: RestoreResult) -> None:
            text = self.tr("Restored the backup of %1; %2 audit entries made since it were "
                           "rolled back.").replace("%1", r.backup_created_at).replace(
                               "%2", str(r.rolled_back_entries))
            if r.replaced_db is not None:
                text += " " + self.tr("The replaced store is kept as %1.").replace(
                    "%1", str(r.replaced_db))
            if not r.authorised_in_live_store:
                text += " " + self.tr("The present store could not be opened (%1), so an "
                                      "administrator of the backup's store allowed it.").replace(
                                          "%1", r.live_store_problem)
            self._say(text)

        workers.run_op(self, op, done, self._failed)

    def clear(self) -> None:
        super().clear()
        self.cancel()
        self.backup_state.clear()
