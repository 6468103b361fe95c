"""The HR import wizard: it names the columns a staff file needs and saves a template (CSV or
XLSX); choose a file, see the dry run (added, changed with the fields, unchanged, bad rows with
line numbers), and only then import it.

Both the dry run and the import run in a worker with a progress bar and Cancel; lists of
tens of thousands of names go into list models, not item widgets, so the window never stalls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClearanceLevel, StaffCategory, label
from ui import workers
from ui.dialogs import prompts
from ui.errors import describe, word
from ui.i18n import current_language

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.staff import ImportReport

T = TypeVar("T")

SHOWN = 50_000  # rows listed per tab; the counts are always whole


def _without_collector_pauses(run: Callable[[], T]) -> T:
    """Run `run()` with the cyclic garbage collector off, then freeze what survived.

    An import builds a few hundred thousand small objects; a full collection over them took
    ~300 ms here, and the worker holds the GIL for all of it, so the window stalled although
    the work was off its thread. The rows hold no cycles (reference counting frees them), and
    freezing moves the survivors (the report) out of later collections' way.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return run()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class ImportWizard(QDialog):
    checked = Signal(object)   # ImportReport of the dry run
    imported = Signal(object)  # ImportReport of the real import
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: ImportReport | None = None  # of the dry run
        self.final_report: ImportReport | None = None  # the real import's
        self.busy = False
        self._progress: workers.ProgressAdapter | None = None
        self.setWindowTitle(self.tr("Import staff from an HR file"))
        self.resize(760, 600)

        self.columns_help = QLabel(self._columns_text())
        self.columns_help.setObjectName("columns")
        self.columns_help.setWordWrap(True)
        self.columns_help.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_button = QPushButton(self.tr("Save a &template…"))
        self.template_button.setToolTip(self.tr("A file with these columns and one example "
                                                "row, as XLSX or CSV, to fill in."))
        help_row = QHBoxLayout()
        help_row.addWidget(self.columns_help, 1)
        help_row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("CSV or XLSX file exported from the HR system"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.check_button = QPushButton(self.tr("&Check (dry run)"))
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)
        top.addWidget(self.check_button)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_text = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)

        self.summary = QLabel(self.tr("Choose the file and check it: nothing is written until "
                                      "you press Import."))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("message")
        self.tabs = QTabWidget()
        self.lists: dict[str, QStringListModel] = {}
        self.views: dict[str, QListView] = {}
        for key in ("errors", "added", "changed", "unchanged", "held"):
            model = QStringListModel(self)
            view = QListView()
            view.setModel(model)
            view.setUniformItemSizes(True)
            view.setLayoutMode(QListView.LayoutMode.Batched)  # 20,000 names laid out in steps
            view.setBatchSize(1000)
            view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            self.lists[key], self.views[key] = model, view
            self.tabs.addTab(view, "")
        self._tab_titles()

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(help_row)
        layout.addLayout(top)
        layout.addLayout(prow)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.browse.clicked.connect(self.choose)
        self.template_button.clicked.connect(self.save_template)
        self.check_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.path.textChanged.connect(self._path_changed)
        self._set_busy(False)

    def _tab_titles(self, counts: dict[str, int] | None = None) -> None:
        c = counts or {}
        titles = {"errors": self.tr("Bad rows (%1)"), "added": self.tr("Added (%1)"),
                  "changed": self.tr("Changed (%1)"), "unchanged": self.tr("Unchanged (%1)"),
                  "held": self.tr("Held back (%1)")}
        for i, key in enumerate(self.lists):
            self.tabs.setTabText(i, titles[key].replace("%1", str(c.get(key, 0))))

    def _field_words(self) -> dict[str, str]:
        return {"personal_code": self.tr("personal code"),
                "last_name": self.tr("last name"), "first_name": self.tr("first name"),
                "position": self.tr("position"), "unit": self.tr("unit"),
                "category": self.tr("category"), "clearance_level": self.tr("clearance level"),
                "clearance_number": self.tr("clearance number"),
                "clearance_issued": self.tr("issued"),
                "clearance_valid_until": self.tr("valid until")}

    def _columns_text(self) -> str:
        """The columns a staff file needs, by the names its header must use and in words."""
        from app.exchange.staff_import import CLEARANCE_COLUMNS, PERSON_COLUMNS

        words = self._field_words()
        lang = current_language()

        def listed(columns: tuple[str, ...]) -> str:
            return ", ".join(f"{c} ({words[c]})" for c in columns)

        return (self.tr("The first row of the file names the columns; other columns are "
                        "ignored.")
                + "\n" + self.tr("Required in every row: %1. The category is a word such as "
                                  "\u201c%2\u201d.")
                .replace("%1", listed(PERSON_COLUMNS))
                .replace("%2", label(StaffCategory.CIVIL_SERVANT, lang))
                + "\n" + self.tr("Optional, for a person with clearance (all four, or all "
                                  "four empty): %1. The level is a word such as \u201c%2\u201d; "
                                  "dates are written YYYY-MM-DD.")
                .replace("%1", listed(CLEARANCE_COLUMNS))
                .replace("%2", label(ClearanceLevel.SECRET, lang)))

    def save_template(self) -> None:
        """A staff file to fill in: the header and one example row, XLSX or CSV by ending."""
        answer = prompts.save_file(self, self.tr("Save a staff file template"),
                                   self.tr("staff.xlsx"),
                                   self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not answer:
            return
        path = Path(answer)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        desk, lang = self.desk, current_language()

        def op(progress: workers.Progress) -> Path:
            from app.services.staff import write_import_template

            return write_import_template(desk, path, lang)

        def written(p: Path) -> None:
            self.summary.setText(self.tr("The template was saved as %1. Fill it in (or copy "
                                         "its columns into the HR export), then choose it "
                                         "here.").replace("%1", str(p)))

        workers.run_op(self, op, written, lambda e: self.summary.setText(describe(e)),
                       kind="read")

    # ---- steps --------------------------------------------------------------------------
    def choose(self) -> None:
        path = prompts.open_file(self, self.tr("Choose the HR file"),
                                 self.tr("Staff files (*.csv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)

    def _path_changed(self, _text: str) -> None:
        self.report = None  # a dry run speaks for the file it read, no other
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(bool(self.path.text().strip()) and not self.busy)

    def _file(self) -> Path | None:
        p = Path(self.path.text().strip())
        if not p.is_file():
            self.summary.setText(self.tr("The file %1 does not exist.").replace("%1", str(p)))
            return None
        return p

    def dry_run(self) -> None:
        path = self._file()
        if path is None or self.busy:
            return
        self._start(self.tr("Checking %1…").replace("%1", path.name))
        desk, progress = self.desk, self._progress

        def op(report: workers.Progress) -> ImportReport:
            from app.services.staff import import_staff

            return _without_collector_pauses(
                lambda: import_staff(desk, path, dry_run=True, progress=report))

        workers.run_op(self, op, self._checked, self._failed, progress, kind="read")

    def run_import(self) -> None:
        path = self._file()
        if path is None or self.busy or self.report is None or self.report.errors:
            return
        self._start(self.tr("Importing %1…").replace("%1", path.name))
        desk, progress = self.desk, self._progress

        def op(report: workers.Progress) -> ImportReport:
            from app.services.staff import import_staff

            return _without_collector_pauses(
                lambda: import_staff(desk, path, dry_run=False, progress=report))

        workers.run_op(self, op, self._imported, self._failed, progress)

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.progress_text.setText(self.tr("Cancelling…"))

    # ---- worker plumbing ----------------------------------------------------------------
    def _start(self, text: str) -> None:
        self._progress = workers.ProgressAdapter(self)
        self._progress.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress_text.setText(text)
        self.import_button.setEnabled(False)
        self._set_busy(True)

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.browse.setEnabled(not on)
        self.path.setReadOnly(on)
        self.check_button.setEnabled(not on and bool(self.path.text().strip()))
        self.close_button.setEnabled(not on)

    def _progressed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            self.progress_text.setText(self._say(message))

    def _say(self, message: str) -> str:
        words = {"Comparing with the registry": self.tr("Comparing with the registry"),
                 "Dry run: nothing was written": self.tr("Dry run: nothing was written"),
                 "Adding people": self.tr("Adding people"),
                 "Updating people": self.tr("Updating people"),
                 "Recording clearances": self.tr("Recording clearances"),
                 "Recording changes in the audit trail":
                     self.tr("Recording changes in the audit trail"),
                 "Imported": self.tr("Imported")}
        if message.startswith("Reading "):
            return self.tr("Reading %1").replace("%1", message[len("Reading "):])
        return words.get(message, message)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress_text.clear()
        text = describe(exc)
        if isinstance(exc, workers.Cancelled):
            text = self.tr("Cancelled: nothing was written.")
        self.summary.setText(text)
        self.import_button.setEnabled(self.report is not None and not self.report.errors
                                      and self.final_report is None)
        self.failed.emit(text)

    def _checked(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.progress_text.clear()
        if self._progress is not None and self._progress.cancelled:
            self.summary.setText(self.tr("Cancelled."))
            return
        self.report = report
        self._show(report)
        if report.errors:
            self.summary.setText(self.tr("%n row(s) of the file are wrong; nothing can be "
                                         "imported until the file is corrected.", "",
                                         len(report.errors)))
            self.import_button.setEnabled(False)
            self.tabs.setCurrentIndex(0)
        else:
            self.summary.setText(self.tr("Dry run: %1 to add, %2 to change, %3 unchanged. "
                                         "Nothing was written yet.")
                                 .replace("%1", str(len(report.added)))
                                 .replace("%2", str(len(report.changed)))
                                 .replace("%3", str(len(report.unchanged))))
            self.import_button.setEnabled(bool(report.added or report.changed))
            self.tabs.setCurrentIndex(1 if report.added or not report.changed else 2)
        self.checked.emit(report)

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.progress_text.clear()
        self.final_report = report
        self._show(report)
        self.summary.setText(self.tr("Imported: %1 added, %2 changed, %3 unchanged.")
                             .replace("%1", str(len(report.added)))
                             .replace("%2", str(len(report.changed)))
                             .replace("%3", str(len(report.unchanged))))
        self.import_button.setEnabled(False)
        self.close_button.setText(self.tr("Done"))
        self.imported.emit(report)

    def _show(self, report: ImportReport) -> None:
        names = report.names
        fields = self._field_words()
        line = self.tr("Line %1: %2")

        def who(code: str) -> str:
            return f"{names.get(code, '')} ({code})"

        lists = {
            "errors": [line.replace("%1", str(e.line)).replace("%2", word(e.message))
                       for e in report.errors[:SHOWN]],
            "added": [who(c) for c in report.added[:SHOWN]],
            "changed": [f"{who(c)}: {', '.join(fields.get(f, f) for f in fs)}"
                        for c, fs in report.changed[:SHOWN]],
            "unchanged": [who(c) for c in report.unchanged[:SHOWN]],
            "held": [f"{who(c)}: {word(why)}" for c, why in report.held[:SHOWN]],
        }
        for key, items in lists.items():
            self.lists[key].setStringList(items)
        self._tab_titles({"errors": len(report.errors), "added": len(report.added),
                          "changed": len(report.changed), "unchanged": len(report.unchanged),
                          "held": len(report.held)})

    def items(self, key: str) -> list[str]:
        return list(self.lists[key].stringList())

    def reject(self) -> None:
        if self.busy:  # the worker holds the store; Cancel first
            self.cancel()
            return
        super().reject()
