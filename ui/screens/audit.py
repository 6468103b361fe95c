"""The audit trail: filters (user, action, entity, dates) run in SQL, newest first, paged as
the view scrolls; Verify checks the whole hash chain and its signed checkpoints in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import for_people
from app.domain.enums import Role
from ui import workers
from ui.dialogs import prompts
from ui.errors import describe
from ui.i18n import current_language
from ui.models.audit_model import (
    COL_ACTION,
    COL_AT,
    COL_ENTITY,
    COL_SEQ,
    COL_USER,
    AuditModel,
    first_page,
)
from ui.models.audit_words import ENTITIES, action_label, changes, entity_label
from ui.qdates import py_date
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.domain.audit_chain import ChainReport
    from app.services.audit_queries import AuditFilter, AuditRow


class AuditScreen(Screen):
    roles = (Role.ADMIN, Role.HEAD, Role.INSPECTOR, Role.SECURITY_OFFICER)
    loaded = Signal()
    verified = Signal(object)  # ChainReport

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._progress: workers.ProgressAdapter | None = None
        self.model = AuditModel(self)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.entity = QComboBox()
        self.entity.setAccessibleName(self.tr("Entity"))
        for combo, everyone in ((self.user, self.tr("All users")),
                                (self.action, self.tr("All actions")),
                                (self.entity, self.tr("All entities"))):
            combo.addItem(everyone, None)
            combo.setMinimumContentsLength(12)
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(self.tr("Entity id"))
        self.entity_id.setAccessibleName(self.tr("Entity id"))
        self.entity_id.setClearButtonEnabled(True)
        self.use_from = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.use_to = QCheckBox(self.tr("to"))
        self.date_to = QDateEdit(QDate.currentDate())
        for d, name in ((self.date_from, self.tr("From date")),
                        (self.date_to, self.tr("To date"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
            d.setAccessibleName(name)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        bar = QHBoxLayout()
        for w in (self.user, self.action, self.entity):
            bar.addWidget(w, 1)
        bar.addWidget(self.entity_id, 1)
        for dated in (self.use_from, self.date_from, self.use_to, self.date_to):
            bar.addWidget(dated)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Audit trail"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        # The action is a sentence now ("Signer's certificate remembered"): it gets the room,
        # a user name needs little.
        # The entity column is as wide as its longest label in this language (the screen is
        # rebuilt when the language changes).
        entity = max(self.view.fontMetrics().horizontalAdvance(entity_label(e))
                     for e in ENTITIES) + 24
        for col, width in ((COL_SEQ, 70), (COL_AT, 150), (COL_USER, 120), (COL_ACTION, 280),
                           (COL_ENTITY, max(140, entity))):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Entry details"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([520, 200])

        self.count = QLabel()
        self.verify_button = QPushButton(self.tr("&Verify the trail"))
        # The store's own checkpoints prove nothing against a user who can unlock it: a
        # letter or bundle signed outside the store (kept in the archive) is the anchor.
        self.anchor_button = QPushButton(self.tr("Verify against a signed &letter or bundle…"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.verdict = QLabel()
        self.verdict.setObjectName("message")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.anchor_button)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.verdict)
        self.progress.hide()
        self.cancel_button.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.entity_id.textChanged.connect(lambda _t: self._debounce.start())
        for c in (self.user, self.action, self.entity):
            c.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for b in (self.use_from, self.use_to):
            b.toggled.connect(lambda _b: self.apply_filter())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self._debounce.start())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.anchor_button.clicked.connect(self.verify_against_file)
        self.cancel_button.clicked.connect(self.cancel)

    def title(self) -> str:
        return self.tr("Audit trail")

    def current_filter(self) -> AuditFilter:
        from app.services.audit_queries import AuditFilter

        return AuditFilter(
            username=self.user.currentData(), action=self.action.currentData(),
            entity=self.entity.currentData(), entity_id=self.entity_id.text().strip() or None,
            date_from=py_date(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=py_date(self.date_to.date()) if self.use_to.isChecked() else None)

    def refresh(self) -> None:
        if self.desk is None:
            return
        self.model.set_desk(self.desk)
        self._load_choices()
        self.apply_filter()

    def _load_choices(self) -> None:
        desk = self.desk
        if desk is None:
            return

        def op(progress: workers.Progress) -> tuple[list[str], list[str], list[str]]:
            from app.services.audit_queries import audit_choices

            return audit_choices(desk)

        def word(combo: QComboBox, code: str) -> str:
            if combo is self.action:
                return action_label(code)
            return entity_label(code) if combo is self.entity else code

        def done(choices: tuple[list[str], list[str], list[str]]) -> None:
            for combo, values in zip((self.user, self.action, self.entity), choices,
                                     strict=True):
                keep = combo.currentData()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for v in values:
                    combo.addItem(word(combo, v), v)
                combo.setCurrentIndex(max(0, combo.findData(keep)))
                combo.blockSignals(False)

        workers.run_op(self, op, done, lambda e: None, kind="read")

    def apply_filter(self) -> None:
        if self.desk is None:
            return
        self._generation += 1
        generation, desk, f = self._generation, self.desk, self.current_filter()
        self.count.setText(self.tr("Searching…"))

        def op(progress: workers.Progress) -> tuple[list[AuditRow], int]:
            return first_page(desk, f)

        def done(result: tuple[list[AuditRow], int]) -> None:
            if generation != self._generation or self.desk is None:
                return
            rows, total = result
            self.model.set_first_page(rows, total, f)
            self.count.setText(self.tr("%n entry(ies)", "", total))
            self.detail.clear()
            self.loaded.emit()

        workers.run_op(self, op, done, lambda e: self.count.setText(describe(e)), kind="read")

    def _selected(self, _s: QItemSelection, _d: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        r = self.model.row_at(rows[0].row())
        who = r.username + (f" ({r.acting_for})" if r.acting_for else "")
        what = f"{entity_label(r.entity)} {r.entity_id}".strip()
        lines = [f"#{r.seq}  {for_people(r.at, seconds=True)}  {who}",
                 f"{action_label(r.action)}: {what}" if what else action_label(r.action)]
        changed = changes(r.before, r.after, current_language())
        if changed:
            lines += ["", self.tr("Changes:"), *(f"  {line}" for line in changed)]
        self.detail.setPlainText("\n".join(lines))

    # ---- verification -------------------------------------------------------------------
    def verify_against_file(self) -> None:
        path = prompts.open_file(self, self.tr("A signed letter or inspection bundle"),
                                 self.tr("Signed letters and bundles (*.pdf *.zip)"))
        if path:
            self.verify(Path(path))

    def verify(self, anchor: Path | None = None) -> None:
        if self.desk is None or self._progress is not None:
            return
        desk = self.desk
        self._progress = workers.ProgressAdapter(self)
        self._progress.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.verify_button.setEnabled(False)
        self.anchor_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking the audit chain…"))

        def op(progress: workers.Progress) -> ChainReport:
            from app.services.audit_anchors import anchor_from
            from app.services.audit_queries import verify_with_progress

            anchors = [anchor_from(desk, anchor)] if anchor is not None else []
            return verify_with_progress(desk, progress, anchors=anchors)

        workers.run_op(self, op, self._verified, self._verify_failed, self._progress,
                       kind="read")

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end_verify(self) -> None:
        self._progress = None
        self.progress.hide()
        self.cancel_button.hide()
        self.verify_button.setEnabled(True)
        self.anchor_button.setEnabled(True)

    def _verified(self, report: ChainReport) -> None:
        self._end_verify()
        if not report.ok:
            self.verdict.setStyleSheet("color: #a1262b; font-weight: 600;")
            self.verdict.setText(self.tr("The audit trail is NOT intact. First bad entry: %1. "
                                         "%2").replace("%1", str(report.first_bad_seq))
                                 .replace("%2", report.problem or ""))
            self.verified.emit(report)
            return
        # Never "intact" on the store's word alone: its checkpoint key is every user's.
        lines = [self.tr("The chain links: %1 entries and %2 checkpoints checked, up to entry "
                         "%3. The checkpoints are signed with the store's own key, which every "
                         "user of the store holds.")
                 .replace("%1", str(report.entries)).replace("%2", str(report.checkpoints))
                 .replace("%3", str(report.last_seq))]
        for a in report.anchors:
            lines.append(self.tr("%1, signed by %2, vouches for entries up to %3: they match.")
                         .replace("%1", a.source).replace("%2", a.signer)
                         .replace("%3", str(a.seq)))
        if report.unanchored:
            lines.append(self.tr("Unanchored tail: %1 entries that nothing outside the store "
                                 "protects. Verify against a letter or bundle signed later to "
                                 "check them.").replace("%1", str(report.unanchored)))
            self.verdict.setStyleSheet("color: #8a5a00; font-weight: 600;")
        else:
            self.verdict.setStyleSheet("color: #1b6e2e; font-weight: 600;")
        self.verdict.setText(" ".join(lines))
        self.verified.emit(report)

    def _verify_failed(self, exc: BaseException) -> None:
        self._end_verify()
        self.verdict.setStyleSheet("color: #a1262b;")
        self.verdict.setText(describe(exc))

    def clear(self) -> None:
        super().clear()
        self._generation += 1
        self.cancel()
        self.model.clear()
        self.detail.clear()
        self.count.clear()
        self.verdict.clear()
