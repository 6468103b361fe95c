"""Recording a debrief: what actually happened on the trip, as the traveller told it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import workers
from ui.dialogs.parts import message_label, save_cancel
from ui.errors import describe

if TYPE_CHECKING:
    from app.services.desk import Desk
    from app.services.request_views import RequestView


class DebriefDialog(QDialog):
    recorded = Signal(object)  # RequestView

    def __init__(self, desk: Desk, request_id: int, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.request_id = desk, request_id
        self.setWindowTitle(self.tr("Record the debrief"))
        self.resize(620, 560)
        title = QLabel(heading)
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, text, hint in (
                ("deviations", self.tr("Deviations from the plan"),
                 self.tr("Other places, dates or companions than approved")),
                ("approaches", self.tr("Approaches"),
                 self.tr("Attempts to obtain information, recruit or pressure")),
                ("device_searches", self.tr("Device or luggage searches"),
                 self.tr("At the border or elsewhere")),
                ("contacts", self.tr("Contacts"), self.tr("People met beyond those declared")),
                ("notes", self.tr("Notes"), "")):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(text)
            edit.setMaximumHeight(80)
            self.fields[key] = edit
            form.addRow(text, edit)
        self.message = message_label()
        self.buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {k: w.toPlainText() for k, w in self.fields.items()}

    def save(self) -> None:
        desk, rid, values = self.desk, self.request_id, self.values()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def op(progress: workers.Progress) -> RequestView:
            from app.services import aftercare

            return aftercare.record_debrief(
                desk, rid, deviations=values["deviations"], approaches=values["approaches"],
                device_searches=values["device_searches"], contacts=values["contacts"],
                notes=values["notes"])

        workers.run_op(self, op, self._saved, self._failed)

    def _saved(self, view: RequestView) -> None:
        self.recorded.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe(exc))  # what was typed stays


